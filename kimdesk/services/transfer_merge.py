"""Merging a transfer package into a vault by stable ids, deciding per record.

**Sync state** (table ``sync_state``, see ``sync_state``): for every record that ever
travelled, ``agreed`` is the hash of the version both devices last had (set on import
when the vault ends up with the package's version, or when a person decided a
conflict) and ``sent`` the hashes this device exported most recently (up to four, so
a package that never arrived does not turn the next one into a conflict). Hashes come
from ``client_graph.record_hash`` (content without ``updated_at``, counsellors as user
names), so they are equal on every device. A package carries, per record, the
sender's version P and its ancestors A (the sender's agreed and recently sent hashes
before this export). With L the local version and B = local agreed + local sent:

==========================================  =============================================
situation here                              decision
==========================================  =============================================
client erased here (tombstone)              skip: an old package never brings them back
L missing, never seen here                  insert P
L missing, seen here (B not empty)          P in B: stays deleted; else conflict
                                            "deleted here, changed there"
L == P                                      identical: nothing to do
L in A                                      only the sender changed it: take P
P in B                                      only this device changed it (or a person
                                            already decided): keep L
otherwise                                   conflict "changed on both devices"
==========================================  =============================================

Records of exported clients that the sender deleted travel as ``deleted`` (with the
sender's ancestors D): L in D -> delete here; L missing -> nothing; else conflict
"changed here, deleted there". Clients deleted on the sender (tombstones) are deleted
here through ``erasure`` when the local copy has no change of its own, else that is a
conflict; a legal hold here always keeps them. A package record that would take the
unique slot of another local record (e.g. the same life area of the same case) is a
conflict "recorded twice". Referenced agencies are recreated when missing.

Conflicts are decided per record: "local" keeps this vault's version, "package"
takes the package's. After the writes the foreign keys are checked inside the same
transaction: a row left pointing at a parent that stays deleted goes the way its
foreign key says (CASCADE: dropped, SET NULL: link cleared). Counsellors are matched
by id, then by user name, else added.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Table, bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from kimdesk.data.errors import VaultError
from kimdesk.data.schema import ClientRow, CounsellorRow
from kimdesk.services import sync_state
from kimdesk.services.client_graph import (
    CLIENTS, Record, chunks, collect, counsellor_columns, from_json, owned_tables,
    record_hash, referenced_tables, rows_where_in, table, to_json,
)
from kimdesk.services.sync_state import Key, State
from kimdesk.services.transfer_package import Package

Choice = Literal["local", "package"]
KINDS = {
    "both_changed": "auf beiden Geräten geändert",
    "deleted_here": "hier gelöscht, im Paket geändert",
    "deleted_there": "hier geändert, auf dem anderen Gerät gelöscht",
    "erased_there": "auf dem anderen Gerät endgültig gelöscht, hier geändert",
    "duplicate": "doppelt erfasst (gleicher Eintrag mit anderer Kennung)",
}
TABLE_LABELS = {
    "clients": "Stammdaten", "cases": "Fall", "case_notes": "Notiz", "goals": "Ziel",
    "goal_steps": "Zielschritt", "assessments": "Bestandsaufnahme", "case_factors": "Faktor",
    "case_phase_history": "Phasenverlauf", "consents": "Einwilligung",
    "residence_statuses": "Aufenthaltsstatus", "legal_area_periods": "Rechtskreis",
    "appointments": "Termin", "referrals": "Vermittlung", "referral_events": "Vermittlungsschritt",
    "household_links": "Haushalt", "agencies": "Stelle",
    "chancen_conditions": "§104c-Voraussetzung",
}

FIELD_LABELS = {
    "family_name": "Familienname", "given_names": "Vornamen",
    "family_name_original": "Familienname (Originalschrift)",
    "given_names_original": "Vornamen (Originalschrift)", "birth_date": "Geburtsdatum",
    "birth_year_only": "nur Geburtsjahr", "gender": "Geschlecht",
    "nationalities": "Staatsangehörigkeit", "languages": "Sprachen", "phone": "Telefon",
    "email": "E-Mail", "street": "Straße", "postal_code": "PLZ", "city": "Ort",
    "shelter": "Unterkunft", "file_number": "Aktenzeichen", "counsellor_id": "Berater*in",
    "interpreter_needed": "Dolmetschen", "interpreter_language": "Dolmetschsprache",
    "interpreter_dialect": "Dialekt", "interpreter_gender": "Dolmetscher*in",
    "text": "Text", "note": "Notiz", "notes": "Notizen", "status": "Status", "phase": "Phase",
    "opened_on": "eröffnet am", "closed_on": "abgeschlossen am", "closure_reason": "Abschlussgrund",
    "closure_note": "Abschlussvermerk", "legal_hold": "Aufbewahrungssperre", "title": "Titel",
    "valid_from": "gültig ab", "valid_until": "gültig bis", "due_date": "fällig am",
    "outcome": "Ergebnis", "reason": "Anlass", "starts_at": "Beginn", "duration_min": "Dauer",
    "place": "Ort", "follow_up_on": "Wiedervorlage", "granted_on": "erteilt am",
    "expires_on": "gültig bis", "withdrawn_on": "widerrufen am", "scope": "Umfang",
    "done": "erledigt", "responsible": "verantwortlich", "need": "Bedarf", "name": "Name",
}
SHOWN_CHARS = 60


class UnresolvedConflicts(VaultError):
    """The import needs a decision per conflict; nothing was changed."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(f"{len(conflicts)} Konflikt(e): bitte je Eintrag entscheiden "
                         "(lokal behalten oder aus dem Paket übernehmen). "
                         "Es wurde nichts verändert.")
        self.conflicts = conflicts


