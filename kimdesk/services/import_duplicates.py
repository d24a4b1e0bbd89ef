"""Duplicates of imported rows: against the clients in the vault and the rows before.

Uses :mod:`kimdesk.text.search_index` (transliteration-aware): the vault's shared
index from :func:`kimdesk.services.search.index_for` (the one the client form's
duplicate check uses; built in pages when it does not exist yet) and a second index
of the file's rows read so far. The same file number (letters and digits; case and
separators ignored) is an error; every candidate ``find_duplicates`` returns (the
same rule as the duplicate check of the new-client form; ``DUPLICATE_MIN_SCORE`` can
raise the bar) is a likely duplicate.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from kimdesk.data.schema import ClientRow
from kimdesk.data.vault import Vault
from kimdesk.domain.models import Client
from kimdesk.services import search
from kimdesk.services.import_values import quote
from kimdesk.text.sanitize import clean_line
from kimdesk.text.search_index import IndexEntry, SearchIndex, normalize_file_number

DUPLICATE_MIN_SCORE = 0.0


def _describe(entry: IndexEntry) -> str:
    name = ", ".join(p for p in (entry.family_name, entry.given_names) if p) or entry.name_original
    extra = [entry.file_number] if entry.file_number else []
    if entry.birth_date is not None:
        extra.append(str(entry.birth_date.year) if entry.birth_year_only
                     else f"{entry.birth_date:%d.%m.%Y}")
    return clean_line(name) + (f" ({', '.join(extra)})" if extra else "")


class DuplicateFinder:
    """The vault's clients and the rows read so far, searchable for duplicates."""

    def __init__(self, vault: Vault, progress: Callable[[float], None]) -> None:
        if search.has_index(vault):
            self.vault_index = search.index_for(vault)
        else:
            self.vault_index = search.build_index(
                vault, lambda done, total: progress(done / max(total, 1)))
        with vault.session() as s:
            self.vault_files = {
                normalize_file_number(fn): cid for cid, fn in s.execute(
                    select(ClientRow.id, ClientRow.file_number).where(ClientRow.file_number != ""))
            }
        progress(1.0)
        self.file_index = SearchIndex()
        self.file_lines: dict[str, int] = {}
        self.file_numbers: dict[str, int] = {}

    def check(self, client: Client, line: int) -> tuple[list[str], list[str]]:
        """(errors, likely duplicates) of a valid row; then remember the row."""
        errors: list[str] = []
        dups: list[str] = []
        entry = search.entry_of(client)
        fn = normalize_file_number(client.file_number) if client.file_number else ""
        if fn and fn in self.vault_files:
            other = self.vault_index.get(self.vault_files[fn])
            errors.append(f"Aktenzeichen {quote(client.file_number)} gibt es schon im Tresor"
                          + (f": {_describe(other)}" if other else ""))
        if fn and fn in self.file_numbers:
            errors.append(f"Aktenzeichen {quote(client.file_number)} steht schon in Zeile "
                          f"{self.file_numbers[fn]}")
        for cand in self.vault_index.find_duplicates(entry, limit=3):
            other = self.vault_index.get(cand.id)
            if other is None or cand.score < DUPLICATE_MIN_SCORE or _same_file(fn, other):
                continue
            dups.append(f"möglicherweise schon im Tresor: {_describe(other)} – "
                        f"{', '.join(cand.reasons)}")
        for cand in self.file_index.find_duplicates(entry, limit=3):
            other = self.file_index.get(cand.id)
            if other is None or cand.score < DUPLICATE_MIN_SCORE or _same_file(fn, other):
                continue
            dups.append(f"möglicherweise dieselbe Person wie in Zeile {self.file_lines[cand.id]} "
                        f"({', '.join(cand.reasons)})")
        self.file_index.add(entry)
        self.file_lines[client.id] = line
        if fn:
            self.file_numbers.setdefault(fn, line)
        return errors, dups


def _same_file(fn: str, other: IndexEntry) -> bool:
    """Already an error: the same file number."""
    return bool(fn) and normalize_file_number(other.file_number) == fn
