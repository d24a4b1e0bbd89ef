"""Helpers of the retention, erasure and transfer tests: rich clients, plaintext, table hashes."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import Boolean, Date, DateTime, Integer, String, select, text

from kimdesk.data import keyfile
from kimdesk.data.repositories import records as r
from kimdesk.data.repositories.base import bulk_add
from kimdesk.data.schema import AgencyRow, Base, CodeList, UTCDateTime
from kimdesk.data.vault import Vault
from kimdesk.domain import enums as e
from kimdesk.domain import models as m
from kimdesk.domain.ids import new_id
from kimdesk.services import client_graph, clients

PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV 16 + HMAC-SHA512 64


def any_agency(vault: Vault) -> str:
    """The id of some agency (created when the vault has none)."""
    with vault.session(write=True) as s:
        found = s.scalars(select(AgencyRow.id).limit(1)).first()
        if found:
            return found
        agency = m.Agency(new_id(), "Ausländerbehörde Musterstadt", e.AgencyKind.AUSLAENDERBEHOERDE)
        r.AGENCIES.add(s, agency)
        return agency.id


def rich_client(vault: Vault, family: str, original: str, *, relative_id: str | None = None,
                opened_on: date | None = None, closed_on: date | None = None,
                reason: e.ClosureReason | None = e.ClosureReason.GOALS_ACHIEVED,
                hold: bool = False, fill_every_table: bool = True) -> str:
    """A client with a record in every table that holds client data; the name is in the texts."""
    client = clients.create_client(vault, clients.new_client(
        family_name=family, given_names="Ilvana", family_name_original=original,
        given_names_original="ئیلڤانا", nationalities=("IQ",), phone="0176 5550101",
        city="Musterstadt"))
    agency = any_agency(vault)
    opened = opened_on or (closed_on - timedelta(days=200) if closed_on else date(2020, 2, 3))
    now = datetime.now(UTC)
    case = m.Case(new_id(), client.id, opened, e.Phase.CLOSURE if closed_on else e.Phase.MONITORING,
                  closed_on=closed_on, closure_reason=reason if closed_on else None,
                  closure_note=f"Abschluss {family}" if closed_on else "", legal_hold=hold)
    goal = m.Goal(new_id(), case.id, f"Ziel für {family}", e.LifeArea.ARBEIT,
                  status=e.GoalStatus.OPEN)
    referral = m.Referral(new_id(), client.id, agency, now, e.ReferralStatus.SENT, case.id, goal.id,
                          f"Vermittlung {family} {original}")
    items: dict[str, list[Any]] = {
        "CASES": [case],
        "PHASES": [m.PhaseChange(new_id(), case.id, e.Phase.ACCESS, now, f"Start {family}")],
        "ASSESSMENTS": [m.Assessment(new_id(), case.id, e.LifeArea.WOHNEN, e.NeedLevel.HIGH,
                                     f"Wohnung von {family}")],
        "GOALS": [goal],
        "GOAL_STEPS": [m.GoalStep(new_id(), goal.id, 1, f"Schritt {family}")],
        "NOTES": [m.CaseNote(new_id(), case.id, now, e.NoteType.CONSULTATION,
                             f"Gespräch mit {family} ({original}) über die Unterlagen.")],
        "FACTORS": [m.Factor(new_id(), case.id, e.FactorKind.PROMOTING, "familie", f"{family}")],
        "CONSENTS": [m.Consent(new_id(), client.id, e.ConsentKind.RELEASE,
                               recipient_agency_id=agency,
                               recipient_name=f"ABH für {family}", granted_on=opened)],
        "RESIDENCE": [m.ResidenceStatus(new_id(), client.id, e.ResidenceTitle.DULDUNG,
                                        note=f"Duldung {family}", valid_from=opened)],
        "LEGAL_AREAS": [m.LegalAreaPeriod(new_id(), client.id, e.LegalArea.SGB_II, f"JC {family}",
                                          agency, valid_from=opened)],
        "APPOINTMENTS": [m.Appointment(new_id(), now, 30, e.AppointmentKind.CONSULTATION, client.id,
                                       notes=f"Termin {family} {original}", agency_id=agency)],
        "REFERRALS": [referral],
        "REFERRAL_EVENTS": [m.ReferralEvent(new_id(), referral.id, now, e.ReferralStatus.DRAFT,
                                            e.ReferralStatus.SENT, f"gesendet {family}")],
    }
    if relative_id:
        items["HOUSEHOLD"] = [
            m.HouseholdLink(new_id(), client.id, relative_id, e.RelationKind.SIBLING),
            m.HouseholdLink(new_id(), relative_id, client.id, e.RelationKind.SIBLING)]
    with vault.session(write=True) as s:
        for name in ("CASES", "GOALS", "PHASES", "ASSESSMENTS", "GOAL_STEPS", "NOTES", "FACTORS",
                     "CONSENTS", "RESIDENCE", "LEGAL_AREAS", "APPOINTMENTS", "REFERRALS",
                     "REFERRAL_EVENTS", "HOUSEHOLD"):
            bulk_add(s, getattr(r, name), items.get(name, []))
    if fill_every_table:
        fill_missing_tables(vault, client.id, f"{family} {original}")
    return client.id


def _value(col: Any, marker: str) -> Any:
    t = col.type
    if isinstance(t, UTCDateTime):
        return datetime.now(UTC)
    if isinstance(t, CodeList):
        return ("de",)
    if isinstance(t, Boolean):
        return False
    if isinstance(t, Integer):
        return 1
    if isinstance(t, DateTime):
        return datetime.now()
    if isinstance(t, Date):
        return date(2021, 1, 1)
    if isinstance(t, String) and (t.length or 10_000) < 64:
        return "x"
    return marker


def fill_missing_tables(vault: Vault, client_id: str, marker: str) -> None:
    """Add a generic row to every client table the client has no row in yet (new tables too)."""
    with vault.session(write=True) as s:
        have = client_graph.owned_ids(s, [client_id])
        for owned in client_graph.owned_tables():
            if have.get(owned.name):
                continue
            values: dict[str, Any] = {}
            for col in owned.table.columns:
                fk = next(iter(col.foreign_keys), None)
                if col.name == "id":
                    values["id"] = new_id()
                elif fk is not None:
                    parent = fk.column.table.name
                    ids = sorted(have.get(parent, ())) or (
                        [s.scalars(select(fk.column.table.c.id).limit(1)).first()]
                        if not col.nullable else [None])
                    values[col.name] = ids[0]
                else:
                    values[col.name] = _value(col, marker)
            s.execute(owned.table.insert().values(**values))
            have[owned.name] = {values["id"]}


def decrypt_pages(data: bytes, key: bytes, *, wal: bool = False) -> bytes:
    """The plaintext of every page of an SQLCipher file (or WAL), free pages included."""
    out: list[bytes] = []

    def page(raw: bytes, first: bool) -> bytes:
        iv = raw[PAGE - RESERVE:PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return dec.update(raw[16 if first else 0:PAGE - RESERVE]) + dec.finalize()

    if wal:
        pos = 32
        while pos + 24 + PAGE <= len(data):
            pgno = int.from_bytes(data[pos:pos + 4], "big")
            out.append(page(data[pos + 24:pos + 24 + PAGE], pgno == 1))
            pos += 24 + PAGE
    else:
        for i in range(0, len(data) - PAGE + 1, PAGE):
            out.append(page(data[i:i + PAGE], i == 0))
    return b"".join(out)


def plaintext_of_vault(path: Path, passphrase: str) -> bytes:
    """Decrypted pages of the database and its WAL, plus the raw bytes of every vault file."""
    key, _ = keyfile.unwrap(keyfile.read(path), passphrase)
    parts = [decrypt_pages(path.read_bytes(), key)]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        parts.append(decrypt_pages(wal.read_bytes(), key, wal=True))
    return b"".join(parts)


def table_digest(vault: Vault) -> dict[str, str]:
    """A hash of every table's rows (sorted), to prove that nothing changed."""
    digests: dict[str, str] = {}
    with vault.engine.connect() as conn:
        for tbl in Base.metadata.sorted_tables:
            rows = conn.execute(text(f'SELECT * FROM "{tbl.name}"')).all()
            blob = "\n".join(sorted(repr(tuple(row)) for row in rows))
            digests[tbl.name] = hashlib.sha256(blob.encode()).hexdigest()
    return digests
