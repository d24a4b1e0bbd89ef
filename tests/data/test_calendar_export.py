"""The .ics export: parses with icalendar, right times across DST, no names unless asked."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar

from kimdesk import cli
from kimdesk.data.repositories import audit as audit_repo
from kimdesk.domain.enums import AppointmentKind, AppointmentStatus, AuditAction, PlaceKind
from kimdesk.services import appointments, calendar_export, clients
from kimdesk.services.appointments import local_start
from kimdesk.services.validation import ValidationError
from tests.conftest import PASSPHRASE

SPRING, AUTUMN = date(2025, 3, 30), date(2025, 10, 26)


@pytest.fixture
def booked(vault):
    c = clients.create_client(vault, clients.new_client(
        family_name="Haidari", given_names="Zahra", family_name_original="حیدری"))
    made = {}
    for name, day in (("spring", SPRING), ("autumn", AUTUMN), ("summer", date(2025, 7, 1))):
        made[name] = appointments.add_appointment(vault, appointments.new_appointment(
            local_start(day, time(10)), kind=AppointmentKind.CONSULTATION, duration_min=45,
            client_id=c.id, counsellor_id=vault.counsellor_id(), place="KIM-Büro Raum 2.14",
            notes="Geheime Notiz über die Familie", interpreter_language="fa_AF",
            interpreter_booked=True, interpreter_name="Herr Dolmetscher"))
    made["cancelled"] = appointments.set_status(vault, appointments.add_appointment(
        vault, appointments.new_appointment(local_start(date(2025, 7, 2), time(9)),
                                            client_id=c.id, counsellor_id=vault.counsellor_id(),
                                            place_kind=PlaceKind.PHONE)),
        AppointmentStatus.CANCELLED, "krank")
    return c, made


def _events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]).split("@")[0]: e for e in cal.walk("VEVENT")}


def test_export_parses_with_right_times_and_initials_only(vault, booked, tmp_path) -> None:
    client, made = booked
    target = tmp_path / "termine.ics"
    count = calendar_export.export_calendar(vault, target, date(2025, 1, 1), date(2025, 12, 31))
    assert count == 3  # the cancelled one stays out
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert not list(tmp_path.glob(".*tmp*"))
    events = _events(target)
    assert set(events) == {made["spring"].id, made["autumn"].id, made["summer"].id}
    spring, autumn = events[made["spring"].id], events[made["autumn"].id]
    assert spring.decoded("dtstart").astimezone(UTC) == datetime(2025, 3, 30, 8, 0, tzinfo=UTC)
    assert autumn.decoded("dtstart").astimezone(UTC) == datetime(2025, 10, 26, 9, 0, tzinfo=UTC)
    assert autumn.decoded("dtend").astimezone(UTC) == datetime(2025, 10, 26, 9, 45, tzinfo=UTC)
    assert spring["dtstart"].params["TZID"] == "Europe/Berlin"
    assert spring.decoded("dtstart").hour == 10 and autumn.decoded("dtstart").hour == 10
    assert str(spring["summary"]) == f"Beratung – Z. H. ({client.file_number})"
    assert str(spring["location"]) == "KIM-Büro Raum 2.14"
    raw = target.read_bytes().decode("utf-8")
    for secret in ("Haidari", "Zahra", "حیدری", "Geheime", "Dolmetscher", "fa_AF"):
        assert secret not in raw
    assert "BEGIN:VTIMEZONE" in raw and "TZID:Europe/Berlin" in raw
    with vault.session() as s:
        assert [e.entity for e in audit_repo.events(s, action=AuditAction.EXPORT)] == ["calendar"]


def test_full_names_only_when_asked(vault, booked, tmp_path) -> None:
    client, made = booked
    target = tmp_path / "voll.ics"
    calendar_export.export_calendar(vault, target, SPRING, SPRING, full_names=True)
    [event] = _events(target).values()
    assert str(event["summary"]) == f"Beratung – Haidari, Zahra ({client.file_number})"
    assert "Geheime" not in target.read_text(encoding="utf-8")  # notes never leave


def test_bad_range_and_overwrite(vault, booked, tmp_path) -> None:
    target = tmp_path / "t.ics"
    target.write_text("alt")
    with pytest.raises(ValidationError):
        calendar_export.export_calendar(vault, target, date(2025, 5, 2), date(2025, 5, 1))
    assert target.read_text() == "alt"
    assert calendar_export.export_calendar(vault, target, SPRING, SPRING) == 1
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_cli_calendar(vault, booked, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cli.ics"
    code = cli.main(["calendar", str(vault.path), "--out", str(out), "--from", "2025-03-01",
                     "--to", "30.04.2025"])
    assert code == 0
    assert "1 Termin vom" in capsys.readouterr().out
    assert len(_events(out)) == 1 and "Haidari" not in out.read_text(encoding="utf-8")
    assert cli.main(["calendar", str(vault.path), "--out", str(out), "--from", "2025-01-01",
                     "--to", "2025-12-31", "--full-names"]) == 0
    assert "Haidari" in out.read_text(encoding="utf-8")
    assert cli.main(["calendar", str(vault.path), "--out", str(out), "--from", "morgen"]) == 2
    assert "kein Datum" in capsys.readouterr().err
    assert cli.main(["calendar", str(vault.path), "--out", str(tmp_path / "nope" / "x.ics")]) == 2
