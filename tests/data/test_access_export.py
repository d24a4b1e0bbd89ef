"""Right of access (Art. 15): the JSON holds every record of the client and nothing else."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kimdesk import cli
from kimdesk.domain import enums as e
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent, LegalAreaPeriod, ResidenceStatus
from kimdesk.services import (
    access_export,
    agencies,
    appointments,
    audit_log,
    cases,
    chancen,
    clients,
    consents,
    demo,
    forms,
    household,
    referrals,
    residence,
)
from kimdesk.services.client_graph import owned_tables
from tests.conftest import PASSPHRASE


def _person(vault, name: str):
    c = clients.create_client(vault, clients.new_client(
        family_name=name, given_names="Olena", birth_date=date(1990, 5, 2), nationalities=("UA",),
        languages=("uk",), phone="0221 4710-123", street="Lindenstraße 3"))
    residence.add_status(vault, ResidenceStatus(new_id(), c.id, e.ResidenceTitle.AE_24, "§24",
                                                date(2022, 4, 1), date(2026, 3, 4)))
    residence.change_legal_area(vault, LegalAreaPeriod(new_id(), c.id, e.LegalArea.SGB_II,
                                                       valid_from=date(2022, 6, 1)))
    consents.add_consent(vault, Consent(new_id(), c.id, e.ConsentKind.PURPOSE,
                                        e.ConsentPurpose.CASE_MANAGEMENT,
                                        granted_on=date(2022, 4, 2)))
    case = cases.open_case(vault, c.id, opened_on=date(2022, 4, 2))
    case = cases.change_phase(vault, case, e.Phase.PLANNING)
    cases.set_assessment(vault, case, e.LifeArea.ARBEIT, e.NeedLevel.MEDIUM)
    goal = cases.add_goal(vault, case, cases.new_goal(
        "Anerkennung des Abschlusses", life_area=e.LifeArea.ARBEIT,
        steps=(cases.new_step(1, "Zeugnisse übersetzen"), cases.new_step(2, "Antrag"))))
    cases.add_note(vault, case, f"Notiz zu {name}")
    cases.add_factor(vault, case, e.FactorKind.PROMOTING, "berufserfahrung")
    agency = agencies.add_agency(vault, agencies.new_agency(f"Jobcenter {name}",
                                                            e.AgencyKind.JOBCENTER))
    consents.add_consent(vault, Consent(new_id(), c.id, e.ConsentKind.RELEASE,
                                        recipient_agency_id=agency.id,
                                        granted_on=date(2022, 4, 2)))
    ref = referrals.create_referral(vault, client_id=c.id, agency_id=agency.id,
                                    reason="Anerkennung", goal_id=goal.id)
    referrals.advance(vault, ref.id, e.ReferralStatus.SENT, "geschickt")
    appointments.add_appointment(vault, appointments.new_appointment(
        datetime(2026, 3, 2, 9, tzinfo=UTC), client_id=c.id, place="Büro"))
    chancen.set_condition(vault, chancen.ConditionState("", c.id, chancen.Condition.IDENTITY,
                                                        True, date(2023, 1, 1)))
    return c


@pytest.fixture
def two_people(vault):
    a = _person(vault, "Petrenko")
    b = _person(vault, "Kovalenko")
    household.link(vault, a.id, b.id, e.RelationKind.SPOUSE)
    return vault, a, b


def _ids(doc: dict, table: str) -> set[str]:
    return {str(r["id"]) for r in doc["daten"][table]["datensaetze"]}


def _expected(vault, client_id: str) -> dict[str, set[str]]:
    files = [cases.case_file(vault, c.id) for c in cases.cases_of(vault, client_id)]
    refs = referrals.referrals_of(vault, client_id)
    return {
        "clients": {client_id},
        "household_links": {x.link_id for x in household.relatives(vault, client_id)},
        "residence_statuses": {x.id for x in residence.statuses(vault, client_id)},
        "legal_area_periods": {x.id for x in residence.legal_areas(vault, client_id)},
        "consents": {x.id for x in consents.consents_of(vault, client_id)},
        "cases": {f.case.id for f in files},
        "case_phase_history": {p.id for f in files for p in f.phases},
        "assessments": {a.id for f in files for a in f.assessments},
        "goals": {g.id for f in files for g in f.goals},
        "goal_steps": {s.id for f in files for g in f.goals for s in g.steps},
        "case_notes": {n.id for n in cases.notes_of_client(vault, client_id)},
        "case_factors": {x.id for f in files for x in f.factors},
        "appointments": {a.id for a in forms.gather(vault, client_id=client_id).appointments},
        "referrals": {r.id for r in refs},
        "referral_events": {ev.id for r in refs for ev in referrals.history(vault, r.id)},
        "chancen_conditions": {s.id for s in chancen.conditions_of(vault, client_id).values()
                               if s.id},
    }


def test_access_json_holds_every_record_of_the_client(two_people) -> None:
    vault, a, b = two_people
    doc = access_export.build(vault, a.id).document
    expected = _expected(vault, a.id)
    assert set(doc["daten"]) == {t.name for t in owned_tables()}  # every client-data table
    for table, ids in expected.items():
        assert ids, table  # the fixture fills every table
        assert _ids(doc, table) == ids, table
    other = _expected(vault, b.id)
    for table in expected:
        if table != "household_links":  # the shared link belongs to both
            assert not _ids(doc, table) & other[table], table
    assert doc["betroffene_person"]["family_name"] == "Petrenko"
    assert doc["betroffene_person"]["phone"] == "0221 4710-123"


def test_access_json_explains_purposes_recipients_retention_origin(two_people) -> None:
    vault, a, _b = two_people
    doc = access_export.build(vault, a.id).document
    assert doc["zwecke"]["einwilligungen"][0]["zweck"] == "Fallmanagement / Beratung"
    recipient = doc["empfaenger"][0]
    assert recipient["stelle"] == "Jobcenter Petrenko" and recipient["art"] == "Jobcenter"
    assert recipient["vermittlungen"][0]["uebermittelt"] is True
    assert recipient["schweigepflichtentbindungen"][0]["erteilt_am"] == "2022-04-02"
    assert doc["speicherdauer"]["allgemeine_frist_jahre"] == 3
    assert doc["speicherdauer"]["voraussichtliche_loeschung_ab"] is None  # case still open
    assert any("Beratungsgespräch" in x for x in doc["herkunft"])
    assert doc["rechte"].startswith("Sie haben das Recht")
    assert doc["protokoll"]["eintraege"] and all(
        set(ev) == {"nr", "zeit", "benutzer", "aktion", "bereich"}
        for ev in doc["protokoll"]["eintraege"])
    case = cases.cases_of(vault, a.id)[0]
    cases.close_case(vault, case, e.ClosureReason.GOALS_ACHIEVED, closed_on=date(2024, 1, 31))
    doc = access_export.build(vault, a.id).document
    assert doc["speicherdauer"]["voraussichtliche_loeschung_ab"] == "2027-01-31"
    records = doc["daten"]["cases"]["datensaetze"]
    assert records[0]["closure_reason_bezeichnung"] == "Ziele erreicht"


def test_export_json_and_pdf_owner_only_and_audited(two_people, tmp_path: Path) -> None:
    vault, a, _b = two_people
    out_json, out_pdf = tmp_path / "a.json", tmp_path / "a.pdf"
    access_export.export(vault, a.id, out_json)
    assert json.loads(out_json.read_text(encoding="utf-8"))["art"].startswith("Auskunft")
    assert access_export.pdf_available()
    access_export.export(vault, a.id, out_pdf, lang="uk")
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Petrenko" in text and "Auskunft" in text
    if os.name == "posix":
        for p in (out_json, out_pdf):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600
    events = audit_log.page(vault, audit_log.AuditFilter(action=e.AuditAction.EXPORT)).events
    assert {(ev.entity, ev.entity_id) for ev in events} == {("access_report", a.id),
                                                            ("form_access", a.id)}
    with pytest.raises(ValueError):
        access_export.export(vault, a.id, tmp_path / "a.txt")


def test_demo_client_access_matches_the_forms_service(vault) -> None:
    demo.generate(vault, clients=80, seed=3)
    client = forms.gallery_client(vault)
    doc = access_export.build(vault, client.id).document
    data = forms.gather(vault, client_id=client.id)
    assert _ids(doc, "cases") == {c.case.id for c in data.cases}
    assert _ids(doc, "case_notes") == {n.id for c in data.cases for n in c.notes}
    assert _ids(doc, "referrals") == {x.referral.id for x in data.referrals}
    assert _ids(doc, "consents") == {x.id for x in data.consents}
    assert _ids(doc, "appointments") == {x.id for x in data.appointments}
    for table, ids in _expected(vault, client.id).items():
        assert _ids(doc, table) == ids, table


def test_unknown_client_and_cli(two_people, tmp_path: Path, monkeypatch, capsys) -> None:
    vault, a, _b = two_people
    with pytest.raises(access_export.AccessError):
        access_export.build(vault, "no-such-id")
    path = vault.path
    vault.close()
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cli.json"
    assert cli.main(["access", str(path), "--client", a.id, "--out", str(out)]) == 0
    assert "Datensätze" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["betroffene_person"]["id"] == a.id
