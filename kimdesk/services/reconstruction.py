"""Anonymised case histories for the "Fallrekonstruktion" workshops of the coordination.

What goes in – only closed vocabularies, never text somebody typed:
phases (and reopening), closure with its reason, legal areas, residence titles (the title,
no office, basis or note), referrals with the KIND of agency (never its name) and their
status changes, assessments (life area + need level), goals (life area + status, never
the title), appointments (kind + status), §104c conditions met, and promoting/hindering
factors as tags with their German catalogue label.

What stays out: names (also in original script), birth date, address, shelter, phone,
e-mail, file number, ids, counsellors, agency names, notes and every other free text
(a factor's own text may name people, so only its tag is used; a tag that is not in the
catalogue is dropped when it contains any name or contact detail of the client, their
relatives or the counsellors).

Dates become days relative to the first contact (day 0: the opening of the client's
first case), so the calendar cannot be matched against other records. The person is
described by a 10-year age band at first contact (70 and older pooled) and the
nationality; gender, languages and places are left out because together with a
timeline they single people out in a district team. The identifier is a pseudonym
derived from the vault and the client (the same client gives the same code again; it
cannot be traced back without the vault).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from sqlalchemy import or_, select

from kimdesk.data.repositories.records import (
    AGENCIES,
    APPOINTMENTS,
    ASSESSMENTS,
    CASES,
    CLIENTS,
    COUNSELLORS,
    FACTORS,
    GOALS,
    HOUSEHOLD,
    LEGAL_AREAS,
    PHASES,
    REFERRAL_EVENTS,
    REFERRALS,
    RESIDENCE,
)
from kimdesk.data.schema import (
    AgencyRow,
    AppointmentRow,
    AssessmentRow,
    CaseRow,
    ChancenConditionRow,
    ClientRow,
    FactorRow,
    GoalRow,
    HouseholdLinkRow,
    LegalAreaPeriodRow,
    PhaseChangeRow,
    ReferralEventRow,
    ReferralRow,
    ResidenceStatusRow,
)
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AgencyKind, ClosureReason, Phase
from kimdesk.domain.labels import label
from kimdesk.domain.models import Case, Client, PhaseChange
from kimdesk.services.chancen import CONDITION_LABELS, Condition
from kimdesk.services.export_files import suffix_of, write_export
from kimdesk.services.factor_labels import factor_label, is_known

BERLIN = ZoneInfo("Europe/Berlin")
DROPPED_TAG = "(frei formulierter Faktor, nicht ausgegeben)"
TOP_AGE = 70
NOTE = ("Anonymisiert: keine Namen, Geburtsdaten, Anschriften, Kontaktdaten, Aktenzeichen, "
        "Stellennamen oder Freitexte. Tage relativ zum Erstkontakt (Tag 0 = Eröffnung des "
        "ersten Falls); Alter als 10-Jahres-Gruppe beim Erstkontakt.")


class ReconstructionError(ValueError):
    """No reconstruction possible (unknown client, no case); German sentence."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event: day relative to first contact, area ('Phase', 'Rechtskreis', ...), text."""

    day: int
    area: str
    text: str
    short: str = ""  # the bare value for the timeline chart ('SGB II', 'Duldung', ...)


@dataclass(frozen=True, slots=True)
class GoalEntry:
    case: int
    life_area: str
    status: str


@dataclass(frozen=True, slots=True)
class FactorEntry:
    case: int
    kind: str  # "förderlich" / "hemmend"
    label: str


@dataclass(frozen=True, slots=True)
class Reconstruction:
    """The anonymised history of one client's cases."""

    code: str
    created_on: date
    age_band: str
    nationalities: tuple[str, ...]
    cases: int
    timeline: tuple[TimelineEntry, ...]
    goals: tuple[GoalEntry, ...]
    factors: tuple[FactorEntry, ...]

    @property
    def last_day(self) -> int:
        """The day of the last event (0 when there is none)."""
        return max((e.day for e in self.timeline), default=0)


# -- helpers ---------------------------------------------------------------------------------

@cache
def _countries() -> dict[str, str]:
    return dict(Locale.parse("de").territories)