@dataclass(frozen=True, slots=True)
class Conflict:
    """One record both sides changed (or one changed and the other deleted)."""

    key: Key
    client_id: str | None
    kind: str
    client_label: str
    fields: tuple[str, ...] = ()
    details: tuple[tuple[str, str, str], ...] = ()  # (field label, here, in the package)

    @property
    def id(self) -> str:
        """The id a resolution refers to: ``table:record id``."""
        return f"{self.key[0]}:{self.key[1]}"

    @property
    def what(self) -> str:
        """German name of the kind of record."""
        return TABLE_LABELS.get(self.key[0], self.key[0])

    def describe(self) -> str:
        """One German line for lists."""
        changed = "; ".join(f"{name}: hier „{here}“, im Paket „{there}“"
                            for name, here, there in self.details)
        return f"{self.client_label} – {self.what}: {KINDS[self.kind]}" + (
            f" ({changed})" if changed else "")


@dataclass
class Plan:
    """What an import would do; ``conflicts`` still need a decision."""

    inserts: list[tuple[str, Record]] = field(default_factory=list)
    updates: list[tuple[str, Record]] = field(default_factory=list)
    deletes: list[Key] = field(default_factory=list)
    erase: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    identical: int = 0
    kept_local: int = 0
    skipped_erased: int = 0
    held: list[str] = field(default_factory=list)
    agreed: dict[Key, tuple[str | None, str]] = field(default_factory=dict)
    package_records: dict[Key, Record] = field(default_factory=dict)
    package_hashes: dict[Key, str] = field(default_factory=dict)
    local_records: dict[Key, Record] = field(default_factory=dict)
    counsellor_map: dict[str, str] = field(default_factory=dict)
    new_counsellors: list[dict[str, Any]] = field(default_factory=list)
    client_of: dict[str, str | None] = field(default_factory=dict)


# -- planning --------------------------------------------------------------------------------

def _usernames(s: Session) -> dict[str, str]:
    return {r.id: r.username for r in s.execute(select(CounsellorRow.id, CounsellorRow.username))}


def _map_counsellors(s: Session, package: Package, plan: Plan) -> dict[str, str]:
    local = _usernames(s)
    by_name = {name: cid for cid, name in local.items()}
    for c in package.counsellors:
        if c["id"] in local:
            plan.counsellor_map[c["id"]] = c["id"]
        elif c["username"] in by_name:
            plan.counsellor_map[c["id"]] = by_name[c["username"]]
        else:
            plan.counsellor_map[c["id"]] = c["id"]
            plan.new_counsellors.append(c)
            by_name[c["username"]] = c["id"]
    return local


def _mapped(name: str, rec: Record, mapping: Mapping[str, str]) -> Record:
    cols = counsellor_columns(name)
    if not cols:
        return rec
    out = dict(rec)
    for col in cols:
        value = out.get(col)
        if isinstance(value, str):
            out[col] = mapping.get(value, value)
    return out


def _client_of(package: Package) -> dict[str, str | None]:
    owner: dict[str, str | None] = {}
    for owned in owned_tables():
        for rec in package.tables.get(owned.name, []):
            rid = str(rec["id"])
            if owned.owner is None:
                owner[rid] = rid
            else:
                parent = rec.get(owned.owner[0])
                owner[rid] = owner.get(parent) if isinstance(parent, str) else None
    return owner


