"""Deleting clients for good: every row about them, then the vault file is scrubbed.

One path for the deletion concept (``retention``), erasure on request (GDPR Art. 17)
and deletions that arrive with a transfer package:

1. One write transaction: an anonymised trace per case, then the client rows are
   deleted; every table holding client data follows by ``ON DELETE CASCADE`` (found
   from the schema by ``client_graph``: cases with phases, assessments, goals, steps,
   notes, factors; consents, residence, legal areas, appointments, referrals and their
   events, household links in both directions, §104c conditions, and any table added
   later). A check that no owned row is left, the transfer state reduced to a
   tombstone (ids only), one audit event per client (ids only, never names).
2. After the commit, ``scrub``: ``secure_delete`` is on for every connection, so
   deleted cells and freed pages are overwritten; ``wal_checkpoint(TRUNCATE)`` moves
   the WAL (which still holds the old page images) into the file and empties it;
   ``VACUUM`` (outside any transaction, temp store in memory) rebuilds the file without
   free pages; a second checkpoint empties the WAL again. SQLCipher encrypts every page
   VACUUM writes, so no unencrypted copy ever touches the disk.

The trace (table ``deletion_traces``) keeps statistics of past quarters right and is
deliberately coarse: year and quarter of opening and of closure, closure reason and
the legal area at closure. Nothing else: no ids (not linkable to the audit log), no
day-exact dates, no nationality, gender, age, language, place or counsellor – in a
district team these could single out a person.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from kimdesk.data.errors import VaultError
from kimdesk.data.schema import CaseRow, ClientRow, DeletionTraceRow, LegalAreaPeriodRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction
from kimdesk.services import audit_batch, search, sync_state
from kimdesk.services.client_graph import CLIENTS, chunks, owned_ids, rows_where_in, table

CAUSE_RETENTION = "retention"
CAUSE_REQUEST = "erasure"
CAUSE_TRANSFER = "transfer"


class ErasureRefused(VaultError):
    """The client may not be deleted now (legal hold, open case, ...); the message says why."""


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """Clients and records deleted, traces kept, whether the file scrub completed."""

    clients: int
    records: int
    traces: int
    scrubbed: bool


def quarter(day: date) -> tuple[int, int]:
    """(year, quarter 1..4) of ``day``."""
    return day.year, (day.month - 1) // 3 + 1


def legal_area_on(periods: Sequence[LegalAreaPeriodRow], day: date | None) -> str | None:
    """The legal area valid on ``day`` (else the newest one), or None without any period."""
    if not periods:
        return None
    ordered = sorted(periods, key=lambda p: (p.valid_from or date.min, p.id))
    if day is not None:
        valid = [p for p in ordered if (p.valid_from or date.min) <= day
                 and (p.valid_until is None or p.valid_until >= day)]
        if valid:
            return valid[-1].legal_area
        started = [p for p in ordered if (p.valid_from or date.min) <= day]
        if started:
            return started[-1].legal_area
    return ordered[-1].legal_area


def traces_for(s: Session, client_ids: Sequence[str]) -> list[DeletionTraceRow]:
    """The anonymised trace rows of every case of ``client_ids`` (not yet added)."""
    periods: dict[str, list[LegalAreaPeriodRow]] = {}
    for part in chunks(sorted(set(client_ids))):
        stmt = select(LegalAreaPeriodRow).where(LegalAreaPeriodRow.client_id.in_(part))
        for p in s.scalars(stmt):
            periods.setdefault(p.client_id, []).append(p)
    traces: list[DeletionTraceRow] = []
    for part in chunks(sorted(set(client_ids))):
        for case in s.scalars(select(CaseRow).where(CaseRow.client_id.in_(part))):
            opened = quarter(case.opened_on)
            closed = quarter(case.closed_on) if case.closed_on else (None, None)
            traces.append(DeletionTraceRow(
                opened_year=opened[0], opened_quarter=opened[1],
                closed_year=closed[0], closed_quarter=closed[1],
                closure_reason=case.closure_reason if case.closed_on else None,
                legal_area=legal_area_on(periods.get(case.client_id, []),
                                         case.closed_on or date.today())))
    return traces


def held_clients(s: Session, client_ids: Sequence[str]) -> set[str]:
    """Those of ``client_ids`` with a legal hold on any of their cases."""
    held: set[str] = set()
    for part in chunks(sorted(set(client_ids))):
        held.update(s.scalars(select(CaseRow.client_id).where(
            CaseRow.client_id.in_(part), CaseRow.legal_hold.is_(True))))
    return held


def delete_clients_in(s: Session, client_ids: Sequence[str], *, actor: str,
                      cause: str) -> tuple[int, int]:
    """Delete ``client_ids`` inside the caller's write transaction; (records, traces).

    Raises VaultError (the caller rolls back) when any owned row survives.
    """
    ids = sorted(set(client_ids))
    if not ids:
        return 0, 0
    if s.execute(text("PRAGMA secure_delete")).scalar() != 1:
        raise VaultError("Sicheres Löschen ist nicht eingeschaltet; es wurde nichts gelöscht.")
    doomed = owned_ids(s, ids)
    traces = traces_for(s, ids)
    s.add_all(traces)
    clients = table(CLIENTS)
    for part in chunks(ids):
        s.execute(delete(clients).where(clients.c.id.in_(part)))
    s.flush()
    for name, found in doomed.items():
        if found and rows_where_in(s, table(name), "id", found):
            raise VaultError(f"Beim Löschen blieben Daten in „{name}“ zurück; "
                             "es wurde nichts gelöscht.")
    sync_state.bury(s, ids)
    audit_batch.append_many(s, actor=actor, action=AuditAction.DELETE, entity=cause, entity_ids=ids)
    return sum(len(v) for v in doomed.values()), len(traces)


def scrub(vault: Vault) -> bool:
    """Overwrite what deletions left behind: checkpoint, VACUUM, checkpoint (True when complete)."""
    complete = False
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cur = raw.cursor()
        try:
            cur.execute("PRAGMA secure_delete = ON")
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cur.execute("VACUUM")
            for _ in range(20):  # a reader elsewhere may hold the WAL a moment longer
                busy = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    complete = True
                    break
                time.sleep(0.05)
        finally:
            cur.close()
    return complete


def erase_clients(vault: Vault, client_ids: Sequence[str], *, cause: str,
                  ignore_hold: bool = False) -> ErasureResult:
    """Delete ``client_ids`` and everything about them for good, then scrub the file.

    Refuses (nothing deleted) when a client has a legal hold, unless ``ignore_hold``.
    """
    ids = sorted(set(client_ids))
    with vault.session(write=True) as s:
        known = {cid for part in chunks(ids)
                 for cid in s.scalars(select(ClientRow.id).where(ClientRow.id.in_(part)))}
        missing = set(ids) - known
        if missing:
            raise ErasureRefused(f"{len(missing)} der gewählten Klient*innen gibt es nicht "
                                 "(mehr); es wurde nichts gelöscht.")
        held = held_clients(s, ids)
        if held and not ignore_hold:
            raise ErasureRefused(
                "Für " + ("diese*n Klient*in" if len(ids) == 1 else f"{len(held)} der Klient*innen")
                + " besteht eine Aufbewahrungspflicht (Sperre wegen Rechtsstreit/Prüfung). "
                "Es wurde nichts gelöscht; die Sperre muss zuerst aufgehoben werden.")
        records, traces = delete_clients_in(s, ids, actor=vault.actor, cause=cause)
    for cid in ids:
        with contextlib.suppress(Exception):
            search.client_removed(vault, cid)
    return ErasureResult(len(ids), records, traces, scrub(vault) if ids else True)


def erase_on_request(vault: Vault, client_id: str) -> ErasureResult:
    """Art. 17 GDPR: delete one client now, whatever the period; refused under legal hold."""
    return erase_clients(vault, [client_id], cause=CAUSE_REQUEST)


def trace_counts(vault: Vault) -> dict[tuple[int, int, str | None], int]:
    """Deleted closed cases per (closure year, quarter, reason): for statistics."""
    counts: dict[tuple[int, int, str | None], int] = {}
    with vault.session() as s:
        stmt = select(DeletionTraceRow).where(DeletionTraceRow.closed_year.is_not(None))
        for t in s.scalars(stmt):
            key = (int(t.closed_year or 0), int(t.closed_quarter or 0), t.closure_reason)
            counts[key] = counts.get(key, 0) + 1
    return counts


def closed_case_counts(vault: Vault) -> dict[tuple[int, int, str | None], int]:
    """Closed cases per (year, quarter, reason), live cases and deleted ones together."""
    counts = trace_counts(vault)
    with vault.session() as s:
        for closed_on, reason in s.execute(select(CaseRow.closed_on, CaseRow.closure_reason)
                                           .where(CaseRow.closed_on.is_not(None))):
            key = (*quarter(closed_on), reason)
            counts[key] = counts.get(key, 0) + 1
    return counts
