"""The application controller: unlock, lock, auto-lock, and switching vaults.

It owns the one open vault. Locking clears every view, closes every other window,
forgets the key, and asks for the passphrase again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kimdesk.services import vaults
from kimdesk.ui.dialogs.passphrase import ChangePassphraseDialog
from kimdesk.ui.dialogs.settings import SettingsDialog
from kimdesk.ui.idle import IdleWatcher
from kimdesk.ui.main_window import MainWindow
from kimdesk.ui.settings_store import Settings
from kimdesk.ui.unlock import UnlockDialog
from kimdesk.ui.wizard import CreateVaultWizard


class AppController(QObject):
    """Wires the main window to the vault services."""

    unlocked = Signal()
    locked = Signal()

    def __init__(self, settings: Settings | None = None, *, unlock_hint: str = "",
                 kdf: vaults.KdfParams | None = None, remember_vault: bool = True) -> None:
        super().__init__()
        self.remember_vault = remember_vault
        self.settings = settings or Settings()
        self.vault: Any = None
        self.unlock_hint = unlock_hint
        self.kdf = kdf
        self.window = MainWindow(self.settings)
        self.idle = IdleWatcher(self.settings.autolock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.dialog: QWidget | None = None
        w = self.window
        w.lock_requested.connect(self.lock)
        w.passphrase_requested.connect(self.change_passphrase)
        w.settings_requested.connect(self.edit_settings)
        w.new_vault_requested.connect(self.create_vault)
        w.open_vault_requested.connect(self.choose_vault)
        w.backup_requested.connect(self.backup)
        w.quit_requested.connect(self.quit)

    # -- flows -----------------------------------------------------------------------------

    def start(self, vault_path: Path | None = None) -> None:
        """Show the window and ask for a vault: unlock a known one or create the first."""
        self.window.show()
        path = vault_path or self.settings.last_vault
        if path is not None and path.exists():
            self.ask_unlock(path)
        else:
            self.welcome()

    def welcome(self) -> None:
        """First start: create a new vault or open an existing one."""
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Willkommen bei KIMdesk"))
        box.setText(self.tr("Ihre Daten liegen verschlüsselt in einem Tresor. "
                                   "Legen Sie einen neuen an oder öffnen Sie einen vorhandenen."))
        new = box.addButton(self.tr("Neuen Tresor anlegen…"), QMessageBox.ButtonRole.AcceptRole)
        existing = box.addButton(self.tr("Vorhandenen Tresor öffnen…"),
                                 QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Beenden"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is new:
            self.create_vault()
        elif box.clickedButton() is existing:
            self.choose_vault()
        elif self.vault is None:
            self.quit()

    def ask_unlock(self, path: Path) -> UnlockDialog:
        """Show the unlock dialog for ``path``."""
        dialog = UnlockDialog(path, self.window, hint=self.unlock_hint)
        dialog.unlocked.connect(self.set_unlocked)
        dialog.create_requested.connect(lambda: (dialog.done(2), self.create_vault()))
        dialog.open_requested.connect(lambda: (dialog.done(2), self.choose_vault()))
        dialog.rejected.connect(self._unlock_cancelled)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _unlock_cancelled(self) -> None:
        if self.vault is None:
            self.quit()

    def create_vault(self) -> CreateVaultWizard:
        """Run the create-vault wizard."""
        self.lock(ask=False)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        wizard = CreateVaultWizard(Path(docs or Path.home()), self.window, kdf=self.kdf)
        wizard.created.connect(self.set_unlocked)
        wizard.rejected.connect(self._after_wizard_cancel)
        self.dialog = wizard
        wizard.open()
        return wizard

    def _after_wizard_cancel(self) -> None:
        if self.vault is None:
            last = self.settings.last_vault
            if last is not None and last.exists():
                self.ask_unlock(last)
            else:
                self.welcome()

    def choose_vault(self) -> None:
        """Pick a vault file and unlock it."""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Tresor öffnen"), "",
                                              self.tr("KIMdesk-Tresor (*.kim)"))
        if path:
            self.lock(ask=False)
            self.ask_unlock(Path(path))
        elif self.vault is None:
            self.start()

    def set_unlocked(self, vault: Any) -> None:
        """Show ``vault`` in every view and start the idle timer."""
        self.vault = vault
        self.dialog = None
        if self.remember_vault:
            self.settings.last_vault = vault.path
            self.settings.sync()
        self.window.set_vault(vault)
        self.idle.set_timeout(self.settings.autolock_minutes * 60_000)
        self.idle.start()
        self.window.show()
        self.window.activateWindow()
        self.unlocked.emit()

    def lock(self, ask: bool = True) -> None:
        """Clear every view, close other windows, forget the key; then ask to unlock."""
        self.idle.stop()
        if self.vault is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.close()
        self.window.set_vault(None)
        path = self.vault.path
        try:
            vaults.lock_vault(self.vault)
        finally:
            self.vault = None
        self.locked.emit()
        if ask:
            self.ask_unlock(path)

    # -- smaller actions -------------------------------------------------------------------

    def change_passphrase(self) -> None:
        """Open the change-passphrase dialog."""
        if self.vault is not None:
            ChangePassphraseDialog(self.vault, self.window).open()

    def edit_settings(self) -> None:
        """Open the settings dialog; a new auto-lock time applies at once."""
        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec() and self.vault is not None:
            self.idle.set_timeout(self.settings.autolock_minutes * 60_000)
            self.idle.start()

    def backup(self) -> None:
        """Write an encrypted backup file chosen by the user."""
        if self.vault is None:
            return
        dest, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Sicherung erstellen"),
            str(self.vault.path.with_suffix(".kimbackup")),
            self.tr("KIMdesk-Sicherung (*.kimbackup)"))
        if not dest:
            return
        try:
            size = vaults.backup_open_vault(self.vault, Path(dest))
        except vaults.VaultError as err:
            QMessageBox.critical(self.window, self.tr("Sicherung fehlgeschlagen"), str(err))
            return
        QMessageBox.information(
            self.window, self.tr("Sicherung erstellt"),
            self.tr("Verschlüsselte Sicherung geschrieben: {path} ({kib} KiB).")
            .format(path=dest, kib=size // 1024))

    def quit(self) -> None:
        """Lock and leave."""
        self.lock(ask=False)
        self.settings.sync()
        app = QApplication.instance()
        if app is not None:
            app.quit()
