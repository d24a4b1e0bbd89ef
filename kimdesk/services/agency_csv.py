"""The agency directory as CSV, so a district can share one directory.

Export: UTF-8 with BOM, semicolon-separated, CRLF — what German Excel opens directly.
Import: semicolon or comma (taken from the header line), UTF-8 (with or without BOM) or
Windows-1252 as Excel saves it. Every row is checked first; a bad row is reported with
its line number and reason and then nothing is imported (one transaction, all or
nothing). Rows merge by ID, else by name and town, else they are added.

CSV injection: cells are only ever stored as text, never evaluated. On export a cell
starting with = + - @ (or tab / carriage return) gets a leading apostrophe so a
spreadsheet shows it as text; on import that apostrophe is removed again.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.records import AGENCIES
from kimdesk.data.safe_io import write_atomic
from kimdesk.data.schema import AgencyRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AgencyKind, AuditAction, LegalArea
from kimdesk.domain.ids import new_id
from kimdesk.domain.labels import label
from kimdesk.domain.models import Agency
from kimdesk.services.agencies import validate_agency
from kimdesk.services.validation import ValidationError

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: (field, German header) in file order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"), ("name", "Name"), ("kind", "Art"), ("legal_area", "Rechtskreis"),
    ("street", "Straße"), ("postal_code", "PLZ"), ("city", "Ort"),
    ("contact_person", "Ansprechperson"), ("phone", "Telefon"), ("email", "E-Mail"),
    ("opening_hours", "Öffnungszeiten"), ("languages", "Sprachen"), ("notes", "Notizen"),
)
_HEADER_OF = dict(COLUMNS)
_ALIASES = {
    "strasse": "street", "postleitzahl": "postal_code", "stadt": "city", "typ": "kind",
    "kontakt": "contact_person", "ansprechpartner": "contact_person",
    "ansprechpartnerin": "contact_person", "email": "email", "mail": "email",
    "telefonnummer": "phone", "sprache": "languages", "bemerkungen": "notes",
}


class AgencyImportError(ValueError):
    """The file was rejected; ``problems`` lists (line number, reason); nothing was stored."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        shown = "; ".join(f"Zeile {n}: {why}" for n, why in problems[:10])
        more = f" (und {len(problems) - 10} weitere)" if len(problems) > 10 else ""
        super().__init__(f"Nichts importiert – {len(problems)} Fehler: {shown}{more}")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ParsedCsv:
    """Checked rows and the columns the file has (others stay untouched on update)."""

    columns: frozenset[str]
    rows: list[tuple[int, Agency]]


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    updated: int


def _key(text: str) -> str:
    return re.sub(r"[\s_\-.]", "", text.casefold())


_FIELD_BY_HEADER = {_key(h): f for f, h in COLUMNS} | {_key(f): f for f, _ in COLUMNS} | {
    _key(a): f for a, f in _ALIASES.items()}
_KINDS = {_key(k.value): k for k in AgencyKind} | {_key(label(k)): k for k in AgencyKind}
_AREAS = {_key(a.value): a for a in LegalArea} | {_key(label(a)): a for a in LegalArea}


