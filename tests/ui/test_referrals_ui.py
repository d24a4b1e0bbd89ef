"""The Vermittlungen view with pytest-qt: make a referral, the consent gate, the directory."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kimdesk.domain.enums import AgencyKind, ConsentKind, LegalArea, ReferralStatus
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent
from kimdesk.services import agencies, clients, consents, referrals
from kimdesk.ui.dialogs import referral_consent
from kimdesk.ui.dialogs.agency_editor import AgencyEditor
from kimdesk.ui.dialogs.referral_consent import ConsentGateDialog, ReleaseDialog
from kimdesk.ui.dialogs.referral_editor import ReferralEditor
from kimdesk.ui.dialogs.referral_status import StatusDialog
from kimdesk.ui.views import agencies_view, referrals_open_panel
from kimdesk.ui.views.referrals_view import ReferralsView

S = ReferralStatus
TODAY = date.today()


@pytest.fixture
def setup(vault):
    client = clients.create_client(vault, clients.new_client(
        family_name="Haidari", given_names="Zahra", languages=("fa_AF",)))
    abh = agencies.add_agency(vault, agencies.new_agency(
        "Ausländerbehörde Musterland", AgencyKind.AUSLAENDERBEHOERDE,
        legal_area=LegalArea.AUFENTHG))
    jc = agencies.add_agency(vault, agencies.new_agency(
        "Jobcenter Musterstadt", AgencyKind.JOBCENTER, legal_area=LegalArea.SGB_II))
    return vault, client, abh, jc


def _editor(qtbot, vault, client, agency) -> ReferralEditor:
    editor = ReferralEditor(vault, client.id)
    qtbot.addWidget(editor)
    editor.select_agency(agency.id)
    editor.reason.setPlainText("Antrag auf Aufenthaltserlaubnis nach §25b vorbereiten")
    return editor


def test_referral_is_blocked_without_release_then_sent_after_recording_one(
        qtbot, setup, monkeypatch) -> None:
    vault, client, abh, _jc = setup
    editor = _editor(qtbot, vault, client, abh)
    assert "keine Schweigepflichtentbindung" in editor.release.text()
    assert not editor.record_release_button.isHidden()
    shown: list[str] = []

    def refuse(gate: ConsentGateDialog) -> int:
        shown.append(gate.message.text())
        assert "Dari" in gate.print_button.text()  # offered in the client's language
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConsentGateDialog, "exec", refuse)
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    assert shown == ["Für „Ausländerbehörde Musterland“ liegt keine "
                     "Schweigepflichtentbindung vor."]
    [stored] = referrals.referrals_of(vault, client.id)
    assert stored.status == S.DRAFT
    assert "Als Entwurf gespeichert" in editor.info.text()

    def record_there(gate: ConsentGateDialog) -> int:
        gate.record_release()
        return gate.result()

    def sign(dialog: ReleaseDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConsentGateDialog, "exec", record_there)
    monkeypatch.setattr(ReleaseDialog, "exec", sign)
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    [sent] = referrals.referrals_of(vault, client.id)  # the same referral, not a second one
    assert sent.id == stored.id and sent.status == S.SENT
    assert editor.result() == QDialog.DialogCode.Accepted
    assert [e.to_status for e in referrals.history(vault, sent.id)] == [S.DRAFT, S.SENT]
    [release] = [c for c in consents.consents_of(vault, client.id)
                 if c.kind == ConsentKind.RELEASE]
    assert release.recipient_agency_id == abh.id and release.form_language == "fa_AF"


def test_with_a_valid_release_it_is_sent_at_once(qtbot, setup, monkeypatch) -> None:
    vault, client, abh, _jc = setup
    consents.add_consent(vault, Consent(new_id(), client.id, ConsentKind.RELEASE,
                                        recipient_agency_id=abh.id, granted_on=TODAY,
                                        expires_on=TODAY + timedelta(days=365)))
    editor = _editor(qtbot, vault, client, abh)
    assert editor.release.text().startswith("✔")
    assert editor.record_release_button.isHidden()
    monkeypatch.setattr(ConsentGateDialog, "exec", lambda _g: pytest.fail("gate shown"))
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    assert referrals.get_referral(vault, editor.referral.id).status == S.SENT


def test_expired_and_withdrawn_releases_are_named_in_the_editor(qtbot, setup) -> None:
    vault, client, abh, jc = setup
    expired = TODAY - timedelta(days=10)
    consents.add_consent(vault, Consent(new_id(), client.id, ConsentKind.RELEASE,
                                        recipient_agency_id=abh.id,
                                        granted_on=TODAY - timedelta(days=400),
                                        expires_on=expired))
    granted = consents.add_consent(vault, Consent(new_id(), client.id, ConsentKind.RELEASE,
                                                  recipient_agency_id=jc.id,
                                                  granted_on=TODAY - timedelta(days=30)))
    consents.withdraw_consent(vault, granted, TODAY)
    editor = _editor(qtbot, vault, client, abh)
    assert f"abgelaufen (gültig bis {expired.strftime('%d.%m.%Y')})" in editor.release.text()
    editor.select_agency(jc.id)
    assert f"am {TODAY.strftime('%d.%m.%Y')} widerrufen" in editor.release.text()


def test_missing_reason_is_reported_and_nothing_stored(qtbot, setup) -> None:
    vault, client, abh, _jc = setup
    editor = _editor(qtbot, vault, client, abh)
    editor.reason.setPlainText("   ")
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert "Anlass ist ein Pflichtfeld" in editor.errors.text()
    assert referrals.referrals_of(vault, client.id) == []


def test_view_lists_overdue_first_advances_and_opens_the_client(qtbot, setup, monkeypatch) -> None:
    vault, client, abh, jc = setup
    for agency in (abh, jc):
        consents.add_consent(vault, Consent(new_id(), client.id, ConsentKind.RELEASE,
                                            recipient_agency_id=agency.id, granted_on=TODAY))
    later = referrals.create_referral(vault, client_id=client.id, agency_id=jc.id,
                                      reason="Leistungsantrag", follow_up_on=TODAY + timedelta(5))
    late = referrals.create_referral(vault, client_id=client.id, agency_id=abh.id,
                                     reason="Termin §25b", follow_up_on=TODAY - timedelta(3))
    view = ReferralsView()
    qtbot.addWidget(view)
    view.resize(1200, 750)
    view.set_vault(vault)
    panel = view.open_panel
    assert [panel.model.row_at(i).id for i in range(2)] == [late.id, later.id]
    assert "überfällig" in panel.model.index(0, 0).data()
    assert "1 mit überfälliger Wiedervorlage" in panel.summary.text()
    panel.table.selectRow(0)

    def choose_sent(dialog: StatusDialog) -> int:
        dialog.target.setCurrentIndex(dialog.target.findData(S.SENT.value))
        dialog.note.setPlainText("per E-Mail an Frau Krüger")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(StatusDialog, "exec", choose_sent)
    qtbot.mouseClick(panel.advance_button, Qt.MouseButton.LeftButton)
    assert referrals.get_referral(vault, late.id).status == S.SENT
    assert "per E-Mail an Frau Krüger" in panel.history.toPlainText()
    with qtbot.waitSignal(view.client_requested) as sig:
        qtbot.mouseClick(panel.client_button, Qt.MouseButton.LeftButton)
    assert sig.args == [client.id]
    panel.agency_filter.setCurrentIndex(panel.agency_filter.findData(jc.id))
    assert panel.model.rowCount() == 1 and panel.model.row_at(0).id == later.id
    panel.agency_filter.setCurrentIndex(0)
    panel.area_filter.setCurrentIndex(panel.area_filter.findData(LegalArea.AUFENTHG.value))
    assert [panel.model.row_at(i).id for i in range(panel.model.rowCount())] == [late.id]
    view.tabs.setCurrentIndex(view.TAB_STATS)
    assert view.stats_panel.model.rowCount() == 3  # the total and two agencies
    view.set_vault(None)
    assert panel.model.rowCount() == 0 and view.stats_panel.model.rowCount() == 0
    assert view.agencies_view.model.rowCount() == 0 and panel.agency_filter.count() == 0


def test_print_is_gated_and_says_so_while_the_form_dialog_is_missing(
        qtbot, setup, monkeypatch) -> None:
    vault, client, abh, _jc = setup
    referrals.create_referral(vault, client_id=client.id, agency_id=abh.id, reason="Anlass")
    view = ReferralsView()
    qtbot.addWidget(view)
    view.set_vault(vault)
    shown: list[str] = []
    monkeypatch.setattr(ConsentGateDialog, "exec",
                        lambda g: shown.append(g.message.text()) or QDialog.DialogCode.Rejected)
    opened: list[dict] = []
    monkeypatch.setattr(referrals_open_panel, "open_print_form", lambda *a, **k: opened.append(k))
    view.open_panel.print_selected()
    assert shown and "keine Schweigepflichtentbindung" in shown[0] and not opened
    consents.add_consent(vault, Consent(new_id(), client.id, ConsentKind.RELEASE,
                                        recipient_agency_id=abh.id, granted_on=TODAY))
    view.open_panel.print_selected()
    assert len(shown) == 1 and opened[0]["form"] == "referral"


def test_print_offer_is_an_honest_placeholder_without_the_forms_module(
        qtbot, setup, monkeypatch) -> None:
    vault, client, _abh, _jc = setup
    told: list[str] = []
    monkeypatch.setattr(referral_consent, "PRINT_MODULE", "kimdesk.ui.dialogs.no_such_module")
    monkeypatch.setattr(referral_consent.QMessageBox, "information",
                        lambda _p, _t, text: told.append(text))
    assert referral_consent.open_print_form(vault, client_id=client.id, form="release") is False
    assert "noch nicht eingebaut" in told[0]


def test_agency_directory_create_and_all_or_nothing_import(qtbot, vault, tmp_path,
                                                           monkeypatch) -> None:
    view = agencies_view.AgenciesView()
    qtbot.addWidget(view)
    view.set_vault(vault)
    editor = AgencyEditor(vault, None, view)
    qtbot.addWidget(editor)
    editor.name.setText("Migrationsberatung für Erwachsene")
    editor.kind.setCurrentIndex(editor.kind.findData(AgencyKind.MIGRATIONSBERATUNG.value))
    editor.languages.setText("de, ar, xx-bad")
    editor.accept()
    assert "xx-bad" in editor.errors.text() and editor.agency is None
    editor.languages.setText("de, ar")
    editor.accept()
    assert editor.agency is not None
    view.refresh()
    assert view.model.rowCount() == 1
    warnings: list[str] = []
    monkeypatch.setattr(agencies_view.QMessageBox, "warning",
                        lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(agencies_view.QMessageBox, "information", lambda *a: None)
    bad = tmp_path / "bad.csv"
    bad.write_text("Name;Art\nJobcenter;Jobcenter\n;Sozialamt\n", encoding="utf-8-sig")
    assert view.import_csv(str(bad)) is False
    assert "Zeile 3" in warnings[0]
    assert view.model.rowCount() == 1
    out = tmp_path / "out.csv"
    assert view.export_csv(str(out)) is True
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert view.import_csv(str(out)) is True
    assert view.model.rowCount() == 1


def test_new_referral_starts_by_finding_the_client(qtbot, setup) -> None:
    from kimdesk.ui.dialogs.referral_client_picker import ClientPickerDialog

    vault, client, _abh, _jc = setup
    picker = ClientPickerDialog(vault)
    qtbot.addWidget(picker)
    picker.search.setText("h")
    picker.refresh()
    assert picker.results.count() == 0 and picker.client_id is None
    picker.search.setText("haida")
    picker.refresh()
    assert picker.results.count() == 1 and picker.client_id == client.id
