"""The §104c Chancen-Aufenthaltsrecht: its 18-month clock and the §25a/§25b conditions.

Within the 18 months a person must meet the conditions of §25a (well-integrated young
people) or §25b (sustained integration) or falls back to Duldung. Which conditions a
client meets is case data about that person, so it is stored per client in its own
table (``chancen_conditions``, deleted with the client, audited like every write) –
not in the vault-wide settings.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kimdesk.data.repositories.base import Repository
from kimdesk.data.schema import ChancenConditionRow
from kimdesk.data.vault import Vault
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import ResidenceStatus
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.residence import CHANCEN_MONTHS, chancen_end
from kimdesk.text.sanitize import clean_text


class Condition(StrEnum):
    """A condition of §25a or §25b AufenthG (stored values never change)."""

    IDENTITY = "identity"
    LIVELIHOOD = "livelihood"
    LANGUAGE = "language"
    SCHOOL = "school"
    PRIOR_STAY = "prior_stay"
    NO_CONVICTIONS = "no_convictions"
    CONSTITUTION = "constitution"
    AGE_UNDER_27 = "age_under_27"


class Target(StrEnum):
    """The title the §104c time should lead to."""

    AE_25A = "25a"
    AE_25B = "25b"


CONDITION_LABELS: dict[Condition, str] = {
    Condition.IDENTITY: "Identität geklärt (Pass oder Passersatz)",
    Condition.LIVELIHOOD: "Lebensunterhalt überwiegend gesichert",
    Condition.LANGUAGE: "Deutschkenntnisse A2 (hinreichende mündliche Deutschkenntnisse)",
    Condition.SCHOOL: "Schulbesuch (in der Regel 3 Jahre erfolgreich) oder Schul-/Berufsabschluss",
    Condition.PRIOR_STAY:
        "Voraufenthalt erfüllt (§25a: 3 Jahre; §25b: 6 Jahre, mit Kind 4 Jahre)",
    Condition.NO_CONVICTIONS: "Straffreiheit (keine Verurteilung über der Bagatellgrenze)",
    Condition.CONSTITUTION: "Bekenntnis zur freiheitlich-demokratischen Grundordnung",
    Condition.AGE_UNDER_27: "Antrag vor dem 27. Geburtstag",
}

CONDITION_SHORT: dict[Condition, str] = {
    Condition.IDENTITY: "Identität/Pass",
    Condition.LIVELIHOOD: "Lebensunterhalt",
    Condition.LANGUAGE: "Deutsch A2",
    Condition.SCHOOL: "Schulbesuch/Abschluss",
    Condition.PRIOR_STAY: "Voraufenthalt",
    Condition.NO_CONVICTIONS: "Straffreiheit",
    Condition.CONSTITUTION: "Bekenntnis zur FDGO",
    Condition.AGE_UNDER_27: "Antrag vor 27",
}

REQUIRED: dict[Target, tuple[Condition, ...]] = {
    Target.AE_25A: (Condition.IDENTITY, Condition.SCHOOL, Condition.PRIOR_STAY,
                    Condition.AGE_UNDER_27, Condition.NO_CONVICTIONS, Condition.CONSTITUTION),
    Target.AE_25B: (Condition.IDENTITY, Condition.LIVELIHOOD, Condition.LANGUAGE,
                    Condition.PRIOR_STAY, Condition.NO_CONVICTIONS, Condition.CONSTITUTION),
}


@dataclass(frozen=True, slots=True)
class ConditionState:
    """Whether one client meets one condition, since when, and a short note."""

    id: str
    client_id: str
    condition: Condition
    met: bool = False
    met_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ChancenClock:
    """Where a §104c title stands: its last day, days left and share of time used."""

    start: date | None
    end: date
    days_left: int
    fraction_used: float

    @property
    def expired(self) -> bool:
        """True once the last day has passed."""
        return self.days_left < 0


CONDITIONS = Repository(ConditionState, ChancenConditionRow)


def clock(status: ResidenceStatus, today: date) -> ChancenClock | None:
    """The 18-month clock of a §104c title on ``today`` (None for other titles or no dates)."""
    end = chancen_end(status)
    if end is None:
        return None
    start = status.valid_from
    if start is None:
        return ChancenClock(None, end, (end - today).days, 0.0)
    total = max(1, (end - start).days + 1)
    used = min(max((today - start).days + 1, 0), total)
    return ChancenClock(start, end, (end - today).days, used / total)


def conditions_of(vault: Vault, client_id: str) -> dict[Condition, ConditionState]:
    """Every condition of the client; unrecorded ones come back as not met."""
    with vault.session() as s:
        stored = CONDITIONS.where(s, ChancenConditionRow.client_id == client_id)
    found = {c.condition: c for c in stored}
    return {cond: found.get(cond) or ConditionState("", client_id, cond) for cond in Condition}


def set_condition(vault: Vault, state: ConditionState) -> ConditionState:
    """Store whether the client meets a condition (creates or replaces the record)."""
    state = dataclasses.replace(state, note=clean_text(state.note)[:2000],
                                met_on=state.met_on if state.met else None)
    with vault.session() as s:
        existing = CONDITIONS.where(s, ChancenConditionRow.client_id == state.client_id,
                                    ChancenConditionRow.condition == state.condition.value)
    if existing:
        state = dataclasses.replace(state, id=existing[0].id)
        return update_record(vault, CONDITIONS, state, entity="chancen", subject=state.client_id)
    state = dataclasses.replace(state, id=state.id or new_id())
    return add_record(vault, CONDITIONS, state, entity="chancen", subject=state.client_id)


def open_conditions(states: dict[Condition, ConditionState], target: Target) -> list[Condition]:
    """The conditions for ``target`` that are not yet met, in legal order."""
    return [c for c in REQUIRED[target] if not (states.get(c) and states[c].met)]


__all__ = [
    "CHANCEN_MONTHS", "CONDITIONS", "CONDITION_LABELS", "CONDITION_SHORT", "REQUIRED",
    "ChancenClock", "Condition",
    "ConditionState", "Target", "clock", "conditions_of", "open_conditions", "set_condition",
]
