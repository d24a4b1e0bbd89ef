"""UI fixtures: settings in a temp ini file, a controller on a fast-KDF vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kimdesk.ui.settings_store import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def controller(qtbot, settings, fast_kdf):
    from kimdesk.ui.controller import AppController

    ctl = AppController(settings, kdf=fast_kdf)
    qtbot.addWidget(ctl.window)
    yield ctl
    ctl.lock(ask=False)
