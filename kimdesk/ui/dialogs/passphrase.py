"""Change the passphrase of the open vault (rewraps the key; no data is rewritten)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from kimdesk.services import vaults
from kimdesk.ui.worker import run_async


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Passphrase ändern"))
        self.old, self.new, self.again = (QLineEdit() for _ in range(3))
        for edit, name in ((self.old, "oldPass"), (self.new, "newPass"), (self.again, "newPass2")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("passError")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Bisherige Passphrase:"), self.old)
        form.addRow(self.tr("Neue Passphrase:"), self.new)
        form.addRow("", self.hint)
        form.addRow(self.tr("Neue wiederholen:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(
            lambda t: self.hint.setText(vaults.passphrase_strength(t).hint))

    def _apply(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("Die neuen Eingaben stimmen nicht überein."))
            return
        if vaults.passphrase_strength(self.new.text()).score < 2:
            self.error.setText(self.tr("Die neue Passphrase ist zu schwach."))
            return
        self.buttons.setEnabled(False)
        old, new = self.old.text(), self.new.text()
        run_async(lambda: vaults.change_passphrase(self.vault, old, new), self._done, self._failed)

    def _done(self, _: object) -> None:
        for edit in (self.old, self.new, self.again):
            edit.clear()
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(err))
