"""Form 5: the goal agreement (Integrationsvereinbarung) for both signatures."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kimdesk.domain.enums import AppointmentStatus
from kimdesk.domain.models import Goal
from kimdesk.forms.blocks import EMPTY, SKIP, Box, Cell, Composer, WriteLine
from kimdesk.forms.builders.common import (
    Parts,
    closing,
    date_de,
    head,
    header_values,
    org_values,
    sections,
)
from kimdesk.forms.builders.vocab import life_area
from kimdesk.forms.data import FormData, ReferralRecord
from kimdesk.forms.localize import BERLIN, BLANK
from kimdesk.forms.texts import FORM_TEXTS, RESPONSIBLE

FORM = FORM_TEXTS["goals"]
_WHO = {"klient*in": "client", "klientin": "client", "klient": "client",
        "berater*in": "counsellor", "beraterin": "counsellor", "berater": "counsellor",
        "klient*in und berater*in": "together", "gemeinsam": "together"}


def responsible(comp: Composer, who: str, referrals: list[ReferralRecord]) -> Cell:
    """'Klient*in' / 'Berater*in' / 'Gemeinsam' / 'Andere Stelle: X' in both languages."""
    key = _WHO.get(who.strip().lower())
    if key is not None:
        return comp.t(RESPONSIBLE[key])
    if who.strip().lower() in ("amt", "behörde", "stelle"):
        office = next((r.agency.name for r in referrals if r.agency), who.strip())
        return comp.t(RESPONSIBLE["office"], office=office)
    return who or EMPTY


def goal_rows(comp: Composer, goals: tuple[Goal, ...],
              referrals: list[ReferralRecord]) -> tuple[list[list[Cell]], list[int]]:
    """One row per step (life area and goal on the goal's first row); first-row indices."""
    rows: list[list[Cell]] = []
    starts: list[int] = []
    for goal in goals:
        starts.append(len(rows))
        mine = [r for r in referrals if r.referral.goal_id == goal.id]
        area: Cell = comp.t(life_area(goal.life_area)) if goal.life_area else EMPTY
        steps = goal.steps or ()
        if not steps:
            rows.append([area, goal.title, EMPTY,
                         responsible(comp, goal.responsible, mine), date_de(goal.due_date),
                         Box()])
            continue
        for i, step in enumerate(steps):
            rows.append([
                area if i == 0 else SKIP, goal.title if i == 0 else SKIP,
                f"{i + 1}. {step.text}", responsible(comp, step.responsible, mine),
                date_de(step.due_date or goal.due_date), Box(ticked=step.done),
            ])
    return rows, starts


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The goals of the client's current case with steps, who does what by when."""
    values = org_values(data, comp)
    record = data.current_case
    planned = [a for a in data.appointments if a.status == AppointmentStatus.PLANNED
               and a.starts_at.astimezone(BERLIN).date() >= data.today]
    values["review_date"] = comp.loc.date(planned[0].starts_at.astimezone(BERLIN).date()) \
        if planned else BLANK
    parts = Parts()
    goals = record.goals if record is not None else ()
    referrals = [r for r in data.referrals
                 if record is None or r.referral.case_id in (None, record.case.id)]
    rows, starts = goal_rows(comp, goals, referrals)
    parts.tables["goals"] = (rows, [15, 23, 28, 14, 11, 9])
    parts.groups["goals"] = starts
    parts.after["cooperation"] = [WriteLine(18), WriteLine(18)]
    story = head(FORM, data, comp, header_values(data, comp))
    story += comp.section(None, FORM.intro, **values)
    story += sections(comp, FORM.sections, parts, values)
    story += closing(FORM, comp, values)
    return story

