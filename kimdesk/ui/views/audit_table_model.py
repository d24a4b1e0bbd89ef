"""Table model of the audit-log viewer: one page of events, plain rows, no queries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kimdesk.domain.models import AuditEvent
from kimdesk.services.audit_log import action_label, entity_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditTableModel(QAbstractTableModel):
    """Nr., time (local), user, action, record type, record id."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Nr."),
        QT_TRANSLATE_NOOP("AuditTableModel", "Zeit"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Benutzer"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Aktion"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Datensatzart"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Datensatz-ID"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, ...]] = []
        self._events: list[AuditEvent] = []

    def set_events(self, events: list[AuditEvent] | tuple[AuditEvent, ...]) -> None:
        """Show ``events`` (already newest first)."""
        self.beginResetModel()
        self._events = list(events)
        self._rows = [(str(e.seq), e.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), e.actor,
                       action_label(e.action), entity_label(e.entity), e.entity_id)
                      for e in self._events]
        self.endResetModel()

    def event_at(self, row: int) -> AuditEvent:
        """The event shown in ``row``."""
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return self._events[row].entity
        if role == ID_ROLE:
            return self._events[row].entity_id
        return None
