"""The create-vault wizard: where the vault goes, then the passphrase twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kimdesk.services import vaults
from kimdesk.ui.worker import run_async

MIN_SCORE = 2
_COLOURS = ["#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#1e8449"]


class LocationPage(QWizardPage):
    def __init__(self, default_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Wo soll der Tresor liegen?"))
        self.setSubTitle(self.tr(
            "Der Tresor ist eine verschlüsselte Datei. Neben ihr liegt die Schlüsseldatei "
            "(Endung „-keys“); sichern Sie immer beide oder nutzen Sie „Sicherung erstellen“."))
        self.path_edit = QLineEdit(str(default_dir / "kimdesk.kim"))
        self.path_edit.setObjectName("vaultPath")
        browse = QPushButton(self.tr("Durchsuchen…"))
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("counsellorName")
        self.name_edit.setPlaceholderText(self.tr("z. B. Anna Berger"))
        form = QFormLayout()
        form.addRow(self.tr("Datei:"), row)
        form.addRow(self.tr("Ihr Name (Berater*in):"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Tresor anlegen"), self.path_edit.text(),
            self.tr("KIMdesk-Tresor (*.kim)"))
        if path:
            self.path_edit.setText(path if path.endswith(".kim") else path + ".kim")

    def vault_path(self) -> Path:
        """The chosen file, with the .kim ending."""
        text = self.path_edit.text().strip()
        return Path(text if text.endswith(".kim") else text + ".kim").expanduser()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        path = self.vault_path()
        if path.exists():
            self.error.setText(self.tr("Dort liegt bereits eine Datei. Bitte einen anderen "
                                       "Namen wählen."))
            return False
        if not path.parent.is_dir():
            self.error.setText(self.tr("Der Ordner existiert nicht."))
            return False
        self.error.clear()
        return True


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Passphrase festlegen"))
        self.setSubTitle(self.tr(
            "Sie schützt alle Daten. Mehrere Wörter sind leichter zu merken und sicherer als "
            "ein kurzes Passwort. Ohne Passphrase gibt es keinen Zugang – auch nicht für den "
            "Support."))
        self.first = QLineEdit()
        self.first.setObjectName("passphrase1")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphrase2")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.match = QLabel()
        self.match.setObjectName("matchHint")
        form = QFormLayout(self)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Wiederholen:"), self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        strength = vaults.passphrase_strength(self.first.text())
        self.meter.setValue(strength.score)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_COLOURS[strength.score]}; }}")
        self.hint.setText(self.tr(strength.hint))
        if self.second.text():
            same = self.second.text() == self.first.text()
            self.match.setText(self.tr("Stimmt überein.") if same
                               else self.tr("Die beiden Eingaben stimmen nicht überein."))
            self.match.setStyleSheet("color: #1e8449" if same else "color: #c0392b")
        else:
            self.match.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        text = self.first.text()
        return (bool(text) and text == self.second.text()
                and vaults.passphrase_strength(text).score >= MIN_SCORE)


class CreateVaultWizard(QWizard):
    """Creates the vault when finished; ``created`` carries the unlocked vault."""

    created = Signal(object)

    def __init__(self, default_dir: Path, parent: QWidget | None = None,
                 kdf: vaults.KdfParams | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neuen Tresor anlegen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(620, 420)
        self.location = LocationPage(default_dir)
        self.passphrase = PassphrasePage()
        self.addPage(self.location)
        self.addPage(self.passphrase)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Tresor anlegen"))
        self._kdf = kdf
        self._busy = False

    def accept(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        self.passphrase.setSubTitle(self.tr("Der Tresor wird angelegt und die Verschlüsselung "
                                            "auf diesen Rechner abgestimmt …"))
        path = self.location.vault_path()
        secret = self.passphrase.first.text()
        name = self.location.name_edit.text().strip()
        kdf = self._kdf
        run_async(lambda: vaults.create_vault(path, secret, counsellor_name=name, kdf=kdf),
                  self._done, self._failed)

    def _done(self, vault: object) -> None:
        self.passphrase.first.clear()
        self.passphrase.second.clear()
        self.unsetCursor()
        self.created.emit(vault)
        super().accept()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.unsetCursor()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        QMessageBox.critical(self, self.tr("Tresor nicht angelegt"), str(err))
