"""Plain domain objects: what services hand to the UI and take back.

They are frozen dataclasses with no database behaviour; the repositories in
``kimdesk.data`` convert ORM rows to these at the boundary, so no ORM object ever
reaches Qt. Every record has a stable string id (a time-ordered UUID) so that
offline transfer between devices can merge by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kimdesk.domain.enums import (
    AgencyKind,
    AppointmentKind,
    AppointmentStatus,
    AuditAction,
    ClosureReason,
    ConsentKind,
    ConsentPurpose,
    FactorKind,
    Gender,
    GoalOutcome,
    GoalStatus,
    LegalArea,
    LifeArea,
    NeedLevel,
    NoteType,
    Phase,
    PlaceKind,
    ReferralStatus,
    RelationKind,
    ResidenceTitle,
)


@dataclass(frozen=True, slots=True)
class Counsellor:
    id: str
    username: str
    display_name: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class Interpreter:
    """What a client needs to be understood: language, dialect, preferred gender."""

    needed: bool = False
    language: str = ""
    dialect: str = ""
    preferred_gender: Gender = Gender.UNKNOWN


@dataclass(frozen=True, slots=True)
class Client:
    id: str
    family_name: str
    given_names: str = ""
    family_name_original: str = ""
    given_names_original: str = ""
    birth_date: date | None = None
    birth_year_only: bool = False
    gender: Gender = Gender.UNKNOWN
    nationalities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    interpreter: Interpreter = field(default_factory=Interpreter)
    phone: str = ""
    email: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    shelter: str = ""
    file_number: str = ""
    counsellor_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        """'Family, Given' in Latin script, as lists show it."""
        if self.given_names:
            return f"{self.family_name}, {self.given_names}"
        return self.family_name

    @property
    def original_name(self) -> str:
        """The name in the original script, given names first."""
        return " ".join(p for p in (self.given_names_original, self.family_name_original) if p)


@dataclass(frozen=True, slots=True)
class HouseholdLink:
    id: str
    client_id: str
    relative_id: str
    relation: RelationKind
    same_household: bool = True


@dataclass(frozen=True, slots=True)
class ResidenceStatus:
    id: str
    client_id: str
    title: ResidenceTitle
    legal_basis: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    issuing_office: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class LegalAreaPeriod:
    id: str
    client_id: str
    legal_area: LegalArea
    office: str = ""
    agency_id: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Consent:
    id: str
    client_id: str
    kind: ConsentKind
    purpose: ConsentPurpose | None = None
    recipient_agency_id: str | None = None
    recipient_name: str = ""
    scope: str = ""
    granted_on: date | None = None
    expires_on: date | None = None
    withdrawn_on: date | None = None
    form_language: str = "de"

    def is_valid_on(self, day: date) -> bool:
        """True when granted by, not yet expired on, and not withdrawn by ``day``."""
        if self.granted_on is None or self.granted_on > day:
            return False
        if self.expires_on is not None and self.expires_on < day:
            return False
        return self.withdrawn_on is None or self.withdrawn_on > day


@dataclass(frozen=True, slots=True)
class PhaseChange:
    id: str
    case_id: str
    phase: Phase
    changed_at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Assessment:
    id: str
    case_id: str
    life_area: LifeArea
    need: NeedLevel
    notes: str = ""
    assessed_on: date | None = None


@dataclass(frozen=True, slots=True)
class GoalStep:
    id: str
    goal_id: str
    position: int
    text: str
    responsible: str = ""
    due_date: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    case_id: str
    title: str
    life_area: LifeArea | None = None
    responsible: str = ""
    due_date: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    outcome: GoalOutcome | None = None
    steps: tuple[GoalStep, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseNote:
    id: str
    case_id: str
    written_at: datetime
    note_type: NoteType
    text: str
    counsellor_id: str | None = None


@dataclass(frozen=True, slots=True)
class Factor:
    id: str
    case_id: str
    kind: FactorKind
    tag: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    client_id: str
    opened_on: date
    phase: Phase = Phase.ACCESS
    counsellor_id: str | None = None
    closed_on: date | None = None
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    legal_hold: bool = False

    @property
    def is_open(self) -> bool:
        """A case is open until it has a closing date."""
        return self.closed_on is None


@dataclass(frozen=True, slots=True)
class Agency:
    id: str
    name: str
    kind: AgencyKind
    legal_area: LegalArea | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    opening_hours: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Appointment:
    id: str
    starts_at: datetime
    duration_min: int
    kind: AppointmentKind
    client_id: str | None = None
    counsellor_id: str | None = None
    place_kind: PlaceKind = PlaceKind.OFFICE
    place: str = ""
    agency_id: str | None = None
    interpreter_language: str = ""
    interpreter_booked: bool = False
    interpreter_name: str = ""
    notes: str = ""
    status: AppointmentStatus = AppointmentStatus.PLANNED
    cancel_reason: str = ""


@dataclass(frozen=True, slots=True)
class ReferralEvent:
    id: str
    referral_id: str
    at: datetime
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    note: str = ""


@dataclass(frozen=True, slots=True)
class Referral:
    id: str
    client_id: str
    agency_id: str
    created_at: datetime
    status: ReferralStatus = ReferralStatus.DRAFT
    case_id: str | None = None
    goal_id: str | None = None
    reason: str = ""
    follow_up_on: date | None = None
    outcome: str = ""


@dataclass(frozen=True, slots=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: str
    action: AuditAction
    entity: str
    entity_id: str
    hash: str
