"""The client profile, driven like a counsellor would (pytest-qt, a real encrypted vault)."""

from __future__ import annotations

import gc
import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.domain.dates import period_end
from kimdesk.domain.enums import (
    AuditAction, ClosureReason, ConsentKind, ConsentPurpose, GoalOutcome, GoalStatus, LegalArea,
    Phase, RelationKind, ResidenceTitle,
)
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent, LegalAreaPeriod, ResidenceStatus
from kimdesk.services import cases, chancen, clients, consents, household, residence
from kimdesk.ui.profile import ClientProfile
from kimdesk.ui.profile.common import select_data


@pytest.fixture
def person(vault):
    """A client with a Duldung, a legal area, a consent and an open case with one goal."""
    c = clients.create_client(vault, clients.new_client(
        family_name="Haddad", given_names="Rania", family_name_original="حداد",
        given_names_original="رانيا", birth_date=date(1990, 5, 4), nationalities=("SY",),
        languages=("ar",)))
    residence.add_status(vault, ResidenceStatus(new_id(), c.id, ResidenceTitle.DULDUNG,
                                                "§ 60a AufenthG", date(2024, 1, 1),
                                                date(2024, 12, 31)))
    residence.change_legal_area(vault, LegalAreaPeriod(new_id(), c.id, LegalArea.ASYLBLG,
                                                       "Sozialamt", valid_from=date(2023, 1, 1)))
    consents.add_consent(vault, Consent(new_id(), c.id, ConsentKind.PURPOSE,
                                        ConsentPurpose.CASE_MANAGEMENT,
                                        granted_on=date.today() - timedelta(days=30)))
    case = cases.open_case(vault, c.id, opened_on=date.today() - timedelta(days=60))
    cases.add_goal(vault, case, cases.new_goal("Deutschkurs B1", steps=(
        cases.new_step(1, "Kurs suchen"), cases.new_step(2, "Anmelden"))))
    return c


@pytest.fixture
def profile(qtbot, vault, person):
    w = ClientProfile(vault, person.id)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # delete the C++ side now, in the GUI thread: a later garbage collection in some worker
    # thread must not be the one to destroy widgets
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def yes(monkeypatch):
    """Answer every confirmation with yes."""
    for module in ("tab_closure", "tab_notes", "tab_consents", "tab_household", "case_goals"):
        monkeypatch.setattr(f"kimdesk.ui.profile.{module}.confirm", lambda *a, **k: True)


def _events(vault, client_id, action):
    with vault.session() as s:
        return audit_repo.events(s, entity_id=client_id, action=action)


def _stored(vault, client_id):
    return clients.get_client(vault, client_id, record_view=False)


def test_opening_records_one_view_and_shows_both_scripts(profile, vault, person) -> None:
    assert len(_events(vault, person.id, AuditAction.VIEW)) == 1
    assert profile.header.name.text() == "Haddad, Rania"
    assert profile.header.original.text() == "رانيا حداد"
    assert profile.header.original.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Duldung" in profile.header.plain_facts()
    assert "Zugang / Erstberatung" in profile.header.plain_facts()
    edit = profile.personal.family_name_original
    assert edit.text() == "حداد" and edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert profile.personal.family_name.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # other tabs load only when shown
    assert not profile.notes.loaded
    profile.show_tab("notes")
    assert profile.notes.loaded
    assert len(_events(vault, person.id, AuditAction.VIEW)) == 1


