"""The Berichte view: statistics, case reconstruction, Art. 15 access, audit log,
deletion periods and data transfer – one tab each.

``ReportsView()`` has ``set_vault(vault_or_None)`` (None = locked: every tab clears) and
two signals: ``exported(path)`` after any report file was written, and ``data_changed()``
after clients were deleted or a transfer package was imported (other views reload).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kimdesk.ui.views.audit_log_panel import AuditLogPanel
from kimdesk.ui.views.reports_access_tab import AccessTab
from kimdesk.ui.views.reports_privacy_tabs import RetentionTab, TransferTab
from kimdesk.ui.views.reports_reconstruction_tab import ReconstructionTab
from kimdesk.ui.views.reports_stats_tab import StatsTab


class ReportsView(QWidget):
    """Six tabs; each loads when it is first shown after unlocking."""

    exported = Signal(str)
    data_changed = Signal()

    TAB_STATS, TAB_RECONSTRUCTION, TAB_ACCESS, TAB_AUDIT, TAB_RETENTION, TAB_TRANSFER = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.stats_tab = StatsTab()
        self.reconstruction_tab = ReconstructionTab()
        self.access_tab = AccessTab()
        self.audit_panel = AuditLogPanel()
        self.retention_tab = RetentionTab()
        self.transfer_tab = TransferTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.stats_tab, self.tr("Statistik"))
        self.tabs.addTab(self.reconstruction_tab, self.tr("Fallrekonstruktion"))
        self.tabs.addTab(self.access_tab, self.tr("Auskunft (Art. 15)"))
        self.tabs.addTab(self.audit_panel, self.tr("Protokoll"))
        self.tabs.addTab(self.retention_tab, self.tr("Löschfristen"))
        self.tabs.addTab(self.transfer_tab, self.tr("Datenübertragung"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for tab in (self.stats_tab, self.reconstruction_tab, self.access_tab):
            tab.exported.connect(self._exported)
        self.access_tab.erased.connect(lambda _cid: self._data_changed())
        self.retention_tab.changed.connect(self._data_changed)
        self.transfer_tab.changed.connect(self._data_changed)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self._loaded: set[int] = set()

    @property
    def panels(self) -> tuple[Any, ...]:
        """The tab widgets in tab order."""
        return (self.stats_tab, self.reconstruction_tab, self.access_tab, self.audit_panel,
                self.retention_tab, self.transfer_tab)

    def set_vault(self, vault: Any) -> None:
        """Use ``vault``; None (locked) clears every tab."""
        self.vault = vault
        self._loaded = set()
        if vault is None:
            for panel in self.panels:
                panel.set_vault(None)
            return
        self._load_current()

    def _load_current(self) -> None:
        index = self.tabs.currentIndex()
        if self.vault is None or index in self._loaded:
            return
        self._loaded.add(index)
        self.panels[index].set_vault(self.vault)

    def _exported(self, path: str) -> None:
        self._loaded.discard(self.TAB_AUDIT)  # the log has a new export event
        self.exported.emit(path)

    def _data_changed(self) -> None:
        self._loaded = {self.tabs.currentIndex()}
        self.data_changed.emit()
