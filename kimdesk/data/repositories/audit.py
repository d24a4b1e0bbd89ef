"""The audit log: append-only and hash-chained.

Each event stores ``hash = sha256(prev_hash | at | actor | action | entity | entity_id)``;
changing, removing or reordering any event breaks every hash after it. Events hold
ids only, never names or other personal data.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.data.schema import AuditRow
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.models import AuditEvent

GENESIS = "0" * 64


def _digest(prev: str, at: datetime, actor: str, action: str, entity: str, entity_id: str) -> str:
    stamp = at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    payload = "|".join((prev, stamp, actor, action, entity, entity_id))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    s: Session, *, actor: str, action: AuditAction, entity: str, entity_id: str = ""
) -> None:
    """Append one event to the chain (inside the caller's write transaction)."""
    prev = s.scalars(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    prev = prev or GENESIS
    at = datetime.now(UTC)
    row = AuditRow(
        at=at, actor=actor, action=action.value, entity=entity, entity_id=entity_id,
        prev_hash=prev, hash=_digest(prev, at, actor, action.value, entity, entity_id),
    )
    s.add(row)
    s.flush()


def verify_chain(s: Session) -> list[str]:
    """Every break in the chain, as sentences; empty when intact."""
    problems: list[str] = []
    prev = GENESIS
    for row in s.scalars(select(AuditRow).order_by(AuditRow.seq)).yield_per(5000):
        if row.prev_hash != prev:
            problems.append(f"audit event {row.seq}: link to previous event broken")
        expected = _digest(row.prev_hash, row.at, row.actor, row.action, row.entity, row.entity_id)
        if row.hash != expected:
            problems.append(f"audit event {row.seq}: content changed")
        prev = row.hash
    return problems


def events(
    s: Session, *, entity_id: str | None = None, action: AuditAction | None = None,
    limit: int = 1000,
) -> list[AuditEvent]:
    """Newest events first, optionally filtered."""
    stmt = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
    if entity_id:
        stmt = stmt.where(AuditRow.entity_id == entity_id)
    if action:
        stmt = stmt.where(AuditRow.action == action.value)
    return [
        AuditEvent(r.seq, r.at, r.actor, AuditAction(r.action), r.entity, r.entity_id, r.hash)
        for r in s.scalars(stmt)
    ]
