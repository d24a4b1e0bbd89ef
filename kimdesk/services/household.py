"""Household and family links between clients (stored once, read from both sides)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_

from kimdesk.data.repositories.records import CLIENTS, HOUSEHOLD
from kimdesk.data.schema import ClientRow, HouseholdLinkRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import RelationKind
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Client, HouseholdLink
from kimdesk.services.recording import add_record, delete_record

_INVERSE = {RelationKind.CHILD: RelationKind.PARENT, RelationKind.PARENT: RelationKind.CHILD}


@dataclass(frozen=True, slots=True)
class Relative:
    link_id: str
    relation: RelationKind  # what the relative is to the client
    same_household: bool
    client: Client


def link(vault: Vault, client_id: str, relative_id: str, relation: RelationKind,
         *, same_household: bool = True) -> HouseholdLink:
    """Record that ``relative_id`` is the ``relation`` of ``client_id``."""
    if client_id == relative_id:
        raise ValueError("Eine Person kann nicht mit sich selbst verknüpft werden.")
    with vault.session() as s:
        a, b = HouseholdLinkRow.client_id, HouseholdLinkRow.relative_id
        pair = or_((a == client_id) & (b == relative_id), (a == relative_id) & (b == client_id))
        if HOUSEHOLD.where(s, pair):
            raise ValueError("Diese beiden Personen sind bereits miteinander verknüpft.")
    item = HouseholdLink(new_id(), client_id, relative_id, relation, same_household)
    return add_record(vault, HOUSEHOLD, item, entity="household", subject=client_id)


def relatives(vault: Vault, client_id: str) -> list[Relative]:
    """The client's relatives, seen from the client."""
    with vault.session() as s:
        links = HOUSEHOLD.where(s, or_(HouseholdLinkRow.client_id == client_id,
                                       HouseholdLinkRow.relative_id == client_id))
        other_ids = [lk.relative_id if lk.client_id == client_id else lk.client_id for lk in links]
        people = {c.id: c for c in CLIENTS.where(s, ClientRow.id.in_(other_ids))}
    out = []
    for lk, other in zip(links, other_ids, strict=True):
        relation = lk.relation if lk.client_id == client_id else _INVERSE.get(lk.relation, lk.relation)
        if other in people:
            out.append(Relative(lk.id, relation, lk.same_household, people[other]))
    return out


def unlink(vault: Vault, link_id: str) -> None:
    """Remove a household link (the two clients stay)."""
    delete_record(vault, HOUSEHOLD, link_id, entity="household")


def restore_link(vault: Vault, item: HouseholdLink) -> HouseholdLink:
    """Store a removed link again with its original id (redo/undo)."""
    return add_record(vault, HOUSEHOLD, item, entity="household", subject=item.client_id)


def get_link(vault: Vault, link_id: str) -> HouseholdLink:
    """One stored link."""
    with vault.session() as s:
        return HOUSEHOLD.get(s, link_id)