def test_edit_name_save_undo_redo(qtbot, profile, vault, person) -> None:
    tab = profile.personal
    tab.family_name.setText("Haddad-Nasser")
    assert tab.dirty and tab.save_button.isEnabled()
    profile.activateWindow()
    tab.family_name.setFocus()
    QTest.keyClick(tab.family_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(vault, person.id).family_name == "Haddad-Nasser")
    assert not tab.dirty
    assert profile.header.name.text() == "Haddad-Nasser, Rania"
    profile.ctx.undo_stack.undo()
    assert _stored(vault, person.id).family_name == "Haddad"
    assert tab.family_name.text() == "Haddad"
    assert profile.header.name.text() == "Haddad, Rania"
    profile.ctx.undo_stack.redo()
    assert _stored(vault, person.id).family_name == "Haddad-Nasser"
    assert tab.family_name.text() == "Haddad-Nasser"
    updates = _events(vault, person.id, AuditAction.UPDATE)
    assert len([e for e in updates if e.entity == "client"]) == 3  # save, undo, redo


def test_keyboard_undo_and_redo(qtbot, profile, vault, person) -> None:
    tab = profile.personal
    tab.given_names.setText("Rania Maryam")
    assert tab.save()
    profile.activateWindow()
    profile.tabs.setFocus()
    QTest.keyClick(profile.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(vault, person.id).given_names == "Rania")
    QTest.keyClick(profile.tabs, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(vault, person.id).given_names == "Rania Maryam")
    QTest.keyClick(profile.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(profile.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _stored(vault, person.id).given_names == "Rania Maryam")


def test_future_birth_date_is_refused_at_the_field(profile, vault, person) -> None:
    tab = profile.personal
    future = date.today() + timedelta(days=3)
    tab.birth_date.setText(future.strftime("%d.%m.%Y"))
    tab.family_name.setText("")
    tab.family_name_original.setText("")
    assert not tab.save()
    messages = tab.errors.messages()
    assert "Zukunft" in messages["birth_date"]
    assert "Pflichtfeld" in messages["family_name"]
    assert tab.family_name.property("invalid") is True
    assert tab.birth_date.property("invalid") is True
    assert not tab.errors.label("birth_date").isHidden()
    stored = _stored(vault, person.id)
    assert stored.birth_date == date(1990, 5, 4) and stored.family_name == "Haddad"
    assert profile.ctx.undo_stack.count() == 0
    tab.birth_date.setText("31.02.1990")  # not a date at all
    tab.family_name.setText("Haddad")
    tab.family_name_original.setText("حداد")
    assert not tab.save()
    assert "TT.MM.JJJJ" in tab.errors.messages()["birth_date"]
    tab.birth_date.setText("1990")
    tab.year_only.setChecked(True)
    assert tab.save()
    stored = _stored(vault, person.id)
    assert stored.birth_date == date(1990, 1, 1) and stored.birth_year_only
    assert tab.birth_date.property("invalid") is False


def test_nationalities_and_languages_by_name(profile, vault, person) -> None:
    tab = profile.personal
    tab.nationalities.picker.setEditText("Afghanistan")
    tab.nationalities.add_typed()
    tab.languages.add_code("fa_AF")
    assert tab.nationalities.codes() == ("SY", "AF")
    assert tab.languages.chips.item(1).text() == "Dari (fa_AF)"
    assert tab.save()
    stored = _stored(vault, person.id)
    assert stored.nationalities == ("SY", "AF") and stored.languages == ("ar", "fa_AF")


def test_add_chancen_title_shows_days_left_and_conditions(qtbot, profile, vault, person) -> None:
    profile.show_tab("residence")
    tab = profile.residence
    assert tab.chancen.isHidden()
    dialog = tab.add_status()
    select_data(dialog.title, ResidenceTitle.CHANCEN_104C)
    start = date.today() - timedelta(days=100)
    assert dialog.legal_basis.text() == "§ 104c AufenthG"
    dialog.valid_from.setText(start.strftime("%d.%m.%Y"))
    dialog.valid_until.setText((start - timedelta(days=1)).strftime("%d.%m.%Y"))
    dialog.accept()
    assert dialog.isVisible() and "nach dem Beginn" in dialog.errors.messages()["valid_until"]
    dialog.valid_until.setText("")
    dialog.accept()
    assert not dialog.isVisible()
    end = period_end(start, 18)
    stored = residence.statuses(vault, person.id)[0]
    assert stored.title == ResidenceTitle.CHANCEN_104C and stored.valid_until == end
    assert not tab.chancen.isHidden()
    days = (end - date.today()).days
    assert f"noch {days} Tage" in tab.chancen.clock_label.text()
    assert "§104c" in profile.header.plain_facts() and f"noch {days} Tage" in \
        profile.header.plain_facts()
    assert "Identität/Pass" in tab.chancen.open_25b.text()
    tab.chancen.boxes[chancen.Condition.IDENTITY].click()
    assert chancen.conditions_of(vault, person.id)[chancen.Condition.IDENTITY].met
    assert "Identität/Pass" not in tab.chancen.open_25b.text()
    profile.ctx.undo_stack.undo()  # the tick
    assert not chancen.conditions_of(vault, person.id)[chancen.Condition.IDENTITY].met
    assert not tab.chancen.boxes[chancen.Condition.IDENTITY].isChecked()
    profile.ctx.undo_stack.undo()  # the title
    assert [s.title for s in residence.statuses(vault, person.id)] == [ResidenceTitle.DULDUNG]
    assert tab.chancen.isHidden()
    profile.ctx.undo_stack.redo()
    assert residence.statuses(vault, person.id)[0].id == stored.id


def test_change_legal_area_records_handover(profile, vault, person) -> None:
    profile.show_tab("legal")
    tab = profile.legal
    dialog = tab.change_area()
    select_data(dialog.area, LegalArea.SGB_II)
    dialog.office.setEditText("Jobcenter Musterstadt")
    dialog.handover.setText("")
    dialog.accept()
    assert dialog.isVisible() and "Pflichtfeld" in dialog.errors.messages()["valid_from"]
    day = date.today() - timedelta(days=5)
    dialog.handover.setText(day.strftime("%d.%m.%Y"))
    dialog.accept()
    assert not dialog.isVisible()
    history = residence.legal_areas(vault, person.id)
    assert [(p.legal_area, p.office) for p in history] == [
        (LegalArea.SGB_II, "Jobcenter Musterstadt"), (LegalArea.ASYLBLG, "Sozialamt")]
    assert history[1].valid_until == day - timedelta(days=1)
    assert "Jobcenter Musterstadt" in tab.now.text() and "SGB II" in tab.now.text()
    profile.ctx.undo_stack.undo()
    history = residence.legal_areas(vault, person.id)
    assert [(p.legal_area, p.valid_until) for p in history] == [(LegalArea.ASYLBLG, None)]


def test_phase_change_is_recorded_and_undone(profile, vault, person) -> None:
    profile.show_tab("case")
    panel = profile.case.phase
    select_data(panel.target, Phase.ASSESSMENT)
    panel.note.setText("Unterlagen gesichtet")
    assert panel.change()
    case = cases.current_case(cases.cases_of(vault, person.id))
    assert case is not None and case.phase == Phase.ASSESSMENT
    history = cases.case_file(vault, case.id).phases
    assert [(p.phase, p.note) for p in history][-1] == (Phase.ASSESSMENT, "Unterlagen gesichtet")
    assert panel.model.rows[0].phase == Phase.ASSESSMENT  # newest first
    assert "Bestandsaufnahme" in profile.header.plain_facts()
    profile.ctx.undo_stack.undo()
    case = cases.current_case(cases.cases_of(vault, person.id))
    assert case.phase == Phase.ACCESS
    assert [p.phase for p in cases.case_file(vault, case.id).phases] == [Phase.ACCESS]


def test_goals_steps_and_assessment(qtbot, profile, vault, person, yes) -> None:
    profile.show_tab("case")
    goals = profile.case.goals
    dialog = goals.add_goal()
    dialog.accept()
    assert dialog.isVisible() and "Pflichtfeld" in dialog.errors.messages()["title"]
    dialog.title_edit.setText("Wohnung finden")
    dialog.responsible.setText("Klient*in")
    dialog.due.setText("31.12.2030")
    dialog.add_step(None)
    dialog.steps.item(0, 0).setText("Wohnberechtigungsschein beantragen")
    dialog.accept()
    assert not dialog.isVisible()
    case = cases.current_case(cases.cases_of(vault, person.id))
    stored = {g.title: g for g in cases.case_file(vault, case.id).goals}
    assert stored["Wohnung finden"].steps[0].text == "Wohnberechtigungsschein beantragen"
    # tick a step in the tree
    goals.select_goal(stored["Deutschkurs B1"].id)
    step_item = goals.tree.currentItem().child(0)
    step_item.setCheckState(0, Qt.CheckState.Checked)
    assert cases.case_file(vault, case.id).goals[0].steps[0].done
    # change the status of the selected goal, then undo it
    goals.select_goal(stored["Deutschkurs B1"].id)
    goals.set_status(GoalStatus.IN_PROGRESS)
    by_id = {g.id: g for g in cases.case_file(vault, case.id).goals}
    assert by_id[stored["Deutschkurs B1"].id].status == GoalStatus.IN_PROGRESS
    profile.ctx.undo_stack.undo()
    by_id = {g.id: g for g in cases.case_file(vault, case.id).goals}
    assert by_id[stored["Deutschkurs B1"].id].status == GoalStatus.OPEN
    # assessment: a note without a need level is refused at the row
    panel = profile.case.assessment
    panel.notes[list(panel.notes)[5]].setText("Zimmer in der Unterkunft")
    assert not panel.save()
    area = list(panel.notes)[5]
    assert "Bedarf" in panel.errors.messages()[area.value]
    select_data(panel.need[area], panel.need[area].itemData(4))
    assert panel.save()
    assert cases.case_file(vault, case.id).assessments[0].notes == "Zimmer in der Unterkunft"
    profile.ctx.undo_stack.undo()
    assert cases.case_file(vault, case.id).assessments == ()
    # factors
    factors = profile.case.factors
    factors.tag.setText("Fehlender Pass")
    factors.text.setText("Botschaft stellt keinen aus")
    assert factors.add_factor()
    assert cases.case_file(vault, case.id).factors[0].tag == "Fehlender Pass"
    profile.ctx.undo_stack.undo()
    assert cases.case_file(vault, case.id).factors == ()


def test_note_from_template_found_by_search(qtbot, profile, vault, person) -> None:
    profile.show_tab("notes")
    tab = profile.notes
    tab.insert_template("abh_termin")
    assert tab.editor.toPlainText().startswith("Termin bei der Ausländerbehörde wahrgenommen am")
    assert tab.note_type.currentText() == "Begleitung"
    tab.editor.insertPlainText(" Fiktionsbescheinigung ausgestellt.")
    assert tab.add_note()
    case = cases.current_case(cases.cases_of(vault, person.id))
    cases.add_note(vault, case, "Telefonat mit der Schule.")
    tab.reload()
    assert len(tab.model.all) == 2
    tab.search.setText("fiktionsbescheinigung")
    qtbot.waitUntil(lambda: len(tab.model.visible) == 1)
    assert tab.count.text() == "1 von 2"
    assert "Fiktionsbescheinigung" in tab.detail.toPlainText()
    assert len(tab.detail.extraSelections()) == 1
    tab.search.setText("")
    qtbot.waitUntil(lambda: len(tab.model.visible) == 2)
    profile.ctx.undo_stack.undo()  # the note added in the profile
    assert [n.text for n in cases.notes_of_client(vault, person.id)] == [
        "Telefonat mit der Schule."]


def test_megabyte_notes_stay_responsive(qtbot, profile, vault, person) -> None:
    import time

    case = cases.current_case(cases.cases_of(vault, person.id))
    for i in range(5):
        cases.add_note(vault, case, ("x" * 999_000) + f" Treffer{i}")
    profile.show_tab("notes")
    tab = profile.notes
    started = time.perf_counter()
    tab.search.setText("treffer3")
    tab.apply_filter()
    assert len(tab.model.visible) == 1
    tab.list.setCurrentIndex(tab.model.index(0))
    QTest.qWait(10)
    assert time.perf_counter() - started < 5
    assert len(tab.detail.extraSelections()) == 1
    assert tab.model.data(tab.model.index(0), Qt.ItemDataRole.DisplayRole).count("x") < 400


def test_delete_note_and_undo(profile, vault, person, yes) -> None:
    case = cases.current_case(cases.cases_of(vault, person.id))
    note = cases.add_note(vault, case, "In die falsche Akte geschrieben")
    profile.show_tab("notes")
    assert profile.notes.delete_selected()
    assert cases.notes_of_client(vault, person.id) == []
    profile.ctx.undo_stack.undo()
    assert cases.notes_of_client(vault, person.id) == [note]


def test_close_with_outcomes_and_reopen(profile, vault, person, yes) -> None:
    profile.show_tab("closure")
    tab = profile.closure
    assert tab.stack.currentIndex() == 1
    assert not tab.close_case()
    messages = tab.errors.messages()
    assert "Grund" in messages["reason"]
    goal_id = next(iter(tab.outcomes))
    assert "Ergebnis" in messages[f"outcome:{goal_id}"]
    select_data(tab.reason, ClosureReason.HANDED_OVER)
    select_data(tab.outcomes[goal_id], GoalOutcome.PARTLY)
    tab.note.setPlainText("an die Migrationsberatung übergeben")
    assert tab.close_case()
    case = cases.current_case(cases.cases_of(vault, person.id))
    assert not case.is_open and case.closure_reason == ClosureReason.HANDED_OVER
    assert cases.case_file(vault, case.id).goals[0].outcome == GoalOutcome.PARTLY
    assert tab.stack.currentIndex() == 2 and "teilweise erreicht" in tab.summary.text()
    assert "abgeschlossen" in profile.header.plain_facts()
    assert tab.reopen_case()
    case = cases.current_case(cases.cases_of(vault, person.id))
    assert case.is_open and case.phase == Phase.MONITORING
    assert tab.stack.currentIndex() == 1


def test_missing_consents_are_red_and_fixable(profile, vault, person, yes) -> None:
    profile.show_tab("consents")
    tab = profile.consents
    assert "Fallmanagement" in tab.model.data(tab.model.index(0, 1))
    assert "liegt vor" in tab.gaps.text()
    tab.table.selectRow(0)
    assert tab.withdraw_selected()
    assert "Keine gültige Einwilligung" in tab.gaps.text() and "#b3261e" in tab.gaps.text()
    assert "Einwilligung fehlt" in profile.header.plain_facts()
    dialog = tab.add_consent(ConsentKind.PURPOSE)
    dialog.granted.setText((date.today() + timedelta(days=2)).strftime("%d.%m.%Y"))
    dialog.accept()
    assert dialog.isVisible() and "Zukunft" in dialog.errors.messages()["granted_on"]
    dialog.granted.setText(date.today().strftime("%d.%m.%Y"))
    dialog.accept()
    assert not dialog.isVisible()
    assert "liegt vor" in tab.gaps.text()
    assert "Einwilligung fehlt" not in profile.header.plain_facts()
    release = tab.add_consent(ConsentKind.RELEASE)
    release.accept()
    assert "Empfänger" in release.errors.messages()["recipient_name"]
    release.reject()


def test_relative_linked_by_search_and_opened(qtbot, profile, vault, person, yes) -> None:
    son = clients.create_client(vault, clients.new_client(
        family_name="Haddad", given_names="Omar", given_names_original="عمر",
        birth_date=date(2012, 3, 1)))
    from kimdesk.services import search

    search.build_index(vault)  # built at unlock in the app; no worker thread in the test
    profile.show_tab("household")
    tab = profile.household
    dialog = tab.add_link()
    dialog.query.setText("Omar")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=10_000)
    select_data(dialog.relation, RelationKind.CHILD)
    dialog.accept()
    assert not dialog.isVisible()
    rel = household.relatives(vault, person.id)
    assert [(r.client.id, r.relation) for r in rel] == [(son.id, RelationKind.CHILD)]
    assert tab.model.rows[0].client.given_names == "Omar"
    with qtbot.waitSignal(profile.open_client) as blocker:
        tab.table.doubleClicked.emit(tab.model.index(0, 1))
    assert blocker.args == [son.id]
    profile.ctx.undo_stack.undo()
    assert household.relatives(vault, person.id) == []


