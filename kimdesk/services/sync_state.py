"""Per-record transfer state in the ``sync_state`` table (design: ``transfer_merge``).

One row per (table, record id) that ever travelled: ``agreed`` is the content hash both
devices last had, ``sent`` the hashes this device exported most recently (newest first,
at most ``SENT_KEPT``, comma-separated: a package that never arrived does not make the
next one look like a conflict), ``client_id`` the owner. A deleted client leaves only a
tombstone (``erased``; ids only, no hashes), so an older package never brings them back.
Cost: about 250 bytes per record that ever travelled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kimdesk.data.schema import SyncStateRow
from kimdesk.services.client_graph import CLIENTS, chunks

SENT_KEPT = 4


@dataclass(frozen=True, slots=True)
class State:
    """What this device knows of one record's history."""

    agreed: str | None = None
    sent: tuple[str, ...] = ()

    def hashes(self) -> set[str]:
        """The known ancestors: the agreed hash and the recently sent ones."""
        return {h for h in (self.agreed, *self.sent) if h}

    def after_sending(self, current: str) -> tuple[str, ...]:
        """The sent list once ``current`` has been exported."""
        return (current, *(h for h in self.sent if h != current))[:SENT_KEPT]


Key = tuple[str, str]  # (table, record id)


def _state(agreed: str | None, sent: str | None) -> State:
    return State(agreed, tuple(h for h in (sent or "").split(",") if h))


_T = SyncStateRow


def load(s: Session, keys: Iterable[Key]) -> dict[Key, State]:
    """The state of every key that has one."""
    by_table: dict[str, list[str]] = {}
    for name, rid in keys:
        by_table.setdefault(name, []).append(rid)
    found: dict[Key, State] = {}
    for name, ids in by_table.items():
        for part in chunks(sorted(set(ids))):
            for rid, agreed, sent in s.execute(select(_T.record_id, _T.agreed, _T.sent).where(
                    _T.entity == name, _T.record_id.in_(part), _T.erased.is_(False))):
                found[(name, rid)] = _state(agreed, sent)
    return found


def of_clients(s: Session, client_ids: Iterable[str]) -> dict[Key, tuple[str, State]]:
    """Every live state row owned by ``client_ids``: key -> (client id, state)."""
    found: dict[Key, tuple[str, State]] = {}
    for part in chunks(sorted(set(client_ids))):
        for entity, rid, cid, agreed, sent in s.execute(
                select(_T.entity, _T.record_id, _T.client_id, _T.agreed, _T.sent)
                .where(_T.client_id.in_(part), _T.erased.is_(False))):
            found[(entity, rid)] = (str(cid), _state(agreed, sent))
    return found


def put_many(s: Session, items: Iterable[tuple[Key, str | None, str | None,
                                               tuple[str, ...] | None]]) -> None:
    """Upsert (key, client id, agreed, sent list) rows; None keeps what is stored."""
    rows = [{"entity": k[0], "record_id": k[1], "client_id": c, "agreed": a,
             "sent": ",".join(x) if x else None, "erased": False} for k, c, a, x in items]
    if not rows:
        return
    table = SyncStateRow.__table__
    stmt = sqlite_insert(table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["entity", "record_id"],
        set_={"client_id": func.coalesce(stmt.excluded.client_id, table.c.client_id),
              "agreed": func.coalesce(stmt.excluded.agreed, table.c.agreed),
              "sent": func.coalesce(stmt.excluded.sent, table.c.sent)})
    s.execute(stmt, rows)


def erased_clients(s: Session, client_ids: Iterable[str] | None = None) -> set[str]:
    """Ids of clients deleted on this device (all, or those among ``client_ids``)."""
    stmt = select(SyncStateRow.record_id).where(SyncStateRow.entity == CLIENTS,
                                                SyncStateRow.erased.is_(True))
    if client_ids is None:
        return set(s.scalars(stmt))
    found: set[str] = set()
    for part in chunks(sorted(set(client_ids))):
        found.update(s.scalars(stmt.where(SyncStateRow.record_id.in_(part))))
    return found


def bury(s: Session, client_ids: Iterable[str]) -> None:
    """Forget every hash of ``client_ids`` and leave a tombstone per client (ids only)."""
    ids = sorted(set(client_ids))
    for part in chunks(ids):
        s.execute(delete(SyncStateRow).where(SyncStateRow.client_id.in_(part)))
        s.execute(delete(SyncStateRow).where(SyncStateRow.entity == CLIENTS,
                                             SyncStateRow.record_id.in_(part)))
    s.flush()
    s.add_all(SyncStateRow(entity=CLIENTS, record_id=cid, client_id=None, agreed=None,
                           sent=None, erased=True) for cid in ids)
    s.flush()
