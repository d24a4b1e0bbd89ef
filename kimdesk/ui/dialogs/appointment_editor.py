"""Create or change an appointment: client, time, kind, place, interpreter, notes, status."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox, QStackedWidget, QTimeEdit, QVBoxLayout,
    QWidget,
)

from kimdesk.domain.enums import AppointmentKind, AppointmentStatus, PlaceKind
from kimdesk.domain.labels import label
from kimdesk.domain.models import Appointment
from kimdesk.services import agencies, appointment_clients, appointments
from kimdesk.services.appointments import BERLIN, Conflict, local_start
from kimdesk.services.validation import ValidationError
from kimdesk.ui.dialogs.appointment_note import offer_case_note
from kimdesk.ui.views import calendar_format as cf
from kimdesk.ui.views.calendar_style import conflict_text
from kimdesk.ui.widgets.client_picker import ClientPicker

LANGUAGES = ("ar", "fa", "fa_AF", "uk", "ru", "tr", "kmr", "ckb", "ti", "ps", "fr", "en", "so",
             "sq", "ro", "bg", "ku")
DEFAULT_PLACE = {AppointmentKind.PHONE: PlaceKind.PHONE, AppointmentKind.VISIT: PlaceKind.SHELTER,
                 AppointmentKind.ACCOMPANIMENT: PlaceKind.AGENCY}
PLACE_PAGES = (PlaceKind.OFFICE, PlaceKind.SHELTER, PlaceKind.AGENCY, PlaceKind.PHONE)


def _combo(values: list[tuple[str, object]], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for text, data in values:
        box.addItem(text, data)
    return box


def _select(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class AppointmentEditor(QDialog):
    """``AppointmentEditor(vault, appointment=None, start=None)``; ``saved`` after accept."""

    def __init__(self, vault: Any, appointment: Appointment | None = None, *,
                 start: datetime | None = None, client_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.original = appointment
        self.saved: Appointment | None = None
        self.conflicts: list[Conflict] = []
        # replaced in tests; asks whether to save despite the conflicts
        self.confirm: Callable[[list[Conflict]], bool] = self._confirm
        self.offer_note: Callable[[Appointment], object] = self._offer_note
        self.setWindowTitle(self.tr("Termin bearbeiten") if appointment else self.tr("Neuer Termin"))
        self._build()
        self._load(appointment, start, client_id)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_conflicts)
        for signal in (self.date.dateChanged, self.time.timeChanged, self.duration.valueChanged,
                       self.client.client_chosen, self.status.currentIndexChanged):
            signal.connect(self._schedule_check)
        self.update_conflicts()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.client = ClientPicker(self.vault)
        self.client.client_chosen.connect(self._client_chosen)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setObjectName("appointmentDate")
        self.date.setDisplayFormat(cf.qt_date_format())
        self.date.calendarWidget().setFirstDayOfWeek(cf.qt_first_day())
        self.time = QTimeEdit()
        self.time.setObjectName("appointmentTime")
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(minimum=5, maximum=appointments.MAX_DURATION_MIN, singleStep=15)
        self.duration.setObjectName("appointmentDuration")
        self.duration.setSuffix(self.tr(" Min."))
        when = QHBoxLayout()
        for widget, stretch in ((self.date, 2), (self.time, 1), (QLabel(self.tr("Dauer")), 0),
                                (self.duration, 1)):
            when.addWidget(widget, stretch)
        self.kind = _combo([(label(k), k) for k in AppointmentKind], "appointmentKind")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.place_kind = _combo([(self.tr("Büro"), PlaceKind.OFFICE),
                                  (self.tr("Unterkunft"), PlaceKind.SHELTER),
                                  (self.tr("Amt / Stelle"), PlaceKind.AGENCY),
                                  (self.tr("Telefon"), PlaceKind.PHONE)], "placeKind")
        self.office = QComboBox(editable=True)
        self.office.setObjectName("officePlace")
        self.office.lineEdit().setPlaceholderText(self.tr("Raum, Adresse"))
        self.shelter = QComboBox(editable=True)
        self.shelter.setObjectName("shelterPlace")
        self.shelter.lineEdit().setPlaceholderText(self.tr("Name der Unterkunft"))
        self.agency = QComboBox()
        self.agency.setObjectName("agencyPlace")
        self.places = QStackedWidget()
        for page in (self.office, self.shelter, self.agency, QLabel(self.tr("telefonisch"))):
            self.places.addWidget(page)
        self.places.setFixedHeight(self.office.sizeHint().height())
        self.place_kind.currentIndexChanged.connect(self._place_kind_changed)
        self._shelters_loaded = False
        where = QHBoxLayout()
        where.addWidget(self.place_kind, 1)
        where.addWidget(self.places, 3)
        self.language = _combo([(self.tr("kein Dolmetschen"), "")]
                               + [(f"{cf.language_name(c)} ({c})", c) for c in LANGUAGES],
                               "interpreterLanguage")
        self.booked = QCheckBox(self.tr("gebucht"))
        self.booked.setObjectName("interpreterBooked")
        self.interpreter = QLineEdit()
        self.interpreter.setObjectName("interpreterName")
        self.interpreter.setPlaceholderText(self.tr("Name der Dolmetscher*in"))
        self.language.currentIndexChanged.connect(self._language_changed)
        talk = QHBoxLayout()
        talk.addWidget(self.language, 2)
        talk.addWidget(self.booked)
        talk.addWidget(self.interpreter, 2)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("appointmentNotes")
        self.notes.setPlaceholderText(self.tr("Anliegen, was mitzubringen ist …"))
        self.status = _combo([(label(s), s) for s in AppointmentStatus], "appointmentStatus")
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("Grund der Absage"))
        self.status.currentIndexChanged.connect(self._status_changed)
        state = QHBoxLayout()
        state.addWidget(self.status, 1)
        state.addWidget(self.reason, 2)
        form = QFormLayout()
        form.addRow(self.tr("Klient*in"), self.client)
        form.addRow(self.tr("Datum, Uhrzeit"), when)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Ort"), where)
        form.addRow(self.tr("Dolmetschen"), talk)
        form.addRow(self.tr("Notizen"), self.notes)
        self.notes.setMinimumHeight(70)
        form.addRow(self.tr("Status"), state)
        self.warnings = QLabel()
        self.warnings.setObjectName("conflictWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background:#fff4d6; border:1px solid #e0b300; padding:6px;")
        self.errors = QLabel()
        self.errors.setObjectName("validationErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color:#b3261e;")
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def _load(self, appt: Appointment | None, start: datetime | None, client_id: str | None) -> None:
        for text in appointment_clients.known_places(self.vault, PlaceKind.OFFICE):
            self.office.addItem(text)
        self.agency.addItem(self.tr("– Stelle wählen –"), None)
        self._agency_names: dict[str, str] = {}
        for a in agencies.list_agencies(self.vault):
            self._agency_names[a.id] = a.name
            self.agency.addItem(f"{a.name} ({label(a.kind)})", a.id)
        if appt is None:
            start = start or local_start(datetime.now(BERLIN).date() + timedelta(days=1), time(9))
            appt = appointments.new_appointment(start, client_id=client_id,
                                                counsellor_id=self.vault.counsellor_id())
            self._kind_changed()
        when = cf.local(appt.starts_at)
        self.date.setDate(cf.qdate(when.date()))
        self.time.setTime(QTime(when.hour, when.minute))
        self.duration.setValue(appt.duration_min)
        _select(self.kind, appt.kind)
        _select(self.place_kind, appt.place_kind)
        if appt.place_kind == PlaceKind.AGENCY:
            _select(self.agency, appt.agency_id)
        elif appt.place_kind == PlaceKind.SHELTER:
            self.shelter.setCurrentText(appt.place)
        elif appt.place_kind == PlaceKind.OFFICE and (appt.place or self.original is not None):
            self.office.setCurrentText(appt.place)  # a new one keeps the usual office
        if appt.interpreter_language and self.language.findData(appt.interpreter_language) < 0:
            self.language.addItem(appt.interpreter_language, appt.interpreter_language)
        _select(self.language, appt.interpreter_language)
        self.booked.setChecked(appt.interpreter_booked)
        self.interpreter.setText(appt.interpreter_name)
        self.notes.setPlainText(appt.notes)
        _select(self.status, appt.status)
        self.reason.setText(appt.cancel_reason)
        self._draft_base = appt
        self.client.set_client(appt.client_id)
        self._language_changed()
        self._status_changed()

    # -- reactions ----------------------------------------------------------------------------

    def _schedule_check(self, *_args: object) -> None:
        self._timer.start()

    def _offer_note(self, appt: Appointment) -> object:
        return offer_case_note(self, self.vault, appt)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind in DEFAULT_PLACE or self.place_kind.currentData() in DEFAULT_PLACE.values():
            _select(self.place_kind, DEFAULT_PLACE.get(kind, PlaceKind.OFFICE))

    def _place_kind_changed(self, index: int) -> None:
        self.places.setCurrentIndex(index)
        if self.place_kind.currentData() == PlaceKind.SHELTER and not self._shelters_loaded:
            self._shelters_loaded = True  # loaded when first needed: it reads every client
            typed = self.shelter.currentText()
            shelters = appointment_clients.known_places(self.vault, PlaceKind.SHELTER)
            for text in dict.fromkeys(shelters + appointment_clients.known_shelters(self.vault)):
                if self.shelter.findText(text) < 0:
                    self.shelter.addItem(text)
            self.shelter.setCurrentText(typed)

    def _client_chosen(self, _client_id: str) -> None:
        choice = self.client.choice
        if choice is None:
            return
        if choice.interpreter_language and not self.language.currentData():
            if self.language.findData(choice.interpreter_language) < 0:
                self.language.addItem(choice.interpreter_language, choice.interpreter_language)
            _select(self.language, choice.interpreter_language)
        if choice.shelter and not self.shelter.currentText():
            self.shelter.setCurrentText(choice.shelter)

    def _language_changed(self) -> None:
        needed = bool(self.language.currentData())
        self.booked.setEnabled(needed)
        self.interpreter.setEnabled(needed)

    def _status_changed(self) -> None:
        self.reason.setEnabled(self.status.currentData() == AppointmentStatus.CANCELLED)

    # -- result -------------------------------------------------------------------------------

    def draft(self) -> Appointment:
        """The appointment as the form shows it now (not stored)."""
        place_kind = self.place_kind.currentData()
        place, agency_id = "", None
        if place_kind == PlaceKind.OFFICE:
            place = self.office.currentText()
        elif place_kind == PlaceKind.SHELTER:
            place = self.shelter.currentText()
        elif place_kind == PlaceKind.AGENCY:
            agency_id = self.agency.currentData()
            place = self._agency_names.get(agency_id, "") if agency_id else ""
        language = self.language.currentData() or ""
        status = self.status.currentData()
        return dataclasses.replace(
            self._draft_base, client_id=self.client.client_id(),
            starts_at=local_start(cf.pydate(self.date.date()),
                                  time(self.time.time().hour(), self.time.time().minute())),
            duration_min=self.duration.value(), kind=self.kind.currentData(),
            place_kind=place_kind, place=place, agency_id=agency_id,
            interpreter_language=language, interpreter_booked=bool(language) and self.booked.isChecked(),
            interpreter_name=self.interpreter.text() if language else "",
            notes=self.notes.toPlainText(), status=status,
            cancel_reason=self.reason.text() if status == AppointmentStatus.CANCELLED else "",
        )

    def done(self, result: int) -> None:
        """Close the dialog; no conflict check runs after that."""
        self._timer.stop()
        super().done(result)

    def update_conflicts(self) -> None:
        """Show what speaks against this time (double bookings, holidays); never blocks."""
        if not getattr(self.vault, "is_open", True):
            return  # locked while the dialog was open
        self.conflicts = appointments.check_conflicts(self.vault, self.draft())
        self.warnings.setText("\n".join("⚠ " + conflict_text(c) for c in self.conflicts))
        self.warnings.setVisible(bool(self.conflicts))

    def _confirm(self, conflicts: list[Conflict]) -> bool:
        text = "\n".join(conflict_text(c) for c in conflicts)
        answer = QMessageBox.question(self, self.tr("Termin trotzdem speichern?"),
                                      text + "\n\n" + self.tr("Trotzdem speichern?"))
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        """Validate, confirm conflicts, store; offer a case note when the appointment became done."""
        draft = self.draft()
        problems = [] if draft.client_id else [self.tr("Bitte eine Klient*in wählen.")]
        if draft.place_kind == PlaceKind.AGENCY and not draft.agency_id:
            problems.append(self.tr("Bitte die Stelle wählen, bei der der Termin stattfindet."))
        if problems:
            self._show_errors(problems)
            return
        self.update_conflicts()
        if self.conflicts and not self.confirm(self.conflicts):
            return
        try:
            if self.original is None:
                self.saved = appointments.add_appointment(self.vault, draft)
            else:
                self.saved = appointments.update_appointment(self.vault, draft)
        except ValidationError as err:
            self._show_errors([e.message for e in err.errors])
            return
        was_done = self.original is not None and self.original.status == AppointmentStatus.DONE
        if self.saved.status == AppointmentStatus.DONE and not was_done:
            self.offer_note(self.saved)
        self.accept()

    def _show_errors(self, messages: list[str]) -> None:
        self.errors.setText("\n".join(messages))
        self.errors.show()
