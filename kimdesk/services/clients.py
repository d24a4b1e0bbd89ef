"""Clients: create, change, view, delete, list. One transaction and one audit event each."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.records import CLIENTS, COUNSELLORS
from kimdesk.data.schema import ClientRow, CounsellorRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Client, Counsellor, Interpreter
from kimdesk.services import search
from kimdesk.services.client_list import (  # noqa: F401 - re-exported for callers
    ClientFilter,
    ClientListRow,
    count_clients,
    list_clients,
    rows_by_ids,
)
from kimdesk.services.validation import MAX_NAME, Checker
from kimdesk.text.sanitize import clean_line

_ISO2 = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def _clean(client: Client) -> Client:
    interp = client.interpreter
    return dataclasses.replace(
        client,
        family_name=clean_line(client.family_name),
        given_names=clean_line(client.given_names),
        family_name_original=clean_line(client.family_name_original),
        given_names_original=clean_line(client.given_names_original),
        nationalities=tuple(clean_line(n).upper() for n in client.nationalities if n.strip()),
        languages=tuple(clean_line(n) for n in client.languages if n.strip()),
        interpreter=Interpreter(
            interp.needed, clean_line(interp.language), clean_line(interp.dialect),
            interp.preferred_gender,
        ),
        phone=clean_line(client.phone),
        email=clean_line(client.email),
        street=clean_line(client.street),
        postal_code=clean_line(client.postal_code),
        city=clean_line(client.city),
        shelter=clean_line(client.shelter),
        file_number=clean_line(client.file_number),
        birth_date=(
            date(client.birth_date.year, 1, 1)
            if client.birth_date and client.birth_year_only
            else client.birth_date
        ),
    )


def validate_client(client: Client, *, today: date | None = None) -> Client:
    """The cleaned client, or ValidationError naming every bad field."""
    client = _clean(client)
    today = today or date.today()
    c = Checker()
    if not (client.family_name or client.family_name_original):
        c.fail("family_name", "Nachname (lateinisch oder in Originalschrift) ist ein Pflichtfeld.")
    for field, label in (
        ("family_name", "Nachname"), ("given_names", "Vorname(n)"),
        ("family_name_original", "Nachname (Originalschrift)"),
        ("given_names_original", "Vorname(n) (Originalschrift)"),
        ("street", "Straße"), ("shelter", "Unterkunft"), ("email", "E-Mail"),
    ):
        c.max_len(field, getattr(client, field), MAX_NAME, label)
    c.max_len("file_number", client.file_number, 64, "Aktenzeichen")
    c.not_future("birth_date", client.birth_date, today, "Das Geburtsdatum")
    if client.birth_date and client.birth_date.year < 1900:
        c.fail("birth_date", "Das Geburtsdatum liegt vor 1900.")
    for code in client.nationalities:
        if not _ISO2.match(code):
            c.fail("nationalities", f"„{code}“ ist kein Ländercode nach ISO 3166 (z. B. SY, AF).")
    for code in client.languages:
        if not _LANG.match(code):
            c.fail("languages", f"„{code}“ ist kein Sprachcode (z. B. ar, fa, fa_AF, ti).")
    if client.email and "@" not in client.email:
        c.fail("email", "Die E-Mail-Adresse braucht ein @.")
    c.raise_if_any()
    return client


def _next_file_number(s: object, year: int) -> str:
    prefix = f"KIM-{year}-"
    last = s.scalar(  # type: ignore[attr-defined]
        select(func.max(ClientRow.file_number)).where(ClientRow.file_number.like(prefix + "%"))
    )
    number = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{number:05d}"


def new_client(**fields: object) -> Client:
    """A draft client with a fresh id (not yet stored)."""
    return Client(id=new_id(), **fields)  # type: ignore[arg-type]


def create_client(vault: Vault, client: Client) -> Client:
    """Validate and store a new client; assigns a file number when none is given."""
    client = validate_client(client)
    now = datetime.now(UTC)
    counsellor = client.counsellor_id or vault.counsellor_id()
    with vault.session(write=True) as s:
        if not client.file_number:
            client = dataclasses.replace(client, file_number=_next_file_number(s, now.year))
        client = dataclasses.replace(client, created_at=now, updated_at=now,
                                     counsellor_id=counsellor)
        CLIENTS.add(s, client)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.CREATE, entity="client",
                          entity_id=client.id)
        client = CLIENTS.get(s, client.id)
    search.client_changed(vault, client)
    return client


def update_client(vault: Vault, client: Client) -> Client:
    """Validate and store changes to an existing client."""
    client = validate_client(client)
    with vault.session(write=True) as s:
        CLIENTS.update(s, client)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="client",
                          entity_id=client.id)
        stored = CLIENTS.get(s, client.id)
    search.client_changed(vault, stored)
    return stored


def get_client(vault: Vault, client_id: str, *, record_view: bool = True) -> Client:
    """One client; opening a profile is recorded in the audit log."""
    with vault.session(write=record_view) as s:
        client = CLIENTS.get(s, client_id)
        if record_view:
            audit_repo.append(s, actor=vault.actor, action=AuditAction.VIEW, entity="client",
                              entity_id=client_id)
    return client


def delete_client(vault: Vault, client_id: str) -> None:
    """Remove a client and everything recorded about them."""
    with vault.session(write=True) as s:
        CLIENTS.delete(s, client_id)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.DELETE, entity="client",
                          entity_id=client_id)
    search.client_removed(vault, client_id)


def counsellors(vault: Vault) -> list[Counsellor]:
    """The counsellors known to the vault, by name."""
    with vault.session() as s:
        return COUNSELLORS.where(s, order_by=(CounsellorRow.display_name,))
