"""Generate a realistic, entirely fictional demo vault from ``kimdesk.demo.corpus``.

Deterministic for a given seed. Clients are written in batches with bulk inserts
(one transaction per batch), so 100,000 clients take a few minutes, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories import records as r
from kimdesk.data.repositories.base import bulk_add
from kimdesk.data.vault import Vault
from kimdesk.demo import corpus as c
from kimdesk.domain import enums as e
from kimdesk.domain import models as m
from kimdesk.domain.dates import add_months
from kimdesk.domain.ids import new_id

BERLIN = ZoneInfo("Europe/Berlin")
BATCH = 1000

AGENCY_KIND = {
    "auslaenderbehoerde": e.AgencyKind.AUSLAENDERBEHOERDE,
    "einbuergerungsbehoerde": e.AgencyKind.EINBUERGERUNG,
    "jobcenter": e.AgencyKind.JOBCENTER,
    "agentur_fuer_arbeit": e.AgencyKind.ARBEITSAGENTUR,
    "sozialamt": e.AgencyKind.SOZIALAMT,
    "jugendamt": e.AgencyKind.JUGENDAMT,
    "integrationskurstraeger": e.AgencyKind.INTEGRATIONSKURS,
    "migrationsberatung": e.AgencyKind.MIGRATIONSBERATUNG,
    "gesundheitsamt": e.AgencyKind.GESUNDHEIT,
    "psychosozial": e.AgencyKind.GESUNDHEIT,
    "wohnungsamt": e.AgencyKind.WOHNEN,
    "rechtsberatung": e.AgencyKind.RECHTSBERATUNG,
}
LEGAL_AREA = {
    "AufenthG": e.LegalArea.AUFENTHG, "AsylG": e.LegalArea.ASYLG, "AsylbLG": e.LegalArea.ASYLBLG,
    "SGB II": e.LegalArea.SGB_II, "SGB III": e.LegalArea.SGB_III,
    "SGB VIII": e.LegalArea.SGB_VIII, "SGB XII": e.LegalArea.SGB_XII, "StAG": e.LegalArea.STAG,
}
PHASE = {"access": e.Phase.ACCESS, "assessment": e.Phase.ASSESSMENT,
         "planning": e.Phase.PLANNING, "steering": e.Phase.SERVICE_STEERING,
         "monitoring": e.Phase.MONITORING, "closure": e.Phase.CLOSURE}
CLOSURE = {
    "ziele_erreicht": e.ClosureReason.GOALS_ACHIEVED,
    "uebergabe_regeldienst": e.ClosureReason.HANDED_OVER,
    "kein_bedarf": e.ClosureReason.GOALS_ACHIEVED, "einbuergerung": e.ClosureReason.NATURALISED,
    "umzug": e.ClosureReason.MOVED_AWAY, "kontaktabbruch": e.ClosureReason.NO_CONTACT,
    "zustaendigkeitswechsel": e.ClosureReason.HANDED_OVER,
    "einwilligung_widerrufen": e.ClosureReason.CLIENT_WISH,
    "ausreise": e.ClosureReason.DEPARTED, "aufenthaltsbeendigung": e.ClosureReason.DEPARTED,
}
# the legal area that usually follows from a residence title (the Sozialamt pays under
# AsylbLG during the asylum procedure and for tolerated people; the Jobcenter after that)
TITLE_AREA = {
    "gestattung": "AsylbLG", "duldung": "AsylbLG", "chancen_104c": "SGB II",
    "ae_25a": "SGB II", "ae_25b": "SGB II", "ae_24": "SGB II", "ae_25_2": "SGB II",
    "ae_other": "SGB II", "niederlassung": "SGB II", "eu_freizuegigkeit": "SGB II",
    "eingebuergert": "StAG",
}
PHASE_ORDER = list(PHASE.values())
_R = e.ReferralStatus
REFERRAL_PATH = {
    _R.DRAFT: (_R.DRAFT,), _R.SENT: (_R.DRAFT, _R.SENT),
    _R.ACCEPTED: (_R.DRAFT, _R.SENT, _R.ACCEPTED),
    _R.IN_PROGRESS: (_R.DRAFT, _R.SENT, _R.ACCEPTED, _R.IN_PROGRESS),
    _R.COMPLETED: (_R.DRAFT, _R.SENT, _R.ACCEPTED, _R.IN_PROGRESS, _R.COMPLETED),
    _R.DECLINED: (_R.DRAFT, _R.SENT, _R.DECLINED), _R.WITHDRAWN: (_R.DRAFT, _R.WITHDRAWN),
}
FINAL_REFERRAL = {_R.COMPLETED, _R.DECLINED, _R.WITHDRAWN}


@dataclass
class _Batch:
    items: dict[str, list[object]] = field(default_factory=dict)

    def add(self, repo_name: str, obj: object) -> None:
        self.items.setdefault(repo_name, []).append(obj)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    clients: int
    agencies: int
    appointments: int
    referrals: int

    def __str__(self) -> str:
        return (f"{self.clients} Klient*innen, {self.agencies} Stellen, "
                f"{self.appointments} Termine, {self.referrals} Vermittlungen")


def _pick(rng: random.Random, weighted: tuple[c.Weighted, ...]) -> str:
    return rng.choices([w.code for w in weighted], [w.weight for w in weighted])[0]


def _spelling(rng: random.Random, form: c.NameForm) -> str:
    if form.variants and rng.random() < 0.3:
        return rng.choice(form.variants)
    return form.latin


def _fill(rng: random.Random, text: str, today: date, agency: str, language: str,
          shelter: str) -> str:
    values = {
        "date": (today - timedelta(days=rng.randint(1, 60))).strftime("%d.%m.%Y"),
        "time": f"{rng.randint(8, 15)}:{rng.choice(['00', '15', '30', '45'])}",
        "deadline": (today + timedelta(days=rng.randint(7, 120))).strftime("%d.%m.%Y"),
        "office": agency, "contact": "Frau Schneider", "language": language,
        "shelter": shelter, "town": rng.choice(c.TOWNS).name, "title": "Duldung",
        "level": rng.choice(["A1", "A2", "B1"]), "months": str(rng.randint(2, 9)),
    }
    return text.format(**values)


class DemoGenerator:
    """Builds one client with everything around them, into a batch."""

    def __init__(self, rng: random.Random, today: date, counsellors: list[str],
                 agencies: list[m.Agency]) -> None:
        self.rng = rng
        self.today = today
        self.counsellors = counsellors
        self.agencies = agencies
        self.by_kind: dict[e.AgencyKind, list[m.Agency]] = {}
        for a in agencies:
            self.by_kind.setdefault(a.kind, []).append(a)
        focus = [c.country(code) for code in c.FOCUS_COUNTRY_CODES]
        others = [p for p in c.COUNTRIES if p.code not in c.FOCUS_COUNTRY_CODES]
        self.countries = focus + others
        self.country_weights = [30, 22, 10, 18, 8, 6, 5, 3, 3] + [1] * len(others)
        self.file_numbers: dict[int, int] = {}

    def _agency(self, kind: e.AgencyKind) -> m.Agency:
        return self.rng.choice(self.by_kind.get(kind) or self.agencies)

    def client(self, batch: _Batch) -> None:
        """Add one client with residence, legal areas, consents and a case to ``batch``."""
        rng, today = self.rng, self.today
        country = rng.choices(self.countries, self.country_weights)[0]
        language = _pick(rng, country.languages)
        given_pool, family_pool = c.names_for_language(country.code, language)
        given = rng.choice(given_pool)
        same_gender = [g for g in given_pool if g.gender == given.gender and g is not given]
        second = rng.choice(same_gender) if same_gender and rng.random() < 0.15 else None
        family = rng.choice(family_pool).for_gender(given.gender)
        gender = e.Gender.FEMALE if given.gender == "f" else e.Gender.MALE
        age = rng.choices([rng.randint(0, 17), rng.randint(18, 35), rng.randint(36, 70)],
                          [20, 50, 30])[0]
        year_only = rng.random() < 0.2
        birth = date(today.year - age, 1, 1) if year_only else (
            date(today.year - age, 1, 1) + timedelta(days=rng.randint(0, 364)))
        arrival = rng.randint(*country.arrival_years)
        opened = min(today, date(max(arrival, today.year - 6), 1, 1)
                     + timedelta(days=rng.randint(0, 700)))
        year = opened.year
        self.file_numbers[year] = self.file_numbers.get(year, 0) + 1
        in_shelter = rng.random() < 0.35
        shelter = rng.choice(c.SHELTERS) if in_shelter else None
        town = rng.choice(c.TOWNS)
        client = m.Client(
            id=new_id(), family_name=_spelling(rng, family), given_names=" ".join(
                _spelling(rng, g.form) for g in (given, second) if g),
            family_name_original=family.original if country.script != "Latn" else family.original,
            given_names_original=" ".join(g.original for g in (given, second) if g),
            birth_date=birth if birth <= today else today, birth_year_only=year_only,
            gender=gender, nationalities=(country.code,),
            languages=tuple(dict.fromkeys((language, "de") if rng.random() < 0.4 else (language,))),
            interpreter=m.Interpreter(needed=rng.random() < 0.6, language=language,
                                      preferred_gender=gender if rng.random() < 0.3
                                      else e.Gender.UNKNOWN),
            phone=f"0221 4710-{rng.randint(0, 999):03d}",
            street="" if shelter else f"{rng.choice(c.STREETS)} {rng.randint(1, 120)}",
            postal_code=shelter.postal_code if shelter else town.postal_code,
            city=shelter.town if shelter else town.name,
            shelter=shelter.name if shelter else "",
            file_number=f"KIM-{year}-{self.file_numbers[year]:05d}",
            counsellor_id=rng.choices(self.counsellors, [60] + [40 // max(1, len(self.counsellors) - 1)]
                                      * (len(self.counsellors) - 1))[0],
            created_at=datetime.combine(opened, time(9), BERLIN).astimezone(UTC),
            updated_at=datetime.now(UTC),
        )
        batch.add("CLIENTS", client)
        title = _pick(rng, country.residence)
        self._residence(batch, client, title, opened)
        self._case(batch, client, title, opened, language, shelter.name if shelter else "")

    def _residence(self, batch: _Batch, client: m.Client, title: str, opened: date) -> None:
        rng, today = self.rng, self.today
        info = c.residence_title(title)
        if title == "chancen_104c":
            start = today - timedelta(days=rng.randint(30, 540))
            history = [("duldung", start - timedelta(days=rng.randint(400, 2000)), start - timedelta(days=1))]
            history.append((title, start, add_months(start, 18) - timedelta(days=1)))
        else:
            start = opened - timedelta(days=rng.randint(0, 200))
            months = info.typical_validity_months
            until = None
            if months:
                # renewals: the current title started recently enough to still be valid (or
                # expire soon), so the deadline list has realistic entries
                start = max(start, today - timedelta(days=months * 30 - rng.randint(-30, 120)))
                until = add_months(start, months) - timedelta(days=1)
            history = [(title, start, until)]
        office = self._agency(e.AgencyKind.AUSLAENDERBEHOERDE).name
        for code, valid_from, valid_until in history:
            meta = c.residence_title(code)
            batch.add("RESIDENCE", m.ResidenceStatus(
                new_id(), client.id, e.ResidenceTitle(code), meta.legal_basis, valid_from,
                valid_until, office))
        area = TITLE_AREA[title]
        first_area = "AsylbLG" if area == "SGB II" and rng.random() < 0.5 else area
        kinds = {"AsylbLG": e.AgencyKind.SOZIALAMT, "SGB II": e.AgencyKind.JOBCENTER,
                 "StAG": e.AgencyKind.EINBUERGERUNG}
        if first_area != area:
            handover = opened + timedelta(days=rng.randint(60, 500))
            handover = min(handover, today)
            batch.add("LEGAL_AREAS", m.LegalAreaPeriod(
                new_id(), client.id, LEGAL_AREA[first_area],
                self._agency(kinds[first_area]).name, valid_from=opened,
                valid_until=handover - timedelta(days=1)))
            batch.add("LEGAL_AREAS", m.LegalAreaPeriod(
                new_id(), client.id, LEGAL_AREA[area], self._agency(kinds[area]).name,
                valid_from=handover, note="Übergang nach Anerkennung"))
        else:
            batch.add("LEGAL_AREAS", m.LegalAreaPeriod(
                new_id(), client.id, LEGAL_AREA[area], self._agency(kinds[area]).name,
                valid_from=opened))

    def _case(self, batch: _Batch, client: m.Client, title: str, opened: date,
              language: str, shelter: str) -> None:
        rng, today = self.rng, self.today
        closed = rng.random() < 0.25
        reached = rng.randint(1, 5)
        phases = PHASE_ORDER[:reached] + ([e.Phase.CLOSURE] if closed else [])
        case_id = new_id()
        closure = rng.choices(c.CLOSURE_REASONS, [x.weight for x in c.CLOSURE_REASONS])[0]
        closed_on = min(today, opened + timedelta(days=rng.randint(120, 900))) if closed else None
        batch.add("CASES", m.Case(
            case_id, client.id, opened, phases[-1], client.counsellor_id, closed_on,
            CLOSURE[closure.code] if closed else None, closure.label if closed else ""))
        span = max(1, ((closed_on or today) - opened).days)
        for i, phase in enumerate(phases):
            at = opened + timedelta(days=span * i // max(1, len(phases)))
            batch.add("PHASES", m.PhaseChange(
                new_id(), case_id, phase, datetime.combine(at, time(10), BERLIN).astimezone(UTC)))
        consent_day = opened
        batch.add("CONSENTS", m.Consent(
            new_id(), client.id, e.ConsentKind.PURPOSE, e.ConsentPurpose.CASE_MANAGEMENT,
            granted_on=consent_day, expires_on=None, form_language=language))
        office = self._agency(e.AgencyKind.AUSLAENDERBEHOERDE)
        if rng.random() < 0.7:
            expires = consent_day + timedelta(days=rng.choice([365, 730]))
            batch.add("CONSENTS", m.Consent(
                new_id(), client.id, e.ConsentKind.RELEASE, recipient_agency_id=office.id,
                recipient_name=office.name, scope="Aufenthaltsrechtliche Angelegenheiten",
                granted_on=consent_day, expires_on=expires,
                withdrawn_on=today - timedelta(days=3) if rng.random() < 0.03 else None,
                form_language=language))
        if reached < 2:
            return
        for area in rng.sample(c.LIFE_AREAS, rng.randint(2, 5)):
            batch.add("ASSESSMENTS", m.Assessment(
                new_id(), case_id, e.LifeArea(area), rng.choice(list(e.NeedLevel)),
                "", opened + timedelta(days=14)))
        goals = [g for g in c.GOAL_TEMPLATES if not g.for_titles or title in g.for_titles]
        for template in rng.sample(goals, min(len(goals), rng.randint(1, 3))):
            goal_id = new_id()
            due = opened + timedelta(days=rng.randint(60, 540))
            status = (rng.choice([e.GoalStatus.ACHIEVED, e.GoalStatus.PARTLY_ACHIEVED])
                      if closed else rng.choice([e.GoalStatus.OPEN, e.GoalStatus.IN_PROGRESS]))
            batch.add("GOALS", m.Goal(goal_id, case_id, template.title, e.LifeArea(template.area),
                                      "Klient*in und Berater*in", due, status))
            for pos, step in enumerate(template.steps, 1):
                who = {"client": "Klient*in", "counsellor": "Berater*in", "office": "Amt"}[step.by]
                batch.add("GOAL_STEPS", m.GoalStep(new_id(), goal_id, pos, step.text, who, due,
                                                   status == e.GoalStatus.ACHIEVED))
            if rng.random() < 0.4:
                kind = rng.choice(list(self.by_kind))
                agency = self._agency(kind)
                status_r = rng.choice(list(e.ReferralStatus))
                created = min(datetime.combine(opened + timedelta(days=rng.randint(20, 200)),
                                               time(11), BERLIN).astimezone(UTC),
                              datetime.now(UTC) - timedelta(days=90))
                ref_id = new_id()
                finished = status_r in FINAL_REFERRAL
                batch.add("REFERRALS", m.Referral(
                    ref_id, client.id, agency.id, created, status_r, case_id, goal_id,
                    f"Unterstützung bei: {template.title}",
                    None if finished else today + timedelta(days=rng.randint(-20, 40)),
                    "Ergebnis an den Fall zurückgemeldet" if finished else ""))
                previous: e.ReferralStatus | None = None
                at = created
                for step in REFERRAL_PATH[status_r]:
                    batch.add("REFERRAL_EVENTS", m.ReferralEvent(new_id(), ref_id, at, previous,
                                                                 step))
                    previous = step
                    at = min(at + timedelta(days=rng.randint(2, 40)),
                             datetime.now(UTC) - timedelta(minutes=1))
        notes = [t for t in c.NOTE_TEMPLATES
                 if t.client_gender in (None, client.gender.value)
                 and (not t.for_titles or title in t.for_titles)]
        for template in rng.sample(notes, min(len(notes), rng.randint(1, 3))):
            written = opened + timedelta(days=rng.randint(0, span))
            note_office = (self._agency(AGENCY_KIND.get(template.office_kind, e.AgencyKind.SONSTIGE))
                           if template.office_kind else office)
            batch.add("NOTES", m.CaseNote(
                new_id(), case_id, datetime.combine(written, time(15), BERLIN).astimezone(UTC),
                rng.choice(list(e.NoteType)),
                _fill(rng, template.text, today, note_office.name,
                      c.LANGUAGE_NAMES_DE.get(language, language), shelter or "Musterstadt"),
                client.counsellor_id))
        for factor in rng.sample(c.FACTORS, rng.randint(0, 3)):
            kind = e.FactorKind.PROMOTING if factor.polarity == c.PROMOTING else e.FactorKind.HINDERING
            batch.add("FACTORS", m.Factor(new_id(), case_id, kind, factor.tag, factor.text))
        if not closed and rng.random() < 0.5:
            self._appointment(batch, client, language, shelter)

    def _appointment(self, batch: _Batch, client: m.Client, language: str, shelter: str) -> None:
        rng = self.rng
        day = self.today + timedelta(days=rng.randint(-30, 30))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        start = datetime.combine(day, time(rng.randint(8, 15), rng.choice([0, 30])), BERLIN)
        template = rng.choice(c.APPOINTMENT_TEMPLATES)
        kind = rng.choice(list(e.AppointmentKind))
        place_kind = {e.AppointmentKind.VISIT: e.PlaceKind.SHELTER,
                      e.AppointmentKind.PHONE: e.PlaceKind.PHONE,
                      e.AppointmentKind.ACCOMPANIMENT: e.PlaceKind.AGENCY}.get(kind, e.PlaceKind.OFFICE)
        agency = self._agency(AGENCY_KIND.get(template.agency_kind, e.AgencyKind.SONSTIGE))
        place = {e.PlaceKind.SHELTER: shelter or "ZUE Musterstadt, Am Hang 3",
                 e.PlaceKind.AGENCY: agency.name, e.PlaceKind.PHONE: "Telefon"}.get(
                     place_kind, "KIM-Büro, Kreishaus Musterstadt, Raum 2.14")
        past = start.date() < self.today
        status = (rng.choices([e.AppointmentStatus.DONE, e.AppointmentStatus.NO_SHOW,
                               e.AppointmentStatus.CANCELLED], [80, 12, 8])[0]
                  if past else e.AppointmentStatus.PLANNED)
        batch.add("APPOINTMENTS", m.Appointment(
            new_id(), start.astimezone(UTC), rng.choice([30, 45, 60, 90]), kind, client.id,
            client.counsellor_id, place_kind, place,
            agency.id if place_kind == e.PlaceKind.AGENCY else None,
            language if template.interpreter else "", template.interpreter and rng.random() < 0.7,
            "", f"{template.subject}. Mitbringen: {', '.join(template.bring)}", status,
            "Termin verlegt" if status == e.AppointmentStatus.CANCELLED else ""))


def _agencies() -> list[m.Agency]:
    return [
        m.Agency(new_id(), a.name, AGENCY_KIND.get(a.kind, e.AgencyKind.SONSTIGE),
                 LEGAL_AREA.get(a.legal_area or ""), a.street, a.postal_code, a.town, a.contact,
                 a.phone, a.email, a.opening_hours, a.languages)
        for a in c.AGENCIES
    ]


def generate(vault: Vault, *, clients: int = 1000, seed: int = 1,
             progress: Callable[[int, int], None] | None = None,
             today: date | None = None) -> DemoSummary:
    """Fill ``vault`` with ``clients`` fictional clients and everything around them."""
    rng = random.Random(seed)
    today = today or date.today()
    own = vault.counsellor_id()
    colleagues = [m.Counsellor(new_id(), f"demo{i}", f"{x.given} {x.family}")
                  for i, x in enumerate(c.COUNSELLORS)]
    agencies = _agencies()
    with vault.session(write=True) as s:
        bulk_add(s, r.COUNSELLORS, colleagues)
        bulk_add(s, r.AGENCIES, agencies)
    generator = DemoGenerator(rng, today, [own or colleagues[0].id] + [x.id for x in colleagues],
                              agencies)
    counts = {"APPOINTMENTS": 0, "REFERRALS": 0}
    done = 0
    while done < clients:
        batch = _Batch()
        size = min(BATCH, clients - done)
        for _ in range(size):
            generator.client(batch)
        with vault.session(write=True) as s:
            for name in ("CLIENTS", "CASES", "GOALS", "RESIDENCE", "LEGAL_AREAS", "CONSENTS",
                         "PHASES", "ASSESSMENTS", "GOAL_STEPS", "NOTES", "FACTORS",
                         "APPOINTMENTS", "REFERRALS", "REFERRAL_EVENTS"):
                bulk_add(s, getattr(r, name), batch.items.get(name, []))
            audit_repo.append(s, actor=vault.actor, action=e.AuditAction.IMPORT, entity="demo")
        for key in counts:
            counts[key] += len(batch.items.get(key, []))
        done += size
        if progress:
            progress(done, clients)
    return DemoSummary(clients, len(agencies), counts["APPOINTMENTS"], counts["REFERRALS"])