def test_escape_goes_back_and_ctrl_tab_switches(qtbot, profile) -> None:
    profile.activateWindow()
    profile.tabs.setFocus()
    QTest.keyClick(profile.tabs, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert profile.tabs.currentWidget() is profile.residence and profile.residence.loaded
    QTest.keyClick(profile.tabs.currentWidget(), Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ControlModifier)
    assert profile.tabs.currentWidget() is profile.legal
    QTest.keyClick(profile.tabs, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert profile.tabs.currentWidget() is profile.residence
    with qtbot.waitSignal(profile.closed, timeout=2000):
        QTest.keyClick(profile.tabs, Qt.Key.Key_Escape)


def test_audit_holds_only_ids(profile, vault, person) -> None:
    profile.personal.given_names.setText("Rania Leila")
    assert profile.personal.save()
    with vault.session() as s:
        events = audit_repo.events(s, entity_id=person.id)
    actions = {e.action for e in events}
    assert {AuditAction.VIEW, AuditAction.UPDATE, AuditAction.CREATE} <= actions
    uuid = re.compile(r"^[0-9a-f-]{36}$")
    with vault.session() as s:
        every = audit_repo.events(s, limit=10_000)
    for e in every:
        assert e.entity_id == "" or uuid.match(e.entity_id), e
        assert "Haddad" not in e.entity_id and "Rania" not in e.entity_id


def test_print_and_referral_buttons_follow_the_other_dialogs(profile) -> None:
    import importlib.util

    for button, module in ((profile.print_button, "kimdesk.ui.dialogs.print_form"),
                           (profile.referral_button, "kimdesk.ui.dialogs.referral_editor")):
        present = importlib.util.find_spec(module) is not None
        assert button.isEnabled() == present
        if not present:
            assert "noch nicht" in button.toolTip()


def test_locking_closes_the_profile(qtbot, profile) -> None:
    with qtbot.waitSignal(profile.closed):
        profile.set_vault(None)
    assert profile.ctx.undo_stack.count() == 0


def test_tab_order_follows_the_form(qtbot, profile) -> None:
    tab = profile.personal
    profile.activateWindow()
    tab.given_names_original.setFocus()
    qtbot.waitUntil(tab.given_names_original.hasFocus)
    QTest.keyClick(tab.given_names_original, Qt.Key.Key_Tab)
    qtbot.waitUntil(tab.birth_date.hasFocus)
    tab.shelter.setFocus()
    qtbot.waitUntil(tab.shelter.hasFocus)
    QTest.keyClick(tab.shelter, Qt.Key.Key_Tab)
    assert not tab.shelter.hasFocus()


def test_escape_with_unsaved_changes_asks(qtbot, monkeypatch, profile, vault, person) -> None:
    answers = iter(["cancel", "save"])
    monkeypatch.setattr("kimdesk.ui.profile.profile.ask_unsaved", lambda _w: next(answers))
    profile.personal.given_names.setText("Rania Amal")
    closed = []
    profile.closed.connect(lambda: closed.append(True))
    profile.go_back()
    assert not closed and profile.personal.dirty
    profile.go_back()
    assert closed and _stored(vault, person.id).given_names == "Rania Amal"
