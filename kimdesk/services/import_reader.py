"""Reading the rows of a CSV or Excel (.xlsx) file, streamed, without evaluating anything.

CSV: UTF-8 (with or without BOM) or UTF-16 with BOM, else Windows-1252 (what German
Excel writes as "CSV (Trennzeichen-getrennt)"); separator ``;``, ``,``, tab or ``|``,
chosen by which one splits the heading row into known headings, then by
``csv.Sniffer``, then by frequency.

Excel: openpyxl in read-only mode *without* ``data_only``: a formula arrives as its
text (wrapped in :class:`Formula`) and is never evaluated or carried on; external
links and macros are not loaded. Dates formatted as dates arrive as ``datetime``.

Every problem with the file as a whole raises :class:`TableError` (one German sentence).
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from kimdesk.services.import_columns import field_for_heading

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # an .xlsx that unpacks beyond this is refused
CELL_LIMIT = 16 * 1024 * 1024  # characters per CSV cell (the validation rejects far less)
SAMPLE_CHARS = 64 * 1024
DELIMITERS = (";", ",", "\t", "|")
CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


class TableError(Exception):
    """The file as a whole cannot be read; the message is one German sentence."""


@dataclass(frozen=True, slots=True)
class Formula:
    """A spreadsheet cell holding a formula (its text, never its result)."""

    text: str

    def __str__(self) -> str:
        return self.text


Cell = str | int | float | bool | date | datetime | Formula | None


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of the file: its line (CSV) or row number (Excel) and its cells."""

    line: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class TableInfo:
    """How the file was read (shown in the dialog)."""

    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = field(default=())


def cell_text(cell: Cell) -> str:
    """A cell as text, for headings and the preview (dates as DD.MM.YYYY)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        cell = cell.date() if cell.time() == time(0) else cell
    if isinstance(cell, datetime):
        return cell.strftime("%d.%m.%Y %H:%M")
    if isinstance(cell, date):
        return cell.strftime("%d.%m.") + str(cell.year)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


class Table:
    """An open file: ``info``, ``rows()`` (streamed once) and ``fraction_read()``."""

    info: TableInfo

    def rows(self) -> Iterator[SourceRow]:
        """Every row in order, empty rows included."""
        raise NotImplementedError

    def fraction_read(self) -> float:
        """How much of the file has been read, 0..1 (an estimate)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the file."""

    def __enter__(self) -> Table:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_table(path: Path, *, sheet: str | None = None) -> Table:
    """Open a CSV or .xlsx file for streaming; TableError when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            magic = f.read(8)
    except OSError as err:
        raise TableError(f"Die Datei {path.name} lässt sich nicht lesen "
                         f"({err.strerror or err}).") from None
    if size > MAX_FILE_BYTES:
        raise TableError(f"Die Datei ist mit {size // (1024 * 1024)} MB zu groß "
                         f"(höchstens {MAX_FILE_BYTES // (1024 * 1024)} MB).")
    suffix = path.suffix.lower()
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError("Das alte Excel-Format (.xls) oder eine verschlüsselte Excel-Datei "
                         "wird nicht unterstützt; bitte als .xlsx oder CSV speichern.")
    if suffix == ".xls":
        raise TableError("Das alte Excel-Format (.xls) wird nicht unterstützt; "
                         "bitte als .xlsx oder CSV speichern.")
    if suffix in {".ods", ".numbers"}:
        raise TableError("Dieses Tabellenformat wird nicht unterstützt; "
                         "bitte als .xlsx oder CSV speichern.")
    if suffix in XLSX_SUFFIXES or (suffix not in CSV_SUFFIXES and magic.startswith(b"PK\x03\x04")):
        return _XlsxTable(path, sheet)
    if sheet:
        raise TableError("Tabellenblätter gibt es nur in Excel-Dateien (.xlsx).")
    return _CsvTable(path, size)


