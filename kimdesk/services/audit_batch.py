"""Many audit events in one insert, chained exactly like ``audit.append`` (ids only).

Deleting or transferring thousands of clients writes one event per client; appending
them one by one costs a query and a flush each. The hash chain is the same as
``kimdesk.data.repositories.audit`` computes (``verify_chain`` checks it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import AuditRow
from kimdesk.domain.enums import AuditAction


def append_many(s: Session, *, actor: str, action: AuditAction, entity: str,
                entity_ids: Sequence[str]) -> None:
    """Append one event per id (inside the caller's write transaction)."""
    if not entity_ids:
        return
    s.flush()
    prev = s.scalars(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    prev = prev or audit_repo.GENESIS
    rows = []
    for entity_id in entity_ids:
        at = datetime.now(UTC)
        digest = audit_repo._digest(prev, at, actor, action.value, entity, entity_id)
        rows.append({"at": at, "actor": actor, "action": action.value, "entity": entity,
                     "entity_id": entity_id, "prev_hash": prev, "hash": digest})
        prev = digest
    s.execute(AuditRow.__table__.insert(), rows)
