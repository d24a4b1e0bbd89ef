"""Tests for the demo corpus: names, scripts, transliterations, templates, places."""

from __future__ import annotations

import re
import string
import unicodedata
from pathlib import Path

import pytest

from kimdesk.demo import corpus
from kimdesk.demo.corpus import (
    AGENCIES,
    AGENCY_KINDS,
    ALLOWED_PLACEHOLDERS,
    APP_LANGUAGES,
    APPOINTMENT_TEMPLATES,
    CLOSURE_REASONS,
    COUNSELLORS,
    COUNTRIES,
    FACTORS,
    FOCUS_COUNTRY_CODES,
    GOAL_TEMPLATES,
    HINDERING,
    LANGUAGE_NAMES_DE,
    LEGAL_AREAS,
    LIFE_AREAS,
    NOTE_TEMPLATES,
    PHASES,
    PROMOTING,
    RESIDENCE_TITLE_CODES,
    SHELTERS,
    TOWNS,
    CountryProfile,
    FamilyName,
    GivenName,
    country,
    goals_for,
    names_for_language,
    notes_for,
    placeholders,
)

EXPECTED_SCRIPT = {
    "SY": "ARABIC", "IQ": "ARABIC", "AF": "ARABIC", "IR": "ARABIC",
    "UA": "CYRILLIC", "RU": "CYRILLIC", "MK": "CYRILLIC",
    "ER": "ETHIOPIC",
    "TR": "LATIN", "SO": "LATIN", "NG": "LATIN", "GN": "LATIN", "XK": "LATIN",
    "RO": "LATIN", "PL": "LATIN",
}
ISO15924 = {"ARABIC": "Arab", "CYRILLIC": "Cyrl", "ETHIOPIC": "Ethi", "LATIN": "Latn"}
ZWNJ = "\u200c"
SEPARATORS = {" ", "-", "'", ZWNJ}
# Latin-script countries whose original spelling folds to the primary Latin form.
FOLDING_COUNTRIES = ("TR", "NG", "GN", "XK", "RO", "PL")
FOLD_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d"})


def _all_names(profile: CountryProfile) -> list[tuple[str, str, tuple[str, ...]]]:
    rows = [(n.original, n.latin, n.variants) for n in profile.given_names]
    for fam in profile.family_names:
        rows.append((fam.original, fam.latin, fam.variants))
        if fam.feminine is not None:
            rows.append((fam.feminine.original, fam.feminine.latin, fam.feminine.variants))
    return rows


def _names(code: str) -> tuple[GivenName | FamilyName, ...]:
    profile = country(code)
    return (*profile.given_names, *profile.family_names)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _ids(profiles: tuple[CountryProfile, ...]) -> list[str]:
    return [p.code for p in profiles]


FOCUS = tuple(country(c) for c in FOCUS_COUNTRY_CODES)


# ----------------------------------------------------------------------------- countries


def test_all_expected_countries_present() -> None:
    assert {p.code for p in COUNTRIES} == set(EXPECTED_SCRIPT)
    assert len({p.code for p in COUNTRIES}) == len(COUNTRIES)
    assert country("KO") is country("XK")
    assert country("sy").code == "SY"


@pytest.mark.parametrize("profile", FOCUS, ids=_ids(FOCUS))
def test_focus_countries_have_enough_names(profile: CountryProfile) -> None:
    assert len(profile.given_names) >= 30
    assert len(profile.family_names) >= 30
    genders = [n.gender for n in profile.given_names]
    assert genders.count("f") >= 12
    assert genders.count("m") >= 12


@pytest.mark.parametrize("profile", COUNTRIES, ids=_ids(COUNTRIES))
def test_every_country_has_some_names(profile: CountryProfile) -> None:
    assert len(profile.given_names) >= 10
    assert len(profile.family_names) >= 10
    assert {n.gender for n in profile.given_names} == {"f", "m"}


@pytest.mark.parametrize("profile", COUNTRIES, ids=_ids(COUNTRIES))
def test_original_spelling_is_in_expected_script(profile: CountryProfile) -> None:
    script = EXPECTED_SCRIPT[profile.code]
    assert profile.script == ISO15924[script]
    for original, latin, _ in _all_names(profile):
        assert original == original.strip() and original, latin
        assert unicodedata.is_normalized("NFC", original), latin
        for ch in original:
            if ch in SEPARATORS:
                continue
            assert unicodedata.name(ch).startswith(script), (profile.code, latin, ch)


