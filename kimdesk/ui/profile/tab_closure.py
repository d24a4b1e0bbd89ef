"""Abschluss: close the case with a reason and an outcome per goal, or reopen it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import ClosureReason, GoalOutcome, GoalStatus
from kimdesk.domain.models import Goal
from kimdesk.services import cases
from kimdesk.services.cases import CaseFile
from kimdesk.services.validation import FieldError, ValidationError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import (
    label,
    DateField, FieldErrors, confirm, enum_combo, error_label, heading, muted, with_error,
)
from kimdesk.ui.profile.context import CASE, NOTES, ProfileContext, ProfileTab

OUTCOME_LABELS = {GoalOutcome.ACHIEVED: label(GoalStatus.ACHIEVED),
                  GoalOutcome.PARTLY: label(GoalStatus.PARTLY_ACHIEVED),
                  GoalOutcome.NOT_ACHIEVED: label(GoalStatus.NOT_ACHIEVED)}
STATUS_OUTCOME = {GoalStatus.ACHIEVED: GoalOutcome.ACHIEVED,
                  GoalStatus.PARTLY_ACHIEVED: GoalOutcome.PARTLY,
                  GoalStatus.NOT_ACHIEVED: GoalOutcome.NOT_ACHIEVED}


class ClosureTab(ProfileTab):
    """Three states: no case, an open case to close, a closed case to reopen."""

    keys = frozenset({CASE})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.file: CaseFile | None = None
        self.errors = FieldErrors()
        self.outcomes: dict[str, QComboBox] = {}
        # open case: the closing form
        self.reason = enum_combo(ClosureReason, empty=self.tr("– bitte wählen –"))
        self.reason.setObjectName("closureReason")
        self.reason.setMaximumWidth(420)
        self.closed_on = DateField()
        self.closed_on.setObjectName("closedOn")
        self.note = QPlainTextEdit()
        self.note.setObjectName("closureNote")
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("z. B. an den Regeldienst übergeben, "
                                             "Kontaktdaten der neuen Stelle"))
        self.reason_err, self.date_err = error_label(), error_label()
        form = QFormLayout()
        form.addRow(self.tr("Grund des Abschlusses *"), with_error(self.reason, self.reason_err))
        form.addRow(self.tr("Abgeschlossen am"), with_error(self.closed_on, self.date_err))
        form.addRow(self.tr("Notiz"), self.note)
        self.goal_grid = QGridLayout()
        self.goal_grid.setColumnStretch(0, 1)
        goals_box = QGroupBox(self.tr("Ergebnis je Ziel"))
        gcol = QVBoxLayout(goals_box)
        gcol.addLayout(self.goal_grid)
        self.no_goals = muted(self.tr("Für diesen Fall wurden keine Ziele vereinbart."))
        gcol.addWidget(self.no_goals)
        self.general_error = error_label()
        self.close_button = QPushButton(self.tr("Fall abschließen"))
        self.close_button.setObjectName("closeCase")
        self.close_button.clicked.connect(self.close_case)
        brow = QHBoxLayout()
        brow.addWidget(self.general_error, 1)
        brow.addStretch(0)
        brow.addWidget(self.close_button)
        open_page = QWidget()
        ocol = QVBoxLayout(open_page)
        ocol.addWidget(heading(self.tr("Fall abschließen")))
        ocol.addLayout(form)
        ocol.addWidget(goals_box)
        ocol.addLayout(brow)
        ocol.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(open_page)
        # closed case: the summary and reopening
        self.summary = QLabel()
        self.summary.setObjectName("closureSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reopen_button = QPushButton(self.tr("Fall wieder eröffnen"))
        self.reopen_button.setObjectName("reopenCase")
        self.reopen_button.clicked.connect(self.reopen_case)
        closed_page = QWidget()
        ccol = QVBoxLayout(closed_page)
        ccol.addWidget(heading(self.tr("Der Fall ist abgeschlossen")))
        ccol.addWidget(self.summary)
        crow = QHBoxLayout()
        crow.addWidget(muted(self.tr("Wieder eröffnet geht der Fall in die laufende Begleitung; "
                                     "Ziele und Ergebnisse bleiben erhalten.")), 1)
        crow.addWidget(self.reopen_button)
        ccol.addLayout(crow)
        ccol.addStretch(1)
        none_page = muted(self.tr("Für diese Person ist noch kein Fall eröffnet."))
        none_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (none_page, scroll, closed_page):
            self.stack.addWidget(page)
        col = QVBoxLayout(self)
        col.addWidget(self.stack)

    def load(self) -> None:
        """The current case with its goals (two service calls)."""
        case = cases.current_case(cases.cases_of(self.ctx.vault, self.ctx.client_id))
        self.file = cases.case_file(self.ctx.vault, case.id, with_notes=False) if case else None
        if self.file is None:
            self.stack.setCurrentIndex(0)
        elif self.file.case.is_open:
            self._show_form(self.file)
            self.stack.setCurrentIndex(1)
        else:
            self._show_summary(self.file)
            self.stack.setCurrentIndex(2)

    def _show_form(self, f: CaseFile) -> None:
        self.reason.setCurrentIndex(0)
        self.closed_on.set_date(date.today())
        self.note.clear()
        self.errors.clear()
        self.errors = FieldErrors()
        self.errors.register("reason", self.reason_err, self.reason)
        self.errors.register("closed_on", self.date_err, self.closed_on)
        while self.goal_grid.count():
            item = self.goal_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.outcomes.clear()
        for row, goal in enumerate(f.goals):
            title = QLabel(goal.title)
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            status = QLabel(label(goal.status))
            box = enum_combo(GoalOutcome, empty=self.tr("– Ergebnis wählen –"),
                             labels=OUTCOME_LABELS)
            box.setObjectName(f"outcome_{goal.id}")
            preset = goal.outcome or STATUS_OUTCOME.get(goal.status)
            if preset is not None:
                box.setCurrentIndex(box.findData(preset))
            if goal.status == GoalStatus.DROPPED:
                box.setEnabled(False)
                box.setToolTip(self.tr("Verworfene Ziele brauchen kein Ergebnis."))
            err = error_label()
            self.errors.register(f"outcome:{goal.id}", err, box)
            title.setBuddy(box)
            self.goal_grid.addWidget(title, row, 0)
            self.goal_grid.addWidget(status, row, 1)
            self.goal_grid.addWidget(with_error(box, err), row, 2)
            self.outcomes[goal.id] = box
        self.no_goals.setVisible(not f.goals)
        self.general_error.hide()

    def _show_summary(self, f: CaseFile) -> None:
        c = f.case
        lines = [self.tr("Abgeschlossen am <b>{d}</b>, Grund: <b>{r}</b>").format(
            d=format_date(c.closed_on), r=html.escape(label(c.closure_reason)))]
        if c.closure_note:
            lines.append(html.escape(c.closure_note).replace("\n", "<br>"))
        if f.goals:
            def result(g: Goal) -> str:
                return OUTCOME_LABELS[g.outcome] if g.outcome else label(g.status)

            rows = "".join(f"<tr><td>{html.escape(g.title)}</td><td>&nbsp;&nbsp;"
                           f"{html.escape(result(g))}</td></tr>" for g in f.goals)
            lines.append(self.tr("<b>Ergebnisse der Ziele</b>") + f"<table>{rows}</table>")
        self.summary.setText("<br><br>".join(lines))
        self.reopen_button.setEnabled(True)

    # -- actions ----------------------------------------------------------------------------

    def close_case(self) -> bool:
        """Close with reason and outcomes; errors show at the field (asks first)."""
        f = self.file
        if f is None or not f.case.is_open:
            return False
        day, problem = self.closed_on.parsed()
        local = [FieldError("closed_on", problem)] if problem else []
        outcomes = {gid: box.currentData() for gid, box in self.outcomes.items()}
        reason = self.reason.currentData()
        try:
            cases.validate_closure(f.case, reason, outcomes, f.goals, closed_on=day)
        except ValidationError as err:
            local += [e for e in err.errors if not (problem and e.field == "closed_on")]
        if local:
            self.errors.show(local)
            return False
        self.errors.clear()
        if not confirm(self, self.tr("Fall abschließen"),
                       self.tr("Den Fall mit dem Grund „{r}“ abschließen?").format(
                           r=label(reason))):
            return False
        try:
            cases.close_with_outcomes(self.ctx.vault, f.case, reason, outcomes, f.goals,
                                      self.note.toPlainText(), closed_on=day)
        except ValidationError as err:
            self.errors.show(err.errors)
            return False
        except Exception as err:
            self.ctx.fail(err)
            return False
        # closing is confirmed and not on the undo stack; older steps must not rewrite it
        self.ctx.undo_stack.clear()
        self.ctx.info(self.tr("Fall abgeschlossen."))
        self.ctx.notify({CASE, NOTES})
        return True

    def reopen_case(self) -> bool:
        """Reopen the closed case in the monitoring phase (asks first)."""
        f = self.file
        if f is None or f.case.is_open:
            return False
        if not confirm(self, self.tr("Fall wieder eröffnen"),
                       self.tr("Den Fall wieder eröffnen? Er geht in die laufende Begleitung.")):
            return False
        try:
            cases.reopen_case(self.ctx.vault, f.case)
        except Exception as err:
            self.ctx.fail(err)
            return False
        self.ctx.undo_stack.clear()
        self.ctx.info(self.tr("Fall wieder eröffnet."))
        self.ctx.notify({CASE, NOTES})
        return True
