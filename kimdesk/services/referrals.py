"""Referrals to offices and services, with their status history."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kimdesk.data.repositories.records import REFERRAL_EVENTS, REFERRALS
from kimdesk.data.schema import ReferralEventRow, ReferralRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import ReferralStatus
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Referral, ReferralEvent
from kimdesk.services.recording import add_record
from kimdesk.text.sanitize import clean_text


def create_referral(vault: Vault, *, client_id: str, agency_id: str, reason: str,
                    case_id: str | None = None, goal_id: str | None = None,
                    follow_up_on: date | None = None) -> Referral:
    """A new referral in the draft state."""
    referral = Referral(new_id(), client_id, agency_id, datetime.now(UTC), ReferralStatus.DRAFT,
                        case_id, goal_id, clean_text(reason), follow_up_on)
    stored = add_record(vault, REFERRALS, referral, entity="referral", subject=client_id)
    add_record(vault, REFERRAL_EVENTS, ReferralEvent(new_id(), referral.id, referral.created_at,
                                                     None, ReferralStatus.DRAFT),
               entity="referral", subject=client_id)
    return stored


def referrals_of(vault: Vault, client_id: str) -> list[Referral]:
    """The client's referrals, newest first."""
    with vault.session() as s:
        return REFERRALS.where(s, ReferralRow.client_id == client_id,
                               order_by=(ReferralRow.created_at.desc(),))


def history(vault: Vault, referral_id: str) -> list[ReferralEvent]:
    """Status changes of one referral, oldest first."""
    with vault.session() as s:
        return REFERRAL_EVENTS.where(s, ReferralEventRow.referral_id == referral_id,
                                     order_by=(ReferralEventRow.at,))