@pytest.mark.parametrize("profile", COUNTRIES, ids=_ids(COUNTRIES))
def test_transliterations_are_latin(profile: CountryProfile) -> None:
    for _, latin, variants in _all_names(profile):
        assert latin.isascii(), latin
        assert latin[0].isupper(), latin
        assert latin not in variants, latin
        assert len(set(variants)) == len(variants), latin
        for spelling in (latin, *variants):
            assert spelling and spelling == spelling.strip() and "  " not in spelling
            for ch in spelling:
                assert ch in SEPARATORS - {ZWNJ} or (
                    ch.isalpha() and unicodedata.name(ch).startswith("LATIN")
                ), (latin, spelling, ch)


@pytest.mark.parametrize("profile", COUNTRIES, ids=_ids(COUNTRIES))
def test_no_duplicate_names(profile: CountryProfile) -> None:
    for names in (profile.given_names, profile.family_names):
        originals = [n.original for n in names]
        latins = [n.latin for n in names]
        assert len(set(originals)) == len(originals), profile.code
        assert len(set(latins)) == len(latins), profile.code


@pytest.mark.parametrize("code", FOLDING_COUNTRIES)
def test_latin_originals_fold_to_primary_form(code: str) -> None:
    for original, latin, _ in _all_names(country(code)):
        assert _fold(original) == latin, (code, original, latin)


def test_persian_pashto_and_sorani_use_their_own_letters() -> None:
    arabic_only = {"\u064a", "\u0643"}  # ي ك: Persian, Pashto and Sorani use ی ک
    persian_only = {"\u06cc", "\u06a9", "\u06af", "\u06d5", "\u06ce", "\u06c6", "\u0695"}
    for code in ("SY", "IQ", "AF", "IR"):
        for name in _names(code):
            letters = set(name.original)
            if name.tradition in ("fa", "fa_AF", "ps", "ckb"):
                assert not letters & arabic_only, (code, name.latin)
            else:
                assert not letters & persian_only, (code, name.latin)


def test_sorani_names_use_sorani_letters() -> None:
    sorani_marks = set("ەێۆڵڕڤ")
    iraqi_sorani = [n for n in _names("IQ") if n.tradition == "ckb"]
    assert len(iraqi_sorani) >= 10
    assert sum(bool(set(n.original) & sorani_marks) for n in iraqi_sorani) >= 8


def test_pashto_names_present_for_afghanistan() -> None:
    pashto = [n for n in _names("AF") if n.tradition == "ps"]
    assert len(pashto) >= 10
    assert any(set(n.original) & set("ګړۍښځڅ") for n in pashto)


def test_ukrainian_and_russian_cyrillic_are_not_mixed() -> None:
    for n in _names("UA"):
        assert not set(n.original.lower()) & set("ыэъё"), n.latin
    for n in _names("RU"):
        assert not set(n.original.lower()) & set("іїєґ"), n.latin


def test_known_transliteration_variants() -> None:
    sy = {n.original: n for n in country("SY").given_names}
    assert sy["محمد"].latin == "Mohammed"
    assert {"Muhammad", "Mohamad", "Mohamed"} <= set(sy["محمد"].variants)
    assert {"Husain", "Hossein"} <= set(sy["حسين"].variants)
    ua = {n.original: n for n in country("UA").given_names}
    assert ua["Юлія"].latin == "Yuliia" and {"Julija", "Yulia"} <= set(ua["Юлія"].variants)
    assert ua["Олександр"].latin == "Oleksandr"
    assert {"Olexandr", "Aleksandr"} <= set(ua["Олександр"].variants)


def test_gendered_family_names() -> None:
    for code in ("RU", "MK", "PL"):
        gendered = [f for f in country(code).family_names if f.feminine is not None]
        assert gendered, code
        for fam in gendered:
            assert fam.feminine is not None
            assert fam.for_gender("f") == fam.feminine
            assert fam.for_gender("m") == fam.form
            assert fam.feminine.latin.endswith("a") and fam.feminine.original.endswith("а" if
                   code != "PL" else "a")
    for code in FOCUS_COUNTRY_CODES:
        assert all(f.feminine is None for f in country(code).family_names), code


@pytest.mark.parametrize("profile", COUNTRIES, ids=_ids(COUNTRIES))
def test_country_weights_use_known_codes(profile: CountryProfile) -> None:
    assert profile.languages and profile.residence
    assert all(w.weight > 0 for w in (*profile.languages, *profile.residence))
    languages = [w.code for w in profile.languages]
    assert len(set(languages)) == len(languages)
    allowed = set(APP_LANGUAGES) if profile.code in FOCUS_COUNTRY_CODES else {
        *APP_LANGUAGES, "de"
    }
    assert set(languages) <= allowed
    assert {w.code for w in profile.residence} <= set(RESIDENCE_TITLE_CODES)
    first, last = profile.arrival_years
    assert 1990 <= first <= last <= 2026