# --------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes handed out (for the progress bar)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def detect_encoding(path: Path) -> str:
    """utf-8-sig / utf-16 by BOM, utf-8 when every byte decodes, else cp1252."""
    with path.open("rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        f.seek(0)
        for encoding in ("utf-8", "cp1252"):
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                while chunk := f.read(1024 * 1024):
                    if b"\x00" in chunk:
                        raise TableError("Die Datei ist keine Textdatei (CSV) und keine "
                                         "Excel-Datei (.xlsx).")
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
                return encoding
            except UnicodeDecodeError:
                f.seek(0)
    raise TableError("Die Zeichenkodierung der Datei ist unbekannt; bitte in Excel als "
                     "„CSV UTF-8“ speichern.")


def _split_sample(sample: str, delimiter: str) -> list[list[str]]:
    lines = sample.splitlines()[:-1] or sample.splitlines()  # drop a cut-off last line
    try:
        return list(csv.reader(lines[:40], delimiter=delimiter, skipinitialspace=True))
    except csv.Error:
        return []


def choose_delimiter(sample: str) -> str:
    """The separator: the one yielding the most known headings, else Sniffer, else frequency."""
    best, best_known = "", 0
    for d in DELIMITERS:
        rows = _split_sample(sample, d)
        known = max((sum(1 for c in row if field_for_heading(c)) for row in rows), default=0)
        if known > best_known:
            best, best_known = d, known
    if best_known >= 2 or (best_known == 1 and any(best in line for line in sample[:4096]
                                                  .splitlines()[:20])):
        return best
    try:
        sniffed = csv.Sniffer().sniff(sample[:SAMPLE_CHARS], delimiters="".join(DELIMITERS))
        if sniffed.delimiter in DELIMITERS:
            return sniffed.delimiter
    except csv.Error:
        pass
    head = "\n".join(sample.splitlines()[:20])
    counts = {d: head.count(d) for d in DELIMITERS}
    winner = max(DELIMITERS, key=lambda d: counts[d])
    return winner if counts[winner] else ","


class _CsvTable(Table):
    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = max(size, 1)
        encoding = detect_encoding(path)
        with path.open("r", encoding=encoding, newline="") as f:
            sample = f.read(SAMPLE_CHARS)
        self.info = TableInfo("csv", encoding=encoding, delimiter=choose_delimiter(sample))
        self._counter: _CountingReader | None = None
        self._text: io.TextIOWrapper | None = None

    def rows(self) -> Iterator[SourceRow]:
        self.close()
        self._counter = _CountingReader(self.path.open("rb"))
        self._text = io.TextIOWrapper(io.BufferedReader(self._counter), encoding=self.info.encoding,
                                      newline="")
        reader = csv.reader(self._text, delimiter=self.info.delimiter, quotechar='"',
                            doublequote=True, skipinitialspace=True, strict=False)
        old_limit = csv.field_size_limit(CELL_LIMIT)
        try:
            line = 1
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as err:
                    raise TableError(f"Zeile {line}: die CSV-Datei ist hier nicht lesbar "
                                     f"({err}).") from None
                except UnicodeDecodeError:
                    raise TableError(f"Zeile {line}: ungültige Zeichenkodierung.") from None
                yield SourceRow(line, tuple(cells))
                line = reader.line_num + 1
        finally:
            csv.field_size_limit(old_limit)

    def fraction_read(self) -> float:
        return min(1.0, self._counter.count / self.size) if self._counter else 0.0

    def close(self) -> None:
        if self._text is not None:
            self._text.close()
        self._text = self._counter = None


# --------------------------------------------------------------------------
# Excel
# --------------------------------------------------------------------------


class _XlsxTable(Table):
    def __init__(self, path: Path, sheet: str | None) -> None:
        import openpyxl

        try:
            with zipfile.ZipFile(path) as z:
                unpacked = sum(i.file_size for i in z.infolist())
        except (zipfile.BadZipFile, OSError):
            raise TableError("Die Datei ist keine lesbare Excel-Datei (.xlsx).") from None
        if unpacked > MAX_UNPACKED_BYTES:
            raise TableError("Die Excel-Datei ist entpackt zu groß; bitte als CSV speichern.")
        try:
            self.wb = openpyxl.load_workbook(path, read_only=True, data_only=False,
                                             keep_links=False, keep_vba=False)
        except Exception:  # openpyxl raises many kinds on damaged files
            raise TableError("Die Datei ist keine lesbare Excel-Datei (.xlsx).") from None
        names = tuple(ws.title for ws in self.wb.worksheets if hasattr(ws, "iter_rows"))
        if not names:
            self.wb.close()
            raise TableError("Die Excel-Datei enthält kein Tabellenblatt.")
        if sheet is not None and sheet not in names:
            self.wb.close()
            raise TableError(f"Das Tabellenblatt „{sheet}“ gibt es nicht "
                             f"(vorhanden: {', '.join(names)}).")
        self.ws = self.wb[sheet or names[0]]
        self._rows_estimate = max(int(self.ws.max_row or 0), 1)
        self._done = 0
        self.info = TableInfo("xlsx", sheet=self.ws.title, sheets=names)

    def rows(self) -> Iterator[SourceRow]:
        from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

        self.ws.reset_dimensions()  # some writers store wrong dimensions
        try:
            for number, row in enumerate(self.ws.iter_rows(), start=1):
                number = next((c.row for c in row if getattr(c, "row", None)), number)
                cells: list[Cell] = []
                for c in row:
                    value = c.value
                    if (getattr(c, "data_type", None) == "f"
                            or isinstance(value, ArrayFormula | DataTableFormula)):
                        text = getattr(value, "text", value)
                        cells.append(Formula(str(text if text is not None else "=")))
                    elif isinstance(value, time | timedelta):
                        cells.append(str(value))
                    else:
                        cells.append(value)
                self._done = number
                yield SourceRow(number, tuple(cells))
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError) as err:
            raise TableError(f"Die Excel-Datei ist ab Zeile {self._done + 1} nicht lesbar "
                             f"({type(err).__name__}).") from None

    def fraction_read(self) -> float:
        return min(1.0, self._done / self._rows_estimate)

    def close(self) -> None:
        self.wb.close()
