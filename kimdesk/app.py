"""Composition root of the desktop application: Qt set-up, translations, demo vault."""

from __future__ import annotations

import atexit
import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

DEMO_PASSPHRASE = "demo"


def translations_dir() -> Path:
    """Where the compiled Qt translations (.qm) of KIMdesk live."""
    return Path(__file__).parent / "locale" / "qt"


def make_application(argv: Sequence[str] = (), language: str | None = None) -> object:
    """Create (or reuse) the QApplication with KIMdesk's names and translations."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from kimdesk.ui.settings_store import Settings

    app = QApplication.instance() or QApplication(["kimdesk", *argv])
    app.setApplicationName("KIMdesk")
    app.setOrganizationName("KIMdesk")
    app.setApplicationDisplayName("KIMdesk")
    lang = language or Settings().language
    QLocale.setDefault(QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English,
                               QLocale.Country.Germany))
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", qt_dir):
        translators.append(base)
    if lang != "de":
        own = QTranslator(app)
        if own.load(f"kimdesk_{lang}", str(translations_dir())):
            translators.append(own)
    for t in translators:
        app.installTranslator(t)
    app._kimdesk_translators = translators  # type: ignore[attr-defined]  # keep alive
    return app


def _make_demo_vault(clients: int) -> Path:
    from kimdesk.services import demo, vaults

    folder = Path(tempfile.mkdtemp(prefix="kimdesk-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "demo.kim"
    vault = vaults.create_vault(path, DEMO_PASSPHRASE, counsellor_name="Demo-Beraterin",
                                kdf=vaults.KdfParams(time_cost=1))
    try:
        demo.generate(vault, clients=clients, seed=1)
    finally:
        vault.close()
    return path


def run(*, vault: Path | None = None, demo: bool = False, demo_clients: int = 300,
        qt_args: Sequence[str] = ()) -> int:
    """Start the GUI; with ``demo`` on a fresh, fictional, encrypted demo vault."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from kimdesk.ui import crash
    from kimdesk.ui.controller import AppController

    app = make_application(qt_args)
    crash.install()
    if demo:
        from kimdesk.services import vaults

        path = _make_demo_vault(demo_clients)
        controller = AppController(unlock_hint="Demo-Tresor mit erfundenen Daten. "
                                               "Passphrase: „demo“",
                                   remember_vault=False)
        controller.window.show()
        controller.set_unlocked(vaults.open_vault(path, DEMO_PASSPHRASE))
    else:
        controller = AppController()
        controller.start(vault)
    return int(app.exec())  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(run())
