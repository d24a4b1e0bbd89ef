"""A read-only table model for one published (suppressed) statistics table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kimdesk.services.stats_suppression import CellState, PublishedTable, grouped

Index = QModelIndex | QPersistentModelIndex


class StatsTableModel(QAbstractTableModel):
    """Shows the published texts ('<5', 'x', '·' included); data() never computes."""

    def __init__(self, table: PublishedTable | None = None) -> None:
        super().__init__()
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._states: list[list[CellState]] = []
        self._total_rows: set[int] = set()
        self._total_col: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        if table is not None:
            self.set_table(table)

    def set_table(self, table: PublishedTable | None) -> None:
        """Show ``table`` (None: empty)."""
        self.beginResetModel()
        if table is None:
            self._header, self._rows, self._states = [], [], []
            self._total_rows, self._total_col = set(), None
        else:
            self._header = table.header
            self._rows = [[row[0], *(grouped(x) for x in row[1:])] for row in table.body()]
            self._states = [list(r) for r in table.states]
            self._total_rows = {r for r in range(len(self._rows)) if table.is_total_row(r)}
            self._total_col = len(self._header) - 1 if table.table.row_totals else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _state(self, row: int, col: int) -> CellState:
        return self._states[row][col - 1] if col > 0 else CellState.SHOWN

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if col == 0 else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row in self._total_rows
                                                 or (col and col == self._total_col)):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col > 0:
            state = self._state(row, col)
            if state == CellState.PRIMARY:
                return self.tr("1 bis 4 Fälle – zum Schutz der Personen nicht genau ausgewiesen")
            if state == CellState.SECONDARY:
                return self.tr("Gesperrt, damit sich kein kleiner Wert aus den Summen "
                               "zurückrechnen lässt")
            if state == CellState.WITHHELD:
                return self.tr("Aufschlüsselung nicht ausgewiesen (sie ergäbe sich sonst aus "
                               "der Summe)")
        return None
