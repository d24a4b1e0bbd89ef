"""Form 6: the document checklist for a procedure (e.g. §104c -> §25b application)."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from kimdesk.domain.dates import period_end
from kimdesk.domain.enums import ResidenceTitle
from kimdesk.domain.models import ResidenceStatus
from kimdesk.forms.blocks import Composer
from kimdesk.forms.builders.common import Parts, head, header_values, org_values, sections
from kimdesk.forms.data import FormData
from kimdesk.forms.localize import BLANK
from kimdesk.forms.texts import CHECKLISTS, FORM_TEXTS

FORM = FORM_TEXTS["checklist"]
CHANCEN_MONTHS = 18


def current_status(data: FormData) -> ResidenceStatus | None:
    """The residence title in force today (else the newest one)."""
    started = [s for s in data.statuses if s.valid_from is None or s.valid_from <= data.today]
    if not started:
        return data.statuses[0] if data.statuses else None
    return max(started, key=lambda s: s.valid_from or date.min)


def chancen_end(status: ResidenceStatus) -> date | None:
    """Last day of a §104c title: its valid-until, at most 18 months after its start."""
    if status.valid_from is None:
        return status.valid_until
    limit = period_end(status.valid_from, CHANCEN_MONTHS)
    return min(limit, status.valid_until) if status.valid_until else limit


def procedure_for(data: FormData) -> str:
    """The checklist to print: the one asked for, else §104c -> §25b for a §104c title."""
    if data.procedure in CHECKLISTS:
        return data.procedure  # type: ignore[return-value]
    status = current_status(data)
    if status is not None and status.title == ResidenceTitle.CHANCEN_104C:
        return "chancen_25b"
    return "generic"


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The checklist of documents for the client's next application."""
    values = org_values(data, comp)
    checklist = CHECKLISTS[procedure_for(data)]
    status = current_status(data)
    end = chancen_end(status) if status is not None and (
        status.title == ResidenceTitle.CHANCEN_104C) else None
    values["valid_until"] = comp.loc.date(end) if end else BLANK
    story = head(FORM, data, comp, header_values(data, comp))
    story += comp.section(None, FORM.intro, **values)
    story += comp.section(checklist.title, checklist.intro, **values)
    story += sections(comp, checklist.sections, Parts(), values)
    story += sections(comp, FORM.sections, Parts(), values)
    return story
