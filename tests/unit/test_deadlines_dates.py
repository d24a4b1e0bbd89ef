"""Birthday-derived deadlines: coming of age and the §25a age limit (§187 Abs. 2, §188 BGB)."""

from __future__ import annotations

from datetime import date

import pytest

from kimdesk.services.deadlines import (
    Deadline, DeadlineKind, coming_of_age, last_day_for_25a, urgency,
)


@pytest.mark.parametrize(("birth", "adult"), [
    (date(2008, 5, 10), date(2026, 5, 10)),
    (date(2008, 2, 29), date(2026, 3, 1)),  # no 29 February in 2026: of age on 1 March
    (date(2008, 1, 1), date(2026, 1, 1)),  # a year-only birth date is stored as 01.01.
    (date(2007, 12, 31), date(2025, 12, 31)),
    (date(2008, 3, 1), date(2026, 3, 1)),
])
def test_coming_of_age(birth: date, adult: date) -> None:
    assert coming_of_age(birth) == adult


@pytest.mark.parametrize(("birth", "last"), [
    (date(2000, 5, 10), date(2027, 5, 9)),  # the 27th year is complete at the end of 9 May
    (date(2000, 2, 29), date(2027, 2, 28)),
    (date(2000, 1, 1), date(2026, 12, 31)),
    (date(2000, 3, 1), date(2027, 2, 28)),
])
def test_last_day_for_a_25a_application(birth: date, last: date) -> None:
    assert last_day_for_25a(birth) == last


def _d(kind: DeadlineKind, due: date) -> Deadline:
    return Deadline(kind, due, "c", "Name", "KIM-1", "", "r")


def test_urgency_overdue_first_by_weight_then_upcoming_by_date() -> None:
    today = date(2025, 6, 1)
    items = [
        _d(DeadlineKind.GOAL, date(2025, 5, 1)),
        _d(DeadlineKind.RESIDENCE, date(2025, 5, 30)),
        _d(DeadlineKind.GOAL, date(2025, 6, 2)),
        _d(DeadlineKind.RESIDENCE, date(2025, 6, 20)),
        _d(DeadlineKind.REFERRAL, date(2025, 6, 2)),
        _d(DeadlineKind.CHANCEN, date(2025, 6, 2)),
        _d(DeadlineKind.GOAL, date(2025, 6, 1)),
    ]
    ordered = sorted(items, key=lambda i: urgency(i, today))
    assert [(i.kind, i.due.day) for i in ordered] == [
        (DeadlineKind.RESIDENCE, 30), (DeadlineKind.GOAL, 1),  # overdue: weightiest first
        (DeadlineKind.GOAL, 1),  # due today (June)
        (DeadlineKind.CHANCEN, 2), (DeadlineKind.REFERRAL, 2), (DeadlineKind.GOAL, 2),
        (DeadlineKind.RESIDENCE, 20),
    ]
