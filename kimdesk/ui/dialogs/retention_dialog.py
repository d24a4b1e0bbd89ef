"""Deletion concept in the GUI: periods per closure reason, the clients due, erasure on request.

``RetentionDialog(vault, parent)`` lists the clients due for deletion with a checkbox
each; "Endgültig löschen" deletes the checked ones after a confirmation.
``ErasureDialog(vault, client_id, client_label, parent)`` deletes one client now
(Art. 17 GDPR) unless a legal hold forbids it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QMessageBox, QProgressBar, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import ClosureReason
from kimdesk.domain.labels import label
from kimdesk.services import erasure, retention
from kimdesk.services.retention import DueList
from kimdesk.ui.formatting import format_date
from kimdesk.ui.worker import run_async

WARNING_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0b000; border-radius: 4px;"
                 " padding: 6px; }")
ERROR_STYLE = "QLabel { color: #a4262c; }"
DANGER_STYLE = "QPushButton:enabled { color: #a4262c; font-weight: bold; }"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class RetentionDialog(QDialog):
    """Periods per closure reason and the clients due for deletion (check, then delete)."""

    deleted = Signal(int)

    COLUMNS = ("", "Name", "Aktenzeichen", "Abgeschlossen", "Grund", "Fällig seit", "Fälle")

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.due: DueList | None = None
        self.setWindowTitle(self.tr("Löschfristen und fällige Löschungen"))
        self.resize(900, 640)

        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("clockWarning")
        self.clock_warning.setWordWrap(True)
        self.clock_warning.setStyleSheet(WARNING_STYLE)
        self.confirm_date = QPushButton(self.tr("Systemdatum ist richtig …"))
        self.confirm_date.setObjectName("confirmDate")
        self.confirm_date.clicked.connect(self._confirm_date)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.clock_warning, 1)
        warning_row.addWidget(self.confirm_date, 0, Qt.AlignmentFlag.AlignTop)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warning_row)
        self.warning_box.hide()

        self.spins: dict[ClosureReason, QSpinBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for i, reason in enumerate(ClosureReason):
            spin = QSpinBox()
            spin.setObjectName(f"period_{reason.value}")
            spin.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
            spin.setMinimumWidth(110)
            spin.setSuffix(self.tr(" Jahr"))
            spin.valueChanged.connect(lambda value, sp=spin: sp.setSuffix(
                self.tr(" Jahr") if value == 1 else self.tr(" Jahre")))
            self.spins[reason] = spin
            row, col = divmod(i, 2)
            grid.addWidget(QLabel(label(reason)), row, col * 3)
            grid.addWidget(spin, row, col * 3 + 1)
        grid.setColumnMinimumWidth(2, 36)
        grid.setColumnStretch(5, 1)
        self.save_periods = QPushButton(self.tr("Fristen speichern"))
        self.save_periods.setObjectName("savePeriods")
        self.save_periods.clicked.connect(self._save_periods)
        periods_box = QGroupBox(self.tr("Löschfrist nach Abschluss, je Abschlussgrund"))
        periods_layout = QVBoxLayout(periods_box)
        periods_layout.addLayout(grid)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_periods)
        periods_layout.addLayout(save_row)

        self.heading = QLabel()
        self.heading.setObjectName("dueHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("dueTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) if c else "" for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.empty = QLabel(self.tr("Niemand ist zur Löschung fällig."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setMinimumHeight(120)
        self.empty.hide()
        self.held_note = QLabel()
        self.held_note.setObjectName("heldNote")
        self.held_note.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Alle auswählen"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("Keine auswählen"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        select_row = QHBoxLayout()
        select_row.addWidget(self.held_note, 1)
        select_row.addWidget(self.all_button)
        select_row.addWidget(self.none_button)

        self.busy = _busy_bar()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Endgültig löschen"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setStyleSheet(DANGER_STYLE)
        self.delete_button.clicked.connect(self._delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_box)
        layout.addWidget(periods_box)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(select_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load_periods()
        self.table.setFocus()
        self.reload()

    # -- data ------------------------------------------------------------------------------

    def _load_periods(self) -> None:
        for reason, years in retention.retention_periods(self.vault).items():
            self.spins[reason].setValue(years)

    def reload(self) -> None:
        """Compute the due list again (off the GUI thread)."""
        self._set_busy(True)
        self.heading.setText(self.tr("Zur Löschung fällig – wird ermittelt …"))
        run_async(lambda: retention.due_clients(self.vault), self.set_due, self._failed)

    def set_due(self, due: DueList) -> None:
        """Show ``due`` (the worker's result)."""
        self._set_busy(False)
        self.due = due
        self.warning_box.setVisible(bool(due.clock.warning))
        self.clock_warning.setText(due.clock.warning)
        day = format_date(due.clock.reference_day)
        n = len(due.items)
        self.heading.setText(
            self.tr("Zur Löschung fällig am {day}: eine Person").format(day=day) if n == 1
            else self.tr("Zur Löschung fällig am {day}: {n} Personen").format(day=day, n=n))
        self.held_note.setText(
            "" if not due.held
            else self.tr("Eine weitere Person ist wegen Aufbewahrungssperre ausgenommen.")
            if due.held == 1
            else self.tr("{n} weitere Personen sind wegen Aufbewahrungssperre ausgenommen.")
            .format(n=due.held))
        self.table.blockSignals(True)
        self.table.setRowCount(len(due.items))
        for row, item in enumerate(due.items):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, item.client_id)
            values = (item.display_name, item.file_number, format_date(item.last_closed),
                      label(item.last_reason) if item.last_reason else "–",
                      format_date(item.due_since), str(item.cases))
            self.table.setItem(row, 0, check)
            for col, value in enumerate(values, 1):
                cell = QTableWidgetItem(value)
                if col == 6:
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(row, col, cell)
        self.table.blockSignals(False)
        self.table.setVisible(bool(due.items))
        self.empty.setVisible(not due.items)
        self._update_buttons()

    def checked_ids(self) -> list[str]:
        """Client ids of the checked rows."""
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    # -- actions ---------------------------------------------------------------------------

    def _check_all(self, on: bool) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.checked_ids())
        self.delete_button.setEnabled(n > 0 and self.busy.isHidden())
        self.delete_button.setText(self.tr("Endgültig löschen ({n})").format(n=n) if n
                                   else self.tr("Endgültig löschen"))
        has_rows = self.table.rowCount() > 0
        self.all_button.setEnabled(has_rows)
        self.none_button.setEnabled(has_rows)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setHidden(not busy)
        self.save_periods.setEnabled(not busy)
        self.confirm_date.setEnabled(not busy)
        self._update_buttons()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(err))

    def _save_periods(self) -> None:
        try:
            periods = {r: s.value() for r, s in self.spins.items()}
            retention.set_retention_periods(self.vault, periods)
        except ValueError as err:
            self._failed(err)
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Fristen gespeichert."))
        self.reload()

    def _confirm_date(self) -> None:
        if self.due is None:
            return
        day = self.due.clock.system_day
        answer = QMessageBox.question(
            self, self.tr("Systemdatum bestätigen"),
            self.tr("Ist heute wirklich der {day}? Nur bestätigen, wenn Datum und Uhrzeit des "
                    "Computers stimmen – sonst könnten Daten zu früh gelöscht werden.")
            .format(day=format_date(day)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            retention.confirm_clock(self.vault, day)
        except ValueError as err:
            self._failed(err)
            return
        self.reload()

    def _confirm_delete(self, ids: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Endgültig löschen"), self.tr(
            "{n} Person(en) und alles, was zu ihnen gespeichert ist (Fälle, Notizen, Termine, "
            "Vermittlungen, Einwilligungen), werden endgültig gelöscht. Das lässt sich nicht "
            "rückgängig machen. Für die Statistik bleibt je Fall nur ein anonymer Eintrag "
            "(Quartal, Abschlussgrund, Rechtskreis).").format(n=len(ids)), parent=self)
        go = box.addButton(self.tr("Endgültig löschen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is go

    def _delete(self) -> None:
        ids = self.checked_ids()
        if not ids or not self._confirm_delete(ids):
            return
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Wird gelöscht und die Tresordatei bereinigt …"))
        run_async(lambda: retention.delete_due(self.vault, ids), self._deleted, self._failed)

    def _deleted(self, result: erasure.ErasureResult) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("{n} Person(en) endgültig gelöscht.").format(n=result.clients))
        self.deleted.emit(result.clients)
        self.reload()


class ErasureDialog(QDialog):
    """Erasure on request (Art. 17 GDPR): one client, now, unless a legal hold forbids it."""

    erased = Signal(str)

    def __init__(self, vault: Any, client_id: str, client_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.client_id = client_id
        self.setWindowTitle(self.tr("Löschung auf Antrag (Art. 17 DSGVO)"))
        self.setMinimumWidth(520)
        text = QLabel(self.tr(
            "<b>{name}</b> und alles, was zu dieser Person gespeichert ist, werden jetzt "
            "endgültig gelöscht – unabhängig von der Löschfrist. Das lässt sich nicht "
            "rückgängig machen. Besteht für einen Fall eine Aufbewahrungssperre, wird "
            "nichts gelöscht.").format(name=client_label.replace("<", "&lt;")))
        text.setWordWrap(True)
        self.checked = QCheckBox(self.tr("Der Antrag liegt vor und wurde geprüft."))
        self.checked.setObjectName("requestChecked")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.busy = _busy_bar()
        self.erase_button = QPushButton(self.tr("Endgültig löschen"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.setStyleSheet(DANGER_STYLE)
        self.checked.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self._erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.checked)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.adjustSize()

    def _erase(self) -> None:
        self.erase_button.setEnabled(False)
        self.busy.show()
        run_async(lambda: erasure.erase_on_request(self.vault, self.client_id),
                  self._done, self._failed)

    def _done(self, _result: erasure.ErasureResult) -> None:
        self.busy.hide()
        self.erased.emit(self.client_id)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.busy.hide()
        self.message.setText(str(err))
        self.message.show()
        self.erase_button.setEnabled(self.checked.isChecked())
