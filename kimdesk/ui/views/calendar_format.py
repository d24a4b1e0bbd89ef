"""Dates, times and weeks of the calendar in the UI locale (German by default)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache

from babel import Locale
from PySide6.QtCore import QDate, QLocale, QTime, Qt

from kimdesk.services.appointments import BERLIN


def qdate(day: date) -> QDate:
    """A Python date as QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A QDate as Python date."""
    return date(day.year(), day.month(), day.day())


def local(moment: datetime) -> datetime:
    """An aware datetime in the calendar's time zone (Europe/Berlin)."""
    return moment.astimezone(BERLIN)


def is_german() -> bool:
    """True when the UI locale is German."""
    return QLocale().language() == QLocale.Language.German


def format_time(moment: datetime) -> str:
    """'10:00' in the UI locale, Berlin time."""
    t = local(moment)
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def format_range(start: datetime, minutes: int) -> str:
    """'10:00–11:30'."""
    end = start.astimezone(UTC) + timedelta(minutes=minutes)
    return f"{format_time(start)}–{format_time(end)}"


def format_day(day: date) -> str:
    """'Mo., 12. Mai' — weekday and day without the year."""
    return QLocale().toString(qdate(day), "ddd, d. MMM" if is_german() else "ddd, d MMM")


def format_long_day(day: date) -> str:
    """'Montag, 12. Mai 2025'."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def qt_date_format() -> str:
    """The locale's short date format with a four-digit year ('dd.MM.yyyy')."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_short_date(day: date) -> str:
    """'12.05.2025' (always four-digit years)."""
    return QLocale().toString(qdate(day), qt_date_format())


def first_day_of_week() -> int:
    """0 = Monday … 6 = Sunday, as the locale starts its week (Monday in German)."""
    return QLocale().firstDayOfWeek().value - 1


def week_start(day: date) -> date:
    """The first day of the locale's week containing ``day``."""
    return day - timedelta(days=(day.weekday() - first_day_of_week()) % 7)


def work_week(day: date) -> list[date]:
    """Monday to Friday of the week containing ``day`` (of the next week on a weekend)."""
    monday = day - timedelta(days=day.weekday()) + timedelta(days=7 if day.weekday() >= 5 else 0)
    return [monday + timedelta(days=i) for i in range(5)]


def week_number(day: date) -> int:
    """The ISO 8601 calendar week (KW) of ``day``."""
    return day.isocalendar()[1]


def qt_first_day() -> Qt.DayOfWeek:
    """The locale's first weekday for calendar widgets."""
    return QLocale().firstDayOfWeek()


@cache
def _languages(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).languages)


def language_name(code: str) -> str:
    """'Arabisch' for 'ar', 'Dari' for 'fa_AF' in the UI language; the code when unknown."""
    if not code:
        return ""
    names = _languages("de" if is_german() else "en")
    if code == "fa_AF":
        return "Dari"
    return names.get(code, names.get(code.split("_")[0], code))
