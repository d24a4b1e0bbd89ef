"""Tests for the NRW public-holiday calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimdesk.services.holidays import (
    easter_sunday,
    holiday_name,
    is_working_day,
    nrw_holiday_list,
    nrw_holidays,
    sunday_feasts,
)

YEARS = st.integers(min_value=1583, max_value=9999)


def _easter_gauss_lichtenberg(year: int) -> date:
    """Independent oracle: Gauss's Easter formula with Lichtenberg's correction."""
    k = year // 100
    m = 15 + (3 * k + 3) // 4 - (8 * k + 13) // 25
    s = 2 - (3 * k + 3) // 4
    a = year % 19
    d = (19 * a + m) % 30
    r = (d + a // 11) // 29
    og = 21 + d - r
    sz = 7 - (year + year // 4 + s) % 7
    oe = 7 - (og - sz) % 7
    return date(year, 3, 1) + timedelta(days=og + oe - 1)


@pytest.mark.parametrize(
    "expected",
    [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2038, 4, 25),
        date(2285, 3, 22),
        date(1818, 3, 22),
        date(1943, 4, 25),
        date(2000, 4, 23),
        date(2019, 4, 21),
        date(1954, 4, 18),
        date(1981, 4, 19),
    ],
)
def test_known_easter_dates(expected: date) -> None:
    assert easter_sunday(expected.year) == expected


def test_year_before_gregorian_calendar_is_rejected() -> None:
    with pytest.raises(ValueError):
        easter_sunday(1582)


def test_fronleichnam_2026() -> None:
    assert holiday_name(date(2026, 6, 4)) == "Fronleichnam"
    assert nrw_holidays(2026)[date(2026, 6, 4)] == "Fronleichnam"


def test_full_calendar_2025() -> None:
    assert nrw_holidays(2025) == {
        date(2025, 1, 1): "Neujahr",
        date(2025, 4, 18): "Karfreitag",
        date(2025, 4, 21): "Ostermontag",
        date(2025, 5, 1): "Tag der Arbeit",
        date(2025, 5, 29): "Christi Himmelfahrt",
        date(2025, 6, 9): "Pfingstmontag",
        date(2025, 6, 19): "Fronleichnam",
        date(2025, 10, 3): "Tag der Deutschen Einheit",
        date(2025, 11, 1): "Allerheiligen",
        date(2025, 12, 25): "1. Weihnachtsfeiertag",
        date(2025, 12, 26): "2. Weihnachtsfeiertag",
    }


def test_result_is_a_fresh_dict() -> None:
    first = nrw_holidays(2030)
    first.clear()
    assert len(nrw_holidays(2030)) == 11


def test_working_days() -> None:
    assert is_working_day(date(2025, 12, 24))  # Wednesday, not a holiday in NRW
    assert not is_working_day(date(2025, 12, 25))  # Thursday, 1. Weihnachtsfeiertag
    assert not is_working_day(date(2025, 6, 19))  # Thursday, Fronleichnam
    assert not is_working_day(date(2025, 6, 21))  # Saturday
    assert not is_working_day(date(2025, 6, 22))  # Sunday
    assert is_working_day(date(2025, 10, 31))  # Reformationstag: not a holiday in NRW
    assert holiday_name(date(2025, 10, 31)) is None


def test_sunday_feasts_are_not_statutory_holidays() -> None:
    feasts = sunday_feasts(2026)
    assert feasts == {date(2026, 4, 5): "Ostersonntag", date(2026, 5, 24): "Pfingstsonntag"}
    assert holiday_name(date(2026, 4, 5)) is None


@given(YEARS)
def test_easter_is_a_sunday_between_march_22_and_april_25(year: int) -> None:
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)
    assert easter == _easter_gauss_lichtenberg(year)


def test_ascension_on_labour_day_2008() -> None:
    """Easter on 23 March puts Christi Himmelfahrt on 1 May: one date, both names."""
    assert easter_sunday(2008) == date(2008, 3, 23)
    assert len(nrw_holiday_list(2008)) == 11
    holidays = nrw_holidays(2008)
    assert len(holidays) == 10
    assert holidays[date(2008, 5, 1)] == "Tag der Arbeit / Christi Himmelfahrt"
    assert holiday_name(date(2008, 5, 1)) == "Tag der Arbeit / Christi Himmelfahrt"


@given(YEARS)
def test_every_year_has_eleven_holidays(year: int) -> None:
    listed = nrw_holiday_list(year)
    assert len(listed) == 11
    assert len({name for _, name in listed}) == 11
    assert [day for day, _ in listed] == sorted(day for day, _ in listed)
    holidays = nrw_holidays(year)
    easter = easter_sunday(year)
    # Only Christi Himmelfahrt can share its date with a fixed holiday (1 May).
    expected = 10 if easter == date(year, 3, 23) else 11
    assert len(holidays) == expected
    assert set(holidays) == {day for day, _ in listed}
    assert all(day.year == year for day in holidays)
    assert list(holidays) == sorted(holidays)
    assert holidays[easter - timedelta(days=2)] == "Karfreitag"
    assert holidays[easter + timedelta(days=60)] == "Fronleichnam"
    for day, name in holidays.items():
        assert holiday_name(day) == name
        assert not is_working_day(day)
    for day in sunday_feasts(year):
        assert day.weekday() == 6
        assert day not in holidays


@given(st.dates(min_value=date(1583, 1, 1), max_value=date(9999, 12, 31)))
def test_working_day_definition(day: date) -> None:
    expected = day.weekday() < 5 and day not in nrw_holidays(day.year)
    assert is_working_day(day) is expected
