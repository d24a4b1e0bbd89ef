"""Client import on a real vault: dialects, encodings, Excel, the report, all or nothing,
duplicates, hostile cells, and a property test that arbitrary text never crashes it."""

from __future__ import annotations

import random
import time
from datetime import date, datetime
from itertools import count
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.domain.enums import AuditAction
from kimdesk.services import clients
from kimdesk.services.client_import import ImportReport, import_clients, preview_file
from kimdesk.services.import_reader import open_table

HEADER = "Nachname;Vorname;Name (Originalschrift);Geburtsdatum;Staatsangehörigkeit;Sprachen;" \
         "Telefon;Aktenzeichen"
TODAY = date(2025, 6, 1)


def _csv(tmp_path: Path, text: str, *, name: str = "liste.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _all_clients(vault) -> list:
    return clients.list_clients(vault, limit=100_000)


def _messages(report: ImportReport) -> list[str]:
    return [str(p) for p in report.problems()]


# ---- dialects and encodings -----------------------------------------------


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_separators_are_detected(vault, tmp_path: Path, sep: str) -> None:
    text = (f"Nachname{sep}Vorname{sep}Geburtsdatum{sep}Sprachen\n"
            f"Haidari{sep}Zahra{sep}12.03.1990{sep}\"Dari, Deutsch\"\n"
            f"\"Al Hassan{sep} jun.\"{sep}Omar{sep}1985{sep}Arabisch\n")
    report = import_clients(vault, _csv(tmp_path, text), today=TODAY)
    assert report.imported == 2, _messages(report)
    assert report.info is not None and report.info.delimiter == sep
    rows = {r.family_name: r for r in _all_clients(vault)}
    assert rows["Haidari"].birth_date == date(1990, 3, 12)
    assert ("Al Hassan jun." if sep == "\t" else f"Al Hassan{sep} jun.") in rows


def test_cp1252_with_umlauts(vault, tmp_path: Path) -> None:
    text = "Nachname;Vorname;Staatsangehörigkeit;Sprachen\r\nMüller;Jürgen;Türkei;Türkisch\r\n" \
           "Öztürk;Ayşe;Deutschland;Deutsch\r\n".replace("ş", "s")
    path = _csv(tmp_path, text, encoding="cp1252")
    report = import_clients(vault, path, today=TODAY)
    assert report.imported == 2, _messages(report)
    assert report.info is not None and report.info.encoding == "cp1252"
    assert {r.family_name for r in _all_clients(vault)} == {"Müller", "Öztürk"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_encodings(vault, tmp_path: Path, encoding: str) -> None:
    text = "Nachname\tName (Originalschrift)\tStaatsangehörigkeit\nTesfay\tዮናስ ተስፋይ\tEritrea\n"
    report = import_clients(vault, _csv(tmp_path, text, encoding=encoding), today=TODAY)
    assert report.imported == 1, _messages(report)
    assert _all_clients(vault)[0].original_name == "ዮናስ ተስፋይ"


def test_headings_in_english_with_a_bom_and_iso_dates(vault, tmp_path: Path) -> None:
    text = ("\ufefffamily_name,given_names,birth_date,nationality,languages,file_number\n"
            "Haidari,Zahra,1990-03-12,AF,fa_AF,A-1\n")
    report = import_clients(vault, _csv(tmp_path, text), today=TODAY)
    assert report.imported == 1, _messages(report)
    client = _all_clients(vault)[0]
    assert (client.family_name, client.file_number, client.nationalities) == (
        "Haidari", "A-1", ("AF",))


def test_a_quoted_cell_over_two_lines_keeps_line_numbers_right(vault, tmp_path: Path) -> None:
    text = "Nachname;Vorname;Geburtsdatum\n\"Ali\nBaba\";Sara;1990\nTesfay;Yonas;31.02.1990\n"
    report = import_clients(vault, _csv(tmp_path, text), today=TODAY)
    assert "Zeile 4: Geburtsdatum „31.02.1990“ ist kein gültiges Datum" in _messages(report)


# ---- Excel ----------------------------------------------------------------


def _xlsx(tmp_path: Path, rows: list[list[object]], *, sheet: str = "Liste") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.create_sheet("Leer")
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    return path


def test_xlsx_with_dates_numbers_and_title_rows(vault, tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [
        ["Klientenliste 2024"], [],
        ["Familienname", "Vorname", "geboren am", "Nationalität", "Handy", "Az."],
        ["Haidari", "Zahra", datetime(1990, 3, 12), "Afghanistan", 491701234567, 4711],
        ["Tesfay", "Yonas", 1985, "ER", None, None],
    ])
    preview = preview_file(path)
    assert preview.header_line == 3 and preview.info.sheets == ("Liste", "Leer")
    assert preview.rows[0][2] == "12.03.1990"
    report = import_clients(vault, path, today=TODAY)
    assert report.imported == 2, _messages(report)
    rows = {r.family_name: r for r in _all_clients(vault)}
    assert rows["Haidari"].file_number == "4711"
    assert rows["Tesfay"].birth_year_only and rows["Tesfay"].birth_date == date(1985, 1, 1)
    assert clients.get_client(vault, rows["Haidari"].id).phone == "491701234567"


def test_xlsx_formula_cells_are_rejected_not_evaluated(vault, tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [
        ["Nachname", "Vorname", "Geburtsdatum"],
        ["Haidari", "Zahra", 1990],
        ["Tesfay", "Yonas", 1985],
        ['=HYPERLINK("http://example.org","Klick")', "Eva", 1990],
        ["Kovalenko", "=B2&B3", "=1990+1"],
    ])
    with open_table(path) as table:
        row4 = [r for r in table.rows() if r.line == 4][0]
    assert str(row4.cells[0]).startswith("=HYPERLINK")  # the text, never a computed value
    report = import_clients(vault, path, today=TODAY)
    assert report.imported == 0
    messages = _messages(report)
    assert "Zeile 4: Spalte Nachname enthält eine Formel" in messages
    assert "Zeile 5: Spalte Vorname enthält eine Formel" in messages
    assert "Zeile 5: Spalte Geburtsdatum enthält eine Formel" in messages
    assert clients.count_clients(vault) == 0


def test_xlsx_total_row_with_a_formula_in_an_unused_column_is_skipped(vault,
                                                                        tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [
        ["Nachname", "Vorname", "Anzahl"],
        ["Haidari", "Zahra", 1],
        ["Tesfay", "Yonas", 1],
        [None, None, "=SUM(C2:C3)"],
    ])
    report = import_clients(vault, path, today=TODAY)
    assert report.imported == 2, _messages(report)
    assert "Zeile 4: keine Werte in den zugeordneten Spalten – übersprungen" in _messages(report)


def test_xlsx_sheet_choice(vault, tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Nachname"], ["Haidari"]], sheet="Klienten")
    assert import_clients(vault, path, sheet="Leer").errors[0].message == (
        "Die Datei enthält keine Zeilen")
    bad = import_clients(vault, path, sheet="Archiv")
    assert "„Archiv“ gibt es nicht (vorhanden: Klienten, Leer)" in bad.summary()
    assert import_clients(vault, path, sheet="Klienten", today=TODAY).imported == 1


def test_old_xls_and_garbage_files_are_refused(vault, tmp_path: Path) -> None:
    xls = tmp_path / "alt.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert ".xls" in import_clients(vault, xls).summary()
    fake = tmp_path / "kaputt.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    assert "keine lesbare Excel-Datei" in import_clients(vault, fake).summary()
    missing = import_clients(vault, tmp_path / "fehlt.csv")
    assert not missing.importable and "lässt sich nicht lesen" in missing.summary()


# ---- the report and all or nothing ----------------------------------------


def test_every_bad_row_is_reported_and_nothing_is_written(vault, tmp_path: Path) -> None:
    clients.create_client(vault, clients.new_client(family_name="Bestand"))
    text = "\n".join([
        HEADER,
        "Haidari;Zahra;;12.03.1990;Afghanistan;Dari;;",              # 2: fine
        "Tesfay;Yonas;;29.02.2001;Eritrea;Tigrinya;;",                # 3: no leap year
        ";Sara;;1990;Syrien;Arabisch;;",                              # 4: no family name
        "Ali;Omar;;1990;Kurdistan;Arabisch;;",                        # 5: unknown country
        "Ali;Omar;;1990;Syrien;Elbisch;;",                            # 6: unknown language
        "Kaya;Deniz;;2030;Türkei;Türkisch;;",                         # 7: in the future
        "Ali;Omar;;1990;Syrien;Arabisch;;;zu viel",                   # 8: cell too many
        "Ali;Omar;;1850;Syrien;Arabisch;;",                           # 9: before 1900
        "",                                                           # 10: skipped
    ]) + "\n"
    report = import_clients(vault, _csv(tmp_path, text), today=TODAY)
    messages = _messages(report)
    assert report.imported == 0 and not report.importable
    assert "Zeile 3: Geburtsdatum „29.02.2001“ ist kein gültiges Datum" in messages
    assert any(m.startswith("Zeile 4: Nachname") and "Pflichtfeld" in m for m in messages)
    assert any(m.startswith("Zeile 5: Staatsangehörigkeit „Kurdistan“") for m in messages)
    assert any(m.startswith("Zeile 6: Sprache „Elbisch“") for m in messages)
    assert any(m.startswith("Zeile 7:") and "Zukunft" in m for m in messages)
    assert any(m.startswith("Zeile 8: mehr Zellen") for m in messages)
    assert any(m.startswith("Zeile 9:") and "1900" in m for m in messages)
    assert not any(m.startswith("Zeile 2:") for m in messages)
    assert report.rows == 8
    assert report.summary() == "Nichts importiert – 7 Zeilen sind fehlerhaft (von 8)."
    assert clients.count_clients(vault) == 1  # unchanged


def test_a_good_file_is_written_at_once_with_one_audit_event(vault, tmp_path: Path) -> None:
    existing = clients.create_client(vault, clients.new_client(family_name="Bestand"))
    text = "\n".join([
        HEADER,
        "Haidari;Zahra;زهرا حیدری;12.03.1990;Afghanistan;Dari, Deutsch;0170 123;",
        "Tesfay;Yonas;;1985;Eritrea;Tigrinya;-;",
        "Kovalenko;Olena;Олена Коваленко;05.06.1979;Ukraine;Ukrainisch;;UA-7",
    ])
    steps: list[tuple[int, int]] = []
    report = import_clients(vault, _csv(tmp_path, text), today=TODAY,
                            progress=lambda d, t: steps.append((d, t)))
    assert report.imported == 3 and report.summary() == "3 Klient*innen importiert."
    assert steps[-1][0] == steps[-1][1] and [d for d, _ in steps] == sorted(d for d, _ in steps)
    rows = {r.family_name: r for r in _all_clients(vault)}
    haidari = clients.get_client(vault, rows["Haidari"].id, record_view=False)
    assert haidari.languages == ("fa_AF", "de") and haidari.family_name_original == "زهرا حیدری"
    assert haidari.phone == "0170 123" and haidari.counsellor_id is not None
    year = datetime.now().year
    numbers = sorted(rows[n].file_number for n in ("Haidari", "Tesfay"))
    assert numbers == [f"KIM-{year}-00002", f"KIM-{year}-00003"]  # after the existing 00001
    assert existing.file_number == f"KIM-{year}-00001"
    assert rows["Kovalenko"].file_number == "UA-7"
    with vault.session() as s:
        events = audit_repo.events(s, action=AuditAction.IMPORT)
    assert len(events) == 1 and events[0].entity == "client" and events[0].entity_id == ""


def test_dry_run_writes_nothing(vault, tmp_path: Path) -> None:
    report = import_clients(vault, _csv(tmp_path, "Nachname\nHaidari\nTesfay\n"), dry_run=True)
    assert report.importable and report.imported == 0
    assert report.summary() == "Probelauf: 2 Klient*innen können importiert werden."
    assert clients.count_clients(vault) == 0


def test_explicit_mapping_for_other_headings(vault, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Klient;Herkunft;Notiz\nHaidari;Afghanistan;egal\n")
    assert not import_clients(vault, path).importable  # nothing recognisable
    report = import_clients(vault, path, mapping=("family_name", "nationality", None),
                            today=TODAY)
    assert report.imported == 1
    assert _all_clients(vault)[0].nationalities == ("AF",)
    assert any("nicht importiert: „Notiz“" in m for m in _messages(report))


def test_empty_file_and_heading_only(vault, tmp_path: Path) -> None:
    assert import_clients(vault, _csv(tmp_path, "")).summary() == (
        "Nichts importiert – Die Datei enthält keine Zeilen.")
    report = import_clients(vault, _csv(tmp_path, "Nachname;Vorname\n", name="b.csv"))
    assert report.rows == 0 and not report.importable


# ---- formulas and hostile cells ------------------------------------------


@pytest.mark.parametrize("cell, words", [
    ("=1+1", "Spalte Nachname enthält eine Formel"),
    ("\u200b=HYPERLINK(1)", "Spalte Nachname enthält eine Formel"),
    ("+49", "Spalte Nachname beginnt mit „+“"),
    ("-Ali", "Spalte Nachname beginnt mit „-“"),
    ("@SUM(A1)", "Spalte Nachname beginnt mit „@“"),
])
def test_formula_like_csv_cells_in_names(vault, tmp_path: Path, cell: str, words: str) -> None:
    report = import_clients(vault, _csv(tmp_path, f"Nachname;Vorname\n{cell};Sara\n"))
    assert any(m.startswith("Zeile 2: " + words) for m in _messages(report)), _messages(report)
    assert clients.count_clients(vault) == 0


def test_a_dash_alone_is_empty(vault, tmp_path: Path) -> None:
    report = import_clients(vault, _csv(tmp_path, "Nachname;Vorname;Telefon;Aktenzeichen\n"
                                                  "Haidari;-;-;--\n"), today=TODAY)
    assert report.imported == 1, _messages(report)
    row = _all_clients(vault)[0]
    assert row.given_names == "" and row.file_number.startswith("KIM-")


def test_hostile_text_is_cleaned_and_huge_cells_are_refused(vault, tmp_path: Path) -> None:
    text = "Nachname;Vorname\n\u202eHaidari\u200b;Zahra\u2066\n"
    assert import_clients(vault, _csv(tmp_path, text), today=TODAY).imported == 1
    assert _all_clients(vault)[0].family_name == "Haidari"
    huge = _csv(tmp_path, "Nachname;Vorname\n" + "A" * 1_000_000 + ";Zahra\n", name="huge.csv")
    report = import_clients(vault, huge, today=TODAY)
    assert any(m.startswith("Zeile 2: Nachname ist zu lang") for m in _messages(report))
    assert all(len(m) < 300 for m in _messages(report))
    assert clients.count_clients(vault) == 1


# ---- duplicates -----------------------------------------------------------


def test_duplicate_of_an_existing_client_across_spellings(vault, tmp_path: Path) -> None:
    clients.create_client(vault, clients.new_client(
        family_name="Alhasan", given_names="Muhammad", birth_date=date(1990, 1, 1),
        birth_year_only=True, nationalities=("SY",)))
    path = _csv(tmp_path, "Nachname;Vorname;Geburtsdatum;Staatsangehörigkeit\n"
                          "Al-Hassan;Mohamad;01.01.1990;Syrien\n"
                          "Haidari;Zahra;1985;Afghanistan\n")
    report = import_clients(vault, path, today=TODAY)
    assert report.imported == 0 and report.duplicates and not report.errors
    assert [p.line for p in report.duplicates] == [2]
    assert "möglicherweise schon im Tresor: Alhasan, Muhammad" in report.duplicates[0].message
    assert "trotzdem importieren" in report.summary()
    assert any("Platzhalter" in p.message for p in report.notes)
    assert clients.count_clients(vault) == 1
    forced = import_clients(vault, path, allow_duplicates=True, today=TODAY)
    assert forced.imported == 2 and forced.duplicates
    assert clients.count_clients(vault) == 3


def test_duplicates_within_the_file(vault, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Nachname;Vorname;Geburtsdatum\n"
                          "Haidari;Zahra;12.03.1990\n"
                          "Tesfay;Yonas;1985\n"
                          "Heydari;Zahra;12.03.1990\n")
    report = import_clients(vault, path, today=TODAY)
    assert [str(p) for p in report.duplicates] == [
        "Zeile 4: möglicherweise dieselbe Person wie in Zeile 2 "
        "(Name ähnlich, gleiches Geburtsdatum)"]
    assert report.imported == 0 and clients.count_clients(vault) == 0
    assert import_clients(vault, path, allow_duplicates=True, today=TODAY).imported == 3


def test_same_file_number_is_an_error_even_with_duplicates_allowed(vault, tmp_path: Path) -> None:
    clients.create_client(vault, clients.new_client(family_name="Bestand", file_number="A-7"))
    path = _csv(tmp_path, "Nachname;Aktenzeichen\nHaidari;a 7\nTesfay;B-1\nKaya;b1\n")
    report = import_clients(vault, path, allow_duplicates=True, today=TODAY)
    messages = _messages(report)
    assert any(m.startswith("Zeile 2: Aktenzeichen „a 7“ gibt es schon im Tresor: Bestand")
               for m in messages)
    assert "Zeile 4: Aktenzeichen „b1“ steht schon in Zeile 3" in messages
    assert report.imported == 0 and clients.count_clients(vault) == 1


def test_imported_clients_are_found_by_search_and_as_duplicates(vault, tmp_path: Path) -> None:
    from kimdesk.services import search

    search.build_index(vault)
    import_clients(vault, _csv(tmp_path, "Nachname;Vorname\nHaidari;Zahra\n"), today=TODAY)
    assert [r.family_name for r in search.search_clients(vault, "Haidari")] == ["Haidari"]


# ---- size and robustness --------------------------------------------------


def test_ten_thousand_rows_in_seconds(vault, tmp_path: Path) -> None:
    rnd = random.Random(7)
    syl = ["ka", "ri", "mo", "ta", "ne", "su", "la", "vi", "do", "ge", "pu", "zo", "he", "bi"]

    def name() -> str:
        return "".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4))).title()

    lines = [HEADER]
    for _ in range(10_000):
        lines.append(f"{name()};{name()};;{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}."
                     f"{rnd.randint(1950, 2010)};Syrien;Arabisch, Deutsch;;")
    path = _csv(tmp_path, "\n".join(lines))
    started = time.perf_counter()
    report = import_clients(vault, path, allow_duplicates=True, today=TODAY)
    elapsed = time.perf_counter() - started
    assert report.imported == 10_000 and not report.errors
    assert clients.count_clients(vault) == 10_000
    assert elapsed < 60, f"{elapsed:.1f} s"


_names = count()
_cell_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.one_of(
    _cell_text,
    st.lists(st.lists(_cell_text, max_size=6), max_size=6).map(
        lambda rows: HEADER + "\n" + "\n".join(";".join(r) for r in rows)),
    st.lists(st.sampled_from(["Nachname", "Vorname", ";", ",", "\t", "\"", "\n", "\r\n", "=",
                              "+", "-", "@", "1990", "31.02.2001", "Syrien", "\u202e", "\x00",
                              "ä", "\ufeff", "محمد", " "]), max_size=40).map("".join),
))
def test_arbitrary_text_never_crashes_the_importer(vault, tmp_path: Path, body: str) -> None:
    before = clients.count_clients(vault)
    path = tmp_path / f"x{next(_names)}.csv"
    path.write_text(body, encoding="utf-8")
    report = import_clients(vault, path, allow_duplicates=True, today=TODAY)
    assert isinstance(report, ImportReport) and report.summary()
    after = clients.count_clients(vault)
    if report.importable:
        assert report.imported == report.rows == after - before
    else:
        assert report.imported == 0 and after == before


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_importer(vault, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / f"b{next(_names)}.csv"
    path.write_bytes(data)
    report = import_clients(vault, path, dry_run=True)
    assert isinstance(report, ImportReport) and report.summary()
