"""The retention dialog: periods, the due list with checkboxes, deleting, the clock warning."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimdesk.domain.enums import ClosureReason
from kimdesk.services import clients, retention
from kimdesk.ui.dialogs.retention_dialog import ErasureDialog, RetentionDialog
from tests.data.retention_support import rich_client


def _open(qtbot, vault) -> RetentionDialog:
    dialog = RetentionDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.due is not None and dialog.busy.isHidden(), timeout=10000)
    return dialog


def test_due_clients_are_listed_checked_and_deleted(qtbot, vault, monkeypatch) -> None:
    old = rich_client(vault, "Altfall", "", closed_on=date(2019, 3, 1), fill_every_table=False)
    rich_client(vault, "Neufall", "", closed_on=date.today() - timedelta(days=30),
                fill_every_table=False)
    held = rich_client(vault, "Gesperrt", "", closed_on=date(2019, 3, 1), hold=True,
                       fill_every_table=False)
    dialog = _open(qtbot, vault)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Altfall, Ilvana"
    assert "eine Person" in dialog.heading.text()
    assert "Aufbewahrungssperre" in dialog.held_note.text()
    assert not dialog.delete_button.isEnabled() and dialog.warning_box.isHidden()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.delete_button.isEnabled() and dialog.checked_ids() == [old]
    monkeypatch.setattr(RetentionDialog, "_confirm_delete", lambda self, ids: True)
    with qtbot.waitSignal(dialog.deleted, timeout=10000):
        dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=10000)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert "endgültig gelöscht" in dialog.message.text()
    left = {c.id for c in clients.list_clients(vault, limit=10)}
    assert old not in left and held in left and len(left) == 2


def test_periods_are_saved(qtbot, vault) -> None:
    dialog = _open(qtbot, vault)
    spin = dialog.spins[ClosureReason.MOVED_AWAY]
    assert spin.value() == 3 and spin.suffix() == " Jahre"
    spin.setValue(1)
    assert spin.suffix() == " Jahr"
    dialog.save_periods.click()
    assert retention.retention_periods(vault)[ClosureReason.MOVED_AWAY] == 1
    assert "gespeichert" in dialog.message.text()


def test_jumped_clock_shows_warning_and_can_be_confirmed(qtbot, vault, monkeypatch) -> None:
    real = retention.now()
    monkeypatch.setattr(retention, "now", lambda: real + timedelta(days=400))
    dialog = _open(qtbot, vault)
    assert dialog.warning_box.isVisibleTo(dialog) and "Systemdatum" in dialog.clock_warning.text()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.confirm_date.click()
    qtbot.waitUntil(lambda: dialog.busy.isHidden() and not dialog.warning_box.isVisibleTo(dialog),
                    timeout=10000)


def test_erasure_dialog_respects_legal_hold(qtbot, vault) -> None:
    held = rich_client(vault, "Gesperrt", "", closed_on=date(2019, 3, 1), hold=True,
                       fill_every_table=False)
    dialog = ErasureDialog(vault, held, "Gesperrt, Ilvana")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.checked.setChecked(True)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: "Aufbewahrungspflicht" in dialog.message.text(), timeout=10000)
    free = rich_client(vault, "Frei", "", fill_every_table=False)
    dialog = ErasureDialog(vault, free, "Frei, Ilvana")
    qtbot.addWidget(dialog)
    dialog.checked.setChecked(True)
    with qtbot.waitSignal(dialog.erased, timeout=10000):
        dialog.erase_button.click()
    assert free not in {c.id for c in clients.list_clients(vault, limit=10)}
