"""Queries of the audit-log viewer: filtered pages, newest first, and the chain check.

The log can hold millions of events, so nothing loads it whole: pages are read by
keyset (``seq`` below the last one shown) and the count is capped. Events hold ids
only; the viewer shows exactly what is stored and adds nothing personal.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import AuditRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.models import AuditEvent

PAGE_SIZE = 200
COUNT_CAP = 100_000  # "more than 100 000": counting millions of rows would stall the view

ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.VIEW: "angesehen", AuditAction.CREATE: "angelegt",
    AuditAction.UPDATE: "geändert", AuditAction.DELETE: "gelöscht",
    AuditAction.EXPORT: "exportiert", AuditAction.PRINT: "gedruckt",
    AuditAction.UNLOCK: "entsperrt", AuditAction.LOCK: "gesperrt",
    AuditAction.PASSPHRASE_CHANGE: "Passphrase geändert", AuditAction.IMPORT: "importiert",
}
#: record types the services write (the viewer offers them; others can be typed)
ENTITY_LABELS: dict[str, str] = {
    "client": "Klient*in", "case": "Fall", "goal": "Ziel", "note": "Notiz",
    "residence": "Aufenthaltstitel", "legal_area": "Rechtskreis", "consent": "Einwilligung",
    "household": "Haushalt", "referral": "Vermittlung", "appointment": "Termin",
    "agency": "Stelle", "chancen": "§104c-Bedingungen", "settings": "Einstellungen",
    "vault": "Tresor", "backup": "Sicherung", "demo": "Demo-Daten",
    "statistics": "Statistik", "reconstruction": "Fallrekonstruktion",
    "access_report": "Auskunft Art. 15", "form_access": "Formular Auskunft",
    "form_consent": "Formular Einwilligung", "form_release": "Formular Schweigepflicht",
    "form_appointment": "Formular Termin", "form_referral": "Formular Vermittlung",
    "form_goals": "Formular Zielvereinbarung", "form_checklist": "Formular Checkliste",
}


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the viewer is narrowed to; None (or empty) fields do not filter.

    ``since``/``until`` are calendar days (inclusive) in the computer's local time zone.
    """

    action: AuditAction | None = None
    entity: str | None = None
    since: date | None = None
    until: date | None = None
    record_id: str | None = None


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of events (newest first) and where the next older page starts."""

    events: tuple[AuditEvent, ...]
    older_than: int | None  # pass as ``before_seq`` for the next page; None: no more

    @property
    def has_more(self) -> bool:
        """True when older events match the filter."""
        return self.older_than is not None


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of checking the hash chain."""

    ok: bool
    checked: int
    problems: tuple[str, ...]
    seconds: float


def _local_midnight(day: date) -> datetime:
    """Start of ``day`` in the computer's local zone, as UTC."""
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)


def _criteria(f: AuditFilter) -> list[Any]:
    out: list[Any] = []
    if f.action is not None:
        out.append(AuditRow.action == f.action.value)
    if f.entity:
        out.append(AuditRow.entity == f.entity.strip())
    if f.record_id and f.record_id.strip():
        out.append(AuditRow.entity_id == f.record_id.strip())
    if f.since is not None:
        out.append(AuditRow.at >= _local_midnight(f.since))
    if f.until is not None:
        out.append(AuditRow.at < _local_midnight(f.until + timedelta(days=1)))
    return out


def page(vault: Vault, filters: AuditFilter | None = None, *, before_seq: int | None = None,
         limit: int = PAGE_SIZE) -> AuditPage:
    """Up to ``limit`` matching events older than ``before_seq``, newest first."""
    criteria = _criteria(filters or AuditFilter())
    if before_seq is not None:
        criteria.append(AuditRow.seq < before_seq)
    stmt = (select(AuditRow.seq, AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.entity,
                   AuditRow.entity_id, AuditRow.hash)
            .where(*criteria).order_by(AuditRow.seq.desc()).limit(limit + 1))
    with vault.session() as s:
        rows = s.execute(stmt).all()
    events = tuple(AuditEvent(r.seq, r.at, r.actor, _action(r.action), r.entity, r.entity_id,
                              r.hash) for r in rows[:limit])
    return AuditPage(events, events[-1].seq if len(rows) > limit and events else None)


def _action(value: str) -> AuditAction:
    try:
        return AuditAction(value)
    except ValueError:
        return AuditAction.VIEW  # an unknown action written by a newer version


def count(vault: Vault, filters: AuditFilter | None = None, *, cap: int = COUNT_CAP) -> int:
    """How many events match, counted up to ``cap`` (``cap + 1`` means "more")."""
    inner = (select(AuditRow.seq).where(*_criteria(filters or AuditFilter()))
             .limit(cap + 1).subquery())
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(inner)) or 0)


def check_chain(vault: Vault) -> ChainReport:
    """Verify every link of the hash chain (reads the whole log, in batches)."""
    started = time.monotonic()
    with vault.session() as s:
        problems = audit_repo.verify_chain(s)
        checked = int(s.scalar(select(func.count()).select_from(AuditRow)) or 0)
    return ChainReport(not problems, checked, tuple(problems), time.monotonic() - started)


def problem_text(problem: str) -> str:
    """A German sentence for one problem reported by ``verify_chain``."""
    head, _, what = problem.partition(": ")
    seq = head.removeprefix("audit event ").strip()
    if "link" in what:
        return f"Eintrag {seq}: Verknüpfung zum vorherigen Eintrag unterbrochen (entfernt " \
               "oder umsortiert)."
    if "content" in what:
        return f"Eintrag {seq}: Inhalt nachträglich verändert."
    return problem


def action_label(action: AuditAction) -> str:
    """German label of an audit action."""
    return ACTION_LABELS.get(action, action.value)


def entity_label(entity: str) -> str:
    """German label of a record type ('client' -> 'Klient*in'); the code when unknown."""
    return ENTITY_LABELS.get(entity, entity)
