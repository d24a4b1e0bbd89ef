"""Preferences: auto-lock time and UI language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget,
)

from kimdesk.ui.settings_store import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Einstellungen"))
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(0, 120)
        self.autolock.setSuffix(self.tr(" Min."))
        self.autolock.setSpecialValueText(self.tr("nie (nicht empfohlen)"))
        self.autolock.setValue(settings.autolock_minutes)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form = QFormLayout()
        form.addRow(self.tr("Automatisch sperren nach:"), self.autolock)
        form.addRow(self.tr("Sprache der Oberfläche (nach Neustart):"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.autolock_minutes = self.autolock.value()
        self.settings.language = str(self.language.currentData())
        self.settings.sync()
        super().accept()
