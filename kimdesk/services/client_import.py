"""Import clients from the lists counsellors keep today (CSV or Excel .xlsx).

All or nothing: every row is read, converted and checked with the same
``validate_client`` as the client form; duplicates are looked up in the vault and
within the file. Only when no row has an error (and no likely duplicate is left,
unless the caller allows duplicates) are all rows written in one transaction with
one audit event ``IMPORT`` that holds no names.

Policy
------
* **Error** (nothing is imported): a cell that cannot be read (date, country,
  language), a validation failure, a formula in a mapped column (``=…`` in Excel or
  CSV; ``+ - @`` at the start of a name or file number), a row with more cells than
  headings, and an *Aktenzeichen* that already exists in the vault or earlier in the
  file (same letters and digits, ignoring case and separators).
* **Likely duplicate** (a candidate of ``SearchIndex.find_duplicates`` – the same
  check as the new-client form – in the vault or among the earlier rows of the file):
  the import stops with the report unless ``allow_duplicates`` is set; then the rows
  are imported and still listed in the report.
* **Note** (never blocks): 01.01.YYYY birth dates (often a placeholder for "only the
  year is known" – they stay dates), nationalities such as "staatenlos" that have no
  ISO code and are left out, columns that are not imported.
* A cell holding only dashes ("-") counts as empty. Empty rows are skipped silently,
  rows with values only in columns that are not imported (a totals row) with a note.
  Rows without a file number get the next ``KIM-YYYY-NNNNN`` like the client form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.base import bulk_add
from kimdesk.data.repositories.records import CLIENTS
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.models import Client
from kimdesk.services import clients as client_service
from kimdesk.services import search
from kimdesk.services.import_columns import (
    HEADER_SEARCH_ROWS,
    Mapping,
    field_label,
    guess_mapping,
    header_index,
    mapping_problems,
)
from kimdesk.services.import_duplicates import DuplicateFinder
from kimdesk.services.import_reader import (
    Formula,
    SourceRow,
    Table,
    TableError,
    TableInfo,
    cell_text,
    open_table,
)
from kimdesk.services.import_values import (
    ValueProblem,
    parse_birth_date,
    parse_countries,
    parse_languages,
    parse_phone,
    quote,
)
from kimdesk.services.validation import ValidationError
from kimdesk.text.sanitize import clean_line

MAX_ROWS = 100_000
WRITE_BATCH = 2000
PROGRESS_TOTAL = 1000
_FORMULA_START = "=+-@"
_TEXT_FIELDS = ("family_name", "given_names", "name_original", "family_name_original",
                "given_names_original", "file_number")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One finding: its line in the file (None for the file as a whole) and a German text."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"Zeile {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import (or dry run) found and did."""

    rows: int = 0
    imported: int = 0
    errors: tuple[RowProblem, ...] = ()
    duplicates: tuple[RowProblem, ...] = ()
    notes: tuple[RowProblem, ...] = ()
    dry_run: bool = False
    allow_duplicates: bool = False
    info: TableInfo | None = None
    headings: tuple[str, ...] = ()
    mapping: Mapping = ()
    header_line: int | None = None

    @property
    def importable(self) -> bool:
        """True when the rows can be (or were) written: no errors, duplicates allowed or none."""
        return not self.errors and (self.allow_duplicates or not self.duplicates) and self.rows > 0

    def summary(self) -> str:
        """One German sentence: what happened (or, for a dry run, what would happen)."""
        lead = "Probelauf: " if self.dry_run else "Nichts importiert – "
        if self.errors:
            lines = {p.line for p in self.errors}
            if None in lines or self.header_line in lines:
                return f"{lead}{self.errors[0].message.rstrip('.')}."
            dup = len({p.line for p in self.duplicates} - lines)
            also = f"; {dup} weitere möglicherweise doppelt" if dup else ""
            return (f"{lead}{_n(len(lines), 'Zeile ist', 'Zeilen sind')} fehlerhaft "
                    f"(von {self.rows}){also}.")
        if self.rows == 0:
            return f"{lead}die Datei enthält keine Klient*innen."
        dup = len({p.line for p in self.duplicates})
        if dup and not self.allow_duplicates:
            return (f"{lead}{_n(dup, 'Zeile ist', 'Zeilen sind')} möglicherweise doppelt; "
                    "bitte prüfen oder trotzdem importieren.")
        also = f" (davon {dup} möglicherweise doppelt)" if dup else ""
        if self.dry_run:
            return (f"Probelauf: {_n(self.rows, 'Klient*in kann', 'Klient*innen können')} "
                    f"importiert werden{also}.")
        return f"{_n(self.imported, 'Klient*in', 'Klient*innen')} importiert{also}."

    def problems(self) -> list[RowProblem]:
        """Errors, duplicates and notes together, in the order of the file."""
        return sorted((*self.errors, *self.duplicates, *self.notes),
                      key=lambda p: p.line or 0)


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass(frozen=True, slots=True)
class Preview:
    """The first rows of a file and the mapping guessed from its headings."""

    info: TableInfo
    headings: tuple[str, ...]
    header_line: int | None
    rows: tuple[tuple[str, ...], ...]
    mapping: Mapping


