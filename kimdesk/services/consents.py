"""Consents per purpose and releases from confidentiality per recipient."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from kimdesk.data.repositories.records import AGENCIES, CONSENTS, REFERRALS
from kimdesk.data.schema import AgencyRow, ConsentRow, ReferralRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import ConsentKind, ConsentPurpose, ReferralStatus
from kimdesk.domain.labels import label
from kimdesk.domain.models import Consent, Referral
from kimdesk.services.recording import add_record, delete_record, update_record
from kimdesk.services.validation import Checker
from kimdesk.text.sanitize import clean_line, clean_text


def validate_consent(consent: Consent, *, today: date | None = None) -> Consent:
    """Cleaned consent or ValidationError."""
    consent = dataclasses.replace(consent, recipient_name=clean_line(consent.recipient_name),
                                  scope=clean_text(consent.scope))
    c = Checker()
    today = today or date.today()
    c.required("granted_on", "x" if consent.granted_on else "", "Erteilt am")
    c.not_future("granted_on", consent.granted_on, today, "„Erteilt am“")
    c.order("expires_on", consent.granted_on, consent.expires_on, "„Gültig bis“")
    c.order("withdrawn_on", consent.granted_on, consent.withdrawn_on, "„Widerrufen am“")
    c.not_future("withdrawn_on", consent.withdrawn_on, today, "„Widerrufen am“")
    c.max_len("recipient_name", consent.recipient_name, 200, "Der Empfänger")
    if consent.kind == ConsentKind.RELEASE and not (
        consent.recipient_agency_id or consent.recipient_name
    ):
        c.fail("recipient_name", "Eine Schweigepflichtentbindung braucht einen Empfänger.")
    if consent.kind == ConsentKind.PURPOSE and consent.purpose is None:
        c.fail("purpose", "Eine Einwilligung braucht einen Zweck.")
    c.raise_if_any()
    return consent


def add_consent(vault: Vault, consent: Consent) -> Consent:
    """Record a consent or release."""
    consent = validate_consent(consent)
    return add_record(vault, CONSENTS, consent, entity="consent", subject=consent.client_id)


def delete_consent(vault: Vault, consent: Consent) -> None:
    """Remove a consent recorded by mistake (undo of ``add_consent``)."""
    delete_record(vault, CONSENTS, consent.id, entity="consent")


def restore_consent(vault: Vault, consent: Consent) -> Consent:
    """Store a removed consent again with its original id (redo)."""
    return add_record(vault, CONSENTS, consent, entity="consent", subject=consent.client_id)


def withdraw_consent(vault: Vault, consent: Consent, on: date | None = None) -> Consent:
    """Mark a consent as withdrawn on ``on`` (today by default)."""
    withdrawn = validate_consent(dataclasses.replace(consent, withdrawn_on=on or date.today()))
    return update_record(vault, CONSENTS, withdrawn, entity="consent", subject=consent.client_id)


def consents_of(vault: Vault, client_id: str) -> list[Consent]:
    """All consents and releases of a client, newest first."""
    with vault.session() as s:
        return CONSENTS.where(s, ConsentRow.client_id == client_id,
                              order_by=(ConsentRow.granted_on.desc(),))


def valid_release(
    vault: Vault, client_id: str, agency_id: str, on: date | None = None
) -> Consent | None:
    """A release from confidentiality towards ``agency_id`` valid on ``on``, if any."""
    day = on or date.today()
    for consent in consents_of(vault, client_id):
        if (consent.kind == ConsentKind.RELEASE and consent.recipient_agency_id == agency_id
                and consent.is_valid_on(day)):
            return consent
    return None


# -- what is missing ------------------------------------------------------------------------

EXPIRY_NOTICE_DAYS = 28
_ACTIVE_REFERRALS = {ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                     ReferralStatus.IN_PROGRESS}


@dataclass(frozen=True, slots=True)
class ConsentGap:
    """Something missing or about to run out; ``severe`` gaps block passing on data."""

    message: str
    severe: bool = True
    purpose: ConsentPurpose | None = None
    agency_id: str | None = None
    referral_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConsentOverview:
    """Everything the consent tab shows, loaded at once."""

    consents: tuple[Consent, ...]
    gaps: tuple[ConsentGap, ...]
    agency_names: dict[str, str]


def state_of(consent: Consent, day: date) -> str:
    """'valid', 'withdrawn', 'expired' or 'pending' (granted in the future) on ``day``."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return "withdrawn"
    if consent.expires_on is not None and consent.expires_on < day:
        return "expired"
    if consent.granted_on is None or consent.granted_on > day:
        return "pending"
    return "valid"


