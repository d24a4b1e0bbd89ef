"""The Klient*innen view: search as you type, filters, a lazily paged list, Enter opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services import clients, search
from kimdesk.ui.settings_store import Settings
from kimdesk.ui.views.client_filters import ClientFilterBar
from kimdesk.ui.views.client_table_model import SORT_KEYS, ClientTableModel
from kimdesk.ui.worker import run_async

SEARCH_DELAY_MS = 60


class ClientsView(QWidget):
    """Lists the clients of the vault; emits ``client_requested`` to open one."""

    client_requested = Signal(str)
    new_client_requested = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.vault: Any = None
        self.settings = settings or Settings()
        self.model = ClientTableModel()
        self.model.sort_requested.connect(self._reload)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("clientSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Suchen: Name in jeder Schrift oder Umschrift, Geburtsdatum, Aktenzeichen "
                    "(Strg+F)"))
        self.filters = ClientFilterBar()
        self.filters.changed.connect(self._reload)
        new_button = QPushButton(self.tr("Neue*r Klient*in…"))
        new_button.setToolTip(self.tr("Strg+N"))
        new_button.clicked.connect(self.new_client_requested)
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for col, width in enumerate((170, 170, 220, 110, 160)):
            self.table.setColumnWidth(col, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._restore_header()
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        self.table.doubleClicked.connect(self._open_index)
        self.summary = QLabel()
        self.summary.setObjectName("clientSummary")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._reload)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self._open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box, self.search_box.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.set_vault(None)

    # -- vault -----------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """Show the clients of ``vault``; None clears everything (lock)."""
        self.vault = vault
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        if vault is None:
            self.model.reset(0, None)
            self.filters.set_counsellors([])
            self.summary.clear()
            self.empty.hide()
            return
        self.filters.set_counsellors(clients.counsellors(vault))
        self._reload()
        if not search.has_index(vault):
            self.search_box.setPlaceholderText(self.tr("Suchindex wird aufgebaut …"))
            run_async(lambda v=vault: search.build_index(v), self._index_ready,
                      lambda _err: None)

    def _index_ready(self, _index: object) -> None:
        self.search_box.setPlaceholderText(
            self.tr("Suchen: Name in jeder Schrift oder Umschrift, Geburtsdatum, Aktenzeichen "
                    "(Strg+F)"))
        if self.search_box.text().strip():
            self._reload()

    def refresh(self) -> None:
        """Load again (after a client was created, changed or deleted)."""
        if self.vault is not None:
            self._reload()

    def _reload(self) -> None:
        vault = self.vault
        if vault is None:
            return
        query = self.search_box.text().strip()
        f = self.filters.current()
        locale = QLocale()
        if query:
            if not search.has_index(vault):
                self.summary.setText(self.tr("Suchindex wird aufgebaut …"))
                return
            rows = search.search_clients(vault, query, limit=500, filters=f)
            self.model.set_rows(rows)
            self.summary.setText(self.tr("{n} Treffer für „{q}“, die besten zuerst")
                                 .format(n=locale.toString(len(rows)), q=query))
            total = len(rows)
        else:
            total = clients.count_clients(vault, f)
            key, descending = self.model.sort_key()
            self.model.reset(total, lambda off, lim: clients.list_clients(
                vault, offset=off, limit=lim, sort=key, descending=descending, filters=f))
            self.summary.setText(self.tr("{n} Klient*innen").format(n=locale.toString(total))
                                 if not f.active else
                                 self.tr("{n} Klient*innen (gefiltert)").format(
                                     n=locale.toString(total)))
        self.empty.setText(self.tr("Keine Treffer.") if (query or f.active)
                           else self.tr("Noch keine Klient*innen in diesem Tresor. "
                                        "Mit Strg+N legen Sie die erste Person an."))
        self.empty.setVisible(total == 0)
        self.table.setVisible(total > 0)
        if total:
            self.table.selectRow(0)

    # -- actions ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor into the search box."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def current_id(self) -> str | None:
        """The id of the selected client."""
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def _open_current(self) -> None:
        client_id = self.current_id()
        if client_id:
            self.client_requested.emit(client_id)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row:
            self.client_requested.emit(row.id)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search_box.hasFocus():
            self.table.setFocus()
            self.table.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    # -- header state (columns and sort order are remembered, no personal data) -------------

    def _restore_header(self) -> None:
        state = self.settings.state("clients/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        header = self.table.horizontalHeader()
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder(),
                            notify=False)

    def _save_header(self, *_args: object) -> None:
        self.settings.save_state("clients/header", self.table.horizontalHeader().saveState())


__all__ = ["SORT_KEYS", "ClientsView"]