def _differing(a: Record, b: Record) -> tuple[str, ...]:
    return tuple(sorted(k for k in set(a) | set(b)
                        if k != "updated_at" and a.get(k) != b.get(k)))


def _labels(s: Session, package: Package, client_ids: Iterable[str | None]) -> dict[str, str]:
    ids = sorted({c for c in client_ids if c})
    labels: dict[str, str] = {}
    for rec in package.tables.get(CLIENTS, []):
        labels[str(rec["id"])] = _label(rec.get("family_name"), rec.get("given_names"),
                                        rec.get("file_number"))
    for part in chunks(ids):
        for row in s.execute(select(ClientRow.id, ClientRow.family_name, ClientRow.given_names,
                                    ClientRow.file_number).where(ClientRow.id.in_(part))):
            labels[row.id] = _label(row.family_name, row.given_names, row.file_number)
    return labels


def _label(family: object, given: object, number: object) -> str:
    name = f"{family}, {given}" if given else f"{family or '?'}"
    return f"{name} ({number})" if number else name


def _unique_sets(tbl: Table) -> list[tuple[str, ...]]:
    return [tuple(c.name for c in con.columns) for con in tbl.constraints
            if con.__class__.__name__ == "UniqueConstraint"]


def plan_import(s: Session, package: Package) -> Plan:
    """Classify every record of ``package`` against the vault (reads only)."""
    plan = Plan(client_of=_client_of(package))
    local_names = _usernames(s)
    _map_counsellors(s, package, plan)
    package_names = {c["id"]: c["username"] for c in package.counsellors}
    in_package = [str(r["id"]) for r in package.tables.get(CLIENTS, [])]
    tombstones = sync_state.erased_clients(s, in_package + list(package.erased))
    keys = [(name, str(r["id"])) for name, rows in package.tables.items() for r in rows]
    keys += list(package.deleted)
    states = sync_state.load(s, keys)
    referenced = {t.name for t in referenced_tables()}
    pending: list[tuple[Key, str | None, str]] = []  # conflicts before labels

    order = [t.name for t in referenced_tables()] + [t.name for t in owned_tables()]
    for name in order:
        rows = package.tables.get(name, [])
        if not rows:
            continue
        tbl = table(name)
        local = {str(r._mapping[tbl.c.id]): to_json(tbl, r)
                 for r in rows_where_in(s, tbl, "id", [str(x["id"]) for x in rows])}
        for rec in rows:
            rid = str(rec["id"])
            key = (name, rid)
            owner = plan.client_of.get(rid) if name not in referenced else None
            if owner in tombstones:
                plan.skipped_erased += 1
                continue
            p_hash = record_hash(name, rec, package_names)
            mapped = _mapped(name, rec, plan.counsellor_map)
            plan.package_records[key] = mapped
            plan.package_hashes[key] = p_hash
            state = states.get(key, State())
            ancestors = package.history.get(key, frozenset())
            mine = local.get(rid)
            if mine is None:
                if name in referenced or not state.hashes():
                    plan.inserts.append((name, mapped))
                    plan.agreed[key] = (owner, p_hash)
                elif p_hash in state.hashes():
                    plan.kept_local += 1
                else:
                    pending.append((key, owner, "deleted_here"))
                continue
            plan.local_records[key] = mine
            l_hash = record_hash(name, mine, local_names)
            if l_hash == p_hash:
                plan.identical += 1
                if state.agreed != p_hash:
                    plan.agreed[key] = (owner, p_hash)
            elif l_hash in ancestors:
                plan.updates.append((name, mapped))
                plan.agreed[key] = (owner, p_hash)
            elif p_hash in state.hashes():
                plan.kept_local += 1
            else:
                pending.append((key, owner, "both_changed"))
        _find_duplicates(s, tbl, plan, pending)

    _plan_deletions(s, package, plan, states, local_names, pending, tombstones)
    _plan_erasures(s, package, plan, states, local_names, pending)
    labels = _labels(s, package, [o for _, o, _ in pending])
    for key, owner, kind in pending:
        fields: tuple[str, ...] = ()
        details: tuple[tuple[str, str, str], ...] = ()
        if kind == "both_changed":
            here, there = plan.local_records[key], plan.package_records[key]
            fields = _differing(here, there)
            details = tuple((FIELD_LABELS.get(f, f), _shown(here.get(f), local_names),
                             _shown(there.get(f), local_names)) for f in fields)
        plan.conflicts.append(Conflict(key, owner, kind, labels.get(owner or "", "Stelle"),
                                       fields, details))
    return plan


