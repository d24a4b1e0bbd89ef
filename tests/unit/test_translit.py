"""Transliteration of Arabic-script, Cyrillic, Ethiopic and accented Latin names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimdesk.text.translit import SEPARATOR, is_abjad, script_of, transliterate


def _ascii_letters(text: str) -> bool:
    return text.replace(SEPARATOR, "").isascii()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("محمد", "mhmd"),
        ("محمود", "mhmud"),
        ("حسين", "hsin"),
        ("يوسف", "yusf"),
        ("فاطمة", "fatma"),
        ("أحمد", "ahmd"),
        ("إبراهيم", "ibrahim"),
        ("علي", "ali"),
        ("عمر", "amr"),
        ("مروان", "mrwan"),  # و before alef is a consonant
        ("ياسين", "yasin"),  # initial ي is a consonant
        ("فاطمه", "fatme"),  # Persian final heh is a vowel
        ("شاه", "shah"),  # ...but not after a long vowel
        ("مصطفى", "mstfa"),
        ("ئاسۆ", "aso"),  # Sorani: hamza seat + alef + ۆ
    ],
)
def test_arabic_script(source: str, expected: str) -> None:
    assert transliterate(source) == expected


@pytest.mark.parametrize(
    "letters",
    [
        "پچژگکی",  # Persian
        "ۆێڵڕەھ",  # Kurdish Sorani
        "ځڅډړږښګڼېۍټ",  # Pashto
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",  # Arabic
    ],
)
def test_every_extra_letter_is_romanised(letters: str) -> None:
    for letter in letters:
        out = transliterate(letter)
        assert out and _ascii_letters(out), (letter, out)


def test_persian_letters() -> None:
    assert transliterate("پژمان") == "pzhman"
    assert transliterate("چنگیز") == "chngiz"
    assert transliterate("ځدران") == "dzdran"


def test_no_spurious_digraph_between_arabic_letters() -> None:
    # ز + ه must not read as the digraph "zh" (= ж)
    out = transliterate("زهرا")
    assert out.replace(SEPARATOR, "") == "zhra"
    assert SEPARATOR in out


def test_harakat_and_tatweel_are_dropped() -> None:
    assert transliterate("مُحَمَّـد") == "mhmd"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Юлія", "yuliia"),
        ("Олександр", "oleksandr"),
        ("Євген", "yevhen"),
        ("Їжак", "yizhak"),
        ("Ґанна", "ganna"),
        ("Сергій", "serhii"),  # Ukrainian: г -> h
        ("Александр", "aleksandr"),
        ("Ольга", "olha"),  # Ukrainian romanisation by default
        ("Съёмкин Игорь", "semkin igor"),  # Russian-only letters: г -> g, и -> i
        ("Эдуард", "eduard"),
        ("Артём", "artem"),
        ("Лысый", "lysyi"),
        ("Щукин", "shchukyn"),
        ("Подъём", "podem"),
    ],
)
def test_cyrillic(source: str, expected: str) -> None:
    assert transliterate(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("ተስፋይ", "tesfay"),
        ("መሓሪ", "mehari"),
        ("ኣብርሃም", "abrham"),
        ("ዮናስ", "yonas"),
        ("ሃይለ", "hayle"),
        ("እዮብ", "eyob"),
    ],
)
def test_ethiopic(source: str, expected: str) -> None:
    assert transliterate(source) == expected


def test_all_ethiopic_syllables_map_to_latin() -> None:
    for cp in range(0x1200, 0x1380):
        ch = chr(cp)
        if unicodedata.category(ch) != "Lo":
            continue
        out = transliterate(ch)
        assert _ascii_letters(out), (hex(cp), out)
        if cp < 0x1358:
            assert out, hex(cp)


def test_ethiopic_digits_and_wordspace() -> None:
    assert transliterate("፩፪፫") == "123"
    assert transliterate("ሰላም፡ሩት") == "selam rut"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Şahin Çelik Doğan", "sahin celik dogan"),
        ("Kadır İbrahim", "kadir ibrahim"),
        ("Öztürk Ümit", "ozturk umit"),
        ("Müller Straße Jäger", "muller strasse jager"),
        ("Kêmal Şîrîn Xûnav", "kemal sirin xunav"),
        ("Ḥusayn ʿAlī", "husayn ali"),
        ("Søren Łukasz Æsa", "soren lukasz aesa"),
    ],
)
def test_latin_diacritics(source: str, expected: str) -> None:
    assert transliterate(source) == expected


def test_digits_are_ascii() -> None:
    assert transliterate("١٩٩٠") == "1990"
    assert transliterate("۱۳۶۹") == "1369"


def test_punctuation_and_spaces_survive() -> None:
    assert transliterate("محمد الحسن، أحمد") == "mhmd alhsn, ahmd"


def test_script_detection() -> None:
    assert script_of("م") == "arabic"
    assert script_of("ж") == "cyrillic"
    assert script_of("ሀ") == "ethiopic"
    assert script_of("a") == "other"
    assert is_abjad("Muhammad محمد")
    assert not is_abjad("Юлія")


_SUPPORTED = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئپچژگکیۆێڵڕەځڅډړږښګڼېۍ")
    + list("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ")
    + [chr(cp) for cp in range(0x1200, 0x1358) if unicodedata.category(chr(cp)) == "Lo"]
    + list("abcçdefgğhıijklmnoöprsştuüvyzäßêîûé ")
)


@given(st.lists(_SUPPORTED, max_size=30).map("".join))
def test_supported_scripts_give_ascii(text: str) -> None:
    assert _ascii_letters(transliterate(text))


@given(st.text())
def test_never_crashes(text: str) -> None:
    assert isinstance(transliterate(text), str)
