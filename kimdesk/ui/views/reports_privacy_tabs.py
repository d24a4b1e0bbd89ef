"""The Löschfristen and Datenübertragung tabs: short explanations and the dialogs.

The dialogs themselves (``ui/dialogs/retention_dialog.py``, ``transfer_dialog.py``) are
imported when a button is pressed, so this view does not depend on their internals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _text(widget: QWidget, text: str) -> QLabel:
    label = QLabel(text, widget)
    label.setWordWrap(True)
    return label


class RetentionTab(QWidget):
    """Opens the deletion-concept dialog; ``changed()`` after clients were deleted."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.open_button = QPushButton(self.tr("Löschfristen und fällige Löschungen …"))
        self.open_button.setObjectName("retentionOpen")
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self, self.tr(
            "Nach dem Löschkonzept der Einrichtung werden die Daten einer Person eine feste "
            "Zahl von Jahren nach dem Abschluss der Beratung gelöscht (je Abschlussgrund "
            "einstellbar). Hier sehen Sie, wer fällig ist, und löschen nach Prüfung endgültig; "
            "Fälle mit Aufbewahrungssperre bleiben erhalten. Für die Statistik bleibt je Fall "
            "nur eine anonyme Spur (Quartal, Abschlussgrund, Rechtskreis).")))
        layout.addWidget(_text(self, self.tr(
            "Eine Löschung auf Antrag (Art. 17 DSGVO) für eine einzelne Person starten Sie im "
            "Reiter „Auskunft (Art. 15)“ nach der Auswahl der Person.")))
        layout.addLayout(row)
        layout.addStretch(1)
        self.open_button.clicked.connect(self.open_dialog)
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Use ``vault``; None (locked) disables the button."""
        self.vault = vault
        self.open_button.setEnabled(vault is not None)

    def open_dialog(self) -> None:
        """Show the retention dialog."""
        if self.vault is None:
            return
        from kimdesk.ui.dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.vault, self)
        dialog.deleted.connect(lambda _n: self.changed.emit())
        dialog.open()


class TransferTab(QWidget):
    """Opens the transfer dialogs; ``changed()`` after a package was imported."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.export_button = QPushButton(self.tr("Transferpaket erstellen …"))
        self.export_button.setObjectName("transferExport")
        self.import_button = QPushButton(self.tr("Transferpaket einlesen …"))
        self.import_button.setObjectName("transferImport")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self, self.tr(
            "Datenübertragung zwischen Geräten derselben Beratungsstelle, ohne Netz: ein "
            "verschlüsseltes Transferpaket mit eigener Passphrase (z. B. auf einem USB-Stick). "
            "Beim Einlesen sehen Sie vorher, was sich ändert, und entscheiden jeden Konflikt; "
            "es wird alles oder nichts übernommen.")))
        layout.addLayout(row)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.open_export)
        self.import_button.clicked.connect(self.open_import)
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Use ``vault``; None (locked) disables the buttons."""
        self.vault = vault
        self.export_button.setEnabled(vault is not None)
        self.import_button.setEnabled(vault is not None)

    def open_export(self) -> None:
        """Show the dialog that writes a transfer package (all clients)."""
        if self.vault is None:
            return
        from kimdesk.ui.dialogs.transfer_dialog import TransferExportDialog

        TransferExportDialog(self.vault, None, self).open()

    def open_import(self) -> None:
        """Show the dialog that checks and imports a transfer package."""
        if self.vault is None:
            return
        from kimdesk.ui.dialogs.transfer_dialog import TransferImportDialog

        dialog = TransferImportDialog(self.vault, self)
        dialog.imported.connect(self.changed)
        dialog.open()
