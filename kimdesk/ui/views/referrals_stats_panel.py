"""Per agency: how many referrals, with what outcome, and how long they took."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from kimdesk.domain.labels import label
from kimdesk.services import referral_stats
from kimdesk.services.referral_stats import AgencyStats
from kimdesk.ui.views.referrals_format import days_text, number_text, percent_text

Index = QModelIndex | QPersistentModelIndex
NUMERIC_FROM = 2


class AgencyStatsModel(QAbstractTableModel):
    """A bold total row first, then one row per agency; data() never queries."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AgencyStatsModel", "Stelle"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "Rechtskreis"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "Vermittlungen"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "offen"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "abgeschlossen"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "abgelehnt"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "zurückgezogen"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "Erfolgsquote"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "Ø Tage"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "kürzeste"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "längste"),
        QT_TRANSLATE_NOOP("AgencyStatsModel", "mit Dauer"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AgencyStats] = []
        self._total: AgencyStats | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[AgencyStats]) -> None:
        """Show ``rows`` and their total."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = referral_stats.totals(rows) if rows else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows) + (1 if self._total else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def _stats(self, row: int) -> AgencyStats | None:
        if self._total is None:
            return None
        if row == 0:
            return self._total
        return self._rows[row - 1] if row - 1 < len(self._rows) else None

    def _text(self, x: AgencyStats, col: int, total: bool) -> str:
        values = [
            self.tr("Alle Stellen") if total else x.agency_name, label(x.legal_area),
            number_text(x.total), number_text(x.open), number_text(x.completed),
            number_text(x.declined), number_text(x.withdrawn), percent_text(x.completion_rate),
            days_text(x.avg_days), days_text(x.min_days, 0), days_text(x.max_days, 0),
            number_text(x.timed),
        ]
        return values[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        x = self._stats(index.row())
        if x is None:
            return None
        total = index.row() == 0
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(x, col, total)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= NUMERIC_FROM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col == 7:
            return self.tr("abgeschlossen ÷ (abgeschlossen + abgelehnt)")
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and not total:
            return x.agency_name
        return None


class ReferralStatsPanel(QWidget):
    """The statistics tab: a period choice, the table and what the figures mean."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.model = AgencyStatsModel()
        self.period = QComboBox()
        self.period.setObjectName("statsPeriod")
        self.period.addItem(self.tr("Gesamter Zeitraum"), 0)
        self.period.addItem(self.tr("Letzte 12 Monate"), 365)
        self.period.addItem(self.tr("Letzte 90 Tage"), 90)
        self.table = QTableView()
        self.table.setObjectName("agencyStatsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.explain = QLabel(self.tr(
            "Dauer: Tage von „versendet“ bis „abgeschlossen“ oder „abgelehnt“, laut Verlauf der "
            "Vermittlung. „mit Dauer“ zählt die Vermittlungen, deren Verlauf beide Schritte "
            "enthält; nur sie gehen in Ø, kürzeste und längste Dauer ein. Zeitraum: nach dem "
            "Tag, an dem die Vermittlung angelegt wurde."))
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Zeitraum:")))
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())

    def set_vault(self, vault: Any) -> None:
        """Compute the figures for ``vault``; None clears them (locked)."""
        self.vault = vault
        if vault is None:
            self.model.set_rows([])
            return
        self.refresh()

    def refresh(self) -> None:
        """Compute again for the chosen period."""
        if self.vault is None:
            return
        days = int(self.period.currentData() or 0)
        since = date.today() - timedelta(days=days) if days else None
        self.model.set_rows(referral_stats.agency_stats(self.vault, since=since))
