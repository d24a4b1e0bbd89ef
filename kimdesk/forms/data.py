"""Everything a form may print about one client, as plain domain objects.

The service layer (:mod:`kimdesk.services.forms`) gathers it from the vault; the
builders only read it. No ORM row and no vault ever reaches a form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from kimdesk.domain.enums import RelationKind
from kimdesk.domain.letterhead import Letterhead
from kimdesk.domain.models import (
    Agency,
    Appointment,
    Assessment,
    Case,
    CaseNote,
    Client,
    Consent,
    Factor,
    Goal,
    LegalAreaPeriod,
    PhaseChange,
    Referral,
    ReferralEvent,
    ResidenceStatus,
)


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """One case with what was recorded in it."""

    case: Case
    goals: tuple[Goal, ...] = ()
    notes: tuple[CaseNote, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    factors: tuple[Factor, ...] = ()
    phases: tuple[PhaseChange, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferralRecord:
    """A referral with the agency it went to and its status history."""

    referral: Referral
    agency: Agency | None
    events: tuple[ReferralEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class FormData:
    """The client and everything around them; ``appointment``/``referral`` pick one item."""

    client: Client
    today: date
    letterhead: Letterhead = field(default_factory=Letterhead)
    counsellors: Mapping[str, str] = field(default_factory=dict)  # id -> display name
    statuses: tuple[ResidenceStatus, ...] = ()  # newest first
    legal_areas: tuple[LegalAreaPeriod, ...] = ()  # newest first
    consents: tuple[Consent, ...] = ()  # newest first
    cases: tuple[CaseRecord, ...] = ()  # newest first
    appointments: tuple[Appointment, ...] = ()  # oldest first
    referrals: tuple[ReferralRecord, ...] = ()  # newest first
    agencies: Mapping[str, Agency] = field(default_factory=dict)
    retention_years: int = 3
    deletion_date: date | None = None  # planned deletion (all cases closed, no legal hold)
    appointment: Appointment | None = None
    referral: ReferralRecord | None = None
    relatives: tuple[tuple[RelationKind, Client], ...] = ()  # relation seen from the client
    procedure: str | None = None  # checklist: "chancen_25b" or "generic" (None: from status)

    def counsellor_name(self, counsellor_id: str | None = None) -> str:
        """Display name of a counsellor (the client's own by default)."""
        key = counsellor_id if counsellor_id is not None else self.client.counsellor_id
        return self.counsellors.get(key or "", "")

    @property
    def current_case(self) -> CaseRecord | None:
        """The newest open case, else the newest case."""
        open_cases = [c for c in self.cases if c.case.is_open]
        chosen = open_cases or list(self.cases)
        return chosen[0] if chosen else None
