"""Appointments of the counsellor with clients: store, list, move, status, conflicts.

Times are stored as UTC; the calendar lives in Europe/Berlin wall-clock time, so day
bounds and moves are computed from local dates and times (23- and 25-hour days at the
daylight-saving changes come out right).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from kimdesk.data.repositories.records import APPOINTMENTS
from kimdesk.data.schema import AppointmentRow, ClientRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AppointmentKind, AppointmentStatus, NoteType
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Appointment, Case, CaseNote
from kimdesk.services import cases
from kimdesk.services.holidays import holiday_name
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.validation import MAX_NAME, Checker
from kimdesk.text.sanitize import clean_line, clean_text

BERLIN = ZoneInfo("Europe/Berlin")
MAX_DURATION_MIN = 24 * 60


@dataclass(frozen=True, slots=True)
class AppointmentEntry:
    """An appointment with what a calendar shows of its client (painting needs no query)."""

    appointment: Appointment
    client_name: str = ""
    initials: str = ""
    file_number: str = ""

    @property
    def id(self) -> str:
        """The appointment's id."""
        return self.appointment.id


# -- time helpers ----------------------------------------------------------------------------

def local_start(day: date, at: time) -> datetime:
    """An aware datetime for a wall-clock time on ``day`` in Berlin."""
    return datetime.combine(day, at, BERLIN)