@pytest.mark.parametrize("profile", FOCUS, ids=_ids(FOCUS))
def test_given_name_traditions_match_country_languages(profile: CountryProfile) -> None:
    languages = {w.code for w in profile.languages}
    assert {n.tradition for n in profile.given_names} <= languages


def test_names_for_language() -> None:
    given, family = names_for_language("SY", "kmr")
    assert given and all(n.tradition == "kmr" for n in given)
    assert family and all(n.tradition == "kmr" for n in family)
    given, family = names_for_language("UA", "ru")  # falls back to all Ukrainian names
    assert given == country("UA").given_names
    assert family == country("UA").family_names
    given, _ = names_for_language("AF", "ps")
    assert all(n.tradition == "ps" for n in given)


def test_dominant_residence_titles() -> None:
    def top(code: str) -> str:
        return max(country(code).residence, key=lambda w: w.weight).code

    assert top("SY") == "ae_25_2"
    assert top("UA") == "ae_24"
    assert top("ER") == "ae_25_2"
    assert top("TR") == "gestattung"
    assert {w.code for w in country("AF").residence} >= {"gestattung", "duldung", "chancen_104c"}


# ----------------------------------------------------------------------------- texts


def _template_texts() -> list[str]:
    return [t.text for t in NOTE_TEMPLATES] + [a.note for a in APPOINTMENT_TEMPLATES]


def _plain_texts() -> list[str]:
    texts: list[str] = []
    for goal in GOAL_TEMPLATES:
        texts.append(goal.title)
        texts.extend(step.text for step in goal.steps)
    texts.extend(f.text for f in FACTORS)
    texts.extend(r.label for r in CLOSURE_REASONS)
    for appointment in APPOINTMENT_TEMPLATES:
        texts.append(appointment.subject)
        texts.extend(appointment.bring)
    return texts


def test_enough_note_templates() -> None:
    assert len(NOTE_TEMPLATES) >= 40
    assert len({t.text for t in NOTE_TEMPLATES}) == len(NOTE_TEMPLATES)
    for phase in PHASES:
        assert sum(t.phase == phase for t in NOTE_TEMPLATES) >= 3, phase
    assert {t.area for t in NOTE_TEMPLATES} - {None} <= set(LIFE_AREAS)
    kinds = {a.kind for a in AGENCIES}
    for template in NOTE_TEMPLATES:
        assert set(template.for_titles) <= set(RESIDENCE_TITLE_CODES), template.text
        if placeholders(template.text) & {"office", "contact"}:
            assert template.office_kind in kinds, template.text
        else:
            assert template.office_kind is None, template.text


def test_notes_for_filters_by_title_and_gender() -> None:
    for phase in PHASES:
        for title in RESIDENCE_TITLE_CODES:
            for gender in ("f", "m"):
                assert notes_for(phase, title, gender), (phase, title, gender)
    duldung = notes_for("monitoring", "duldung")
    assert any("Duldung wurde bis" in n.text for n in duldung)
    assert not any("Duldung wurde bis" in n.text for n in notes_for("monitoring", "ae_24"))
    assert all(n.client_gender != "m" for n in notes_for("access", gender="f"))
    genders = {n.client_gender for n in NOTE_TEMPLATES}
    assert genders == {"f", "m", None}


def test_placeholders_are_allowed_and_format() -> None:
    values = {name: f"<{name}>" for name in ALLOWED_PLACEHOLDERS}
    used: set[str] = set()
    for text in _template_texts():
        fields = placeholders(text)
        assert fields <= ALLOWED_PLACEHOLDERS, (fields - ALLOWED_PLACEHOLDERS, text)
        for _, field, spec, conversion in string.Formatter().parse(text):
            if field is not None:
                assert field.isidentifier() and not spec and not conversion, text
        formatted = text.format(**values)
        assert "{" not in formatted and "}" not in formatted
        used |= fields
    assert {"date", "office", "language", "deadline", "shelter"} <= used


def test_plain_texts_have_no_placeholders() -> None:
    for text in _plain_texts():
        assert text and text == text.strip()
        assert "{" not in text and "}" not in text, text


def test_goal_templates_per_life_area() -> None:
    for area in LIFE_AREAS:
        goals = goals_for(area)
        assert len(goals) >= 5, area
    titles = [g.title for g in GOAL_TEMPLATES]
    assert len(set(titles)) == len(titles)
    for goal in GOAL_TEMPLATES:
        assert goal.steps
        assert {s.by for s in goal.steps} <= {"client", "counsellor", "office"}
        assert set(goal.for_titles) <= set(RESIDENCE_TITLE_CODES)
    assert any("§25b" in g.title for g in goals_for("aufenthalt", "duldung"))
    assert not any("§24" in g.title for g in goals_for("aufenthalt", "duldung"))


