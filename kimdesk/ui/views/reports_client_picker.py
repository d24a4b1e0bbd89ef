"""Pick one client by search (any script or transliteration, birth date, file number)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kimdesk.services import search
from kimdesk.services.client_list import ClientListRow
from kimdesk.ui.formatting import format_date
from kimdesk.ui.views.reports_common import alive
from kimdesk.ui.worker import run_async

SEARCH_DELAY_MS = 150
LIMIT = 30


def row_label(row: ClientListRow) -> str:
    """'Family, Given · 01.01.1990 · KIM-2024-00012' for the list."""
    name = f"{row.family_name}, {row.given_names}" if row.given_names else row.family_name
    parts = [name or row.original_name]
    if row.birth_date:
        parts.append(format_date(row.birth_date, year_only=row.birth_year_only))
    if row.file_number:
        parts.append(row.file_number)
    return " · ".join(parts)


class ClientPicker(QWidget):
    """A search box with a result list; ``chosen(client_id, label)`` on selection."""

    chosen = Signal(str, str)
    cleared = Signal()

    def __init__(self, name: str = "clientPicker") -> None:
        super().__init__()
        self.vault: Any = None
        self._generation = 0
        self.box = QLineEdit()
        self.box.setObjectName(f"{name}Search")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Klient*in suchen: Name, Geburtsdatum oder "
                                            "Aktenzeichen"))
        self.results = QListWidget()
        self.results.setObjectName(f"{name}Results")
        self.results.setMinimumWidth(280)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #44525c; }")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(self.run_search)
        self.results.currentItemChanged.connect(self._current_changed)

    def set_vault(self, vault: Any) -> None:
        """Search in ``vault``; None (locked) clears the box and the list."""
        self.vault = vault
        self._generation += 1
        self.timer.stop()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.results.clear()
        self.hint.clear()
        self.setEnabled(vault is not None)

    def run_search(self) -> None:
        """Search now for the text in the box (off the GUI thread)."""
        self.timer.stop()  # a search started by hand replaces the pending one
        query = self.box.text().strip()
        self._generation += 1
        generation, vault = self._generation, self.vault
        if vault is None or len(query) < 2:
            self.results.clear()
            self.hint.setText(self.tr("Mindestens zwei Zeichen eingeben.") if query else "")
            self.cleared.emit()
            return

        def done(rows: list[ClientListRow]) -> None:
            if generation != self._generation or not alive(self):
                return
            self.results.clear()
            for row in rows:
                item = QListWidgetItem(row_label(row))
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.results.addItem(item)
            self.hint.setText(self.tr("Keine Treffer.") if not rows else "")
            if len(rows) == 1:
                self.results.setCurrentRow(0)

        def failed(err: BaseException) -> None:
            if generation == self._generation and alive(self):
                self.hint.setText(str(err))

        run_async(lambda: search.search_clients(vault, query, limit=LIMIT), done, failed)

    def _current_changed(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is None:
            self.cleared.emit()
            return
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)), item.text())
