"""Export appointments as an .ics file for a phone calendar (initials unless asked otherwise)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
    QMessageBox, QVBoxLayout, QWidget,
)

from kimdesk.services import calendar_export, vaults
from kimdesk.services.validation import ValidationError
from kimdesk.ui.views import calendar_format as cf


class CalendarExportDialog(QDialog):
    """``CalendarExportDialog(vault, first, counsellor_id)``: range, full names, file."""

    def __init__(self, vault: Any, first: date, counsellor_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.counsellor_id = counsellor_id
        self.count: int | None = None
        self.setWindowTitle(self.tr("Termine exportieren (.ics)"))
        self.first = self._date_edit(first, "exportFrom")
        self.last = self._date_edit(first + timedelta(days=90), "exportTo")
        self.full_names = QCheckBox(self.tr("Vollständige Namen aufnehmen"))
        self.full_names.setObjectName("exportFullNames")
        hint = QLabel(self.tr(
            "Die Datei ist für den Kalender Ihres Diensttelefons gedacht. Ohne Häkchen "
            "enthält sie von den Klient*innen nur Initialen und Aktenzeichen, keine Notizen. "
            "Vollständige Namen nur, wenn das Telefon dafür freigegeben ist."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Von"), self.first)
        form.addRow(self.tr("Bis"), self.last)
        form.addRow("", self.full_names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern unter…"))
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(cf.qdate(day), calendarPopup=True)
        edit.setObjectName(name)
        edit.setDisplayFormat(cf.qt_date_format())
        edit.calendarWidget().setFirstDayOfWeek(cf.qt_first_day())
        return edit

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Kalenderdatei speichern"), str(Path.home() / "KIMdesk-Termine.ics"),
            self.tr("iCalendar (*.ics)"))
        if name:
            self.export_to(Path(name if name.lower().endswith(".ics") else name + ".ics"))

    def export_to(self, target: Path) -> bool:
        """Write the file; True on success (errors are shown, the dialog stays open)."""
        try:
            self.count = calendar_export.export_calendar(
                self.vault, target, cf.pydate(self.first.date()), cf.pydate(self.last.date()),
                full_names=self.full_names.isChecked(), counsellor_id=self.counsellor_id)
        except (ValidationError, vaults.VaultError, OSError) as err:
            message = "\n".join(e.message for e in err.errors) if isinstance(
                err, ValidationError) else str(err)
            QMessageBox.warning(self, self.tr("Export nicht möglich"), message)
            return False
        self.accept()
        return True
