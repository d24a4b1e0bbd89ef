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
from kimdesk.domain.enums import (
    ClosureReason, FactorKind, GoalOutcome, GoalStatus, LifeArea, NeedLevel, NoteType, Phase,
)
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import (
    Assessment, Case, CaseNote, Factor, Goal, GoalStep, PhaseChange,
)
from kimdesk.services.recording import add_record, delete_record, update_record
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


def current_case(items: list[Case]) -> Case | None:
    """The case a profile works on: the newest open one, else the newest closed one."""
    open_ones = [c for c in items if c.is_open]
    pool = open_ones or items
    return max(pool, key=lambda c: (c.opened_on, c.id)) if pool else None


def case_file(vault: Vault, case_id: str, *, with_notes: bool = True) -> CaseFile:
    """The case with its history, assessment, goals (with steps), notes and factors.

    ``with_notes=False`` leaves the (possibly large) notes out; the notes tab loads them.
    """
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
                                    order_by=(CaseNoteRow.written_at.desc(),)))
            if with_notes else (),
            factors=tuple(FACTORS.where(s, FactorRow.case_id == case_id)),
        )


def change_phase(vault: Vault, case: Case, phase: Phase, note: str = "") -> Case:
    """Move the case to ``phase`` and record the change in its history."""
    return change_phase_logged(vault, case, phase, note)[0]


def change_phase_logged(vault: Vault, case: Case, phase: Phase,
                        note: str = "") -> tuple[Case, PhaseChange]:
    """Like ``change_phase``; also returns the history entry (for undo)."""
    if not case.is_open:
        raise ValueError("Ein abgeschlossener Fall muss erst wieder geöffnet werden.")
    if phase == Phase.CLOSURE:
        raise ValueError("Ein Fall wird über „Abschluss“ mit einem Grund abgeschlossen.")
    entry = PhaseChange(new_id(), case.id, phase, datetime.now(UTC), clean_text(note)[:2000])
    return redo_phase_change(vault, dataclasses.replace(case, phase=phase), entry), entry


def undo_phase_change(vault: Vault, before: Case, entry: PhaseChange) -> Case:
    """Take back a phase change: the case returns to ``before``, the entry is removed.

    Refused (ValueError) when the case has moved on since – closed or another phase.
    """
    with vault.session() as s:
        now = CASES.get(s, before.id)
    if not now.is_open or now.phase != entry.phase:
        raise ValueError("Der Fall hat sich seitdem geändert; die Phase wird nicht "
                         "zurückgesetzt.")
    delete_record(vault, PHASES, entry.id, entity="case")
    return update_record(vault, CASES, before, entity="case", subject=before.client_id)


def redo_phase_change(vault: Vault, after: Case, entry: PhaseChange) -> Case:
    """Store a phase change (again): the case as ``after`` plus its history entry."""
    with vault.session() as s:
        if not CASES.get(s, after.id).is_open:
            raise ValueError("Ein abgeschlossener Fall muss erst wieder geöffnet werden.")
    updated = update_record(vault, CASES, after, entity="case", subject=after.client_id)
    add_record(vault, PHASES, entry, entity="case", subject=after.client_id)
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


def validate_goal(goal: Goal) -> Goal:
    """Cleaned goal (and steps) or ValidationError naming the field (``steps`` for steps)."""
    goal = dataclasses.replace(
        goal, title=clean_text(goal.title), responsible=clean_line(goal.responsible),
        steps=tuple(dataclasses.replace(st, goal_id=goal.id, position=i, text=clean_text(st.text),
                                        responsible=clean_line(st.responsible))
                    for i, st in enumerate(goal.steps, 1)),
    )
    c = Checker()
    c.required("title", goal.title, "Ziel")
    c.max_len("title", goal.title, 2000, "Ziel")
    c.max_len("responsible", goal.responsible, 200, "Verantwortlich")
    if any(not st.text for st in goal.steps):
        c.fail("steps", "Jeder Schritt braucht einen Text.")
    if any(len(st.text) > 2000 or len(st.responsible) > 200 for st in goal.steps):
        c.fail("steps", "Ein Schritt ist zu lang (höchstens 2000 Zeichen).")
    if goal.due_date and goal.due_date.year < 2000:
        c.fail("due_date", "Das Fälligkeitsdatum liegt vor 2000.")
    c.raise_if_any()
    return goal


def add_goal(vault: Vault, case: Case, goal: Goal) -> Goal:
    """Add a goal with its steps to the case."""
    goal = validate_goal(dataclasses.replace(goal, case_id=case.id))
    stored = add_record(vault, GOALS, goal, entity="goal", subject=case.client_id)
    for step in goal.steps:
        add_record(vault, GOAL_STEPS, step, entity="goal", subject=case.client_id)
    return dataclasses.replace(stored, steps=goal.steps)


def update_goal(vault: Vault, case: Case, goal: Goal) -> Goal:
    """Change a goal's title, due date, status or outcome."""
    goal = validate_goal(dataclasses.replace(goal, case_id=case.id))
    stored = update_record(vault, GOALS, goal, entity="goal", subject=case.client_id)
    return dataclasses.replace(stored, steps=goal.steps)


def save_goal(vault: Vault, case: Case, goal: Goal) -> Goal:
    """Store a goal exactly as given, steps included (adds, changes and removes steps)."""
    goal = validate_goal(dataclasses.replace(goal, case_id=case.id))
    with vault.session() as s:
        exists = bool(GOALS.where(s, GoalRow.id == goal.id))
        old_steps = {st.id: st for st in GOAL_STEPS.where(s, GoalStepRow.goal_id == goal.id)}
    if not exists:
        return add_goal(vault, case, goal)
    stored = update_record(vault, GOALS, goal, entity="goal", subject=case.client_id)
    keep = {st.id for st in goal.steps}
    for old_id in old_steps.keys() - keep:
        delete_record(vault, GOAL_STEPS, old_id, entity="goal")
    for step in goal.steps:
        if step.id not in old_steps:
            add_record(vault, GOAL_STEPS, step, entity="goal", subject=case.client_id)
        elif old_steps[step.id] != step:
            update_record(vault, GOAL_STEPS, step, entity="goal", subject=case.client_id)
    return dataclasses.replace(stored, steps=goal.steps)


