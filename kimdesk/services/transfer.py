"""Encrypted transfer of clients between two vaults without a network (outreach laptop <-> office).

``export_package`` writes the chosen clients (or all) with everything about them, the
agencies they reference and the counsellors named in them into a package encrypted
with its own passphrase (format: ``transfer_package``). ``read_package`` decrypts and
validates one; ``preview_import`` says what importing it would do, conflicts included;
``import_package`` merges it by stable ids (rules: ``transfer_merge``) in one
transaction – on any error nothing changes. Every export and import is audited by id
(entity ``transfer``: one event with the package id, then one per client).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from kimdesk.data import keyfile, migrate
from kimdesk.data.errors import VaultError
from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import ClientRow, CounsellorRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.ids import new_id
from kimdesk.services import audit_batch, erasure, search, sync_state
from kimdesk.services import transfer_package as pkg
from kimdesk.services.client_graph import (
    CLIENTS, chunks, collect, counsellor_columns, owned_tables, record_hash,
    referenced_tables, rows_where_in, to_json,
)
from kimdesk.services.transfer_merge import Choice, Conflict, Plan, UnresolvedConflicts
from kimdesk.services.transfer_merge import apply as apply_plan
from kimdesk.services.transfer_merge import plan_import, resolve
from kimdesk.services.transfer_package import Package, PackageError

ENV_PASSPHRASE = "KIMDESK_TRANSFER_PASSPHRASE"
SUFFIX = ".kimtransfer"
Progress = Callable[[int, int], None]

__all__ = [
    "Choice", "Conflict", "ExportResult", "ImportPreview", "ImportResult", "Package",
    "PackageError", "UnresolvedConflicts", "export_package", "import_package",
    "preview_import", "read_package",
]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Where the package went, how many clients and records, its size."""

    path: Path
    clients: int
    records: int
    bytes: int


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a package would do (or did)."""

    clients: int
    new: int
    changed: int
    identical: int
    kept_local: int
    deleted: int
    erased: int
    held: int
    skipped_erased: int
    conflicts: tuple[Conflict, ...]

    def summary(self) -> str:
        """A German one-paragraph summary."""
        parts = [f"{self.clients} Klient*innen im Paket", f"{self.new} neue Einträge",
                 f"{self.changed} geänderte", f"{self.identical} unverändert"]
        if self.kept_local:
            parts.append(f"{self.kept_local} hier behalten")
        if self.deleted:
            parts.append(f"{self.deleted} dort gelöscht")
        if self.erased:
            parts.append(f"{self.erased} Klient*innen dort endgültig gelöscht")
        if self.held:
            parts.append(f"{self.held} wegen Aufbewahrungspflicht hier nicht gelöscht")
        if self.skipped_erased:
            parts.append(f"{self.skipped_erased} Einträge hier bereits gelöschter Personen "
                         "übersprungen")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} Konflikt(e){self._decided}")
        return ", ".join(parts) + "."

    @property
    def _decided(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class ImportResult(ImportPreview):
    """What an import did (conflicts: the ones decided)."""

    @property
    def _decided(self) -> str:
        return " entschieden"


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# -- export ----------------------------------------------------------------------------------

def export_package(vault: Vault, out: Path, passphrase: str | bytes, *,
                   client_ids: Sequence[str] | None = None, kdf: keyfile.KdfParams | None = None,
                   progress: Progress | None = None) -> ExportResult:
    """Write the clients (all when ``client_ids`` is None) into an encrypted package at ``out``."""
    pkg.check_passphrase(passphrase)
    out = Path(out)
    if out.exists() and out.is_dir():
        raise PackageError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    kdf = kdf or keyfile.calibrate()
    _tick(progress, 0, 4)
    with vault.session(write=True) as s:
        ids = None if client_ids is None else sorted(set(client_ids))
        if ids is not None:
            known = {r for part in chunks(ids)
                     for r in s.scalars(select(ClientRow.id).where(ClientRow.id.in_(part)))}
            if set(ids) - known:
                raise PackageError(f"{len(set(ids) - known)} der gewählten Klient*innen gibt es "
                                   "in diesem Tresor nicht. Es wurde nichts exportiert.")
        data = collect(s, ids)
        _tick(progress, 1, 4)
        tables: dict[str, list[dict[str, Any]]] = {}
        for ref in referenced_tables():
            wanted = {str(rec[fk.parent.name]) for owned in owned_tables()
                      for fk in owned.table.foreign_keys if fk.column.table.name == ref.name
                      for rec in data.records.get(owned.name, []) if rec.get(fk.parent.name)}
            found = rows_where_in(s, ref, "id", wanted)
            tables[ref.name] = sorted((to_json(ref, r) for r in found),
                                      key=lambda r: str(r["id"]))
        tables.update(data.records)
        people = {str(rec[c]) for name, rows in tables.items() for rec in rows
                  for c in counsellor_columns(name) if rec.get(c)}
        counsellors = [{"id": r.id, "username": r.username, "display_name": r.display_name,
                        "active": bool(r.active)}
                       for part in chunks(sorted(people))
                       for r in s.scalars(select(CounsellorRow).where(CounsellorRow.id.in_(part)))]
        usernames = {r.id: r.username
                     for r in s.execute(select(CounsellorRow.id, CounsellorRow.username))}
        keys = [(name, str(r["id"])) for name, rows in tables.items() for r in rows]
        states = sync_state.load(s, keys)
        exported = {str(r["id"]) for r in tables.get(CLIENTS, [])}
        owned_names = {t.name for t in owned_tables()}
        present = set(keys)
        deleted = {f"{k[0]}:{k[1]}": {"client": st_client, "hashes": sorted(st.hashes())}
                   for k, (st_client, st) in sync_state.of_clients(s, exported).items()
                   if k not in present and k[0] in owned_names and st.hashes()}
        hashes = {(name, str(r["id"])): record_hash(name, r, usernames)
                  for name, rows in tables.items() for r in rows}
        package_id = new_id()
        schema = migrate.current_revision(s.connection()) or ""
        doc = {
            "format": pkg.FORMAT, "version": pkg.VERSION, "package_id": package_id,
            "created_at": datetime.now(UTC).isoformat(), "source_vault": vault.vault_id,
            "schema": schema, "counsellors": counsellors, "tables": tables,
            "history": {f"{k[0]}:{k[1]}": sorted(st.hashes()) for k, st in states.items()
                        if st.hashes()},
            "deleted": deleted, "erased": sorted(sync_state.erased_clients(s)),
        }
        sync_state.put_many(s, [(k, data.client_of.get(k[1]), None,
                                 states.get(k, sync_state.State()).after_sending(h))
                                for k, h in hashes.items()])
        _tick(progress, 2, 4)
        size = pkg.write(out, doc, passphrase, kdf)
        _tick(progress, 3, 4)
        _audit(s, vault, AuditAction.EXPORT, package_id, sorted(exported))
    _tick(progress, 4, 4)
    return ExportResult(out, len(exported), len(keys), size)


def _audit(s: Any, vault: Vault, action: AuditAction, package_id: str,
           client_ids: Sequence[str]) -> None:
    """One event for the package, then one per client (chained in one batch insert)."""
    audit_repo.append(s, actor=vault.actor, action=action, entity="transfer", entity_id=package_id)
    audit_batch.append_many(s, actor=vault.actor, action=action, entity="transfer",
                            entity_ids=client_ids)


# -- import ----------------------------------------------------------------------------------

def read_package(path: Path, passphrase: str | bytes) -> Package:
    """Decrypt and validate a package file (PackageError with a clear message otherwise)."""
    return pkg.read(Path(path), passphrase)


def _preview(package: Package, plan: Plan, cls: type[ImportPreview] = ImportPreview) -> Any:
    return cls(
        clients=package.client_count, new=len(plan.inserts), changed=len(plan.updates),
        identical=plan.identical, kept_local=plan.kept_local, deleted=len(plan.deletes),
        erased=len(plan.erase), held=len(plan.held), skipped_erased=plan.skipped_erased,
        conflicts=tuple(plan.conflicts))


def preview_import(vault: Vault, package: Package) -> ImportPreview:
    """What ``import_package`` would do, conflicts included; changes nothing."""
    with vault.session() as s:
        return _preview(package, plan_import(s, package))  # type: ignore[no-any-return]


def import_package(vault: Vault, package: Package, choices: Mapping[str, Choice] | None = None,
                   *, progress: Progress | None = None) -> ImportResult:
    """Merge ``package`` into the vault, all or nothing.

    ``choices`` maps ``Conflict.id`` to "local" or "package"; UnresolvedConflicts (and no
    change) when a conflict has no choice.
    """
    _tick(progress, 0, 3)
    try:
        with vault.session(write=True) as s:
            plan = plan_import(s, package)
            resolve(plan, choices or {})
            _tick(progress, 1, 3)
            apply_plan(s, plan)
            if plan.erase:
                erasure.delete_clients_in(s, plan.erase, actor=vault.actor,
                                          cause=erasure.CAUSE_TRANSFER)
            _remember_erased(s, package, plan)
            deleted_owners = {package.deleted[k][0] if k in package.deleted
                              else plan.client_of.get(k[1]) for k in plan.deletes}
            touched = sorted({str(owner) for owner, _ in plan.agreed.values() if owner}
                             | {str(o) for o in deleted_owners if o})
            _audit(s, vault, AuditAction.IMPORT, package.package_id, touched)
            _tick(progress, 2, 3)
    except VaultError:
        raise
    except (DBAPIError, ValueError, KeyError, TypeError) as err:
        raise PackageError("Das Paket konnte nicht eingespielt werden, weil es nicht zu den "
                           "Daten in diesem Tresor passt. Es wurde nichts verändert.") from err
    if plan.erase or plan.deletes:
        erasure.scrub(vault)
    _refresh_search(vault, plan)
    _tick(progress, 3, 3)
    return _preview(package, plan, ImportResult)  # type: ignore[no-any-return]


def _remember_erased(s: Any, package: Package, plan: Plan) -> None:
    """Tombstones for clients deleted on the sender that never lived here."""
    kept = set(plan.held) | {c.key[1] for c in plan.conflicts if c.kind == "erased_there"}
    fresh = set(package.erased) - kept - set(plan.erase)
    fresh -= sync_state.erased_clients(s, fresh)
    present = {r for part in chunks(sorted(fresh))
               for r in s.scalars(select(ClientRow.id).where(ClientRow.id.in_(part)))}
    sync_state.bury(s, sorted(fresh - present))


def _refresh_search(vault: Vault, plan: Plan) -> None:
    if not search.has_index(vault):
        return
    changed = sorted({str(rec["id"]) for name, rec in plan.inserts + plan.updates
                      if name == CLIENTS})
    if len(changed) + len(plan.erase) > 500:
        search.build_index(vault)
        return
    from kimdesk.services.clients import get_client

    for cid in plan.erase:
        search.client_removed(vault, cid)
    for cid in changed:
        with contextlib.suppress(Exception):
            search.client_changed(vault, get_client(vault, cid, record_view=False))
