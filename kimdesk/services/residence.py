"""Residence status history and legal-area history of a client."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from kimdesk.data.repositories.records import LEGAL_AREAS, RESIDENCE
from kimdesk.data.schema import LegalAreaPeriodRow, ResidenceStatusRow
from kimdesk.data.vault import Vault
from kimdesk.domain.dates import period_end
from kimdesk.domain.enums import ResidenceTitle
from kimdesk.domain.models import LegalAreaPeriod, ResidenceStatus
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.validation import Checker
from kimdesk.text.sanitize import clean_line

CHANCEN_MONTHS = 18


def validate_status(status: ResidenceStatus, *, today: date | None = None) -> ResidenceStatus:
    """Cleaned status or ValidationError (valid-until after valid-from, no future issue)."""
    status = dataclasses.replace(
        status, legal_basis=clean_line(status.legal_basis),
        issuing_office=clean_line(status.issuing_office),
    )
    c = Checker()
    if status.valid_from and status.valid_from > _far(today):
        c.fail("valid_from", "„Gültig ab“ liegt mehr als ein Jahr in der Zukunft.")
    c.order("valid_until", status.valid_from, status.valid_until, "Gültig bis")
    c.raise_if_any()
    return status


def _far(today: date | None) -> date:
    # A title may be issued with a start date a little ahead; more than a year is a typo.
    base = today or date.today()
    return base.replace(year=base.year + 1)


def add_status(vault: Vault, status: ResidenceStatus) -> ResidenceStatus:
    """Record a residence title for a client."""
    status = validate_status(status)
    return add_record(vault, RESIDENCE, status, entity="residence", subject=status.client_id)


def update_status(vault: Vault, status: ResidenceStatus) -> ResidenceStatus:
    """Change a recorded residence title."""
    status = validate_status(status)
    return update_record(vault, RESIDENCE, status, entity="residence", subject=status.client_id)


def statuses(vault: Vault, client_id: str) -> list[ResidenceStatus]:
    """The client's residence titles, newest first."""
    with vault.session() as s:
        return RESIDENCE.where(
            s, ResidenceStatusRow.client_id == client_id,
            order_by=(ResidenceStatusRow.valid_from.desc(),),
        )


def current_status(history: list[ResidenceStatus], today: date) -> ResidenceStatus | None:
    """The title in force on ``today`` (or the latest one, when none is)."""
    started = [s for s in history if s.valid_from is None or s.valid_from <= today]
    if not started:
        return history[0] if history else None
    return max(started, key=lambda s: s.valid_from or date.min)


def chancen_end(status: ResidenceStatus) -> date | None:
    """The last day of a §104c Chancen-Aufenthaltsrecht: at most 18 months from its start."""
    if status.title != ResidenceTitle.CHANCEN_104C:
        return None
    if status.valid_from is None:
        return status.valid_until
    limit = period_end(status.valid_from, CHANCEN_MONTHS)
    return min(limit, status.valid_until) if status.valid_until else limit


def change_legal_area(vault: Vault, period: LegalAreaPeriod) -> LegalAreaPeriod:
    """Start a new legal-area period; the open one ends the day before (handover)."""
    c = Checker()
    c.required("valid_from", "x" if period.valid_from else "", "Übergabedatum")
    c.order("valid_until", period.valid_from, period.valid_until, "Gültig bis")
    c.raise_if_any()
    assert period.valid_from is not None
    with vault.session() as s:
        open_periods = LEGAL_AREAS.where(
            s, LegalAreaPeriodRow.client_id == period.client_id,
            LegalAreaPeriodRow.valid_until.is_(None),
        )
    for old in open_periods:
        end = max(old.valid_from or period.valid_from, period.valid_from - timedelta(days=1))
        update_record(vault, LEGAL_AREAS, dataclasses.replace(old, valid_until=end),
                      entity="legal_area", subject=period.client_id)
    return add_record(vault, LEGAL_AREAS, period, entity="legal_area", subject=period.client_id)


def legal_areas(vault: Vault, client_id: str) -> list[LegalAreaPeriod]:
    """The client's legal-area history, newest first."""
    with vault.session() as s:
        return LEGAL_AREAS.where(
            s, LegalAreaPeriodRow.client_id == client_id,
            order_by=(LegalAreaPeriodRow.valid_from.desc(),),
        )
