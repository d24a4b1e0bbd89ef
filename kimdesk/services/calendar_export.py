"""Calendar export: the counsellor's appointments as an iCalendar (.ics) file for a phone.

By default an event names its client only by initials and file number; the full name
goes in only when the caller asks for it. Notes, the interpreter's language and name
stay out unless full names are asked for (notes never leave). Times carry the
Europe/Berlin time zone with its VTIMEZONE, so phones show them right across the
daylight-saving changes. The file is written atomically and readable by its owner only,
and the export is recorded in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event, Timezone

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.safe_io import write_atomic
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AppointmentStatus, AuditAction, PlaceKind
from kimdesk.domain.labels import label
from kimdesk.services.appointments import (
    BERLIN, AppointmentEntry, day_bounds, ends_at, entries_between,
)
from kimdesk.services.validation import Checker

PRODID = "-//KIMdesk//Termine//DE"
# Europe/Berlin as Outlook and Google write it: EU rules since 1996, valid every year
_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def who(entry: AppointmentEntry, *, full_names: bool) -> str:
    """How the event names its client: initials and file number, or the full name."""
    name = entry.client_name if full_names else entry.initials
    parts = [p for p in (name, f"({entry.file_number})" if entry.file_number else "") if p]
    return " ".join(parts)


def _event(entry: AppointmentEntry, *, full_names: bool, stamp: datetime) -> Event:
    appt = entry.appointment
    event = Event()
    event.add("uid", f"{appt.id}@kimdesk")
    event.add("dtstamp", stamp)
    event.add("dtstart", appt.starts_at.astimezone(BERLIN))
    event.add("dtend", ends_at(appt).astimezone(BERLIN))
    client = who(entry, full_names=full_names)
    event.add("summary", f"{label(appt.kind)} – {client}" if client else label(appt.kind))
    place = "Telefon" if appt.place_kind == PlaceKind.PHONE and not appt.place else appt.place
    if place:
        event.add("location", place)
    lines = []
    if appt.interpreter_language or appt.interpreter_booked:
        state = "gebucht" if appt.interpreter_booked else "noch nicht gebucht"
        detail = ", ".join(p for p in (appt.interpreter_language, appt.interpreter_name) if p)
        lines.append(f"Dolmetschen {state}" + (f": {detail}" if full_names and detail else ""))
    if appt.status != AppointmentStatus.PLANNED:
        lines.append(f"Status: {label(appt.status)}")
    if lines:
        event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED" if appt.status == AppointmentStatus.PLANNED else "TENTATIVE")
    event.add("class", "PRIVATE")
    return event


def build_calendar(entries: Iterable[AppointmentEntry], *, full_names: bool = False,
                   stamp: datetime | None = None) -> bytes:
    """The iCalendar text of ``entries`` (cancelled appointments are left out)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "KIMdesk-Termine")
    cal.add("x-wr-timezone", "Europe/Berlin")
    cal.add_component(Timezone.from_ical(_VTIMEZONE))
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    for entry in entries:
        if entry.appointment.status != AppointmentStatus.CANCELLED:
            cal.add_component(_event(entry, full_names=full_names, stamp=stamp))
    return cal.to_ical()


def export_calendar(vault: Vault, target: Path, first: date, last: date, *,
                    full_names: bool = False, counsellor_id: str | None = None) -> int:
    """Write the appointments of the days ``first`` … ``last`` to ``target``; returns their number."""
    c = Checker()
    c.order("last", first, last, "Das Ende des Zeitraums")
    c.raise_if_any()
    start, end = day_bounds(first, last)
    entries = entries_between(vault, start, end, counsellor_id=counsellor_id,
                              include_cancelled=False)
    write_atomic(Path(target), build_calendar(entries, full_names=full_names))
    with vault.session(write=True) as s:
        audit_repo.append(s, actor=vault.actor, action=AuditAction.EXPORT, entity="calendar")
    return len(entries)
