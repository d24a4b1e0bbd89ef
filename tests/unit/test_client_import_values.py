"""Client import without a vault: headings, dates, countries, languages, phone numbers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kimdesk.services.import_columns import (
    guess_mapping,
    header_index,
    mapping_problems,
)
from kimdesk.services.import_values import (
    ValueProblem,
    parse_birth_date,
    parse_countries,
    parse_languages,
    parse_phone,
)

# ---- headings -------------------------------------------------------------


def test_german_headings_map_to_fields() -> None:
    headings = ["Nachname", "Vorname", "Name (Originalschrift)", "Geburtsdatum",
                "Staatsangehörigkeit", "Telefon", "Sprachen", "Aktenzeichen"]
    assert guess_mapping(headings) == ("family_name", "given_names", "name_original",
                                       "birth_date", "nationality", "phone", "languages",
                                       "file_number")


def test_english_headings_map_to_fields() -> None:
    headings = ["family_name", "given_names", "name_original", "birth_date", "nationality",
                "phone", "languages", "file_number"]
    assert guess_mapping(headings) == tuple(headings)


@pytest.mark.parametrize("heading, field", [
    ("\ufeffNachname", "family_name"),  # BOM glued to the first heading
    ("  NACHNAME ", "family_name"),
    ("Family Name", "family_name"),
    ("Staatsangehoerigkeit", "nationality"),
    ("Staatsangehorigkeit", "nationality"),
    ("STAATSANGEHÖRIGKEIT", "nationality"),
    ("Vorname(n)", "given_names"),
    ("Geb.-Datum", "birth_date"),
    ("date of birth", "birth_date"),
    ("Tel.", "phone"),
    ("Az.", "file_number"),
    ("name (originalschrift)", "name_original"),
    ("Sprache(n)", "languages"),
])
def test_heading_variants(heading: str, field: str) -> None:
    assert guess_mapping([heading]) == (field,)


def test_unknown_headings_stay_unmapped_and_each_field_is_used_once() -> None:
    assert guess_mapping(["Bemerkung", "Nachname", "Familienname"]) == (
        None, "family_name", None)


def test_plain_name_is_the_family_name_only_when_nothing_better_exists() -> None:
    assert guess_mapping(["Name", "Vorname"]) == ("family_name", "given_names")
    assert guess_mapping(["Name", "Vorname", "Nachname"]) == (None, "given_names", "family_name")


def test_heading_row_may_follow_title_rows() -> None:
    rows = [["Klientenliste 2024", ""], ["", ""], ["Nachname", "Vorname"], ["Ali", "Sara"]]
    assert header_index(rows) == 2
    assert header_index([["", ""], ["a", "b"]]) == 1
    assert header_index([["Klientenliste", "", ""], ["Klient", "Herkunft", "Notiz"],
                         ["Ali", "AZ", "privat"]]) == 1  # unknown headings after a title
    assert header_index([["Klient", "Herkunft"], ["Ali", "AZ"]]) == 0
    assert header_index([["", ""]]) is None


def test_mapping_needs_a_name_and_no_field_twice() -> None:
    assert mapping_problems(("family_name", None)) == []
    assert mapping_problems(("name_original",)) == []
    assert any("Nachnamen" in p for p in mapping_problems(("given_names", "phone")))
    assert any("mehreren Spalten" in p for p in mapping_problems(("family_name", "family_name")))


# ---- birth dates ----------------------------------------------------------


@pytest.mark.parametrize("text, expected, year_only", [
    ("12.03.1990", date(1990, 3, 12), False),
    ("2.3.1990", date(1990, 3, 2), False),
    ("1990-03-12", date(1990, 3, 12), False),
    ("1990-03-12 00:00:00", date(1990, 3, 12), False),
    ("1990", date(1990, 1, 1), True),
    ("00.00.1990", date(1990, 1, 1), True),
    ("XX.XX.1990", date(1990, 1, 1), True),
    ("29.02.2000", date(2000, 2, 29), False),
    (1990, date(1990, 1, 1), True),
    (1990.0, date(1990, 1, 1), True),
    (datetime(1990, 3, 12), date(1990, 3, 12), False),
    (date(1990, 3, 12), date(1990, 3, 12), False),
])
def test_birth_dates(text: object, expected: date, year_only: bool) -> None:
    parsed = parse_birth_date(text)
    assert (parsed.day, parsed.year_only) == (expected, year_only)


def test_empty_birth_date_is_none() -> None:
    assert parse_birth_date("").day is None
    assert parse_birth_date(None).day is None


def test_first_of_january_is_flagged_as_a_likely_placeholder() -> None:
    parsed = parse_birth_date("01.01.1990")
    assert parsed.day == date(1990, 1, 1) and not parsed.year_only and parsed.placeholder
    assert not parse_birth_date("1990").placeholder


@pytest.mark.parametrize("text, words", [
    ("29.02.2001", "„29.02.2001“ ist kein gültiges Datum"),  # 2001 is no leap year
    ("29.02.1900", "kein gültiges Datum"),  # neither is 1900
    ("31.02.1990", "„31.02.1990“ ist kein gültiges Datum"),
    ("1990-13-01", "kein gültiges Datum"),
    ("12.03.90", "vierstellig"),
    ("03/12/1990", "kein bekanntes Format"),
    ("gestern", "kein bekanntes Format"),
    (True, "kein Datum"),
])
def test_bad_birth_dates(text: object, words: str) -> None:
    with pytest.raises(ValueProblem, match=words):
        parse_birth_date(text)


# ---- countries ------------------------------------------------------------


@pytest.mark.parametrize("text, codes", [
    ("SY", ("SY",)),
    ("sy", ("SY",)),
    ("Syrien", ("SY",)),
    ("Afghanistan", ("AF",)),
    ("Türkei", ("TR",)),
    ("Tuerkei", ("TR",)),
    ("Eritrea", ("ER",)),
    ("Ukraine", ("UA",)),
    ("Irak", ("IQ",)),
    ("Iran, Islamische Republik", ("IR",)),
    ("Kongo, Demokratische Republik", ("CD",)),
    ("Russische Föderation", ("RU",)),
    ("syrisch", ("SY",)),
    ("Syria", ("SY",)),
    ("Syrien, Deutschland", ("SY", "DE")),
    ("Syrien; Türkei", ("SY", "TR")),
    ("Irak/Iran, Islamische Republik", ("IQ", "IR")),
    ("Bosnien und Herzegowina", ("BA",)),
    ("SY, SY", ("SY",)),
    ("", ()),
])
def test_countries(text: str, codes: tuple[str, ...]) -> None:
    assert parse_countries(text).codes == codes


def test_stateless_is_left_out_with_a_note() -> None:
    parsed = parse_countries("staatenlos")
    assert parsed.codes == () and parsed.dropped == ("staatenlos",)
    assert parse_countries("Syrien / ungeklärt").codes == ("SY",)


@pytest.mark.parametrize("text", ["Kurdistan", "XY", "Syrien, Atlantis", "=SY"])
def test_unknown_countries(text: str) -> None:
    with pytest.raises(ValueProblem, match="kein bekanntes Land"):
        parse_countries(text)


# ---- languages ------------------------------------------------------------


@pytest.mark.parametrize("text, codes", [
    ("Arabisch, Deutsch", ("ar", "de")),
    ("ar; de", ("ar", "de")),
    ("Dari", ("fa_AF",)),
    ("fa-AF", ("fa_AF",)),
    ("prs", ("fa_AF",)),
    ("Farsi", ("fa",)),
    ("Kurdisch (Kurmandschi)", ("kmr",)),
    ("Kurmanci", ("kmr",)),
    ("Kurmancî", ("kmr",)),
    ("Sorani", ("ckb",)),
    ("Tigrinya", ("ti",)),
    ("Paschtu / Dari", ("ps", "fa_AF")),
    ("Englisch und Französisch", ("en", "fr")),
    ("Arabisch (Muttersprache)", ("ar",)),
    ("Arabic", ("ar",)),
    ("", ()),
])
def test_languages(text: str, codes: tuple[str, ...]) -> None:
    assert parse_languages(text) == codes


def test_unknown_language() -> None:
    with pytest.raises(ValueProblem, match="„Elbisch“ ist unbekannt"):
        parse_languages("Arabisch, Elbisch")


# ---- phone numbers --------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("-", ""), (" – ", ""), ("+49 170 1234567", "+49 170 1234567"),
    ("0170/123 45", "0170/123 45"), ("0170 123 (Bruder)", "0170 123 (Bruder)"),
    (491701234567.0, "491701234567"), (None, ""),
])
def test_phone_numbers(value: object, expected: str) -> None:
    assert parse_phone(value) == expected


@pytest.mark.parametrize("value", ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3+cmd|x"])
def test_formula_like_phone_numbers_are_refused(value: str) -> None:
    with pytest.raises(ValueProblem, match="Tabellenformel"):
        parse_phone(value)


def test_too_long_phone_number() -> None:
    with pytest.raises(ValueProblem, match="zu lang"):
        parse_phone("0" * 65)
