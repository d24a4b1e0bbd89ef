"""Pick a client by typing part of the name (any script) or the file number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget,
)

from kimdesk.services import appointment_clients
from kimdesk.services.appointment_clients import ClientChoice
from kimdesk.ui.formatting import format_date

LIMIT = 20


def choice_text(c: ClientChoice) -> str:
    """'Haidari, Zahra · نرگس حیدری · 1990 · KIM-2025-00001' (the original name isolated,
    so right-to-left script does not pull the date into its run)."""
    born = format_date(c.birth_date, year_only=c.birth_year_only) if c.birth_date else ""
    same = set(c.original_name.split()) == set(c.name.replace(",", " ").split())
    original = f"\u2068{c.original_name}\u2069" if c.original_name and not same else ""
    return " · ".join(p for p in (c.name, original, born, c.file_number) if p)


class _SearchEdit(QLineEdit):
    """Arrow keys and Enter reach the result list while the focus stays in the field."""

    def __init__(self, picker: ClientPicker) -> None:
        super().__init__()
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        results = self.picker.results
        if results.isVisible() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
            return
        if results.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.picker.choose_row(results.currentRow())
            return
        super().keyPressEvent(event)


class ClientPicker(QWidget):
    """A search field with a result list; ``client_chosen(client_id)`` once one is picked."""

    client_chosen = Signal(str)

    def __init__(self, vault: Any = None) -> None:
        super().__init__()
        self.vault = vault
        self.choice: ClientChoice | None = None
        self.search = _SearchEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Name, Name in Originalschrift oder Aktenzeichen"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.results.setMaximumHeight(150)
        self.results.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenClient")
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(self._typed)
        self.results.itemActivated.connect(self._item_chosen)
        self.results.itemClicked.connect(self._item_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._show_choice()

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _item_chosen(self, item: QListWidgetItem) -> None:
        self.choose_row(self.results.row(item))

    def set_vault(self, vault: Any) -> None:
        """Search in ``vault``; None forgets everything."""
        self.vault = vault
        if vault is None:
            self.choice = None
            self.search.clear()
            self.results.clear()
            self.results.hide()
            self._show_choice()

    def set_client(self, client_id: str | None) -> None:
        """Preselect a client (editing an existing appointment)."""
        found = appointment_clients.choices_by_id(self.vault, [client_id]) if client_id else []
        self.choice = found[0] if found else None
        self.search.setText(self.choice.name if self.choice else "")
        self.results.hide()
        self._show_choice()

    def client_id(self) -> str | None:
        """The chosen client's id."""
        return self.choice.id if self.choice else None

    def search_for(self, text: str) -> None:
        """Search now for ``text`` (as if typed)."""
        self.search.setText(text)
        self.refresh()

    def refresh(self) -> None:
        """Search again for the text typed so far."""
        self.results.clear()
        text = self.search.text().strip()
        if self.vault is None or not getattr(self.vault, "is_open", True) or len(text) < 2:
            self.results.hide()
            return
        for c in appointment_clients.find_clients(self.vault, text, LIMIT):
            item = QListWidgetItem(choice_text(c))
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.results.addItem(item)
        if self.results.count() == 0:
            item = QListWidgetItem(self.tr("Keine Treffer."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.show()

    def choose_row(self, row: int) -> None:
        """Take the client in result ``row``."""
        item = self.results.item(row) if row >= 0 else None
        choice = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not isinstance(choice, ClientChoice):
            return
        self.choice = choice
        self.search.setText(choice.name)
        self.results.hide()
        self._show_choice()
        self.client_chosen.emit(choice.id)

    def _show_choice(self) -> None:
        if self.choice is None:
            self.chosen.setText(self.tr("Noch keine Klient*in gewählt."))
            self.chosen.setStyleSheet("color: #8a5a00;")
        else:
            self.chosen.setText(choice_text(self.choice))
            self.chosen.setStyleSheet("color: #2e5d2e;")
