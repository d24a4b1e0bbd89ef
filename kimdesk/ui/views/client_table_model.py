"""Table model of the client list: rows arrive in pages, data() never queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Signal, QPersistentModelIndex, Qt

from kimdesk.services.clients import ClientListRow
from kimdesk.ui.formatting import country_name, format_date

Index = QModelIndex | QPersistentModelIndex
PAGE = 500

COL_FAMILY, COL_GIVEN, COL_ORIGINAL, COL_BIRTH, COL_NATION, COL_FILE = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEYS = ("name", "given", "original", "birth_date", "nationality", "file_number")


class ClientTableModel(QAbstractTableModel):
    """Holds already-fetched rows; ``fetchMore`` asks ``fetch(offset, limit)`` for the next page.

    Sorting the full list is the database's job (``sort_requested`` asks the view to
    reload with ``sort_key()``); search results are sorted in memory.
    """

    sort_requested = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("ClientTableModel", "Nachname"),
        QT_TRANSLATE_NOOP("ClientTableModel", "Vorname(n)"),
        QT_TRANSLATE_NOOP("ClientTableModel", "Name (Originalschrift)"),
        QT_TRANSLATE_NOOP("ClientTableModel", "Geburtsdatum"),
        QT_TRANSLATE_NOOP("ClientTableModel", "Staatsangehörigkeit"),
        QT_TRANSLATE_NOOP("ClientTableModel", "Aktenzeichen"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ClientListRow] = []
        self._total = 0
        self._fetch: Callable[[int, int], list[ClientListRow]] | None = None
        self._sort_column = 0
        self._descending = False
        self._ranked: list[ClientListRow] | None = None

    def reset(self, total: int, fetch: Callable[[int, int], list[ClientListRow]] | None) -> None:
        """Start over with ``total`` rows available from ``fetch`` (None clears the model)."""
        self.beginResetModel()
        self._ranked = None
        self._rows = []
        self._total = total if fetch else 0
        self._fetch = fetch
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def set_rows(self, rows: list[ClientListRow]) -> None:
        """Show exactly ``rows`` (search results, best first); no further fetching."""
        self.beginResetModel()
        self._ranked = list(rows)
        self._rows = list(rows)
        self._total = len(rows)
        self._fetch = None
        self.endResetModel()

    def sort_key(self) -> tuple[str, bool]:
        """The service sort key and direction for the current sort column."""
        return SORT_KEYS[self._sort_column], self._descending

    def set_sort(self, column: int, order: Qt.SortOrder, *, notify: bool = True) -> None:
        """Remember the sort column; ``notify`` asks for a reload."""
        self._sort_column = column if 0 <= column < len(SORT_KEYS) else 0
        self._descending = order == Qt.SortOrder.DescendingOrder
        if notify:
            self.sort_requested.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._ranked is None:
            self.set_sort(column, order)
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: self._sort_value(r, column), reverse=self._descending)
        self.layoutChanged.emit()

    @staticmethod
    def _sort_value(row: ClientListRow, column: int) -> tuple[object, ...]:
        values: dict[int, tuple[object, ...]] = {
            0: (row.family_name.casefold(), row.given_names.casefold()),
            1: (row.given_names.casefold(), row.family_name.casefold()),
            2: (row.original_name,),
            3: (row.birth_date.isoformat() if row.birth_date else "",),
            4: (",".join(row.nationalities),),
            5: (row.file_number,),
        }
        return values.get(column, ())

    def row_at(self, row: int) -> ClientListRow | None:
        """The client shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(len(self._rows), PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == COL_FAMILY:
                return row.family_name
            if col == COL_GIVEN:
                return row.given_names
            if col == COL_ORIGINAL:
                return row.original_name
            if col == COL_BIRTH:
                return format_date(row.birth_date, year_only=row.birth_year_only)
            if col == COL_NATION:
                return ", ".join(country_name(c) for c in row.nationalities)
            if col == COL_FILE:
                return row.file_number
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_ORIGINAL:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None
