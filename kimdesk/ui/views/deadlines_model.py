"""Table model of the Fristen list: rows set through ``set_rows``; data() never queries."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QFont

from kimdesk.services.deadlines import Deadline
from kimdesk.ui.formatting import format_date
from kimdesk.ui.views.deadlines_format import colours, kind_text, subject_text, when_text

Index = QModelIndex | QPersistentModelIndex
COL_DUE, COL_WHEN, COL_KIND, COL_CLIENT, COL_FILE, COL_SUBJECT = range(6)
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1


class DeadlineTableModel(QAbstractTableModel):
    """Deadlines in urgency order; overdue ones in red, the next seven days in amber."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DeadlineTableModel", "Fällig am"),
        QT_TRANSLATE_NOOP("DeadlineTableModel", "Frist"),
        QT_TRANSLATE_NOOP("DeadlineTableModel", "Was"),
        QT_TRANSLATE_NOOP("DeadlineTableModel", "Klient*in"),
        QT_TRANSLATE_NOOP("DeadlineTableModel", "Aktenzeichen"),
        QT_TRANSLATE_NOOP("DeadlineTableModel", "Betrifft"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Deadline] = []
        self.today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[Deadline], today: date) -> None:
        """Show exactly ``rows`` (already in urgency order) as seen on ``today``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def row_at(self, row: int) -> Deadline | None:
        """The deadline shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {COL_DUE: format_date(item.due), COL_WHEN: when_text(item, self.today),
                    COL_KIND: kind_text(item.kind, item.is_overdue(self.today)), COL_CLIENT: item.client_name,
                    COL_FILE: item.file_number, COL_SUBJECT: subject_text(item)}.get(col)
        if role == CLIENT_ROLE:
            return item.client_id
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SUBJECT:
            return subject_text(item)
        pair = colours(item, self.today)
        if pair is not None and col in (COL_DUE, COL_WHEN):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(pair[0])
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(pair[1])
            if role == Qt.ItemDataRole.FontRole and item.is_overdue(self.today):
                return self._bold
        return None
