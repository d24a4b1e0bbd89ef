"""Appointment conflicts without a vault: overlaps, double bookings, NRW holidays, DST days."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

from kimdesk.domain.enums import AppointmentStatus
from kimdesk.services.appointments import (
    BERLIN, AppointmentEntry, ConflictKind, day_bounds, ends_at, find_conflicts, initials,
    local_day, local_start, new_appointment, overlaps,
)

ME, COLLEAGUE = "counsellor-me", "counsellor-colleague"


def _appt(day: date, hour: int, minute: int = 0, minutes: int = 60, **kw):
    fields = dict(counsellor_id=ME, client_id="client-a")
    fields.update(kw)
    return new_appointment(local_start(day, time(hour, minute)), duration_min=minutes, **fields)


def _kinds(conflicts):
    return [c.kind for c in conflicts]


def test_overlap_is_strict_back_to_back_is_fine() -> None:
    day = date(2025, 5, 14)
    a = _appt(day, 10)
    assert overlaps(a, _appt(day, 10, 30))
    assert not overlaps(a, _appt(day, 11))  # starts when a ends
    assert not overlaps(a, _appt(day, 9))  # ends when a starts
    assert overlaps(a, _appt(day, 9, 59, minutes=2))


def test_counsellor_and_client_double_bookings() -> None:
    day = date(2025, 5, 14)
    new = _appt(day, 10)
    mine_other_client = AppointmentEntry(_appt(day, 10, 30, client_id="client-b"), "B, B")
    colleague_same_client = AppointmentEntry(_appt(day, 9, 30, counsellor_id=COLLEAGUE))
    colleague_other_client = AppointmentEntry(_appt(day, 10, counsellor_id=COLLEAGUE,
                                                    client_id="client-c"))
    found = find_conflicts(new, [mine_other_client, colleague_same_client, colleague_other_client])
    assert _kinds(found) == [ConflictKind.COUNSELLOR, ConflictKind.CLIENT]
    assert found[0].other is mine_other_client


def test_cancelled_and_itself_do_not_conflict() -> None:
    day = date(2025, 5, 14)
    new = _appt(day, 10)
    cancelled = dataclasses.replace(_appt(day, 10), status=AppointmentStatus.CANCELLED,
                                    cancel_reason="krank")
    assert find_conflicts(new, [AppointmentEntry(cancelled), AppointmentEntry(new)]) == []
    # a cancelled appointment itself warns about nothing, not even a holiday
    assert find_conflicts(dataclasses.replace(_appt(date(2025, 10, 3), 10),
                                              status=AppointmentStatus.CANCELLED), []) == []


def test_nrw_holidays_warn_but_sundays_feasts_do_not() -> None:
    found = find_conflicts(_appt(date(2025, 10, 3), 10), [])
    assert _kinds(found) == [ConflictKind.HOLIDAY]
    assert found[0].holiday == "Tag der Deutschen Einheit"
    assert _kinds(find_conflicts(_appt(date(2025, 6, 19), 9), [])) == [ConflictKind.HOLIDAY]
    assert find_conflicts(_appt(date(2025, 4, 20), 10), []) == []  # Ostersonntag
    assert find_conflicts(_appt(date(2025, 10, 2), 10), []) == []


def test_holiday_is_judged_on_the_berlin_day_not_the_utc_day() -> None:
    # 00:30 on 3 October in Berlin is still 2 October in UTC
    early = _appt(date(2025, 10, 3), 0, 30)
    assert early.starts_at.astimezone(UTC).date() == date(2025, 10, 2)
    assert local_day(early) == date(2025, 10, 3)
    assert _kinds(find_conflicts(early, [])) == [ConflictKind.HOLIDAY]
    late = _appt(date(2025, 10, 2), 23, 30)
    assert late.starts_at.astimezone(UTC).date() == date(2025, 10, 2)
    assert find_conflicts(late, []) == []


def test_ten_o_clock_on_the_daylight_saving_days() -> None:
    spring, autumn = date(2025, 3, 30), date(2025, 10, 26)
    a = _appt(spring, 10)
    b = _appt(autumn, 10)
    assert a.starts_at.astimezone(UTC) == datetime(2025, 3, 30, 8, 0, tzinfo=UTC)
    assert b.starts_at.astimezone(UTC) == datetime(2025, 10, 26, 9, 0, tzinfo=UTC)
    start, end = day_bounds(spring)
    assert (start, end - start) == (datetime(2025, 3, 29, 23, tzinfo=UTC), timedelta(hours=23))
    start, end = day_bounds(autumn)
    assert (start, end - start) == (datetime(2025, 10, 25, 22, tzinfo=UTC), timedelta(hours=25))
    # an appointment stored in UTC overlaps by absolute time, whatever the offset
    other = dataclasses.replace(a, id="other", client_id="client-b",
                                starts_at=datetime(2025, 3, 30, 8, 30, tzinfo=UTC))
    assert _kinds(find_conflicts(a, [AppointmentEntry(other)])) == [ConflictKind.COUNSELLOR]
    # 01:30-03:30 Berlin across the spring change lasts one real hour
    night = new_appointment(local_start(spring, time(1, 30)), duration_min=60,
                            counsellor_id=ME)
    assert night.starts_at.astimezone(BERLIN).hour == 1
    assert ends_at(night).astimezone(BERLIN).time() == time(3, 30)
    assert ends_at(b) - b.starts_at == timedelta(hours=1)


def test_initials() -> None:
    assert initials("Zahra", "Haidari") == "Z. H."
    assert initials("Mohammed Ali", "Al-Hassan") == "M. A."
    assert initials("", "Haidari") == "H."
    assert initials("", "") == ""
    assert initials("юлія", "коваленко") == "Ю. К."
