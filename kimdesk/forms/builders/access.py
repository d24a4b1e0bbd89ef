"""Form 7: the Art. 15 GDPR access report — everything stored about the person.

Personal data, residence history and legal areas, consents and releases, cases with
goals, assessment, factors and notes, appointments, referrals and their recipients,
purposes, retention and origin of the data. Long notes are shortened with a visible
"gekürzt" marker (the full text stays in the vault and can be handed out on request).
"""

from __future__ import annotations

from babel import Locale
from reportlab.platypus import Flowable, Spacer

from kimdesk.domain.enums import ConsentKind, Gender
from kimdesk.domain.labels import label
from kimdesk.domain.models import Client
from kimdesk.forms.blocks import EMPTY, Cell, Composer
from kimdesk.forms.builders.common import (
    Parts,
    address_lines,
    birth,
    date_de,
    head,
    header_values,
    name_lines,
    org_values,
    sections,
)
from kimdesk.forms.builders.vocab import (
    appointment_status,
    consent_status,
    goal_status,
    legal_area,
    life_area,
    note_type,
    purpose_box,
    residence_title,
)
from kimdesk.forms.data import FormData
from kimdesk.forms.localize import BERLIN, BLANK, Bi, Localizer, Pair
from kimdesk.forms.safe_text import printable
from kimdesk.forms.texts import COMMON, FIELDS, FORM_TEXTS, LIFE_AREAS

FORM = FORM_TEXTS["access"]

# German labels not (yet) in kimdesk.forms.texts: printed with the "translation missing" mark
GENDER = "Geschlecht"
ORIGINAL_NAME = "Name in Originalschrift"
STORED_SINCE = "Gespeichert seit"
CASE = "Fall"
CASE_LINE = "eröffnet am {opened} · Phase: {phase}"
CASE_CLOSED = "abgeschlossen am {closed} ({reason})"
ASSESSMENT = "Bestandsaufnahme"
FACTORS = "Förderliche und hemmende Faktoren"
STEP_DONE = "erledigt"
DATA_RESIDENCE = "Aufenthaltsstatus"
DATA_LEGAL_AREA = "Rechtskreis und Leistungen"


def _countries(loc: Localizer, codes: tuple[str, ...]) -> list[Cell]:
    out: list[Cell] = []
    other = _territories(loc.lang)
    german = _territories("de")
    for code in codes:
        out.append(Bi(german.get(code, code), other.get(code, code)))
    return out or [EMPTY]


def _territories(lang: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(lang).territories)
    except (ValueError, LookupError):
        return {}


def _interpreter(comp: Composer, client: Client) -> list[Cell]:
    interp = client.interpreter
    cells: list[Cell] = [comp.t(COMMON["yes"] if interp.needed else COMMON["no"])]
    if interp.language:
        cells.append(comp.loc.language_name(interp.language))
    if interp.dialect:
        cells.append(interp.dialect)
    if interp.preferred_gender != Gender.UNKNOWN:
        cells.append(comp.t(label(interp.preferred_gender)))
    return cells