def test_factors() -> None:
    tags = [f.tag for f in FACTORS]
    assert len(set(tags)) == len(tags)
    assert all(re.fullmatch(r"[a-z0-9_]+", t) for t in tags)
    assert sum(f.polarity == PROMOTING for f in FACTORS) >= 15
    assert sum(f.polarity == HINDERING for f in FACTORS) >= 15
    assert {f.polarity for f in FACTORS} == {"förderlich", "hemmend"}
    assert {f.area for f in FACTORS} - {None} <= set(LIFE_AREAS)


def test_closure_reasons() -> None:
    codes = [r.code for r in CLOSURE_REASONS]
    assert len(set(codes)) == len(codes) >= 6
    assert all(r.weight > 0 for r in CLOSURE_REASONS)
    assert any(r.planned for r in CLOSURE_REASONS) and not all(r.planned for r in CLOSURE_REASONS)


# ----------------------------------------------------------------------------- places


def test_agencies() -> None:
    keys = [a.key for a in AGENCIES]
    assert len(set(keys)) == len(keys)
    towns = {t.name: t.postal_code for t in TOWNS}
    phones = [a.phone for a in AGENCIES]
    emails = [a.email for a in AGENCIES]
    assert len(set(phones)) == len(phones)
    assert len(set(emails)) == len(emails)
    for agency in AGENCIES:
        assert agency.kind in AGENCY_KINDS, agency.key
        assert agency.legal_area is None or agency.legal_area in LEGAL_AREAS, agency.key
        assert towns[agency.town] == agency.postal_code, agency.key
        assert re.fullmatch(r"0221 4710-\d{3}", agency.phone), agency.key
        assert re.fullmatch(r"[a-z0-9.\-]+@example\.org", agency.email), agency.key
        assert agency.languages[0] == "de"
        assert set(agency.languages) <= {*APP_LANGUAGES, "de"}
        assert agency.opening_hours and agency.contact and agency.street
    kinds = [a.kind for a in AGENCIES]
    for kind in ("auslaenderbehoerde", "einbuergerungsbehoerde", "agentur_fuer_arbeit",
                 "sozialamt", "jugendamt", "gesundheitsamt", "psychosozial", "wohnungsamt",
                 "rechtsberatung"):
        assert kind in kinds, kind
    assert kinds.count("jobcenter") >= 2
    assert kinds.count("integrationskurstraeger") >= 3
    assert any("Volkshochschule" in a.name for a in AGENCIES)
    assert any("MBE" in a.name for a in AGENCIES) and any("JMD" in a.name for a in AGENCIES)
    for welfare in ("Caritas", "DRK", "Diakonie"):
        assert any(welfare in a.name and a.kind == "wohlfahrtsverband" for a in AGENCIES)
    assert {a.legal_area for a in AGENCIES} >= {
        "AufenthG", "AsylG", "AsylbLG", "SGB II", "SGB III", "SGB VIII", "SGB XII", "StAG"
    }


def test_postal_codes_look_like_nrw() -> None:
    for town in TOWNS:
        assert re.fullmatch(r"(3[23]|4\d|5[0-39])\d{3}", town.postal_code), town.name


def test_appointments_refer_to_existing_agency_kinds() -> None:
    kinds = {a.kind for a in AGENCIES}
    for appointment in APPOINTMENT_TEMPLATES:
        assert appointment.agency_kind in kinds, appointment.subject
        assert appointment.bring


def test_shelters_and_counsellors() -> None:
    towns = {t.name: t.postal_code for t in TOWNS}
    assert any(s.kind == "zue" for s in SHELTERS)
    assert any(s.name == "ZUE Musterstadt, Am Hang 3" for s in SHELTERS)
    for shelter in SHELTERS:
        assert shelter.kind in ("zue", "kommunal")
        assert towns[shelter.town] == shelter.postal_code
        assert shelter.capacity > 0
    keys = {a.key for a in AGENCIES}
    for counsellor in COUNSELLORS:
        assert counsellor.organisation in keys
        assert set(counsellor.languages) <= {*APP_LANGUAGES, "de"}


def test_language_names_cover_all_languages() -> None:
    used = {w.code for p in COUNTRIES for w in p.languages}
    assert used <= set(LANGUAGE_NAMES_DE)
    assert set(APP_LANGUAGES) <= set(LANGUAGE_NAMES_DE)


def test_module_is_plain_data() -> None:
    package = Path(corpus.__file__).parent
    for name in ("corpus.py", "corpus_names.py", "corpus_texts.py"):
        source = (package / name).read_text(encoding="utf-8")
        for forbidden in ("PySide6", "sqlalchemy", "sqlcipher", "import random", "from random"):
            assert forbidden not in source, (name, forbidden)
