"""Calendar arithmetic: §188 BGB period ends and month addition."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kimdesk.domain.dates import add_months, period_end


def test_period_end_examples() -> None:
    assert period_end(date(2025, 3, 15), 18) == date(2026, 9, 14)
    assert period_end(date(2025, 8, 31), 18) == date(2027, 2, 28)  # no 31.02.: month's end
    assert period_end(date(2026, 8, 31), 18) == date(2028, 2, 29)  # leap year
    assert period_end(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert period_end(date(2025, 1, 1), 18) == date(2026, 6, 30)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2200, 1, 1)),
       st.integers(min_value=1, max_value=60))
def test_period_end_is_within_the_months(start: date, months: int) -> None:
    end = period_end(start, months)
    assert add_months(start, months - 1) <= end < add_months(start, months) or start.day > 28
    assert end > start
