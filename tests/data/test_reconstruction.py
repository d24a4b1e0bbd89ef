"""The anonymised case reconstruction: the timeline is right and holds no personal data."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kimdesk import cli
from kimdesk.domain import enums as e
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent, LegalAreaPeriod, ResidenceStatus
from kimdesk.services import (
    agencies,
    audit_log,
    cases,
    clients,
    consents,
    household,
    reconstruction,
    referrals,
    residence,
)
from tests.conftest import PASSPHRASE

SECRETS = ("Zarghunyar", "Malalai", "Shirin", "زرغونیار", "ملالی", "1987", "14.03", "03-14",
           "0221", "4710", "example.org", "Kastanienweg", "59999", "Beispielhausen",
           "Lindenhof", "KIM-2023-04711", "04711", "Qasemzada", "Farid", "Brandt",
           "Geheimnotiz", "Meier", "Notiz zum Titel", "braucht Hilfe", "Mitte")


@pytest.fixture
def person(vault):
    c = clients.create_client(vault, clients.new_client(
        family_name="Zarghunyar", given_names="Malalai Shirin", family_name_original="زرغونیار",
        given_names_original="ملالی", birth_date=date(1987, 3, 14), gender=e.Gender.FEMALE,
        nationalities=("AF",), languages=("fa_AF",), phone="0221 4710-555",
        email="malalai@example.org", street="Kastanienweg 17", postal_code="59999",
        city="Beispielhausen", shelter="ZUE Lindenhof", file_number="KIM-2023-04711"))
    rel = clients.create_client(vault, clients.new_client(family_name="Qasemzada",
                                                          given_names="Farid"))
    household.link(vault, c.id, rel.id, e.RelationKind.SIBLING)
    residence.add_status(vault, ResidenceStatus(
        new_id(), c.id, e.ResidenceTitle.DULDUNG, "§60a", date(2023, 1, 10), None,
        "Ausländerbehörde Beispielhausen", "Notiz zum Titel von Malalai"))
    residence.change_legal_area(vault, LegalAreaPeriod(
        new_id(), c.id, e.LegalArea.ASYLBLG, "Sozialamt Beispielhausen",
        valid_from=date(2023, 2, 1), note="Malalai"))
    residence.change_legal_area(vault, LegalAreaPeriod(
        new_id(), c.id, e.LegalArea.SGB_II, "Jobcenter Beispielhausen Mitte",
        valid_from=date(2023, 9, 1)))
    case = cases.open_case(vault, c.id, opened_on=date(2023, 2, 1))
    case = cases.change_phase(vault, case, e.Phase.ASSESSMENT, "Gespräch mit Malalai")
    cases.set_assessment(vault, case, e.LifeArea.SPRACHE, e.NeedLevel.HIGH, "Malalai: A1")
    goal = cases.add_goal(vault, case, cases.new_goal(
        "Malalai lernt Deutsch bei Frau Brandt", life_area=e.LifeArea.SPRACHE,
        steps=(cases.new_step(1, "Anmeldung Kastanienweg"),)))
    cases.add_note(vault, case, "Geheimnotiz über Malalai im Kastanienweg 17")
    cases.add_factor(vault, case, e.FactorKind.PROMOTING, "familie_gibt_halt",
                     "Bruder Farid hilft jeden Tag")
    cases.add_factor(vault, case, e.FactorKind.HINDERING, "streit_mit_zarghunyar", "x")
    cases.add_factor(vault, case, e.FactorKind.HINDERING, "lange_wartezeit", "Frau Meier")
    jc = agencies.add_agency(vault, agencies.new_agency("Jobcenter Beispielhausen Mitte",
                                                        e.AgencyKind.JOBCENTER))
    consents.add_consent(vault, Consent(new_id(), c.id, e.ConsentKind.RELEASE,
                                        recipient_agency_id=jc.id, granted_on=date(2023, 2, 1)))
    ref = referrals.create_referral(vault, client_id=c.id, agency_id=jc.id,
                                    reason="Malalai braucht Hilfe", goal_id=goal.id)
    referrals.advance(vault, ref.id, e.ReferralStatus.SENT, "an Frau Brandt geschickt")
    referrals.advance(vault, ref.id, e.ReferralStatus.ACCEPTED, "Rückruf von Frau Brandt")
    return vault, c, case


def _all_text(rec: reconstruction.Reconstruction, pdf: Path) -> str:
    text = reconstruction.to_json_bytes(rec).decode("utf-8")
    return text + subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                 text=True, check=True).stdout


def test_reconstruction_has_no_personal_data(person, tmp_path: Path) -> None:
    vault, client, _case = person
    pdf = tmp_path / "r.pdf"
    rec = reconstruction.export(vault, client.id, pdf)
    reconstruction.export(vault, client.id, tmp_path / "r.json")
    text = _all_text(rec, pdf)
    leaked = [s for s in SECRETS if s.casefold() in text.casefold()]
    assert leaked == []
    assert client.id not in text and "Fallrekonstruktion" in text
    for p in (pdf, tmp_path / "r.json"):
        if os.name == "posix":
            assert stat.S_IMODE(p.stat().st_mode) == 0o600


def test_reconstruction_timeline(person) -> None:
    vault, client, _case = person
    rec = reconstruction.build(vault, client.id)
    data = json.loads(reconstruction.to_json_bytes(rec))
    assert data["person"] == {"altersgruppe_bei_erstkontakt": "30–39 Jahre",
                              "staatsangehoerigkeit": ["Afghanistan"]}
    events = [(x["tag"], x["ereignis"]) for x in data["zeitleiste"]]
    assert (0, "Fall eröffnet (Erstkontakt)") == events[1]
    assert (-22, "Aufenthaltstitel: Duldung (§60a AufenthG)") == events[0]
    assert (0, "Rechtskreis: AsylbLG") in events
    assert (212, "Rechtskreis: SGB II") in events
    texts = [t for _d, t in events]
    assert "Vermittlung an: Jobcenter" in texts
    assert "Vermittlung an Jobcenter: angenommen" in texts
    assert "Phase: Bestandsaufnahme" in texts
    assert any(t.startswith("Bedarf Sprache: hoch") for t in texts)
    assert data["ziele"] == [{"fall": 1, "lebensbereich": "Sprache", "status": "offen"}]
    factors = {(f["art"], f["faktor"]) for f in data["faktoren"]}
    assert ("förderlich", "Familie vor Ort gibt Halt") in factors
    assert ("hemmend", "Lange wartezeit") in factors  # a free tag without names stays
    assert ("hemmend", reconstruction.DROPPED_TAG) in factors  # one with a name does not
    assert rec.code.startswith("R-") and rec.code == reconstruction.pseudonym(vault.vault_id,
                                                                              client.id)


def test_closure_and_age_band(person) -> None:
    vault, client, case = person
    cases.close_case(vault, case, e.ClosureReason.NATURALISED, "Malalai eingebürgert",
                     closed_on=date(2024, 2, 1))
    rec = reconstruction.build(vault, client.id)
    assert any(x.day == 365 and x.text == "Abschluss: Eingebürgert" for x in rec.timeline)
    assert reconstruction.age_band(date(1950, 5, 1), date(2024, 1, 1)) == "70 Jahre und älter"
    assert reconstruction.age_band(date(2020, 5, 1), date(2024, 1, 1)) == "0–9 Jahre"
    assert reconstruction.age_band(None, date(2024, 1, 1)) == "unbekannt"


def test_export_is_audited_with_the_id_only(person, tmp_path: Path) -> None:
    vault, client, _case = person
    reconstruction.export(vault, client.id, tmp_path / "r.json")
    events = audit_log.page(vault, audit_log.AuditFilter(action=e.AuditAction.EXPORT)).events
    assert [(ev.entity, ev.entity_id) for ev in events] == [("reconstruction", client.id)]


def test_client_without_case_is_refused(vault) -> None:
    c = clients.create_client(vault, clients.new_client(family_name="Ohnefall"))
    with pytest.raises(reconstruction.ReconstructionError):
        reconstruction.build(vault, c.id)


def test_cli_reconstruct(person, tmp_path: Path, monkeypatch, capsys) -> None:
    vault, client, _case = person
    path = vault.path
    vault.close()
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cli.json"
    assert cli.main(["reconstruct", str(path), "--client", "KIM-2023-04711", "--out",
                     str(out)]) == 0  # by file number
    assert "Kennung R-" in capsys.readouterr().out
    assert not [s for s in SECRETS if s in out.read_text(encoding="utf-8")]
    assert cli.main(["reconstruct", str(path), "--client", "nope", "--out", str(out)]) == 2
    assert "Keine Klient*in" in capsys.readouterr().err
