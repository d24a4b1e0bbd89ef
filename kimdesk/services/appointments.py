"""Appointments of the counsellor with clients."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from kimdesk.data.repositories.records import APPOINTMENTS
from kimdesk.data.schema import AppointmentRow
from kimdesk.data.vault import Vault
from kimdesk.domain.models import Appointment
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.validation import Checker
from kimdesk.text.sanitize import clean_line, clean_text


def validate_appointment(appt: Appointment) -> Appointment:
    """Cleaned appointment or ValidationError."""
    appt = dataclasses.replace(appt, place=clean_line(appt.place), notes=clean_text(appt.notes),
                               interpreter_name=clean_line(appt.interpreter_name))
    c = Checker()
    if appt.starts_at.tzinfo is None:
        c.fail("starts_at", "Der Beginn braucht eine Zeitzone.")
    if not 5 <= appt.duration_min <= 24 * 60:
        c.fail("duration_min", "Die Dauer muss zwischen 5 Minuten und 24 Stunden liegen.")
    c.raise_if_any()
    return appt


def add_appointment(vault: Vault, appt: Appointment) -> Appointment:
    """Store a new appointment."""
    appt = validate_appointment(appt)
    return add_record(vault, APPOINTMENTS, appt, entity="appointment", subject=appt.client_id or "")


def update_appointment(vault: Vault, appt: Appointment) -> Appointment:
    """Store changes to an appointment (move, status, notes)."""
    appt = validate_appointment(appt)
    return update_record(vault, APPOINTMENTS, appt, entity="appointment",
                         subject=appt.client_id or "")


def appointments_between(vault: Vault, start: datetime, end: datetime) -> list[Appointment]:
    """Appointments starting in [start, end), in time order."""
    with vault.session() as s:
        return APPOINTMENTS.where(s, AppointmentRow.starts_at >= start,
                                  AppointmentRow.starts_at < end,
                                  order_by=(AppointmentRow.starts_at,))