def _release_for(items: list[Consent], agency_id: str, name: str, day: date) -> Consent | None:
    for c in items:
        if c.kind != ConsentKind.RELEASE or not c.is_valid_on(day):
            continue
        same_name = bool(name) and c.recipient_name.casefold() == name.casefold()
        if c.recipient_agency_id == agency_id or (not c.recipient_agency_id and same_name):
            return c
    return None


def find_gaps(items: list[Consent], referrals: list[Referral], agency_names: dict[str, str],
              day: date) -> list[ConsentGap]:
    """What is missing on ``day``: the case-management consent, releases for referrals."""
    gaps: list[ConsentGap] = []
    valid_purposes = {c.purpose for c in items
                      if c.kind == ConsentKind.PURPOSE and c.is_valid_on(day)}
    if ConsentPurpose.CASE_MANAGEMENT not in valid_purposes:
        gaps.append(ConsentGap(
            "Keine gültige Einwilligung in das Fallmanagement (Zweck „Fallmanagement / "
            "Beratung“): ohne sie dürfen keine Daten verarbeitet werden.",
            purpose=ConsentPurpose.CASE_MANAGEMENT))
    seen: set[str] = set()
    for ref in referrals:
        if ref.status not in _ACTIVE_REFERRALS or ref.agency_id in seen:
            continue
        name = agency_names.get(ref.agency_id, "")
        if _release_for(items, ref.agency_id, name, day) is None:
            seen.add(ref.agency_id)
            gaps.append(ConsentGap(
                f"Vermittlung an „{name or 'unbekannte Stelle'}“ ohne gültige "
                "Schweigepflichtentbindung für diese Stelle.",
                agency_id=ref.agency_id, referral_id=ref.id))
    for c in items:
        if state_of(c, day) != "valid" or c.expires_on is None:
            continue
        left = (c.expires_on - day).days
        if left <= EXPIRY_NOTICE_DAYS:
            recipient = c.recipient_name or agency_names.get(c.recipient_agency_id or "", "")
            what = (f"Schweigepflichtentbindung für „{recipient}“"
                    if c.kind == ConsentKind.RELEASE else f"Einwilligung „{label(c.purpose)}“")
            gaps.append(ConsentGap(f"{what} läuft am {c.expires_on:%d.%m.%Y} ab "
                                   f"(noch {left} Tage).", severe=False,
                                   purpose=c.purpose, agency_id=c.recipient_agency_id))
    return gaps


def overview(vault: Vault, client_id: str, *, today: date | None = None) -> ConsentOverview:
    """Consents and releases of a client with the gaps that matter now."""
    day = today or date.today()
    items = consents_of(vault, client_id)
    with vault.session() as s:
        refs = REFERRALS.where(s, ReferralRow.client_id == client_id)
        ids = {r.agency_id for r in refs} | {c.recipient_agency_id for c in items
                                             if c.recipient_agency_id}
        names = {a.id: a.name for a in AGENCIES.where(s, AgencyRow.id.in_(ids))} if ids else {}
    return ConsentOverview(tuple(items), tuple(find_gaps(items, refs, names, day)), names)
