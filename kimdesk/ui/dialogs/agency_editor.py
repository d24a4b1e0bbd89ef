"""Create or edit one entry of the agency directory."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import AgencyKind, LegalArea
from kimdesk.domain.labels import label
from kimdesk.domain.models import Agency
from kimdesk.services import agencies
from kimdesk.services.validation import ValidationError
from kimdesk.ui.views.referrals_format import languages_text


class AgencyEditor(QDialog):
    """``AgencyEditor(vault, agency_or_None, parent)``; ``agency`` holds what was stored."""

    def __init__(self, vault: Any, agency: Agency | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.original = agency
        self.agency: Agency | None = None
        self.setWindowTitle(self.tr("Stelle bearbeiten") if agency else self.tr("Neue Stelle"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        for k in AgencyKind:
            self.kind.addItem(label(k), k.value)
        self.area = QComboBox()
        self.area.addItem(self.tr("– keiner –"), "")
        for a in LegalArea:
            self.area.addItem(label(a), a.value)
        self.street, self.postal_code, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.postal_code.setMaximumWidth(90)
        self.contact, self.phone, self.email = QLineEdit(), QLineEdit(), QLineEdit()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Sprachcodes, z. B. de, en, ar, fa_AF, ti"))
        self.languages_hint = QLabel()
        self.languages_hint.setStyleSheet("color: #555")
        self.languages.textChanged.connect(self._languages_changed)
        self.hours = QPlainTextEdit()
        self.hours.setFixedHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #a61b1b")
        self.errors.setWordWrap(True)
        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Art:"), self.kind)
        form.addRow(self.tr("Rechtskreis:"), self.area)
        form.addRow(self.tr("Straße:"), self.street)
        form.addRow(self.tr("PLZ, Ort:"), place)
        form.addRow(self.tr("Ansprechperson:"), self.contact)
        form.addRow(self.tr("Telefon:"), self.phone)
        form.addRow(self.tr("E-Mail:"), self.email)
        form.addRow(self.tr("Öffnungszeiten:"), self.hours)
        form.addRow(self.tr("Sprachen:"), self.languages)
        form.addRow("", self.languages_hint)
        form.addRow(self.tr("Notizen:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if agency is not None:
            self._load(agency)

    def _load(self, a: Agency) -> None:
        self.name.setText(a.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind.value)))
        self.area.setCurrentIndex(max(0, self.area.findData(a.legal_area.value
                                                              if a.legal_area else "")))
        self.street.setText(a.street)
        self.postal_code.setText(a.postal_code)
        self.city.setText(a.city)
        self.contact.setText(a.contact_person)
        self.phone.setText(a.phone)
        self.email.setText(a.email)
        self.hours.setPlainText(a.opening_hours)
        self.languages.setText(", ".join(a.languages))
        self.notes.setPlainText(a.notes)

    def _codes(self) -> tuple[str, ...]:
        return tuple(x for x in re.split(r"[\s,;/]+", self.languages.text()) if x)

    def _languages_changed(self) -> None:
        self.languages_hint.setText(languages_text(self._codes()))

    def value(self) -> Agency:
        """The agency as entered (not yet validated)."""
        area = self.area.currentData()
        fields = dict(
            name=self.name.text(), kind=AgencyKind(self.kind.currentData()),
            legal_area=LegalArea(area) if area else None, street=self.street.text(),
            postal_code=self.postal_code.text(), city=self.city.text(),
            contact_person=self.contact.text(), phone=self.phone.text(),
            email=self.email.text(), opening_hours=self.hours.toPlainText(),
            languages=self._codes(), notes=self.notes.toPlainText())
        if self.original is not None:
            return dataclasses.replace(self.original, **fields)  # type: ignore[arg-type]
        return agencies.new_agency(**fields)  # type: ignore[arg-type]

    def accept(self) -> None:
        """Store; on invalid input stay open and list what is wrong."""
        try:
            if self.original is None:
                self.agency = agencies.add_agency(self.vault, self.value())
            else:
                self.agency = agencies.update_agency(self.vault, self.value())
        except ValidationError as err:
            self.errors.setText("\n".join(e.message for e in err.errors))
            return
        super().accept()
