"""The painted day / work-week grid of the Termine view; appointments move by drag and drop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from kimdesk.domain.enums import AppointmentKind, AppointmentStatus, PlaceKind
from kimdesk.domain.labels import label
from kimdesk.domain.models import Appointment
from kimdesk.services.appointments import (
    BERLIN, AppointmentEntry, ends_at, local_start, overlaps, starts_utc,
)
from kimdesk.services.holidays import holiday_name
from kimdesk.ui.views import calendar_format as cf
from kimdesk.ui.views.calendar_style import STATUS_COLORS, entry_tooltip, place_text

HEADER, GUTTER, SNAP_MIN, MIN_HOUR_PX = 44, 52, 15, 34
FIRST_HOUR, LAST_HOUR = 7, 19


@dataclass(slots=True)
class _Block:
    entry: AppointmentEntry
    rect: QRectF
    clash: bool


def _wall_minutes(moment: datetime) -> int:
    t = cf.local(moment)
    return t.hour * 60 + t.minute


def _clusters(entries: list[AppointmentEntry]) -> list[list[tuple[AppointmentEntry, int, int]]]:
    """Overlapping groups of one day, each entry with its column and the group's width."""
    groups: list[list[tuple[AppointmentEntry, int]]] = []
    group_end: datetime | None = None
    columns: list[datetime] = []
    for entry in sorted(entries, key=lambda e: (e.appointment.starts_at, e.id)):
        start, end = starts_utc(entry.appointment), ends_at(entry.appointment)
        if group_end is None or start >= group_end:
            groups.append([])
            columns, group_end = [], end
        col = next((i for i, free in enumerate(columns) if free <= start), len(columns))
        if col == len(columns):
            columns.append(end)
        columns[col] = end
        group_end = max(group_end, end)
        groups[-1].append((entry, col))
    result = []
    for group in groups:
        width = max(c for _e, c in group) + 1
        result.append([(e, c, width) for e, c in group])
    return result


