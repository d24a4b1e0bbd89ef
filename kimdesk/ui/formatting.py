"""Display formats shared by the views: dates with four-digit years, country names."""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale
from PySide6.QtCore import QLocale


@cache
def _date_format() -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(day: date | None, *, year_only: bool = False) -> str:
    """A date in the UI locale, always with four-digit years (birth dates!)."""
    if day is None:
        return ""
    if year_only:
        return str(day.year)
    return QLocale().toString(day, _date_format())


@cache
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).territories)


def country_name(code: str) -> str:
    """The country of an ISO 3166 alpha-2 code in the UI language ('SY' -> 'Syrien')."""
    lang = "de" if QLocale().language() == QLocale.Language.German else "en"
    return _territories(lang).get(code.upper(), code)
