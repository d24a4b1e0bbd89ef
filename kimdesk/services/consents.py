"""Consents per purpose and releases from confidentiality per recipient."""

from __future__ import annotations

import dataclasses
from datetime import date

from kimdesk.data.repositories.records import CONSENTS
from kimdesk.data.schema import ConsentRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import ConsentKind
from kimdesk.domain.models import Consent
from kimdesk.services.recording import add_record, update_record
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