class CalendarGrid(QWidget):
    """Columns of days, rows of hours; blocks for appointments (double click opens)."""

    open_requested = Signal(str)  # appointment id
    create_requested = Signal(object)  # aware datetime of a free slot
    move_requested = Signal(str, object)  # appointment id, new aware start
    context_requested = Signal(str, QPoint)  # appointment id, global position

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("calendarGrid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.days: list[date] = []
        self.entries: list[AppointmentEntry] = []
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self._blocks: list[_Block] = []
        self._press: tuple[_Block, QPointF, int] | None = None
        self._ghost: tuple[date, int] | None = None  # day, minutes after midnight
        self._update_hours()

    # -- data ---------------------------------------------------------------------------------

    def set_days(self, days: list[date]) -> None:
        """Show these days as columns."""
        self.days = list(days)
        self._relayout()

    def set_entries(self, entries: list[AppointmentEntry]) -> None:
        """Show these appointments (only those on the shown days appear)."""
        self.entries = list(entries)
        self._update_hours()
        self._relayout()

    def clear(self) -> None:
        """Forget every appointment (vault locked)."""
        self._press, self._ghost = None, None
        self.set_entries([])

    def blocks(self) -> list[tuple[str, QRectF]]:
        """Appointment ids with their rectangles (for tests and accessibility)."""
        return [(b.entry.id, QRectF(b.rect)) for b in self._blocks]

    def _update_hours(self) -> None:
        first, last = FIRST_HOUR, LAST_HOUR
        for e in self.entries:
            start = _wall_minutes(e.appointment.starts_at)
            first = min(first, start // 60)
            last = max(last, min(24, -(-(start + e.appointment.duration_min) // 60)))
        self.first_hour, self.last_hour = first, last
        self.setMinimumHeight(HEADER + (last - first) * MIN_HOUR_PX)

    # -- geometry -----------------------------------------------------------------------------

    def _col_width(self) -> float:
        return (self.width() - GUTTER - 1) / max(1, len(self.days))

    def _hour_px(self) -> float:
        return (self.height() - HEADER - 1) / max(1, self.last_hour - self.first_hour)

    def _y(self, minutes: float) -> float:
        return HEADER + (minutes / 60 - self.first_hour) * self._hour_px()

    def _slot_at(self, pos: QPointF, snap: int = SNAP_MIN) -> tuple[date, int] | None:
        if pos.x() < GUTTER or pos.y() < HEADER or not self.days:
            return None
        col = min(len(self.days) - 1, int((pos.x() - GUTTER) // self._col_width()))
        minutes = (self.first_hour + (pos.y() - HEADER) / self._hour_px()) * 60
        minutes = int(round(minutes / snap) * snap)
        return self.days[col], max(0, min(24 * 60 - snap, minutes))

    def _relayout(self) -> None:
        self._blocks = []
        width = self._col_width()
        for col, day in enumerate(self.days):
            todays = [e for e in self.entries if cf.local(e.appointment.starts_at).date() == day]
            active = [e for e in todays if e.appointment.status != AppointmentStatus.CANCELLED]
            for group in _clusters(todays):
                for entry, index, count in group:
                    a = entry.appointment
                    start = _wall_minutes(a.starts_at)
                    end = min(24 * 60, start + a.duration_min)
                    x = GUTTER + col * width + 2 + index * (width - 4) / count
                    rect = QRectF(x, self._y(start) + 1, (width - 4) / count - 2,
                                  max(18.0, self._y(end) - self._y(start) - 2))
                    clash = bool(a.counsellor_id) and a.status != AppointmentStatus.CANCELLED \
                        and any(o is not entry and o.appointment.counsellor_id == a.counsellor_id
                                and overlaps(a, o.appointment) for o in active)
                    self._blocks.append(_Block(entry, rect, clash))
        self.update()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self._relayout()

    def block_at(self, pos: QPointF) -> _Block | None:
        """The topmost appointment block under ``pos``."""
        return next((b for b in reversed(self._blocks) if b.rect.contains(pos)), None)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._paint_columns(p)
        self._paint_hours(p)
        for block in self._blocks:
            self._paint_block(p, block)
        self._paint_now(p)
        self._paint_ghost(p)
        p.end()

    def _paint_columns(self, p: QPainter) -> None:
        width, today = self._col_width(), datetime.now(BERLIN).date()
        text = self.palette().text().color()
        for col, day in enumerate(self.days):
            x = GUTTER + col * width
            holiday = holiday_name(day)
            body = QRectF(x, HEADER, width, self.height() - HEADER)
            if holiday:
                p.fillRect(body, QColor("#fdf0e1"))
            elif day.weekday() >= 5:
                p.fillRect(body, QColor("#f4f4f4"))
            head = QRectF(x, 0, width, HEADER)
            if day == today:
                p.fillRect(head, QColor("#dbe8fb"))
            font = QFont(self.font())
            font.setBold(day == today)
            p.setFont(font)
            p.setPen(text)
            p.drawText(head.adjusted(4, 3, -4, -HEADER / 2), Qt.AlignmentFlag.AlignCenter,
                       cf.format_day(day))
            if holiday:
                small = QFont(self.font())
                small.setPointSizeF(self.font().pointSizeF() * 0.85)
                p.setFont(small)
                p.setPen(QColor("#a4501a"))
                p.drawText(head.adjusted(4, HEADER / 2 - 2, -4, -2), Qt.AlignmentFlag.AlignCenter,
                           QFontMetrics(small).elidedText(holiday, Qt.TextElideMode.ElideRight,
                                                          int(width - 8)))
            p.setPen(QPen(QColor("#c8c8c8")))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.drawLine(QPointF(0, HEADER), QPointF(self.width(), HEADER))

    def _paint_hours(self, p: QPainter) -> None:
        p.setFont(self.font())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self._y(hour * 60)
            p.setPen(QPen(QColor("#d8d8d8")))
            p.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if hour < self.last_hour:
                half = self._y(hour * 60 + 30)
                p.setPen(QPen(QColor("#eeeeee"), 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(GUTTER, half), QPointF(self.width(), half))
                p.setPen(self.palette().placeholderText().color())
                label_rect = QRectF(0, y + 1, GUTTER - 6, 18)
                stamp = cf.format_time(local_start(self.days[0] if self.days else date.today(),
                                                   time(hour)))
                p.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                           stamp)

    def _paint_block(self, p: QPainter, block: _Block) -> None:
        a, rect = block.entry.appointment, block.rect
        fill, bar = STATUS_COLORS[a.status]
        p.setPen(QPen(QColor("#c62828"), 2) if block.clash else QPen(QColor(bar).darker(110)))
        p.setBrush(QColor(fill))
        p.drawRoundedRect(rect, 4, 4)
        p.fillRect(QRectF(rect.x() + 1, rect.y() + 1, 4, rect.height() - 2), QColor(bar))
        cancelled = a.status == AppointmentStatus.CANCELLED
        inner = rect.adjusted(8, 2, -4, -2)
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        bold = QFont(font)
        bold.setBold(True)
        head = f"{cf.format_time(a.starts_at)} {block.entry.client_name or label(a.kind)}"
        place = "" if a.place_kind == PlaceKind.PHONE and a.kind == AppointmentKind.PHONE \
            else place_text(a)
        detail = " · ".join(p for p in (label(a.kind), place) if p)
        lines = [(bold, head), (font, detail)]
        if a.status != AppointmentStatus.PLANNED:
            lines.append((font, label(a.status)))
        tag = self._paint_interpreter_tag(p, a, inner) if a.interpreter_language else 0.0
        p.setPen(QColor("#666666") if cancelled else QColor("#1b1b1b"))
        if inner.height() < 2 * QFontMetrics(bold).height():  # one line: what and where on it
            self._paint_one_line(p, inner.adjusted(0, 0, -tag, 0), bold, head, font, detail)
            return
        y = inner.y()
        for index, (f, text) in enumerate(lines):
            metrics = QFontMetrics(f)
            if y + metrics.height() > inner.bottom() + 2 and y > inner.y():
                break
            width = inner.width() - (tag if index == 0 else 0)
            p.setFont(f)
            p.drawText(QRectF(inner.x(), y, width, metrics.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width)))
            y += metrics.height()

    @staticmethod
    def _paint_one_line(p: QPainter, inner: QRectF, bold: QFont, head: str, font: QFont,
                        detail: str) -> None:
        metrics = QFontMetrics(bold)
        height = metrics.height()
        head = metrics.elidedText(head, Qt.TextElideMode.ElideRight, int(inner.width()))
        used = metrics.horizontalAdvance(head)
        p.setFont(bold)
        p.drawText(QRectF(inner.x(), inner.y(), used + 1, height),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, head)
        rest = inner.width() - used
        if rest > 30:
            text = QFontMetrics(font).elidedText(f" · {detail}", Qt.TextElideMode.ElideRight,
                                                 int(rest))
            p.setFont(font)
            p.drawText(QRectF(inner.x() + used, inner.y(), rest, height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_interpreter_tag(self, p: QPainter, a: Appointment, inner: QRectF) -> float:
        """A small language tag at the top right: green when booked, orange when not yet."""
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.8)
        small.setBold(True)
        metrics = QFontMetrics(small)
        text = a.interpreter_language.replace("_", "-").upper()
        width = metrics.horizontalAdvance(text) + 8
        if inner.width() < width + 70:  # the time and part of the name come first
            return 0.0
        box = QRectF(inner.right() - width, inner.y() + 1, width, metrics.height())
        fg, bg = ("#1b5e20", "#c8e6c9") if a.interpreter_booked else ("#8a3b00", "#ffd9a8")
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(bg))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QColor(fg))
        p.setFont(small)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return width + 4

    def _paint_now(self, p: QPainter) -> None:
        now = datetime.now(BERLIN)
        if now.date() not in self.days or not self.first_hour * 60 <= _wall_minutes(now) < self.last_hour * 60:
            return
        x = GUTTER + self.days.index(now.date()) * self._col_width()
        y = self._y(_wall_minutes(now))
        p.setPen(QPen(QColor("#d32f2f"), 2))
        p.drawLine(QPointF(x, y), QPointF(x + self._col_width(), y))

    def _paint_ghost(self, p: QPainter) -> None:
        if self._ghost is None or self._press is None:
            return
        day, minutes = self._ghost
        a = self._press[0].entry.appointment
        x = GUTTER + self.days.index(day) * self._col_width() + 2
        rect = QRectF(x, self._y(minutes), self._col_width() - 6,
                      max(18.0, self._y(minutes + a.duration_min) - self._y(minutes)))
        p.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
        p.setBrush(QColor(21, 101, 192, 40))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor("#0d47a1"))
        p.drawText(rect.adjusted(8, 2, -4, -2), Qt.AlignmentFlag.AlignLeft,
                   cf.format_time(local_start(day, time(minutes // 60, minutes % 60))))

    # -- interaction --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        block = self.block_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            offset = int((event.position().y() - block.rect.y()) / self._hour_px() * 60)
            self._press = (block, event.position(), offset)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._press is None:
            return
        block, origin, offset = self._press
        if block.entry.appointment.status != AppointmentStatus.PLANNED:
            return
        if self._ghost is None and (event.position() - origin).manhattanLength() \
                < QApplication.startDragDistance():
            return
        slot = self._slot_at(QPointF(event.position().x(),
                                     event.position().y() - offset / 60 * self._hour_px()))
        if slot is not None:
            self._ghost = slot
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        press, ghost = self._press, self._ghost
        self._press, self._ghost = None, None
        self.unsetCursor()
        self.update()
        if press is None or ghost is None:
            return
        day, minutes = ghost
        start = local_start(day, time(minutes // 60, minutes % 60))
        if start != press[0].entry.appointment.starts_at:
            self.move_requested.emit(press[0].entry.id, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        block = self.block_at(event.position())
        if block is not None:
            self.open_requested.emit(block.entry.id)
            return
        slot = self._slot_at(event.position(), snap=30)
        if slot is not None:
            day, minutes = slot
            self.create_requested.emit(local_start(day, time(minutes // 60, minutes % 60)))

    def contextMenuEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        block = self.block_at(QPointF(event.pos()))  # type: ignore[attr-defined]
        if block is not None:
            self.context_requested.emit(block.entry.id, event.globalPos())  # type: ignore[attr-defined]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self._ghost is not None:
            self._press, self._ghost = None, None
            self.unsetCursor()
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            block = self.block_at(QPointF(event.pos()))
            if block is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(block.entry, block.clash), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
