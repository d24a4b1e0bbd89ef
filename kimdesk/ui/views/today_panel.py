"""The "today" panel: today's appointments and what is overdue or due today."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import AppointmentStatus
from kimdesk.domain.labels import label
from kimdesk.services import appointments, deadlines
from kimdesk.services.appointments import BERLIN, AppointmentEntry
from kimdesk.services.deadlines import DeadlineList
from kimdesk.services.holidays import holiday_name
from kimdesk.ui.views import calendar_format as cf
from kimdesk.ui.views.calendar_style import STATUS_COLORS, entry_tooltip, place_text
from kimdesk.ui.views.deadlines_format import colours, kind_text, subject_text, when_text
from kimdesk.ui.worker import run_async

ID_ROLE = Qt.ItemDataRole.UserRole
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_DEADLINES = 200


def _column(title: QLabel, body: QWidget, button: QPushButton) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    head = QHBoxLayout()
    head.addWidget(title, 1)
    head.addWidget(button)
    layout.addLayout(head)
    layout.addWidget(body, 1)
    return frame


class TodayPanel(QWidget):
    """``TodayPanel()``; signals ask the main window to open a client, an appointment,
    or the Termine / Fristen views."""

    client_requested = Signal(str)
    appointment_requested = Signal(str)
    show_appointments_requested = Signal()
    show_deadlines_requested = Signal()
    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.today = datetime.now(BERLIN).date()
        self.result: DeadlineList | None = None
        self._generation = 0
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.appointments_title = QLabel()
        self.deadlines_title = QLabel()
        self.appointment_list = QListWidget()
        self.appointment_list.setObjectName("todayAppointments")
        self.deadline_list = QTreeWidget()
        self.deadline_list.setObjectName("todayDeadlines")
        self.deadline_list.setRootIsDecorated(False)
        self.deadline_list.setAlternatingRowColors(True)
        self.deadline_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadline_list.setHeaderLabels([self.tr("Frist"), self.tr("Was"),
                                            self.tr("Klient*in"), self.tr("Betrifft")])
        for col, width in enumerate((150, 230, 180)):
            self.deadline_list.setColumnWidth(col, width)
        to_calendar = QPushButton(self.tr("Zum Kalender"))
        to_calendar.clicked.connect(self.show_appointments_requested)
        to_deadlines = QPushButton(self.tr("Alle Fristen"))
        to_deadlines.clicked.connect(self.show_deadlines_requested)
        self.appointment_list.itemActivated.connect(self._appointment_activated)
        self.deadline_list.itemActivated.connect(self._deadline_activated)
        row = QHBoxLayout()
        row.addWidget(_column(self.appointments_title, self.appointment_list, to_calendar), 2)
        row.addWidget(_column(self.deadlines_title, self.deadline_list, to_deadlines), 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        self.set_vault(None)

    def _appointment_activated(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE):
            self.appointment_requested.emit(item.data(ID_ROLE))

    def _deadline_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, CLIENT_ROLE):
            self.client_requested.emit(item.data(0, CLIENT_ROLE))

    def set_vault(self, vault: Any) -> None:
        """Show today's work in ``vault``; None (locked) clears everything."""
        self.vault = vault
        self._generation += 1
        self.appointment_list.clear()
        self.deadline_list.clear()
        self.result = None
        if vault is None:
            self.heading.clear()
            self.appointments_title.clear()
            self.deadlines_title.clear()
            return
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.vault is not None:
            self.refresh()

    def refresh(self) -> None:
        """Load today's appointments now and the overdue list in the background."""
        if self.vault is None:
            return
        self.today = datetime.now(BERLIN).date()
        holiday = holiday_name(self.today)
        heading = self.tr("Heute: {day}").format(day=cf.format_long_day(self.today))
        self.heading.setText(f"{heading} – {holiday}" if holiday else heading)
        mine = self.vault.counsellor_id()
        self._show_appointments(appointments.entries_on(self.vault, self.today, counsellor_id=mine))
        self._generation += 1
        generation, vault, today = self._generation, self.vault, self.today
        self.deadlines_title.setText(self.tr("<b>Überfällig und heute fällig</b> (wird berechnet …)"))

        def done(result: DeadlineList) -> None:
            if generation == self._generation:
                self._show_deadlines(result)
                self.loaded.emit()

        def failed(err: BaseException) -> None:
            if generation == self._generation:
                self.deadlines_title.setText(self.tr("Fristen nicht verfügbar: {e}").format(e=err))

        # keep the task referenced: it must not be freed inside its own signal
        self._task = run_async(
            lambda: deadlines.due_by_today(vault, today=today, counsellor_id=mine), done, failed)

    def _show_appointments(self, entries: list[AppointmentEntry]) -> None:
        self.appointment_list.clear()
        active = [e for e in entries if e.appointment.status != AppointmentStatus.CANCELLED]
        self.appointments_title.setText(self.tr("<b>Termine heute</b> ({n})").format(n=len(active)))
        for entry in entries:
            a = entry.appointment
            parts = [cf.format_range(a.starts_at, a.duration_min),
                     entry.client_name or label(a.kind), label(a.kind), place_text(a)]
            if a.status != AppointmentStatus.PLANNED:
                parts.append(label(a.status))
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(ID_ROLE, a.id)
            item.setData(CLIENT_ROLE, a.client_id)
            item.setToolTip(entry_tooltip(entry))
            item.setBackground(QBrush(QColor(STATUS_COLORS[a.status][0])))
            self.appointment_list.addItem(item)
        if not entries:
            empty = QListWidgetItem(self.tr("Heute sind keine Termine eingetragen."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.appointment_list.addItem(empty)

    def _show_deadlines(self, result: DeadlineList) -> None:
        self.result = result
        self.deadline_list.clear()
        items = list(result.items)
        overdue = sum(1 for i in items if i.is_overdue(result.today))
        more = "+" if result.truncated else ""
        self.deadlines_title.setText(
            self.tr("<b>Überfällig und heute fällig</b> ({over}{more} überfällig, {due} heute)")
            .format(over=overdue, more=more, due=len(items) - overdue))
        for deadline in items[:SHOWN_DEADLINES]:  # already in urgency order
            overdue = deadline.is_overdue(result.today)
            item = QTreeWidgetItem([when_text(deadline, result.today),
                                    kind_text(deadline.kind, overdue), deadline.client_name,
                                    subject_text(deadline)])
            item.setData(0, CLIENT_ROLE, deadline.client_id)
            item.setToolTip(3, subject_text(deadline))
            pair = colours(deadline, result.today)
            if pair is not None:
                item.setForeground(0, QBrush(pair[0]))
                item.setForeground(1, QBrush(pair[0]))
            self.deadline_list.addTopLevelItem(item)
        if not items:
            empty = QTreeWidgetItem([self.tr("Nichts ist überfällig, heute ist nichts fällig.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setFirstColumnSpanned(True)
            self.deadline_list.addTopLevelItem(empty)