# --------------------------------------------------------------------------
# reading the rows
# --------------------------------------------------------------------------


def _split_header(rows: Iterator[SourceRow]) -> tuple[SourceRow | None, list[SourceRow]]:
    """Find the heading row among the first rows; return it and the rows after it."""
    head: list[SourceRow] = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    index = header_index([[cell_text(c) for c in r.cells] for r in head])
    if index is None:
        return None, []
    return head[index], head[index + 1:]


def preview_file(path: Path, *, sheet: str | None = None, rows: int = 10) -> Preview:
    """Headings, the first ``rows`` data rows and a guessed mapping; TableError if unreadable."""
    with open_table(path, sheet=sheet) as table:
        it = table.rows()
        header, rest = _split_header(it)
        if header is None:
            return Preview(table.info, (), None, (), ())
        headings = tuple(clean_line(cell_text(c)) for c in header.cells)
        data: list[tuple[str, ...]] = []
        for row in _chain(rest, it):
            if len(data) >= rows:
                break
            if _is_empty(row):
                continue
            data.append(tuple(clean_line(cell_text(c))[:200] for c in row.cells))
        return Preview(table.info, headings, header.line, tuple(data), guess_mapping(headings))


def _chain(first: list[SourceRow], rest: Iterator[SourceRow]) -> Iterator[SourceRow]:
    yield from first
    yield from rest


def _blank(cell: object) -> bool:
    return not isinstance(cell, Formula) and not cell_text(cell).strip()  # type: ignore[arg-type]


def _is_empty(row: SourceRow) -> bool:
    return all(_blank(c) for c in row.cells)


# --------------------------------------------------------------------------
# one row -> one client
# --------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    client: Client | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _text(key: str, cell: object, row: _Row) -> str:
    """A text cell, cleaned; dashes alone are empty; formula-like starts are errors."""
    text = clean_line(cell_text(cell))  # type: ignore[arg-type]
    if text and set(text) <= set("-–— "):
        return ""
    if text[:1] == "=":
        row.errors.append(f"Spalte {field_label(key)} enthält eine Formel")
    elif text and text[0] in _FORMULA_START and key in _TEXT_FIELDS:
        row.errors.append(f"Spalte {field_label(key)} beginnt mit „{text[0]}“ wie eine "
                          "Tabellenformel")
    return text


