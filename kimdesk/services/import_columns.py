"""The columns a client list may have, and how headings in English or German map to them.

A heading is compared after :func:`kimdesk.services.import_values.fold_key` (case,
spaces, punctuation, BOM and umlaut spellings do not matter), so ``Nachname``,
``NACHNAME``, ``family_name`` and ``Family Name`` are the same, and so are
``Staatsangehörigkeit``, ``Staatsangehoerigkeit`` and ``Staatsangehorigkeit``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kimdesk.services.import_values import fold_key

# one entry per column: the field key, or None when the column is not imported
Mapping = tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class ImportField:
    """One importable client field: key, German label, headings that mean it."""

    key: str
    label: str
    aliases: tuple[str, ...]
    weak_aliases: tuple[str, ...] = ()  # used only when no column has a strong alias


FIELDS: tuple[ImportField, ...] = (
    ImportField("family_name", "Nachname",
                ("family_name", "family name", "last name", "surname", "Nachname",
                 "Familienname", "Name, lateinisch", "Nachname (lateinisch)"),
                ("Name",)),
    ImportField("given_names", "Vorname",
                ("given_names", "given name", "first name", "first names", "forename",
                 "Vorname", "Vornamen", "Vorname(n)", "Vorname (lateinisch)")),
    ImportField("name_original", "Name (Originalschrift)",
                ("name_original", "original name", "name in original script",
                 "Name (Originalschrift)", "Originalschrift", "Name Originalschrift",
                 "Name in Originalschrift", "Originalname")),
    ImportField("family_name_original", "Nachname (Originalschrift)",
                ("family_name_original", "Nachname (Originalschrift)")),
    ImportField("given_names_original", "Vorname (Originalschrift)",
                ("given_names_original", "Vorname (Originalschrift)",
                 "Vorname(n) (Originalschrift)")),
    ImportField("birth_date", "Geburtsdatum",
                ("birth_date", "birthdate", "date of birth", "dob", "born", "Geburtsdatum",
                 "Geb.-Datum", "Geb.", "geboren", "geboren am", "Geburtstag", "Geburtsjahr",
                 "Geburtsdatum/-jahr")),
    ImportField("nationality", "Staatsangehörigkeit",
                ("nationality", "nationalities", "citizenship", "Staatsangehörigkeit",
                 "Staatsangehörigkeiten", "Nationalität", "Staatsbürgerschaft")),
    ImportField("phone", "Telefon",
                ("phone", "telephone", "phone number", "mobile", "Telefon", "Telefonnummer",
                 "Tel.", "Tel", "Handy", "Mobil", "Mobilnummer", "Handynummer")),
    ImportField("languages", "Sprachen",
                ("languages", "language", "Sprachen", "Sprache", "Sprache(n)",
                 "Muttersprache", "Sprachkenntnisse")),
    ImportField("file_number", "Aktenzeichen",
                ("file_number", "file number", "case number", "reference", "Aktenzeichen",
                 "Az.", "AZ", "Aktennummer", "Fallnummer")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
NAME_FIELDS = ("family_name", "given_names", "name_original", "family_name_original",
               "given_names_original")
_STRONG = {fold_key(a): f.key for f in FIELDS for a in (f.key, *f.aliases)}
_WEAK = {fold_key(a): f.key for f in FIELDS for a in f.weak_aliases}
HEADER_SEARCH_ROWS = 20


def field_label(key: str) -> str:
    """The German label of a field key ('family_name' -> 'Nachname')."""
    return FIELD_BY_KEY[key].label


def field_for_heading(heading: str) -> str | None:
    """The field a heading names (strong aliases only), or None."""
    return _STRONG.get(fold_key(heading))


def guess_mapping(headings: Sequence[str]) -> Mapping:
    """Map each heading to a field; each field at most once, first column wins."""
    result: list[str | None] = [None] * len(headings)
    used: set[str] = set()
    for table in (_STRONG, _WEAK):
        for i, heading in enumerate(headings):
            key = table.get(fold_key(heading))
            if result[i] is None and key is not None and key not in used:
                result[i] = key
                used.add(key)
    return tuple(result)


def known_headings(cells: Sequence[str]) -> int:
    """How many cells are known headings (strong aliases)."""
    return sum(1 for c in cells if c and field_for_heading(c))


def header_index(rows: Sequence[Sequence[str]]) -> int | None:
    """Which of the first rows holds the headings; None when every row is empty.

    The first non-empty row, unless it has no known heading (a title such as
    "Klientenliste 2024"): then the first row with at least two known headings, else
    the first row at least half as wide as the widest.
    """
    filled = [i for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS])
              if any(c.strip() for c in cells)]
    if not filled:
        return None
    if known_headings(rows[filled[0]]) > 0:
        return filled[0]
    for i in filled[1:]:
        if known_headings(rows[i]) >= 2:
            return i
    width = {i: sum(1 for c in rows[i] if c.strip()) for i in filled}
    widest = max(width.values())
    return next(i for i in filled if 2 * width[i] >= widest)


def mapping_problems(mapping: Mapping) -> list[str]:
    """Why a mapping cannot be imported (German sentences); empty when it can."""
    problems: list[str] = []
    seen: set[str] = set()
    for key in mapping:
        if key is None:
            continue
        if key not in FIELD_BY_KEY:
            problems.append(f"Unbekanntes Feld „{key}“.")
        elif key in seen:
            problems.append(f"Das Feld {field_label(key)} ist mehreren Spalten zugeordnet.")
        seen.add(key)
    if not seen & {"family_name", "name_original", "family_name_original"}:
        problems.append("Keine Spalte ist dem Nachnamen zugeordnet (lateinisch oder in "
                        "Originalschrift); erwartet z. B. die Überschrift „Nachname“.")
    return problems
