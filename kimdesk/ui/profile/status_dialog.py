"""Add or edit a residence title (valid-until after valid-from, §104c at most 18 months)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from kimdesk.domain.dates import period_end
from kimdesk.domain.enums import ResidenceTitle
from kimdesk.domain.models import ResidenceStatus
from kimdesk.services.residence import CHANCEN_MONTHS
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import DateField, enum_combo, muted, select_data
from kimdesk.ui.profile.form_dialog import FormDialog

LEGAL_BASIS = {
    ResidenceTitle.GESTATTUNG: "§ 55 AsylG",
    ResidenceTitle.DULDUNG: "§ 60a AufenthG",
    ResidenceTitle.CHANCEN_104C: "§ 104c AufenthG",
    ResidenceTitle.AE_25A: "§ 25a AufenthG",
    ResidenceTitle.AE_25B: "§ 25b AufenthG",
    ResidenceTitle.AE_24: "§ 24 AufenthG",
    ResidenceTitle.AE_25_2: "§ 25 Abs. 2 AufenthG",
    ResidenceTitle.AE_OTHER: "",
    ResidenceTitle.NIEDERLASSUNG: "§ 9 AufenthG",
    ResidenceTitle.EU_FREIZUEGIGKEIT: "§ 2 FreizügG/EU",
    ResidenceTitle.EINGEBUERGERT: "§ 10 StAG",
}


class StatusDialog(FormDialog):
    """The fields of one residence title."""

    def __init__(self, status: ResidenceStatus, save: Callable[[ResidenceStatus], None],
                 parent: QWidget | None, *, new: bool) -> None:
        super().__init__(self.tr("Aufenthaltstitel erfassen") if new
                         else self.tr("Aufenthaltstitel bearbeiten"), save, parent)
        self.status = status
        self.title = enum_combo(ResidenceTitle)
        select_data(self.title, status.title)
        self.legal_basis = QLineEdit(status.legal_basis or LEGAL_BASIS.get(status.title, ""))
        self.valid_from = DateField()
        self.valid_from.set_date(status.valid_from)
        self.valid_until = DateField()
        self.valid_until.set_date(status.valid_until)
        self.issuing_office = QLineEdit(status.issuing_office)
        self.issuing_office.setPlaceholderText(self.tr("z. B. Ausländerbehörde Kreis Musterland"))
        self.note_edit = QPlainTextEdit(status.note)
        self.note_edit.setMaximumHeight(70)
        self.note_edit.setTabChangesFocus(True)
        self.hint = muted()
        self.row(self.tr("Titel"), self.title, "title")
        self.row(self.tr("Rechtsgrundlage"), self.legal_basis, "legal_basis")
        self.row(self.tr("Gültig ab"), self.valid_from, "valid_from")
        self.row(self.tr("Gültig bis"), self.valid_until, "valid_until")
        self.form.addRow("", self.hint)
        self.row(self.tr("Ausstellende Behörde"), self.issuing_office, "issuing_office")
        self.row(self.tr("Notiz"), self.note_edit, "note")
        self._last_title = status.title
        self.title.currentIndexChanged.connect(self._title_changed)
        self.valid_from.editingFinished.connect(self._fill_chancen_end)
        self.valid_from.textChanged.connect(self._update_hint)
        self._update_hint()

    def _title_changed(self) -> None:
        title = self.title.currentData()
        if self.legal_basis.text().strip() in ("", LEGAL_BASIS.get(self._last_title, "")):
            self.legal_basis.setText(LEGAL_BASIS.get(title, ""))
        self._last_title = title
        self._update_hint()
        self._fill_chancen_end()

    def _fill_chancen_end(self) -> None:
        start, _ = self.valid_from.parsed()
        if (self.title.currentData() == ResidenceTitle.CHANCEN_104C and start is not None
                and not self.valid_until.text().strip()):
            self.valid_until.set_date(period_end(start, CHANCEN_MONTHS))

    def _update_hint(self) -> None:
        start, _ = self.valid_from.parsed()
        if self.title.currentData() == ResidenceTitle.CHANCEN_104C and start is not None:
            last = period_end(start, CHANCEN_MONTHS)
            self.hint.setText(self.tr("Das Chancen-Aufenthaltsrecht gilt höchstens 18 Monate: "
                                      "längstens bis {d}.").format(d=format_date(last)))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show errors; the 18-month hint steps back while 'Gültig bis' has one."""
        super().show_errors(errors)
        if any(e.field == "valid_until" for e in errors):
            self.hint.hide()

    def build(self) -> tuple[ResidenceStatus, list[FieldError]]:
        """The title as entered."""
        errors: list[FieldError] = []
        start, problem = self.valid_from.parsed()
        if problem:
            errors.append(FieldError("valid_from", problem))
        end, problem = self.valid_until.parsed()
        if problem:
            errors.append(FieldError("valid_until", problem))
        if (self.title.currentData() == ResidenceTitle.CHANCEN_104C and start is not None
                and end is None):
            end = period_end(start, CHANCEN_MONTHS)
        return dataclasses.replace(
            self.status, title=self.title.currentData(), legal_basis=self.legal_basis.text(),
            valid_from=start, valid_until=end, issuing_office=self.issuing_office.text(),
            note=self.note_edit.toPlainText(),
        ), errors
