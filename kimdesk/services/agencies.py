"""The agency directory: offices and services that clients are referred to."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sqlalchemy import func, select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.records import AGENCIES
from kimdesk.data.schema import (
    AgencyRow, AppointmentRow, ConsentRow, LegalAreaPeriodRow, ReferralRow,
)
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AgencyKind, AuditAction
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Agency
from kimdesk.services.recording import add_record, update_record
from kimdesk.services.validation import MAX_NAME, Checker
from kimdesk.text.sanitize import clean_line, clean_text

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


class AgencyInUse(ValueError):
    """The agency is still referred to and cannot be deleted."""


@dataclass(frozen=True, slots=True)
class AgencyUsage:
    """How many records point at an agency."""

    referrals: int = 0
    releases: int = 0
    appointments: int = 0
    legal_areas: int = 0

    @property
    def total(self) -> int:
        """All references together."""
        return self.referrals + self.releases + self.appointments + self.legal_areas


def new_agency(name: str, kind: AgencyKind = AgencyKind.SONSTIGE, **fields: object) -> Agency:
    """A draft agency with a fresh id (not yet stored)."""
    return Agency(id=new_id(), name=name, kind=kind, **fields)  # type: ignore[arg-type]


def validate_agency(agency: Agency) -> Agency:
    """Cleaned agency or ValidationError."""
    agency = dataclasses.replace(
        agency, name=clean_line(agency.name), street=clean_line(agency.street),
        postal_code=clean_line(agency.postal_code),
        city=clean_line(agency.city), contact_person=clean_line(agency.contact_person),
        phone=clean_line(agency.phone), email=clean_line(agency.email),
        opening_hours=clean_text(agency.opening_hours), notes=clean_text(agency.notes),
        languages=tuple(dict.fromkeys(clean_line(x) for x in agency.languages if x.strip())),
    )
    c = Checker()
    c.required("name", agency.name, "Name")
    for field, limit, what in (("name", MAX_NAME, "Name"), ("street", 200, "Straße"),
                               ("postal_code", 16, "PLZ"), ("city", 100, "Ort"),
                               ("contact_person", 200, "Ansprechperson"),
                               ("phone", 64, "Telefon"), ("email", 200, "E-Mail"),
                               ("opening_hours", 2000, "Öffnungszeiten"),
                               ("notes", 20_000, "Notizen")):
        c.max_len(field, getattr(agency, field), limit, what)
    if agency.email and "@" not in agency.email:
        c.fail("email", "Die E-Mail-Adresse braucht ein @.")
    for code in agency.languages:
        if not LANGUAGE_CODE.match(code):
            c.fail("languages", f"„{code}“ ist kein Sprachcode (z. B. de, ar, fa_AF, ti).")
    if len(",".join(agency.languages)) > 200:
        c.fail("languages", "Zu viele Sprachen (höchstens 200 Zeichen).")
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


def get_agency(vault: Vault, agency_id: str) -> Agency:
    """One directory entry."""
    with vault.session() as s:
        return AGENCIES.get(s, agency_id)


def list_agencies(vault: Vault) -> list[Agency]:
    """The whole directory, by kind and name."""
    with vault.session() as s:
        return AGENCIES.where(s, order_by=(AgencyRow.kind, AgencyRow.name))


def agency_usage(vault: Vault, agency_id: str) -> AgencyUsage:
    """Count referrals, releases, appointments and legal-area periods naming the agency."""
    def count(s: object, col: object) -> int:
        return int(s.scalar(select(func.count()).where(col == agency_id)))  # type: ignore

    with vault.session() as s:
        return AgencyUsage(count(s, ReferralRow.agency_id),
                           count(s, ConsentRow.recipient_agency_id),
                           count(s, AppointmentRow.agency_id),
                           count(s, LegalAreaPeriodRow.agency_id))


def delete_agency(vault: Vault, agency_id: str) -> None:
    """Remove an unused entry; AgencyInUse (German) when records still point at it."""
    usage = agency_usage(vault, agency_id)
    if usage.total:
        parts = [f"{n} {what}" for n, what in (
            (usage.referrals, "Vermittlung(en)"), (usage.releases, "Schweigepflichtentbindung(en)"),
            (usage.appointments, "Termin(e)"), (usage.legal_areas, "Rechtskreis-Zeitraum/-räume"),
        ) if n]
        raise AgencyInUse("Die Stelle kann nicht gelöscht werden, sie wird noch verwendet: "
                          + ", ".join(parts) + ".")
    with vault.session(write=True) as s:
        AGENCIES.delete(s, agency_id)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.DELETE, entity="agency",
                          entity_id=agency_id)
