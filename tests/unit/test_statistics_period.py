"""Reporting periods: quarters, the default quarter, parsing, UTC bounds of local days."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kimdesk.services.stats_period import (
    Period,
    PeriodError,
    last_full_quarter,
    parse_period,
    quarter,
    recent_quarters,
)


def test_last_full_quarter_and_labels() -> None:
    assert last_full_quarter(date(2025, 5, 17)) == Period(date(2025, 1, 1), date(2025, 3, 31))
    assert last_full_quarter(date(2025, 1, 2)) == Period(date(2024, 10, 1), date(2024, 12, 31))
    q = quarter(2024, 1)
    assert q.end == date(2024, 3, 31) and q.label == "1. Quartal 2024 (01.01.2024–31.03.2024)"
    assert q.slug == "2024-Q1"
    odd = Period(date(2024, 1, 15), date(2024, 2, 1))
    assert odd.quarter is None and odd.label == "15.01.2024–01.02.2024"
    assert [p.slug for p in recent_quarters(date(2025, 2, 1), 3)] == ["2024-Q4", "2024-Q3",
                                                                       "2024-Q2"]


def test_parse_period() -> None:
    assert parse_period(None, None, date(2025, 8, 1)) == quarter(2025, 2)
    assert parse_period("2025-01-01", "2025-06-30") == Period(date(2025, 1, 1), date(2025, 6, 30))
    for bad in (("2025-01-01", None), ("2025-13-01", "2025-12-31"), ("2025-02-01", "2025-01-01")):
        with pytest.raises(PeriodError):
            parse_period(*bad)


def test_utc_bounds_follow_local_midnight() -> None:
    start, end = quarter(2025, 2).utc_bounds()  # summer time in Germany: UTC+2
    assert start == datetime(2025, 3, 31, 22, 0, tzinfo=UTC)
    assert end == datetime(2025, 6, 30, 22, 0, tzinfo=UTC)
