"""The case of a client through the case-management cycle: phases, assessment, goals,
notes, factors, closure and reopening."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime

from kimdesk.data.repositories.records import (
    ASSESSMENTS, CASES, FACTORS, GOAL_STEPS, GOALS, NOTES, PHASES,
)
from kimdesk.data.schema import (
    AssessmentRow, CaseNoteRow, CaseRow, FactorRow, GoalRow, GoalStepRow, PhaseChangeRow,
)
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import ClosureReason, FactorKind, LifeArea, NeedLevel, NoteType, Phase
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import (
    Assessment, Case, CaseNote, Factor, Goal, GoalStep, PhaseChange,
)
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.validation import MAX_TEXT, Checker
from kimdesk.text.sanitize import clean_line, clean_text


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything about one case, loaded in one go for the profile."""

    case: Case
    phases: tuple[PhaseChange, ...]
    assessments: tuple[Assessment, ...]
    goals: tuple[Goal, ...]
    notes: tuple[CaseNote, ...]
    factors: tuple[Factor, ...]


def open_case(vault: Vault, client_id: str, *, opened_on: date | None = None) -> Case:
    """Open a new case in the access phase."""
    case = Case(id=new_id(), client_id=client_id, opened_on=opened_on or date.today(),
                counsellor_id=vault.counsellor_id())
    case = add_record(vault, CASES, case, entity="case", subject=client_id)
    add_record(vault, PHASES, PhaseChange(new_id(), case.id, Phase.ACCESS, datetime.now(UTC)),
               entity="case", subject=client_id)
    return case


def cases_of(vault: Vault, client_id: str) -> list[Case]:
    """The client's cases, newest first."""
    with vault.session() as s:
        return CASES.where(s, CaseRow.client_id == client_id, order_by=(CaseRow.opened_on.desc(),))


def case_file(vault: Vault, case_id: str) -> CaseFile:
    """The case with its history, assessment, goals (with steps), notes and factors."""
    with vault.session() as s:
        case = CASES.get(s, case_id)
        goals = GOALS.where(s, GoalRow.case_id == case_id, order_by=(GoalRow.due_date,))
        steps = GOAL_STEPS.where(s, GoalStepRow.goal_id.in_([g.id for g in goals]),
                                 order_by=(GoalStepRow.position,))
        goals = [dataclasses.replace(g, steps=tuple(st for st in steps if st.goal_id == g.id))
                 for g in goals]
        return CaseFile(
            case=case,
            phases=tuple(PHASES.where(s, PhaseChangeRow.case_id == case_id,
                                      order_by=(PhaseChangeRow.changed_at,))),
            assessments=tuple(ASSESSMENTS.where(s, AssessmentRow.case_id == case_id)),
            goals=tuple(goals),
            notes=tuple(NOTES.where(s, CaseNoteRow.case_id == case_id,
                                    order_by=(CaseNoteRow.written_at.desc(),))),
            factors=tuple(FACTORS.where(s, FactorRow.case_id == case_id)),
        )


def change_phase(vault: Vault, case: Case, phase: Phase, note: str = "") -> Case:
    """Move the case to ``phase`` and record the change in its history."""
    if not case.is_open:
        raise ValueError("Ein abgeschlossener Fall muss erst wieder geöffnet werden.")
    updated = update_record(vault, CASES, dataclasses.replace(case, phase=phase),
                            entity="case", subject=case.client_id)
    add_record(vault, PHASES, PhaseChange(new_id(), case.id, phase, datetime.now(UTC),
                                          clean_text(note)), entity="case", subject=case.client_id)
    return updated


def set_assessment(
    vault: Vault, case: Case, area: LifeArea, need: NeedLevel, notes: str = ""
) -> Assessment:
    """Record (or replace) the assessment of one life area."""
    with vault.session() as s:
        existing = ASSESSMENTS.where(s, AssessmentRow.case_id == case.id,
                                     AssessmentRow.life_area == area.value)
    item = Assessment(existing[0].id if existing else new_id(), case.id, area, need,
                      clean_text(notes), date.today())
    if existing:
        return update_record(vault, ASSESSMENTS, item, entity="case", subject=case.client_id)
    return add_record(vault, ASSESSMENTS, item, entity="case", subject=case.client_id)