def _shown(value: object, names: Mapping[str, str]) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            if len(value) == 10:
                return date.fromisoformat(value).strftime("%d.%m.%Y")
            return datetime.fromisoformat(value).astimezone().strftime("%d.%m.%Y %H:%M")
        except ValueError:
            pass
    text_value = names.get(str(value), str(value)).replace("\n", " ")
    return text_value if len(text_value) <= SHOWN_CHARS else text_value[:SHOWN_CHARS - 1] + "…"


def _find_duplicates(s: Session, tbl: Table, plan: Plan,
                     pending: list[tuple[Key, str | None, str]]) -> None:
    inserts = [(i, rec) for i, (name, rec) in enumerate(plan.inserts) if name == tbl.name]
    drop: set[int] = set()
    for cols in _unique_sets(tbl):
        if not inserts:
            break
        first = cols[0]
        local: dict[tuple[Any, ...], Any] = {}
        for row in rows_where_in(s, tbl, first, {str(r[first]) for _, r in inserts
                                                 if isinstance(r.get(first), str)}):
            rec = to_json(tbl, row)
            local[tuple(rec[c] for c in cols)] = rec
        for i, rec in inserts:
            other = local.get(tuple(rec.get(c) for c in cols))
            if i in drop or other is None or other["id"] == rec["id"]:
                continue
            key = (tbl.name, str(rec["id"]))
            plan.local_records[key] = other
            pending.append((key, plan.client_of.get(str(rec["id"])), "duplicate"))
            plan.agreed.pop(key, None)
            drop.add(i)
    plan.inserts[:] = [x for i, x in enumerate(plan.inserts) if i not in drop]


def _plan_deletions(s: Session, package: Package, plan: Plan, states: dict[Key, State],
                    local_names: dict[str, str], pending: list[tuple[Key, str | None, str]],
                    tombstones: set[str]) -> None:
    by_table: dict[str, list[str]] = {}
    for (name, rid), (owner, _) in package.deleted.items():
        if owner not in tombstones and name in {t.name for t in owned_tables()}:
            by_table.setdefault(name, []).append(rid)
    for name, ids in by_table.items():
        tbl = table(name)
        for row in rows_where_in(s, tbl, "id", ids):
            rec = to_json(tbl, row)
            key = (name, str(rec["id"]))
            owner, ancestors = package.deleted[key]
            plan.local_records[key] = rec
            if record_hash(name, rec, local_names) in ancestors:
                plan.deletes.append(key)
            else:
                pending.append((key, owner, "deleted_there"))


def _plan_erasures(s: Session, package: Package, plan: Plan, states: dict[Key, State],
                   local_names: dict[str, str], pending: list[tuple[Key, str | None, str]]) -> None:
    from kimdesk.services.erasure import held_clients

    present = [r[0] for part in chunks(sorted(package.erased))
               for r in s.execute(select(ClientRow.id).where(ClientRow.id.in_(part)))]
    if not present:
        return
    held = held_clients(s, present)
    plan.held.extend(sorted(held))
    candidates = [c for c in present if c not in held]
    data = collect(s, candidates)
    known = {k: st for k, (_, st) in sync_state.of_clients(s, candidates).items()}
    changed: set[str] = set()
    for name, rows in data.records.items():
        for rec in rows:
            key = (name, str(rec["id"]))
            state = known.get(key, State())
            if record_hash(name, rec, local_names) not in state.hashes():
                changed.add(data.client_of[str(rec["id"])])
    for cid in candidates:
        if cid in changed:
            pending.append(((CLIENTS, cid), cid, "erased_there"))
        else:
            plan.erase.append(cid)


# -- applying --------------------------------------------------------------------------------

