"""Cell values of imported client lists: birth dates, countries, languages, phone numbers.

Each parser takes what a counsellor's spreadsheet holds (German names such as
"Syrien" or "Kurdisch (Kurmandschi)", dates like 01.02.1990 or only a year) and
returns what ``kimdesk.services.clients.validate_client`` expects (ISO codes,
``date`` plus ``birth_year_only``). Problems raise :class:`ValueProblem` with a
German sentence fragment that the importer prefixes with the line number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

from babel import Locale

from kimdesk.text.sanitize import clean_line

QUOTE_MAX = 40


class ValueProblem(ValueError):
    """A cell that cannot be imported; the message is German and names the value."""


def quote(value: object) -> str:
    """„value“ for messages: cleaned of hidden controls and cut to a readable length."""
    text = clean_line(str(value))
    if len(text) > QUOTE_MAX:
        text = text[:QUOTE_MAX - 1] + "…"
    return f"„{text}“"


def fold_key(text: str) -> str:
    """A spelling-tolerant key: case, accents, umlaut spellings (ae/ä/a), punctuation folded."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^0-9a-z]+", "", text)
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


# --------------------------------------------------------------------------
# birth dates
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A parsed birth date; ``placeholder`` marks 01.01.YYYY (often 'only the year known')."""

    day: date | None = None
    year_only: bool = False
    placeholder: bool = False


_TIME = r"(?:[ T]0?0:00(?::00(?:\.0+)?)?)?"
_DMY = re.compile(rf"^(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}){_TIME}$")
_ISO = re.compile(rf"^(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_TIME}$")
_YEAR = re.compile(r"^([1-9]\d{3})(?:\.0+)?$")
_UNKNOWN_DAY = re.compile(r"^(?:0{1,2}|[xX]{1,2})\.(?:0{1,2}|[xX]{1,2})\.([1-9]\d{3})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2}$")
LABEL_BIRTH = "Geburtsdatum"


def parse_birth_date(value: object) -> BirthDate:
    """DD.MM.YYYY, YYYY-MM-DD, a year alone (or 00.00.YYYY) or a spreadsheet date."""
    if value is None:
        return BirthDate()
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, bool):
        raise ValueProblem(f"{LABEL_BIRTH} {quote(value)} ist kein Datum")
    if isinstance(value, int | float):
        if float(value).is_integer() and 1000 <= value <= 9999:
            return BirthDate(date(int(value), 1, 1), year_only=True)
        raise ValueProblem(f"{LABEL_BIRTH} {quote(value)} ist kein Datum "
                           "(TT.MM.JJJJ, JJJJ-MM-TT oder nur das Jahr)")
    text = clean_line(str(value))
    if not text:
        return BirthDate()
    m = _YEAR.match(text) or _UNKNOWN_DAY.match(text)
    if m:
        return BirthDate(date(int(m.group(1)), 1, 1), year_only=True)
    for pattern, order in ((_DMY, (3, 2, 1)), (_ISO, (1, 2, 3))):
        m = pattern.match(text)
        if m:
            year, month, day = (int(m.group(i)) for i in order)
            try:
                return _checked(date(year, month, day))
            except ValueError:
                raise ValueProblem(
                    f"{LABEL_BIRTH} {quote(text)} ist kein gültiges Datum") from None
    if _SHORT_YEAR.match(text):
        raise ValueProblem(f"{LABEL_BIRTH} {quote(text)}: bitte das Jahr vierstellig angeben")
    raise ValueProblem(f"{LABEL_BIRTH} {quote(text)} hat kein bekanntes Format "
                       "(TT.MM.JJJJ, JJJJ-MM-TT oder nur das Jahr)")


def _checked(day: date) -> BirthDate:
    return BirthDate(day, placeholder=(day.day, day.month) == (1, 1))


# --------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------

_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}

# common German (and a few English) spellings beyond Babel's territory names
COUNTRY_ALIASES: dict[str, str] = {
    "Iran, Islamische Republik": "IR", "Islamische Republik Iran": "IR", "Persien": "IR",
    "Syrien, Arabische Republik": "SY", "Arabische Republik Syrien": "SY",
    "Russische Föderation": "RU", "Türkiye": "TR",
    "Kongo, Demokratische Republik": "CD", "Demokratische Republik Kongo": "CD",
    "DR Kongo": "CD", "Kongo": "CG", "Republik Kongo": "CG",
    "Moldau": "MD", "Moldawien": "MD", "Moldova": "MD", "Weißrussland": "BY",
    "Großbritannien": "GB", "England": "GB", "UK": "GB", "USA": "US",
    "Vereinigte Staaten von Amerika": "US", "Palästina": "PS",
    "Palästinensische Gebiete": "PS", "Mazedonien": "MK", "Tschechische Republik": "CZ",
    "Elfenbeinküste": "CI", "Korea, Republik": "KR", "Republik Korea": "KR",
    "Viet Nam": "VN", "Burma": "MM", "Kirgistan": "KG", "Bosnien": "BA", "Holland": "NL",
    "BRD": "DE", "Kosova": "XK", "Libanon": "LB", "Jemen": "YE",
    # adjectives, as lists often have them ("syrisch")
    "syrisch": "SY", "afghanisch": "AF", "irakisch": "IQ", "iranisch": "IR",
    "türkisch": "TR", "eritreisch": "ER", "ukrainisch": "UA", "russisch": "RU",
    "somalisch": "SO", "äthiopisch": "ET", "deutsch": "DE", "guineisch": "GN",
    "nigerianisch": "NG", "albanisch": "AL", "serbisch": "RS", "kosovarisch": "XK",
    "marokkanisch": "MA", "algerisch": "DZ", "tunesisch": "TN", "libanesisch": "LB",
    "palästinensisch": "PS", "georgisch": "GE", "armenisch": "AM", "pakistanisch": "PK",
    "indisch": "IN", "ägyptisch": "EG", "jemenitisch": "YE", "sudanesisch": "SD",
    "polnisch": "PL", "rumänisch": "RO", "bulgarisch": "BG", "griechisch": "GR",
    "kroatisch": "HR", "bosnisch": "BA", "nordmazedonisch": "MK", "mazedonisch": "MK",
    "moldauisch": "MD", "venezolanisch": "VE", "kolumbianisch": "CO", "chinesisch": "CN",
    "vietnamesisch": "VN", "kamerunisch": "CM", "ghanaisch": "GH", "gambisch": "GM",
    "aserbaidschanisch": "AZ", "libysch": "LY", "italienisch": "IT",
}
# values that say "no (known) nationality": dropped with a note, never a code
NO_NATIONALITY = {fold_key(w) for w in (
    "staatenlos", "stateless", "ungeklärt", "unbekannt", "unknown", "k.A.", "keine Angabe",
    "ohne", "XXA", "XXX", "ungeklärte Staatsangehörigkeit",
)}


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-2 code Babel knows as a country or territory."""
    return frozenset(c for c in Locale("de").territories
                     if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)


