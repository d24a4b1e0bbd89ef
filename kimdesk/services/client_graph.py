"""Which tables hold data about a client, derived from the schema's foreign keys.

A table is *owned* by clients when a chain of ``ON DELETE CASCADE`` foreign keys leads
from it to ``clients`` (cases, consents, appointments, goal steps, referral events, ...).
Deleting a client row removes every owned row by cascade; a transfer package carries
exactly these rows. Tables that owned rows point to without cascade are *referenced*
(agencies; counsellors are special: their ids differ per device, so they travel as
user names). A table added later joins erasure and transfer as soon as its foreign keys
say so; nothing here lists tables by hand except the few that are never client data.

Rows leave this module as plain ``dict[str, JSON value]`` (see ``to_json``), which is
what the transfer package stores and what ``record_hash`` fingerprints.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, Table, select
from sqlalchemy.orm import Session

from kimdesk.data.schema import Base, CodeList, UTCDateTime

CLIENTS = "clients"
COUNSELLORS = "counsellors"
NOT_CLIENT_DATA = frozenset({"audit_events", "vault_meta", "settings", "sync_state",
                             "deletion_traces", "alembic_version"})
UNHASHED = frozenset({"updated_at"})  # bookkeeping: equal content is equal without it
CHUNK = 900  # SQLite bound parameters per IN (...)

JSONValue = str | int | bool | list[str] | None
Record = dict[str, JSONValue]


@dataclass(frozen=True, slots=True)
class OwnedTable:
    """A table of client data: its cascade links to owned parents, the first one owns."""

    table: Table
    links: tuple[tuple[str, str], ...]  # (column, parent table), cascade foreign keys

    @property
    def name(self) -> str:
        """The table name."""
        return self.table.name

    @property
    def owner(self) -> tuple[str, str] | None:
        """The link that names the owning record (``client_id`` preferred); None for clients."""
        direct = [link for link in self.links if link[1] == CLIENTS]
        return (direct or list(self.links) or [None])[0]


@cache
def owned_tables() -> tuple[OwnedTable, ...]:
    """Every table holding client data, parents before children (clients first)."""
    owned: dict[str, OwnedTable] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_CLIENT_DATA:
            continue
        if table.name == CLIENTS:
            owned[CLIENTS] = OwnedTable(table, ())
            continue
        links = tuple(
            (fk.parent.name, fk.column.table.name)
            for fk in sorted(table.foreign_keys, key=lambda f: list(table.columns).index(f.parent))
            if (fk.ondelete or "").upper() == "CASCADE" and fk.column.table.name in owned
        )
        if links:
            owned[table.name] = OwnedTable(table, links)
    return tuple(owned.values())


@cache
def referenced_tables() -> tuple[Table, ...]:
    """Tables that client data points to without owning them (agencies), parents first."""
    owned = {t.name for t in owned_tables()}
    wanted: set[str] = set()
    for t in owned_tables():
        for fk in t.table.foreign_keys:
            target = fk.column.table.name
            if target not in owned and target != COUNSELLORS and target not in NOT_CLIENT_DATA:
                wanted.add(target)
    return tuple(t for t in Base.metadata.sorted_tables if t.name in wanted)


def table(name: str) -> Table:
    """The schema table called ``name``."""
    return Base.metadata.tables[name]


@cache
def counsellor_columns(name: str) -> tuple[str, ...]:
    """Columns of table ``name`` that hold a counsellor id."""
    return tuple(fk.parent.name for fk in table(name).foreign_keys
                 if fk.column.table.name == COUNSELLORS)


# -- values ----------------------------------------------------------------------------------

def _kind(col: Column[Any]) -> str:
    t = col.type
    if isinstance(t, UTCDateTime):
        return "datetime"
    if isinstance(t, CodeList):
        return "codes"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, DateTime):
        return "naive_datetime"
    if isinstance(t, Date):
        return "date"
    return "str"


@cache
def _names(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in table(name).columns)


@cache
def _kinds(name: str) -> tuple[tuple[str, str, bool], ...]:
    return tuple((c.name, _kind(c), bool(c.nullable)) for c in table(name).columns)


def to_json(tbl: Table, row: Any) -> Record:
    """One database row (``select(tbl)``, columns in table order) as JSON-able values."""
    out: Record = {}
    for name, value in zip(_names(tbl.name), row, strict=True):
        if value is None or isinstance(value, str | bool | int):
            out[name] = value
        elif isinstance(value, datetime | date):
            out[name] = value.isoformat()
        elif isinstance(value, tuple):
            out[name] = list(value)
        else:
            out[name] = value
    return out


def from_json(tbl: Table, record: Record) -> dict[str, Any]:
    """Column values for an insert from a JSON record; ValueError when a value does not fit."""
    values: dict[str, Any] = {}
    for name, kind, nullable in _kinds(tbl.name):
        if name not in record:
            continue  # a column the sender did not know yet: the schema default applies
        raw = record[name]
        if raw is None:
            if not nullable:
                raise ValueError(f"{tbl.name}.{name} darf nicht leer sein")
            values[name] = None
            continue
        if kind == "str":
            value: Any = _str(raw)
        elif kind == "datetime":
            value = datetime.fromisoformat(_str(raw))
            if value.tzinfo is None:
                raise ValueError("naive datetime")
        elif kind == "naive_datetime":
            value = datetime.fromisoformat(_str(raw))
        elif kind == "date":
            value = date.fromisoformat(_str(raw))
        elif kind == "codes":
            if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
                raise ValueError("code list")
            value = tuple(raw)
        elif kind == "bool":
            if not isinstance(raw, bool):
                raise ValueError("bool")
            value = raw
        else:  # int
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise ValueError("int")
            value = raw
        values[name] = value
    return values


def _str(raw: object) -> str:
    if not isinstance(raw, str):
        raise ValueError("string expected")
    return raw


def record_hash(name: str, record: Record, usernames: dict[str, str]) -> str:
    """A device-independent fingerprint (80 bit, hex): content without ``updated_at``,
    counsellor ids replaced by user names."""
    canon: dict[str, JSONValue] = {}
    people = counsellor_columns(name)
    for key, value in record.items():
        if key in UNHASHED:
            continue
        if key in people and isinstance(value, str):
            value = "@" + usernames.get(value, value)
        canon[key] = value
    blob = json.dumps(canon, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{name}\x00{blob}".encode()).hexdigest()[:20]


# -- reading ---------------------------------------------------------------------------------

def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    """``items`` in slices small enough for one SQL ``IN (...)``."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def rows_where_in(s: Session, tbl: Table, column: str, ids: Iterable[str]) -> list[Any]:
    """Every row of ``tbl`` whose ``column`` is one of ``ids`` (chunked queries)."""
    found: list[Any] = []
    for part in chunks(sorted(set(ids))):
        found.extend(s.execute(select(tbl).where(tbl.c[column].in_(part))).all())
    return found


