"""Read models for the Vermittlungen view and the referral editor (plain rows, one query)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select

from kimdesk.data.schema import AgencyRow, CaseRow, ClientRow, GoalRow, ReferralRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import GoalStatus, LegalArea, ReferralStatus
from kimdesk.services.referrals import FINAL_STATUSES, OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class ReferralListRow:
    """One line of the referral list: everything needed to paint it."""

    id: str
    client_id: str
    client_name: str
    file_number: str
    agency_id: str
    agency_name: str
    legal_area: LegalArea | None
    status: ReferralStatus
    created_at: datetime
    follow_up_on: date | None
    reason: str
    goal_id: str | None
    overdue: bool
    outcome: str = ""


@dataclass(frozen=True, slots=True)
class GoalChoice:
    """A goal a referral can serve, with its case."""

    id: str
    case_id: str
    title: str
    status: GoalStatus


@dataclass(frozen=True, slots=True)
class ClientChoice:
    """A client found by name or file number."""

    id: str
    name: str
    file_number: str
    languages: tuple[str, ...]


def unindexed(column: Any) -> Any:
    """``column || ''``: keeps SQLite from walking an index over most of a table.

    Under SQLCipher a scan in rowid order decrypts each page once; walking the status
    index over half the referrals fetches table pages at random (3x slower at 100,000
    clients). Selective filters (client, agency) still use their own indexes.
    """
    return column + ""


def _name(family: str, given: str) -> str:
    return f"{family}, {given}" if given else family


def referral_rows(vault: Vault, *, agency_id: str | None = None,
                  legal_area: LegalArea | None = None,
                  statuses: tuple[ReferralStatus, ...] = OPEN_STATUSES,
                  client_id: str | None = None, today: date | None = None,
                  limit: int | None = None) -> list[ReferralListRow]:
    """Referrals in ``statuses``: open ones with overdue follow-ups first, then by
    follow-up date; finished ones (no follow-up any more) by their last change, newest first."""
    today = today or date.today()
    stmt = (
        select(ReferralRow.id, ReferralRow.client_id, ClientRow.family_name, ClientRow.given_names,
               ClientRow.file_number, ReferralRow.agency_id, AgencyRow.name, AgencyRow.legal_area,
               ReferralRow.status, ReferralRow.created_at, ReferralRow.follow_up_on,
               ReferralRow.reason, ReferralRow.goal_id, ReferralRow.outcome)
        .join(ClientRow, ClientRow.id == ReferralRow.client_id)
        .join(AgencyRow, AgencyRow.id == ReferralRow.agency_id)
        .where(unindexed(ReferralRow.status).in_([s.value for s in statuses]))
    )
    if set(statuses) <= set(FINAL_STATUSES):
        stmt = stmt.order_by(ReferralRow.updated_at.desc())
    else:
        is_open = ReferralRow.status.in_([s.value for s in OPEN_STATUSES])
        overdue = is_open & (ReferralRow.follow_up_on < today)
        stmt = stmt.order_by(sql_case((overdue, 0), else_=1), ~is_open,
                             ReferralRow.follow_up_on.is_(None), ReferralRow.follow_up_on,
                             ReferralRow.created_at)
    if agency_id:
        stmt = stmt.where(ReferralRow.agency_id == agency_id)
    if legal_area is not None:
        stmt = stmt.where(AgencyRow.legal_area == legal_area.value)
    if client_id:
        stmt = stmt.where(ReferralRow.client_id == client_id)
    if limit:
        stmt = stmt.limit(limit)
    open_values = {s.value for s in OPEN_STATUSES}
    with vault.session() as s:
        return [
            ReferralListRow(r[0], r[1], _name(r[2], r[3]), r[4], r[5], r[6],
                            LegalArea(r[7]) if r[7] else None, ReferralStatus(r[8]), r[9], r[10],
                            r[11], r[12],
                            bool(r[10] and r[10] < today and r[8] in open_values), r[13] or "")
            for r in s.execute(stmt)
        ]


def status_counts(vault: Vault, *, agency_id: str | None = None,
                  legal_area: LegalArea | None = None,
                  today: date | None = None) -> tuple[dict[ReferralStatus, int], int]:
    """Referrals per status (with the same filters) and how many open ones are overdue."""
    today = today or date.today()
    status = unindexed(ReferralRow.status).label("st")
    is_open = ReferralRow.status.in_([s.value for s in OPEN_STATUSES])
    stmt = (select(status, func.count(),
                   func.sum(sql_case((is_open & (ReferralRow.follow_up_on < today), 1), else_=0)))
            .group_by(status))
    if agency_id:
        stmt = stmt.where(ReferralRow.agency_id == agency_id)
    if legal_area is not None:
        stmt = stmt.join(AgencyRow, AgencyRow.id == ReferralRow.agency_id).where(
            AgencyRow.legal_area == legal_area.value)
    with vault.session() as s:
        rows = s.execute(stmt).all()
    counts = {ReferralStatus(status): int(n) for status, n, _ in rows}
    return counts, sum(int(o or 0) for _, _, o in rows)


def goal_choices(vault: Vault, client_id: str) -> list[GoalChoice]:
    """Goals of the client's open cases that are not finished yet."""
    unfinished = [GoalStatus.OPEN.value, GoalStatus.IN_PROGRESS.value]
    stmt = (select(GoalRow.id, GoalRow.case_id, GoalRow.title, GoalRow.status)
            .join(CaseRow, CaseRow.id == GoalRow.case_id)
            .where(CaseRow.client_id == client_id, CaseRow.closed_on.is_(None),
                   GoalRow.status.in_(unfinished))
            .order_by(GoalRow.due_date))
    with vault.session() as s:
        return [GoalChoice(r[0], r[1], r[2], GoalStatus(r[3])) for r in s.execute(stmt)]


def goal_title(vault: Vault, goal_id: str | None) -> tuple[str, GoalStatus] | None:
    """Title and status of a goal, if it still exists."""
    if not goal_id:
        return None
    with vault.session() as s:
        row = s.execute(select(GoalRow.title, GoalRow.status).where(GoalRow.id == goal_id)).first()
    return (row[0], GoalStatus(row[1])) if row else None


def client_choice(vault: Vault, client_id: str) -> ClientChoice:
    """Name, file number and languages of one client (no audit: a label, not a profile)."""
    stmt = select(ClientRow.id, ClientRow.family_name, ClientRow.given_names,
                  ClientRow.file_number, ClientRow.languages).where(ClientRow.id == client_id)
    with vault.session() as s:
        r = s.execute(stmt).one()
    return ClientChoice(r[0], _name(r[1], r[2]), r[3], tuple(r[4] or ()))


def find_clients(vault: Vault, text: str, *, limit: int = 50) -> list[ClientChoice]:
    """Clients whose name (Latin or original) or file number contains ``text``."""
    needle = f"%{text.strip()}%"
    stmt = (select(ClientRow.id, ClientRow.family_name, ClientRow.given_names,
                   ClientRow.file_number, ClientRow.languages)
            .where(or_(ClientRow.family_name.ilike(needle), ClientRow.given_names.ilike(needle),
                       ClientRow.family_name_original.ilike(needle),
                       ClientRow.given_names_original.ilike(needle),
                       ClientRow.file_number.ilike(needle)))
            .order_by(ClientRow.family_name, ClientRow.given_names).limit(limit))
    with vault.session() as s:
        return [ClientChoice(r[0], _name(r[1], r[2]), r[3], tuple(r[4] or ()))
                for r in s.execute(stmt)]

