"""Reporting periods of the KIM statistics: quarters, local-day bounds, German labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class PeriodError(ValueError):
    """An unusable reporting period (German sentence)."""


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period, first and last day inclusive (local calendar days)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(f"Das Ende des Zeitraums ({self.end:%d.%m.%Y}) liegt vor "
                              f"seinem Beginn ({self.start:%d.%m.%Y}).")

    @property
    def quarter(self) -> tuple[int, int] | None:
        """(year, 1..4) when the period is exactly one calendar quarter."""
        q = (self.start.month - 1) // 3 + 1
        if self.start.day == 1 and self.start.month == 3 * q - 2 and quarter(
                self.start.year, q) == self:
            return self.start.year, q
        return None

    @property
    def span(self) -> str:
        """'01.01.2025–31.03.2025'."""
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    @property
    def label(self) -> str:
        """'1. Quartal 2025 (01.01.2025–31.03.2025)' or just the span."""
        q = self.quarter
        return f"{q[1]}. Quartal {q[0]} ({self.span})" if q else self.span

    @property
    def slug(self) -> str:
        """'2025-Q1' or '2025-01-01_2025-02-15' (file names, audit ids)."""
        q = self.quarter
        return f"{q[0]}-Q{q[1]}" if q else f"{self.start.isoformat()}_{self.end.isoformat()}"

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Start of the first and end (exclusive) of the last local day, in UTC."""
        first = datetime.combine(self.start, time(), BERLIN).astimezone(UTC)
        after = datetime.combine(self.end + timedelta(days=1), time(), BERLIN).astimezone(UTC)
        return first, after


def quarter(year: int, q: int) -> Period:
    """The calendar quarter ``q`` (1..4) of ``year``."""
    if not 1 <= q <= 4:
        raise PeriodError("Ein Quartal ist 1, 2, 3 oder 4.")
    start = date(year, 3 * q - 2, 1)
    nxt = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return Period(start, nxt - timedelta(days=1))


def last_full_quarter(today: date | None = None) -> Period:
    """The most recent quarter that has ended before ``today``."""
    today = today or date.today()
    q = (today.month - 1) // 3 + 1
    return quarter(today.year - 1, 4) if q == 1 else quarter(today.year, q - 1)


def recent_quarters(today: date | None = None, count: int = 8) -> list[Period]:
    """The last ``count`` full quarters, newest first (for pickers)."""
    out = [last_full_quarter(today)]
    while len(out) < count:
        prev = out[-1].start - timedelta(days=1)
        out.append(quarter(prev.year, (prev.month - 1) // 3 + 1))
    return out


def parse_period(first: str | None, last: str | None, today: date | None = None) -> Period:
    """A period from two ISO dates; the last full quarter when both are missing."""
    if not first and not last:
        return last_full_quarter(today)
    if not first or not last:
        raise PeriodError("Bitte Beginn und Ende angeben (--from und --to) oder keines von "
                          "beiden für das letzte volle Quartal.")
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError as err:
        raise PeriodError("Datumsangaben bitte als JJJJ-MM-TT, z. B. 2025-01-01.") from err
    return Period(start, end)
