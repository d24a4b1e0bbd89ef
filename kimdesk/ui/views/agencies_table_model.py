"""Table model of the agency directory: plain rows through ``set_rows``; data() never queries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
)

from kimdesk.domain.labels import label
from kimdesk.domain.models import Agency
from kimdesk.ui.views.referrals_format import languages_text

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_KIND, COL_AREA, COL_PLACE, COL_CONTACT, COL_PHONE, COL_EMAIL, COL_LANGS = range(8)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class AgencyTableModel(QAbstractTableModel):
    """The directory entries with display texts computed once per reset."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AgencyTableModel", "Name"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "Art"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "Rechtskreis"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "Ort"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "Ansprechperson"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "Telefon"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "E-Mail"),
        QT_TRANSLATE_NOOP("AgencyTableModel", "Sprachen"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Agency] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[Agency]) -> None:
        """Show exactly ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [(
            a.name, label(a.kind), label(a.legal_area),
            " ".join(x for x in (a.postal_code, a.city) if x), a.contact_person, a.phone, a.email,
            languages_text(a.languages),
        ) for a in self._rows]
        self.endResetModel()

    def agency_at(self, row: int) -> Agency | None:
        """The agency in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, agency_id: str) -> int:
        """The row of ``agency_id`` (-1 when absent)."""
        return next((i for i, a in enumerate(self._rows) if a.id == agency_id), -1)

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
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == SEARCH_ROLE:
            return " ".join(self._texts[index.row()]).casefold()
        return None
