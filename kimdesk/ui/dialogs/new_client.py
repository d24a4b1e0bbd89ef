"""Create a client; resemblances to existing clients are shown before saving."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import Gender
from kimdesk.domain.labels import label
from kimdesk.services import clients, search
from kimdesk.services.parsing import parse_birth_date
from kimdesk.services.validation import FieldError, ValidationError
from kimdesk.ui.formatting import country_name, format_date

COMMON_COUNTRIES = ("SY", "AF", "IQ", "UA", "TR", "ER", "IR", "SO", "NG", "GN", "RU", "XK")


class NewClientDialog(QDialog):
    """``created(client_id)`` after saving; ``open_existing(client_id)`` to use a duplicate."""

    created = Signal(str)
    open_existing = Signal(str)

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Neue*r Klient*in"))
        self.setMinimumWidth(560)
        self.family = QLineEdit()
        self.family.setObjectName("family")
        self.given = QLineEdit()
        self.given.setObjectName("given")
        self.family_original = QLineEdit()
        self.family_original.setObjectName("familyOriginal")
        self.given_original = QLineEdit()
        self.given_original.setObjectName("givenOriginal")
        for edit in (self.family_original, self.given_original):
            edit.textChanged.connect(lambda t, e=edit: e.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if t and t[:1] and _is_rtl(t)
                else Qt.LayoutDirection.LeftToRight))
        self.birth = QLineEdit()
        self.birth.setObjectName("birth")
        self.birth.setPlaceholderText(self.tr("TT.MM.JJJJ oder nur das Jahr"))
        self.gender = QComboBox()
        for g in (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE, Gender.DIVERSE):
            self.gender.addItem(label(g), g)
        self.nationality = QComboBox()
        self.nationality.setObjectName("nationality")
        self.nationality.addItem(self.tr("– unbekannt –"), "")
        for code in COMMON_COUNTRIES:
            self.nationality.addItem(country_name(code), code)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Sprachcodes, z. B. ar, de oder fa_AF"))
        self.phone = QLineEdit()
        self.shelter = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field, title, widget in (
            ("family_name", self.tr("Nachname (lateinisch)*"), self.family),
            ("given_names", self.tr("Vorname(n) (lateinisch)"), self.given),
            ("family_name_original", self.tr("Nachname (Originalschrift)"), self.family_original),
            ("given_names_original", self.tr("Vorname(n) (Originalschrift)"), self.given_original),
            ("birth_date", self.tr("Geburtsdatum"), self.birth),
            ("gender", self.tr("Geschlecht"), self.gender),
            ("nationalities", self.tr("Staatsangehörigkeit"), self.nationality),
            ("languages", self.tr("Sprachen"), self.languages),
            ("phone", self.tr("Telefon"), self.phone),
            ("shelter", self.tr("Unterkunft"), self.shelter),
        ):
            error = QLabel()
            error.setStyleSheet("color: #c0392b")
            error.setWordWrap(True)
            error.hide()
            self.errors[field] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(title, box)
        self.duplicates_box = QGroupBox(self.tr("Mögliche Dubletten – ist die Person schon erfasst?"))
        self.duplicates_box.setObjectName("duplicates")
        self.duplicate_list = QListWidget()
        self.duplicate_list.itemDoubleClicked.connect(self._open_duplicate)
        open_button = QPushButton(self.tr("Vorhandene Person öffnen"))
        open_button.clicked.connect(lambda: self._open_duplicate(self.duplicate_list.currentItem()))
        dup_layout = QVBoxLayout(self.duplicates_box)
        dup_layout.addWidget(self.duplicate_list)
        dup_layout.addWidget(open_button)
        self.duplicates_box.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.buttons)
        self._confirmed = False

    def _draft(self) -> Any:
        for e in self.errors.values():
            e.hide()
        try:
            birth, year_only = parse_birth_date(self.birth.text())
        except ValueError as err:
            raise ValidationError([FieldError("birth_date", str(err))]) from err
        code = self.nationality.currentData()
        return clients.new_client(
            family_name=self.family.text(), given_names=self.given.text(),
            family_name_original=self.family_original.text(),
            given_names_original=self.given_original.text(),
            birth_date=birth, birth_year_only=year_only, gender=self.gender.currentData(),
            nationalities=(code,) if code else (),
            languages=tuple(x.strip() for x in self.languages.text().replace(";", ",").split(",")
                            if x.strip()),
            phone=self.phone.text(), shelter=self.shelter.text(),
        )

    def save(self) -> None:
        """Validate, show resemblances once, then store."""
        try:
            draft = clients.validate_client(self._draft())
        except ValidationError as err:
            for e in err.errors:
                target = self.errors.get(e.field)
                if target is not None:
                    target.setText(e.message)
                    target.show()
            return
        if not self._confirmed:
            found = search.find_duplicates(self.vault, draft)
            if found:
                self._show_duplicates(found)
                return
        client = clients.create_client(self.vault, draft)
        self.created.emit(client.id)
        self.accept()

    def _show_duplicates(self, found: list[search.Duplicate]) -> None:
        self.duplicate_list.clear()
        for d in found:
            row = d.row
            text = (f"{row.family_name}, {row.given_names}   {row.original_name}   "
                    f"{format_date(row.birth_date, year_only=row.birth_year_only)}   "
                    f"{', '.join(country_name(c) for c in row.nationalities)}   "
                    f"{row.file_number}\n    " + " · ".join(d.reasons))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.duplicate_list.addItem(item)
        self.duplicate_list.setCurrentRow(0)
        self.duplicates_box.show()
        self._confirmed = True
        self.save_button.setText(self.tr("Trotzdem neu anlegen"))

    def _open_duplicate(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_existing.emit(item.data(Qt.ItemDataRole.UserRole))
            self.reject()


def _is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