def personal_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Item/value rows of the personal data."""
    client, loc = data.client, comp.loc
    rows: list[list[Cell]] = [
        [comp.t(FIELDS["name"].label), name_lines(client)[0]],
    ]
    if printable(client.original_name):
        rows.append([comp.t(ORIGINAL_NAME), client.original_name])
    rows += [
        [comp.t(FIELDS["birth_date"].label), birth(comp, client)],
        [comp.t(GENDER), comp.t(label(client.gender))],
        [comp.t(FIELDS["nationality"].label), _countries(loc, client.nationalities)],
        [comp.t(FIELDS["language"].label),
         [loc.language_name(c) for c in client.languages] or [EMPTY]],
        [comp.t(FIELDS["interpreter"].label), _interpreter(comp, client)],
        [comp.t(FIELDS["address"].label), address_lines(client)],
        [comp.t(FIELDS["phone"].label), printable(client.phone) or EMPTY],
        [comp.t(FIELDS["email"].label), printable(client.email) or EMPTY],
        [comp.t(FIELDS["file_number"].label), printable(client.file_number) or EMPTY],
        [comp.t(FIELDS["counsellor"].label), printable(data.counsellor_name()) or EMPTY],
    ]
    if data.relatives:
        rows.append([comp.t(LIFE_AREAS["family"]),
                     [f"{label(rel)}: {printable(other.display_name)}"
                      for rel, other in data.relatives]])
    if client.created_at is not None:
        rows.append([comp.t(STORED_SINCE), date_de(client.created_at.astimezone(BERLIN).date())])
    return rows


def residence_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Residence titles, then legal areas, each with its validity."""
    rows: list[list[Cell]] = []
    for st in data.statuses:
        detail = " · ".join(printable(x) for x in (st.legal_basis, st.issuing_office, st.note)
                            if x and x.strip())
        rows.append([comp.t(residence_title(st.title)), detail or EMPTY,
                     date_de(st.valid_from), date_de(st.valid_until)])
    for period in data.legal_areas:
        detail = " · ".join(printable(x) for x in (period.office, period.note) if x and x.strip())
        rows.append([comp.t(legal_area(period.legal_area)), detail or EMPTY,
                     date_de(period.valid_from), date_de(period.valid_until)])
    return rows


def _recipients(data: FormData) -> str:
    names = [printable(c.recipient_name) for c in data.consents
             if c.kind == ConsentKind.RELEASE and c.recipient_name.strip()]
    return "; ".join(dict.fromkeys(names)) or BLANK


def consent_rows(data: FormData, comp: Composer, kind: ConsentKind) -> list[list[Cell]]:
    """Consents per purpose, or releases per recipient, with dates and state."""
    rows: list[list[Cell]] = []
    for c in data.consents:
        if c.kind != kind:
            continue
        if kind == ConsentKind.PURPOSE:
            box = purpose_box(c.purpose)
            what: Cell = (comp.t(box.text, recipient=_recipients(data), messenger=BLANK)
                          if box else comp.t(label(c.purpose)))
        else:
            agency = data.agencies.get(c.recipient_agency_id or "")
            name = c.recipient_name or (agency.name if agency else "")
            what = [x for x in (printable(name), printable(c.scope)) if x] or [EMPTY]
        rows.append([what, date_de(c.granted_on), date_de(c.expires_on),
                     date_de(c.withdrawn_on), comp.t(consent_status(c, data.today))])
    return rows


def case_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Goals of every case: life area, goal with its steps, due date, state."""
    rows: list[list[Cell]] = []
    for record in data.cases:
        for goal in record.goals:
            steps = [f"{i}. {printable(s.text)}" + (f" ({STEP_DONE})" if s.done else "")
                     for i, s in enumerate(goal.steps, 1)]
            area: Cell = comp.t(life_area(goal.life_area)) if goal.life_area else EMPTY
            rows.append([area, [goal.title, *steps], date_de(goal.due_date),
                         comp.t(goal_status(goal.status))])
    return rows


def case_summary(data: FormData, comp: Composer) -> list[Flowable]:
    """Per case: opened, phase, closure, assessment and factors."""
    items: list[tuple[Pair, list[Cell]]] = []
    for record in data.cases:
        case = record.case
        line = comp.t(CASE_LINE, opened=date_de(case.opened_on), phase=label(case.phase))
        cells: list[Cell] = [line]
        if case.closed_on is not None:
            cells.append(comp.t(CASE_CLOSED, closed=date_de(case.closed_on),
                                reason=label(case.closure_reason) or EMPTY))
        if record.assessments:
            cells.append(comp.t(ASSESSMENT))
            cells += [f"{label(a.life_area)}: {label(a.need)}" + (
                f" – {a.notes}" if a.notes.strip() else "") for a in record.assessments]
        if record.factors:
            cells.append(comp.t(FACTORS))
            cells += [f"{label(f.kind)}: {f.tag}" + (f" – {f.text}" if f.text.strip() else "")
                      for f in record.factors]
        items.append((comp.t(CASE), cells))
    if not items:
        return []
    return [comp.fields(items), Spacer(1, 4)]  # type: ignore[arg-type]


def note_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Every case note, newest first, long ones shortened with a visible marker."""
    rows: list[list[Cell]] = []
    notes = sorted((n for r in data.cases for n in r.notes), key=lambda n: n.written_at,
                   reverse=True)
    for note in notes:
        author = data.counsellor_name(note.counsellor_id) if note.counsellor_id else ""
        rows.append([date_de(note.written_at.astimezone(BERLIN).date()),
                     printable(author) or EMPTY,
                     [comp.t(note_type(note.note_type)), note.text]])
    return rows


