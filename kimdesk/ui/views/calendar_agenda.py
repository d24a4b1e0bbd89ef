"""The agenda of the Termine view: appointments as a list, one line each, grouped by day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kimdesk.domain.enums import AppointmentStatus
from kimdesk.domain.labels import label
from kimdesk.services.appointments import AppointmentEntry
from kimdesk.services.holidays import holiday_name
from kimdesk.ui.views import calendar_format as cf
from kimdesk.ui.views.calendar_style import STATUS_COLORS, entry_tooltip, interpreter_text, place_text

Index = QModelIndex | QPersistentModelIndex
COL_DAY, COL_TIME, COL_CLIENT, COL_FILE, COL_KIND, COL_PLACE, COL_INTERPRETER, COL_STATUS = range(8)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(QAbstractTableModel):
    """Appointment rows set through ``set_rows``; data() never queries."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Tag"),
        QT_TRANSLATE_NOOP("AgendaModel", "Zeit"),
        QT_TRANSLATE_NOOP("AgendaModel", "Klient*in"),
        QT_TRANSLATE_NOOP("AgendaModel", "Aktenzeichen"),
        QT_TRANSLATE_NOOP("AgendaModel", "Art"),
        QT_TRANSLATE_NOOP("AgendaModel", "Ort"),
        QT_TRANSLATE_NOOP("AgendaModel", "Dolmetschen"),
        QT_TRANSLATE_NOOP("AgendaModel", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AppointmentEntry] = []
        self._days: list[date] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[AppointmentEntry]) -> None:
        """Show exactly ``rows`` (in time order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._days = [cf.local(r.appointment.starts_at).date() for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> AppointmentEntry | None:
        """The appointment shown in ``row``."""
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

    def _first_of_day(self, row: int) -> bool:
        return row == 0 or self._days[row - 1] != self._days[row]

    def _text(self, row: int, col: int) -> str:
        entry, a = self._rows[row], self._rows[row].appointment
        if col == COL_DAY:
            if not self._first_of_day(row):
                return ""
            day = self._days[row]
            holiday = holiday_name(day)
            text = cf.format_day(day)
            return f"{text} – {holiday}" if holiday else text
        return {
            COL_TIME: cf.format_range(a.starts_at, a.duration_min),
            COL_CLIENT: entry.client_name,
            COL_FILE: entry.file_number,
            COL_KIND: label(a.kind),
            COL_PLACE: place_text(a),
            COL_INTERPRETER: interpreter_text(a),
            COL_STATUS: label(a.status) + (f" ({a.cancel_reason})" if a.cancel_reason else ""),
        }.get(col, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        a = self._rows[row].appointment
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry_tooltip(self._rows[row])
        if role == Qt.ItemDataRole.FontRole:
            if col == COL_DAY:
                return self._bold
            if a.status == AppointmentStatus.CANCELLED:
                font = QFont()
                font.setStrikeOut(True)
                return font
        if (role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS
                and a.status != AppointmentStatus.PLANNED):
            return QBrush(QColor(STATUS_COLORS[a.status][0]))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DAY and holiday_name(self._days[row]):
            return QBrush(QColor("#a4501a"))
        return None


class AgendaView(QTableView):
    """The agenda table; ``open_requested(appointment_id)`` on double click or Enter."""

    open_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("agendaTable")
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_DAY, 125), (COL_TIME, 95), (COL_CLIENT, 180), (COL_FILE, 118),
                           (COL_KIND, 160), (COL_INTERPRETER, 140), (COL_STATUS, 100)):
            self.setColumnWidth(col, width)
        self.activated.connect(self._open)  # double click or Enter

    def _open(self, index: QModelIndex) -> None:
        entry = self.agenda.row_at(index.row())
        if entry is not None:
            self.open_requested.emit(entry.id)

    def selected_id(self) -> str | None:
        """The appointment of the current row."""
        entry = self.agenda.row_at(self.currentIndex().row())
        return entry.id if entry else None