def defuse(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula."""
    return "'" + cell if cell.startswith(TRIGGERS) else cell


def _undefuse(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(TRIGGERS) else cell


def _cells(agency: Agency) -> list[str]:
    values = {
        "id": agency.id, "name": agency.name, "kind": label(agency.kind),
        "legal_area": label(agency.legal_area), "street": agency.street,
        "postal_code": agency.postal_code, "city": agency.city,
        "contact_person": agency.contact_person, "phone": agency.phone, "email": agency.email,
        "opening_hours": agency.opening_hours, "languages": ", ".join(agency.languages),
        "notes": agency.notes,
    }
    return [defuse(values[f]) for f, _ in COLUMNS]


def export_csv_bytes(vault: Vault) -> bytes:
    """The whole directory as Excel-ready CSV bytes (audited as an export)."""
    with vault.session(write=True) as s:
        agencies = AGENCIES.where(s, order_by=(AgencyRow.kind, AgencyRow.name))
        audit_repo.append(s, actor=vault.actor, action=AuditAction.EXPORT, entity="agency")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([h for _, h in COLUMNS])
    writer.writerows(_cells(a) for a in agencies)
    return out.getvalue().encode("utf-8-sig")


def export_csv(vault: Vault, path: Path) -> int:
    """Write the directory to ``path`` (atomically); the number of agencies written."""
    data = export_csv_bytes(vault)
    write_atomic(path, data)
    return max(0, data.count(b"\r\n") - 1)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict")


def _delimiter(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _records(text: str) -> list[tuple[int, list[str]]]:
    """Every non-blank record with the line number it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                records.append((start, row))
            start = reader.line_num + 1
    except csv.Error as err:
        raise AgencyImportError([(start, f"Die Zeile ist kein gültiges CSV ({err}).")]) from err
    return records


def _header(line: int, row: list[str]) -> list[str]:
    fields: list[str] = []
    problems: list[tuple[int, str]] = []
    for cell in row:
        field = _FIELD_BY_HEADER.get(_key(cell.strip()))
        if field is None:
            problems.append((line, f"unbekannte Spalte „{cell.strip()}“ (erlaubt: "
                                   + ", ".join(h for _, h in COLUMNS) + ")."))
        elif field in fields:
            problems.append((line, f"Spalte „{cell.strip()}“ kommt doppelt vor."))
        fields.append(field or "")
    if "name" not in fields:
        problems.append((line, "Die Spalte „Name“ fehlt."))
    if problems:
        raise AgencyImportError(problems)
    return fields


def _parse_row(fields: list[str], row: list[str]) -> tuple[Agency | None, list[str]]:
    why: list[str] = []
    if len(row) > len(fields):
        return None, [f"{len(row)} Zellen, die Kopfzeile hat nur {len(fields)} Spalten "
                      "(Trennzeichen in einer Zelle ohne Anführungszeichen?)."]
    v = {f: _undefuse(cell) for f, cell in zip(fields, row, strict=False)}
    kind = AgencyKind.SONSTIGE
    if v.get("kind", "").strip():
        kind = _KINDS.get(_key(v["kind"]), None)  # type: ignore[assignment]
        if kind is None:
            why.append(f"Art „{v['kind'].strip()}“ ist unbekannt.")
    area = None
    if v.get("legal_area", "").strip():
        area = _AREAS.get(_key(v["legal_area"]))
        if area is None:
            why.append(f"Rechtskreis „{v['legal_area'].strip()}“ ist unbekannt (erlaubt: "
                       + ", ".join(label(a) for a in LegalArea) + ").")
    agency_id = v.get("id", "").strip()
    if agency_id and not re.fullmatch(r"[0-9A-Za-z\-]{1,36}", agency_id):
        why.append(f"ID „{agency_id[:40]}“ ist ungültig.")
    langs = tuple(x for x in re.split(r"[\s,;/]+", v.get("languages", "")) if x)
    fields_ = {f: v.get(f, "") for f in ("name", "street", "postal_code", "city",
                                         "contact_person", "phone", "email",
                                         "opening_hours", "notes")}
    agency = Agency(id=agency_id or "", kind=kind or AgencyKind.SONSTIGE, legal_area=area,
                    languages=langs, **fields_)
    try:
        agency = validate_agency(agency)
    except ValidationError as err:
        why += [f"{_HEADER_OF.get(e.field, e.field)}: {e.message}" for e in err.errors]
    return (None if why else agency), why


def parse_csv(data: bytes) -> ParsedCsv:
    """Parse and validate every row, or AgencyImportError listing every bad line."""
    if len(data) > MAX_BYTES:
        raise AgencyImportError([(1, "Die Datei ist größer als 10 MB.")])
    try:
        text = _decode(data)
    except UnicodeDecodeError as err:
        raise AgencyImportError([(1, "Die Datei ist weder UTF-8 noch Windows-1252.")]) from err
    records = _records(text)
    if not records:
        raise AgencyImportError([(1, "Die Datei ist leer.")])
    if len(records) > MAX_ROWS + 1:
        raise AgencyImportError([(1, f"Mehr als {MAX_ROWS} Zeilen.")])
    (head_line, head), rows = records[0], records[1:]
    fields = _header(head_line, head)
    parsed: list[tuple[int, Agency]] = []
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        agency, why = _parse_row(fields, row)
        problems += [(line, w) for w in why]
        if agency is None:
            continue
        keys = [k for k in (agency.id, f"{agency.name.casefold()}|{agency.city.casefold()}") if k]
        first = next((seen[k] for k in keys if k in seen), None)
        if first is not None:
            problems.append((line, f"doppelt, dieselbe Stelle steht schon in Zeile {first}."))
            continue
        seen.update(dict.fromkeys(keys, line))
        parsed.append((line, agency))
    if problems:
        raise AgencyImportError(problems)
    return ParsedCsv(frozenset(fields), parsed)


def import_csv_bytes(vault: Vault, data: bytes) -> ImportResult:
    """Merge a CSV directory into the vault in one transaction (all or nothing)."""
    parsed = parse_csv(data)
    kept = [f for f, _ in COLUMNS if f != "id" and f not in parsed.columns]
    added = updated = 0
    with vault.session(write=True) as s:
        existing = AGENCIES.where(s)
        by_id = {a.id: a for a in existing}
        by_name = {(a.name.casefold(), a.city.casefold()): a for a in existing}
        for _line, agency in parsed.rows:
            match = by_id.get(agency.id) or by_name.get(
                (agency.name.casefold(), agency.city.casefold()))
            if match is not None:
                keep = {f: getattr(match, f) for f in kept}
                AGENCIES.update(s, replace(agency, id=match.id, **keep))
                updated += 1
            else:
                AGENCIES.add(s, replace(agency, id=agency.id or new_id()))
                added += 1
        audit_repo.append(s, actor=vault.actor, action=AuditAction.IMPORT, entity="agency")
    return ImportResult(added, updated)


def import_csv(vault: Vault, path: Path) -> ImportResult:
    """Import the CSV file at ``path`` (see ``import_csv_bytes``)."""
    if path.stat().st_size > MAX_BYTES:
        raise AgencyImportError([(1, "Die Datei ist größer als 10 MB.")])
    return import_csv_bytes(vault, path.read_bytes())
