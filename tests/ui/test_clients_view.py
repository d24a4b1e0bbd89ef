"""The client list: create through the UI, find by a transliteration variant, duplicates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kimdesk.services import clients, search
from kimdesk.ui.dialogs.new_client import NewClientDialog


def _fill(dialog: NewClientDialog, **fields: str) -> None:
    for name, text in fields.items():
        getattr(dialog, name).setText(text)  # non-ASCII: set text, never keyClicks


def test_create_client_then_find_by_transliteration(qtbot, controller, vault) -> None:
    controller.set_unlocked(vault)
    view = controller.window.clients_view
    qtbot.waitUntil(lambda: search.has_index(vault), timeout=10_000)
    dialog = NewClientDialog(vault, controller.window)
    qtbot.addWidget(dialog)
    _fill(dialog, family="Al-Hassan", given="Mohammed", family_original="الحسن",
          given_original="محمد", birth="1990")
    dialog.nationality.setCurrentIndex(dialog.nationality.findData("SY"))
    with qtbot.waitSignal(dialog.created, timeout=5_000):
        dialog.save_button.click()
    view.refresh()
    view.search_box.setText("Muhammad")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3_000)
    assert view.model.row_at(0).given_names == "Mohammed"
    view.search_box.setText("محمد")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3_000)
    with qtbot.waitSignal(view.client_requested, timeout=2_000) as opened:
        QTest.keyClick(view.search_box, Qt.Key.Key_Return)
    assert opened.args[0] == view.model.row_at(0).id


def test_near_duplicate_is_shown_before_saving(qtbot, vault) -> None:
    existing = clients.create_client(vault, clients.new_client(
        family_name="Alhasan", given_names="Muhammad", birth_date=date(1990, 1, 1),
        birth_year_only=True, nationalities=("SY",)))
    search.build_index(vault)
    dialog = NewClientDialog(vault)
    qtbot.addWidget(dialog)
    _fill(dialog, family="Al-Hassan", given="Mohamad", birth="01.01.1990")
    dialog.nationality.setCurrentIndex(dialog.nationality.findData("SY"))
    dialog.save_button.click()
    assert dialog.duplicates_box.isVisibleTo(dialog)
    item = dialog.duplicate_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == existing.id
    assert clients.count_clients(vault) == 1  # nothing saved yet
    with qtbot.waitSignal(dialog.open_existing) as chosen:
        dialog._open_duplicate(item)
    assert chosen.args[0] == existing.id


def test_field_errors_show_at_the_field_and_save_nothing(qtbot, vault) -> None:
    dialog = NewClientDialog(vault)
    qtbot.addWidget(dialog)
    _fill(dialog, family="", birth="31.02.1990")
    dialog.save_button.click()
    assert "gültiges Datum" in dialog.errors["birth_date"].text()
    _fill(dialog, family="", birth="2999")
    dialog.save_button.click()
    assert "Zukunft" in dialog.errors["birth_date"].text()
    assert "Pflichtfeld" in dialog.errors["family_name"].text()
    assert clients.count_clients(vault) == 0


def test_filters_and_sort(qtbot, controller, vault) -> None:
    from kimdesk.services import demo

    demo.generate(vault, clients=60, seed=5)
    controller.set_unlocked(vault)
    view = controller.window.clients_view
    all_rows = view.model.rowCount()
    assert all_rows == 60
    view.filters.status.setCurrentIndex(view.filters.status.findData(False))
    closed = view.model.rowCount()
    assert 0 < closed < 60
    view.filters.status.setCurrentIndex(0)
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    numbers = [view.model.row_at(i).file_number for i in range(view.model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