def convert_row(line: int, cells: Sequence[object], mapping: Mapping, *,
                today: date | None = None) -> _Row:
    """Turn one row into a validated client, or collect why it cannot be imported."""
    row = _Row(line)
    values: dict[str, object] = {}
    for key, cell in zip(mapping, cells, strict=False):
        if key is None:
            continue
        if isinstance(cell, Formula) or (isinstance(cell, str) and cell.lstrip()[:1] == "="):
            row.errors.append(f"Spalte {field_label(key)} enthält eine Formel")
            continue
        values[key] = cell
    fields: dict[str, object] = {}
    for key in _TEXT_FIELDS:
        if key in values:
            fields[key] = _text(key, values[key], row)
    name_original = fields.pop("name_original", "")
    if name_original and not fields.get("family_name_original"):
        fields["family_name_original"] = name_original
    try:
        birth = parse_birth_date(values.get("birth_date"))
        if birth.day is not None:
            fields["birth_date"], fields["birth_year_only"] = birth.day, birth.year_only
            if birth.placeholder:
                row.notes.append(f"Geburtsdatum {birth.day:%d.%m.%Y} ist vielleicht ein "
                                 "Platzhalter (nur das Jahr bekannt?) und wird als Datum "
                                 "übernommen")
    except ValueProblem as err:
        row.errors.append(str(err))
    try:
        countries = parse_countries(values.get("nationality"))
        fields["nationalities"] = countries.codes
        for word in countries.dropped:
            row.notes.append(f"Staatsangehörigkeit {quote(word)} hat keinen Ländercode und "
                             "wird nicht übernommen (bitte im Profil vermerken)")
    except ValueProblem as err:
        row.errors.append(str(err))
    for key, parse, target in (("languages", parse_languages, "languages"),
                               ("phone", parse_phone, "phone")):
        try:
            fields[target] = parse(values.get(key))
        except ValueProblem as err:
            row.errors.append(str(err))
    if row.errors:
        return row
    try:
        row.client = client_service.validate_client(client_service.new_client(**fields),
                                                    today=today)
    except ValidationError as err:
        row.errors.extend(e.message.rstrip(".") for e in err.errors)
    return row


# --------------------------------------------------------------------------
# the import
# --------------------------------------------------------------------------


@dataclass
class _Plan:
    report: ImportReport
    clients: list[Client]


