"""Aufenthalt: the title in force, the status history, and for §104c the 18-month clock."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kimdesk.domain.enums import ResidenceTitle
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import ResidenceStatus
from kimdesk.services import chancen, residence
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.chancen_panel import ChancenPanel
from kimdesk.ui.profile.common import (
    label,
    RED, Column, RowsModel, days_text, deadline_color, fit_columns, heading, selected_row,
    table_view,
)
from kimdesk.ui.profile.context import CHANCEN, CLIENT, RESIDENCE, ProfileContext, ProfileTab
from kimdesk.ui.profile.status_dialog import StatusDialog


class ResidenceTab(ProfileTab):
    """Current title with valid-until, §104c panel, history with add and edit."""

    keys = frozenset({RESIDENCE, CHANCEN, CLIENT})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.history: list[ResidenceStatus] = []
        self.dialog: StatusDialog | None = None
        self.current = QLabel()
        self.current.setObjectName("currentTitle")
        self.current.setTextFormat(Qt.TextFormat.RichText)
        self.current.setWordWrap(True)
        box = QGroupBox(self.tr("Aktueller Aufenthaltstitel"))
        QVBoxLayout(box).addWidget(self.current)
        self.chancen = ChancenPanel(ctx)
        self.chancen.hide()
        today = date.today()
        self.model: RowsModel[ResidenceStatus] = RowsModel([
            Column(self.tr("Titel"), lambda s: label(s.title)),
            Column(self.tr("Rechtsgrundlage"), lambda s: s.legal_basis),
            Column(self.tr("gültig ab"), lambda s: format_date(s.valid_from)),
            Column(self.tr("gültig bis"),
                   lambda s: format_date(s.valid_until) or self.tr("unbefristet"),
                   lambda s: deadline_color(residence.days_left(s.valid_until, today))
                   if s is self._current_row else None),
            Column(self.tr("Ausstellende Behörde"), lambda s: s.issuing_office),
            Column(self.tr("Notiz"), lambda s: s.note.replace("\n", " ")[:200]),
        ], self)
        self._current_row: ResidenceStatus | None = None
        self.table = table_view(self.model, "residenceTable")
        fit_columns(self.table, (300, 140, 90, 110, 260))
        self.table.doubleClicked.connect(lambda _i: self.edit_status())
        self.add_button = QPushButton(self.tr("Titel hinzufügen…"))
        self.add_button.setObjectName("addStatus")
        self.add_button.clicked.connect(self.add_status)
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_button.clicked.connect(self.edit_status)
        buttons = QHBoxLayout()
        buttons.addWidget(heading(self.tr("Verlauf der Aufenthaltstitel")))
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        col = QVBoxLayout(self)
        col.addWidget(box)
        col.addWidget(self.chancen)
        col.addLayout(buttons)
        col.addWidget(self.table, 1)

    def load(self) -> None:
        """Statuses and §104c conditions (two service calls)."""
        today = date.today()
        self.history = residence.statuses(self.ctx.vault, self.ctx.client_id)
        current = residence.current_status(self.history, today)
        self._current_row = current
        self.model.set_rows(self.history)
        self.edit_button.setEnabled(bool(self.history))
        self.current.setText(self._current_text(current, today))
        clock = chancen.clock(current, today) if current else None
        if current is not None and current.title == ResidenceTitle.CHANCEN_104C:
            states = chancen.conditions_of(self.ctx.vault, self.ctx.client_id)
            summary = getattr(self.ctx, "summary", None)
            birth = summary.client.birth_date if summary is not None else None
            self.chancen.show_state(clock, states, birth, today)
            self.chancen.show()
        else:
            self.chancen.hide()

    def _current_text(self, st: ResidenceStatus | None, today: date) -> str:
        if st is None:
            return self.tr("<span style='color:{c}'>Noch kein Aufenthaltstitel erfasst.</span>"
                           ).format(c=RED)
        parts = [f"<b style='font-size:large'>{html.escape(label(st.title))}</b>"]
        if st.valid_until is None:
            parts.append(self.tr("unbefristet bzw. ohne Ablaufdatum"))
        else:
            left = residence.days_left(st.valid_until, today)
            color = deadline_color(left)
            left_text = f"<b>{days_text(left)}</b>"
            if color:
                left_text = f"<span style='color:{color}'>{left_text}</span>"
            parts.append(self.tr("gültig bis <b>{d}</b> – {left}").format(
                d=format_date(st.valid_until), left=left_text))
            if st.title == ResidenceTitle.CHANCEN_104C:
                parts.append(self.tr("Das Chancen-Aufenthaltsrecht wird nicht verlängert: der "
                                     "Antrag nach §25a oder §25b muss vor Ablauf gestellt sein."))
            elif left is not None and left <= residence.EXPIRY_WARNING_DAYS:
                parts.append(self.tr("Verlängerung rechtzeitig bei der Ausländerbehörde "
                                     "beantragen."))
        if st.issuing_office:
            parts.append(self.tr("ausgestellt von {o}").format(o=html.escape(st.issuing_office)))
        return "<br>".join(parts)

    # -- actions ----------------------------------------------------------------------------

    def add_status(self) -> StatusDialog:
        """Open the dialog for a new title (returned for tests)."""
        draft = ResidenceStatus(new_id(), self.ctx.client_id, ResidenceTitle.DULDUNG,
                                valid_from=date.today())
        return self._open(draft, new=True)

    def edit_status(self) -> StatusDialog | None:
        """Open the dialog for the selected title."""
        row = selected_row(self.table)
        status = self.model.row_at(row if row >= 0 else 0)
        return self._open(status, new=False) if status else None

    def _open(self, status: ResidenceStatus, *, new: bool) -> StatusDialog:
        vault = self.ctx.vault

        def save(edited: ResidenceStatus) -> None:
            if new:
                stored = residence.add_status(vault, edited)
                self.ctx.record(self.tr("Aufenthaltstitel hinzufügen"),
                                redo=lambda: residence.restore_status(vault, stored),
                                undo=lambda: residence.delete_status(vault, stored),
                                keys={RESIDENCE}, tab="residence")
            else:
                stored = residence.update_status(vault, edited)
                self.ctx.record(self.tr("Aufenthaltstitel ändern"),
                                redo=lambda: residence.update_status(vault, stored),
                                undo=lambda: residence.update_status(vault, status),
                                keys={RESIDENCE}, tab="residence")

        self.dialog = StatusDialog(status, save, self, new=new)
        self.dialog.open()
        return self.dialog
