"""The Fristen list on a real vault: which records count, how they are dated and ordered."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kimdesk.data.repositories.records import COUNSELLORS
from kimdesk.domain.dates import period_end
from kimdesk.domain.enums import (
    AgencyKind, ClosureReason, ConsentKind, ConsentPurpose, GoalStatus, ReferralStatus,
    ResidenceTitle,
)
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent, Counsellor, ResidenceStatus
from kimdesk.services import agencies, cases, clients, consents, deadlines, referrals, residence
from kimdesk.services.deadlines import DeadlineKind

TODAY = date.today()


def _client(vault, family="Haidari", given="Zahra", *, open_case=True, **kw):
    client = clients.create_client(vault, clients.new_client(family_name=family,
                                                             given_names=given, **kw))
    case = cases.open_case(vault, client.id, opened_on=TODAY - timedelta(days=400))
    if not open_case:
        cases.close_case(vault, case, ClosureReason.MOVED_AWAY)
    return client, case


def _title(vault, client, title, valid_from, valid_until=None):
    return residence.add_status(vault, ResidenceStatus(new_id(), client.id, title,
                                                       valid_from=valid_from,
                                                       valid_until=valid_until))


def _kinds(result, kind):
    return [(i.client_name, i.due) for i in result.items if i.kind == kind]


def test_residence_titles_expiring_in_the_window_only_the_current_one(vault) -> None:
    zahra, _ = _client(vault)
    omar, _ = _client(vault, "Al-Rifai", "Omer")
    later, _ = _client(vault, "Kovalenko", "Yuliia")
    gone, _ = _client(vault, "Weggezogen", "Anna", open_case=False)
    in3weeks = TODAY + timedelta(days=21)
    _title(vault, zahra, ResidenceTitle.DULDUNG, TODAY - timedelta(days=150), in3weeks)
    # Omer's old Duldung expired, but a newer title follows it: nothing to do
    _title(vault, omar, ResidenceTitle.DULDUNG, TODAY - timedelta(days=300),
           TODAY - timedelta(days=10))
    _title(vault, omar, ResidenceTitle.AE_25B, TODAY - timedelta(days=9),
           TODAY + timedelta(days=700))
    _title(vault, later, ResidenceTitle.AE_24, TODAY - timedelta(days=300),
           TODAY + timedelta(days=70))
    _title(vault, gone, ResidenceTitle.DULDUNG, TODAY - timedelta(days=100), in3weeks)
    result = deadlines.deadlines(vault)
    assert _kinds(result, DeadlineKind.RESIDENCE) == [("Haidari, Zahra", in3weeks)]
    assert result.last == TODAY + timedelta(days=56) and not result.truncated
    wide = deadlines.deadlines(vault, window_days=12 * 7)
    assert [n for n, _d in _kinds(wide, DeadlineKind.RESIDENCE)] == [
        "Haidari, Zahra", "Kovalenko, Yuliia"]


def test_chancen_end_after_18_months_even_without_an_end_date(vault) -> None:
    open_ended, _ = _client(vault)
    shorter, _ = _client(vault, "Al-Rifai", "Omer")
    start = TODAY - timedelta(days=530)  # 18 months end in about three weeks
    _title(vault, open_ended, ResidenceTitle.CHANCEN_104C, start)
    end = period_end(start, 18)
    _title(vault, shorter, ResidenceTitle.CHANCEN_104C, start, TODAY + timedelta(days=5))
    result = deadlines.deadlines(vault)
    assert sorted(_kinds(result, DeadlineKind.CHANCEN)) == sorted(
        [("Haidari, Zahra", end), ("Al-Rifai, Omer", TODAY + timedelta(days=5))])
    assert _kinds(result, DeadlineKind.RESIDENCE) == []


def test_open_goals_open_referrals_and_consents_that_expire(vault) -> None:
    zahra, case = _client(vault)
    goal = cases.add_goal(vault, case, cases.new_goal("Deutschkurs B1 anmelden",
                                                      due_date=TODAY + timedelta(days=10)))
    cases.add_goal(vault, case, cases.new_goal("Erreicht", due_date=TODAY + timedelta(days=3),
                                               status=GoalStatus.ACHIEVED))
    agency = agencies.add_agency(vault, agencies.new_agency("Jobcenter Musterstadt",
                                                            AgencyKind.JOBCENTER))
    due = referrals.create_referral(vault, client_id=zahra.id, agency_id=agency.id,
                                    reason="Bürgergeld", follow_up_on=TODAY - timedelta(days=2))
    dropped = referrals.create_referral(vault, client_id=zahra.id, agency_id=agency.id,
                                        reason="alt", follow_up_on=TODAY)
    referrals.advance(vault, dropped.id, ReferralStatus.WITHDRAWN, "nicht mehr nötig")
    release = consents.add_consent(vault, Consent(
        new_id(), zahra.id, ConsentKind.RELEASE, recipient_agency_id=agency.id,
        recipient_name="Jobcenter Musterstadt", granted_on=TODAY - timedelta(days=300),
        expires_on=TODAY + timedelta(days=20)))
    withdrawn = consents.add_consent(vault, Consent(
        new_id(), zahra.id, ConsentKind.PURPOSE, ConsentPurpose.HEALTH_DATA,
        granted_on=TODAY - timedelta(days=300), expires_on=TODAY + timedelta(days=20)))
    consents.withdraw_consent(vault, withdrawn)
    purpose = consents.add_consent(vault, Consent(
        new_id(), zahra.id, ConsentKind.PURPOSE, ConsentPurpose.STATISTICS,
        granted_on=TODAY - timedelta(days=300), expires_on=TODAY + timedelta(days=30)))
    result = deadlines.deadlines(vault)
    by_kind = {i.kind: i for i in result.items}
    assert set(by_kind) == {DeadlineKind.GOAL, DeadlineKind.REFERRAL, DeadlineKind.RELEASE,
                            DeadlineKind.CONSENT}
    assert (by_kind[DeadlineKind.GOAL].record_id, by_kind[DeadlineKind.GOAL].subject) == (
        goal.id, "Deutschkurs B1 anmelden")
    assert by_kind[DeadlineKind.REFERRAL].record_id == due.id
    assert by_kind[DeadlineKind.REFERRAL].subject == "Jobcenter Musterstadt"
    assert by_kind[DeadlineKind.REFERRAL].is_overdue(TODAY)
    assert by_kind[DeadlineKind.RELEASE].record_id == release.id
    assert by_kind[DeadlineKind.CONSENT].record_id == purpose.id
    assert result.items[0].kind == DeadlineKind.REFERRAL  # overdue comes first
    assert [i.kind for i in deadlines.due_by_today(vault).items] == [DeadlineKind.REFERRAL]
    # a renewed release (same recipient, later expiry) replaces the expiring one
    consents.add_consent(vault, Consent(
        new_id(), zahra.id, ConsentKind.RELEASE, recipient_agency_id=agency.id,
        recipient_name="Jobcenter Musterstadt", granted_on=TODAY,
        expires_on=TODAY + timedelta(days=730)))
    assert _kinds(deadlines.deadlines(vault), DeadlineKind.RELEASE) == []


def test_coming_of_age_with_year_only_and_29_february_births(vault) -> None:
    _client(vault, "Jahr", "Nur", birth_date=date(2008, 6, 5), birth_year_only=True)
    _client(vault, "Schalt", "Tag", birth_date=date(2008, 2, 29))
    _client(vault, "Alt", "Genug", birth_date=date(1990, 2, 28))
    result = deadlines.deadlines(vault, today=date(2025, 12, 1), window_days=120)
    majority = {i.client_name: i for i in result.items if i.kind == DeadlineKind.MAJORITY}
    assert {n: (i.due, i.approximate) for n, i in majority.items()} == {
        "Jahr, Nur": (date(2026, 1, 1), True),  # stored as 01.01.2008
        "Schalt, Tag": (date(2026, 3, 1), False),  # no 29 February in 2026
    }
    # once the birthday has passed it no longer shows
    later = deadlines.deadlines(vault, today=date(2026, 3, 2), window_days=60)
    assert not [i for i in later.items if i.kind == DeadlineKind.MAJORITY]


def test_last_day_for_25a_only_for_tolerated_clients(vault) -> None:
    tolerated, _ = _client(vault, "Geduldet", "Ali", birth_date=date(1999, 2, 28))
    settled, _ = _client(vault, "Sicher", "Sara", birth_date=date(1999, 3, 10))
    _title(vault, tolerated, ResidenceTitle.DULDUNG, date(2025, 6, 1), date(2026, 6, 1))
    _title(vault, settled, ResidenceTitle.NIEDERLASSUNG, date(2024, 1, 1))
    result = deadlines.deadlines(vault, today=date(2026, 1, 15), window_days=90)
    assert [(i.client_name, i.due, i.subject) for i in result.items
            if i.kind == DeadlineKind.AGE_25A] == [
        ("Geduldet, Ali", date(2026, 2, 27), "Duldung (§60a AufenthG)")]


def test_only_my_clients_and_the_limit(vault) -> None:
    colleague = Counsellor(new_id(), "kollege", "Kollege")
    with vault.session(write=True) as s:
        COUNSELLORS.add(s, colleague)
    mine = [_client(vault, f"Mein{i}", "X")[0] for i in range(3)]
    theirs, _ = _client(vault, "Fremd", "Y", counsellor_id=colleague.id)
    for i, c in enumerate([*mine, theirs]):
        _title(vault, c, ResidenceTitle.DULDUNG, TODAY - timedelta(days=100),
               TODAY + timedelta(days=5 + i))
    everyone = deadlines.deadlines(vault)
    assert len(_kinds(everyone, DeadlineKind.RESIDENCE)) == 4
    only_me = deadlines.deadlines(vault, counsellor_id=vault.counsellor_id())
    assert [n for n, _d in _kinds(only_me, DeadlineKind.RESIDENCE)] == [
        "Mein0, X", "Mein1, X", "Mein2, X"]
    cut = deadlines.deadlines(vault, limit=2)
    assert cut.truncated and cut.last == TODAY + timedelta(days=6)
    assert [d for _n, d in _kinds(cut, DeadlineKind.RESIDENCE)] == [
        TODAY + timedelta(days=5), TODAY + timedelta(days=6)]


@pytest.mark.parametrize("window", [0, 7])
def test_nothing_to_do_gives_an_empty_list(vault, window: int) -> None:
    _client(vault)
    result = deadlines.deadlines(vault, window_days=window)
    assert result.items == () and not result.truncated