class _Stepper:
    """Maps phase fractions onto one monotonic 0..PROGRESS_TOTAL scale."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.last = -1

    def phase(self, start: float, end: float) -> Callable[[float], None]:
        """A callback taking 0..1 within the phase [start, end] of the whole run."""
        def report(fraction: float) -> None:
            value = int(PROGRESS_TOTAL * (start + (end - start) * max(0.0, min(1.0, fraction))))
            if self.progress is not None and value > self.last:
                self.last = value
                self.progress(value, PROGRESS_TOTAL)
        return report


def _plan(vault: Vault, table: Table, mapping: Mapping | None, *, allow_duplicates: bool,
          dry_run: bool, today: date | None, steps: _Stepper) -> _Plan:
    base = ImportReport(dry_run=dry_run, allow_duplicates=allow_duplicates, info=table.info)
    rows = table.rows()
    header, rest = _split_header(rows)
    if header is None:
        return _Plan(dataclasses.replace(base, errors=(RowProblem(
            None, "Die Datei enthält keine Zeilen"),)), [])
    headings = tuple(clean_line(cell_text(c)) for c in header.cells)
    if mapping is None:
        mapping = guess_mapping(headings)
    mapping = tuple(mapping[:len(headings)]) + (None,) * (len(headings) - len(mapping))
    base = dataclasses.replace(base, headings=headings, mapping=mapping,
                               header_line=header.line)
    problems = mapping_problems(mapping)
    if problems:
        return _Plan(dataclasses.replace(base, errors=tuple(
            RowProblem(header.line, p.rstrip(".")) for p in problems)), [])
    notes: list[RowProblem] = []
    ignored = [h for h, key in zip(headings, mapping, strict=True) if key is None and h]
    if ignored:
        notes.append(RowProblem(header.line, "nicht importiert: " + ", ".join(
            quote(h) for h in ignored)))
    duplicates = DuplicateFinder(vault, steps.phase(0.0, 0.15))
    read_step = steps.phase(0.15, 0.9)
    found = _Findings(len(headings), mapping, duplicates, today, notes=notes)
    for source in _chain(rest, rows):
        if _is_empty(source):
            continue
        if found.rows >= MAX_ROWS:
            found.errors.append(RowProblem(source.line, f"mehr als {MAX_ROWS} Zeilen; bitte die "
                                                        "Datei aufteilen"))
            break
        if found.rows % 200 == 0:
            read_step(table.fraction_read())
        found.add(source)
    read_step(1.0)
    report = dataclasses.replace(base, rows=found.rows, errors=tuple(found.errors),
                                 duplicates=tuple(found.duplicates), notes=tuple(found.notes))
    return _Plan(report, found.clients)


@dataclass
class _Findings:
    """What the rows of a file yield: clients to write and findings by kind."""

    width: int
    mapping: Mapping
    finder: DuplicateFinder
    today: date | None
    rows: int = 0
    clients: list[Client] = field(default_factory=list)
    errors: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    duplicates: list[RowProblem] = field(default_factory=list)

    def add(self, source: SourceRow) -> None:
        """Check one non-empty row; remember its client when it has no error."""
        line, cells = source.line, source.cells
        extra = [c for c in cells[self.width:] if not _blank(c)]
        if not extra and all(key is None or i >= len(cells) or _blank(cells[i])
                             for i, key in enumerate(self.mapping)):
            self.notes.append(RowProblem(line, "keine Werte in den zugeordneten Spalten – "
                                               "übersprungen"))
            return
        self.rows += 1
        if extra:
            self.errors.append(RowProblem(
                line, f"mehr Zellen ({self.width + len(extra)}) als Spaltenüberschriften "
                      f"({self.width}) – Trennzeichen im Text?"))
            return
        row = convert_row(line, cells, self.mapping, today=self.today)
        self.notes.extend(RowProblem(line, n) for n in row.notes)
        if row.client is not None:
            fn_errors, found = self.finder.check(row.client, line)
            row.errors.extend(fn_errors)
            self.duplicates.extend(RowProblem(line, d) for d in found)
        self.errors.extend(RowProblem(line, e) for e in row.errors)
        if row.client is not None and not row.errors:
            self.clients.append(row.client)


def _write(vault: Vault, clients: list[Client], progress: Callable[[float], None]) -> None:
    """All clients in one transaction with one audit event (no names in it)."""
    now = datetime.now(UTC)
    counsellor = vault.counsellor_id()
    stored: list[Client] = []
    with vault.session(write=True) as s:
        numbers = _free_file_numbers(s, clients, now.year)
        for start in range(0, len(clients), WRITE_BATCH):
            batch = [dataclasses.replace(c, file_number=c.file_number or next(numbers),
                                         created_at=now, updated_at=now,
                                         counsellor_id=c.counsellor_id or counsellor)
                     for c in clients[start:start + WRITE_BATCH]]
            bulk_add(s, CLIENTS, batch)
            stored.extend(batch)
            progress((start + len(batch)) / len(clients))
        audit_repo.append(s, actor=vault.actor, action=AuditAction.IMPORT, entity="client")
    for client in stored:  # keep the search index (if built) in step
        search.client_changed(vault, client)


def _free_file_numbers(s: object, clients: list[Client], year: int) -> Iterator[str]:
    """The next KIM-YYYY-NNNNN numbers (as the client form assigns), skipping imported ones."""
    prefix = f"KIM-{year}-"
    number = 1
    if not all(c.file_number for c in clients):
        first = client_service._next_file_number(s, year)  # noqa: SLF001 - the same scheme
        number = int(first[len(prefix):])
    for c in clients:
        tail = c.file_number[len(prefix):] if c.file_number.startswith(prefix) else ""
        if tail.isdigit():
            number = max(number, int(tail) + 1)
    while True:
        yield f"{prefix}{number:05d}"
        number += 1


def import_clients(vault: Vault, path: Path, *, mapping: Mapping | None = None,
                   sheet: str | None = None, allow_duplicates: bool = False,
                   dry_run: bool = False, progress: Progress | None = None,
                   today: date | None = None) -> ImportReport:
    """Check every row of ``path`` and, when all are fine, import them all at once."""
    steps = _Stepper(progress)
    base = ImportReport(dry_run=dry_run, allow_duplicates=allow_duplicates)
    try:
        with open_table(Path(path), sheet=sheet) as table:
            plan = _plan(vault, table, mapping, allow_duplicates=allow_duplicates,
                         dry_run=dry_run, today=today, steps=steps)
    except TableError as err:
        return dataclasses.replace(base, errors=(RowProblem(None, str(err).rstrip(".")),))
    report = plan.report
    if dry_run or not report.importable or not plan.clients:
        steps.phase(0.0, 1.0)(1.0)
        return report
    _write(vault, plan.clients, steps.phase(0.9, 1.0))
    return dataclasses.replace(report, imported=len(plan.clients))