def country_de(code: str) -> str:
    """German name of an ISO 3166 code ('SY' -> 'Syrien'); the code when unknown."""
    return _countries().get(code.upper(), code.upper())


def age_band(birth: date | None, on: date) -> str:
    """'30–39 Jahre' at ``on``; '70 Jahre und älter'; 'unbekannt' without a birth date."""
    if birth is None or birth > on:
        return "unbekannt"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age >= TOP_AGE:
        return f"{TOP_AGE} Jahre und älter"
    low = age // 10 * 10
    return f"{low}–{low + 9} Jahre"


def pseudonym(vault_id: str, client_id: str) -> str:
    """A stable code for the client that reveals nothing without the vault ('R-3F9A2C')."""
    return "R-" + hashlib.sha256(f"{vault_id}:{client_id}".encode()).hexdigest()[:6].upper()


def _local(moment: datetime) -> date:
    return moment.astimezone(BERLIN).date()


def personal_tokens(people: Iterable[Client], extra: Iterable[str] = ()) -> set[str]:
    """Lower-case words (3+ characters) of names, contact data and file numbers."""
    tokens: set[str] = set()
    for p in people:
        for value in (p.family_name, p.given_names, p.family_name_original,
                      p.given_names_original, p.phone, p.email, p.street, p.city, p.shelter,
                      p.postal_code, p.file_number):
            tokens.update(w for w in value.casefold().replace(",", " ").split() if len(w) >= 3)
            if value.strip() and len(value.strip()) >= 3:
                tokens.add(value.strip().casefold())
    for value in extra:
        tokens.update(w for w in value.casefold().split() if len(w) >= 3)
    return tokens


def safe_factor_label(tag: str, tokens: set[str]) -> str:
    """The tag's catalogue label; a free tag only when it contains no personal word."""
    text = factor_label(tag)
    if is_known(tag):
        return text
    folded = f"{tag} {text}".casefold()
    return DROPPED_TAG if any(t in folded for t in tokens) else text


# -- building --------------------------------------------------------------------------------