def appointment_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Every appointment with date, time, place, counsellor and state."""
    rows: list[list[Cell]] = []
    for a in data.appointments:
        start = a.starts_at.astimezone(BERLIN)
        rows.append([date_de(start.date()), comp.loc.time_range(a.starts_at, a.duration_min).de,
                     printable(a.place) or EMPTY,
                     printable(data.counsellor_name(a.counsellor_id)) or EMPTY,
                     comp.t(appointment_status(a.status))])
    return rows


def referral_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Referrals: when, to whom, which data (the release's scope), why and its state."""
    rows: list[list[Cell]] = []
    for record in data.referrals:
        ref = record.referral
        agency = record.agency
        scope = next((c.scope for c in data.consents
                      if c.kind == ConsentKind.RELEASE and agency
                      and c.recipient_agency_id == agency.id and c.scope.strip()), "")
        rows.append([date_de(ref.created_at.astimezone(BERLIN).date()),
                     printable(agency.name) if agency else EMPTY,
                     printable(scope) or EMPTY,
                     [ref.reason or EMPTY, comp.t(label(ref.status))]])
    return rows


def origin_rows(data: FormData, comp: Composer) -> list[list[Cell]]:
    """Offices that data came from: residence titles and legal-area periods."""
    rows: list[list[Cell]] = []
    for st in data.statuses:
        if st.issuing_office.strip():
            rows.append([date_de(st.valid_from), printable(st.issuing_office),
                         comp.t(DATA_RESIDENCE)])
    for period in data.legal_areas:
        if period.office.strip():
            rows.append([date_de(period.valid_from), printable(period.office),
                         comp.t(DATA_LEGAL_AREA)])
    return rows


def purposes(data: FormData, comp: Composer) -> list[Flowable]:
    """The purposes the client has consented to (valid today)."""
    pairs: list[Pair] = []
    for c in data.consents:
        box = purpose_box(c.purpose) if c.kind == ConsentKind.PURPOSE else None
        if box is not None and c.is_valid_on(data.today):
            pairs.append(comp.t(box.text, recipient=_recipients(data), messenger=BLANK))
    if not pairs:
        pairs.append(comp.t(COMMON["no_entries"]))
    return [comp.pairs(list(dict.fromkeys(pairs)))]


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The access report with everything stored about the client."""
    values = org_values(data, comp)
    parts = Parts()
    parts.tables = {
        "personal": (personal_rows(data, comp), [32, 68]),
        "residence": (residence_rows(data, comp), [34, 36, 15, 15]),
        "consents": (consent_rows(data, comp, ConsentKind.PURPOSE), [40, 14, 14, 14, 18]),
        "releases": (consent_rows(data, comp, ConsentKind.RELEASE), [40, 14, 14, 14, 18]),
        "case": (case_rows(data, comp), [18, 52, 13, 17]),
        "notes": (note_rows(data, comp), [13, 17, 70]),
        "appointments": (appointment_rows(data, comp), [14, 16, 38, 17, 15]),
        "referrals": (referral_rows(data, comp), [13, 27, 25, 35]),
        "origin": (origin_rows(data, comp), [15, 50, 35]),
    }
    parts.before["case"] = case_summary(data, comp)
    parts.after["purposes"] = purposes(data, comp)
    deletion = data.deletion_date
    if deletion is not None:
        parts.conditions.add("deletion_date")
        values["deletion_date"] = comp.loc.date(deletion)
    story = head(FORM, data, comp, header_values(data, comp))
    story += comp.section(None, FORM.intro, **values)
    story += sections(comp, FORM.sections, parts, values)
    return story
