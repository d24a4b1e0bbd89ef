"""Printed client forms: gather a client's data from the vault and render a form to PDF bytes.

The CLI and the print dialog share these functions. Rendering happens in memory; the
caller writes a file only where the user asked for one, and records every print or
export with :func:`record_output` (an audit event holding the client's id only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.records import (
    AGENCIES,
    APPOINTMENTS,
    CLIENTS,
    COUNSELLORS,
    REFERRAL_EVENTS,
)
from kimdesk.data.safe_io import write_atomic
from kimdesk.data.schema import (
    AgencyRow,
    AppointmentRow,
    CaseRow,
    ClientRow,
    GoalRow,
    ReferralEventRow,
    ReferralRow,
    ResidenceStatusRow,
)
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AppointmentStatus, AuditAction, ResidenceTitle
from kimdesk.domain.models import Appointment, Case, Client
from kimdesk.forms import catalog
from kimdesk.forms.builders import KINDS
from kimdesk.forms.data import CaseRecord, FormData, ReferralRecord
from kimdesk.forms.render import FormPdf, render_form_pdf, title_of
from kimdesk.services import (
    cases,
    consents,
    household,
    referrals,
    residence,
    retention,
    settings,
)

__all__ = [
    "KINDS", "Choice", "FormError", "FormPdf", "LanguageChoice", "appointment_choices",
    "default_appointment_id", "default_language", "export_form", "find_client",
    "form_languages", "gallery_client", "gather", "get_client_quietly", "letterhead_missing",
    "needs", "record_output", "referral_choices", "render_form", "review_note",
    "suggested_filename", "title_of", "translation_reviewed",
]

BERLIN = ZoneInfo("Europe/Berlin")
#: which forms print one appointment or one referral (the newest one when none is chosen)
NEEDS: dict[str, str] = {"appointment": "appointment", "referral": "referral",
                         "release": "referral"}
FALLBACK_LANGUAGE = "en"  # for a client whose languages have no form translation


class FormError(ValueError):
    """A form cannot be printed for this client (e.g. no appointment); German sentence."""


@dataclass(frozen=True, slots=True)
class Choice:
    """An appointment or referral to pick for a form: its id and a German one-line label."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    """A form language: code, German name, native name, right to left?"""

    code: str
    german_name: str
    native_name: str
    rtl: bool


def form_languages() -> list[LanguageChoice]:
    """Every form language, German (German only) first."""
    return [LanguageChoice(code, lang.german_name, lang.native_name, lang.is_rtl)
            for code, lang in catalog.LANGUAGES.items()]


def needs(kind: str) -> str | None:
    """'appointment' or 'referral' when the form prints one of them, else None."""
    if kind not in KINDS:
        raise FormError(f"Unbekannte Formularart „{kind}“ (bekannt: {', '.join(KINDS)}).")
    return NEEDS.get(kind)


def default_language(client: Client) -> str:
    """The client's first language that has form texts; English when none has."""
    for code in client.languages:
        normal = code.strip()
        if normal in catalog.LANGUAGES and normal != catalog.SOURCE_LANGUAGE:
            return normal
    return FALLBACK_LANGUAGE


def find_client(vault: Vault, ref: str) -> Client:
    """The client with this id or file number (Aktenzeichen); FormError if there is none."""
    ref = ref.strip()
    with vault.session() as s:
        found = CLIENTS.where(s, or_(ClientRow.id == ref, ClientRow.file_number == ref))
    if not found:
        raise FormError(f"Keine Klient*in mit der ID oder dem Aktenzeichen „{ref}“.")
    return found[0]


def _appointments_of(vault: Vault, client_id: str) -> list[Appointment]:
    with vault.session() as s:
        return APPOINTMENTS.where(s, AppointmentRow.client_id == client_id,
                                  order_by=(AppointmentRow.starts_at,))


def _pick_appointment(items: list[Appointment], today: date) -> Appointment | None:
    """The next planned appointment, else the newest one."""
    planned = [a for a in items if a.status == AppointmentStatus.PLANNED
               and a.starts_at.astimezone(BERLIN).date() >= today]
    if planned:
        return planned[0]
    return items[-1] if items else None


def default_appointment_id(vault: Vault, client_id: str, today: date | None = None) -> str | None:
    """The appointment a letter is printed for by default: the next planned, else the newest."""
    chosen = _pick_appointment(_appointments_of(vault, client_id), today or date.today())
    return chosen.id if chosen else None


def letterhead_missing(vault: Vault) -> bool:
    """True while no letterhead (organisation name) is set in the vault's settings."""
    return not settings.get_letterhead(vault).name.strip()