def day_bounds(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the Berlin days ``first`` … ``last`` (inclusive)."""
    last = last or first
    return (local_start(first, time()).astimezone(UTC),
            local_start(last + timedelta(days=1), time()).astimezone(UTC))


def starts_utc(appt: Appointment) -> datetime:
    """The start in UTC (arithmetic on Berlin times would be wall-clock arithmetic)."""
    return appt.starts_at.astimezone(UTC)


def ends_at(appt: Appointment) -> datetime:
    """When the appointment ends (start plus duration in real minutes), in UTC."""
    return starts_utc(appt) + timedelta(minutes=appt.duration_min)


def local_day(appt: Appointment) -> date:
    """The Berlin calendar day the appointment starts on."""
    return appt.starts_at.astimezone(BERLIN).date()


def initials(given_names: str, family_name: str) -> str:
    """'Z. H.' from 'Zahra', 'Haidari' (first given name and family name only)."""
    parts = [p.split()[0] for p in (given_names, family_name) if p and p.split()]
    return " ".join(f"{p[0].upper()}." for p in parts)


# -- storing ---------------------------------------------------------------------------------

def new_appointment(starts_at: datetime, kind: AppointmentKind = AppointmentKind.CONSULTATION,
                    duration_min: int = 60, **fields: object) -> Appointment:
    """A draft appointment with a fresh id (not yet stored)."""
    return Appointment(id=new_id(), starts_at=starts_at, duration_min=duration_min, kind=kind,
                       **fields)  # type: ignore[arg-type]


def validate_appointment(appt: Appointment) -> Appointment:
    """Cleaned appointment or ValidationError."""
    appt = dataclasses.replace(
        appt, place=clean_line(appt.place), notes=clean_text(appt.notes),
        interpreter_name=clean_line(appt.interpreter_name),
        interpreter_language=clean_line(appt.interpreter_language),
        cancel_reason=clean_text(appt.cancel_reason),
    )
    c = Checker()
    if appt.starts_at.tzinfo is None:
        c.fail("starts_at", "Der Beginn braucht eine Zeitzone.")
    if not 5 <= appt.duration_min <= MAX_DURATION_MIN:
        c.fail("duration_min", "Die Dauer muss zwischen 5 Minuten und 24 Stunden liegen.")
    c.max_len("place", appt.place, MAX_NAME, "Ort")
    c.max_len("interpreter_name", appt.interpreter_name, MAX_NAME, "Name der Dolmetscher*in")
    c.max_len("interpreter_language", appt.interpreter_language, 16, "Sprache")
    if appt.status == AppointmentStatus.CANCELLED:
        c.required("cancel_reason", appt.cancel_reason, "Der Grund der Absage")
    c.raise_if_any()
    return dataclasses.replace(
        appt, starts_at=starts_utc(appt),
        cancel_reason=appt.cancel_reason if appt.status == AppointmentStatus.CANCELLED else "")


def add_appointment(vault: Vault, appt: Appointment) -> Appointment:
    """Store a new appointment."""
    appt = validate_appointment(appt)
    return add_record(vault, APPOINTMENTS, appt, entity="appointment", subject=appt.client_id or "")


def update_appointment(vault: Vault, appt: Appointment) -> Appointment:
    """Store changes to an appointment (move, status, notes)."""
    appt = validate_appointment(appt)
    return update_record(vault, APPOINTMENTS, appt, entity="appointment",
                         subject=appt.client_id or "")


def get_appointment(vault: Vault, appointment_id: str) -> Appointment:
    """One appointment by id (RecordNotFound otherwise)."""
    with vault.session() as s:
        return APPOINTMENTS.get(s, appointment_id)


def move_appointment(vault: Vault, appt: Appointment, starts_at: datetime) -> Appointment:
    """Move an appointment to a new start, keeping its duration."""
    return update_appointment(vault, dataclasses.replace(appt, starts_at=starts_at))


def set_status(vault: Vault, appt: Appointment, status: AppointmentStatus,
               reason: str = "") -> Appointment:
    """Mark an appointment planned, done, no-show, or cancelled (with a reason)."""
    return update_appointment(vault, dataclasses.replace(appt, status=status, cancel_reason=reason))


# -- listing ---------------------------------------------------------------------------------

def appointments_between(vault: Vault, start: datetime, end: datetime) -> list[Appointment]:
    """Appointments starting in [start, end), in time order."""
    with vault.session() as s:
        return APPOINTMENTS.where(s, AppointmentRow.starts_at >= start,
                                  AppointmentRow.starts_at < end,
                                  order_by=(AppointmentRow.starts_at,))


def _entries(vault: Vault, *criteria: object) -> list[AppointmentEntry]:
    stmt = (
        select(AppointmentRow, ClientRow.family_name, ClientRow.given_names,
               ClientRow.family_name_original, ClientRow.given_names_original,
               ClientRow.file_number)
        .outerjoin(ClientRow, ClientRow.id == AppointmentRow.client_id)
        .where(*criteria)  # type: ignore[arg-type]
        .order_by(AppointmentRow.starts_at, AppointmentRow.id)
    )
    result = []
    with vault.session() as s:
        for row, family, given, family_o, given_o, file_number in s.execute(stmt):
            family, given = family or family_o or "", given or given_o or ""
            name = f"{family}, {given}" if family and given else family or given
            result.append(AppointmentEntry(APPOINTMENTS.to_domain(row), name,
                                           initials(given, family), file_number or ""))
    return result


def entries_between(vault: Vault, start: datetime, end: datetime, *,
                    counsellor_id: str | None = None,
                    include_cancelled: bool = True) -> list[AppointmentEntry]:
    """Appointments starting in [start, end) with their client's name, in time order."""
    criteria: list[object] = [AppointmentRow.starts_at >= start, AppointmentRow.starts_at < end]
    if counsellor_id is not None:  # coalesce(): the time-range index must lead, not this one
        criteria.append(func.coalesce(AppointmentRow.counsellor_id, "") == counsellor_id)
    if not include_cancelled:
        criteria.append(AppointmentRow.status != AppointmentStatus.CANCELLED.value)
    return _entries(vault, *criteria)


def entries_on(vault: Vault, first: date, last: date | None = None, *,
               counsellor_id: str | None = None) -> list[AppointmentEntry]:
    """Appointments on the Berlin days ``first`` … ``last`` (inclusive)."""
    start, end = day_bounds(first, last)
    return entries_between(vault, start, end, counsellor_id=counsellor_id)


# -- conflicts -------------------------------------------------------------------------------

class ConflictKind(StrEnum):
    COUNSELLOR = "counsellor"  # the counsellor is booked twice
    CLIENT = "client"  # the client is booked twice
    HOLIDAY = "holiday"  # a public holiday in NRW


@dataclass(frozen=True, slots=True)
class Conflict:
    """A reason to look twice before saving; never blocks."""

    kind: ConflictKind
    other: AppointmentEntry | None = None
    holiday: str = ""


def overlaps(a: Appointment, b: Appointment) -> bool:
    """True when the two time ranges share at least a minute (back to back is fine)."""
    return starts_utc(a) < ends_at(b) and starts_utc(b) < ends_at(a)


def find_conflicts(appt: Appointment, others: list[AppointmentEntry]) -> list[Conflict]:
    """Double bookings of counsellor or client among ``others``, and an NRW holiday."""
    if appt.status == AppointmentStatus.CANCELLED:
        return []
    found: list[Conflict] = []
    name = holiday_name(local_day(appt))
    if name:
        found.append(Conflict(ConflictKind.HOLIDAY, holiday=name))
    for entry in others:
        other = entry.appointment
        if (other.id == appt.id or other.status == AppointmentStatus.CANCELLED
                or not overlaps(appt, other)):
            continue
        if appt.counsellor_id and other.counsellor_id == appt.counsellor_id:
            found.append(Conflict(ConflictKind.COUNSELLOR, entry))
        elif appt.client_id and other.client_id == appt.client_id:
            found.append(Conflict(ConflictKind.CLIENT, entry))
    return found


def check_conflicts(vault: Vault, appt: Appointment) -> list[Conflict]:
    """:func:`find_conflicts` against the stored appointments that could overlap."""
    who = []  # coalesce(): the time-range index must lead the query, not these
    if appt.counsellor_id:
        who.append(func.coalesce(AppointmentRow.counsellor_id, "") == appt.counsellor_id)
    if appt.client_id:
        who.append(func.coalesce(AppointmentRow.client_id, "") == appt.client_id)
    if not who:
        return find_conflicts(appt, [])
    # an appointment lasts at most a day, so anything overlapping starts after start - 1 day
    others = _entries(
        vault, AppointmentRow.starts_at > starts_utc(appt) - timedelta(minutes=MAX_DURATION_MIN),
        AppointmentRow.starts_at < ends_at(appt), AppointmentRow.id != appt.id,
        AppointmentRow.status != AppointmentStatus.CANCELLED.value, or_(*who),
    )
    return find_conflicts(appt, others)


# -- case note when done ---------------------------------------------------------------------

NOTE_TYPES = {AppointmentKind.PHONE: NoteType.PHONE,
              AppointmentKind.ACCOMPANIMENT: NoteType.ACCOMPANIMENT}


def open_case_for(vault: Vault, client_id: str | None) -> Case | None:
    """The client's newest open case, where a note about the appointment belongs."""
    if not client_id:
        return None
    return next((c for c in cases.cases_of(vault, client_id) if c.is_open), None)


def write_case_note(vault: Vault, appt: Appointment, text: str) -> CaseNote:
    """Write a note about ``appt`` on its client's open case (ValueError when there is none)."""
    case = open_case_for(vault, appt.client_id)
    if case is None:
        raise ValueError("Die Klient*in hat keinen offenen Fall.")
    return cases.add_note(vault, case, text, NOTE_TYPES.get(appt.kind, NoteType.CONSULTATION))
