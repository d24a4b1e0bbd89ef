"""The consent gate in the UI: say what is missing, offer the form and recording a release."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import ConsentKind
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Consent
from kimdesk.services import consents, referral_queries
from kimdesk.services.referral_gate import ConsentMissing, ReleaseCheck
from kimdesk.services.validation import ValidationError
from kimdesk.ui.views.referrals_format import date_edit_format, language_name

T = TypeVar("T")
PRINT_MODULE = "kimdesk.ui.dialogs.print_form"


def tr(text: str) -> str:
    """Translate (lupdate files these module-level calls under the empty context)."""
    result = QCoreApplication.translate("ReferralConsent", text)
    return result if result != text else QCoreApplication.translate("", text)


def open_print_form(vault: Any, *, client_id: str, form: str, referral_id: str | None = None,
                    parent: QWidget | None = None) -> bool:
    """Open the print dialog for ``form``; an honest message while it is not built yet."""
    if importlib.util.find_spec(PRINT_MODULE) is None:
        QMessageBox.information(parent, tr("Formular drucken"), tr(
            "Der Formulardruck ist in dieser Version noch nicht eingebaut. Bitte verwenden Sie "
            "vorerst die Papiervorlage Ihres Trägers; die erteilte Entbindung können Sie hier "
            "mit „Entbindung erfassen…“ eintragen."))
        return False
    cls = importlib.import_module(PRINT_MODULE).PrintFormDialog
    kwargs: dict[str, Any] = {"client_id": client_id, "referral_id": referral_id, "parent": parent}
    params = inspect.signature(cls).parameters
    for name in ("form", "form_key", "form_id", "kind"):
        if name in params:
            kwargs[name] = form
            break
    cls(vault, **kwargs).exec()
    return True


class ReleaseDialog(QDialog):
    """Record a release from confidentiality for one recipient agency."""

    def __init__(self, vault: Any, client_id: str, agency_id: str, agency_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.client_id, self.agency_id = vault, client_id, agency_id
        self.consent: Consent | None = None
        self.setWindowTitle(self.tr("Schweigepflichtentbindung erfassen"))
        client = referral_queries.client_choice(vault, client_id)
        today = QDate.currentDate()
        self.granted = QDateEdit(today)
        self.granted.setCalendarPopup(True)
        self.granted.setDisplayFormat(date_edit_format())
        self.limited = QCheckBox(self.tr("befristet bis"))
        self.limited.setChecked(True)
        self.expires = QDateEdit(today.addYears(1))
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat(date_edit_format())
        self.limited.toggled.connect(self.expires.setEnabled)
        self.scope = QLineEdit(self.tr("Austausch zur Vermittlung und zum weiteren Verfahren"))
        self.language = QComboBox()
        for code in dict.fromkeys((*client.languages, "de")):
            self.language.addItem(language_name(code), code)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #a61b1b")
        self.errors.setWordWrap(True)
        until = QHBoxLayout()
        until.addWidget(self.limited)
        until.addWidget(self.expires, 1)
        form = QFormLayout()
        form.addRow(self.tr("Klient*in:"), QLabel(client.name))
        form.addRow(self.tr("Empfänger:"), QLabel(agency_name))
        form.addRow(self.tr("Erteilt am:"), self.granted)
        form.addRow(self.tr("Gültigkeit:"), until)
        form.addRow(self.tr("Umfang:"), self.scope)
        form.addRow(self.tr("Formular in:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Nur erfassen, wenn die unterschriebene Entbindung vorliegt.")))
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.agency_name = agency_name
        self.setMinimumWidth(560)

    def accept(self) -> None:
        """Store the release; stay open and show the problems if it is invalid."""
        expires: date | None = self.expires.date().toPython() if self.limited.isChecked() else None
        consent = Consent(new_id(), self.client_id, ConsentKind.RELEASE,
                          recipient_agency_id=self.agency_id, recipient_name=self.agency_name,
                          scope=self.scope.text(), granted_on=self.granted.date().toPython(),
                          expires_on=expires, form_language=str(self.language.currentData()))
        try:
            self.consent = consents.add_consent(self.vault, consent)
        except ValidationError as err:
            self.errors.setText("\n".join(e.message for e in err.errors))
            return
        super().accept()


class ConsentGateDialog(QDialog):
    """Says why a referral cannot go out; accepted() means a release was recorded now."""

    def __init__(self, vault: Any, check: ReleaseCheck, action: str,
                 parent: QWidget | None = None, *, referral_id: str | None = None) -> None:
        super().__init__(parent)
        self.vault, self.check, self.referral_id = vault, check, referral_id
        self.setWindowTitle(self.tr("Schweigepflichtentbindung fehlt"))
        client = referral_queries.client_choice(vault, check.client_id)
        self.form_language = client.languages[0] if client.languages else "de"
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        head = QLabel(self.tr("<b>Die Vermittlung kann nicht {action} werden.</b>")
                      .format(action=action))
        self.message = QLabel(check.message)
        self.message.setObjectName("gateMessage")
        self.message.setWordWrap(True)
        why = QLabel(self.tr(
            "Bevor Angaben über {client} an eine Stelle gehen, braucht es eine gültige "
            "Schweigepflichtentbindung für genau diese Stelle – unterschrieben, nicht "
            "abgelaufen und nicht widerrufen.").format(client=client.name))
        why.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Formular drucken ({lang}/Deutsch)…").format(
            lang=language_name(self.form_language)) if self.form_language != "de"
            else self.tr("Formular drucken…"))
        self.print_button.setToolTip(self.tr("Schweigepflichtentbindung für diese Stelle zum "
                                             "Unterschreiben drucken"))
        self.print_button.setObjectName("printRelease")
        self.record_button = QPushButton(self.tr("Entbindung erfassen…"))
        self.record_button.setToolTip(self.tr("Die unterschriebene Schweigepflichtentbindung "
                                              "eintragen und dann fortfahren"))
        self.record_button.setObjectName("recordRelease")
        self.record_button.setDefault(True)
        cancel = QPushButton(self.tr("Abbrechen"))
        self.print_button.clicked.connect(self.print_release)
        self.record_button.clicked.connect(self.record_release)
        cancel.clicked.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(head)
        text.addWidget(self.message)
        text.addSpacing(6)
        text.addWidget(why)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self.adjustSize()

    def print_release(self) -> None:
        """Open the release form in the client's language beside German."""
        open_print_form(self.vault, client_id=self.check.client_id, form="release",
                        referral_id=self.referral_id, parent=self)

    def record_release(self) -> None:
        """Record a signed release; closes the gate as accepted when it was stored."""
        dialog = ReleaseDialog(self.vault, self.check.client_id, self.check.agency_id,
                               self.check.agency_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.consent is not None:
            self.accept()


def gated(vault: Any, parent: QWidget | None, attempt: Callable[[], T],
          action: str = "versendet", *, referral_id: str | None = None) -> T | None:
    """Run ``attempt``; while it fails at the consent gate, show the gate (None = given up)."""
    while True:
        try:
            return attempt()
        except ConsentMissing as err:
            gate = ConsentGateDialog(vault, err.check, tr(action), parent,
                                     referral_id=referral_id)
            if gate.exec() != QDialog.DialogCode.Accepted:
                return None

