"""Create (or change the draft of) a referral for one client, and send it through the gate."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from kimdesk.domain.enums import ReferralStatus
from kimdesk.domain.labels import label
from kimdesk.domain.models import Agency, Referral
from kimdesk.services import agencies, referral_gate, referral_queries, referrals
from kimdesk.services.referrals import TransitionError
from kimdesk.services.validation import ValidationError
from kimdesk.ui.dialogs.referral_consent import ReleaseDialog, gated
from kimdesk.ui.dialogs.referral_status import FollowUpEdit
from kimdesk.ui.views.referrals_format import languages_text


class ReferralEditor(QDialog):
    """``ReferralEditor(vault, client_id, parent)``; ``referral`` holds what was stored."""

    saved = Signal(str)  # referral id, after each successful save or send

    def __init__(self, vault: Any, client_id: str, parent: QWidget | None = None, *,
                 referral: Referral | None = None) -> None:
        super().__init__(parent)
        self.vault, self.client_id = vault, client_id
        self.referral: Referral | None = referral
        self.client = referral_queries.client_choice(vault, client_id)
        self.setWindowTitle(self.tr("Vermittlung für {name}").format(name=self.client.name))
        self.agencies: list[Agency] = agencies.list_agencies(vault)
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency.setMaxVisibleItems(25)
        self.agency.addItem(self.tr("– Stelle wählen –"), "")
        for a in self.agencies:
            self.agency.addItem(f"{a.name}  ({label(a.kind)})", a.id)
        self.agency_info = QLabel()
        self.agency_info.setWordWrap(True)
        self.agency_info.setStyleSheet("color: #555")
        self.release = QLabel()
        self.release.setObjectName("releaseState")
        self.release.setWordWrap(True)
        self.record_release_button = QPushButton(self.tr("Entbindung erfassen…"))
        self.record_release_button.setObjectName("recordRelease")
        self.record_release_button.clicked.connect(self.record_release)
        self.goal = QComboBox()
        self.goal.setObjectName("goal")
        self.goal.addItem(self.tr("– ohne Ziel –"), "")
        for g in referral_queries.goal_choices(vault, client_id):
            self.goal.addItem(f"{g.title}  ({label(g.status)})", g.id)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr(
            "Worum geht es? Was soll die Stelle tun, was liegt bei? (Pflichtfeld)"))
        self.follow_up = FollowUpEdit(date.today() + timedelta(days=14))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.setEditable(True)
        self.channel.addItems([self.tr("per E-Mail versendet"), self.tr("per Post versendet"),
                               self.tr("persönlich übergeben"), self.tr("per Fax versendet"),
                               self.tr("gemeinsam mit der Klient*in vorgelegt")])
        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #a61b1b")
        self.errors.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Als Entwurf speichern"))
        self.draft_button.setObjectName("saveDraft")
        self.send_button = QPushButton(self.tr("Speichern und versenden"))
        self.send_button.setObjectName("saveAndSend")
        self.send_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Abbrechen"))
        self.draft_button.clicked.connect(self.save_draft)
        self.send_button.clicked.connect(self.save_and_send)
        self.close_button.clicked.connect(self.reject)
        self.agency.currentIndexChanged.connect(self._agency_changed)
        self._layout()
        if referral is not None:
            self._load(referral)
        self._agency_changed()

    def _layout(self) -> None:
        head = QLabel(self.tr("<b>{name}</b>  {file}").format(name=self.client.name,
                                                              file=self.client.file_number))
        form = QFormLayout()
        form.addRow(self.tr("Klient*in:"), head)
        form.addRow(self.tr("Stelle:"), self.agency)
        form.addRow("", self.agency_info)
        release_row = QHBoxLayout()
        release_row.addWidget(self.record_release_button)
        release_row.addStretch(1)
        form.addRow(self.tr("Schweigepflicht:"), self.release)
        form.addRow("", release_row)
        form.addRow(self.tr("Ziel:"), self.goal)
        form.addRow(self.tr("Anlass:"), self.reason)
        form.addRow("", self.follow_up)
        form.addRow(self.tr("Versandweg:"), self.channel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

    def _load(self, referral: Referral) -> None:
        self.agency.setCurrentIndex(max(0, self.agency.findData(referral.agency_id)))
        self.goal.setCurrentIndex(max(0, self.goal.findData(referral.goal_id or "")))
        self.reason.setPlainText(referral.reason)
        self.follow_up.set_value(referral.follow_up_on)

    def agency_id(self) -> str:
        """The id of the chosen agency ('' when none)."""
        return str(self.agency.currentData() or "")

    def select_agency(self, agency_id: str) -> None:
        """Preselect an agency (e.g. from the directory)."""
        self.agency.setCurrentIndex(max(0, self.agency.findData(agency_id)))

    def _agency_changed(self) -> None:
        agency = next((a for a in self.agencies if a.id == self.agency_id()), None)
        if agency is None:
            self.agency_info.clear()
            self.release.clear()
            self.record_release_button.hide()
            return
        place = " ".join(x for x in (agency.postal_code, agency.city) if x)
        parts = [", ".join(x for x in (agency.street, place) if x), agency.contact_person,
                 agency.phone, agency.email, agency.opening_hours.replace("\n", "; "),
                 self.tr("Sprachen: {l}").format(l=languages_text(agency.languages))
                 if agency.languages else ""]
        self.agency_info.setText(" · ".join(p for p in parts if p))
        check = referral_gate.check_release(self.vault, self.client_id, agency.id)
        self.release.setText(("✔ " if check.ok else "⚠ ") + check.message)
        self.release.setStyleSheet("color: #1b6e2a" if check.ok else "color: #a61b1b")
        self.record_release_button.setVisible(not check.ok)

    def record_release(self) -> None:
        """Record a signed release for the chosen agency right here."""
        agency = next((a for a in self.agencies if a.id == self.agency_id()), None)
        if agency is None:
            return
        dialog = ReleaseDialog(self.vault, self.client_id, agency.id, agency.name, self)
        dialog.exec()
        self._agency_changed()

    def _store(self) -> Referral | None:
        """Create the draft, or update it; None (with the errors shown) if invalid."""
        self.errors.clear()
        goal_id = str(self.goal.currentData() or "") or None
        try:
            if self.referral is None:
                self.referral = referrals.create_referral(
                    self.vault, client_id=self.client_id, agency_id=self.agency_id(),
                    reason=self.reason.toPlainText(), goal_id=goal_id,
                    follow_up_on=self.follow_up.value())
            elif self.referral.status == ReferralStatus.DRAFT:
                self.referral = referrals.update_draft(self.vault, dataclasses.replace(
                    self.referral, agency_id=self.agency_id(), goal_id=goal_id,
                    reason=self.reason.toPlainText(), follow_up_on=self.follow_up.value()))
        except (ValidationError, TransitionError) as err:
            messages = ([e.message for e in err.errors] if isinstance(err, ValidationError)
                        else [str(err)])
            self.errors.setText("\n".join(messages))
            return None
        self.saved.emit(self.referral.id)
        return self.referral

    def save_draft(self) -> None:
        """Store as a draft and close."""
        if self._store() is not None:
            self.accept()

    def save_and_send(self) -> None:
        """Store, then send through the consent gate; stays open as a draft if blocked."""
        referral = self._store()
        if referral is None:
            return
        note = self.channel.currentText().strip() or self.tr("versendet")
        result = gated(self.vault, self, lambda: referrals.advance(
            self.vault, referral.id, ReferralStatus.SENT, note,
            follow_up_on=self.follow_up.value()), referral_id=referral.id)
        if result is None:
            self._agency_changed()
            self.info.setText(self.tr(
                "Als Entwurf gespeichert. Versenden Sie die Vermittlung, sobald die "
                "Schweigepflichtentbindung vorliegt."))
            self.close_button.setText(self.tr("Schließen"))
            return
        self.referral = result.referral
        self.saved.emit(result.referral.id)
        self.accept()
