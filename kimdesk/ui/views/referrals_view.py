"""The Vermittlungen view: open referrals, per-agency statistics and the agency directory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kimdesk.ui.views.agencies_view import AgenciesView
from kimdesk.ui.views.referrals_open_panel import ReferralsOpenPanel
from kimdesk.ui.views.referrals_stats_panel import ReferralStatsPanel


class ReferralsView(QWidget):
    """``ReferralsView()``: three tabs; ``client_requested(client_id)`` opens a profile."""

    client_requested = Signal(str)
    referrals_changed = Signal()

    TAB_OPEN, TAB_STATS, TAB_AGENCIES = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.open_panel = ReferralsOpenPanel()
        self.stats_panel = ReferralStatsPanel()
        self.agencies_view = AgenciesView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("referralTabs")
        self.tabs.addTab(self.open_panel, self.tr("Vermittlungen"))
        self.tabs.addTab(self.stats_panel, self.tr("Auswertung je Stelle"))
        self.tabs.addTab(self.agencies_view, self.tr("Stellenverzeichnis"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.open_panel.client_requested.connect(self.client_requested)
        self.open_panel.changed.connect(self._referrals_changed)
        self.agencies_view.changed.connect(self._agencies_changed)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self._stale = {self.TAB_OPEN, self.TAB_STATS, self.TAB_AGENCIES}

    def set_vault(self, vault: Any) -> None:
        """Show ``vault``; None (locked) clears every tab."""
        self.vault = vault
        if vault is None:
            for panel in (self.open_panel, self.stats_panel, self.agencies_view):
                panel.set_vault(None)
            self._stale = {self.TAB_OPEN, self.TAB_STATS, self.TAB_AGENCIES}
            return
        self.refresh()

    def refresh(self) -> None:
        """Mark every tab for reloading and load the visible one now."""
        self._stale = {self.TAB_OPEN, self.TAB_STATS, self.TAB_AGENCIES}
        self._load_current()

    def _load_current(self) -> None:
        tab = self.tabs.currentIndex()
        if self.vault is None or tab not in self._stale:
            return
        self._stale.discard(tab)
        panel = (self.open_panel, self.stats_panel, self.agencies_view)[tab]
        panel.set_vault(self.vault)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Coming back to the view shows what changed elsewhere (e.g. a new referral)."""
        super().showEvent(event)
        if self.vault is not None and not event.spontaneous():
            self.refresh()

    def _referrals_changed(self) -> None:
        self._stale.add(self.TAB_STATS)
        self.referrals_changed.emit()

    def _agencies_changed(self) -> None:
        self._stale.update({self.TAB_OPEN, self.TAB_STATS})
