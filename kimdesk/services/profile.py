"""What the head of a client profile shows, loaded in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kimdesk.data.vault import Vault
from kimdesk.domain.models import Case, Client, ResidenceStatus
from kimdesk.services import cases, chancen, clients, consents, residence


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """The client, the title in force with its days left, the §104c clock, the case, and
    the consent gaps that block work (no case-management consent, referral without release)."""

    client: Client
    current_status: ResidenceStatus | None
    status_days_left: int | None
    chancen_clock: chancen.ChancenClock | None
    case: Case | None
    consent_gaps: tuple[consents.ConsentGap, ...] = ()


def summary(vault: Vault, client_id: str, *, record_view: bool = False,
            today: date | None = None) -> ProfileSummary:
    """Header data of a profile; ``record_view`` audits the view (once, when it opens)."""
    day = today or date.today()
    client = clients.get_client(vault, client_id, record_view=record_view)
    current = residence.current_status(residence.statuses(vault, client_id), day)
    return ProfileSummary(
        client=client,
        current_status=current,
        status_days_left=residence.days_left(current.valid_until, day) if current else None,
        chancen_clock=chancen.clock(current, day) if current else None,
        case=cases.current_case(cases.cases_of(vault, client_id)),
        consent_gaps=tuple(g for g in consents.overview(vault, client_id, today=day).gaps
                           if g.severe),
    )
