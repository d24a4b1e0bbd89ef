"""The filter bar above the client list: phase, legal area, counsellor, open/closed, expiring."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kimdesk.domain.enums import LegalArea, Phase
from kimdesk.domain.labels import label
from kimdesk.domain.models import Counsellor
from kimdesk.services.client_list import ClientFilter


class ClientFilterBar(QWidget):
    """Combo boxes that together form a ClientFilter; ``changed`` on every change."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Alle Phasen"), None)
        for phase in Phase:
            self.phase.addItem(label(phase), phase)
        self.area = QComboBox()
        self.area.addItem(self.tr("Alle Rechtskreise"), None)
        for area in LegalArea:
            self.area.addItem(label(area), area)
        self.counsellor = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("offene und abgeschlossene Fälle"), None)
        self.status.addItem(self.tr("nur offene Fälle"), True)
        self.status.addItem(self.tr("nur abgeschlossene Fälle"), False)
        self.expiring = QComboBox()
        self.expiring.addItem(self.tr("Aufenthaltstitel: alle"), None)
        for weeks in (4, 8, 12):
            self.expiring.addItem(self.tr("läuft in {n} Wochen ab").format(n=weeks), weeks * 7)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Filter:")))
        for combo in (self.phase, self.area, self.counsellor, self.status, self.expiring):
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self.changed)
        layout.addStretch(1)

    def set_counsellors(self, counsellors: list[Counsellor]) -> None:
        """Offer these counsellors (keeps the choice when possible)."""
        current = self.counsellor.currentData()
        self.counsellor.blockSignals(True)
        self.counsellor.clear()
        self.counsellor.addItem(self.tr("Alle Berater*innen"), None)
        for c in counsellors:
            self.counsellor.addItem(c.display_name, c.id)
        index = self.counsellor.findData(current)
        self.counsellor.setCurrentIndex(max(0, index))
        self.counsellor.blockSignals(False)

    def current(self) -> ClientFilter:
        """The filter the combos describe."""
        return ClientFilter(
            phase=self.phase.currentData(), legal_area=self.area.currentData(),
            counsellor_id=self.counsellor.currentData(), open_cases=self.status.currentData(),
            expiring_within_days=self.expiring.currentData(),
        )
