"""The create → unlock → work → lock → auto-lock flow, driven like a user would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from kimdesk.services import clients, vaults
from kimdesk.ui.unlock import UnlockDialog
from kimdesk.ui.wizard import CreateVaultWizard
from tests.conftest import PASSPHRASE


def test_wizard_creates_a_vault(qtbot, tmp_path: Path, fast_kdf) -> None:
    wizard = CreateVaultWizard(tmp_path, kdf=fast_kdf)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.location.path_edit.setText(str(tmp_path / "beratung"))
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    page = wizard.passphrase
    page.first.setText("kurz")
    assert not page.isComplete()
    assert "schwach" in page.hint.text()
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE + "x")
    assert not page.isComplete() and "nicht überein" in page.match.text()
    page.second.setText(PASSPHRASE)
    assert page.isComplete()
    with qtbot.waitSignal(wizard.created, timeout=20_000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault = blocker.args[0]
    try:
        assert vault.path == (tmp_path / "beratung.kim").absolute()
        assert page.first.text() == ""  # the passphrase does not linger in the widget
    finally:
        vault.close()
    vaults.open_vault(tmp_path / "beratung.kim", PASSPHRASE).close()


def test_unlock_dialog_wrong_then_right(qtbot, vault, vault_path: Path) -> None:
    vault.close()
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("falsch")
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "falsch" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as blocker:
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    blocker.args[0].close()
    assert dialog.passphrase.text() == ""


def test_unlock_dialog_reports_second_instance(qtbot, vault, vault_path: Path) -> None:
    dialog = UnlockDialog(vault_path)  # ``vault`` is still open in this "instance"
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: "bereits" in dialog.error.text(), timeout=10_000)


def _unlock_with_clients(controller, vault) -> None:
    for i in range(3):
        clients.create_client(vault, clients.new_client(family_name=f"Nasser{i}",
                                                        birth_date=date(1991, 1, 1)))
    controller.set_unlocked(vault)


def test_ctrl_l_locks_and_clears_every_view(qtbot, controller, vault) -> None:
    _unlock_with_clients(controller, vault)
    model = controller.window.clients_view.model
    assert model.rowCount() == 3
    controller.window.show()
    controller.window.activateWindow()
    assert QTest.qWaitForWindowActive(controller.window)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        QTest.keyClick(controller.window.clients_view.table, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
    assert controller.vault is None and not vault.is_open
    assert model.rowCount() == 0
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, UnlockDialog) and w.isVisible()]
    assert dialogs, "the unlock dialog is shown after locking"
    dialogs[0].reject()


def test_idle_auto_lock_and_activity_postpones_it(qtbot, controller, vault) -> None:
    _unlock_with_clients(controller, vault)
    controller.window.show()
    controller.idle.set_timeout(400)
    controller.idle.start()
    for _ in range(4):  # keep moving the mouse: no lock
        qtbot.wait(200)
        QTest.mouseMove(controller.window.clients_view.table.viewport(), QPoint(10, 10))
        QTest.keyClick(controller.window.clients_view.table, Qt.Key.Key_Down)
    assert controller.vault is not None
    with qtbot.waitSignal(controller.locked, timeout=3_000):
        pass
    assert controller.window.clients_view.model.rowCount() == 0
    for w in QApplication.topLevelWidgets():
        if isinstance(w, UnlockDialog):
            w.reject()