@cache
def _country_names() -> dict[str, str]:
    codes = country_codes()
    table: dict[str, str] = {}
    for lang in ("en", "de"):  # German last: it wins where keys collide
        for code, name in Locale(lang).territories.items():
            if code in codes:
                table[fold_key(name)] = code
    for name, code in COUNTRY_ALIASES.items():
        table[fold_key(name)] = code
    table.pop("", None)
    return table


@dataclass(frozen=True, slots=True)
class Countries:
    """Parsed nationalities plus what was left out on purpose (e.g. 'staatenlos')."""

    codes: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()


_SPLIT_MAIN = re.compile(r"\s*[;/|&+]\s*")
_SPLIT_MINOR = re.compile(r"(\s*,\s*|\s+(?:und|and)\s+)", re.IGNORECASE)


def _split_names(text: str, resolve: Callable[[str], str | None]) -> list[tuple[str, str | None]]:
    """Split on ; / & first, then on commas and 'und', keeping 'Iran, Islamische Republik'."""
    found: list[tuple[str, str | None]] = []
    for part in (p.strip() for p in _SPLIT_MAIN.split(text)):
        if not part:
            continue
        whole = resolve(part)
        if whole is not None:
            found.append((part, whole))
            continue
        bits = _SPLIT_MINOR.split(part)  # name, separator, name, separator, ...
        names, seps = bits[0::2], bits[1::2]
        i = 0
        while i < len(names):
            if not names[i].strip():
                i += 1
                continue
            if i + 1 < len(names) and names[i + 1].strip():
                pair = names[i] + seps[i] + names[i + 1]
                got = resolve(pair)
                if got is not None:
                    found.append((pair, got))
                    i += 2
                    continue
            found.append((names[i], resolve(names[i])))
            i += 1
    return found


_REMARK = re.compile(r"\s*\([^)]*\)\s*")


def _without_remark(name: str, resolve: Callable[[str], str | None]) -> str | None:
    """Resolve 'Arabisch (Muttersprache)' as 'Arabisch' when the whole is unknown."""
    bare = _REMARK.sub(" ", name).strip()
    return resolve(bare) if bare and bare != name else None


def _country(name: str) -> str | None:
    if re.fullmatch(r"[A-Za-z]{2}", name) and name.upper() in country_codes():
        return name.upper()
    key = fold_key(name)
    if key in NO_NATIONALITY:
        return ""
    found = _country_names().get(key)
    return found if found is not None else _without_remark(name, _country)


