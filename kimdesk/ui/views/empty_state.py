"""An honest placeholder for a view whose feature is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyStateView(QWidget):
    """A title and a sentence saying what will appear here."""

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (heading, body):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_vault(self, vault: object | None) -> None:
        """Nothing to load yet."""
