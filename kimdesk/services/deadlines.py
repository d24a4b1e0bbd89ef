"""Fristen: what falls due for clients with an open case, one list sorted by urgency.

Every kind is one query with a date-range filter on an indexed column (residence
``valid_until``, goal ``due_date``, referral ``follow_up_on``, consent ``expires_on``),
so the list stays fast on a vault of 100,000 clients. The §104c clock and the
birthday-derived dates (coming of age; the last day for a §25a application before the
27th birthday) are filtered to a date range in SQL and made exact in Python with the
§188 BGB period arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from kimdesk.data.schema import (
    AgencyRow, CaseRow, ClientRow, ConsentRow, GoalRow, ReferralRow, ResidenceStatusRow,
)
from kimdesk.data.vault import Vault
from kimdesk.domain.dates import add_months, period_end
from kimdesk.domain.enums import (
    ConsentKind, ConsentPurpose, GoalStatus, ResidenceTitle,
)
from kimdesk.domain.labels import label
from kimdesk.domain.models import ResidenceStatus
from kimdesk.services.referrals import OPEN_STATUSES
from kimdesk.services.residence import CHANCEN_MONTHS, chancen_end

DEFAULT_WINDOW_DAYS = 8 * 7
DEFAULT_LOOKBACK_DAYS = 365
DEFAULT_LIMIT = 500  # rows per kind; a counsellor's real list is far shorter
MAJORITY_MONTHS = 18 * 12
AGE_25A_MONTHS = 27 * 12
OPEN_GOALS = (GoalStatus.OPEN.value, GoalStatus.IN_PROGRESS.value)
OPEN_REFERRALS = tuple(s.value for s in OPEN_STATUSES)
TOLERATED = (ResidenceTitle.DULDUNG.value, ResidenceTitle.CHANCEN_104C.value)


class DeadlineKind(StrEnum):
    CHANCEN = "chancen"  # end of the 18 months of §104c
    RESIDENCE = "residence"  # a residence title expires
    AGE_25A = "age_25a"  # last day to apply for §25a (before the 27th birthday)
    RELEASE = "release"  # a release from confidentiality expires
    CONSENT = "consent"  # a consent for a purpose expires
    REFERRAL = "referral"  # follow-up of an open referral
    GOAL = "goal"  # due date of an open goal
    MAJORITY = "majority"  # the client comes of age


SEVERITY = {kind: rank for rank, kind in enumerate(DeadlineKind)}


@dataclass(frozen=True, slots=True)
class Deadline:
    """One entry of the Fristen list."""

    kind: DeadlineKind
    due: date
    client_id: str
    client_name: str
    file_number: str
    subject: str  # what is due: title, goal, agency, consent (German)
    record_id: str
    approximate: bool = False  # derived from a birth date known by year only

    def days_left(self, today: date) -> int:
        """Days from ``today`` to the due date (negative when overdue)."""
        return (self.due - today).days

    def is_overdue(self, today: date) -> bool:
        """True once the due date has passed."""
        return self.due < today


@dataclass(frozen=True, slots=True)
class DeadlineList:
    """The Fristen list; complete up to and including ``last``."""

    items: tuple[Deadline, ...]
    today: date
    last: date
    truncated: bool = False  # too many entries: ``last`` is earlier than asked for

    def overdue(self) -> list[Deadline]:
        """The entries whose date has passed."""
        return [i for i in self.items if i.is_overdue(self.today)]


@dataclass(slots=True)
class _Part:
    items: list[Deadline]
    cut: date | None  # the last date read when the limit was reached


def urgency(item: Deadline, today: date) -> tuple[int, int, int, str]:
    """Sort key: overdue first, the weightiest kind first (an expired residence title
    before a late goal); then the rest by date, the weightier kind first on one day."""
    if item.is_overdue(today):
        return 0, SEVERITY[item.kind], item.due.toordinal(), item.client_name
    return 1, item.due.toordinal(), SEVERITY[item.kind], item.client_name


_CLIENT = (ClientRow.id.label("cid"), ClientRow.family_name, ClientRow.given_names,
           ClientRow.family_name_original, ClientRow.given_names_original, ClientRow.file_number)


def _name(r: Any) -> str:
    family = r.family_name or r.family_name_original
    given = r.given_names or r.given_names_original
    return f"{family}, {given}" if family and given else family or given


def _item(kind: DeadlineKind, due: date, r: Any, subject: str, record_id: str,
          approximate: bool = False) -> Deadline:
    return Deadline(kind, due, r.cid, _name(r), r.file_number, subject, record_id, approximate)


def _mine(counsellor_id: str | None) -> list[Any]:
    # coalesce() keeps SQLite from driving the query by the counsellor index (tens of
    # thousands of clients); the date-range index must lead
    return [func.coalesce(ClientRow.counsellor_id, "") == counsellor_id] if counsellor_id else []


def _scope(counsellor_id: str | None) -> list[Any]:
    open_case = exists().where(CaseRow.client_id == ClientRow.id,
                               func.coalesce(CaseRow.closed_on, None).is_(None))
    return [open_case, *_mine(counsellor_id)]


def _current_title(r: type[ResidenceStatusRow]) -> Any:
    later = aliased(ResidenceStatusRow)
    return ~exists().where(later.client_id == r.client_id, later.id != r.id,
                           later.valid_from > r.valid_from)


def _first(stmt: Any, due: Any, limit: int) -> Any:
    return stmt.order_by(due).limit(limit)


def _residence(s: Any, lo: date, hi: date, scope: list[Any], limit: int) -> _Part:
    r = ResidenceStatusRow
    cols = (r.id, r.title, r.valid_from, r.valid_until, *_CLIENT)
    expiring = _first(select(*cols).join(ClientRow, ClientRow.id == r.client_id)
                      .where(r.valid_until.between(lo, hi), _current_title(r), *scope),
                      r.valid_until, limit)
    # a §104c title recorded without an end date still ends after 18 months
    open_ended = (select(*cols).join(ClientRow, ClientRow.id == r.client_id)
                  .where(r.valid_until.is_(None), r.title == ResidenceTitle.CHANCEN_104C.value,
                         r.valid_from.between(add_months(lo, -CHANCEN_MONTHS) - timedelta(days=3),
                                              add_months(hi, -CHANCEN_MONTHS) + timedelta(days=3)),
                         _current_title(r), *scope))
    rows = list(s.execute(expiring))
    part = _Part([], rows[-1].valid_until if len(rows) >= limit else None)
    for row in [*rows, *s.execute(open_ended)]:
        title = ResidenceTitle(row.title)
        if title == ResidenceTitle.CHANCEN_104C:
            end = chancen_end(ResidenceStatus(row.id, row.cid, title, valid_from=row.valid_from,
                                              valid_until=row.valid_until))
            if end is not None and lo <= end <= hi:
                part.items.append(_item(DeadlineKind.CHANCEN, end, row, label(title), row.id))
        else:
            part.items.append(_item(DeadlineKind.RESIDENCE, row.valid_until, row, label(title),
                                    row.id))
    return part


def _goals(s: Any, lo: date, hi: date, counsellor_id: str | None, limit: int) -> _Part:
    stmt = (select(GoalRow.id, GoalRow.title, GoalRow.due_date, *_CLIENT)
            .join(CaseRow, CaseRow.id == GoalRow.case_id)
            .join(ClientRow, ClientRow.id == CaseRow.client_id)
            .where(GoalRow.due_date.between(lo, hi),
                   func.coalesce(GoalRow.status, "").in_(OPEN_GOALS),
                   func.coalesce(CaseRow.closed_on, None).is_(None), *_mine(counsellor_id)))
    rows = list(s.execute(_first(stmt, GoalRow.due_date, limit)))
    return _Part([_item(DeadlineKind.GOAL, r.due_date, r, r.title, r.id) for r in rows],
                 rows[-1].due_date if len(rows) >= limit else None)


def _referrals(s: Any, lo: date, hi: date, scope: list[Any], limit: int) -> _Part:
    stmt = (select(ReferralRow.id, ReferralRow.follow_up_on, AgencyRow.name.label("agency"),
                   *_CLIENT)
            .join(ClientRow, ClientRow.id == ReferralRow.client_id)
            .outerjoin(AgencyRow, AgencyRow.id == ReferralRow.agency_id)
            .where(ReferralRow.follow_up_on.between(lo, hi),
                   func.coalesce(ReferralRow.status, "").in_(OPEN_REFERRALS), *scope))
    rows = list(s.execute(_first(stmt, ReferralRow.follow_up_on, limit)))
    return _Part([_item(DeadlineKind.REFERRAL, r.follow_up_on, r, r.agency or "", r.id)
                  for r in rows], rows[-1].follow_up_on if len(rows) >= limit else None)


def _consents(s: Any, lo: date, hi: date, scope: list[Any], limit: int) -> _Part:
    c, newer = ConsentRow, aliased(ConsentRow)
    renewed = exists().where(
        newer.client_id == c.client_id, newer.id != c.id, newer.kind == c.kind,
        or_(newer.purpose == c.purpose, and_(newer.purpose.is_(None), c.purpose.is_(None))),
        or_(newer.recipient_agency_id == c.recipient_agency_id,
            and_(newer.recipient_agency_id.is_(None), c.recipient_agency_id.is_(None),
                 newer.recipient_name == c.recipient_name)),
        newer.withdrawn_on.is_(None), newer.granted_on >= c.granted_on,
        or_(newer.expires_on.is_(None), newer.expires_on > c.expires_on))
    stmt = (select(c.id, c.kind, c.purpose, c.recipient_name, c.expires_on, *_CLIENT)
            .join(ClientRow, ClientRow.id == c.client_id)
            .where(c.expires_on.between(lo, hi), c.withdrawn_on.is_(None), ~renewed, *scope))
    rows = list(s.execute(_first(stmt, c.expires_on, limit)))
    part = _Part([], rows[-1].expires_on if len(rows) >= limit else None)
    for r in rows:
        if r.kind == ConsentKind.RELEASE.value:
            part.items.append(_item(DeadlineKind.RELEASE, r.expires_on, r, r.recipient_name, r.id))
        else:
            subject = label(ConsentPurpose(r.purpose)) if r.purpose else ""
            part.items.append(_item(DeadlineKind.CONSENT, r.expires_on, r, subject, r.id))
    return part


def coming_of_age(birth: date) -> date:
    """The first day on which someone born on ``birth`` is 18 (born 29.02. → 01.03.)."""
    return period_end(birth, MAJORITY_MONTHS) + timedelta(days=1)


def last_day_for_25a(birth: date) -> date:
    """The last day before the 27th year is completed (§25a Abs. 1 Nr. 5 AufenthG)."""
    return period_end(birth, AGE_25A_MONTHS)


def _births(months: int, lo: date, hi: date) -> Any:
    return ClientRow.birth_date.between(add_months(lo, -months) - timedelta(days=3),
                                        add_months(hi, -months) + timedelta(days=3))


def _birthdays(s: Any, lo: date, hi: date, scope: list[Any]) -> _Part:
    # clients.birth_date has no index: one pass over the clients finds both kinds
    stmt = (select(ClientRow.birth_date, ClientRow.birth_year_only, *_CLIENT)
            .where(or_(_births(MAJORITY_MONTHS, lo, hi), _births(AGE_25A_MONTHS, lo, hi)),
                   *scope))
    part, young = _Part([], None), {}
    for r in s.execute(stmt):
        due = coming_of_age(r.birth_date)
        if lo <= due <= hi:
            part.items.append(_item(DeadlineKind.MAJORITY, due, r, "", r.cid, r.birth_year_only))
        due = last_day_for_25a(r.birth_date)
        if lo <= due <= hi:
            young[r.cid] = (due, r)
    res = ResidenceStatusRow
    for chunk in (list(young)[i:i + 500] for i in range(0, len(young), 500)):
        stmt = (select(res.id, res.client_id, res.title)
                .where(res.client_id.in_(chunk), _current_title(res)))
        for t in s.execute(stmt):
            if t.title in TOLERATED:
                due, r = young[t.client_id]
                part.items.append(_item(DeadlineKind.AGE_25A, due, r,
                                        label(ResidenceTitle(t.title)), t.id, r.birth_year_only))
    return part


def deadlines(vault: Vault, *, today: date | None = None, window_days: int = DEFAULT_WINDOW_DAYS,
              lookback_days: int = DEFAULT_LOOKBACK_DAYS, counsellor_id: str | None = None,
              limit: int = DEFAULT_LIMIT) -> DeadlineList:
    """Everything due up to ``window_days`` ahead and overdue up to ``lookback_days``.

    Only clients with an open case count; ``counsellor_id`` narrows to one counsellor's
    clients. Birthday-derived dates are listed from today on (once passed there is
    nothing left to do). Each kind reads at most ``limit`` rows, most urgent first; when
    one is cut off, the whole list ends at that kind's last date (``truncated``).
    """
    today = today or date.today()
    lo = today - timedelta(days=max(0, lookback_days))
    hi = today + timedelta(days=max(0, window_days))
    scope = _scope(counsellor_id)
    with vault.session() as s:
        parts = [_residence(s, lo, hi, scope, limit), _goals(s, lo, hi, counsellor_id, limit),
                 _referrals(s, lo, hi, scope, limit), _consents(s, lo, hi, scope, limit),
                 _birthdays(s, today, hi, scope)]
    cut = min((p.cut for p in parts if p.cut is not None), default=None)
    last = hi if cut is None else cut
    items = sorted((i for p in parts for i in p.items if i.due <= last),
                   key=lambda i: urgency(i, today))
    return DeadlineList(tuple(items), today, last, cut is not None)


def due_by_today(vault: Vault, *, today: date | None = None, counsellor_id: str | None = None,
                 lookback_days: int = DEFAULT_LOOKBACK_DAYS,
                 limit: int = DEFAULT_LIMIT) -> DeadlineList:
    """What is overdue or due today (the "today" panel)."""
    return deadlines(vault, today=today, window_days=0, lookback_days=lookback_days,
                     counsellor_id=counsellor_id, limit=limit)
