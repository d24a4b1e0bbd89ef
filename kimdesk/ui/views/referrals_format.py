"""Display helpers shared by the Vermittlungen and Stellen views (no queries)."""

from __future__ import annotations

from functools import cache

from babel import Locale
from PySide6.QtCore import QLocale

# The client languages of the KIM work, named as counsellors name them.
_NAMES_DE = {
    "de": "Deutsch", "en": "Englisch", "ar": "Arabisch", "fa": "Persisch (Farsi)",
    "fa_AF": "Dari", "prs": "Dari", "uk": "Ukrainisch", "ru": "Russisch", "tr": "Türkisch",
    "kmr": "Kurmandschi", "ckb": "Sorani", "ti": "Tigrinya", "fr": "Französisch",
    "ps": "Paschtu", "so": "Somali", "sq": "Albanisch", "ro": "Rumänisch", "bg": "Bulgarisch",
    "pl": "Polnisch", "es": "Spanisch", "it": "Italienisch", "ku": "Kurdisch",
}


@cache
def language_name(code: str) -> str:
    """German name of a language code ('fa_AF' -> 'Dari'); the code when unknown."""
    if code in _NAMES_DE:
        return _NAMES_DE[code]
    try:
        return str(Locale.parse(code).get_display_name("de") or code)
    except (ValueError, TypeError, LookupError):
        return code


def languages_text(codes: tuple[str, ...]) -> str:
    """'Deutsch, Arabisch' for ('de', 'ar')."""
    return ", ".join(language_name(c) for c in codes)


def days_text(days: float | None, decimals: int = 1) -> str:
    """A number of days in the UI locale ('12,5'), '–' when unknown."""
    if days is None:
        return "–"
    return QLocale().toString(float(days), "f", decimals)


def number_text(n: int) -> str:
    """An integer with the locale's digit grouping."""
    return QLocale().toString(int(n))


def percent_text(share: float | None) -> str:
    """'67 %' for 0.67, '–' when unknown."""
    if share is None:
        return "–"
    return f"{QLocale().toString(round(share * 100))} %"


def date_edit_format() -> str:
    """The locale's short date format with a four-digit year, for QDateEdit."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
