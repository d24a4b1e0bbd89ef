"""The client list: filtered, sorted pages of light rows, cheap enough to call while scrolling."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select

from kimdesk.data.schema import CaseRow, ClientRow, LegalAreaPeriodRow, ResidenceStatusRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import LegalArea, Phase


@dataclass(frozen=True, slots=True)
class ClientListRow:
    """What one line of the client list shows (no query needed to paint it)."""

    id: str
    family_name: str
    given_names: str
    original_name: str
    birth_date: date | None
    birth_year_only: bool
    file_number: str
    nationalities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClientFilter:
    """What the list is narrowed to; None fields do not filter."""

    phase: Phase | None = None
    legal_area: LegalArea | None = None
    counsellor_id: str | None = None
    open_cases: bool | None = None  # True: an open case; False: only closed cases
    expiring_within_days: int | None = None  # a residence title ends within N days

    @property
    def active(self) -> bool:
        """True when any field filters."""
        return any(v is not None for v in (self.phase, self.legal_area, self.counsellor_id,
                                           self.open_cases, self.expiring_within_days))


SORT_COLUMNS = {
    "name": (ClientRow.family_name, ClientRow.given_names),
    "given": (ClientRow.given_names, ClientRow.family_name),
    "original": (ClientRow.family_name_original, ClientRow.given_names_original),
    "birth_date": (ClientRow.birth_date,),
    "nationality": (ClientRow.nationalities,),
    "file_number": (ClientRow.file_number,),
    "updated": (ClientRow.updated_at,),
}

_COLUMNS = (ClientRow.id, ClientRow.family_name, ClientRow.given_names,
            ClientRow.given_names_original, ClientRow.family_name_original, ClientRow.birth_date,
            ClientRow.birth_year_only, ClientRow.file_number, ClientRow.nationalities)


def _criteria(f: ClientFilter | None, today: date) -> list[Any]:
    if f is None:
        return []
    out: list[Any] = []
    if f.counsellor_id:
        out.append(ClientRow.counsellor_id == f.counsellor_id)
    case_conditions = [CaseRow.client_id == ClientRow.id]
    if f.phase is not None:
        case_conditions.append(CaseRow.phase == f.phase.value)
    if f.open_cases is True:
        case_conditions.append(CaseRow.closed_on.is_(None))
    if len(case_conditions) > 1:
        out.append(exists().where(and_(*case_conditions)))
    if f.open_cases is False:
        out.append(~exists().where(and_(CaseRow.client_id == ClientRow.id,
                                        CaseRow.closed_on.is_(None))))
    if f.legal_area is not None:
        out.append(exists().where(and_(LegalAreaPeriodRow.client_id == ClientRow.id,
                                       LegalAreaPeriodRow.legal_area == f.legal_area.value,
                                       LegalAreaPeriodRow.valid_until.is_(None))))
    if f.expiring_within_days is not None:
        out.append(exists().where(and_(
            ResidenceStatusRow.client_id == ClientRow.id,
            ResidenceStatusRow.valid_until >= today,
            ResidenceStatusRow.valid_until <= today + timedelta(days=f.expiring_within_days))))
    return out


def _row(r: Any) -> ClientListRow:
    return ClientListRow(
        r.id, r.family_name, r.given_names,
        " ".join(p for p in (r.given_names_original, r.family_name_original) if p),
        r.birth_date, r.birth_year_only, r.file_number, r.nationalities,
    )


def count_clients(vault: Vault, filters: ClientFilter | None = None) -> int:
    """How many clients match ``filters`` (all when None)."""
    stmt = select(func.count()).select_from(ClientRow).where(*_criteria(filters, date.today()))
    with vault.session() as s:
        return s.scalar(stmt) or 0


def list_clients(
    vault: Vault, *, offset: int = 0, limit: int = 200, sort: str = "name",
    descending: bool = False, filters: ClientFilter | None = None,
) -> list[ClientListRow]:
    """One page of the (filtered) client list, sorted."""
    cols = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    order = [c.desc() if descending else c.asc() for c in cols] + [ClientRow.id]
    stmt = (select(*_COLUMNS).where(*_criteria(filters, date.today()))
            .order_by(*order).offset(offset).limit(limit))
    with vault.session() as s:
        return [_row(r) for r in s.execute(stmt)]


def rows_by_ids(vault: Vault, ids: Sequence[str], filters: ClientFilter | None = None
                ) -> list[ClientListRow]:
    """The rows for ``ids`` in the given order (those failing ``filters`` left out)."""
    found: dict[str, ClientListRow] = {}
    with vault.session() as s:
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            stmt = select(*_COLUMNS).where(ClientRow.id.in_(chunk),
                                           *_criteria(filters, date.today()))
            found.update((r.id, _row(r)) for r in s.execute(stmt))
    return [found[i] for i in ids if i in found]
