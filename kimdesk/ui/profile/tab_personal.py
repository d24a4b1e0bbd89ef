"""Persönliche Daten: names in both scripts, birth, origin, languages, interpreter, contact."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import Gender
from kimdesk.domain.models import Client, Interpreter
from kimdesk.services import clients
from kimdesk.services.validation import FieldError, ValidationError
from kimdesk.ui.formatting import country_name
from kimdesk.ui.profile.codelist import CodeListField
from kimdesk.ui.profile.common import (
    ORANGE, DateField, FieldErrors, compact, country_choices, enum_combo, error_label,
    follow_text_direction, language_choices, language_name, select_data, with_error,
)
from kimdesk.ui.profile.context import CLIENT, ProfileContext, ProfileTab


class PersonalTab(ProfileTab):
    """The editable personal data of the client; Ctrl+S saves, errors appear at the field."""

    keys = frozenset({CLIENT})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.client: Client | None = None
        self.dirty = False
        self.errors = FieldErrors()
        self._filling = False

        # -- widgets in reading (and tab) order ------------------------------------------------
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.family_name_original = QLineEdit()
        self.given_names_original = QLineEdit()
        for w in (self.family_name_original, self.given_names_original):
            follow_text_direction(w)
        self.birth_date = DateField()
        self.year_only = QCheckBox(self.tr("nur Jahr bekannt"))
        self.year_only.setToolTip(self.tr("Das Geburtsdatum ist nur dem Jahr nach bekannt "
                                          "(gespeichert als 01.01.)."))
        self.year_only.toggled.connect(self._year_only_toggled)
        self.gender = enum_combo(Gender)
        self.nationalities = CodeListField(country_choices(), country_name,
                                           self.tr("Land suchen, z. B. Syrien"))
        self.languages = CodeListField(language_choices(), language_name,
                                       self.tr("Sprache suchen, z. B. Tigrinya"))
        self.interpreter_needed = QCheckBox(self.tr("Dolmetschung nötig"))
        self.interpreter_language = compact(QComboBox())
        self.interpreter_language.addItem(self.tr("– bitte wählen –"), "")
        for code, name in language_choices():
            self.interpreter_language.addItem(f"{name} ({code})", code)
        self.interpreter_dialect = QLineEdit()
        self.interpreter_dialect.setPlaceholderText(self.tr("z. B. syrisches Arabisch, Herati"))
        follow_text_direction(self.interpreter_dialect)
        self.interpreter_gender = enum_combo(Gender)
        self.interpreter_needed.toggled.connect(self._interpreter_toggled)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(90)
        self.city = QLineEdit()
        self.shelter = QLineEdit()
        self.shelter.setPlaceholderText(self.tr("Name der Sammelunterkunft, falls dort gemeldet"))
        self.file_number = QLineEdit()

        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setObjectName("savePersonal")
        self.save_button.setToolTip(self.tr("Persönliche Daten speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Änderungen verwerfen"))
        self.revert_button.clicked.connect(self.revert)
        self.state = QLabel()
        self.state.setStyleSheet(f"color: {ORANGE};")

        # -- layout -----------------------------------------------------------------------------
        names = QGroupBox(self.tr("Name"))
        nf = self._form(names)
        self._row(nf, self.tr("Nachname (lateinisch) *"), self.family_name, "family_name")
        self._row(nf, self.tr("Vorname(n) (lateinisch)"), self.given_names, "given_names")
        self._row(nf, self.tr("Nachname (Originalschrift)"), self.family_name_original,
                  "family_name_original")
        self._row(nf, self.tr("Vorname(n) (Originalschrift)"), self.given_names_original,
                  "given_names_original")
        nf.addRow(QLabel(""), QLabel(self.tr("* Nachname lateinisch oder in Originalschrift")))

        origin = QGroupBox(self.tr("Geburt und Herkunft"))
        of = self._form(origin)
        birth = QWidget()
        brow = QHBoxLayout(birth)
        brow.setContentsMargins(0, 0, 0, 0)
        brow.addWidget(self.birth_date)
        brow.addWidget(self.year_only)
        brow.addStretch(1)
        self._row(of, self.tr("Geburtsdatum"), birth, "birth_date", self.birth_date)
        of.addRow(self.tr("Geschlecht"), self.gender)
        self._row(of, self.tr("Staatsangehörigkeit(en)"), self.nationalities, "nationalities",
                  self.nationalities.chips)
        self._row(of, self.tr("Aktenzeichen"), self.file_number, "file_number")

        speech = QGroupBox(self.tr("Sprachen und Dolmetschung"))
        sf = self._form(speech)
        self._row(sf, self.tr("Sprachen"), self.languages, "languages", self.languages.chips)
        sf.addRow("", self.interpreter_needed)
        sf.addRow(self.tr("Sprache der Dolmetschung"), self.interpreter_language)
        sf.addRow(self.tr("Dialekt"), self.interpreter_dialect)
        sf.addRow(self.tr("Bevorzugtes Geschlecht"), self.interpreter_gender)

        contact = QGroupBox(self.tr("Kontakt und Anschrift"))
        cf = self._form(contact)
        self._row(cf, self.tr("Telefon"), self.phone, "phone")
        self._row(cf, self.tr("E-Mail"), self.email, "email")
        self._row(cf, self.tr("Straße, Hausnummer"), self.street, "street")
        place = QWidget()
        prow = QHBoxLayout(place)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.postal_code)
        prow.addWidget(self.city, 1)
        self._row(cf, self.tr("PLZ, Ort"), place, "city", self.postal_code, self.city)
        self._row(cf, self.tr("Unterkunft"), self.shelter, "shelter")

        grid = QGridLayout()
        grid.addWidget(names, 0, 0)
        grid.addWidget(speech, 0, 1)
        grid.addWidget(origin, 1, 0)
        grid.addWidget(contact, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget()
        inner_col = QVBoxLayout(inner)
        inner_col.addLayout(grid)
        inner_col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.general_error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.state)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        col = QVBoxLayout(self)
        col.addWidget(scroll, 1)
        col.addLayout(buttons)

        for edit in (self.family_name, self.given_names, self.family_name_original,
                     self.given_names_original, self.birth_date, self.interpreter_dialect,
                     self.phone, self.email, self.street, self.postal_code, self.city,
                     self.shelter, self.file_number):
            edit.textChanged.connect(self._mark_dirty)
        for box in (self.gender, self.interpreter_language, self.interpreter_gender):
            box.currentIndexChanged.connect(self._mark_dirty)
        for check in (self.year_only, self.interpreter_needed):
            check.toggled.connect(self._mark_dirty)
        self.nationalities.changed.connect(self._mark_dirty)
        self.languages.changed.connect(self._mark_dirty)
        self._set_dirty(False)
        self._tab_order()

    def _tab_order(self) -> None:
        """Down the left column (name, birth, origin), then down the right one, then save."""
        chain: list[QWidget] = [
            self.family_name, self.given_names, self.family_name_original,
            self.given_names_original, self.birth_date, self.year_only, self.gender,
            self.nationalities.chips, self.nationalities.picker, self.nationalities.add_button,
            self.nationalities.remove_button, self.file_number,
            self.languages.chips, self.languages.picker, self.languages.add_button,
            self.languages.remove_button, self.interpreter_needed, self.interpreter_language,
            self.interpreter_dialect, self.interpreter_gender, self.phone, self.email,
            self.street, self.postal_code, self.city, self.shelter, self.revert_button,
            self.save_button,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- building ---------------------------------------------------------------------------

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str,
             *marked: QWidget) -> None:
        err = error_label()
        form.addRow(text, with_error(widget, err))
        self.errors.register(field, err, *(marked or (widget,)))

    # -- data -------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored client."""
        self.show_client(clients.get_client(self.ctx.vault, self.ctx.client_id, record_view=False))

    def show_client(self, c: Client) -> None:
        """Fill the form from ``c`` (forgets unsaved changes)."""
        self.client = c
        self._filling = True
        try:
            self.family_name.setText(c.family_name)
            self.given_names.setText(c.given_names)
            self.family_name_original.setText(c.family_name_original)
            self.given_names_original.setText(c.given_names_original)
            self.year_only.setChecked(c.birth_year_only)
            self.birth_date.allow_year = c.birth_year_only
            self.birth_date.set_date(c.birth_date, year_only=c.birth_year_only)
            select_data(self.gender, c.gender)
            self.nationalities.set_codes(c.nationalities)
            self.languages.set_codes(c.languages)
            self.interpreter_needed.setChecked(c.interpreter.needed)
            i = self.interpreter_language.findData(c.interpreter.language)
            if i < 0 and c.interpreter.language:
                self.interpreter_language.addItem(language_name(c.interpreter.language),
                                                  c.interpreter.language)
                i = self.interpreter_language.count() - 1
            self.interpreter_language.setCurrentIndex(max(i, 0))
            self.interpreter_dialect.setText(c.interpreter.dialect)
            select_data(self.interpreter_gender, c.interpreter.preferred_gender)
            self._interpreter_toggled(c.interpreter.needed)
            self.phone.setText(c.phone)
            self.email.setText(c.email)
            self.street.setText(c.street)
            self.postal_code.setText(c.postal_code)
            self.city.setText(c.city)
            self.shelter.setText(c.shelter)
            self.file_number.setText(c.file_number)
        finally:
            self._filling = False
        self.errors.clear()
        self.general_error.hide()
        self._set_dirty(False)

    def edited_client(self) -> tuple[Client, list[FieldError]]:
        """The client as the form shows it, plus errors found before asking the service."""
        assert self.client is not None
        local: list[FieldError] = []
        birth, problem = self.birth_date.parsed()
        if problem:
            local.append(FieldError("birth_date", problem))
        c = dataclasses.replace(
            self.client,
            family_name=self.family_name.text(), given_names=self.given_names.text(),
            family_name_original=self.family_name_original.text(),
            given_names_original=self.given_names_original.text(),
            birth_date=birth, birth_year_only=self.year_only.isChecked() and birth is not None,
            gender=self.gender.currentData(),
            nationalities=self.nationalities.codes(), languages=self.languages.codes(),
            interpreter=Interpreter(
                needed=self.interpreter_needed.isChecked(),
                language=self.interpreter_language.currentData() or "",
                dialect=self.interpreter_dialect.text(),
                preferred_gender=self.interpreter_gender.currentData(),
            ),
            phone=self.phone.text(), email=self.email.text(), street=self.street.text(),
            postal_code=self.postal_code.text(), city=self.city.text(),
            shelter=self.shelter.text(), file_number=self.file_number.text(),
        )
        return c, local

    def save(self) -> bool:
        """Validate and store; errors appear at their fields and nothing is stored."""
        if self.client is None:
            return False
        edited, local = self.edited_client()
        try:
            cleaned = clients.validate_client(edited)
        except ValidationError as err:
            local = local + [e for e in err.errors if e.field not in {x.field for x in local}]
        if local:
            self._show_errors(local)
            return False
        if not self.dirty:
            self.ctx.info(self.tr("Keine Änderungen zu speichern."))
            return True
        old = self.client
        try:
            stored = clients.update_client(self.ctx.vault, cleaned)
        except ValidationError as err:
            self._show_errors(err.errors)
            return False
        vault = self.ctx.vault
        self.client = stored
        self._set_dirty(False)
        self.ctx.record(self.tr("Persönliche Daten ändern"),
                        redo=lambda: clients.update_client(vault, stored),
                        undo=lambda: clients.update_client(vault, old),
                        keys={CLIENT}, tab="personal")
        self.ctx.info(self.tr("Persönliche Daten gespeichert."))
        return True

    def revert(self) -> None:
        """Forget unsaved changes."""
        if self.client is not None:
            self.show_client(self.client)

    def _show_errors(self, errors: list[FieldError]) -> None:
        rest = self.errors.show(errors)
        self.general_error.setText(" ".join(e.message for e in rest))
        self.general_error.setVisible(bool(rest))

    # -- state ------------------------------------------------------------------------------

    def _mark_dirty(self, *_: object) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.state.setText(self.tr("Ungespeicherte Änderungen") if dirty else "")
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _year_only_toggled(self, on: bool) -> None:
        day, _ = self.birth_date.parsed()
        self.birth_date.allow_year = on
        if self._filling or day is None:
            return
        self.birth_date.set_date(day, year_only=on)

    def _interpreter_toggled(self, on: bool) -> None:
        for w in (self.interpreter_language, self.interpreter_dialect, self.interpreter_gender):
            w.setEnabled(on)