def parse_countries(value: object) -> Countries:
    """ISO codes from 'SY', 'Syrien', 'syrisch', 'Iran, Islamische Republik' or several."""
    return _countries_of(clean_line("" if value is None else str(value)))


@lru_cache(maxsize=4096)  # lists repeat the same few values thousands of times
def _countries_of(text: str) -> Countries:
    if not text:
        return Countries()
    codes: list[str] = []
    dropped: list[str] = []
    unknown: list[str] = []
    for part, code in _split_names(text, _country):
        if code is None:
            unknown.append(part)
        elif code == "":
            dropped.append(part)
        elif code not in codes:
            codes.append(code)
    if unknown:
        raise ValueProblem(
            f"Staatsangehörigkeit {quote(unknown[0])} ist kein bekanntes Land "
            "(Ländername auf Deutsch oder Code nach ISO 3166, z. B. SY)")
    return Countries(tuple(codes), tuple(dropped))


# --------------------------------------------------------------------------
# languages
# --------------------------------------------------------------------------

# codes KIMdesk uses that Babel does not list (or lists under another code)
EXTRA_LANGUAGE_CODES = {"kmr": "kmr", "prs": "fa_AF", "fa_af": "fa_AF"}
LANGUAGE_ALIASES: dict[str, str] = {
    "Dari": "fa_AF", "Afghanisch-Persisch": "fa_AF", "Farsi": "fa", "Persisch": "fa",
    "Kurdisch (Kurmandschi)": "kmr", "Kurmandschi": "kmr", "Kurmanci": "kmr",
    "Kurmancî": "kmr", "Kurmanji": "kmr", "Nordkurdisch": "kmr", "Kurdisch-Kurmanci": "kmr",
    "Kurdisch (Kurmanci)": "kmr", "Kurdisch (Sorani)": "ckb", "Sorani": "ckb",
    "Zentralkurdisch": "ckb", "Tigrinya": "ti", "Tigrinisch": "ti", "Tigrigna": "ti",
    "Paschtu": "ps", "Paschto": "ps", "Pashto": "ps", "Paschtunisch": "ps",
    "Romanes": "rom", "Somalisch": "so", "Bengalisch": "bn", "Bangla": "bn",
    "Ukrainisch": "uk", "Arabisch (syrisch)": "ar", "Syrisch-Arabisch": "ar",
}


@cache
def language_codes() -> dict[str, str]:
    """Lower-case code -> code as KIMdesk stores it (ar, fa_AF, kmr ...)."""
    table = {c.lower(): c for c in Locale("de").languages
             if re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", c)}
    table.update(EXTRA_LANGUAGE_CODES)
    return table


@cache
def _language_names() -> dict[str, str]:
    codes = language_codes()
    table: dict[str, str] = {}
    for lang in ("en", "de"):
        for code, name in Locale(lang).languages.items():
            if code.lower() in codes:
                table[fold_key(name)] = codes[code.lower()]
    for name, code in LANGUAGE_ALIASES.items():
        table[fold_key(name)] = code
    table.pop("", None)
    return table


def _language(name: str) -> str | None:
    if re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?", name):
        code = language_codes().get(name.lower().replace("-", "_"))
        if code is not None:
            return code
    found = _language_names().get(fold_key(name))
    return found if found is not None else _without_remark(name, _language)


def parse_languages(value: object) -> tuple[str, ...]:
    """Language codes from 'ar, de', 'Arabisch, Deutsch', 'Dari', 'Kurmanci' ..."""
    return _languages_of(clean_line("" if value is None else str(value)))


@lru_cache(maxsize=4096)
def _languages_of(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    codes: list[str] = []
    for part, code in _split_names(text, _language):
        if code is None:
            raise ValueProblem(f"Sprache {quote(part)} ist unbekannt "
                               "(Name auf Deutsch oder Code, z. B. ar, fa_AF)")
        if code not in codes:
            codes.append(code)
    return tuple(codes)


# --------------------------------------------------------------------------
# phone numbers
# --------------------------------------------------------------------------

_PHONE_EMPTY = re.compile(r"^[-–—\s/.]*$")
_PHONE_SIGNED = re.compile(r"^[+-][\d\s()/.\-]+$")
PHONE_MAX = 64


def parse_phone(value: object) -> str:
    """The phone number as text; '-' alone means none; formula-like text is refused."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_line("" if value is None else str(value))
    if _PHONE_EMPTY.match(text):
        return ""
    if text[0] in "=@" or (text[0] in "+-" and not _PHONE_SIGNED.match(text)):
        raise ValueProblem(f"Telefon {quote(text)} beginnt wie eine Tabellenformel")
    if len(text) > PHONE_MAX:
        raise ValueProblem(f"Telefon ist zu lang (höchstens {PHONE_MAX} Zeichen)")
    return text
