"""Services behind the client profile: §104c conditions, consent gaps, undoable case edits."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.domain.enums import (
    AuditAction, ClosureReason, ConsentKind, ConsentPurpose, FactorKind, GoalOutcome,
    GoalStatus, LegalArea, LifeArea, NeedLevel, NoteType, Phase, ReferralStatus, RelationKind,
    ResidenceTitle,
)
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Assessment, Consent, LegalAreaPeriod, Referral, ResidenceStatus
from kimdesk.services import (
    cases, chancen, clients, consents, household, note_templates, profile, residence,
)
from kimdesk.services.chancen import Condition, ConditionState, Target
from kimdesk.services.validation import ValidationError


def _client(vault, **kw):
    fields = dict(family_name="Tesfay", given_names="Selam", nationalities=("ER",))
    fields.update(kw)
    return clients.create_client(vault, clients.new_client(**fields))


# -- §104c ----------------------------------------------------------------------------------

def test_chancen_clock_counts_days_and_share() -> None:
    st = ResidenceStatus("s", "c", ResidenceTitle.CHANCEN_104C, valid_from=date(2025, 1, 1))
    clock = chancen.clock(st, date(2025, 1, 1))
    assert clock is not None and clock.end == date(2026, 6, 30)
    assert clock.days_left == (date(2026, 6, 30) - date(2025, 1, 1)).days
    assert 0 < clock.fraction_used < 0.01
    late = chancen.clock(st, date(2026, 7, 2))
    assert late is not None and late.expired and late.fraction_used == 1.0
    duldung = dataclasses.replace(st, title=ResidenceTitle.DULDUNG)
    assert chancen.clock(duldung, date.today()) is None


def test_conditions_are_stored_per_client_and_replaced(vault) -> None:
    c = _client(vault)
    states = chancen.conditions_of(vault, c.id)
    assert set(states) == set(Condition) and not any(s.met for s in states.values())
    assert chancen.open_conditions(states, Target.AE_25B)[0] == Condition.IDENTITY
    first = chancen.set_condition(vault, ConditionState("", c.id, Condition.IDENTITY, True,
                                                        date(2025, 3, 1), "Pass liegt vor"))
    again = chancen.set_condition(vault, dataclasses.replace(first, note="Pass vorgelegt"))
    assert again.id == first.id
    states = chancen.conditions_of(vault, c.id)
    assert states[Condition.IDENTITY].met and states[Condition.IDENTITY].note == "Pass vorgelegt"
    assert Condition.IDENTITY not in chancen.open_conditions(states, Target.AE_25B)
    off = chancen.set_condition(vault, dataclasses.replace(again, met=False))
    assert off.met_on is None  # a date only while the condition is met
    clients.delete_client(vault, c.id)  # the conditions go with the client (cascade)
    assert not any(s.id for s in chancen.conditions_of(vault, c.id).values())


def test_chancen_title_is_at_most_eighteen_months(vault) -> None:
    c = _client(vault)
    too_long = ResidenceStatus(new_id(), c.id, ResidenceTitle.CHANCEN_104C,
                               valid_from=date(2025, 1, 1), valid_until=date(2026, 7, 31))
    with pytest.raises(ValidationError) as err:
        residence.add_status(vault, too_long)
    assert [e.field for e in err.value.errors] == ["valid_until"]
    assert "30.06.2026" in err.value.errors[0].message
    residence.add_status(vault, dataclasses.replace(too_long, valid_until=date(2026, 6, 30)))


def test_far_future_check_survives_leap_day() -> None:
    st = ResidenceStatus("s", "c", ResidenceTitle.DULDUNG, valid_from=date(2029, 3, 1))
    with pytest.raises(ValidationError):
        residence.validate_status(st, today=date(2028, 2, 29))
    residence.validate_status(dataclasses.replace(st, valid_from=date(2029, 2, 28)),
                              today=date(2028, 2, 29))


# -- residence and legal areas --------------------------------------------------------------

def test_status_delete_and_restore_keep_the_id(vault) -> None:
    c = _client(vault)
    st = residence.add_status(vault, ResidenceStatus(new_id(), c.id, ResidenceTitle.DULDUNG,
                                                     valid_from=date(2025, 1, 1)))
    residence.delete_status(vault, st)
    assert residence.statuses(vault, c.id) == []
    residence.restore_status(vault, st)
    assert [s.id for s in residence.statuses(vault, c.id)] == [st.id]
    assert residence.days_left(date(2025, 1, 10), date(2025, 1, 1)) == 9
    assert residence.days_left(None, date(2025, 1, 1)) is None


def test_handover_undo_and_redo(vault) -> None:
    c = _client(vault)
    residence.change_legal_area(vault, LegalAreaPeriod(new_id(), c.id, LegalArea.ASYLBLG,
                                                       "Sozialamt", valid_from=date(2024, 1, 1)))
    done = residence.hand_over(vault, LegalAreaPeriod(new_id(), c.id, LegalArea.SGB_II,
                                                      " Jobcenter ", valid_from=date(2025, 3, 1)))
    assert done.new.office == "Jobcenter" and len(done.closed) == 1
    now = residence.responsible_now(residence.legal_areas(vault, c.id), date(2025, 4, 1))
    assert [p.legal_area for p in now] == [LegalArea.SGB_II]
    residence.undo_handover(vault, done)
    history = residence.legal_areas(vault, c.id)
    assert [(p.legal_area, p.valid_until) for p in history] == [(LegalArea.ASYLBLG, None)]
    residence.redo_handover(vault, done)
    history = residence.legal_areas(vault, c.id)
    assert [(p.legal_area, p.valid_until) for p in history] == [
        (LegalArea.SGB_II, None), (LegalArea.ASYLBLG, date(2025, 2, 28))]
    with pytest.raises(ValidationError) as err:
        residence.hand_over(vault, LegalAreaPeriod(new_id(), c.id, LegalArea.SGB_II, "x"))
    assert err.value.errors[0].field == "valid_from"


# -- consents -------------------------------------------------------------------------------

def test_gaps_name_missing_consent_and_release(vault) -> None:
    today = date(2025, 6, 1)
    refs = [Referral("r1", "c", "jc", datetime(2025, 5, 1, tzinfo=UTC), ReferralStatus.SENT),
            Referral("r2", "c", "old", datetime(2025, 5, 1, tzinfo=UTC),
                     ReferralStatus.COMPLETED)]
    names = {"jc": "Jobcenter Musterstadt", "old": "Alt"}
    gaps = consents.find_gaps([], refs, names, today)
    assert [g.purpose for g in gaps] == [ConsentPurpose.CASE_MANAGEMENT, None]
    assert "Jobcenter Musterstadt" in gaps[1].message and gaps[1].agency_id == "jc"
    items = [
        Consent("k1", "c", ConsentKind.PURPOSE, ConsentPurpose.CASE_MANAGEMENT,
                granted_on=date(2025, 1, 1)),
        Consent("k2", "c", ConsentKind.RELEASE, recipient_agency_id="jc",
                granted_on=date(2025, 1, 1), expires_on=date(2025, 6, 10)),
    ]
    gaps = consents.find_gaps(items, refs, names, today)
    assert [g.severe for g in gaps] == [False]  # only: the release runs out in 9 days
    assert "noch 9 Tage" in gaps[0].message
    withdrawn = [items[0], dataclasses.replace(items[1], withdrawn_on=date(2025, 5, 20))]
    assert [g.agency_id for g in consents.find_gaps(withdrawn, refs, names, today)] == ["jc"]
    assert consents.state_of(withdrawn[1], today) == "withdrawn"
    assert consents.state_of(items[1], date(2025, 7, 1)) == "expired"


def test_overview_and_undoable_consent(vault) -> None:
    c = _client(vault)
    assert consents.overview(vault, c.id).gaps[0].purpose == ConsentPurpose.CASE_MANAGEMENT
    item = consents.add_consent(vault, Consent(new_id(), c.id, ConsentKind.PURPOSE,
                                               ConsentPurpose.CASE_MANAGEMENT,
                                               granted_on=date.today()))
    assert consents.overview(vault, c.id).gaps == ()
    consents.delete_consent(vault, item)
    assert consents.consents_of(vault, c.id) == []
    consents.restore_consent(vault, item)
    with pytest.raises(ValidationError):
        consents.withdraw_consent(vault, item, date.today() + timedelta(days=3))


# -- household ------------------------------------------------------------------------------

def test_links_are_unique_and_removable(vault) -> None:
    a, b = _client(vault), _client(vault, given_names="Yonas")
    made = household.link(vault, a.id, b.id, RelationKind.CHILD)
    with pytest.raises(ValueError):
        household.link(vault, b.id, a.id, RelationKind.PARENT)
    assert household.relatives(vault, b.id)[0].relation == RelationKind.PARENT
    household.unlink(vault, made.id)
    assert household.relatives(vault, a.id) == []
    household.restore_link(vault, made)
    assert household.get_link(vault, made.id).relative_id == b.id


# -- the case -------------------------------------------------------------------------------

def test_phase_change_undo_and_redo(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    after, entry = cases.change_phase_logged(vault, case, Phase.ASSESSMENT, "Termin")
    assert after.phase == Phase.ASSESSMENT
    restored = cases.undo_phase_change(vault, case, entry)
    assert restored.phase == Phase.ACCESS
    assert [p.phase for p in cases.case_file(vault, case.id).phases] == [Phase.ACCESS]
    cases.redo_phase_change(vault, after, entry)
    assert [p.phase for p in cases.case_file(vault, case.id).phases] == [Phase.ACCESS,
                                                                         Phase.ASSESSMENT]
    with pytest.raises(ValueError):
        cases.change_phase_logged(vault, after, Phase.CLOSURE)
    closed = cases.close_case(vault, after, ClosureReason.OTHER)
    with pytest.raises(ValueError):  # a closed case is not silently reopened by an undo
        cases.undo_phase_change(vault, case, entry)
    assert cases.current_case(cases.cases_of(vault, c.id)) == closed


def test_save_goal_syncs_steps_and_ticks(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    goal = cases.add_goal(vault, case, cases.new_goal("Deutsch B1", steps=(
        cases.new_step(1, "Kurs suchen"), cases.new_step(2, "Anmelden"))))
    assert all(s.goal_id == goal.id for s in goal.steps)
    first, second = goal.steps
    edited = dataclasses.replace(goal, status=GoalStatus.IN_PROGRESS, steps=(
        second, cases.new_step(3, " Prüfung ablegen ")))
    cases.save_goal(vault, case, edited)
    stored = cases.case_file(vault, case.id).goals[0]
    assert stored.status == GoalStatus.IN_PROGRESS
    assert [s.text for s in stored.steps] == ["Anmelden", "Prüfung ablegen"]
    cases.set_step_done(vault, case, stored.steps[0], True)
    assert cases.case_file(vault, case.id).goals[0].steps[0].done
    cases.save_goal(vault, case, goal)  # undo: back to the first version
    assert [s.text for s in cases.case_file(vault, case.id).goals[0].steps] == [
        "Kurs suchen", "Anmelden"]
    with pytest.raises(ValidationError) as err:
        cases.save_goal(vault, case, dataclasses.replace(goal, title=" "))
    assert err.value.errors[0].field == "title"
    cases.delete_goal(vault, case, goal.id)
    assert cases.case_file(vault, case.id).goals == ()


def test_assessment_put_and_remove(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    item = Assessment(new_id(), case.id, LifeArea.WOHNEN, NeedLevel.HIGH, " Unterkunft ")
    stored = cases.put_assessment(vault, case, LifeArea.WOHNEN, item)
    assert stored is not None and stored.notes == "Unterkunft"
    cases.put_assessment(vault, case, LifeArea.WOHNEN, None)
    assert cases.case_file(vault, case.id).assessments == ()


def test_notes_of_client_delete_and_restore(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    old = cases.add_note(vault, case, "alt", written_at=datetime(2024, 1, 1, tzinfo=UTC))
    new = cases.add_note(vault, case, "neu", NoteType.PHONE)
    assert [n.id for n in cases.notes_of_client(vault, c.id)] == [new.id, old.id]
    assert cases.case_file(vault, case.id, with_notes=False).notes == ()
    cases.delete_note(vault, case, new.id)
    assert [n.id for n in cases.notes_of_client(vault, c.id)] == [old.id]
    cases.restore_note(vault, case, new)
    assert cases.notes_of_client(vault, c.id)[0] == new


def test_factor_remove_and_restore(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    f = cases.add_factor(vault, case, FactorKind.HINDERING, "Fehlender Pass", "Botschaft fern")
    cases.remove_factor(vault, case, f.id)
    assert cases.case_file(vault, case.id).factors == ()
    cases.restore_factor(vault, case, f)
    assert cases.case_file(vault, case.id).factors == (f,)


def test_close_needs_reason_and_outcome_per_goal(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    kept = cases.add_goal(vault, case, cases.new_goal("Wohnung finden"))
    dropped = cases.add_goal(vault, case, cases.new_goal("Führerschein",
                                                          status=GoalStatus.DROPPED))
    goals = cases.case_file(vault, case.id).goals
    with pytest.raises(ValidationError) as err:
        cases.close_with_outcomes(vault, case, None, {}, goals,
                                  closed_on=date.today() + timedelta(days=1))
    assert {e.field for e in err.value.errors} == {"reason", "closed_on", f"outcome:{kept.id}"}
    closed = cases.close_with_outcomes(vault, case, ClosureReason.GOALS_ACHIEVED,
                                       {kept.id: GoalOutcome.PARTLY}, goals, "übergeben")
    assert not closed.is_open and closed.closure_reason == ClosureReason.GOALS_ACHIEVED
    stored = {g.id: g for g in cases.case_file(vault, case.id).goals}
    assert stored[kept.id].outcome == GoalOutcome.PARTLY
    assert stored[kept.id].status == GoalStatus.PARTLY_ACHIEVED
    assert stored[dropped.id].outcome is None
    reopened = cases.reopen_case(vault, closed)
    assert reopened.is_open and reopened.phase == Phase.MONITORING


# -- templates and summary ------------------------------------------------------------------

def test_note_templates_render_the_date() -> None:
    keys = [t.key for t in note_templates.templates()]
    assert len(keys) == len(set(keys)) >= 8
    text = note_templates.render(note_templates.by_key("erstgespraech"), date(2025, 2, 3))
    assert text.startswith("Erstgespräch geführt am 03.02.2025")
    assert note_templates.by_key("abh_termin").note_type == NoteType.ACCOMPANIMENT
    with pytest.raises(KeyError):
        note_templates.by_key("gibt-es-nicht")


def test_summary_records_the_view_only_when_asked(vault) -> None:
    c = _client(vault)
    residence.add_status(vault, ResidenceStatus(new_id(), c.id, ResidenceTitle.CHANCEN_104C,
                                                valid_from=date.today() - timedelta(days=30)))
    s = profile.summary(vault, c.id)
    assert s.chancen_clock is not None and s.case is None
    assert s.consent_gaps and s.consent_gaps[0].purpose == ConsentPurpose.CASE_MANAGEMENT
    with vault.session() as sess:
        assert audit_repo.events(sess, entity_id=c.id, action=AuditAction.VIEW) == []
    profile.summary(vault, c.id, record_view=True)
    with vault.session() as sess:
        assert len(audit_repo.events(sess, entity_id=c.id, action=AuditAction.VIEW)) == 1


def test_migration_creates_the_conditions_table(vault) -> None:
    from sqlalchemy import inspect

    from kimdesk.data import migrate

    info = vault.info()
    assert info.schema_revision == migrate.head_revision()
    columns = {c["name"] for c in inspect(vault.engine).get_columns("chancen_conditions")}
    assert {"client_id", "condition", "met", "met_on", "note"} <= columns
