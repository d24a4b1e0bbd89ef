"""The agency directory: offices and services that clients are referred to."""

from __future__ import annotations

import dataclasses

from kimdesk.data.repositories.records import AGENCIES
from kimdesk.data.schema import AgencyRow
from kimdesk.data.vault import Vault
from kimdesk.domain.models import Agency
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.validation import Checker
from kimdesk.text.sanitize import clean_line, clean_text


def validate_agency(agency: Agency) -> Agency:
    """Cleaned agency or ValidationError."""
    agency = dataclasses.replace(
        agency, name=clean_line(agency.name), street=clean_line(agency.street),
        city=clean_line(agency.city), contact_person=clean_line(agency.contact_person),
        phone=clean_line(agency.phone), email=clean_line(agency.email),
        opening_hours=clean_text(agency.opening_hours), notes=clean_text(agency.notes),
    )
    c = Checker()
    c.required("name", agency.name, "Name")
    c.max_len("name", agency.name, 200, "Name")
    if agency.email and "@" not in agency.email:
        c.fail("email", "Die E-Mail-Adresse braucht ein @.")
    c.raise_if_any()
    return agency


def add_agency(vault: Vault, agency: Agency) -> Agency:
    """Add an office or service to the directory."""
    agency = validate_agency(agency)
    return add_record(vault, AGENCIES, agency, entity="agency", subject=agency.id)


def update_agency(vault: Vault, agency: Agency) -> Agency:
    """Change a directory entry."""
    agency = validate_agency(agency)
    return update_record(vault, AGENCIES, agency, entity="agency", subject=agency.id)


def list_agencies(vault: Vault) -> list[Agency]:
    """The whole directory, by kind and name."""
    with vault.session() as s:
        return AGENCIES.where(s, order_by=(AgencyRow.kind, AgencyRow.name))
