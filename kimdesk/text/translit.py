"""Transliteration of personal names into a lowercase Latin "skeleton".

The skeleton is not meant to be a scholarly romanisation: it is a stable,
lowercase, mostly-ASCII spelling that :mod:`kimdesk.text.namekeys` turns into
phonetic keys.  Supported scripts:

* **Arabic script** (Arabic, Persian, Pashto, Urdu letters, Kurdish Sorani).
  Short vowels are not written, so the output only contains the long vowels
  that are spelled out (``محمد`` -> ``mhmd``).  ``و``/``ي`` are read as
  consonants (``w``/``y``) at the start of a word or next to an alef and as
  vowels (``u``/``i``) elsewhere; ``ع`` becomes ``a``; a word-final ``ه`` is
  read as the vowel ``e`` (Persian *Fatemeh*), ``ة`` as ``a``.
* **Cyrillic** (Ukrainian, Russian and a few other letters).  The Ukrainian
  national romanisation (2010) is used (``г`` -> ``h``, ``и`` -> ``y``), as in
  Ukrainian passports (``Ольга`` -> ``olha``), unless the text contains a
  Russian-only letter (``ы э ё ъ``); then a Russian passport-style one is used
  (``г`` -> ``g``, ``и`` -> ``i``).
* **Ethiopic** syllables (U+1200-U+137F main block; other Ethiopic blocks via
  the Unicode character name): consonant + vowel of the order, the 6th order
  without vowel (``ተስፋይ`` -> ``tesfay``).
* **Latin** with diacritics: diacritics are stripped (``ş`` -> ``s``,
  ``ç`` -> ``c``, ``ğ`` -> ``g``, ``ı`` -> ``i``, ``ä`` -> ``a``), special
  letters are expanded (``ß`` -> ``ss``, ``æ`` -> ``ae``, ``ø`` -> ``o``).

Characters of other scripts are passed through lowercased; digits of the
Arabic-Indic, Persian and Ethiopic sets become ASCII digits; punctuation and
spaces are kept so that callers can still tokenise the result.  For supported
scripts the output is ASCII, except :data:`SEPARATOR` (U+02BC), inserted where
two non-Latin letters would otherwise form a Latin digraph (``زه`` -> ``zʼh``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["transliterate", "script_of", "is_abjad", "SEPARATOR"]

#: Emitted between two letters of a non-Latin script whose Latin renderings
#: would otherwise read as a digraph (``زه`` -> ``zʼh``, not ``zh``).  It is a
#: modifier letter, so it survives tokenisation; the key builder removes it.
SEPARATOR = "\u02bc"
_DIGRAPH_PAIRS = frozenset(
    {"sh", "zh", "kh", "ch", "th", "dh", "gh", "ph", "ts", "tz", "dz", "ck", "cz", "sz"}
)

# --------------------------------------------------------------------------
# Arabic script
# --------------------------------------------------------------------------

_ARABIC_BASE: dict[str, str] = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a",
    # Persian / Urdu
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ڪ": "k", "ۀ": "e",
    "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ے": "e", "ۓ": "e", "ھ": "h",
    # Kurdish (Sorani) and Uyghur
    "ۆ": "o", "ێ": "e", "ڵ": "l", "ڕ": "r", "ە": "e", "ڤ": "v", "ۋ": "v",
    "ۇ": "u", "ۈ": "u", "ڭ": "ng",
    # Pashto
    "ځ": "dz", "څ": "ts", "ډ": "d", "ړ": "r", "ږ": "zh", "ښ": "sh", "ګ": "g",
    "ڼ": "n", "ې": "e", "ۍ": "ai", "ټ": "t",
    # punctuation
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
}
_ARABIC_SEMIVOWELS = {"و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i")}
_ARABIC_VOWEL_LETTERS = frozenset("اأإآٱىەێۆې")
_ARABIC_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_ARABIC_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})


def _is_arabic_letter(ch: str) -> bool:
    """Tell whether ``ch`` is a letter of the Arabic script blocks."""
    cp = ord(ch)
    return (
        (0x0620 <= cp <= 0x064A)
        or (0x066E <= cp <= 0x06D5)
        or (0x06FA <= cp <= 0x06FF)
        or (0x0750 <= cp <= 0x077F)
        or (0x08A0 <= cp <= 0x08FF)
    )


def _arabic_char(text: str, i: int) -> str:
    """Transliterate the Arabic-script character at ``text[i]`` using its context."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    start = not prev or not _is_arabic_letter(prev)
    end = not nxt or not _is_arabic_letter(nxt)
    if ch in _ARABIC_SEMIVOWELS:
        cons, vowel = _ARABIC_SEMIVOWELS[ch]
        if start or prev in _ARABIC_VOWEL_LETTERS or (nxt in _ARABIC_VOWEL_LETTERS):
            return cons
        return vowel
    if ch == "ه" and end and not start and prev not in _ARABIC_VOWEL_LETTERS:
        return "e"
    return _ARABIC_BASE.get(ch, "")


