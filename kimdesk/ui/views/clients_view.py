"""The Klient*innen view: the client list of the vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kimdesk.services import clients
from kimdesk.ui.views.client_table_model import ClientTableModel


class ClientsView(QWidget):
    """Lists every client, paging rows in as the user scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.model = ClientTableModel()
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 110)
        self.table.setColumnWidth(4, 150)
        self.summary = QLabel()
        self.empty = QLabel(self.tr("Noch keine Klient*innen in diesem Tresor."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Show the clients of ``vault``; None clears everything (lock)."""
        self.vault = vault
        if vault is None:
            self.model.reset(0, None)
            self.summary.clear()
            self.empty.hide()
            return
        total = clients.count_clients(vault)
        self.model.reset(total, lambda off, lim: clients.list_clients(vault, offset=off, limit=lim))
        self.summary.setText(self.tr("{n} Klient*innen").format(n=QLocale().toString(total)))
        self.empty.setVisible(total == 0)
        self.table.setVisible(total > 0)

