"""Public holidays in North Rhine-Westphalia (NRW), computed for any Gregorian year.

The set follows § 2 Feiertagsgesetz NW: Neujahr, Karfreitag, Ostermontag, Tag der Arbeit,
Christi Himmelfahrt, Pfingstmontag, Fronleichnam, Tag der Deutschen Einheit, Allerheiligen,
1. and 2. Weihnachtsfeiertag — always 11 named holidays (:func:`nrw_holiday_list`).
When Easter falls on 23 March (e.g. 2008, 2160, 2228) Christi Himmelfahrt coincides with the
Tag der Arbeit; :func:`nrw_holidays` then has 10 dates and that date carries both names
("Tag der Arbeit / Christi Himmelfahrt"). Ostersonntag and Pfingstsonntag are not
statutory holidays in NRW (they are Sundays anyway) and are left out of
:func:`nrw_holidays`; :func:`sunday_feasts` returns them for display. Historic changes
(e.g. 17 June before 1990, Buß- und Bettag until 1994, the one-off Reformationstag
31 Oct 2017) are not modelled: the current rules apply to every year.

Easter is computed with the Anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for
years from 1583 on.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

FIRST_GREGORIAN_YEAR = 1583


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of a Gregorian year (Anonymous Gregorian computus)."""
    if year < FIRST_GREGORIAN_YEAR or year > 9999:
        raise ValueError(f"year must be between {FIRST_GREGORIAN_YEAR} and 9999, got {year}")
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=256)
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    easter = easter_sunday(year)
    return (
        (date(year, 1, 1), "Neujahr"),
        (easter - timedelta(days=2), "Karfreitag"),
        (easter + timedelta(days=1), "Ostermontag"),
        (date(year, 5, 1), "Tag der Arbeit"),
        (easter + timedelta(days=39), "Christi Himmelfahrt"),
        (easter + timedelta(days=50), "Pfingstmontag"),
        (easter + timedelta(days=60), "Fronleichnam"),
        (date(year, 10, 3), "Tag der Deutschen Einheit"),
        (date(year, 11, 1), "Allerheiligen"),
        (date(year, 12, 25), "1. Weihnachtsfeiertag"),
        (date(year, 12, 26), "2. Weihnachtsfeiertag"),
    )


def nrw_holiday_list(year: int) -> list[tuple[date, str]]:
    """Return the 11 statutory NRW public holidays of a year as (date, German name), sorted."""
    return sorted(_holidays(year), key=lambda item: item[0])


def nrw_holidays(year: int) -> dict[date, str]:
    """Return the NRW public holidays of a year, date → German name, in date order."""
    result: dict[date, str] = {}
    for day, name in nrw_holiday_list(year):
        result[day] = f"{result[day]} / {name}" if day in result else name
    return result


def sunday_feasts(year: int) -> dict[date, str]:
    """Return Ostersonntag and Pfingstsonntag (Sundays, not statutory holidays in NRW)."""
    easter = easter_sunday(year)
    return {easter: "Ostersonntag", easter + timedelta(days=49): "Pfingstsonntag"}


def holiday_name(day: date) -> str | None:
    """Return the German name of the NRW public holiday on a day, or None."""
    names = [name for holiday, name in _holidays(day.year) if holiday == day]
    return " / ".join(names) if names else None


def is_working_day(day: date) -> bool:
    """Return True for Monday to Friday unless the day is an NRW public holiday."""
    return day.weekday() < 5 and holiday_name(day) is None
