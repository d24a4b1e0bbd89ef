"""Services on a real vault: validation, numbering, histories, consents, audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kimdesk.domain.enums import (
    AuditAction, ClosureReason, ConsentKind, LegalArea, LifeArea, NeedLevel, Phase,
    RelationKind, ResidenceTitle,
)
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent, LegalAreaPeriod, ResidenceStatus
from kimdesk.data.repositories import audit as audit_repo
from kimdesk.services import cases, clients, consents, household, residence, vaults
from kimdesk.services.validation import ValidationError


def _client(vault, **kw):
    fields = dict(family_name="Haidari", given_names="Zahra", nationalities=("AF",))
    fields.update(kw)
    return clients.create_client(vault, clients.new_client(**fields))


def test_validation_names_each_bad_field(vault) -> None:
    with pytest.raises(ValidationError) as err:
        clients.create_client(vault, clients.new_client(
            family_name="  ", birth_date=date.today() + timedelta(days=1),
            nationalities=("Syrien",), languages=("Arabisch",), email="kein-at"))
    fields = {e.field for e in err.value.errors}
    assert fields == {"family_name", "birth_date", "nationalities", "languages", "email"}
    assert clients.count_clients(vault) == 0


def test_hostile_text_is_cleaned_but_persian_zwnj_kept(vault) -> None:
    c = _client(vault, family_name="\u202eAli\u200b", given_names_original="نرگس\u200cها")
    assert c.family_name == "Ali"
    assert c.given_names_original == "نرگس\u200cها"


def test_file_numbers_count_up_and_year_only_birth_dates(vault) -> None:
    a = _client(vault, birth_date=date(1990, 7, 3), birth_year_only=True)
    b = _client(vault)
    year = date.today().year
    assert (a.file_number, b.file_number) == (f"KIM-{year}-00001", f"KIM-{year}-00002")
    assert a.birth_date == date(1990, 1, 1)


def test_chancen_clock_and_legal_area_handover(vault) -> None:
    c = _client(vault)
    s = residence.add_status(vault, ResidenceStatus(
        new_id(), c.id, ResidenceTitle.CHANCEN_104C, "§104c AufenthG", date(2025, 8, 31)))
    assert residence.chancen_end(s) == date(2027, 2, 28)
    with pytest.raises(ValidationError):
        residence.add_status(vault, ResidenceStatus(
            new_id(), c.id, ResidenceTitle.DULDUNG, valid_from=date(2025, 5, 1),
            valid_until=date(2025, 4, 1)))
    residence.change_legal_area(vault, LegalAreaPeriod(new_id(), c.id, LegalArea.ASYLBLG,
                                                       "Sozialamt", valid_from=date(2024, 1, 1)))
    residence.change_legal_area(vault, LegalAreaPeriod(new_id(), c.id, LegalArea.SGB_II,
                                                       "Jobcenter", valid_from=date(2025, 3, 1)))
    history = residence.legal_areas(vault, c.id)
    assert [p.legal_area for p in history] == [LegalArea.SGB_II, LegalArea.ASYLBLG]
    assert history[1].valid_until == date(2025, 2, 28) and history[0].valid_until is None


def test_consent_validity_and_release_lookup(vault) -> None:
    c = _client(vault)
    agency = "agency-1"
    release = consents.add_consent(vault, Consent(
        new_id(), c.id, ConsentKind.RELEASE, recipient_name="Jobcenter Musterstadt",
        recipient_agency_id=None, granted_on=date.today() - timedelta(days=10),
        expires_on=date.today() + timedelta(days=30)))
    assert release.is_valid_on(date.today())
    assert not release.is_valid_on(date.today() + timedelta(days=31))
    withdrawn = consents.withdraw_consent(vault, release)
    assert not withdrawn.is_valid_on(date.today() + timedelta(days=1))
    assert consents.valid_release(vault, c.id, agency) is None
    with pytest.raises(ValidationError):
        consents.add_consent(vault, Consent(new_id(), c.id, ConsentKind.RELEASE,
                                            granted_on=date.today()))


def test_case_cycle_close_and_reopen(vault) -> None:
    c = _client(vault)
    case = cases.open_case(vault, c.id)
    case = cases.change_phase(vault, case, Phase.ASSESSMENT)
    cases.set_assessment(vault, case, LifeArea.SPRACHE, NeedLevel.HIGH, "A1 erreicht")
    cases.set_assessment(vault, case, LifeArea.SPRACHE, NeedLevel.MEDIUM, "A2 erreicht")
    cases.add_goal(vault, case, cases.new_goal("B1-Prüfung", steps=(
        cases.new_step(1, "Kurs anmelden"), cases.new_step(2, "Prüfung ablegen"))))
    cases.add_note(vault, case, "x" * 1_000_000)  # a megabyte note is fine
    case = cases.close_case(vault, case, ClosureReason.GOALS_ACHIEVED)
    with pytest.raises(ValueError):
        cases.change_phase(vault, case, Phase.MONITORING)
    case = cases.reopen_case(vault, case)
    f = cases.case_file(vault, case.id)
    assert [p.phase for p in f.phases] == [Phase.ACCESS, Phase.ASSESSMENT, Phase.CLOSURE,
                                           Phase.MONITORING]
    assert len(f.assessments) == 1 and f.assessments[0].need == NeedLevel.MEDIUM
    assert [s.text for s in f.goals[0].steps] == ["Kurs anmelden", "Prüfung ablegen"]
    assert len(f.notes[0].text) == 1_000_000


def test_household_links_read_from_both_sides(vault) -> None:
    mother, child = _client(vault, given_names="Mariam"), _client(vault, given_names="Ali")
    household.link(vault, mother.id, child.id, RelationKind.CHILD)
    assert [(r.relation, r.client.id) for r in household.relatives(vault, mother.id)] == [
        (RelationKind.CHILD, child.id)]
    assert [(r.relation, r.client.id) for r in household.relatives(vault, child.id)] == [
        (RelationKind.PARENT, mother.id)]


def test_audit_records_ids_only_and_detects_tampering(vault, vault_path) -> None:
    c = _client(vault, family_name="Tamperova")
    clients.get_client(vault, c.id)
    with vault.session() as s:
        events = audit_repo.events(s, entity_id=c.id)
    assert [e.action for e in events] == [AuditAction.VIEW, AuditAction.CREATE]
    with vault.engine.begin() as conn:
        dump = " ".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM audit_events"))
        assert "Tamperova" not in dump
        conn.exec_driver_sql("UPDATE audit_events SET action='delete' WHERE seq=2")
    vault.close()
    report = vaults.check_vault(vault_path, "Sonnenblume Fahrrad Küste 42")
    assert not report.healthy
    assert any("audit event 2" in p for p in report.problems)


def test_passphrase_strength() -> None:
    assert vaults.passphrase_strength("").score == 0
    assert vaults.passphrase_strength("passwort123").score <= 1
    assert vaults.passphrase_strength("Sonnenblume Fahrrad Küste 42").score >= 3
