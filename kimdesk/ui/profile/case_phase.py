"""The phase of the case in the case-management cycle, its history, and changing it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import ClosureReason, Phase
from kimdesk.domain.models import Case, PhaseChange
from kimdesk.services import cases
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import (
    label,
    Column, RowsModel, enum_combo, fit_columns, heading, table_view,
)
from kimdesk.ui.profile.context import CASE, ProfileContext

CYCLE = list(Phase)


class PhaseStrip(QFrame):
    """The six phases in a row; done ones ticked, the current one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[Phase, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for i, phase in enumerate(CYCLE):
            lab = QLabel(label(phase))
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setMinimumHeight(28)
            self.labels[phase] = lab
            row.addWidget(lab, 1)
            if i < len(CYCLE) - 1:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #888888;")
                row.addWidget(arrow)

    def set_phase(self, phase: Phase | None, closed: bool) -> None:
        """Highlight ``phase``."""
        current = CYCLE.index(phase) if phase in CYCLE else -1
        for i, (p, lab) in enumerate(self.labels.items()):
            if i == current:
                color = "#5f6368" if closed else "#1a5fb4"
                lab.setStyleSheet(f"background:{color}; color:white; border-radius:4px; "
                                  "font-weight:bold; padding:2px 6px;")
                lab.setText(label(p))
            elif i < current:
                lab.setStyleSheet("background:#e6f0e8; color:#1e6b34; border-radius:4px; "
                                  "padding:2px 6px;")
                lab.setText("✓ " + label(p))
            else:
                lab.setStyleSheet("background:#f1f1f1; color:#5f6368; border-radius:4px; "
                                  "padding:2px 6px;")
                lab.setText(label(p))


class PhasePanel(QWidget):
    """Change the phase (with a note) and see when the case went through which phase."""

    def __init__(self, ctx: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        # the case is closed in the Abschluss tab, with a reason
        self.target = enum_combo(CYCLE[:-1])
        self.target.setObjectName("phaseTarget")
        self.note = QLineEdit()
        self.note.setObjectName("phaseNote")
        self.note.setPlaceholderText(self.tr("Anlass (optional)"))
        self.note.returnPressed.connect(self.change)
        self.button = QPushButton(self.tr("Phase wechseln"))
        self.button.setObjectName("changePhase")
        self.button.clicked.connect(self.change)
        self.closed_hint = QLabel(self.tr("Der Fall ist abgeschlossen. Unter „Abschluss“ "
                                          "lässt er sich wieder eröffnen."))
        self.closed_hint.setWordWrap(True)
        self.model: RowsModel[PhaseChange] = RowsModel([
            Column(self.tr("Datum"), lambda p: format_date(p.changed_at.astimezone().date())),
            Column(self.tr("Phase"), lambda p: label(p.phase)),
            Column(self.tr("Anlass"), lambda p: p.note if p.phase != Phase.CLOSURE
                   else self._closure_note(p)),
        ], self)
        self.table = table_view(self.model, "phaseHistory")
        fit_columns(self.table, (100, 200))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Neue Phase:")))
        row.addWidget(self.target)
        row.addWidget(self.note, 1)
        row.addWidget(self.button)
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addWidget(self.closed_hint)
        col.addWidget(heading(self.tr("Verlauf")))
        col.addWidget(self.table, 1)

    @staticmethod
    def _closure_note(p: PhaseChange) -> str:
        try:
            return label(ClosureReason(p.note))
        except ValueError:
            return p.note

    def set_case(self, case: Case, history: tuple[PhaseChange, ...]) -> None:
        """Show ``case`` and its phase history (newest first)."""
        self.case = case
        self.model.set_rows(sorted(history, key=lambda p: p.changed_at, reverse=True))
        # offer the next phase of the cycle (monitoring stays monitoring)
        self.target.setCurrentIndex(min(CYCLE.index(case.phase) + 1, self.target.count() - 1))
        for w in (self.target, self.note, self.button):
            w.setEnabled(case.is_open)
        self.closed_hint.setVisible(not case.is_open)

    def change(self) -> bool:
        """Move the case to the chosen phase (undoable)."""
        case, vault = self.case, self.ctx.vault
        if case is None:
            return False
        phase = self.target.currentData()
        if phase == case.phase:
            self.ctx.fail(ValueError(self.tr("Der Fall ist bereits in dieser Phase.")))
            return False
        try:
            after, entry = cases.change_phase_logged(vault, case, phase, self.note.text())
        except Exception as err:
            self.ctx.fail(err)
            return False
        self.note.clear()
        self.ctx.record(self.tr("Phase wechseln: {p}").format(p=label(phase)),
                        redo=lambda: cases.redo_phase_change(vault, after, entry),
                        undo=lambda: cases.undo_phase_change(vault, case, entry),
                        keys={CASE}, tab="case")
        return True
