"""Unhandled errors: tell the user, log where it happened, never what the data was.

Exception messages can carry personal data (a name in a validation message, a path
with a client's name), so the log gets the exception type and the code locations
only, and the dialog says that committed data is safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("kimdesk")


def scrubbed(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Exception type plus file:line:function of each frame; no message, no locals."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}"
                        for f in reversed(frames))
    return f"{exc_type.__name__} at {where}"


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Log a scrubbed trace and show a calm message instead of crashing."""
    log.error("unhandled error: %s", scrubbed(exc_type, tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None, "KIMdesk",
            "Ein unerwarteter Fehler ist aufgetreten ({kind}). Alles bereits Gespeicherte ist "
            "sicher im Tresor. Bitte die letzte Eingabe prüfen.".format(kind=exc_type.__name__))


def install() -> None:
    """Route unhandled exceptions through ``excepthook``."""
    sys.excepthook = excepthook
