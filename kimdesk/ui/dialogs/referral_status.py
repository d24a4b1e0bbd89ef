"""Dialogs to move a referral on (status with a note, goal outcome) and to set its follow-up."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import GoalStatus, ReferralStatus
from kimdesk.domain.labels import label
from kimdesk.services import referral_gate, referral_queries, referrals
from kimdesk.services.referral_queries import ReferralListRow
from kimdesk.ui.views.referrals_format import date_edit_format

S = ReferralStatus
GOAL_CHOICES = (GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED,
                GoalStatus.NOT_ACHIEVED, GoalStatus.DROPPED)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpEdit(QWidget):
    """A follow-up date that can also be switched off."""

    def __init__(self, day: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Wiedervorlage am"))
        self.date = QDateEdit(_qdate(day) if day else QDate.currentDate().addDays(14))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.enabled.toggled.connect(self.date.setEnabled)
        self.enabled.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)

    def value(self) -> date | None:
        """The chosen date, or None for no follow-up."""
        return self.date.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (None switches the follow-up off)."""
        if day is not None:
            self.date.setDate(_qdate(day))
        self.enabled.setChecked(day is not None)


class StatusDialog(QDialog):
    """Choose the next status, write the note, decide what happens to the linked goal."""

    def __init__(self, vault: Any, row: ReferralListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.row = vault, row
        self.setWindowTitle(self.tr("Status der Vermittlung ändern"))
        self.target = QComboBox()
        self.target.setObjectName("targetStatus")
        for status in referrals.allowed_next(row.status):
            self.target.addItem(label(status), status.value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("statusNote")
        self.note.setPlaceholderText(self.tr(
            "Pflichtfeld – z. B. „per E-Mail an Frau Krüger“, „Termin am 12.05. bestätigt“, "
            "„Aufenthaltserlaubnis erteilt“"))
        self.note.setFixedHeight(80)
        self.goal = QComboBox()
        self.goal.setObjectName("goalStatus")
        goal = referral_queries.goal_title(vault, row.goal_id)
        self.goal_row_label = QLabel(self.tr("Ziel:"))
        if goal:
            self.goal.addItem(self.tr("unverändert ({status})").format(status=label(goal[1])), "")
            for status in GOAL_CHOICES:
                self.goal.addItem(label(status), status.value)
            self.goal.setToolTip(goal[0])
        self.goal_title = QLabel(f"„{goal[0]}“" if goal else "")
        self.goal_title.setWordWrap(True)
        self.follow_up = FollowUpEdit(row.follow_up_on)
        self.gate = QLabel()
        self.gate.setObjectName("gateHint")
        self.gate.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet("color: #a61b1b")
        self.errors.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Klient*in:"), QLabel(f"{row.client_name}  {row.file_number}"))
        form.addRow(self.tr("Stelle:"), QLabel(row.agency_name))
        form.addRow(self.tr("Bisher:"), QLabel(label(row.status)))
        form.addRow(self.tr("Neuer Status:"), self.target)
        form.addRow(self.tr("Notiz:"), self.note)
        if goal:
            form.addRow(self.goal_row_label, self.goal_title)
            form.addRow("", self.goal)
        form.addRow("", self.follow_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.gate)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def status(self) -> ReferralStatus:
        """The chosen next status."""
        return ReferralStatus(self.target.currentData())

    def goal_status(self) -> GoalStatus | None:
        """What the linked goal becomes (None = unchanged or no goal)."""
        value = self.goal.currentData()
        return GoalStatus(value) if value else None

    def note_text(self) -> str:
        """The note for the history."""
        return self.note.toPlainText().strip()

    def _target_changed(self) -> None:
        if self.target.count() == 0:
            return
        target = self.status()
        final = target in referrals.FINAL_STATUSES
        if self.goal.count():
            wanted = GoalStatus.ACHIEVED.value if target == S.COMPLETED else ""
            self.goal.setCurrentIndex(max(0, self.goal.findData(wanted)))
        today = date.today()
        if final:
            self.follow_up.set_value(None)
        else:  # a status change is the follow-up happening: an overdue date moves on
            kept = self.row.follow_up_on
            self.follow_up.set_value(kept if kept and kept >= today
                                     else today + timedelta(days=14))
        if target == S.SENT:
            check = referral_gate.check_release(self.vault, self.row.client_id, self.row.agency_id)
            self.gate.setText(("✔ " if check.ok else "⚠ ") + check.message)
            self.gate.setStyleSheet("" if check.ok else "color: #a61b1b")
        else:
            self.gate.clear()

    def accept(self) -> None:
        """Close only when a note was written."""
        if not self.note_text():
            self.errors.setText(self.tr("Bitte eine Notiz zur Statusänderung schreiben."))
            return
        super().accept()


class FollowUpDialog(QDialog):
    """Change or clear the follow-up date of one referral."""

    def __init__(self, row: ReferralListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wiedervorlage ändern"))
        self.edit = FollowUpEdit(row.follow_up_on or QDate.currentDate().addDays(7).toPython())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{row.client_name} → {row.agency_name}"))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def value(self) -> date | None:
        """The new follow-up date (None = no follow-up)."""
        return self.edit.value()
