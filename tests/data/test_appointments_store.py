"""Appointments on a real vault: storing, moving, status, conflicts, case notes, client lookup."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest

from kimdesk.data.repositories.records import COUNSELLORS
from kimdesk.domain.enums import AppointmentKind, AppointmentStatus, NoteType
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Counsellor
from kimdesk.services import appointment_clients, appointments, cases, clients
from kimdesk.services.appointments import ConflictKind, local_start
from kimdesk.services.validation import ValidationError

SPRING = date(2025, 3, 30)  # clocks go forward in Berlin
AUTUMN = date(2025, 10, 26)  # clocks go back


def _client(vault, family="Haidari", given="Zahra", **kw):
    return clients.create_client(vault, clients.new_client(family_name=family, given_names=given,
                                                           **kw))


def _book(vault, client, day, hour, minute=0, minutes=60, **kw):
    fields = dict(client_id=client.id, counsellor_id=vault.counsellor_id())
    fields.update(kw)
    return appointments.add_appointment(vault, appointments.new_appointment(
        local_start(day, time(hour, minute)), duration_min=minutes, **fields))


def test_store_move_and_cancel_with_reason(vault) -> None:
    c = _client(vault)
    a = _book(vault, c, date(2025, 5, 14), 10, kind=AppointmentKind.FIRST_CONSULTATION)
    assert a.starts_at == datetime(2025, 5, 14, 8, 0, tzinfo=UTC)
    moved = appointments.move_appointment(vault, a, local_start(date(2025, 5, 15), time(14)))
    assert moved.starts_at == datetime(2025, 5, 15, 12, 0, tzinfo=UTC)
    assert moved.duration_min == 60
    with pytest.raises(ValidationError) as err:
        appointments.set_status(vault, moved, AppointmentStatus.CANCELLED, "  ")
    assert [e.field for e in err.value.errors] == ["cancel_reason"]
    cancelled = appointments.set_status(vault, moved, AppointmentStatus.CANCELLED, "Klientin krank")
    assert (cancelled.status, cancelled.cancel_reason) == (AppointmentStatus.CANCELLED,
                                                           "Klientin krank")
    planned = appointments.set_status(vault, cancelled, AppointmentStatus.PLANNED)
    assert planned.cancel_reason == ""


def test_entries_carry_name_initials_file_number_on_dst_days(vault) -> None:
    c = _client(vault)
    spring = _book(vault, c, SPRING, 10)
    autumn = _book(vault, c, AUTUMN, 10)
    _book(vault, c, SPRING - timedelta(days=1), 23, 30)  # the evening before: not that day
    [entry] = appointments.entries_on(vault, SPRING)
    assert entry.id == spring.id
    assert (entry.client_name, entry.initials, entry.file_number) == (
        "Haidari, Zahra", "Z. H.", c.file_number)
    assert entry.appointment.starts_at == datetime(2025, 3, 30, 8, 0, tzinfo=UTC)
    assert [e.id for e in appointments.entries_on(vault, AUTUMN)] == [autumn.id]
    assert appointments.entries_on(vault, AUTUMN)[0].appointment.starts_at == datetime(
        2025, 10, 26, 9, 0, tzinfo=UTC)


def test_conflicts_against_stored_appointments(vault) -> None:
    me = vault.counsellor_id()
    colleague = Counsellor(new_id(), "kollegin", "Kollegin")
    with vault.session(write=True) as s:
        COUNSELLORS.add(s, colleague)
    zahra, omar = _client(vault), _client(vault, "Al-Rifai", "Omer")
    mine = _book(vault, zahra, date(2025, 5, 14), 10)
    theirs = _book(vault, omar, date(2025, 5, 14), 10, 30, counsellor_id=colleague.id)
    late = _book(vault, zahra, date(2025, 5, 14), 11)  # back to back with `mine`
    # Omar with me at 10:30: I am booked twice (10:00 and 11:00), Omar once (colleague)
    draft = appointments.new_appointment(local_start(date(2025, 5, 14), time(10, 30)),
                                         client_id=omar.id, counsellor_id=me)
    found = appointments.check_conflicts(vault, draft)
    assert sorted((c.kind.value, c.other.id) for c in found) == sorted(
        [("counsellor", mine.id), ("counsellor", late.id), ("client", theirs.id)])
    assert {c.other.client_name for c in found} == {"Haidari, Zahra", "Al-Rifai, Omer"}
    appointments.set_status(vault, mine, AppointmentStatus.CANCELLED, "verlegt")
    assert [c.other.id for c in appointments.check_conflicts(vault, draft)
            if c.kind == ConflictKind.COUNSELLOR] == [late.id]
    # an appointment never conflicts with itself when it is edited
    assert appointments.check_conflicts(vault, late) == []
    # a holiday is reported on its own
    holiday = dataclasses.replace(draft, starts_at=local_start(date(2025, 12, 25), time(10)))
    assert [c.kind for c in appointments.check_conflicts(vault, holiday)] == [ConflictKind.HOLIDAY]


def test_done_appointment_writes_a_note_on_the_open_case(vault) -> None:
    c = _client(vault)
    appt = _book(vault, c, date.today(), 9, kind=AppointmentKind.PHONE)
    assert appointments.open_case_for(vault, c.id) is None
    with pytest.raises(ValueError):
        appointments.write_case_note(vault, appt, "Telefonat geführt.")
    case = cases.open_case(vault, c.id)
    done = appointments.set_status(vault, appt, AppointmentStatus.DONE)
    note = appointments.write_case_note(vault, done, "Telefonat geführt, Unterlagen kommen.")
    assert note.case_id == case.id and note.note_type == NoteType.PHONE
    assert [n.text for n in cases.case_file(vault, case.id).notes] == [
        "Telefonat geführt, Unterlagen kommen."]


def test_client_lookup_by_name_original_script_and_file_number(vault) -> None:
    zahra = _client(vault, family_name_original="حیدری", given_names_original="زهرا",
                    interpreter=clients.Interpreter(needed=True, language="fa_AF"),
                    shelter="ZUE Musterstadt")
    _client(vault, "Kovalenko", "Yuliia")
    assert [c.id for c in appointment_clients.find_clients(vault, "haid")] == [zahra.id]
    assert [c.id for c in appointment_clients.find_clients(vault, "زهرا")] == [zahra.id]
    [found] = appointment_clients.find_clients(vault, zahra.file_number)
    assert (found.name, found.interpreter_language, found.shelter) == (
        "Haidari, Zahra", "fa_AF", "ZUE Musterstadt")
    assert appointment_clients.find_clients(vault, "   ") == []
    assert appointment_clients.find_clients(vault, "100%_") == []
    assert appointment_clients.known_shelters(vault) == ["ZUE Musterstadt"]
