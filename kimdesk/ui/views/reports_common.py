"""Small helpers shared by the tabs of the Berichte view: save dialogs, status lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from kimdesk.ui.worker import run_async

OK_STYLE = "QLabel { color: #107c10; }"
ERROR_STYLE = "QLabel { color: #a4262c; }"
HINT_STYLE = "QLabel { color: #44525c; }"
FILTERS = {".csv": "CSV (*.csv)", ".pdf": "PDF (*.pdf)", ".json": "JSON (*.json)"}


def ask_save_path(parent: QWidget, title: str, filename: str) -> Path | None:
    """A save dialog proposing ``filename`` in the documents folder; None when cancelled."""
    suffix = Path(filename).suffix.lower()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder or Path.home()) / filename)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, FILTERS.get(suffix, ""))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def show_status(label: QLabel, text: str, *, error: bool = False, ok: bool = False) -> None:
    """Show ``text`` in ``label``: red for errors, green for success, grey otherwise."""
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else HINT_STYLE)
    label.setText(text)


def error_text(err: BaseException) -> str:
    """The user-facing sentence of an error (German services raise complete sentences)."""
    text = str(err).strip()
    return text or type(err).__name__


def alive(obj: QObject) -> bool:
    """False once the Qt object behind ``obj`` is gone (a late background result)."""
    return shiboken6.isValid(obj)


def export_in_background(tab: QWidget, path: Path, work: Callable[[], object],
                         saved_text: str) -> None:
    """Run ``work`` off the GUI thread; report success or the error in ``tab.status``.

    ``tab`` has ``status`` (QLabel), ``exported`` (Signal(str)) and ``_generation``
    (bumped when its vault or client changes, so late results are ignored).
    """
    generation = tab._generation  # type: ignore[attr-defined]

    def current() -> bool:
        return generation == tab._generation and alive(tab)  # type: ignore[attr-defined]

    def done(_result: object) -> None:
        if current():
            show_status(tab.status, saved_text.format(path=path), ok=True)  # type: ignore[attr-defined]
            tab.exported.emit(str(path))  # type: ignore[attr-defined]

    def failed(err: BaseException) -> None:
        if current():
            show_status(tab.status, error_text(err), error=True)  # type: ignore[attr-defined]

    run_async(work, done, failed)