def gather(vault: Vault, *, client_id: str, appointment_id: str | None = None,
           referral_id: str | None = None, procedure: str | None = None,
           today: date | None = None) -> FormData:
    """Everything a form may print about the client, as domain objects."""
    today = today or date.today()
    client = get_client_quietly(vault, client_id)
    appts = _appointments_of(vault, client_id)
    refs = referrals.referrals_of(vault, client_id)
    case_list = cases.cases_of(vault, client_id)
    records = []
    for case in case_list:
        cf = cases.case_file(vault, case.id)
        records.append(CaseRecord(cf.case, cf.goals, cf.notes, cf.assessments, cf.factors,
                                  cf.phases))
    with vault.session() as s:
        agencies = {a.id: a for a in AGENCIES.where(s, AgencyRow.id.in_(
            [r.agency_id for r in refs] + [a.agency_id for a in appts if a.agency_id]
            + [c.recipient_agency_id for c in consents.consents_of(vault, client_id)
               if c.recipient_agency_id]))}
        counsellors = {c.id: c.display_name for c in COUNSELLORS.where(s)}
        events = REFERRAL_EVENTS.where(
            s, ReferralEventRow.referral_id.in_([r.id for r in refs]),
            order_by=(ReferralEventRow.at,))
    referral_records = [
        ReferralRecord(r, agencies.get(r.agency_id),
                       tuple(e for e in events if e.referral_id == r.id))
        for r in refs
    ]
    appointment = None
    if appointment_id:
        appointment = next((a for a in appts if a.id == appointment_id), None)
        if appointment is None:
            raise FormError("Dieser Termin gehört nicht zu der Klient*in.")
    else:
        appointment = _pick_appointment(appts, today)
    referral = None
    if referral_id:
        referral = next((r for r in referral_records if r.referral.id == referral_id), None)
        if referral is None:
            raise FormError("Diese Vermittlung gehört nicht zu der Klient*in.")
    elif referral_records:
        referral = referral_records[0]
    return FormData(
        deletion_date=planned_deletion(vault, case_list),
        client=client, today=today, letterhead=settings.get_letterhead(vault),
        counsellors=counsellors,
        statuses=tuple(residence.statuses(vault, client_id)),
        legal_areas=tuple(residence.legal_areas(vault, client_id)),
        consents=tuple(consents.consents_of(vault, client_id)),
        cases=tuple(records), appointments=tuple(appts), referrals=tuple(referral_records),
        agencies=agencies, retention_years=settings.retention_years(vault),
        appointment=appointment, referral=referral,
        relatives=tuple((r.relation, r.client) for r in household.relatives(vault, client_id)),
        procedure=procedure,
    )


def planned_deletion(vault: Vault, case_list: list[Case]) -> date | None:
    """When the client's data are due for deletion under the deletion concept, if known.

    Known once every case is closed and none is under legal hold: the last closing date
    plus the period of its closure reason (``services.retention``).
    """
    if not case_list or any(c.is_open or c.legal_hold for c in case_list):
        return None
    periods = retention.retention_periods(vault)
    default = settings.retention_years(vault)
    return max(retention.due_date(c.closed_on, periods.get(c.closure_reason, default)
                                  if c.closure_reason else default)
               for c in case_list if c.closed_on is not None)


def get_client_quietly(vault: Vault, client_id: str) -> Client:
    """The client without a 'view' audit event (printing is audited on its own)."""
    with vault.session() as s:
        found = CLIENTS.where(s, ClientRow.id == client_id)
    if not found:
        raise FormError("Diese Klient*in gibt es im Tresor nicht (mehr).")
    return found[0]


def render_form(vault: Vault, kind: str, *, client_id: str, lang: str | None = None,
                appointment_id: str | None = None, referral_id: str | None = None,
                procedure: str | None = None, today: date | None = None,
                localedir: Path | None = None) -> FormPdf:
    """Gather the client's data and render the form to PDF bytes (nothing is written)."""
    need = needs(kind)
    data = gather(vault, client_id=client_id, appointment_id=appointment_id,
                  referral_id=referral_id, procedure=procedure, today=today)
    if need == "appointment" and data.appointment is None:
        raise FormError("Für diese Klient*in ist kein Termin gespeichert.")
    if kind == "referral" and data.referral is None:
        raise FormError("Für diese Klient*in ist keine Vermittlung gespeichert.")
    language = lang or default_language(data.client)
    if language not in catalog.LANGUAGES:
        raise FormError(f"Unbekannte Formularsprache „{language}“ "
                        f"(bekannt: {', '.join(catalog.LANGUAGES)}).")
    return render_form_pdf(kind, data, language, localedir=localedir)


