"""Per-agency referral statistics, computed by SQL aggregates (fast on 100,000 clients).

Duration = calendar days (UTC) from the first change to "sent" to the first change to
"completed" or "declined", taken from the referral history; referrals whose history lacks either
step (e.g. imported ones) count in the totals but not in the durations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, select

from kimdesk.data.schema import AgencyRow, ReferralEventRow, ReferralRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AgencyKind, LegalArea, ReferralStatus
from kimdesk.services.referral_queries import unindexed
from kimdesk.services.referrals import OPEN_STATUSES

S = ReferralStatus


@dataclass(frozen=True, slots=True)
class AgencyStats:
    """Referrals to one agency: how many, with what outcome, and how long they took."""

    agency_id: str
    agency_name: str
    kind: AgencyKind
    legal_area: LegalArea | None
    total: int
    open: int
    completed: int
    declined: int
    withdrawn: int
    timed: int  # referrals with both a sent and an end date
    avg_days: float | None
    min_days: float | None
    max_days: float | None

    @property
    def completion_rate(self) -> float | None:
        """Share of completed among the referrals that reached a result (0..1)."""
        decided = self.completed + self.declined
        return self.completed / decided if decided else None


def _durations() -> Any:
    """Per referral: calendar days from the first "sent" to the first result, one scan."""
    ev = ReferralEventRow
    to = unindexed(ev.to_status)

    def first(*statuses: ReferralStatus) -> Any:
        return func.min(sql_case((to.in_([x.value for x in statuses]), ev.at)))

    days = (func.julianday(func.date(first(S.COMPLETED, S.DECLINED)))
            - func.julianday(func.date(first(S.SENT))))
    return (select(ev.referral_id.label("rid"), days.label("days"))
            .where(to.in_([S.SENT.value, S.COMPLETED.value, S.DECLINED.value]))
            .group_by(unindexed(ev.referral_id)).subquery("durations"))


def agency_stats(vault: Vault, *, since: date | None = None,
                 include_unused: bool = False) -> list[AgencyStats]:
    """One row per agency with referrals (all agencies if ``include_unused``), by total."""
    dur = _durations()
    days = dur.c.days

    def n(*statuses: ReferralStatus) -> Any:
        return func.sum(sql_case((ReferralRow.status.in_([x.value for x in statuses]), 1),
                                 else_=0))

    agency = unindexed(ReferralRow.agency_id).label("agency")
    stmt = (select(agency, func.count(), n(*OPEN_STATUSES), n(S.COMPLETED),
                   n(S.DECLINED), n(S.WITHDRAWN), func.count(days), func.avg(days),
                   func.min(days), func.max(days))
            .outerjoin(dur, dur.c.rid == ReferralRow.id)
            .group_by(agency))
    if since is not None:
        stmt = stmt.where(ReferralRow.created_at >= datetime.combine(since, time(), tzinfo=UTC))
    with vault.session() as s:
        figures = {r[0]: r[1:] for r in s.execute(stmt)}
        agencies = s.execute(select(AgencyRow.id, AgencyRow.name, AgencyRow.kind,
                                    AgencyRow.legal_area)).all()
    empty = (0, 0, 0, 0, 0, 0, None, None, None)
    result = [
        AgencyStats(a[0], a[1], AgencyKind(a[2]), LegalArea(a[3]) if a[3] else None,
                    *(int(v or 0) for v in f[:6]), _pos(f[6]), _pos(f[7]), _pos(f[8]))
        for a in agencies
        for f in [figures.get(a[0], empty)]
        if include_unused or a[0] in figures
    ]
    return sorted(result, key=lambda x: (-x.total, x.agency_name.casefold()))


def _pos(value: float | None) -> float | None:
    return None if value is None else max(0.0, float(value))


def totals(stats: list[AgencyStats]) -> AgencyStats:
    """All agencies together (the average weighted by the number of timed referrals)."""
    timed = sum(x.timed for x in stats)
    weighted = sum((x.avg_days or 0.0) * x.timed for x in stats)
    mins = [x.min_days for x in stats if x.min_days is not None]
    maxs = [x.max_days for x in stats if x.max_days is not None]
    return AgencyStats("", "Alle Stellen", AgencyKind.SONSTIGE, None,
                       sum(x.total for x in stats), sum(x.open for x in stats),
                       sum(x.completed for x in stats), sum(x.declined for x in stats),
                       sum(x.withdrawn for x in stats), timed,
                       weighted / timed if timed else None,
                       min(mins) if mins else None, max(maxs) if maxs else None)