def resolve(plan: Plan, choices: Mapping[str, Choice]) -> None:
    """Fold the decisions into the plan; UnresolvedConflicts when any is missing."""
    missing = [c for c in plan.conflicts if choices.get(c.id) not in ("local", "package")]
    if missing:
        raise UnresolvedConflicts(missing)
    for c in plan.conflicts:
        take = choices[c.id] == "package"
        rec = plan.package_records.get(c.key)
        if c.kind == "both_changed":
            if take:
                plan.updates.append((c.key[0], rec))  # type: ignore[arg-type]
            plan.agreed[c.key] = (c.client_id, _package_hash(plan, c.key))
        elif c.kind == "deleted_here":
            if take:
                plan.inserts.append((c.key[0], rec))  # type: ignore[arg-type]
            plan.agreed[c.key] = (c.client_id, _package_hash(plan, c.key))
        elif c.kind == "deleted_there":
            if take:
                plan.deletes.append(c.key)
        elif c.kind == "erased_there":
            if take:
                plan.erase.append(c.key[1])
        elif c.kind == "duplicate":
            if take:
                other = plan.local_records[c.key]
                plan.deletes.append((c.key[0], str(other["id"])))
                plan.inserts.append((c.key[0], rec))  # type: ignore[arg-type]
            plan.agreed[c.key] = (c.client_id, _package_hash(plan, c.key))
        if not take:
            plan.kept_local += 1


def _package_hash(plan: Plan, key: Key) -> str:
    return plan.package_hashes[key]


def _fix_foreign_keys(s: Session, tables: Iterable[str]) -> set[Key]:
    """Resolve rows left pointing at missing parents; returns the (table, id) dropped."""
    dropped: set[Key] = set()
    for _ in range(20):
        found = False
        for name in tables:
            for tname, rowid, _parent, fkid in s.execute(
                    text(f'PRAGMA foreign_key_check("{name}")')).all():
                found = True
                fks = {r[0]: r for r in s.execute(text(f'PRAGMA foreign_key_list("{tname}")'))}
                fk = fks[fkid]
                column, on_delete = fk[3], str(fk[6]).upper()
                rid = s.execute(text(f'SELECT id FROM "{tname}" WHERE rowid = :r'),
                                {"r": rowid}).scalar()
                if on_delete == "CASCADE":
                    s.execute(text(f'DELETE FROM "{tname}" WHERE rowid = :r'), {"r": rowid})
                    dropped.add((tname, str(rid)))
                elif on_delete == "SET NULL":
                    s.execute(text(f'UPDATE "{tname}" SET "{column}" = NULL WHERE rowid = :r'),
                              {"r": rowid})
                else:
                    raise VaultError("Das Paket verweist auf Daten, die es hier nicht gibt "
                                     f"({TABLE_LABELS.get(tname, tname)}). "
                                     "Es wurde nichts verändert.")
        if not found:
            return dropped
    raise VaultError("Die Verweise im Paket lassen sich nicht auflösen. Es wurde nichts verändert.")


def _grouped(items: Iterable[tuple[str, Record]],
             ) -> dict[tuple[str, tuple[str, ...]], list[Record]]:
    groups: dict[tuple[str, tuple[str, ...]], list[Record]] = {}
    for name, rec in items:
        groups.setdefault((name, tuple(sorted(rec))), []).append(rec)
    return groups


def apply(s: Session, plan: Plan) -> set[Key]:
    """Write the resolved plan inside the caller's transaction; returns rows dropped by
    the foreign-key check (their parents stay deleted)."""
    s.execute(text("PRAGMA defer_foreign_keys = ON"))
    for c in plan.new_counsellors:
        s.add(CounsellorRow(id=c["id"], username=c["username"],
                            display_name=c.get("display_name") or c["username"],
                            active=bool(c.get("active", True))))
    s.flush()
    touched: set[str] = set()
    for name, rid in plan.deletes:
        tbl = table(name)
        s.execute(delete(tbl).where(tbl.c.id == rid))
        touched.add(name)
    for (name, cols), rows in _grouped(plan.updates).items():
        tbl = table(name)
        stmt = (update(tbl).where(tbl.c.id == bindparam("_match_id"))
                .values({c: bindparam(c) for c in cols if c != "id"}))
        s.execute(stmt, [{**from_json(tbl, rec), "_match_id": rec["id"]} for rec in rows])
        touched.add(name)
    order = {n: i for i, n in enumerate([t.name for t in referenced_tables()]
                                        + [t.name for t in owned_tables()])}
    for (name, _cols), rows in sorted(_grouped(plan.inserts).items(),
                                      key=lambda x: order.get(x[0][0], 99)):
        tbl = table(name)
        s.execute(tbl.insert(), [from_json(tbl, rec) for rec in rows])
        touched.add(name)
    dropped = _fix_foreign_keys(s, sorted(touched))
    items = [(key, owner, h, None) for key, (owner, h) in plan.agreed.items() if key not in dropped]
    sync_state.put_many(s, items)
    return dropped
