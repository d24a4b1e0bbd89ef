"""The unlock dialog: one passphrase field, a clear message when it fails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services import vaults
from kimdesk.ui.worker import run_async


class UnlockDialog(QDialog):
    """Emits ``unlocked`` with the open vault; ``create_requested``/``open_requested`` to switch."""

    unlocked = Signal(object)
    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("KIMdesk – Tresor entsperren"))
        self.setMinimumWidth(460)
        title = QLabel(self.tr("Tresor <b>{name}</b> entsperren").format(name=path.name))
        where = QLabel(str(path.parent))
        where.setStyleSheet("color: palette(mid)")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Entsperren"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        buttons.addButton(self.tr("Beenden"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        other = QPushButton(self.tr("Anderen Tresor öffnen…"))
        other.setFlat(True)
        other.clicked.connect(self.open_requested)
        new = QPushButton(self.tr("Neuen Tresor anlegen…"))
        new.setFlat(True)
        new.clicked.connect(self.create_requested)
        links = QHBoxLayout()
        links.addWidget(other)
        links.addWidget(new)
        links.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(links)
        layout.addWidget(buttons)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self._busy = False
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        """Derive the key in the background and open the vault."""
        if self._busy:
            return
        secret = self.passphrase.text()
        if not secret:
            self.error.setText(self.tr("Bitte die Passphrase eingeben."))
            return
        self.error.clear()
        self._set_busy(True)
        path = self.path
        run_async(lambda: vaults.open_vault(path, secret), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _done(self, vault: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        if isinstance(err, vaults.VaultError):
            self.error.setText(str(err))
        else:
            self.error.setText(self.tr("Unerwarteter Fehler beim Entsperren: {kind}. "
                                       "Der Tresor wurde nicht verändert.")
                               .format(kind=type(err).__name__))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