# --------------------------------------------------------------------------
# Cyrillic
# --------------------------------------------------------------------------

_CYR_COMMON: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e", "ё": "e",
    "ґ": "g", "і": "i",
    # Belarusian, Serbian/Macedonian, Kazakh and other extensions
    "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh",
    "ѓ": "g", "ќ": "k", "ѕ": "dz", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng",
    "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ӏ": "",
}
_CYR_UK = {"г": "h", "и": "y"}
_CYR_RU = {"г": "g", "и": "i"}
# letters with a different spelling at the start of a word (Ukrainian 2010)
_CYR_IOTATED = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"),
                "я": ("ya", "ia")}
_RUSSIAN_MARKERS = frozenset("ыэёъЫЭЁЪ")


def _is_cyrillic_letter(ch: str) -> bool:
    """Tell whether ``ch`` belongs to the Cyrillic blocks."""
    cp = ord(ch)
    return 0x0400 <= cp <= 0x052F or 0x1C80 <= cp <= 0x1C8F or 0xA640 <= cp <= 0xA69F


def _cyrillic_char(text: str, i: int, ukrainian: bool) -> str:
    """Transliterate the (lowercase) Cyrillic character at ``text[i]``."""
    ch = text[i]
    if ch in _CYR_IOTATED:
        prev = text[i - 1] if i > 0 else ""
        start = not prev or not (_is_cyrillic_letter(prev) or prev in "'’ʼ")
        return _CYR_IOTATED[ch][0 if start else 1]
    special = _CYR_UK if ukrainian else _CYR_RU
    if ch in special:
        return special[ch]
    return _CYR_COMMON.get(ch, "")


# --------------------------------------------------------------------------
# Ethiopic
# --------------------------------------------------------------------------

# consonant of each 8-syllable row of the main Ethiopic block (U+1200..U+1357)
_ETH_ROWS: dict[int, str] = {
    0x1200: "h", 0x1208: "l", 0x1210: "h", 0x1218: "m", 0x1220: "s", 0x1228: "r",
    0x1230: "s", 0x1238: "sh", 0x1240: "q", 0x1248: "qw", 0x1250: "q", 0x1258: "qw",
    0x1260: "b", 0x1268: "v", 0x1270: "t", 0x1278: "ch", 0x1280: "h", 0x1288: "hw",
    0x1290: "n", 0x1298: "ny", 0x12A0: "", 0x12A8: "k", 0x12B0: "kw", 0x12B8: "kh",
    0x12C0: "khw", 0x12C8: "w", 0x12D0: "", 0x12D8: "z", 0x12E0: "zh", 0x12E8: "y",
    0x12F0: "d", 0x12F8: "d", 0x1300: "j", 0x1308: "g", 0x1310: "gw", 0x1318: "g",
    0x1320: "t", 0x1328: "ch", 0x1330: "p", 0x1338: "ts", 0x1340: "ts", 0x1348: "f",
    0x1350: "p",
}
# vowel of the orders 1..8 (index 0..7); the 6th order is usually vowelless
_ETH_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")
_ETH_LABIAL_VOWELS = ("e", "u", "i", "a", "e", "", "o", "a")
_ETH_SPECIAL = {0x1358: "rya", 0x1359: "mya", 0x135A: "fya", 0x1361: " ", 0x1362: ".",
                0x1363: ",", 0x1364: ";", 0x1365: ":", 0x1366: ":", 0x1367: "?",
                0x1368: "."}


