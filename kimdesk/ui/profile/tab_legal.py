"""Rechtskreise: the legal-area history and the offices responsible now; record a handover."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import LegalArea
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Agency, LegalAreaPeriod
from kimdesk.services import agencies, residence
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import (
    label,
    RED, Column, DateField, RowsModel, compact, enum_combo, fit_columns, heading, muted,
    table_view,
)
from kimdesk.ui.profile.context import LEGAL, ProfileContext, ProfileTab
from kimdesk.ui.profile.form_dialog import FormDialog


class HandoverDialog(FormDialog):
    """The new legal area, the office taking over and the handover date."""

    def __init__(self, client_id: str, offices: list[Agency],
                 save: Callable[[LegalAreaPeriod], None], parent: QWidget | None) -> None:
        super().__init__(self.tr("Rechtskreiswechsel erfassen"), save, parent)
        self.client_id = client_id
        self.offices = offices
        self.area = enum_combo(LegalArea)
        self.office = compact(QComboBox(), 30)
        self.office.setEditable(True)
        self.office.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.office.lineEdit().setPlaceholderText(self.tr("Stelle wählen oder eingeben"))
        self.handover = DateField()
        self.handover.set_date(date.today())
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(60)
        self.note_edit.setTabChangesFocus(True)
        self.row(self.tr("Neuer Rechtskreis"), self.area, "legal_area")
        self.row(self.tr("Zuständige Stelle"), self.office, "office")
        self.row(self.tr("Übergabedatum"), self.handover, "valid_from")
        self.row(self.tr("Notiz"), self.note_edit, "note")
        self.note(self.tr("Der bisherige Rechtskreis endet am Tag vor dem Übergabedatum – so "
                          "bleibt keine Lücke in der Zuständigkeit."))
        self.area.currentIndexChanged.connect(self._fill_offices)
        self._fill_offices()

    def _fill_offices(self) -> None:
        area = self.area.currentData()
        self.office.clear()
        fitting = [a for a in self.offices if a.legal_area == area] or self.offices
        for a in fitting:
            self.office.addItem(a.name, a.id)
        self.office.setCurrentIndex(0 if fitting else -1)

    def build(self) -> tuple[LegalAreaPeriod, list[FieldError]]:
        """The new period as entered."""
        errors: list[FieldError] = []
        start, problem = self.handover.parsed()
        if problem:
            errors.append(FieldError("valid_from", problem))
        name = self.office.currentText().strip()
        i = self.office.findText(name)
        agency_id = self.office.itemData(i) if i >= 0 else None
        if not name:
            errors.append(FieldError("office", self.tr("Bitte die zuständige Stelle angeben.")))
        return LegalAreaPeriod(new_id(), self.client_id, self.area.currentData(), name,
                               agency_id, start, None, self.note_edit.toPlainText()), errors


class LegalAreasTab(ProfileTab):
    """Who is responsible now, and the history of legal areas."""

    keys = frozenset({LEGAL})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.dialog: HandoverDialog | None = None
        self.now = QLabel()
        self.now.setObjectName("responsibleNow")
        self.now.setTextFormat(Qt.TextFormat.RichText)
        self.now.setWordWrap(True)
        box = QGroupBox(self.tr("Zuständig jetzt"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.now)
        inner.addWidget(muted(self.tr("Bei jedem Wechsel geht die Zuständigkeit an eine andere "
                                      "Stelle über: das Übergabedatum sorgt für einen "
                                      "lückenlosen Übergang.")))
        self.model: RowsModel[LegalAreaPeriod] = RowsModel([
            Column(self.tr("Rechtskreis"), lambda p: label(p.legal_area)),
            Column(self.tr("Zuständige Stelle"), lambda p: p.office),
            Column(self.tr("von"), lambda p: format_date(p.valid_from)),
            Column(self.tr("bis"), lambda p: format_date(p.valid_until) or self.tr("laufend")),
            Column(self.tr("Notiz"), lambda p: p.note.replace("\n", " ")[:200]),
        ], self)
        self.table = table_view(self.model, "legalTable")
        fit_columns(self.table, (120, 320, 100, 100))
        self.change_button = QPushButton(self.tr("Rechtskreiswechsel erfassen…"))
        self.change_button.setObjectName("changeLegalArea")
        self.change_button.clicked.connect(self.change_area)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Verlauf")))
        row.addStretch(1)
        row.addWidget(self.change_button)
        col = QVBoxLayout(self)
        col.addWidget(box)
        col.addLayout(row)
        col.addWidget(self.table, 1)

    def load(self) -> None:
        """The legal-area history (one service call)."""
        history = residence.legal_areas(self.ctx.vault, self.ctx.client_id)
        self.model.set_rows(history)
        now = residence.responsible_now(history, date.today())
        if not now:
            self.now.setText(self.tr("<span style='color:{c}'>Keine Stelle zuständig erfasst – "
                                     "bitte den Rechtskreis erfassen.</span>").format(c=RED))
        else:
            self.now.setText("<br>".join(
                self.tr("<b>{area}</b>: {office} (seit {d})").format(
                    area=label(p.legal_area), office=html.escape(p.office or "–"),
                    d=format_date(p.valid_from)) for p in now))

    def change_area(self) -> HandoverDialog:
        """Open the handover dialog (returned for tests)."""
        vault = self.ctx.vault

        def save(period: LegalAreaPeriod) -> None:
            done = residence.hand_over(vault, period)
            self.ctx.record(self.tr("Rechtskreiswechsel erfassen"),
                            redo=lambda: residence.redo_handover(vault, done),
                            undo=lambda: residence.undo_handover(vault, done),
                            keys={LEGAL}, tab="legal")

        self.dialog = HandoverDialog(self.ctx.client_id, agencies.list_agencies(vault), save, self)
        self.dialog.open()
        return self.dialog