def add_goal(vault: Vault, case: Case, goal: Goal) -> Goal:
    """Add a goal with its steps to the case."""
    c = Checker()
    c.required("title", goal.title, "Ziel")
    c.max_len("title", goal.title, 2000, "Ziel")
    c.raise_if_any()
    goal = dataclasses.replace(goal, title=clean_text(goal.title),
                               responsible=clean_line(goal.responsible), case_id=case.id)
    stored = add_record(vault, GOALS, goal, entity="goal", subject=case.client_id)
    for step in goal.steps:
        add_record(vault, GOAL_STEPS, dataclasses.replace(step, goal_id=goal.id),
                   entity="goal", subject=case.client_id)
    return dataclasses.replace(stored, steps=goal.steps)


def update_goal(vault: Vault, case: Case, goal: Goal) -> Goal:
    """Change a goal's title, due date, status or outcome."""
    return update_record(vault, GOALS, goal, entity="goal", subject=case.client_id)


def add_note(vault: Vault, case: Case, text: str, note_type: NoteType = NoteType.CONSULTATION,
             *, written_at: datetime | None = None) -> CaseNote:
    """Write a case note (up to about 1 MB of text)."""
    c = Checker()
    c.required("text", text, "Der Text")
    c.max_len("text", text, MAX_TEXT, "Der Text")
    c.raise_if_any()
    note = CaseNote(new_id(), case.id, written_at or datetime.now(UTC), note_type,
                    clean_text(text), vault.counsellor_id())
    return add_record(vault, NOTES, note, entity="note", subject=case.client_id)


def add_factor(vault: Vault, case: Case, kind: FactorKind, tag: str, text: str = "") -> Factor:
    """Tag a promoting or hindering factor with a short text."""
    c = Checker()
    c.required("tag", tag, "Faktor")
    c.raise_if_any()
    factor = Factor(new_id(), case.id, kind, clean_line(tag)[:64], clean_text(text)[:500])
    return add_record(vault, FACTORS, factor, entity="case", subject=case.client_id)


def close_case(vault: Vault, case: Case, reason: ClosureReason, note: str = "",
               *, closed_on: date | None = None) -> Case:
    """Close the case with a reason."""
    closed = dataclasses.replace(case, phase=Phase.CLOSURE, closed_on=closed_on or date.today(),
                                 closure_reason=reason, closure_note=clean_text(note))
    updated = update_record(vault, CASES, closed, entity="case", subject=case.client_id)
    add_record(vault, PHASES, PhaseChange(new_id(), case.id, Phase.CLOSURE, datetime.now(UTC),
                                          reason.value), entity="case", subject=case.client_id)
    return updated


def reopen_case(vault: Vault, case: Case) -> Case:
    """Reopen a closed case in the monitoring phase."""
    reopened = dataclasses.replace(case, phase=Phase.MONITORING, closed_on=None,
                                   closure_reason=None, closure_note="")
    updated = update_record(vault, CASES, reopened, entity="case", subject=case.client_id)
    add_record(vault, PHASES, PhaseChange(new_id(), case.id, Phase.MONITORING, datetime.now(UTC),
                                          "wiedereröffnet"), entity="case", subject=case.client_id)
    return updated


def new_goal(title: str, **fields: object) -> Goal:
    """A draft goal (attach with ``add_goal``)."""
    return Goal(id=new_id(), case_id="", title=title, **fields)  # type: ignore[arg-type]


def new_step(position: int, text: str, **fields: object) -> GoalStep:
    """A draft goal step."""
    return GoalStep(id=new_id(), goal_id="", position=position, text=text, **fields)  # type: ignore[arg-type]
