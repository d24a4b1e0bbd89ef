"""Folding, tokenising and phonetic keys of personal names."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimdesk.text.namekeys import (
    analyze_token,
    compact_name,
    fold,
    index_tokens,
    memoize,
    name_tokens,
    phonetic_key,
    sound_similarity,
    token_similarity,
    token_variants,
)

# ---------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("MÜLLER", "muller"),
        ("Straße", "strasse"),
        ("Şahin ÇELİK", "sahin celik"),
        ("Kadır", "kadir"),
        ("Mo\u200bham\u200dmed", "mohammed"),  # zero-width space / joiner
        ("\u202bMohammed\u202c\u2066x\u2069\ufeff", "mohammedx"),  # bidi controls, BOM
        ("\u2060Ali\u200e\u200f", "ali"),
        ("مُحَمَّـــد", "محمد"),  # harakat, shadda and tatweel
        ("ﻣﺤﻤﺪ", "محمد"),  # presentation forms (NFKC)
        ("ＭＵＨＡＭＭＡＤ", "muhammad"),  # fullwidth (NFKC)
        ("Йосип Їжак Ёлкин", "йосип їжак ёлкин"),  # й ї ё are letters, kept
        ("أحمد إبراهيم آمنة", "أحمد إبراهيم آمنة"),  # hamza letters kept
        ("١٩٩٠", "1990"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_unifies_persian_and_arabic_letters() -> None:
    assert fold("علی") == fold("علي") == fold("على")
    assert fold("کریم") == fold("كريم")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_removes_invisible_controls(text: str) -> None:
    out = fold(text + "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d"
               "\u202e\u2066\u2067\u2068\u2069\u0640\u064b\u064e\u0650\u0651\u0652")
    for ch in "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202e\u2066\u2069\u0640\u064e":
        assert ch not in out


# ---------------------------------------------------------------- keys

SAME_KEY = [
    ["Mohammed", "Muhammad", "Mohamad", "Mohamed", "Muhammed", "Mohammad", "محمد",
     "مُحَمَّد", "Mehmet", "Mehmed"],
    ["Юлія", "Yuliia", "Julija", "Yulia", "Iuliia", "Юлия", "Julia"],
    ["Ahmad", "Ahmed", "أحمد", "احمد", "Ahmet"],
    ["Hussein", "Husain", "Hossein", "حسين", "Husayn", "Hüseyin"],
    ["Olexandr", "Oleksandr", "Aleksandr", "Alexander", "Олександр", "Александр"],
    ["Yusuf", "Youssef", "Jusuf", "يوسف", "Yousef", "Josef", "Joseph"],
    ["Fatima", "Fatimah", "Fatma", "فاطمة", "فاطمه", "Fatemeh"],
    ["Şahin", "Sahin", "Shahin", "شاهين"],
    ["Müller", "Mueller", "Muller"],
    ["Omar", "Umar", "عمر"],
    ["Ibrahim", "Ebrahim", "إبراهيم", "ኣብርሃም"],
    ["Abdullah", "Abdallah", "Abd Allah", "عبدالله", "عبد الله"],
    ["Abd al-Rahman", "Abdul Rahman", "Abdurrahman", "Abdurahman", "Abdelrahman",
     "عبد الرحمن", "عبدالرحمن"],
    ["Dawood", "Daoud", "Davud", "داود"],
    ["Mustafa", "Mostafa", "Moustapha", "مصطفى"],
    ["Wael", "Wa'il", "وائل"],
    ["Khaled", "Chaled", "Khalid", "خالد"],
    ["Zahra", "Zahrah", "زهرا"],
    ["Tesfay", "Tesfai", "ተስፋይ"],
    ["Kateryna", "Катерина"],
    ["Çelik", "Celik"],
]


@pytest.mark.parametrize("names", SAME_KEY, ids=lambda names: names[0])
def test_transliteration_variants_share_a_key(names: list[str]) -> None:
    keys = {n: phonetic_key(n) for n in names}
    assert len(set(keys.values())) == 1, keys
    assert keys[names[0]]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Mohammed", "Ahmad"), ("Yusuf", "Yunus"), ("Fatima", "Khadija"), ("Ali", "Omar"),
     ("Hussein", "Hamid"), ("Oleksandr", "Olena"), ("Юлія", "Юрій"), ("Müller", "Miller Jr")],
)
def test_different_names_differ(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)


def test_key_examples() -> None:
    assert phonetic_key("Mohammed") == "mhmt"
    assert phonetic_key("Hossein") == "hsn"
    assert phonetic_key("Юлія") == "yl"
    assert phonetic_key("Mohammed Al-Hassan") == "mhmt hsn"
    assert phonetic_key("") == ""


def test_prefix_keys_while_typing() -> None:
    full = analyze_token("muhammad").pkey
    for typed in ("muh", "moha", "mohamm", "محم", "muhammad"):
        assert full.startswith(analyze_token(fold(typed)).qkey), typed
    assert analyze_token("ahmadi").pkey.startswith(analyze_token("ahmad").qkey)


def test_sound_similarity_prefers_the_right_arabic_spelling() -> None:
    muhammad = analyze_token("muhammad")
    assert sound_similarity(muhammad, analyze_token("محمد")) > \
        sound_similarity(muhammad, analyze_token("محمود"))
    assert sound_similarity(muhammad, analyze_token("mohammed")) > \
        sound_similarity(muhammad, analyze_token("mahmoud"))


def test_token_similarity_bands() -> None:
    a = analyze_token("hussein")
    assert token_similarity(a, a) == 1.0
    assert token_similarity(a, analyze_token("hossein")) >= 0.75
    assert token_similarity(a, analyze_token("karimi")) < 0.5


# ---------------------------------------------------------------- tokens


@pytest.mark.parametrize(
    ("fields", "tokens"),
    [
        (("Mohamad Al-Hassan",), ["mohamad", "hassan"]),
        (("El Amin",), ["amin"]),
        (("Al",), ["al"]),
        (("Abd al-Rahman",), ["abdrahman"]),
        (("Abdul Rahman",), ["abdrahman"]),
        (("Abdurrahman",), ["abdrahman"]),
        (("Abd-ar-Rahman",), ["abdrahman"]),
        (("Abdel Aziz",), ["abdaziz"]),
        (("Sa'ad",), ["saad"]),
        (("O’Brien",), ["obrien"]),
        (("Jean-Pierre  Dupont",), ["jean", "pierre", "dupont"]),
        (("Мар'яна",), ["маряна"]),
        (("عبد الرحمن الحسن",), ["عبدرحمن", "حسن"]),
        (("Hassan", "Ali", "Hassan"), ["hassan", "ali"]),
        (("", "Ali"), ["ali"]),
    ],
)
def test_name_tokens(fields: tuple[str, ...], tokens: list[str]) -> None:
    assert name_tokens(*fields) == tokens


def test_token_variants() -> None:
    assert token_variants("alhasan") == ("hasan",)
    assert token_variants("elsayed") == ("sayed",)
    assert token_variants("alexander") == ()
    assert token_variants("alina") == ()
    assert token_variants("الحسن") == ("حسن",)
    assert token_variants("arrashid") == ("rashid",)


def test_index_tokens_cover_glued_and_split_forms() -> None:
    toks = index_tokens("Al-Hassan", glue=True)
    assert "hassan" in toks and "alhassan" in toks
    assert "hasan" in index_tokens("Alhasan")
    assert {"abdrahman", "abdul", "rahman"} <= set(index_tokens("Abdul Rahman"))
    assert compact_name("Hassan-Zadeh") == "hassanzadeh"
    assert compact_name("Hassan") == ""


# ---------------------------------------------------------------- robustness

_NASTY = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.sampled_from(list("\u202e\u202d\u2066\u2067\u2068\u2069\u200b\u200f\ufeff\u0640"
                             "😀👨‍👩‍👧🇩🇪محمدЮліяተስፋይ-' ")),
    ),
)


@given(_NASTY)
def test_phonetic_key_never_crashes(text: str) -> None:
    key = phonetic_key(text)
    assert isinstance(key, str)
    assert all(part for part in key.split(" ")) if key else True


@given(_NASTY)
def test_name_tokens_are_folded(text: str) -> None:
    for tok in name_tokens(text):
        assert tok and fold(tok) == tok


@settings(max_examples=1, deadline=None)
@given(st.just(None))
def test_phonetic_key_on_a_megabyte(_: None) -> None:
    rng = random.Random(4)
    alphabet = "abcdefghijklmnopqrstuvwxyzéüşأحمدعلييوسفپچژЮлияїєґተስፋይ😀\u202e\u200b -'"
    text = "".join(rng.choice(alphabet) for _ in range(1_000_000))
    key = phonetic_key(text)
    assert isinstance(key, str) and key
    assert phonetic_key("\u202e" * 1_000_000) == ""


def test_memoize_is_bounded() -> None:
    calls: list[int] = []

    @memoize(3)
    def square(x: int) -> int:
        calls.append(x)
        return x * x

    assert [square(i) for i in (1, 2, 1, 3, 4, 1)] == [1, 4, 1, 9, 16, 1]
    assert calls == [1, 2, 3, 4, 1]  # cache emptied once it held three results
