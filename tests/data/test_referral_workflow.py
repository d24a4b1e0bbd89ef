"""Referral workflow on a real vault: state machine, consent gate, outcome into the case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kimdesk.domain.enums import AgencyKind, ConsentKind, GoalStatus, ReferralStatus
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent
from kimdesk.services import agencies, cases, clients, consents, referrals
from kimdesk.services.referral_gate import ConsentMissing, ReleaseState, check_release
from kimdesk.services.referrals import TRANSITIONS, TransitionError
from kimdesk.services.validation import ValidationError

S = ReferralStatus
TODAY = date.today()


@pytest.fixture
def world(vault):
    client = clients.create_client(vault, clients.new_client(family_name="Haidari",
                                                             given_names="Zahra"))
    abh = agencies.add_agency(vault, agencies.new_agency(
        "Ausländerbehörde Musterland", AgencyKind.AUSLAENDERBEHOERDE))
    jc = agencies.add_agency(vault, agencies.new_agency("Jobcenter Musterstadt",
                                                        AgencyKind.JOBCENTER))
    case = cases.open_case(vault, client.id)
    goal = cases.add_goal(vault, case, cases.new_goal("Aufenthalt nach §25b sichern"))
    return vault, client, abh, jc, case, goal


def _release(vault, client_id, agency_id, **kw) -> Consent:
    fields = dict(granted_on=TODAY - timedelta(days=30), expires_on=TODAY + timedelta(days=300))
    fields.update(kw)
    return consents.add_consent(vault, Consent(new_id(), client_id, ConsentKind.RELEASE,
                                               recipient_agency_id=agency_id, **fields))


def _referral(vault, client, agency, goal=None):
    return referrals.create_referral(vault, client_id=client.id, agency_id=agency.id,
                                     reason="Antrag auf §25b vorbereiten",
                                     goal_id=goal.id if goal else None,
                                     follow_up_on=TODAY + timedelta(days=14))


def test_transitions_are_data_and_every_status_is_covered() -> None:
    assert set(TRANSITIONS) == set(ReferralStatus)
    assert TRANSITIONS[S.DRAFT] == (S.SENT, S.WITHDRAWN)
    for final in (S.COMPLETED, S.DECLINED, S.WITHDRAWN):
        assert TRANSITIONS[final] == ()


@pytest.mark.parametrize("start,target", [
    (S.DRAFT, S.COMPLETED), (S.DRAFT, S.ACCEPTED), (S.SENT, S.COMPLETED),
    (S.SENT, S.DRAFT), (S.IN_PROGRESS, S.DECLINED),
])
def test_state_machine_rejects_invalid_transitions(start, target) -> None:
    with pytest.raises(TransitionError) as err:
        referrals.check_transition(start, target)
    assert "Möglich ist" in str(err.value)


def test_final_state_cannot_change(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    ref = _referral(vault, client, abh)
    referrals.advance(vault, ref.id, S.WITHDRAWN, "Klientin hat sich selbst gekümmert")
    with pytest.raises(TransitionError, match="kann nicht mehr geändert werden"):
        referrals.advance(vault, ref.id, S.SENT, "doch noch")


def test_invalid_transition_on_the_vault_changes_nothing(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    ref = _referral(vault, client, abh)
    with pytest.raises(TransitionError, match="„Entwurf“ kann nicht auf „abgeschlossen“"):
        referrals.advance(vault, ref.id, S.COMPLETED, "fertig")
    assert referrals.get_referral(vault, ref.id).status == S.DRAFT
    assert len(referrals.history(vault, ref.id)) == 1


def test_a_note_is_required(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    _release(vault, client.id, abh.id)
    ref = _referral(vault, client, abh)
    with pytest.raises(ValidationError):
        referrals.advance(vault, ref.id, S.SENT, "   ")


def test_gate_without_any_release(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    ref = _referral(vault, client, abh)
    with pytest.raises(ConsentMissing) as err:
        referrals.advance(vault, ref.id, S.SENT, "per Post")
    assert err.value.check.state == ReleaseState.MISSING
    assert "keine Schweigepflichtentbindung" in str(err.value)
    assert "Ausländerbehörde Musterland" in str(err.value)
    assert referrals.get_referral(vault, ref.id).status == S.DRAFT


def test_gate_with_expired_release_names_the_date(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    expired = TODAY - timedelta(days=2)
    _release(vault, client.id, abh.id, granted_on=TODAY - timedelta(days=400), expires_on=expired)
    check = check_release(vault, client.id, abh.id)
    assert check.state == ReleaseState.EXPIRED and check.day == expired
    assert expired.strftime("%d.%m.%Y") in check.message and "abgelaufen" in check.message


def test_gate_with_withdrawn_release_names_the_date(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    release = _release(vault, client.id, abh.id)
    withdrawn = TODAY - timedelta(days=1)
    consents.withdraw_consent(vault, release, withdrawn)
    ref = _referral(vault, client, abh)
    with pytest.raises(ConsentMissing) as err:
        referrals.advance(vault, ref.id, S.SENT, "per Post")
    assert err.value.check.state == ReleaseState.WITHDRAWN
    assert f"am {withdrawn.strftime('%d.%m.%Y')} widerrufen" in str(err.value)


def test_release_for_another_recipient_does_not_count(world) -> None:
    vault, client, abh, jc, _case, _goal = world
    _release(vault, client.id, jc.id)
    assert check_release(vault, client.id, abh.id).state == ReleaseState.MISSING
    ref = _referral(vault, client, abh)
    with pytest.raises(ConsentMissing):
        referrals.advance(vault, ref.id, S.SENT, "per Post")
    assert check_release(vault, client.id, jc.id).ok


def test_release_expiring_today_is_still_valid(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    _release(vault, client.id, abh.id, expires_on=TODAY)
    assert check_release(vault, client.id, abh.id).ok


def test_full_workflow_flows_back_into_the_case(world) -> None:
    vault, client, abh, _jc, case, goal = world
    _release(vault, client.id, abh.id)
    ref = _referral(vault, client, abh, goal)
    assert ref.case_id == case.id
    referrals.advance(vault, ref.id, S.SENT, "per E-Mail an Frau Krüger")
    referrals.advance(vault, ref.id, S.ACCEPTED, "Termin am 3. bestätigt",
                      goal_status=GoalStatus.IN_PROGRESS)
    referrals.advance(vault, ref.id, S.IN_PROGRESS, "Antrag liegt vor")
    result = referrals.advance(vault, ref.id, S.COMPLETED, "Aufenthaltserlaubnis erteilt",
                               goal_status=GoalStatus.ACHIEVED, follow_up_on=None)
    assert result.referral.status == S.COMPLETED
    assert result.referral.outcome == "Aufenthaltserlaubnis erteilt"
    assert result.referral.follow_up_on is None
    assert result.goal_updated and result.note_written
    events = referrals.history(vault, ref.id)
    assert [e.to_status for e in events] == [S.DRAFT, S.SENT, S.ACCEPTED, S.IN_PROGRESS,
                                             S.COMPLETED]
    assert [e.from_status for e in events][1:] == [S.DRAFT, S.SENT, S.ACCEPTED, S.IN_PROGRESS]
    assert all(e.at.tzinfo is not None for e in events)
    assert events[1].note == "per E-Mail an Frau Krüger"
    file = cases.case_file(vault, case.id)
    assert file.goals[0].status == GoalStatus.ACHIEVED
    assert file.goals[0].outcome is not None
    texts = [n.text for n in file.notes]
    assert any("Ausländerbehörde Musterland" in t and "abgeschlossen" in t
               and "Aufenthaltserlaubnis erteilt" in t for t in texts)


def test_counsellor_may_keep_goal_in_progress(world) -> None:
    vault, client, abh, _jc, case, goal = world
    _release(vault, client.id, abh.id)
    ref = _referral(vault, client, abh, goal)
    for to in (S.SENT, S.ACCEPTED):
        referrals.advance(vault, ref.id, to, "ok")
    referrals.advance(vault, ref.id, S.COMPLETED, "Beratung erfolgt, Antrag folgt",
                      goal_status=GoalStatus.IN_PROGRESS)
    assert cases.case_file(vault, case.id).goals[0].status == GoalStatus.IN_PROGRESS


def test_declined_without_release_check_and_follow_up(world) -> None:
    vault, client, abh, _jc, _case, _goal = world
    release = _release(vault, client.id, abh.id)
    ref = _referral(vault, client, abh)
    referrals.advance(vault, ref.id, S.SENT, "per Post")
    consents.withdraw_consent(vault, release, TODAY)  # later withdrawal does not block answers
    ref = referrals.advance(vault, ref.id, S.DECLINED, "nicht zuständig").referral
    assert ref.status == S.DECLINED
    moved = referrals.set_follow_up(vault, ref.id, TODAY + timedelta(days=3))
    assert moved.follow_up_on == TODAY + timedelta(days=3)


def test_only_drafts_can_be_edited(world) -> None:
    vault, client, abh, jc, _case, _goal = world
    import dataclasses

    ref = _referral(vault, client, abh)
    changed = referrals.update_draft(vault, dataclasses.replace(ref, agency_id=jc.id,
                                                                reason="Jobcenter statt ABH"))
    assert changed.agency_id == jc.id
    referrals.advance(vault, ref.id, S.WITHDRAWN, "erledigt sich")
    with pytest.raises(TransitionError):
        referrals.update_draft(vault, changed)


def test_agency_in_use_cannot_be_deleted(world) -> None:
    vault, client, abh, jc, _case, _goal = world
    _referral(vault, client, abh)
    with pytest.raises(agencies.AgencyInUse, match="1 Vermittlung"):
        agencies.delete_agency(vault, abh.id)
    agencies.delete_agency(vault, jc.id)
    assert [a.name for a in agencies.list_agencies(vault)] == ["Ausländerbehörde Musterland"]
