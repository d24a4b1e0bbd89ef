"""Ranked, transliteration-aware client search and duplicate detection.

One in-memory ``SearchIndex`` per open vault, built once after unlock (in pages, off
the GUI thread if the caller wants) and kept in step by the client services. It
lives only in memory and goes away with the vault: nothing of it reaches the disk.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from kimdesk.data.schema import ClientRow
from kimdesk.data.vault import Vault
from kimdesk.domain.models import Client
from kimdesk.services.client_list import ClientFilter, ClientListRow, rows_by_ids
from kimdesk.text.search_index import IndexEntry, SearchIndex

PAGE = 5000
_indexes: weakref.WeakKeyDictionary[Vault, SearchIndex] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def entry_of(client: Client) -> IndexEntry:
    """The searchable projection of a client."""
    return IndexEntry(
        id=client.id, family_name=client.family_name, given_names=client.given_names,
        name_original=client.original_name, birth_date=client.birth_date,
        birth_year_only=client.birth_year_only, file_number=client.file_number,
        nationalities=client.nationalities,
    )


def build_index(vault: Vault, progress: Callable[[int, int], None] | None = None) -> SearchIndex:
    """Read every client's searchable fields and index them (a few seconds per 100,000)."""
    index = SearchIndex()
    cols = (ClientRow.id, ClientRow.family_name, ClientRow.given_names,
            ClientRow.given_names_original, ClientRow.family_name_original,
            ClientRow.birth_date, ClientRow.birth_year_only, ClientRow.file_number,
            ClientRow.nationalities)
    with vault.session() as s:
        total = s.query(ClientRow).count()
        done = 0
        for part in s.execute(select(*cols).order_by(ClientRow.id)).partitions(PAGE):
            index.add_many(
                IndexEntry(r.id, r.family_name, r.given_names,
                           " ".join(p for p in (r.given_names_original, r.family_name_original) if p),
                           r.birth_date, r.birth_year_only, r.file_number, r.nationalities)
                for r in part)
            done += len(part)
            if progress:
                progress(done, total)
    # the index is hundreds of thousands of long-lived objects: keep the cyclic garbage
    # collector from walking them on every full collection (pauses of 0.2-0.5 s otherwise).
    # freeze() only moves objects; it never collects, so it is safe on a worker thread.
    gc.freeze()
    with _lock:
        _indexes[vault] = index
    return index


def index_for(vault: Vault) -> SearchIndex:
    """The vault's index, built now if it does not exist yet."""
    with _lock:
        index = _indexes.get(vault)
    return index if index is not None else build_index(vault)


def forget_index(vault: Vault) -> None:
    """Drop the index after bulk changes (erasure, transfer import); it is rebuilt on use."""
    with _lock:
        _indexes.pop(vault, None)


def has_index(vault: Vault) -> bool:
    """True once the index of ``vault`` is built."""
    with _lock:
        return vault in _indexes


def client_changed(vault: Vault, client: Client) -> None:
    """Keep the index in step after a create or update (no-op before it is built)."""
    with _lock:
        index = _indexes.get(vault)
    if index is not None:
        index.update(entry_of(client))


def client_removed(vault: Vault, client_id: str) -> None:
    """Drop a deleted client from the index."""
    with _lock:
        index = _indexes.get(vault)
    if index is not None:
        index.remove(client_id)


def search_clients(vault: Vault, query: str, *, limit: int = 200,
                   filters: ClientFilter | None = None) -> list[ClientListRow]:
    """The clients matching ``query``, best first, narrowed by ``filters``."""
    hits = index_for(vault).search(query, limit=limit if not (filters and filters.active)
                                   else max(limit, 2000))
    return rows_by_ids(vault, [h.id for h in hits], filters)[:limit]


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An existing client who may be the same person, with the reasons."""

    row: ClientListRow
    score: float
    reasons: tuple[str, ...]


def find_duplicates(vault: Vault, client: Client, limit: int = 10) -> list[Duplicate]:
    """Existing clients resembling ``client`` (name across transliterations, birth, nationality)."""
    candidates = [c for c in index_for(vault).find_duplicates(entry_of(client), limit=limit)
                  if c.id != client.id]
    rows = {r.id: r for r in rows_by_ids(vault, [c.id for c in candidates])}
    return [Duplicate(rows[c.id], c.score, c.reasons) for c in candidates if c.id in rows]