def delete_goal(vault: Vault, case: Case, goal_id: str) -> None:
    """Remove a goal and its steps."""
    delete_record(vault, GOALS, goal_id, entity="goal")


def set_step_done(vault: Vault, case: Case, step: GoalStep, done: bool) -> GoalStep:
    """Tick (or untick) one step of a goal."""
    return update_record(vault, GOAL_STEPS, dataclasses.replace(step, done=done),
                         entity="goal", subject=case.client_id)


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


def notes_of_client(vault: Vault, client_id: str) -> list[CaseNote]:
    """Every note of every case of the client, newest first (one query)."""
    with vault.session() as s:
        case_ids = [c.id for c in CASES.where(s, CaseRow.client_id == client_id)]
        return NOTES.where(s, CaseNoteRow.case_id.in_(case_ids),
                           order_by=(CaseNoteRow.written_at.desc(), CaseNoteRow.id.desc()))


def delete_note(vault: Vault, case: Case, note_id: str) -> None:
    """Remove a note (written by mistake, e.g. into the wrong case)."""
    delete_record(vault, NOTES, note_id, entity="note")


def restore_note(vault: Vault, case: Case, note: CaseNote) -> CaseNote:
    """Store a removed note again with its original id and time (undo/redo)."""
    return add_record(vault, NOTES, note, entity="note", subject=case.client_id)


def put_assessment(vault: Vault, case: Case, area: LifeArea,
                   item: Assessment | None) -> Assessment | None:
    """Make the stored assessment of ``area`` exactly ``item`` (None removes it); for undo."""
    with vault.session() as s:
        existing = ASSESSMENTS.where(s, AssessmentRow.case_id == case.id,
                                     AssessmentRow.life_area == area.value)
    if item is None:
        for old in existing:
            delete_record(vault, ASSESSMENTS, old.id, entity="case")
        return None
    c = Checker()
    c.max_len(area.value, item.notes, 5000, "Die Notiz")
    c.raise_if_any()
    item = dataclasses.replace(item, id=existing[0].id if existing else item.id,
                               case_id=case.id, life_area=area, notes=clean_text(item.notes))
    if existing:
        return update_record(vault, ASSESSMENTS, item, entity="case", subject=case.client_id)
    return add_record(vault, ASSESSMENTS, item, entity="case", subject=case.client_id)


def remove_factor(vault: Vault, case: Case, factor_id: str) -> None:
    """Remove a promoting or hindering factor."""
    delete_record(vault, FACTORS, factor_id, entity="case")


def restore_factor(vault: Vault, case: Case, factor: Factor) -> Factor:
    """Store a removed factor again with its original id."""
    return add_record(vault, FACTORS, factor, entity="case", subject=case.client_id)


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


OUTCOME_STATUS = {GoalOutcome.ACHIEVED: GoalStatus.ACHIEVED,
                  GoalOutcome.PARTLY: GoalStatus.PARTLY_ACHIEVED,
                  GoalOutcome.NOT_ACHIEVED: GoalStatus.NOT_ACHIEVED}


def close_with_outcomes(
    vault: Vault, case: Case, reason: ClosureReason | None, outcomes: dict[str, GoalOutcome | None],
    goals: tuple[Goal, ...] | list[Goal], note: str = "", *, closed_on: date | None = None,
    today: date | None = None,
) -> Case:
    """Close the case with a reason and an outcome for every goal that was not dropped.

    Fields of the ValidationError: ``reason``, ``closed_on``, ``outcome:<goal id>``.
    """
    closed_on = closed_on or today or date.today()
    validate_closure(case, reason, outcomes, goals, closed_on=closed_on, today=today)
    assert reason is not None
    for goal in goals:
        outcome = outcomes.get(goal.id)
        if outcome is not None and (goal.outcome != outcome
                                    or goal.status != OUTCOME_STATUS[outcome]):
            update_record(vault, GOALS, dataclasses.replace(goal, outcome=outcome,
                                                            status=OUTCOME_STATUS[outcome]),
                          entity="goal", subject=case.client_id)
    return close_case(vault, case, reason, note, closed_on=closed_on)


def validate_closure(
    case: Case, reason: ClosureReason | None, outcomes: dict[str, GoalOutcome | None],
    goals: tuple[Goal, ...] | list[Goal], *, closed_on: date | None = None,
    today: date | None = None,
) -> None:
    """ValidationError unless the case can be closed like this (see ``close_with_outcomes``)."""
    day = today or date.today()
    closed_on = closed_on or day
    c = Checker()
    if not case.is_open:
        c.fail("reason", "Der Fall ist bereits abgeschlossen.")
    if reason is None:
        c.fail("reason", "Bitte einen Grund für den Abschluss wählen.")
    c.not_future("closed_on", closed_on, day, "Das Abschlussdatum")
    if closed_on < case.opened_on:
        c.fail("closed_on", "Das Abschlussdatum liegt vor der Eröffnung des Falls "
                            f"({case.opened_on:%d.%m.%Y}).")
    for goal in goals:
        if goal.status != GoalStatus.DROPPED and outcomes.get(goal.id) is None:
            c.fail(f"outcome:{goal.id}", "Bitte ein Ergebnis für dieses Ziel wählen.")
    c.raise_if_any()


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
