"""The Termine view, its editor and export, and the today panel, on a real vault."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTime

from kimdesk.domain.enums import AppointmentKind, AppointmentStatus, PlaceKind
from kimdesk.services import appointments, cases, clients
from kimdesk.services.appointments import BERLIN, local_start
from kimdesk.ui.dialogs.appointment_editor import AppointmentEditor
from kimdesk.ui.dialogs.calendar_export_dialog import CalendarExportDialog
from kimdesk.ui.views import calendar_format as cf
from kimdesk.ui.views.appointments_view import AGENDA, DAY, WEEK, AppointmentsView
from kimdesk.ui.views.today_panel import TodayPanel


@pytest.fixture(autouse=True)
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def zahra(vault):
    client = clients.create_client(vault, clients.new_client(
        family_name="Haidari", given_names="Zahra", shelter="ZUE Musterstadt",
        interpreter=clients.Interpreter(needed=True, language="fa_AF")))
    cases.open_case(vault, client.id)
    return client


@pytest.fixture
def view(qtbot, vault):
    v = AppointmentsView()
    qtbot.addWidget(v)
    v.resize(1200, 750)
    v.set_vault(vault)
    v.show()
    qtbot.waitExposed(v)
    return v


def _today() -> date:
    return datetime.now(BERLIN).date()


def _wednesday() -> date:
    today = _today()
    return today + timedelta(days=(2 - today.weekday()) % 7 or 7)


def _book(vault, client, day, hour, **kw):
    fields = dict(client_id=client.id, counsellor_id=vault.counsellor_id())
    fields.update(kw)
    return appointments.add_appointment(vault, appointments.new_appointment(
        local_start(day, time(hour)), **fields))


def test_create_through_the_editor_shows_in_day_view_and_today_panel(qtbot, vault, view,
                                                                     zahra) -> None:
    view.set_mode(DAY)
    view.go_to(_today())
    assert view.entries == []

    def fill(dialog: AppointmentEditor) -> int:
        dialog.client.search_for("haid")
        assert dialog.client.results.count() == 1
        dialog.client.choose_row(0)
        assert dialog.language.currentData() == "fa_AF"  # taken from the client
        dialog.date.setDate(cf.qdate(_today()))
        dialog.time.setTime(QTime(10, 0))
        dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.VISIT))
        assert dialog.place_kind.currentData() == PlaceKind.SHELTER
        assert dialog.shelter.currentText() == "ZUE Musterstadt"
        dialog.booked.setChecked(True)
        dialog.confirm = lambda conflicts: True  # today might be a holiday
        dialog.save()
        return dialog.result()

    view.run_editor = fill
    with qtbot.waitSignal(view.appointments_changed):
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    [entry] = view.entries
    assert (entry.client_name, entry.appointment.kind) == ("Haidari, Zahra", AppointmentKind.VISIT)
    assert entry.appointment.starts_at.astimezone(BERLIN).time() == time(10, 0)
    assert entry.appointment.interpreter_booked and entry.appointment.place == "ZUE Musterstadt"
    assert [i for i, _r in view.grid.blocks()] == [entry.id]

    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    assert panel.appointment_list.count() == 1
    assert "Haidari, Zahra" in panel.appointment_list.item(0).text()
    assert "10:00" in panel.appointment_list.item(0).text()
    with qtbot.waitSignal(panel.appointment_requested) as sig:
        panel.appointment_list.itemActivated.emit(panel.appointment_list.item(0))
    assert sig.args == [entry.id]
    panel.set_vault(None)
    assert panel.appointment_list.count() == 0 and panel.heading.text() == ""


def test_drag_and_drop_moves_and_conflicts_are_confirmed(qtbot, vault, view, zahra) -> None:
    wed = _wednesday()
    appt = _book(vault, zahra, wed, 10)
    other = clients.create_client(vault, clients.new_client(family_name="Al-Rifai",
                                                            given_names="Omer"))
    _book(vault, other, wed, 13)
    view.set_mode(WEEK)
    view.go_to(wed)
    assert [d.weekday() for d in view.grid.days] == [0, 1, 2, 3, 4]  # the week starts Monday
    rect = dict(view.grid.blocks())[appt.id]
    start = rect.center().toPoint()
    hour = view.grid._hour_px()

    def drag(dy: float) -> None:
        qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.grid, QPoint(start.x(), start.y() + 10))
        qtbot.mouseMove(view.grid, QPoint(start.x(), int(start.y() + dy)))
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton,
                           pos=QPoint(start.x(), int(start.y() + dy)))

    with qtbot.waitSignal(view.appointments_changed):
        drag(2 * hour)
    moved = appointments.get_appointment(vault, appt.id)
    assert moved.starts_at.astimezone(BERLIN) == local_start(wed, time(12))
    # onto 13:00 clashes with Omer: declining keeps the appointment where it was
    asked = []
    view.confirm = lambda conflicts: asked.append(conflicts) or False
    start = dict(view.grid.blocks())[appt.id].center().toPoint()
    drag(1 * hour)
    assert asked and appointments.get_appointment(vault, appt.id).starts_at == moved.starts_at


def test_status_done_offers_a_note_and_cancel_asks_a_reason(qtbot, vault, view, zahra,
                                                           monkeypatch) -> None:
    appt = _book(vault, zahra, _wednesday(), 9)
    view.go_to(_wednesday())
    offered = []
    monkeypatch.setattr("kimdesk.ui.views.appointments_view.offer_case_note",
                        lambda parent, v, a: offered.append(a.id))
    view.set_status(appt.id, AppointmentStatus.DONE)
    assert offered == [appt.id]
    monkeypatch.setattr("kimdesk.ui.views.appointments_view.ask_cancel_reason",
                        lambda parent: "Klientin krank")
    saved = view.set_status(appt.id, AppointmentStatus.CANCELLED)
    assert (saved.status, saved.cancel_reason) == (AppointmentStatus.CANCELLED, "Klientin krank")
    assert view.entries[0].appointment.status == AppointmentStatus.CANCELLED

    # in the editor: switching to "erledigt" offers the note as well
    dialog = AppointmentEditor(vault, appointments.get_appointment(vault, appt.id))
    qtbot.addWidget(dialog)
    notes = []
    dialog.offer_note = lambda a: notes.append(appointments.write_case_note(vault, a, "Gut."))
    dialog.confirm = lambda conflicts: True
    dialog.status.setCurrentIndex(dialog.status.findData(AppointmentStatus.DONE))
    dialog.save()
    assert dialog.result() and notes and notes[0].text == "Gut."


def test_editor_warns_about_double_booking_and_holidays(qtbot, vault, zahra) -> None:
    wed = _wednesday()
    _book(vault, zahra, wed, 10)
    dialog = AppointmentEditor(vault, start=local_start(wed, time(10, 30)), client_id=zahra.id)
    qtbot.addWidget(dialog)
    assert dialog.client.client_id() == zahra.id
    assert not dialog.warnings.isHidden()
    assert "schon einen Termin" in dialog.warnings.text()
    dialog.date.setDate(cf.qdate(date(2031, 12, 25)))
    dialog.update_conflicts()
    assert dialog.warnings.text() == "⚠ Der Tag ist in NRW ein Feiertag: 1. Weihnachtsfeiertag."
    refused = []
    dialog.confirm = lambda conflicts: refused.append(conflicts) or False
    dialog.save()
    assert refused and dialog.saved is None
    dialog.confirm = lambda conflicts: True
    dialog.save()
    assert dialog.saved is not None and dialog.result()
    # the calendar pop-up starts its weeks on Monday in German
    assert dialog.date.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_editor_needs_a_client(qtbot, vault) -> None:
    dialog = AppointmentEditor(vault)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved is None and "Klient*in" in dialog.errors.text()


def test_agenda_lists_and_opens(qtbot, vault, view, zahra) -> None:
    wed = _wednesday()
    first = _book(vault, zahra, wed, 9)
    _book(vault, zahra, wed + timedelta(days=1), 11)
    view.go_to(wed)
    view.set_mode(AGENDA)
    assert view.agenda.agenda.rowCount() == 2
    day_text = view.agenda.agenda.index(0, 0).data()
    assert day_text.startswith(QLocale().toString(cf.qdate(wed), "ddd"))
    opened = []
    view.run_editor = lambda dialog: opened.append(dialog.original.id) or 0
    view.agenda.activated.emit(view.agenda.agenda.index(0, 2))
    assert opened == [first.id]


def test_locked_view_is_empty(qtbot, vault, view, zahra) -> None:
    _book(vault, zahra, _wednesday(), 9)
    view.go_to(_wednesday())
    assert view.entries
    view.set_vault(None)
    assert view.entries == [] and view.grid.blocks() == []
    assert view.agenda.agenda.rowCount() == 0 and not view.new_button.isEnabled()


def test_locale_week_and_times() -> None:
    assert cf.week_start(date(2025, 5, 15)) == date(2025, 5, 12)
    assert cf.work_week(date(2025, 5, 17))[0] == date(2025, 5, 19)  # Saturday: next week
    assert cf.format_time(local_start(date(2025, 3, 30), time(10))) == "10:00"
    assert cf.format_day(date(2025, 5, 12)).startswith("Mo")
    assert cf.language_name("fa_AF") == "Dari" and cf.language_name("ar") == "Arabisch"


def test_export_dialog_writes_initials_unless_full_names(qtbot, vault, zahra, tmp_path) -> None:
    wed = _wednesday()
    _book(vault, zahra, wed, 9)
    dialog = CalendarExportDialog(vault, wed, vault.counsellor_id())
    qtbot.addWidget(dialog)
    target = tmp_path / "t.ics"
    assert dialog.export_to(target) and dialog.count == 1
    assert "Z. H." in target.read_text(encoding="utf-8")
    assert "Haidari" not in target.read_text(encoding="utf-8")
    dialog.full_names.setChecked(True)
    assert dialog.export_to(target)
    assert "Haidari\\, Zahra" in target.read_text(encoding="utf-8")  # RFC 5545 escapes commas
