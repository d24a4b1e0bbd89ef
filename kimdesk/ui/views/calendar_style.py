"""Shared look of appointments: status colours, place text, tooltip, conflict sentences."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from kimdesk.domain.enums import AppointmentStatus, PlaceKind
from kimdesk.domain.labels import label
from kimdesk.domain.models import Appointment
from kimdesk.services.appointments import AppointmentEntry, Conflict, ConflictKind
from kimdesk.ui.views import calendar_format as cf

# fill, bar
STATUS_COLORS: dict[AppointmentStatus, tuple[str, str]] = {
    AppointmentStatus.PLANNED: ("#e3eefc", "#1e6fd9"),
    AppointmentStatus.DONE: ("#e3f4e4", "#2e7d32"),
    AppointmentStatus.NO_SHOW: ("#fdecd8", "#d9730d"),
    AppointmentStatus.CANCELLED: ("#efefef", "#9e9e9e"),
}


def tr(text: str) -> str:
    """Translate in the shared 'Calendar' context."""
    # lupdate files module-level tr() calls under the empty context; look there as well
    result = QCoreApplication.translate("Calendar", text)
    return result if result != text else QCoreApplication.translate("", text)


def place_text(a: Appointment) -> str:
    """Where the appointment takes place, as one short line."""
    if a.place_kind == PlaceKind.PHONE:
        return tr("telefonisch") if a.place in ("", "Telefon") else a.place
    if a.place_kind == PlaceKind.OFFICE:
        return a.place or tr("Büro")
    return a.place


def interpreter_text(a: Appointment) -> str:
    """'Arabisch, gebucht (Name)' or '' when no interpreter is needed."""
    if not (a.interpreter_language or a.interpreter_booked):
        return ""
    state = tr("gebucht") if a.interpreter_booked else tr("noch nicht gebucht")
    parts = [cf.language_name(a.interpreter_language), state]
    text = ", ".join(p for p in parts if p)
    return f"{text} ({a.interpreter_name})" if a.interpreter_name else text


def entry_tooltip(entry: AppointmentEntry, clash: bool = False) -> str:
    """Rich-text details of an appointment for a tooltip."""
    a = entry.appointment
    rows = [f"<b>{escape(cf.format_range(a.starts_at, a.duration_min))}</b> "
            f"{escape(cf.format_day(cf.local(a.starts_at).date()))}",
            escape(" – ".join(p for p in (entry.client_name, entry.file_number) if p)),
            escape(f"{label(a.kind)} · {place_text(a)}")]
    if interpreter_text(a):
        rows.append(escape(tr("Dolmetschen: ") + interpreter_text(a)))
    status = label(a.status)
    if a.status == AppointmentStatus.CANCELLED and a.cancel_reason:
        status += f" ({a.cancel_reason})"
    rows.append(escape(tr("Status: ") + status))
    if a.notes:
        rows.append("<i>" + escape(a.notes[:300]) + "</i>")
    if clash:
        rows.append("<span style='color:#c62828'>"
                    + escape(tr("Überschneidet sich mit einem anderen Termin.")) + "</span>")
    return "<br>".join(r for r in rows if r)


def conflict_text(conflict: Conflict) -> str:
    """One German sentence per conflict, for the warning in the editor."""
    if conflict.kind == ConflictKind.HOLIDAY:
        return tr("Der Tag ist in NRW ein Feiertag: {name}.").format(name=conflict.holiday)
    other = conflict.other
    assert other is not None
    a = other.appointment
    when = f"{cf.format_day(cf.local(a.starts_at).date())}, {cf.format_range(a.starts_at, a.duration_min)}"
    if conflict.kind == ConflictKind.COUNSELLOR:
        return tr("Sie haben zur selben Zeit schon einen Termin: {when} ({who}).").format(
            when=when, who=other.client_name or label(a.kind))
    return tr("Die Klient*in hat zur selben Zeit schon einen Termin: {when}.").format(when=when)