@dataclass(frozen=True, slots=True)
class ClientData:
    """The rows of some clients: table name -> records, and record id -> owning client."""

    records: dict[str, list[Record]]
    client_of: dict[str, str]

    def keys(self) -> list[tuple[str, str]]:
        """(table, id) of every record."""
        return [(name, str(r["id"])) for name, rows in self.records.items() for r in rows]


def collect(s: Session, client_ids: Sequence[str] | None) -> ClientData:
    """Every owned row of ``client_ids`` (None: all clients), parents first.

    A row is included when every cascade link points into the selection, so a
    household link travels only with both of its clients.
    """
    selected: dict[str, set[str]] = {}
    records: dict[str, list[Record]] = {}
    client_of: dict[str, str] = {}
    everything = client_ids is None
    for owned in owned_tables():
        tbl = owned.table
        if owned.name == CLIENTS:
            rows = (s.execute(select(tbl)).all() if everything
                    else rows_where_in(s, tbl, "id", client_ids or ()))
        elif everything:
            rows = s.execute(select(tbl)).all()
        else:
            assert owned.owner is not None
            column, parent = owned.owner
            rows = rows_where_in(s, tbl, column, selected.get(parent, ()))
        kept: list[Record] = []
        for row in rows:
            rec = to_json(tbl, row)
            if owned.name != CLIENTS and not all(
                    rec.get(col) is not None and rec[col] in selected.get(parent, ())
                    for col, parent in owned.links):
                continue
            kept.append(rec)
        kept.sort(key=lambda r: str(r["id"]))
        records[owned.name] = kept
        selected[owned.name] = {str(r["id"]) for r in kept}
        for rec in kept:
            rid = str(rec["id"])
            if owned.owner is None:
                client_of[rid] = rid
            else:
                client_of[rid] = client_of.get(str(rec[owned.owner[0]]), "")
    return ClientData(records, client_of)


def owned_ids(s: Session, client_ids: Sequence[str]) -> dict[str, set[str]]:
    """Table -> ids of every row owned by ``client_ids`` (through any cascade link)."""
    found: dict[str, set[str]] = {}
    for owned in owned_tables():
        tbl = owned.table
        if owned.name == CLIENTS:
            found[CLIENTS] = {r[0] for part in chunks(list(client_ids))
                              for r in s.execute(select(tbl.c.id).where(tbl.c.id.in_(part)))}
            continue
        ids: set[str] = set()
        for column, parent in owned.links:
            for part in chunks(sorted(found.get(parent, ()))):
                ids.update(r[0] for r in s.execute(
                    select(tbl.c.id).where(tbl.c[column].in_(part))))
        found[owned.name] = ids
    return found