def build(vault: Vault, client_id: str, *, today: date | None = None) -> Reconstruction:
    """The anonymised reconstruction of the client's cases (nothing is written)."""
    with vault.session() as s:
        found = CLIENTS.where(s, ClientRow.id == client_id)
        if not found:
            raise ReconstructionError("Diese Klient*in gibt es im Tresor nicht (mehr).")
        client = found[0]
        cases = CASES.where(s, CaseRow.client_id == client_id,
                            order_by=(CaseRow.opened_on, CaseRow.id))
        if not cases:
            raise ReconstructionError("Für diese Klient*in ist kein Fall angelegt; es gibt "
                                      "nichts zu rekonstruieren.")
        case_ids = [c.id for c in cases]
        phases = PHASES.where(s, PhaseChangeRow.case_id.in_(case_ids),
                              order_by=(PhaseChangeRow.changed_at, PhaseChangeRow.id))
        assessments = ASSESSMENTS.where(s, AssessmentRow.case_id.in_(case_ids))
        goals = GOALS.where(s, GoalRow.case_id.in_(case_ids), order_by=(GoalRow.id,))
        factors = FACTORS.where(s, FactorRow.case_id.in_(case_ids),
                                order_by=(FactorRow.kind, FactorRow.tag))
        areas = LEGAL_AREAS.where(s, LegalAreaPeriodRow.client_id == client_id)
        titles = RESIDENCE.where(s, ResidenceStatusRow.client_id == client_id)
        refs = REFERRALS.where(s, ReferralRow.client_id == client_id,
                               order_by=(ReferralRow.created_at,))
        events = REFERRAL_EVENTS.where(s, ReferralEventRow.referral_id.in_([r.id for r in refs]),
                                       order_by=(ReferralEventRow.at,))
        kinds = {a.id: a.kind for a in AGENCIES.where(
            s, AgencyRow.id.in_({r.agency_id for r in refs}))}
        appts = APPOINTMENTS.where(s, AppointmentRow.client_id == client_id)
        met = s.execute(select(ChancenConditionRow.condition, ChancenConditionRow.met_on).where(
            ChancenConditionRow.client_id == client_id, ChancenConditionRow.met.is_(True))).all()
        links = HOUSEHOLD.where(s, or_(HouseholdLinkRow.client_id == client_id,
                                       HouseholdLinkRow.relative_id == client_id))
        relative_ids = {lk.relative_id if lk.client_id == client_id else lk.client_id
                        for lk in links}
        relatives = CLIENTS.where(s, ClientRow.id.in_(relative_ids)) if relative_ids else []
        counsellors = [c.display_name for c in COUNSELLORS.where(s)]
    day0 = cases[0].opened_on
    number = {c.id: i for i, c in enumerate(cases, 1)}
    many = len(cases) > 1

    def rel(day: date) -> int:
        return (day - day0).days

    def fall(case_id: str | None) -> str:
        return f" (Fall {number[case_id]})" if many and case_id in number else ""

    timeline: list[TimelineEntry] = []
    for case in cases:
        timeline.append(TimelineEntry(rel(case.opened_on), "Fall",
                                      f"Fall {number[case.id]} eröffnet" if many
                                      else "Fall eröffnet (Erstkontakt)", label(Phase.ACCESS)))
    timeline += _phase_events(cases, phases, rel, fall)
    for p in sorted(areas, key=lambda x: (x.valid_from or date.min, x.id)):
        if p.valid_from is not None:
            timeline.append(TimelineEntry(rel(p.valid_from), "Rechtskreis",
                                          f"Rechtskreis: {label(p.legal_area)}",
                                          label(p.legal_area)))
    for t in sorted(titles, key=lambda x: (x.valid_from or date.min, x.id)):
        if t.valid_from is not None:
            timeline.append(TimelineEntry(rel(t.valid_from), "Aufenthalt",
                                          f"Aufenthaltstitel: {label(t.title)}",
                                          label(t.title).split(" (")[0]))
    for r in refs:
        kind = label(kinds.get(r.agency_id, AgencyKind.SONSTIGE))
        timeline.append(TimelineEntry(rel(_local(r.created_at)), "Vermittlung",
                                      f"Vermittlung an: {kind}{fall(r.case_id)}", kind))
        for e in events:
            if e.referral_id == r.id and e.from_status is not None:
                timeline.append(TimelineEntry(rel(_local(e.at)), "Vermittlung",
                                              f"Vermittlung an {kind}: {label(e.to_status)}",
                                              label(e.to_status)))
    for a in assessments:
        if a.assessed_on is not None:
            timeline.append(TimelineEntry(
                rel(a.assessed_on), "Bestandsaufnahme",
                f"Bedarf {label(a.life_area)}: {label(a.need)}{fall(a.case_id)}"))
    for ap in appts:
        timeline.append(TimelineEntry(rel(_local(ap.starts_at)), "Termin",
                                      f"Termin: {label(ap.kind)} ({label(ap.status)})"))
    for condition, met_on in met:
        if met_on is not None and condition in Condition.__members__.values():
            text = CONDITION_LABELS[Condition(condition)]
            timeline.append(TimelineEntry(rel(met_on), "§104c", f"Bedingung erfüllt: {text}"))
    timeline.sort(key=lambda e: (e.day, _AREA_ORDER.get(e.area, 99), e.text))

    tokens = personal_tokens([client, *relatives], counsellors)
    return Reconstruction(
        code=pseudonym(vault.vault_id, client_id),
        created_on=today or date.today(),
        age_band=age_band(client.birth_date, day0),
        nationalities=tuple(country_de(n) for n in client.nationalities),
        cases=len(cases),
        timeline=tuple(timeline),
        goals=tuple(GoalEntry(number[g.case_id], label(g.life_area) or "ohne Lebensbereich",
                              label(g.status)) for g in goals),
        factors=tuple(FactorEntry(number[f.case_id], label(f.kind),
                                  safe_factor_label(f.tag, tokens)) for f in factors),
    )


_AREA_ORDER = {"Fall": 0, "Phase": 1, "Rechtskreis": 2, "Aufenthalt": 3, "Bestandsaufnahme": 4,
               "Vermittlung": 5, "Termin": 6, "§104c": 7, "Abschluss": 8}


