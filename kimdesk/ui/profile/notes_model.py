"""The notes timeline: a filterable list model over prepared rows and a highlighting delegate.

Notes may be a megabyte each. Everything the list paints (header, a short snippet) is
prepared once when the notes arrive or the filter changes; ``data()`` only looks up.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kimdesk.domain.models import CaseNote
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import label

Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET = 160  # characters around a match / at the start
HIGHLIGHT = "#ffe08a"


@dataclass(slots=True)
class NoteRow:
    """A note with what the list needs, prepared once."""

    note: CaseNote
    lowered: str
    header: str
    start: str


def prepare(note: CaseNote) -> NoteRow:
    """Precompute the searchable form and the visible parts of a note."""
    when = note.written_at.astimezone()
    header = f"{format_date(when.date())} {when:%H:%M} · {label(note.note_type)}"
    return NoteRow(note, note.text.lower(), header, _one_line(note.text[:SNIPPET * 2]))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def snippet(row: NoteRow, query: str) -> str:
    """The part of the note to show in the list: around the first match, else the start."""
    if not query:
        return row.start[:SNIPPET]
    pos = row.lowered.find(query)
    if pos < 0:
        return row.start[:SNIPPET]
    begin = max(0, pos - SNIPPET // 3)
    text = _one_line(row.note.text[begin:begin + SNIPPET + len(query)])
    return ("… " if begin else "") + text


def highlight_html(text: str, query: str) -> str:
    """``text`` escaped for rich text, with every case-insensitive match of ``query`` marked."""
    if not query:
        return html.escape(text)
    out, last = [], 0
    for m in re.finditer(re.escape(query), text, re.IGNORECASE):
        out.append(html.escape(text[last:m.start()]))
        out.append(f"<span style='background:{HIGHLIGHT}; color:#000000'>"
                   f"{html.escape(m.group())}</span>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class NotesModel(QAbstractListModel):
    """All notes of the client; ``set_filter`` narrows them to those containing the query."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all: list[NoteRow] = []
        self.visible: list[NoteRow] = []
        self.query = ""
        self._snippets: dict[str, str] = {}

    def set_notes(self, notes: list[CaseNote]) -> None:
        """Replace the notes (newest first) and apply the current filter."""
        self.all = [prepare(n) for n in notes]
        self.set_filter(self.query)

    def set_filter(self, query: str) -> None:
        """Show only notes containing ``query`` (case-insensitive); '' shows all."""
        q = query.strip().lower()
        self.beginResetModel()
        self.query = q
        self.visible = [r for r in self.all if q in r.lowered] if q else list(self.all)
        self._snippets = {r.note.id: snippet(r, q) for r in self.visible}
        self.endResetModel()

    def note_at(self, row: int) -> CaseNote | None:
        """The note in ``row``."""
        return self.visible[row].note if 0 <= row < len(self.visible) else None

    def row_of(self, note_id: str) -> int:
        """The row of a note, or -1 when filtered out."""
        return next((i for i, r in enumerate(self.visible) if r.note.id == note_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        row = self.visible[index.row()]
        if role == NOTE_ROLE:
            return row.note.id
        if role == HEADER_ROLE:
            return row.header
        if role == SNIPPET_ROLE:
            return self._snippets.get(row.note.id, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.header}: {self._snippets.get(row.note.id, '')}"
        return None


class NoteDelegate(QStyledItemDelegate):
    """Two lines per note: date and type, then the snippet with matches highlighted."""

    def __init__(self, model: NotesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(200, line * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(role).name()
        muted = color if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText).name()
        rect = opt.rect.adjusted(6, 6, -6, -4)
        header = html.escape(index.data(HEADER_ROLE) or "")
        text = opt.fontMetrics.elidedText(index.data(SNIPPET_ROLE) or "",
                                          Qt.TextElideMode.ElideRight, rect.width())
        body = highlight_html(text, self.model.query)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<div style='color:{muted}'><b>{header}</b></div>"
                    f"<div style='color:{color}; white-space:pre'>{body}</div>")
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
