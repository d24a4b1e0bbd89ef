"""CSV import/export of the agency directory: Excel format, errors, all-or-nothing, injection."""

from __future__ import annotations

import dataclasses

import pytest

from kimdesk.domain.enums import AgencyKind, LegalArea
from kimdesk.services import agencies, agency_csv
from kimdesk.services.agency_csv import AgencyImportError

HEADER = "Name;Art;Rechtskreis;Straße;PLZ;Ort;Telefon;E-Mail;Sprachen\r\n"


def _names(vault) -> list[str]:
    return sorted(a.name for a in agencies.list_agencies(vault))


def test_export_is_excel_ready_and_defuses_formulas(vault) -> None:
    agencies.add_agency(vault, agencies.new_agency(
        "=HYPERLINK(\"http://x\")", AgencyKind.JOBCENTER, legal_area=LegalArea.SGB_II,
        phone="+49 221 4710", contact_person="@chef", notes="-1; zwei\nZeilen",
        languages=("de", "ar")))
    data = agency_csv.export_csv_bytes(vault)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header, first = text.split("\r\n")[:2]
    assert header.split(";")[:4] == ["ID", "Name", "Art", "Rechtskreis"]
    assert "'=HYPERLINK" in first and ";'+49 221 4710;" in text and "'@chef" in text
    assert '"\'-1; zwei\nZeilen"' in text
    assert "Jobcenter;SGB II" in first


def test_round_trip_export_import_restores_every_field(vault, tmp_path) -> None:
    original = agencies.add_agency(vault, agencies.new_agency(
        "Ausländerbehörde \"Kreis\" Musterland", AgencyKind.AUSLAENDERBEHOERDE,
        legal_area=LegalArea.AUFENTHG, street="Friedrich-Ebert-Straße 12", postal_code="59990",
        city="Musterstadt", contact_person="Frau Krüger", phone="+49 221 4710-101",
        email="abh@example.org", opening_hours="Mo 8–12\nDo 14–17:30", languages=("de", "fa_AF"),
        notes="=1+1 ist kein Formelergebnis"))
    path = tmp_path / "stellen.csv"
    assert agency_csv.export_csv(vault, path) == 1
    agencies.update_agency(vault, dataclasses.replace(original, phone="0", notes="geändert",
                                                      legal_area=None, languages=()))
    result = agency_csv.import_csv(vault, path)
    assert (result.added, result.updated) == (0, 1)
    assert agencies.get_agency(vault, original.id) == original


def test_round_trip_into_another_vault_keeps_ids(vault, tmp_path, fast_kdf) -> None:
    from kimdesk.services import vaults

    a = agencies.add_agency(vault, agencies.new_agency("Jugendamt", AgencyKind.JUGENDAMT,
                                                       phone="-"))
    data = agency_csv.export_csv_bytes(vault)
    other = vaults.create_vault(tmp_path / "other.kim", "x" * 20, kdf=fast_kdf)
    try:
        assert agency_csv.import_csv_bytes(other, data).added == 1
        assert agencies.get_agency(other, a.id) == a
    finally:
        other.close()


def test_comma_separated_without_bom_and_windows_1252(vault) -> None:
    text = ("Name,Art,Ort,Sprachen\n"
            "Migrationsberatung Caritas,Migrationsberatung,Bergheide,\"de, ar, fa\"\n"
            "Gesundheitsamt,gesundheit,Müllheim,de\n")
    result = agency_csv.import_csv_bytes(vault, text.encode("cp1252"))
    assert result.added == 2
    mbe = [a for a in agencies.list_agencies(vault) if a.name.startswith("Migrations")][0]
    assert mbe.kind == AgencyKind.MIGRATIONSBERATUNG and mbe.languages == ("de", "ar", "fa")
    assert "Müllheim" in [a.city for a in agencies.list_agencies(vault)]


def test_bad_rows_report_line_numbers_and_nothing_is_imported(vault) -> None:
    agencies.add_agency(vault, agencies.new_agency("Bestehend", AgencyKind.SOZIALAMT))
    text = (HEADER
            + "Jobcenter A;Jobcenter;SGB II;Weg 1;59990;Musterstadt;1;a@example.org;de\r\n"
            + ";Jobcenter;SGB II;;;;;;\r\n"                       # line 3: no name
            + "\r\n"                                              # line 4: blank, skipped
            + "Amt B;Raumfahrtbehörde;SGB II;;;;;;\r\n"           # line 5: unknown kind
            + "Amt C;Sozialamt;SGB 99;;;;;kein-at;Deutsch\r\n"    # line 6: three problems
            + "\"Amt D\nmit Umbruch\";Sozialamt;;;;;;;\r\n"       # lines 7-8: fine
            + "Amt E;Sozialamt;;;;;;;;zu viel\r\n"                # line 9: extra cells
            + "Jobcenter A;Jobcenter;SGB II;;;Musterstadt;;;\r\n")  # line 10: duplicate
    with pytest.raises(AgencyImportError) as err:
        agency_csv.import_csv_bytes(vault, text.encode("utf-8-sig"))
    problems = err.value.problems
    lines = [n for n, _ in problems]
    assert lines == [3, 5, 6, 6, 6, 9, 10]
    joined = " | ".join(f"{n}: {w}" for n, w in problems)
    assert "Name ist ein Pflichtfeld" in joined
    assert "Raumfahrtbehörde" in joined and "SGB 99" in joined and "„Deutsch“" in joined
    assert "Zeile 3" in str(err.value) and "Nichts importiert" in str(err.value)
    assert _names(vault) == ["Bestehend"]


def test_header_problems_are_line_one(vault) -> None:
    with pytest.raises(AgencyImportError) as err:
        agency_csv.import_csv_bytes(vault, b"Art;Farbe\nJobcenter;blau\n")
    assert [n for n, _ in err.value.problems] == [1, 1]
    assert "Farbe" in str(err.value) and "„Name“ fehlt" in str(err.value)
    with pytest.raises(AgencyImportError, match="leer"):
        agency_csv.import_csv_bytes(vault, b"\xef\xbb\xbf\r\n")


def test_failure_inside_the_transaction_rolls_everything_back(vault, monkeypatch) -> None:
    from kimdesk.data.repositories.records import AGENCIES

    calls = {"n": 0}
    real_add = AGENCIES.add

    def flaky(s, obj):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("Datenträger voll")
        real_add(s, obj)

    monkeypatch.setattr(AGENCIES, "add", flaky)
    text = "Name\nA\nB\nC\nD\n"
    with pytest.raises(RuntimeError):
        agency_csv.import_csv_bytes(vault, text.encode())
    monkeypatch.undo()
    assert _names(vault) == []


def test_import_merges_by_name_and_town_and_strips_defusing_apostrophe(vault) -> None:
    existing = agencies.add_agency(vault, agencies.new_agency("VHS", AgencyKind.INTEGRATIONSKURS,
                                                              city="Musterstadt"))
    text = "Name;Ort;Telefon;Notizen\nVHS;Musterstadt;'+49 1;'=SUMME(A1)\nVHS;Bergheide;;\n"
    result = agency_csv.import_csv_bytes(vault, text.encode())
    assert (result.added, result.updated) == (1, 1)
    merged = agencies.get_agency(vault, existing.id)
    assert merged.phone == "+49 1" and merged.notes == "=SUMME(A1)"
    assert merged.kind == AgencyKind.INTEGRATIONSKURS  # no "Art" column: kept as it was
    new = [a for a in agencies.list_agencies(vault) if a.city == "Bergheide"][0]
    assert new.kind == AgencyKind.SONSTIGE
