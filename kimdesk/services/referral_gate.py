"""The consent gate: nothing goes to an office without a valid release from confidentiality.

A referral may be sent or printed only while the client has a release
(Schweigepflichtentbindung, ``ConsentKind.RELEASE``) naming exactly that agency as
recipient, granted, unexpired and not withdrawn. When there is none, ``check_release``
says precisely what is missing so the counsellor can fix it there and then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kimdesk.data.repositories.records import AGENCIES
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import ConsentKind
from kimdesk.domain.models import Consent
from kimdesk.services import consents


class ReleaseState(StrEnum):
    VALID = "valid"
    MISSING = "missing"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NOT_YET = "not_yet"


def _de(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


@dataclass(frozen=True, slots=True)
class ReleaseCheck:
    """The outcome of the gate for one client and one recipient agency."""

    state: ReleaseState
    client_id: str
    agency_id: str
    agency_name: str
    day: date | None = None  # expired / withdrawn / granted-from date, as the state says
    consent: Consent | None = None

    @property
    def ok(self) -> bool:
        """True when a valid release exists."""
        return self.state == ReleaseState.VALID

    @property
    def message(self) -> str:
        """One German sentence saying what is there or what is missing."""
        who = f"„{self.agency_name}“"
        if self.state == ReleaseState.VALID:
            until = f" (gültig bis {_de(self.consent.expires_on)})" if (
                self.consent and self.consent.expires_on) else ""
            return f"Eine gültige Schweigepflichtentbindung für {who} liegt vor{until}."
        if self.state == ReleaseState.EXPIRED:
            return (f"Die Schweigepflichtentbindung für {who} ist abgelaufen "
                    f"(gültig bis {_de(self.day)}).")
        if self.state == ReleaseState.WITHDRAWN:
            return f"Die Schweigepflichtentbindung für {who} wurde am {_de(self.day)} widerrufen."
        if self.state == ReleaseState.NOT_YET:
            return f"Die Schweigepflichtentbindung für {who} gilt erst ab {_de(self.day)}."
        return f"Für {who} liegt keine Schweigepflichtentbindung vor."


class ConsentMissing(ValueError):
    """Raised when a referral would leave the office without a valid release."""

    def __init__(self, check: ReleaseCheck, action: str = "versendet") -> None:
        super().__init__(f"Die Vermittlung kann nicht {action} werden: {check.message}")
        self.check = check


def _why_not(releases: list[Consent],
             day: date) -> tuple[ReleaseState, date | None, Consent | None]:
    """The most recent reason why none of ``releases`` is valid on ``day``."""
    best: tuple[ReleaseState, date | None, Consent | None] = (ReleaseState.MISSING, None, None)
    best_day = date.min
    for c in releases:
        if c.withdrawn_on is not None and c.withdrawn_on <= day:
            state, when = ReleaseState.WITHDRAWN, c.withdrawn_on
        elif c.expires_on is not None and c.expires_on < day:
            state, when = ReleaseState.EXPIRED, c.expires_on
        elif c.granted_on is not None and c.granted_on > day:
            state, when = ReleaseState.NOT_YET, c.granted_on
        else:
            continue
        if when >= best_day:
            best, best_day = (state, when, c), when
    return best


def check_release(vault: Vault, client_id: str, agency_id: str,
                  on: date | None = None) -> ReleaseCheck:
    """Whether the client has a valid release towards ``agency_id`` on ``on`` (today)."""
    day = on or date.today()
    with vault.session() as s:
        agency_name = AGENCIES.get(s, agency_id).name
    valid = consents.valid_release(vault, client_id, agency_id, day)
    if valid is not None:
        return ReleaseCheck(ReleaseState.VALID, client_id, agency_id, agency_name, None, valid)
    releases = [c for c in consents.consents_of(vault, client_id)
                if c.kind == ConsentKind.RELEASE and c.recipient_agency_id == agency_id]
    state, when, consent = _why_not(releases, day)
    return ReleaseCheck(state, client_id, agency_id, agency_name, when, consent)


def require_release(vault: Vault, client_id: str, agency_id: str, *,
                    action: str = "versendet", on: date | None = None) -> Consent:
    """The valid release, or ConsentMissing naming what is missing."""
    check = check_release(vault, client_id, agency_id, on)
    if not check.ok or check.consent is None:
        raise ConsentMissing(check, action)
    return check.consent
