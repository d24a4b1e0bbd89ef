"""Per-agency statistics and the open-referral list (SQL aggregates on a real vault)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kimdesk.data.repositories import records as r
from kimdesk.data.repositories.base import bulk_add
from kimdesk.domain.enums import AgencyKind, LegalArea, ReferralStatus
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Referral, ReferralEvent
from kimdesk.services import agencies, clients, referral_queries, referral_stats

S = ReferralStatus
T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
TODAY = date(2025, 6, 1)


def _seed(vault, agency, client, path: list[tuple[ReferralStatus, int]],
          follow_up: date | None = None) -> str:
    """A referral whose history goes through ``path`` = [(status, day offset), ...]."""
    rid = new_id()
    final = path[-1][0]
    events = [ReferralEvent(new_id(), rid, T0 + timedelta(days=d, hours=i),
                            path[i - 1][0] if i else None, st)
              for i, (st, d) in enumerate(path)]
    with vault.session(write=True) as s:
        bulk_add(s, r.REFERRALS, [Referral(rid, client.id, agency.id, T0, final,
                                           follow_up_on=follow_up, reason="Anlass")])
        bulk_add(s, r.REFERRAL_EVENTS, events)
    return rid


@pytest.fixture
def seeded(vault):
    client = clients.create_client(vault, clients.new_client(family_name="Petrenko",
                                                             given_names="Olena"))
    abh = agencies.add_agency(vault, agencies.new_agency(
        "Ausländerbehörde", AgencyKind.AUSLAENDERBEHOERDE, legal_area=LegalArea.AUFENTHG))
    jc = agencies.add_agency(vault, agencies.new_agency(
        "Jobcenter", AgencyKind.JOBCENTER, legal_area=LegalArea.SGB_II))
    agencies.add_agency(vault, agencies.new_agency("Unbenutzt", AgencyKind.SONSTIGE))
    D, SE, A, C, DE, W = S.DRAFT, S.SENT, S.ACCEPTED, S.COMPLETED, S.DECLINED, S.WITHDRAWN
    _seed(vault, abh, client, [(D, 0), (SE, 1), (A, 3), (C, 11)])        # 10 days
    _seed(vault, abh, client, [(D, 0), (SE, 2), (DE, 6)])                # 4 days
    _seed(vault, abh, client, [(D, 0), (SE, 0), (A, 2), (S.IN_PROGRESS, 5), (C, 22)])  # 22
    _seed(vault, abh, client, [(D, 0), (W, 1)])                          # withdrawn, untimed
    _seed(vault, abh, client, [(D, 0)], follow_up=TODAY - timedelta(days=1))  # open, overdue
    _seed(vault, jc, client, [(D, 0), (SE, 1)], follow_up=TODAY + timedelta(days=5))
    _seed(vault, jc, client, [(D, 0), (SE, 1), (A, 3)], follow_up=None)
    _seed(vault, jc, client, [(D, 0), (SE, 1)], follow_up=TODAY - timedelta(days=9))
    return vault, abh, jc, client


def test_agency_stats_counts_outcomes_and_durations(seeded) -> None:
    vault, abh, jc, _client = seeded
    stats = {x.agency_name: x for x in referral_stats.agency_stats(vault)}
    assert set(stats) == {"Ausländerbehörde", "Jobcenter"}
    a = stats["Ausländerbehörde"]
    assert (a.total, a.open, a.completed, a.declined, a.withdrawn) == (5, 1, 2, 1, 1)
    assert a.timed == 3
    assert a.avg_days == pytest.approx((10 + 4 + 22) / 3, abs=0.2)
    assert a.min_days == pytest.approx(4, abs=0.1) and a.max_days == pytest.approx(22, abs=0.2)
    assert a.completion_rate == pytest.approx(2 / 3)
    j = stats["Jobcenter"]
    assert (j.total, j.open, j.completed, j.timed, j.avg_days) == (3, 3, 0, 0, None)
    everything = referral_stats.totals(list(stats.values()))
    assert (everything.total, everything.timed) == (8, 3)
    assert everything.avg_days == pytest.approx(a.avg_days)
    with_unused = referral_stats.agency_stats(vault, include_unused=True)
    assert [x.agency_name for x in with_unused][-1] == "Unbenutzt"


def test_agency_stats_since_filters_by_creation(seeded) -> None:
    vault, *_ = seeded
    assert referral_stats.agency_stats(vault, since=date(2030, 1, 1)) == []
    assert len(referral_stats.agency_stats(vault, since=date(2025, 1, 1))) == 2


def test_open_list_puts_overdue_first_and_filters(seeded) -> None:
    vault, abh, jc, _client = seeded
    rows = referral_queries.referral_rows(vault, today=TODAY)
    assert len(rows) == 4
    assert [r.overdue for r in rows] == [True, True, False, False]
    assert rows[0].follow_up_on == TODAY - timedelta(days=9)
    assert rows[-1].follow_up_on is None  # no follow-up date goes last
    assert rows[0].client_name == "Petrenko, Olena"
    only_abh = referral_queries.referral_rows(vault, agency_id=abh.id, today=TODAY)
    assert [r.status for r in only_abh] == [S.DRAFT]
    sgb2 = referral_queries.referral_rows(vault, legal_area=LegalArea.SGB_II, today=TODAY)
    assert {r.agency_name for r in sgb2} == {"Jobcenter"}
    done = referral_queries.referral_rows(vault, statuses=(S.COMPLETED,), today=TODAY)
    assert len(done) == 2 and not any(r.overdue for r in done)
    counts, overdue = referral_queries.status_counts(vault, today=TODAY)
    assert counts[S.SENT] == 2 and counts[S.COMPLETED] == 2 and overdue == 2
    counts, overdue = referral_queries.status_counts(vault, agency_id=jc.id, today=TODAY)
    assert sum(counts.values()) == 3 and overdue == 1