def record_output(vault: Vault, *, client_id: str, kind: str, exported: bool) -> None:
    """Audit one printed (``exported=False``) or saved form: ids only, never contents."""
    action = AuditAction.EXPORT if exported else AuditAction.PRINT
    with vault.session(write=True) as s:
        audit_repo.append(s, actor=vault.actor, action=action, entity=f"form_{kind}"[:32],
                          entity_id=client_id)


def export_form(vault: Vault, rendered: FormPdf, path: Path, *, client_id: str) -> None:
    """Write the PDF to ``path`` (atomically, where the user chose) and audit the export."""
    write_atomic(Path(path), rendered.pdf)
    record_output(vault, client_id=client_id, kind=rendered.kind, exported=True)


def translation_reviewed(lang: str) -> bool:
    """Whether a native speaker has reviewed the form texts of ``lang`` (German: True)."""
    return catalog.review_status(lang)


def review_note(lang: str) -> str:
    """' – Übersetzung geprüft' or ' – noch nicht von Muttersprachler*innen geprüft' ('' for de)."""
    if lang == catalog.SOURCE_LANGUAGE:
        return ""
    if catalog.review_status(lang):
        return " – Übersetzung geprüft"
    return " – noch nicht von Muttersprachler*innen geprüft"


def appointment_choices(vault: Vault, client_id: str) -> list[Choice]:
    """The client's appointments, newest first, labelled 'Do 05.03.2026 14:30 – place'."""
    out = []
    for a in reversed(_appointments_of(vault, client_id)):
        local = a.starts_at.astimezone(BERLIN)
        weekday = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")[local.weekday()]
        out.append(Choice(a.id, f"{weekday} {local:%d.%m.%Y %H:%M} – {a.place or '—'}"[:120]))
    return out


def referral_choices(vault: Vault, client_id: str) -> list[Choice]:
    """The client's referrals, newest first, labelled 'dd.mm.yyyy – agency'."""
    refs = referrals.referrals_of(vault, client_id)
    with vault.session() as s:
        names = {a.id: a.name for a in AGENCIES.where(
            s, AgencyRow.id.in_([r.agency_id for r in refs]))}
    return [Choice(r.id, f"{r.created_at.astimezone(BERLIN):%d.%m.%Y} – "
                         f"{names.get(r.agency_id, '—')}"[:120]) for r in refs]


def suggested_filename(kind: str, lang: str, client: Client, today: date | None = None) -> str:
    """A file name without personal names: 'Einwilligung_KIM-2024-00012_ar_2026-11-21.pdf'."""
    day = (today or date.today()).isoformat()
    number = "".join(ch for ch in client.file_number if ch.isalnum() or ch in "-_") or "Klient"
    return f"{_FILE_WORDS.get(kind, kind)}_{number}_{lang}_{day}.pdf"


_FILE_WORDS = {
    "consent": "Einwilligung", "release": "Schweigepflichtentbindung",
    "appointment": "Terminschreiben", "referral": "Vermittlung",
    "goals": "Integrationsvereinbarung", "checklist": "Checkliste", "access": "Auskunft_Art15",
}


def gallery_client(vault: Vault) -> Client:
    """A client showing every form well: appointment, referral, goals, original-script name."""
    with vault.session() as s:
        with_appts = set(s.scalars(select(AppointmentRow.client_id).distinct()))
        with_refs = set(s.scalars(select(ReferralRow.client_id).distinct()))
        pool = (with_appts & with_refs) or with_appts or with_refs
        ids = sorted(i for i in pool if i)[:200] or list(
            s.scalars(select(ClientRow.id).order_by(ClientRow.id).limit(200)))
        candidates = CLIENTS.where(s, ClientRow.id.in_(ids))
    if not candidates:
        raise FormError("Der Tresor enthält keine Klient*innen.")

    with vault.session() as s:
        with_goals = set(s.scalars(select(CaseRow.client_id).join(
            GoalRow, GoalRow.case_id == CaseRow.id).where(CaseRow.client_id.in_(ids))))
        chancen = set(s.scalars(select(ResidenceStatusRow.client_id).where(
            ResidenceStatusRow.client_id.in_(ids),
            ResidenceStatusRow.title == ResidenceTitle.CHANCEN_104C.value)))

    def score(client: Client) -> tuple[int, str]:
        return (4 * (client.id in with_appts) + 4 * (client.id in with_refs)
                + 2 * (client.id in with_goals) + bool(client.original_name)
                + (client.id in chancen), client.id)

    return max(candidates, key=score)