def _ethiopic_by_name(ch: str) -> str:
    """Fallback for Ethiopic syllables outside the main table, based on the Unicode name."""
    name = unicodedata.name(ch, "")
    if not name.startswith("ETHIOPIC SYLLABLE "):
        return ""
    syl = name.rsplit(" ", 1)[-1].lower()
    return syl.replace("aa", "a").replace("ee", "e")


def _ethiopic_char(ch: str) -> str:
    """Transliterate one Ethiopic character (syllable, digit or punctuation)."""
    cp = ord(ch)
    if cp in _ETH_SPECIAL:
        return _ETH_SPECIAL[cp]
    if 0x1369 <= cp <= 0x1371:
        return str(cp - 0x1368)
    if 0x1200 <= cp <= 0x1357:
        row, order = cp & ~7, cp & 7
        cons = _ETH_ROWS.get(row)
        if cons is None:
            return _ethiopic_by_name(ch)
        if cons.endswith("w") and cons != "w":
            return cons + _ETH_LABIAL_VOWELS[order]
        vowel = _ETH_VOWELS[order]
        if cons == "" and vowel == "":
            vowel = "e"  # vowel carriers አ/ዐ: 6th order is a short e/i
        return cons + vowel
    return _ethiopic_by_name(ch)


def _is_ethiopic(ch: str) -> bool:
    """Tell whether ``ch`` belongs to one of the Ethiopic blocks."""
    cp = ord(ch)
    return (0x1200 <= cp <= 0x139F) or (0x2D80 <= cp <= 0x2DDF) or (0xAB00 <= cp <= 0xAB2F) \
        or (0x1E7E0 <= cp <= 0x1E7FF)


# --------------------------------------------------------------------------
# Latin and everything else
# --------------------------------------------------------------------------

_LATIN_SPECIAL: dict[str, str] = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ı": "i", "ŋ": "n", "ħ": "h", "ĸ": "k", "ſ": "s", "ə": "e", "ǝ": "e",
    "ɨ": "i", "ʿ": "", "ʾ": "", "ʼ": "", "ʻ": "", "’": "", "‘": "", "`": "", "´": "",
}


@lru_cache(maxsize=4096)
def _other_char(ch: str) -> str:
    """Transliterate a character that is neither Arabic, Cyrillic nor Ethiopic."""
    if ch in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[ch]
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):
        return ""
    if ch.isascii():
        return ch
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and base.isascii():
        return base.lower()
    if base in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[base]
    return ch


def script_of(ch: str) -> str:
    """Return a coarse script name for one character ("arabic", "cyrillic", "ethiopic", "other")."""
    if _is_arabic_letter(ch):
        return "arabic"
    if _is_cyrillic_letter(ch):
        return "cyrillic"
    if _is_ethiopic(ch):
        return "ethiopic"
    return "other"


def is_abjad(text: str) -> bool:
    """Tell whether ``text`` contains Arabic-script letters (no short vowels written)."""
    return any(_is_arabic_letter(c) for c in text)


def transliterate(text: str) -> str:
    """Transliterate ``text`` (any supported script) into a lowercase Latin skeleton."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFC", text).lower()
    ukrainian = _RUSSIAN_MARKERS.isdisjoint(text)
    out: list[str] = []
    last = ""  # last Latin letter produced from a non-Latin script letter, else ""
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            last = ""
            continue
        piece = _translit_char(text, i, ukrainian)
        if not piece:
            continue
        if last and (last + piece[0]) in _DIGRAPH_PAIRS:
            out.append(SEPARATOR)
        out.append(piece)
        last = piece[-1] if script_of(ch) != "other" else ""
    return "".join(out)


def _translit_char(text: str, i: int, ukrainian: bool) -> str:
    """Transliterate the non-ASCII character ``text[i]`` (``text`` is lowercase NFC)."""
    ch = text[i]
    cp = ord(ch)
    if 0x0600 <= cp <= 0x08FF:
        if ch in _ARABIC_DIGITS:
            return _ARABIC_DIGITS[ch]
        if _is_arabic_letter(ch):
            return _arabic_char(text, i)
        # harakat, tatweel and other marks are dropped
        return _ARABIC_BASE.get(ch, "")
    if _is_cyrillic_letter(ch):
        return _cyrillic_char(text, i, ukrainian)
    if _is_ethiopic(ch):
        return _ethiopic_char(ch)
    return _other_char(ch)
