"""Finding the client of an appointment, and the places an appointment can be at.

Uses the ranked, transliteration-aware ``kimdesk.services.search`` once its index is
built; until then a plain substring search on name, original-script name and file number.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from kimdesk.data.schema import AppointmentRow, ClientRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import PlaceKind


@dataclass(frozen=True, slots=True)
class ClientChoice:
    """One line of the client picker."""

    id: str
    name: str
    original_name: str
    file_number: str
    birth_date: date | None
    birth_year_only: bool
    shelter: str
    interpreter_language: str


_COLUMNS = (ClientRow.id, ClientRow.family_name, ClientRow.given_names,
            ClientRow.family_name_original, ClientRow.given_names_original,
            ClientRow.file_number, ClientRow.birth_date, ClientRow.birth_year_only,
            ClientRow.shelter, ClientRow.interpreter_needed, ClientRow.interpreter_language)


def _choice(r: object) -> ClientChoice:
    family, given = r.family_name, r.given_names  # type: ignore[attr-defined]
    name = f"{family}, {given}" if family and given else family or given
    original = " ".join(p for p in (r.given_names_original,  # type: ignore[attr-defined]
                                    r.family_name_original) if p)  # type: ignore[attr-defined]
    return ClientChoice(
        r.id, name or original, original, r.file_number, r.birth_date,  # type: ignore[attr-defined]
        r.birth_year_only, r.shelter,  # type: ignore[attr-defined]
        r.interpreter_language if r.interpreter_needed else "",  # type: ignore[attr-defined]
    )


def choices_by_id(vault: Vault, ids: Iterable[str]) -> list[ClientChoice]:
    """The picker lines of the clients ``ids``, in the order given."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    with vault.session() as s:
        found = {r.id: _choice(r) for r in s.execute(select(*_COLUMNS).where(ClientRow.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def _hit_id(hit: object) -> str | None:
    if isinstance(hit, str):
        return hit
    for attr in ("client_id", "id"):
        value = getattr(hit, attr, None)
        if isinstance(value, str):
            return value
    client = getattr(hit, "client", None)
    return getattr(client, "id", None) if client is not None else None


def _ranked_search(vault: Vault, text: str, limit: int) -> list[str] | None:
    try:
        search = importlib.import_module("kimdesk.services.search")
    except ImportError:
        return None
    fn = getattr(search, "search_clients", None)
    ready = getattr(search, "has_index", None)
    if fn is None or (ready is not None and not ready(vault)):
        return None  # the index is built after unlock; until then the plain search answers
    return [i for i in (_hit_id(h) for h in fn(vault, text, limit=limit)) if i]


def _substring_search(vault: Vault, text: str, limit: int) -> list[str]:
    words = [w for w in text.split() if w]
    criteria = []
    for word in words:
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        criteria.append(or_(*(func.lower(col).like(like.lower(), escape="\\") for col in (
            ClientRow.family_name, ClientRow.given_names, ClientRow.family_name_original,
            ClientRow.given_names_original, ClientRow.file_number))))
    stmt = (select(ClientRow.id).where(*criteria)
            .order_by(ClientRow.family_name, ClientRow.given_names, ClientRow.id).limit(limit))
    with vault.session() as s:
        return list(s.scalars(stmt))


def find_clients(vault: Vault, text: str, limit: int = 20) -> list[ClientChoice]:
    """Clients matching ``text`` (name in any script, or file number), best first."""
    text = " ".join(text.split())
    if not text:
        return []
    ids = _ranked_search(vault, text, limit)
    if ids is None:
        ids = _substring_search(vault, text, limit)
    return choices_by_id(vault, ids[:limit])


def known_shelters(vault: Vault, limit: int = 200) -> list[str]:
    """Names of the shelters clients live in, most frequent first."""
    stmt = (select(ClientRow.shelter).where(ClientRow.shelter != "")
            .group_by(ClientRow.shelter).order_by(func.count().desc(), ClientRow.shelter)
            .limit(limit))
    with vault.session() as s:
        return list(s.scalars(stmt))


def known_places(vault: Vault, place_kind: PlaceKind, limit: int = 50,
                 recent: int = 1000) -> list[str]:
    """Places of ``place_kind`` used in the last ``recent`` appointments, most frequent first."""
    stmt = (select(AppointmentRow.place_kind, AppointmentRow.place)
            .order_by(AppointmentRow.starts_at.desc()).limit(recent))
    with vault.session() as s:
        counts = Counter(r.place for r in s.execute(stmt)
                         if r.place_kind == place_kind.value and r.place)
    return [place for place, _n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][:limit]