def _phase_events(cases: list[Case], phases: list[PhaseChange], rel: Callable[[date], int],
                  fall: Callable[[str | None], str]) -> list[TimelineEntry]:
    """Phase changes, reopenings and closures (closure day and reason from the case)."""
    out: list[TimelineEntry] = []
    for case in cases:
        history = [p for p in phases if p.case_id == case.id]
        closures = [p for p in history if p.phase == Phase.CLOSURE]
        final = closures[-1] if case.closed_on is not None and closures else None
        after_closure = False
        for p in history:
            day = rel(_local(p.changed_at))
            if p.phase == Phase.CLOSURE:
                after_closure = True
                if p is final:
                    continue  # reported below with the real closing date
                reason = _reason(p.note)
                out.append(TimelineEntry(day, "Abschluss", "Abschluss" + (
                    f": {label(reason)}" if reason else "") + fall(case.id), "Abschluss"))
                continue
            prefix = "Wiedereröffnet – " if after_closure else ""
            after_closure = False
            if p.phase == Phase.ACCESS and not prefix and p is history[0]:
                continue  # the opening itself is already on the timeline
            out.append(TimelineEntry(day, "Phase", f"{prefix}Phase: {label(p.phase)}"
                                                   f"{fall(case.id)}", label(p.phase)))
        if case.closed_on is not None:
            reason = case.closure_reason
            out.append(TimelineEntry(rel(case.closed_on), "Abschluss",
                                     "Abschluss" + (f": {label(reason)}" if reason else "")
                                     + fall(case.id), "Abschluss"))
    return out


def _reason(note: str) -> ClosureReason | None:
    try:
        return ClosureReason(note.strip())
    except ValueError:
        return None


# -- output ----------------------------------------------------------------------------------

def to_json(rec: Reconstruction) -> dict[str, object]:
    """The reconstruction as a JSON-able dict with German keys."""
    return {
        "art": "KIMdesk Fallrekonstruktion (anonymisiert)",
        "kennung": rec.code,
        "erstellt_am": rec.created_on.isoformat(),
        "hinweis": NOTE,
        "person": {"altersgruppe_bei_erstkontakt": rec.age_band,
                   "staatsangehoerigkeit": list(rec.nationalities)},
        "anzahl_faelle": rec.cases,
        "zeitleiste": [{"tag": e.day, "bereich": e.area, "ereignis": e.text}
                       for e in rec.timeline],
        "ziele": [{"fall": g.case, "lebensbereich": g.life_area, "status": g.status}
                  for g in rec.goals],
        "faktoren": [{"fall": f.case, "art": f.kind, "faktor": f.label} for f in rec.factors],
    }


def to_json_bytes(rec: Reconstruction) -> bytes:
    """Pretty UTF-8 JSON."""
    return (json.dumps(to_json(rec), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def day_text(day: int) -> str:
    """'Tag 143' (negative days: before the first contact)."""
    return f"Tag {day}" if day >= 0 else f"Tag −{-day}"


def suggested_filename(rec: Reconstruction, suffix: str) -> str:
    """'Fallrekonstruktion_R-3F9A2C.pdf' (no names, no dates)."""
    return f"Fallrekonstruktion_{rec.code}{suffix}"


def export(vault: Vault, client_id: str, path: Path, *,
           rec: Reconstruction | None = None) -> Reconstruction:
    """Write the reconstruction as JSON or PDF (by suffix), owner-only; audited by id."""
    suffix = suffix_of(Path(path), (".json", ".pdf"))
    rec = rec or build(vault, client_id)
    if suffix == ".json":
        data = to_json_bytes(rec)
    else:
        from kimdesk.services.reconstruction_pdf import render_pdf

        data = render_pdf(rec)
    write_export(vault, Path(path), data, entity="reconstruction", entity_id=client_id)
    return rec


__all__ = ["FactorEntry", "GoalEntry", "Reconstruction", "ReconstructionError", "TimelineEntry",
           "age_band", "build", "day_text", "export", "pseudonym", "to_json",
           "to_json_bytes"]
