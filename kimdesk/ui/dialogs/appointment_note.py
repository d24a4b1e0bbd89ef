"""After an appointment is marked done: offer a case note; cancelling asks for a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from kimdesk.domain.labels import label
from kimdesk.domain.models import Appointment
from kimdesk.services import appointments
from kimdesk.services.validation import ValidationError
from kimdesk.ui.views import calendar_format as cf


def tr(text: str) -> str:
    """Translate (lupdate files these module-level calls under the empty context)."""
    result = QCoreApplication.translate("AppointmentNote", text)
    return result if result != text else QCoreApplication.translate("", text)


def draft_note(appt: Appointment) -> str:
    """The opening line a note about ``appt`` starts with."""
    day = cf.format_short_date(cf.local(appt.starts_at).date())
    return tr("{kind} am {day}, {time}: ").format(kind=label(appt.kind), day=day,
                                                    time=cf.format_time(appt.starts_at))


class CaseNoteDialog(QDialog):
    """A note about a finished appointment, written to the client's open case."""

    def __init__(self, appt: Appointment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fallnotiz zum Termin"))
        intro = QLabel(self.tr("Der Termin ist erledigt. Möchten Sie dazu eine Fallnotiz "
                               "schreiben? Sie wird im offenen Fall der Klient*in gespeichert."))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("caseNoteText")
        self.text.setPlainText(draft_note(appt))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keine Notiz"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)


def offer_case_note(parent: QWidget | None, vault: Any, appt: Appointment) -> bool:
    """Ask for a note about a finished appointment; True when one was written."""
    if appointments.open_case_for(vault, appt.client_id) is None:
        return False
    dialog = CaseNoteDialog(appt, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = dialog.text.toPlainText().strip()
    if not text or text == draft_note(appt).strip():
        return False
    try:
        appointments.write_case_note(vault, appt, text)
    except (ValueError, ValidationError) as err:
        QMessageBox.warning(parent, tr("Fallnotiz"), str(err))
        return False
    return True


def ask_cancel_reason(parent: QWidget | None) -> str | None:
    """The reason for cancelling, or None when the user backs out."""
    text, ok = QInputDialog.getText(parent, tr("Termin absagen"), tr("Grund der Absage:"),
                                    QLineEdit.EchoMode.Normal, "")
    text = text.strip()
    return text if ok and text else None
