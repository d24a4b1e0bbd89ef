"""The Termine view: day, work-week and agenda of the counsellor's appointments."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton,
    QScrollArea, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import AppointmentStatus
from kimdesk.domain.models import Appointment
from kimdesk.services import appointments
from kimdesk.services.appointments import BERLIN, AppointmentEntry, Conflict
from kimdesk.services.validation import ValidationError
from kimdesk.ui.dialogs.appointment_editor import AppointmentEditor
from kimdesk.ui.dialogs.appointment_note import ask_cancel_reason, offer_case_note
from kimdesk.ui.dialogs.calendar_export_dialog import CalendarExportDialog
from kimdesk.ui.views import calendar_format as cf
from kimdesk.ui.views.calendar_agenda import AgendaView
from kimdesk.ui.views.calendar_grid import CalendarGrid
from kimdesk.ui.views.calendar_style import conflict_text

DAY, WEEK, AGENDA = range(3)
AGENDA_DAYS = 28


class AppointmentsView(QWidget):
    """``AppointmentsView()``; ``client_requested(client_id)`` opens a profile,
    ``appointments_changed()`` after every change (refresh the today panel)."""

    client_requested = Signal(str)
    appointments_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.anchor = datetime.now(BERLIN).date()
        self.mode = WEEK
        self.entries: list[AppointmentEntry] = []
        self._stale = True
        # replaced in tests: confirm a move despite conflicts, open the editor modally
        self.confirm: Callable[[list[Conflict]], bool] = self._confirm
        self.run_editor: Callable[[AppointmentEditor], int] = lambda dialog: dialog.exec()
        self._build()
        self.set_vault(None)

    def _build(self) -> None:
        self.today_button = QPushButton(self.tr("Heute"))
        self.prev_button = QToolButton(arrowType=Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Zurück"))
        self.next_button = QToolButton(arrowType=Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Weiter"))
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
        mode_row.setSpacing(0)
        for mode, text in ((DAY, self.tr("Tag")), (WEEK, self.tr("Arbeitswoche")),
                           (AGENDA, self.tr("Agenda"))):
            button = QToolButton(text=text, checkable=True)
            button.setObjectName(f"mode{mode}")
            button.setMinimumWidth(90)
            self.modes.addButton(button, mode)
            mode_row.addWidget(button)
        self.modes.idClicked.connect(self.set_mode)
        self.only_mine = QCheckBox(self.tr("Nur meine Termine"))
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.setChecked(True)
        self.only_mine.toggled.connect(self._filter_changed)
        self.new_button = QPushButton(self.tr("Neuer Termin…"))
        self.new_button.setObjectName("newAppointment")
        self.export_button = QPushButton(self.tr("Exportieren (.ics)…"))
        self.export_button.setObjectName("exportCalendar")
        # bound methods, not lambdas: Qt can then drop the connections with the widget
        self.today_button.clicked.connect(self.go_today)
        self.prev_button.clicked.connect(self.step_back)
        self.next_button.clicked.connect(self.step_forward)
        self.new_button.clicked.connect(self.new_appointment)
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        for widget in (self.today_button, self.prev_button, self.next_button, self.title):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addLayout(mode_row)
        bar.addSpacing(12)
        for widget in (self.only_mine, self.new_button, self.export_button):
            bar.addWidget(widget)
        self.grid = CalendarGrid()
        self.grid.open_requested.connect(self.edit)
        self.grid.create_requested.connect(self.create_at)
        self.grid.move_requested.connect(self.move)
        self.grid.context_requested.connect(self.show_menu)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.agenda = AgendaView()
        self.agenda.open_requested.connect(self.edit)
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.agenda)
        self.hint = QLabel()
        self.hint.setObjectName("calendarHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        self.modes.button(self.mode).setChecked(True)

    # -- vault and range ----------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """Show the appointments of ``vault``; None (locked) clears everything."""
        self.vault = vault
        for widget in (self.today_button, self.prev_button, self.next_button, self.new_button,
                       self.export_button, self.only_mine):
            widget.setEnabled(vault is not None)
        if vault is None:
            self.entries = []
            self.grid.clear()
            self.agenda.agenda.set_rows([])
            self.title.clear()
            self.hint.clear()
            return
        self.anchor = datetime.now(BERLIN).date()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.vault is not None:
            self.refresh()  # a profile may have booked or changed appointments meanwhile

    def days(self) -> list[date]:
        """The days the current mode shows."""
        if self.mode == DAY:
            return [self.anchor]
        if self.mode == WEEK:
            return cf.work_week(self.anchor)
        return [self.anchor + timedelta(days=i) for i in range(AGENDA_DAYS)]

    def set_mode(self, mode: int) -> None:
        """Switch between day, work week and agenda."""
        self.mode = mode
        self.modes.button(mode).setChecked(True)
        self.refresh()

    def go_to(self, day: date) -> None:
        """Show the period containing ``day``."""
        self.anchor = day
        self.refresh()

    def go_today(self) -> None:
        """Show the period containing today."""
        self.go_to(datetime.now(BERLIN).date())

    def step_back(self) -> None:
        """One period back."""
        self.step(-1)

    def step_forward(self) -> None:
        """One period forward."""
        self.step(1)

    def new_appointment(self) -> None:
        """Open the editor for a new appointment (the button)."""
        self.create_at(None)

    def _filter_changed(self, _on: bool) -> None:
        self.refresh()

    def step(self, direction: int) -> None:
        """One period back (-1) or forward (+1)."""
        size = {DAY: 1, WEEK: 7, AGENDA: AGENDA_DAYS}[self.mode]
        self.go_to(self.anchor + timedelta(days=direction * size))

    def counsellor_filter(self) -> str | None:
        """The counsellor whose appointments are shown (None = everyone's)."""
        return self.vault.counsellor_id() if self.only_mine.isChecked() else None

    def refresh(self) -> None:
        """Load the appointments of the shown days."""
        if self.vault is None:
            return
        self._stale = False
        days = self.days()
        self.entries = appointments.entries_on(self.vault, days[0], days[-1],
                                               counsellor_id=self.counsellor_filter())
        self.grid.set_days(days if self.mode != AGENDA else [])
        self.grid.set_entries(self.entries)
        self.agenda.agenda.set_rows(self.entries)
        self.stack.setCurrentIndex(1 if self.mode == AGENDA else 0)
        self.title.setText(self._title(days))
        active = [e for e in self.entries if e.appointment.status != AppointmentStatus.CANCELLED]
        count = {0: self.tr("Keine Termine"), 1: self.tr("1 Termin")}.get(
            len(active), self.tr("{n} Termine").format(n=len(active)))
        tip = (self.tr("Doppelklick auf freie Zeit: neuer Termin. Ziehen: verschieben. "
                       "Rechtsklick: Status, Absage. Sprachkürzel grün: Dolmetschen gebucht, "
                       "orange: noch offen. Rot umrandet: Überschneidung.")
               if self.mode != AGENDA else self.tr("Doppelklick oder Eingabetaste öffnet einen Termin."))
        self.hint.setText(f"{count}. {tip}")

    def _title(self, days: list[date]) -> str:
        if self.mode == DAY:
            return cf.format_long_day(days[0])
        span = f"{cf.format_short_date(days[0])} – {cf.format_short_date(days[-1])}"
        if self.mode == WEEK:
            return self.tr("KW {week}: {span}").format(week=cf.week_number(days[0]), span=span)
        return span

    # -- actions ------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.refresh()
        self.appointments_changed.emit()

    def create_at(self, start: datetime | None) -> None:
        """Open the editor for a new appointment (at ``start`` when given)."""
        if self.vault is None:
            return
        if start is None and self.mode == DAY:
            start = appointments.local_start(self.anchor, datetime.now(BERLIN).time().replace(
                minute=0, second=0, microsecond=0)) + timedelta(hours=1)
        dialog = AppointmentEditor(self.vault, start=start, parent=self)
        if self.run_editor(dialog) == QDialog.DialogCode.Accepted and dialog.saved:
            if self.mode != AGENDA:
                self.anchor = cf.local(dialog.saved.starts_at).date()
            self._changed()

    def edit(self, appointment_id: str) -> None:
        """Open the editor for an existing appointment."""
        if self.vault is None:
            return
        dialog = AppointmentEditor(self.vault, appointments.get_appointment(self.vault,
                                                                            appointment_id),
                                   parent=self)
        if self.run_editor(dialog) == QDialog.DialogCode.Accepted:
            self._changed()

    def move(self, appointment_id: str, start: datetime) -> bool:
        """Move an appointment (drag and drop); conflicts are confirmed first."""
        appt = appointments.get_appointment(self.vault, appointment_id)
        moved = dataclasses.replace(appt, starts_at=start)
        conflicts = appointments.check_conflicts(self.vault, moved)
        if conflicts and not self.confirm(conflicts):
            self.refresh()
            return False
        appointments.move_appointment(self.vault, appt, start)
        self._changed()
        return True

    def set_status(self, appointment_id: str, status: AppointmentStatus) -> Appointment | None:
        """Mark done / no-show / planned, or cancel (asks for the reason)."""
        appt = appointments.get_appointment(self.vault, appointment_id)
        reason = ""
        if status == AppointmentStatus.CANCELLED:
            reason = ask_cancel_reason(self) or ""
            if not reason:
                return None
        try:
            saved = appointments.set_status(self.vault, appt, status, reason)
        except ValidationError as err:
            QMessageBox.warning(self, self.tr("Termin"), "\n".join(e.message for e in err.errors))
            return None
        self._changed()
        if status == AppointmentStatus.DONE and appt.status != AppointmentStatus.DONE:
            offer_case_note(self, self.vault, saved)
        return saved

    def show_menu(self, appointment_id: str, where: QPoint) -> None:
        """The context menu of one appointment."""
        entry = next((e for e in self.entries if e.id == appointment_id), None)
        if entry is None:
            return
        status = entry.appointment.status
        menu = QMenu(self)
        menu.addAction(self.tr("Bearbeiten…"), lambda: self.edit(appointment_id))
        menu.addSeparator()
        for target, text in ((AppointmentStatus.DONE, self.tr("Erledigt")),
                             (AppointmentStatus.NO_SHOW, self.tr("Nicht erschienen")),
                             (AppointmentStatus.CANCELLED, self.tr("Absagen…")),
                             (AppointmentStatus.PLANNED, self.tr("Wieder als geplant"))):
            if target != status:
                menu.addAction(text, lambda t=target: self.set_status(appointment_id, t))
        if entry.appointment.client_id:
            menu.addSeparator()
            menu.addAction(self.tr("Klient*in öffnen"),
                           lambda: self.client_requested.emit(entry.appointment.client_id))
        menu.exec(where)

    def _agenda_menu(self, pos: QPoint) -> None:
        entry = self.agenda.agenda.row_at(self.agenda.indexAt(pos).row())
        if entry is not None:
            self.show_menu(entry.id, self.agenda.viewport().mapToGlobal(pos))

    def export(self) -> None:
        """Ask for range and names, then write the .ics file."""
        if self.vault is None:
            return
        dialog = CalendarExportDialog(self.vault, self.days()[0], self.counsellor_filter(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.count is not None:
            QMessageBox.information(self, self.tr("Termine exportiert"),
                                    self.tr("{n} Termine wurden exportiert.").format(n=dialog.count))

    def _confirm(self, conflicts: list[Conflict]) -> bool:
        text = "\n".join(conflict_text(c) for c in conflicts)
        answer = QMessageBox.question(self, self.tr("Termin trotzdem verschieben?"),
                                      text + "\n\n" + self.tr("Trotzdem verschieben?"))
        return answer == QMessageBox.StandardButton.Yes
