"""Encrypted transfer between devices in the GUI: write a package, or check and import one.

``TransferExportDialog(vault, client_ids=None, parent)`` writes the given clients (all
when None) into a package with its own passphrase. ``TransferImportDialog(vault,
parent)`` decrypts a package, shows what importing it would do, lets the counsellor
decide every conflict, and imports it all or nothing. Slow work runs off the GUI
thread with a progress bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kimdesk.services import transfer, vaults
from kimdesk.services.transfer import Conflict, ImportPreview, Package
from kimdesk.services.transfer_merge import KINDS
from kimdesk.ui.worker import run_async

ERROR_STYLE = "QLabel { color: #a4262c; }"
OK_STYLE = "QLabel { color: #107c10; }"
FILTER = "KIMdesk-Transferpaket (*.kimtransfer);;Alle Dateien (*)"


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


def _progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    bar.hide()
    return bar


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class TransferExportDialog(QDialog):
    """Write clients into an encrypted transfer package (its own passphrase)."""

    exported = Signal(str)

    def __init__(self, vault: Any, client_ids: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.client_ids = list(client_ids) if client_ids is not None else None
        self.kdf: Any = None  # None: calibrated Argon2id; tests pass fast parameters
        self.setWindowTitle(self.tr("Transferpaket schreiben"))
        self.setMinimumWidth(560)
        what = (self.tr("Alle Klient*innen dieses Tresors") if self.client_ids is None
                else self.tr("Eine Klient*in") if len(self.client_ids) == 1
                else self.tr("{n} ausgewählte Klient*innen").format(n=len(self.client_ids)))
        intro = QLabel(self.tr(
            "{what} werden mit allem, was zu ihnen gespeichert ist, und den Stellen, auf die sie "
            "verweisen, in ein verschlüsseltes Paket geschrieben – zum Einspielen auf einem "
            "anderen Gerät ohne Netzwerk.").format(what=what))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("packagePath")
        self.path.setPlaceholderText(self.tr("z. B. USB-Stick/buero.kimtransfer"))
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.clicked.connect(self._browse)
        self.secret = QLineEdit()
        self.secret.setObjectName("transferPassphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("transferRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.secret.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.path.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Paketdatei:"), _file_row(self.path, browse))
        form.addRow(self.tr("Transfer-Passphrase:"), self.secret)
        form.addRow(self.tr("Wiederholen:"), self.repeat)
        form.addRow("", self.strength)
        hint = QLabel(self.tr("Die Transfer-Passphrase ist nicht die Passphrase des Tresors. "
                              "Bitte getrennt vom Paket weitergeben (nicht auf den USB-Stick)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: palette(mid); }")
        self.bar = _progress_bar()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Paket schreiben"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._progress = _Progress()
        self._progress.changed.connect(self._on_progress)
        self._update()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Transferpaket speichern"),
                                              self.path.text() or "kimdesk.kimtransfer", FILTER)
        if name:
            self.path.setText(name if name.endswith(transfer.SUFFIX) else name + transfer.SUFFIX)

    def _problem(self) -> str:
        if not self.path.text().strip():
            return self.tr("Bitte eine Paketdatei wählen.")
        if not self.secret.text():
            return self.tr("Bitte eine Transfer-Passphrase vergeben.")
        if vaults.passphrase_strength(self.secret.text()).score < 2:
            return vaults.passphrase_strength(self.secret.text()).hint
        if self.secret.text() != self.repeat.text():
            return self.tr("Die beiden Eingaben stimmen nicht überein.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.strength.setText(vaults.passphrase_strength(self.secret.text()).hint
                              if self.secret.text() else "")
        self.export_button.setEnabled(not problem and self.bar.isHidden())
        self.export_button.setToolTip(problem)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def start(self) -> None:
        """Write the package in the background."""
        if self._problem():
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self._problem())
            return
        path, secret, ids, kdf = Path(self.path.text().strip()), self.secret.text(), \
            self.client_ids, self.kdf
        self.bar.setRange(0, 0)
        self.bar.show()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Paket wird verschlüsselt und geschrieben …"))
        self._update()
        emit = self._progress.changed.emit
        run_async(lambda: transfer.export_package(self.vault, path, secret, client_ids=ids, kdf=kdf,
                                                  progress=emit), self._done, self._failed)

    def _done(self, result: transfer.ExportResult) -> None:
        self.bar.hide()
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Paket geschrieben: {path} ({n} Klient*innen, {kib} KiB).")
                             .format(path=result.path, n=result.clients,
                                     kib=max(1, result.bytes // 1024)))
        self.secret.clear()
        self.repeat.clear()
        self.export_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.exported.emit(str(result.path))

    def _failed(self, err: BaseException) -> None:
        self.bar.hide()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(err))
        self._update()


class TransferImportDialog(QDialog):
    """Check a transfer package, decide conflicts, import it (all or nothing)."""

    imported = Signal()

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.package: Package | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Transferpaket einspielen"))
        self.resize(760, 260)
        self.path = QLineEdit()
        self.path.setObjectName("packagePath")
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.clicked.connect(self._browse)
        self.secret = QLineEdit()
        self.secret.setObjectName("transferPassphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_button = QPushButton(self.tr("Paket prüfen"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        self.path.textChanged.connect(self._reset)
        self.secret.textChanged.connect(self._reset)
        self.secret.returnPressed.connect(self.check)
        form = QFormLayout()
        form.addRow(self.tr("Paketdatei:"), _file_row(self.path, browse))
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.check_button)
        form.addRow(self.tr("Transfer-Passphrase:"), secret_row)

        self.summary = QLabel(self.tr(
            "Paketdatei wählen, Transfer-Passphrase eingeben und „Paket prüfen“. Beim Prüfen "
            "wird noch nichts verändert; danach zeigt KIMdesk, was das Einspielen bewirkt."))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.conflict_box = QGroupBox(self.tr("Konflikte: hier und im Paket verschieden geändert"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Klient*in"), self.tr("Eintrag"), self.tr("Was ist passiert"),
             self.tr("Entscheidung")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        all_local = QPushButton(self.tr("Alle: hier behalten"))
        all_local.clicked.connect(lambda: self._choose_all(0))
        all_package = QPushButton(self.tr("Alle: aus dem Paket"))
        all_package.clicked.connect(lambda: self._choose_all(1))
        choose_row = QHBoxLayout()
        choose_row.addStretch(1)
        choose_row.addWidget(all_local)
        choose_row.addWidget(all_package)
        box_layout = QVBoxLayout(self.conflict_box)
        box_layout.addWidget(self.table)
        box_layout.addLayout(choose_row)
        self.conflict_box.hide()

        self.bar = _progress_bar()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Einspielen"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict_box, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._progress = _Progress()
        self._progress.changed.connect(self._on_progress)

    # -- step 1: check ---------------------------------------------------------------------

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Transferpaket öffnen"), "", FILTER)
        if name:
            self.path.setText(name)

    def _reset(self) -> None:
        self.package = None
        self.preview = None
        self.import_button.setEnabled(False)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.bar.setRange(0, 0)
        self.bar.setVisible(busy)
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.preview is not None)
        self.message.setStyleSheet("")
        self.message.setText(text)

    def check(self) -> None:
        """Decrypt the package and compute what importing it would do (in the background)."""
        path, secret = Path(self.path.text().strip()), self.secret.text()
        if not self.path.text().strip() or not secret:
            self._failed(ValueError(self.tr("Bitte Paketdatei und Transfer-Passphrase angeben.")))
            return
        self._busy(True, self.tr("Paket wird entschlüsselt und geprüft …"))

        def work() -> tuple[Package, ImportPreview]:
            package = transfer.read_package(path, secret)
            return package, transfer.preview_import(self.vault, package)

        run_async(work, self._checked, self._failed)

    def _checked(self, result: tuple[Package, ImportPreview]) -> None:
        self.package, self.preview = result
        self._busy(False)
        self.show_preview(self.preview)

    def show_preview(self, preview: ImportPreview) -> None:
        """Show the summary and one row per conflict with its choice."""
        self.summary.setText(preview.summary())
        self.table.setRowCount(len(preview.conflicts))
        self.choices.clear()
        for row, c in enumerate(preview.conflicts):
            self._conflict_row(row, c)
        self.table.resizeRowsToContents()
        self.conflict_box.setVisible(bool(preview.conflicts))
        if preview.conflicts:
            self.resize(max(self.width(), 900), max(self.height(), 520))
        self.import_button.setEnabled(True)
        self.import_button.setText(self.tr("Einspielen"))
        if preview.conflicts:
            self.message.setText(self.tr("Bitte je Konflikt entscheiden; dann „Einspielen“."))

    def _conflict_row(self, row: int, c: Conflict) -> None:
        if c.details:
            what = "\n".join(self.tr("{field}: hier „{here}“ · Paket „{there}“")
                              .format(field=f, here=h, there=t) for f, h, t in c.details)
        else:
            what = KINDS[c.kind]
        for col, value in enumerate((c.client_label, c.what, what)):
            item = QTableWidgetItem(value)
            item.setToolTip(c.describe())
            self.table.setItem(row, col, item)
        combo = QComboBox()
        combo.addItem(self.tr("Hier behalten"), "local")
        combo.addItem(self.tr("Aus dem Paket übernehmen"), "package")
        combo.setObjectName(f"choice_{row}")
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(2, 2, 2, 2)
        holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.table.setCellWidget(row, 3, holder)
        self.choices[c.id] = combo

    def _choose_all(self, index: int) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(index)

    # -- step 2: import --------------------------------------------------------------------

    def chosen(self) -> dict[str, str]:
        """Conflict id -> "local" or "package", as chosen in the table."""
        return {cid: str(combo.currentData()) for cid, combo in self.choices.items()}

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def start(self) -> None:
        """Import the checked package with the chosen decisions (in the background)."""
        if self.package is None:
            return
        package, choices = self.package, self.chosen()
        self._busy(True, self.tr("Wird eingespielt …"))
        self.import_button.setEnabled(False)
        emit = self._progress.changed.emit
        run_async(lambda: transfer.import_package(
            self.vault, package, choices, progress=emit),  # type: ignore[arg-type]
            self._done, self._failed)

    def _done(self, result: transfer.ImportResult) -> None:
        self.bar.hide()
        self.preview = None
        self.package = None
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Eingespielt: {summary}").format(summary=result.summary()))
        self.conflict_box.hide()
        self.summary.clear()
        self.import_button.hide()
        self.secret.clear()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.resize(self.width(), self.minimumSizeHint().height())
        self.imported.emit()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, transfer.UnresolvedConflicts) and self.package is not None:
            package = self.package  # the vault changed since the check: show the new conflicts
            run_async(lambda: (package, transfer.preview_import(self.vault, package)),
                      self._checked, self._failed)
            self.message.setText(self.tr("Inzwischen gibt es neue Konflikte – bitte entscheiden."))
            return
        self.bar.hide()
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(self.preview is not None)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(err))


__all__ = ["TransferExportDialog", "TransferImportDialog"]
