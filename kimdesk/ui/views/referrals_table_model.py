"""Table model of the referral list: rows arrive through ``set_rows``; data() never queries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kimdesk.domain.labels import label
from kimdesk.services.referral_queries import ReferralListRow
from kimdesk.services.referrals import FINAL_STATUSES
from kimdesk.ui.formatting import format_date

Index = QModelIndex | QPersistentModelIndex
COL_FOLLOW_UP, COL_STATUS, COL_CLIENT, COL_FILE, COL_AGENCY, COL_AREA, COL_REASON = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#a61b1b")


class ReferralTableModel(QAbstractTableModel):
    """Referrals as plain rows; overdue follow-ups are shown in red."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReferralTableModel", "Wiedervorlage"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Status"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Klient*in"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Aktenzeichen"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Stelle"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Rechtskreis"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Anlass"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ReferralListRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[ReferralListRow]) -> None:
        """Show exactly ``rows`` (already in display order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ReferralListRow | None:
        """The referral shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, referral_id: str) -> int:
        """The row showing ``referral_id`` (-1 when not shown)."""
        return next((i for i, r in enumerate(self._rows) if r.id == referral_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def _text(self, row: ReferralListRow, col: int) -> str:
        if col == COL_FOLLOW_UP:
            if row.follow_up_on is None or row.status in FINAL_STATUSES:
                return "–"
            text = format_date(row.follow_up_on)
            return self.tr("{date} überfällig").format(date=text) if row.overdue else text
        if col == COL_STATUS:
            return label(row.status)
        if col == COL_CLIENT:
            return row.client_name
        if col == COL_FILE:
            return row.file_number
        if col == COL_AGENCY:
            return row.agency_name
        if col == COL_AREA:
            return label(row.legal_area)
        if col == COL_REASON:
            return row.reason.split("\n", 1)[0]
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_REASON:
            return row.reason
        if row.overdue and col == COL_FOLLOW_UP:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
