"""Fall: phase and history, assessment per life area, goals with steps, factors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from kimdesk.services import cases
from kimdesk.services.cases import CaseFile
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.case_assessment import AssessmentPanel
from kimdesk.ui.profile.case_factors import FactorsPanel
from kimdesk.ui.profile.case_goals import GoalsPanel
from kimdesk.ui.profile.case_phase import PhasePanel, PhaseStrip
from kimdesk.ui.profile.common import muted
from kimdesk.ui.profile.context import CASE, NOTES, ProfileContext, ProfileTab


class CaseTab(ProfileTab):
    """The current case of the client (the open one, else the latest closed one)."""

    keys = frozenset({CASE})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.file: CaseFile | None = None
        self.strip = PhaseStrip()
        self.facts = muted()
        self.phase = PhasePanel(ctx)
        self.assessment = AssessmentPanel(ctx)
        self.goals = GoalsPanel(ctx)
        self.factors = FactorsPanel(ctx)
        self.inner = QTabWidget()
        self.inner.setObjectName("caseSections")
        self.inner.setDocumentMode(True)
        self.inner.addTab(self.phase, self.tr("Phase und Verlauf"))
        self.inner.addTab(self.assessment, self.tr("Bestandsaufnahme"))
        self.inner.addTab(self.goals, self.tr("Ziele und Schritte"))
        self.inner.addTab(self.factors, self.tr("Förderliche und hemmende Faktoren"))
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.strip)
        col.addWidget(self.facts)
        col.addWidget(self.inner, 1)
        self.open_button = QPushButton(self.tr("Fall eröffnen"))
        self.open_button.setObjectName("openCase")
        self.open_button.clicked.connect(self.open_case)
        empty = QWidget()
        ecol = QVBoxLayout(empty)
        ecol.addStretch(1)
        msg = QLabel(self.tr("Für diese Person ist noch kein Fall eröffnet. Mit dem Fall beginnt "
                             "der Zyklus: Zugang, Bestandsaufnahme, Zielvereinbarung, "
                             "Leistungssteuerung, laufende Begleitung, Abschluss."))
        msg.setWordWrap(True)
        msg.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ecol.addWidget(msg)
        ecol.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignCenter)
        ecol.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    def load(self) -> None:
        """The current case without its notes (two service calls)."""
        case = cases.current_case(cases.cases_of(self.ctx.vault, self.ctx.client_id))
        if case is None:
            self.file = None
            self.stack.setCurrentIndex(0)
            return
        self.file = cases.case_file(self.ctx.vault, case.id, with_notes=False)
        f = self.file
        self.stack.setCurrentIndex(1)
        self.strip.set_phase(f.case.phase, not f.case.is_open)
        facts = self.tr("Fall eröffnet am {d}").format(d=format_date(f.case.opened_on))
        if not f.case.is_open:
            facts += self.tr(" · abgeschlossen am {d}").format(d=format_date(f.case.closed_on))
        self.facts.setText(facts)
        self.phase.set_case(f.case, f.phases)
        self.assessment.set_assessments(f.case, f.assessments)
        self.goals.set_goals(f.case, f.goals)
        self.factors.set_factors(f.case, f.factors)

    def open_case(self) -> None:
        """Open a new case for the client (it starts in the access phase)."""
        try:
            cases.open_case(self.ctx.vault, self.ctx.client_id)
        except Exception as err:
            self.ctx.fail(err)
            return
        self.ctx.info(self.tr("Fall eröffnet."))
        self.ctx.notify({CASE, NOTES})
