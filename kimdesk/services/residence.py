"""Residence status history and legal-area history of a client."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

from kimdesk.data.repositories.records import LEGAL_AREAS, RESIDENCE
from kimdesk.data.schema import LegalAreaPeriodRow, ResidenceStatusRow
from kimdesk.data.vault import Vault
from kimdesk.domain.dates import add_months, period_end
from kimdesk.domain.enums import ResidenceTitle
from kimdesk.domain.models import LegalAreaPeriod, ResidenceStatus
from kimdesk.services.recording import add_record, delete_record, update_record
from kimdesk.services.validation import Checker
from kimdesk.text.sanitize import clean_line, clean_text

CHANCEN_MONTHS = 18
EXPIRY_WARNING_DAYS = 56  # counsellors need to see expiries weeks ahead (8 weeks)


@dataclass(frozen=True, slots=True)
class Handover:
    """A recorded change of legal area: the new period and the periods it closed (as before)."""

    new: LegalAreaPeriod
    closed: tuple[LegalAreaPeriod, ...]


def validate_status(status: ResidenceStatus, *, today: date | None = None) -> ResidenceStatus:
    """Cleaned status or ValidationError (valid-until after valid-from, no future issue)."""
    status = dataclasses.replace(
        status, legal_basis=clean_line(status.legal_basis),
        issuing_office=clean_line(status.issuing_office), note=clean_text(status.note),
    )
    c = Checker()
    if status.valid_from and status.valid_from > _far(today):
        c.fail("valid_from", "„Gültig ab“ liegt mehr als ein Jahr in der Zukunft.")
    c.order("valid_until", status.valid_from, status.valid_until, "„Gültig bis“")
    c.max_len("legal_basis", status.legal_basis, 100, "Die Rechtsgrundlage")
    c.max_len("issuing_office", status.issuing_office, 200, "Die ausstellende Behörde")
    if (status.title == ResidenceTitle.CHANCEN_104C and status.valid_from and status.valid_until
            and status.valid_until > period_end(status.valid_from, CHANCEN_MONTHS)):
        last = period_end(status.valid_from, CHANCEN_MONTHS)
        c.fail("valid_until", "Das Chancen-Aufenthaltsrecht gilt höchstens 18 Monate "
                              f"(längstens bis {last:%d.%m.%Y}).")
    c.raise_if_any()
    return status


def _far(today: date | None) -> date:
    # A title may be issued with a start date a little ahead; more than a year is a typo.
    return add_months(today or date.today(), 12)  # 29.02. + 1 year -> 28.02.


def add_status(vault: Vault, status: ResidenceStatus) -> ResidenceStatus:
    """Record a residence title for a client."""
    status = validate_status(status)
    return add_record(vault, RESIDENCE, status, entity="residence", subject=status.client_id)


def update_status(vault: Vault, status: ResidenceStatus) -> ResidenceStatus:
    """Change a recorded residence title."""
    status = validate_status(status)
    return update_record(vault, RESIDENCE, status, entity="residence", subject=status.client_id)


def delete_status(vault: Vault, status: ResidenceStatus) -> None:
    """Remove a recorded residence title (undo of an entry made by mistake)."""
    delete_record(vault, RESIDENCE, status.id, entity="residence")


def restore_status(vault: Vault, status: ResidenceStatus) -> ResidenceStatus:
    """Store a removed title again with its original id (redo)."""
    return add_record(vault, RESIDENCE, status, entity="residence", subject=status.client_id)


def days_left(until: date | None, today: date) -> int | None:
    """Days from ``today`` to the last valid day (negative once expired; None = unlimited)."""
    return None if until is None else (until - today).days


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


def validate_period(period: LegalAreaPeriod) -> LegalAreaPeriod:
    """Cleaned legal-area period or ValidationError (handover date required, order)."""
    period = dataclasses.replace(period, office=clean_line(period.office),
                                 note=clean_text(period.note))
    c = Checker()
    c.required("valid_from", "x" if period.valid_from else "", "Übergabedatum")
    c.max_len("office", period.office, 200, "Zuständige Stelle")
    c.order("valid_until", period.valid_from, period.valid_until, "Gültig bis")
    c.raise_if_any()
    return period


def hand_over(vault: Vault, period: LegalAreaPeriod) -> Handover:
    """Start a new legal-area period; open ones end the day before. Returns what changed."""
    period = validate_period(period)
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
    new = add_record(vault, LEGAL_AREAS, period, entity="legal_area", subject=period.client_id)
    return Handover(new, tuple(open_periods))


def change_legal_area(vault: Vault, period: LegalAreaPeriod) -> LegalAreaPeriod:
    """Start a new legal-area period; the open one ends the day before (handover)."""
    return hand_over(vault, period).new


def undo_handover(vault: Vault, handover: Handover) -> None:
    """Take back a recorded handover: remove the new period, reopen the closed ones."""
    delete_record(vault, LEGAL_AREAS, handover.new.id, entity="legal_area")
    for old in handover.closed:
        update_record(vault, LEGAL_AREAS, old, entity="legal_area", subject=old.client_id)


def redo_handover(vault: Vault, handover: Handover) -> None:
    """Record an undone handover again, with the same ids."""
    assert handover.new.valid_from is not None
    for old in handover.closed:
        end = max(old.valid_from or handover.new.valid_from,
                  handover.new.valid_from - timedelta(days=1))
        update_record(vault, LEGAL_AREAS, dataclasses.replace(old, valid_until=end),
                      entity="legal_area", subject=old.client_id)
    add_record(vault, LEGAL_AREAS, handover.new, entity="legal_area",
               subject=handover.new.client_id)


def responsible_now(history: list[LegalAreaPeriod], today: date) -> list[LegalAreaPeriod]:
    """The periods in force on ``today`` (the offices responsible now)."""
    return [p for p in history
            if (p.valid_from is None or p.valid_from <= today)
            and (p.valid_until is None or p.valid_until >= today)]


def legal_areas(vault: Vault, client_id: str) -> list[LegalAreaPeriod]:
    """The client's legal-area history, newest first."""
    with vault.session() as s:
        return LEGAL_AREAS.where(
            s, LegalAreaPeriodRow.client_id == client_id,
            order_by=(LegalAreaPeriodRow.valid_from.desc(),),
        )
