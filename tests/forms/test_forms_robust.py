"""Bad input never breaks a form: hostile and huge user text, missing or broken translations."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kimdesk.data.keyfile import KdfParams
from kimdesk.data.repositories import records as r
from kimdesk.data.repositories.base import bulk_add
from kimdesk.domain import enums as e
from kimdesk.domain import models as m
from kimdesk.domain.ids import new_id
from kimdesk.forms import catalog
from kimdesk.forms.page import MARGIN_X, PAGE
from kimdesk.forms.render import render_form_pdf
from kimdesk.forms.safe_text import clip, printable, user_text
from kimdesk.forms.texts import COMMON, FORM_TEXTS
from kimdesk.services import demo, forms, vaults
from kimdesk.services.vaults import Vault
from tests.conftest import PASSPHRASE
from tests.forms import pdftools as pt

LONG_WORD = "Abdulrahmanovicz" * 12  # 192 letters without a break
NOTE = ("Wort \u202eevil\u202c " + "lorem ipsum dolor sit amet " * 40_000)[:1_000_000]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, str]]:
    """A vault with a client whose every field is long, odd or hostile (written raw)."""
    kdf = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)
    with vaults.create_vault(tmp_path_factory.mktemp("hostile") / "h.kim", PASSPHRASE,
                             kdf=kdf, counsellor_name="Test") as vault:
        cid = _fill(vault)
        yield vault, cid


def _fill(vault: Vault) -> str:
    demo.generate(vault, clients=2, seed=1)
    cid = new_id()
    with vault.session(write=True) as s:
        agency = r.AGENCIES.where(s)[0]
        bulk_add(s, r.CLIENTS, [m.Client(
            cid, family_name="Al-" + LONG_WORD, given_names="Mo\u202eammed\u202c\u200b Ali",
            given_names_original="محمد\u200b\u200b", family_name_original="العبدالرحمن" * 6,
            birth_date=date(1990, 1, 1), birth_year_only=True, languages=("ar",),
            nationalities=("SY",), street="Langestraße 5 " + "Hinterhaus links, " * 20,
            postal_code="12345", city="Köln 🏠", shelter="收容所 \x07", phone="0221 \u200b123",
            file_number="KIM-2026-99999", counsellor_id=vault.counsellor_id(),
            created_at=datetime.now(UTC))])
        case_id, goal_id = new_id(), new_id()
        bulk_add(s, r.CASES, [m.Case(case_id, cid, date(2025, 1, 1))])
        bulk_add(s, r.GOALS, [m.Goal(goal_id, case_id, "Ziel " + "sehr lang " * 200,
                                     e.LifeArea.WOHNEN, "Klient*in", date(2026, 1, 1))])
        bulk_add(s, r.GOAL_STEPS, [m.GoalStep(new_id(), goal_id, i, f"Schritt {i} " + "x" * 300,
                                              "Amt", None, i % 2 == 0) for i in range(1, 6)])
        now = datetime.now(UTC)
        bulk_add(s, r.NOTES, [
            m.CaseNote(new_id(), case_id, now, e.NoteType.CONSULTATION, NOTE, None),
            m.CaseNote(new_id(), case_id, now - timedelta(days=1), e.NoteType.PHONE,
                       "y" * 1_000_000, None),
            m.CaseNote(new_id(), case_id, now - timedelta(days=2), e.NoteType.PHONE,
                       "Emoji 😀 und 中文 und \u202eRLO\u202c", None),
        ])
        bulk_add(s, r.APPOINTMENTS, [m.Appointment(
            new_id(), now + timedelta(days=3), 60, e.AppointmentKind.CONSULTATION, cid,
            vault.counsellor_id(), e.PlaceKind.OFFICE, "Ort " + "sehr weit weg " * 30, None,
            "ar", True, "", "Mitbringen: " + ", ".join(f"Ding {i}" for i in range(100)))])
        bulk_add(s, r.REFERRALS, [m.Referral(new_id(), cid, agency.id, now,
                                             e.ReferralStatus.SENT, case_id, goal_id, NOTE)])
        bulk_add(s, r.CONSENTS, [m.Consent(new_id(), cid, e.ConsentKind.RELEASE, None,
                                           agency.id, agency.name, "Alles " * 5000,
                                           date(2025, 1, 1), None)])
    return cid


def _inside_the_page(path: Path) -> list[pt.Word]:
    found = pt.words(path)
    for w in found:
        assert w.x0 >= MARGIN_X - 2 and w.x1 <= PAGE[0] - MARGIN_X + 2, w
        assert 0 <= w.y0 and w.y1 <= PAGE[1], w
    return found


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_hostile_client_every_form_builds_and_stays_on_the_page(hostile, tmp_path: Path,
                                                                lang: str) -> None:
    vault, cid = hostile
    for kind in forms.KINDS:
        rendered = forms.render_form(vault, kind, client_id=cid, lang=lang)
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(rendered.pdf)
        found = _inside_the_page(path)
        text = "".join(w.text for w in found)
        assert "\u202e" not in text and "\u200b" not in text, kind
        if kind in ("consent", "release", "goals", "access", "checklist"):
            # the 195-letter family name wraps but is printed whole
            assert ("Al-" + LONG_WORD) in "".join(
                w.text for w in pt.words(path, first=1, last=1) if w.text.isascii()), kind


def test_huge_notes_are_shortened_with_a_visible_marker(hostile, tmp_path: Path) -> None:
    vault, cid = hostile
    rendered = forms.render_form(vault, "access", client_id=cid, lang="de")
    assert rendered.clipped
    path = tmp_path / "access.pdf"
    path.write_bytes(rendered.pdf)
    text = " ".join(w.text for w in pt.words(path))
    assert "gekürzt" in text and "1.000.000 Zeichen" in text
    assert "Moammed" in text  # the override character is gone, the letters stay in order
    assert len(pt.page_sizes(path)) < 20  # 2 MB of notes do not become 500 pages


def test_printable_cleans_without_raising() -> None:
    assert printable("a\u202eb\u202cc\u200bd\x07e") == "abcde"
    assert printable("Haus 🏠 中") == "Haus \ufffd \ufffd"  # no installed font has them
    assert printable("داده\u200cها") == "داده\u200cها"  # ZWNJ stays for Persian
    assert printable("  zwei\n\n\n\nZeilen ", multiline=True) == "zwei\n\nZeilen"
    short, clipped = clip("wort " * 1000, 100)
    assert clipped and short.endswith("…") and len(short) <= 102
    text, total = user_text("x" * 10_000_000, 50)
    assert total == 10_000_000 and len(text) <= 52


# -- missing and broken translations ------------------------------------------------------

def _write_mo(path: Path, messages: dict[str, str]) -> None:
    """A minimal GNU .mo file (no hash table)."""
    items = sorted(messages.items())
    ids = b"".join(k.encode() + b"\0" for k, _ in items)
    strs = b"".join(v.encode() + b"\0" for _, v in items)
    n = len(items)
    start = 7 * 4 + 16 * n
    id_table, str_table = [], []
    offset = 0
    for k, _ in items:
        id_table += [len(k.encode()), start + offset]
        offset += len(k.encode()) + 1
    offset = 0
    for _, v in items:
        str_table += [len(v.encode()), start + len(ids) + offset]
        offset += len(v.encode()) + 1
    header = struct.pack("<7I", 0x950412DE, 0, n, 7 * 4, 7 * 4 + 8 * n, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + struct.pack(f"<{4 * n}I", *id_table, *str_table) + ids + strs)


@pytest.fixture
def partial_catalog(tmp_path: Path) -> Path:
    """An Arabic catalog with the consent title, one broken placeholder, a native review."""
    localedir = tmp_path / "locale"
    _write_mo(catalog.mo_path("ar", localedir), {
        "": "Content-Type: text/plain; charset=UTF-8\n"
            "X-Reviewed-By-Native-Speaker: yes, Test, 2026-01-01\n",
        FORM_TEXTS["consent"].title: "معلومات عن حماية البيانات والموافقة",
        COMMON["page"]: "صفحة {seite}",  # a translator's typo: must not break the footer
        COMMON["translation_missing"]: "الترجمة غير موجودة",
    })
    catalog.clear_cache()
    yield localedir
    catalog.clear_cache()


def test_missing_translation_prints_german_with_a_note(hostile, partial_catalog: Path,
                                                      tmp_path: Path) -> None:
    vault, cid = hostile
    data = forms.gather(vault, client_id=cid)
    result = render_form_pdf("consent", data, "ar", localedir=partial_catalog)
    assert result.missing_translation
    path = tmp_path / "consent.pdf"
    path.write_bytes(result.pdf)
    found = pt.words(path)
    text = " ".join(w.text for w in found)
    assert COMMON["translation_missing"] in text  # the German note ...
    assert "الترجمة" in text  # ... and its translation
    assert "حماية" in text  # the one translated text
    sentence = pt.tokens("Die Einwilligung ist freiwillig.")
    assert sum(1 for i in range(len(found)) if [w.key for w in found[i:i + 4]] == sentence) >= 2
    assert "Übersetzung geprüft" in text  # the catalog's review header reached the footer
    assert "Seite 1 von" in text  # the broken placeholder fell back to German


def test_default_language_of_a_client() -> None:
    assert forms.default_language(m.Client("x", "A")) == "en"
    assert forms.default_language(m.Client("x", "A", languages=("so", "de"))) == "en"
    assert forms.default_language(m.Client("x", "A", languages=("de", "fa_AF", "ar"))) == "fa_AF"
    assert forms.default_language(m.Client("x", "A", languages=("ckb",))) == "ckb"
