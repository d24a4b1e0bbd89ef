"""Find the client a new referral is for (by name, original-script name or file number)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
    QWidget,
)

from kimdesk.services import referral_queries


class ClientPickerDialog(QDialog):
    """Type a few letters, pick one client; ``client_id`` holds the choice."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.client_id: str | None = None
        self.setWindowTitle(self.tr("Klient*in für die Vermittlung wählen"))
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Name, Name in Originalschrift oder Aktenzeichen"))
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.hint = QLabel(self.tr("Mindestens zwei Zeichen eingeben."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(self._selection_changed)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self._selection_changed(-1)

    def refresh(self) -> None:
        """Search again for the text typed so far."""
        self.results.clear()
        if not getattr(self.vault, "is_open", False):  # locked meanwhile: nothing to search
            return
        text = self.search.text().strip()
        if len(text) < 2:
            self.hint.setText(self.tr("Mindestens zwei Zeichen eingeben."))
            return
        found = referral_queries.find_clients(self.vault, text, limit=50)
        for c in found:
            item = QListWidgetItem(f"{c.name}   {c.file_number}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.results.addItem(item)
        self.hint.setText(self.tr("Keine Treffer.") if not found else
                          self.tr("Die ersten 50 Treffer – bitte genauer suchen.")
                          if len(found) == 50 else "")
        if found:
            self.results.setCurrentRow(0)

    def _selection_changed(self, row: int) -> None:
        item = self.results.item(row) if row >= 0 else None
        self.client_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.client_id is not None)
