"""The gettext catalogs of the printed form texts are complete, consistent and compiled.

Sources: kimdesk/forms/texts.py (German msgids) -> translations/forms.pot ->
translations/forms/<lang>.po -> kimdesk/locale/<lang>/LC_MESSAGES/forms.mo.
Fix failures with scripts/forms_i18n.py (extract / update / compile).
"""

from __future__ import annotations

import gettext
import importlib.util
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from kimdesk.forms import catalog as form_catalog
from kimdesk.forms import texts
from kimdesk.forms.catalog import LANGUAGES, REVIEW_HEADER, Translated, review_status, translate

ROOT = Path(__file__).resolve().parents[2]
POT = ROOT / "translations" / "forms.pot"
PO_DIR = ROOT / "translations" / "forms"
TARGETS = [code for code in LANGUAGES if code != "de"]
RTL = [code for code in TARGETS if LANGUAGES[code].is_rtl]

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
ETHIOPIC = re.compile(r"[\u1200-\u137F\u1380-\u139F\u2D80-\u2DDF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
SCRIPT = {
    "ar": ARABIC, "fa": ARABIC, "fa_AF": ARABIC, "ckb": ARABIC, "ps": ARABIC,
    "ti": ETHIOPIC, "uk": CYRILLIC, "ru": CYRILLIC,
    "en": LATIN, "fr": LATIN, "tr": LATIN, "kmr": LATIN,
}  # fmt: skip


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _load_po(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=lang, domain="forms")


@pytest.fixture(scope="module")
def pot_ids() -> list[str]:
    return [m.id for m in _load_po(POT) if m.id]


@pytest.fixture(scope="module", params=TARGETS)
def po(request: pytest.FixtureRequest) -> tuple[str, Catalog]:
    lang = request.param
    return lang, _load_po(PO_DIR / f"{lang}.po", lang)


def _translations(catalog: Catalog) -> dict[str, str]:
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


# --- the template ------------------------------------------------------------


def test_pot_is_up_to_date_with_texts(pot_ids: list[str]) -> None:
    in_code = set(texts.iter_msgids())
    assert in_code - set(pot_ids) == set(), "run: python scripts/forms_i18n.py extract"
    assert set(pot_ids) - in_code == set(), "run: python scripts/forms_i18n.py extract"
    assert len(pot_ids) == len(set(pot_ids))


def test_every_language_has_a_catalog() -> None:
    assert set(TARGETS) == {
        "en", "ar", "fa", "fa_AF", "uk", "ru", "tr", "kmr", "ckb", "ti", "fr", "ps",
    }  # fmt: skip
    for lang in TARGETS:
        assert (PO_DIR / f"{lang}.po").is_file(), lang
        assert form_catalog.mo_path(lang).is_file(), lang


def test_form_structure_is_consistent() -> None:
    assert set(texts.FORM_TEXTS) == set(texts.FORM_KINDS)
    for kind, form in texts.FORM_TEXTS.items():
        assert form.kind == kind
        assert form.version == texts.FORM_VERSION[kind]
        for section in form.sections:
            assert section.when is None or section.when in texts.CONDITIONS, section.key
        keys = [s.key for s in form.sections]
        assert len(keys) == len(set(keys)), kind
    for checklist in texts.CHECKLISTS.values():
        assert all(s.checkboxes for s in checklist.sections), checklist.key


def test_placeholders_are_known_names() -> None:
    known = {
        "organisation", "organisation_address", "dpo_contact", "supervisory_authority",
        "church_law", "retention_years", "recipient", "messenger", "purpose", "counsellor",
        "name", "date", "valid_until", "language", "review_date", "due_date",
        "deletion_date", "office", "page", "pages", "version",
    }  # fmt: skip
    for msgid in texts.iter_msgids():
        assert _placeholders(msgid) <= known, msgid
        assert texts.placeholders(msgid) == _placeholders(msgid)


# --- each catalog ------------------------------------------------------------


def test_catalog_is_complete(po: tuple[str, Catalog], pot_ids: list[str]) -> None:
    lang, catalog = po
    assert not catalog.fuzzy, f"{lang}: header marked fuzzy"
    problems = []
    for msgid in pot_ids:
        message = catalog.get(msgid)
        if message is None:
            problems.append(f"missing: {msgid!r}")
        elif not message.string or not message.string.strip():
            problems.append(f"empty: {msgid!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
    stale = {m.id for m in catalog if m.id} - set(pot_ids)
    problems += [f"not in forms.pot: {s!r}" for s in sorted(stale)]
    assert not problems, f"{lang}:\n" + "\n".join(problems)


def test_placeholders_are_preserved(po: tuple[str, Catalog]) -> None:
    lang, catalog = po
    for msgid, text in _translations(catalog).items():
        assert _placeholders(text) == _placeholders(msgid), f"{lang}: {msgid!r} -> {text!r}"
        values = {name: "X" for name in _placeholders(msgid)}
        text.format(**values)  # no stray braces


def test_translations_are_written_in_the_language_script(po: tuple[str, Catalog]) -> None:
    lang, catalog = po
    script = SCRIPT[lang]
    for msgid, text in _translations(catalog).items():
        assert script.search(text), f"{lang}: no {script.pattern} letters in {text!r}"


def test_rtl_flag_and_script() -> None:
    assert set(RTL) == {"ar", "fa", "fa_AF", "ckb", "ps"}
    for lang in RTL:
        assert SCRIPT[lang] is ARABIC


@pytest.mark.parametrize("lang", ["fa", "fa_AF", "ckb"])
def test_persian_and_sorani_use_their_own_yeh_and_kaf(lang: str) -> None:
    texts_ = " ".join(_translations(_load_po(PO_DIR / f"{lang}.po", lang)).values())
    assert "\u064a" not in texts_ and "\u0643" not in texts_  # Arabic ي ك
    assert "\u06cc" in texts_ and "\u06a9" in texts_  # Persian ی ک


def test_sorani_and_pashto_use_their_letters() -> None:
    ckb = " ".join(_translations(_load_po(PO_DIR / "ckb.po", "ckb")).values())
    ps = " ".join(_translations(_load_po(PO_DIR / "ps.po", "ps")).values())
    assert all(letter in ckb for letter in "ڕڵێۆە")
    assert all(letter in ps for letter in "ټډړښږګڼېۍ")


def test_translations_are_not_copies_of_the_german(po: tuple[str, Catalog]) -> None:
    lang, catalog = po
    same = [m for m, t in _translations(catalog).items() if m == t and len(m) > 12]
    assert not same, f"{lang}: untranslated copies {same[:5]}"


def test_catalog_header_says_not_reviewed(po: tuple[str, Catalog]) -> None:
    lang, _ = po
    text = (PO_DIR / f"{lang}.po").read_text(encoding="utf-8")
    assert f'"{REVIEW_HEADER}: no\\n"' in text


# --- compiled catalogs -------------------------------------------------------


def test_mo_is_up_to_date_with_po(po: tuple[str, Catalog]) -> None:
    lang, catalog = po
    with form_catalog.mo_path(lang).open("rb") as fp:
        compiled = read_mo(fp)
    mo_messages = {m.id: m.string for m in compiled if m.id}
    assert mo_messages == _translations(catalog), (
        f"{lang}: run python scripts/forms_i18n.py compile"
    )


def test_mo_keeps_the_review_header(po: tuple[str, Catalog]) -> None:
    lang, _ = po
    with form_catalog.mo_path(lang).open("rb") as fp:
        info = gettext.GNUTranslations(fp).info()
    assert info.get(REVIEW_HEADER.lower()) == "no"  # honest: nobody has reviewed them yet
    assert review_status(lang) is False


def test_translate_returns_the_catalog_text() -> None:
    assert translate("en", "Ja") == Translated("Yes", False)
    assert translate("uk", "Seite {page} von {pages}").format(page=2, pages=5) == Translated(
        "Сторінка 2 з 5", False
    )
    assert translate("de", "Ja") == Translated("Ja", False)
    assert review_status("de") is True


# --- fallback ----------------------------------------------------------------


def test_missing_msgid_falls_back_to_german() -> None:
    msgid = "Diesen Text gibt es in keinem Katalog."
    for lang in TARGETS:
        assert translate(lang, msgid) == Translated(msgid, True)


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError):
        translate("xx", "Ja")


def _compile_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("forms_i18n", ROOT / "scripts" / "forms_i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzzy_empty_and_absent_catalogs_fall_back(tmp_path: Path) -> None:
    catalog = Catalog(locale="tr", domain="forms")
    catalog.add("Ja", "Evet")
    catalog.add("Nein", "Hayır", flags=["fuzzy"])
    catalog.add("Datum", "")
    mo = form_catalog.mo_path("tr", tmp_path)
    mo.parent.mkdir(parents=True)
    with mo.open("wb") as fp:
        write_mo(fp, catalog)

    assert translate("tr", "Ja", tmp_path) == Translated("Evet", False)
    assert translate("tr", "Nein", tmp_path) == Translated("Nein", True)
    assert translate("tr", "Datum", tmp_path) == Translated("Datum", True)
    assert translate("fr", "Ja", tmp_path) == Translated("Ja", True)  # no .mo at all
    assert review_status("tr", tmp_path) is False  # no review header
    assert review_status("fr", tmp_path) is False


def test_compiled_review_header_is_read(tmp_path: Path) -> None:
    script = _compile_script()
    po = tmp_path / "ti.po"
    catalog = Catalog(locale="ti", domain="forms", fuzzy=False)
    catalog.add("Ja", "እወ")
    with po.open("wb") as fp:
        write_po(fp, catalog)
    script.write_x_headers(po, {REVIEW_HEADER: "yes, A. Tesfay, 2026-12-01"})
    assert script.read_x_headers(po) == {REVIEW_HEADER: "yes, A. Tesfay, 2026-12-01"}

    assert script.compile_catalog(po, form_catalog.mo_path("ti", tmp_path), "ti") == (1, 1)
    assert review_status("ti", tmp_path) is True
    assert translate("ti", "Ja", tmp_path) == Translated("እወ", False)
