"""The about box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kimdesk import __version__


def show_about(parent: QWidget) -> None:
    """Version, purpose and the data-protection promise."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "Über KIMdesk"),
        QCoreApplication.translate("About", 
            "<h3>KIMdesk {version}</h3>"
            "<p>Fallmanagement für das Kommunale Integrationsmanagement NRW – "
            "offline und verschlüsselt.</p>"
            "<p>Alle Daten liegen nur in Ihrem Tresor (SQLCipher, AES-256; Schlüssel aus "
            "Ihrer Passphrase mit Argon2id). Passphrase und Schlüssel werden nie gespeichert.</p>"
        ).format(version=__version__),
    )
