"""Letterhead and data-protection details printed on every form (stored in the vault)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kimdesk.domain.letterhead import Letterhead
from kimdesk.services import settings
from kimdesk.services.validation import ValidationError


class LetterheadDialog(QDialog):
    """Edit the organisation's name, address, logo, contacts and deletion period."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(self.tr("Briefkopf und Datenschutz"))
        self.vault = vault
        current = settings.get_letterhead(vault)

        self.name = QLineEdit(current.name, objectName="lhName")
        self.address = QPlainTextEdit(current.address, objectName="lhAddress")
        self.address.setFixedHeight(72)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(current.phone, objectName="lhPhone")
        self.email = QLineEdit(current.email, objectName="lhEmail")
        self.logo = QLineEdit(current.logo_path, objectName="lhLogo")
        self.logo.setPlaceholderText(self.tr("PNG oder JPEG, optional"))
        choose = QPushButton(self.tr("Auswählen…"))
        choose.clicked.connect(self.choose_logo)
        self.logo_preview = QLabel(objectName="lhLogoPreview")
        self.logo_preview.setFixedHeight(48)
        self.logo.textChanged.connect(self._show_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)

        self.dpo = QLineEdit(current.dpo_contact, objectName="lhDpo")
        self.dpo.setPlaceholderText(self.tr("Name und Kontakt der/des Datenschutzbeauftragten"))
        self.authority = QLineEdit(current.supervisory_authority, objectName="lhAuthority")
        self.church_law = QComboBox(objectName="lhChurchLaw")
        self.church_law.setEditable(True)
        self.church_law.addItem(self.tr("keins (DSGVO/BDSG)"), "")
        self.church_law.addItem("KDG (katholisch)", "KDG")
        self.church_law.addItem("DSG-EKD (evangelisch)", "DSG-EKD")
        found = self.church_law.findData(current.church_law)
        if found >= 0:
            self.church_law.setCurrentIndex(found)
        else:
            self.church_law.setEditText(current.church_law)
        self.retention = QSpinBox(objectName="lhRetention")
        self.retention.setRange(1, 30)
        self.retention.setSuffix(self.tr(" Jahre"))
        self.retention.setValue(settings.retention_years(vault))

        head = QGroupBox(self.tr("Briefkopf"))
        f1 = QFormLayout(head)
        f1.addRow(self.tr("Name der Einrichtung:"), self.name)
        f1.addRow(self.tr("Anschrift:"), self.address)
        f1.addRow(self.tr("Telefon:"), self.phone)
        f1.addRow(self.tr("E-Mail:"), self.email)
        f1.addRow(self.tr("Logo:"), logo_row)
        f1.addRow("", self.logo_preview)
        privacy = QGroupBox(self.tr("Datenschutz (steht in den Formularen)"))
        f2 = QFormLayout(privacy)
        f2.addRow(self.tr("Datenschutzbeauftragte*r:"), self.dpo)
        f2.addRow(self.tr("Aufsichtsbehörde:"), self.authority)
        f2.addRow(self.tr("Kirchliches Datenschutzrecht:"), self.church_law)
        f2.addRow(self.tr("Löschfrist nach Ende der Beratung:"), self.retention)

        self.errors = QLabel(objectName="lhErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(privacy)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        for edit in (self.name, self.phone, self.email, self.logo, self.dpo, self.authority):
            edit.setCursorPosition(0)
        self._show_logo(current.logo_path)

    def letterhead(self) -> Letterhead:
        """The letterhead as currently entered."""
        text = self.church_law.currentText().strip()
        index = self.church_law.findText(text)
        church = self.church_law.itemData(index) if index >= 0 else text
        return Letterhead(
            name=self.name.text(), address=self.address.toPlainText(),
            logo_path=self.logo.text().strip(), phone=self.phone.text(),
            email=self.email.text(), dpo_contact=self.dpo.text(),
            supervisory_authority=self.authority.text(), church_law=str(church or ""),
        )

    def choose_logo(self) -> None:
        """Pick a logo image file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo auswählen"), self.logo.text() or str(Path.home()),
            self.tr("Bilder (*.png *.jpg *.jpeg *.gif)"))
        if path:
            self.logo.setText(path)

    def _show_logo(self, path: str) -> None:
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            return
        self.logo_preview.setPixmap(pixmap.scaledToHeight(
            48, Qt.TransformationMode.SmoothTransformation))

    def accept(self) -> None:
        """Validate and store; stay open and name the problems when something is wrong."""
        try:
            settings.set_letterhead(self.vault, self.letterhead())
            settings.set_retention_years(self.vault, self.retention.value())
        except ValidationError as err:
            self.errors.setText("\n".join(e.message for e in err.errors))
            return
        super().accept()
