"""Right of access (Art. 15 GDPR): everything stored about one client, as JSON.

The records come from the schema itself (``client_graph``: every table whose foreign keys
lead to the client – cases with phases, assessments, goals, steps, notes, factors;
consents, residence titles, legal areas, appointments, referrals with their history,
household links in both directions, §104c conditions, and any table added later), plus
the audit events about the client (ids and times of who viewed or changed what). Beside
the records: purposes (consents), recipients (agencies referred to, released to),
retention rule and expected deletion date, origin of the data and the person's rights.

The PDF for the person is the access form of :mod:`kimdesk.services.forms`; this module
writes the machine-readable copy (Art. 15 (3) / Art. 20).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text

from kimdesk.data.repositories.records import AGENCIES, COUNSELLORS
from kimdesk.data.schema import AgencyRow, AuditRow
from kimdesk.data.vault import Vault
from kimdesk.domain import enums as e
from kimdesk.domain.labels import label
from kimdesk.services import settings
from kimdesk.services.client_graph import (
    CLIENTS,
    owned_ids,
    owned_tables,
    rows_where_in,
    to_json,
)
from kimdesk.services.export_files import suffix_of, write_export

SECTION_TITLES = {
    "clients": "Stammdaten", "household_links": "Haushalt und Familie",
    "residence_statuses": "Aufenthaltstitel", "legal_area_periods": "Rechtskreise",
    "consents": "Einwilligungen und Schweigepflichtentbindungen", "cases": "Fälle",
    "case_phase_history": "Phasenverlauf", "assessments": "Bestandsaufnahme",
    "goals": "Ziele", "goal_steps": "Schritte der Ziele", "case_notes": "Notizen",
    "case_factors": "Förderliche und hemmende Faktoren", "appointments": "Termine",
    "referrals": "Vermittlungen", "referral_events": "Verlauf der Vermittlungen",
    "chancen_conditions": "Bedingungen §25a/§25b (Chancen-Aufenthaltsrecht)",
}
#: enum columns that get a German "<column>_bezeichnung" beside the stored code
ENUM_COLUMNS: dict[str, type[StrEnum]] = {
    "gender": e.Gender, "interpreter_gender": e.Gender, "relation": e.RelationKind,
    "title": e.ResidenceTitle, "legal_area": e.LegalArea, "purpose": e.ConsentPurpose,
    "phase": e.Phase, "closure_reason": e.ClosureReason, "life_area": e.LifeArea,
    "need": e.NeedLevel, "note_type": e.NoteType, "kind": e.FactorKind,
}
TABLE_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("appointments", "kind"): e.AppointmentKind, ("appointments", "status"): e.AppointmentStatus,
    ("appointments", "place_kind"): e.PlaceKind, ("referrals", "status"): e.ReferralStatus,
    ("referral_events", "from_status"): e.ReferralStatus,
    ("referral_events", "to_status"): e.ReferralStatus, ("consents", "kind"): e.ConsentKind,
    ("goals", "status"): e.GoalStatus, ("goals", "outcome"): e.GoalOutcome,
}
RIGHTS = ("Sie haben das Recht auf Berichtigung (Art. 16 DSGVO), Löschung (Art. 17), "
          "Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und "
          "Widerspruch (Art. 21). Eine Einwilligung können Sie jederzeit für die Zukunft "
          "widerrufen. Sie können sich bei der zuständigen Datenschutzaufsicht beschweren "
          "(Art. 77 DSGVO).")
PURPOSE_BASE = ("Beratung und Begleitung im Kommunalen Integrationsmanagement NRW "
                "(KIM-Case-Management) auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a, "
                "Art. 9 Abs. 2 lit. a DSGVO).")


class AccessError(ValueError):
    """No access report possible (unknown client, PDF not available); German sentence."""


@dataclass(frozen=True, slots=True)
class AccessReport:
    """The JSON document and how many records it holds per table."""

    client_id: str
    document: dict[str, Any]
    counts: dict[str, int]

    @property
    def total(self) -> int:
        """Records of every table together (audit events not counted)."""
        return sum(self.counts.values())


def _label(table: str, column: str, value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    enum = TABLE_ENUMS.get((table, column)) or ENUM_COLUMNS.get(column)
    if enum is None or value not in enum._value2member_map_:
        return None
    return label(enum(value))


def _with_labels(table: str, record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        out[key] = value
        text = _label(table, key, value)
        if text and text != value:
            out[f"{key}_bezeichnung"] = text
    return out


def _records(vault: Vault, client_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every record of every client-data table that belongs to the client, by table."""
    out: dict[str, list[dict[str, Any]]] = {}
    with vault.session() as s:
        ids = owned_ids(s, [client_id])
        if not ids.get(CLIENTS):
            raise AccessError("Diese Klient*in gibt es im Tresor nicht (mehr).")
        for owned in owned_tables():
            found = ids.get(owned.name, set())
            rows = rows_where_in(s, owned.table, "id", found) if found else []
            recs = sorted((to_json(owned.table, r) for r in rows), key=lambda r: str(r["id"]))
            out[owned.name] = [_with_labels(owned.name, r) for r in recs]
    return out


def _audit(vault: Vault, client_id: str) -> list[dict[str, Any]]:
    with vault.session() as s:
        rows = s.execute(select(AuditRow.seq, AuditRow.at, AuditRow.actor, AuditRow.action,
                                AuditRow.entity).where(AuditRow.entity_id == client_id)
                         .order_by(AuditRow.seq)).all()
    return [{"nr": r.seq, "zeit": r.at.isoformat(), "benutzer": r.actor, "aktion": r.action,
             "bereich": r.entity} for r in rows]


def _agencies(vault: Vault, ids: set[str]) -> dict[str, Any]:
    if not ids:
        return {}
    with vault.session() as s:
        return {a.id: a for a in AGENCIES.where(s, AgencyRow.id.in_(ids))}


def _recipients(records: dict[str, list[dict[str, Any]]], vault: Vault) -> list[dict[str, Any]]:
    refs = records.get("referrals", [])
    releases = [c for c in records.get("consents", []) if c.get("kind") == e.ConsentKind.RELEASE]
    agencies = _agencies(vault, {str(r["agency_id"]) for r in refs}
                         | {str(c["recipient_agency_id"]) for c in releases
                            if c.get("recipient_agency_id")})
    by_key: dict[str, dict[str, Any]] = {}

    def entry(agency_id: str | None, name: str) -> dict[str, Any]:
        agency = agencies.get(agency_id or "")
        key = agency_id or f"name:{name.casefold()}"
        if key not in by_key:
            by_key[key] = {
                "stelle": agency.name if agency else name,
                "art": label(agency.kind) if agency else "",
                "anschrift": " ".join(x for x in (agency.street, agency.postal_code, agency.city)
                                      if x) if agency else "",
                "vermittlungen": [], "schweigepflichtentbindungen": []}
        return by_key[key]

    for r in refs:
        entry(str(r["agency_id"]), "")["vermittlungen"].append(
            {"angelegt": r["created_at"], "status": r.get("status_bezeichnung") or r["status"],
             "uebermittelt": r["status"] not in (e.ReferralStatus.DRAFT,)})
    for c in releases:
        entry(c.get("recipient_agency_id"), str(c.get("recipient_name") or ""))[
            "schweigepflichtentbindungen"].append(
            {"erteilt_am": c.get("granted_on"), "gueltig_bis": c.get("expires_on"),
             "widerrufen_am": c.get("withdrawn_on"), "umfang": c.get("scope") or ""})
    return sorted(by_key.values(), key=lambda x: str(x["stelle"]).casefold())


def _purposes(records: dict[str, list[dict[str, Any]]], today: date) -> dict[str, Any]:
    items = []
    for c in records.get("consents", []):
        if c.get("kind") != e.ConsentKind.PURPOSE:
            continue
        withdrawn = c.get("withdrawn_on")
        expires = c.get("expires_on")
        state = ("widerrufen" if withdrawn and withdrawn <= today.isoformat() else
                 "abgelaufen" if expires and expires < today.isoformat() else "gültig")
        items.append({"zweck": c.get("purpose_bezeichnung") or c.get("purpose"),
                      "erteilt_am": c.get("granted_on"), "gueltig_bis": expires,
                      "widerrufen_am": withdrawn, "stand": state})
    return {"grundlage": PURPOSE_BASE, "einwilligungen": items}


def _retention(vault: Vault, records: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    from kimdesk.services import retention

    periods = retention.retention_periods(vault)
    default = settings.retention_years(vault)
    cases = records.get("cases", [])
    rule = (f"Löschung {default} Jahre nach Abschluss der Beratung (Löschkonzept der "
            "Einrichtung); abweichende Fristen je Abschlussgrund siehe „fristen_nach_grund“. "
            "Eine rechtliche Aufbewahrungspflicht (Sperre) schiebt die Löschung auf.")
    expected: str | None = None
    state = "Beratung läuft: die Frist beginnt mit dem Abschluss."
    if cases and all(c.get("closed_on") for c in cases):
        dues = []
        for c in cases:
            reason = str(c.get("closure_reason") or "")
            years = periods.get(e.ClosureReason(reason), default) \
                if reason in e.ClosureReason._value2member_map_ else default
            dues.append(retention.due_date(date.fromisoformat(str(c["closed_on"])), years))
        expected = max(dues).isoformat()
        state = "Alle Fälle abgeschlossen."
    if any(c.get("legal_hold") for c in cases):
        state = "Rechtliche Aufbewahrungspflicht: die Löschung ist ausgesetzt."
        expected = None
    if not cases:
        state = "Kein Fall angelegt."
    return {"regel": rule, "allgemeine_frist_jahre": default,
            "fristen_nach_grund": {label(r): y for r, y in periods.items()},
            "stand": state, "voraussichtliche_loeschung_ab": expected}


def _origin(records: dict[str, list[dict[str, Any]]], vault: Vault, client_id: str) -> list[str]:
    out = ["Angaben der betroffenen Person im Beratungsgespräch (Erhebung bei Ihnen, "
           "Art. 13 DSGVO)."]
    if records.get("referral_events"):
        out.append("Rückmeldungen der Stellen, an die Sie vermittelt wurden (Stand und Ergebnis "
                   "der Vermittlung).")
    if records.get("residence_statuses") or records.get("legal_area_periods"):
        out.append("Vorgelegte Bescheide und Dokumente (Aufenthaltstitel, Leistungsbescheide), "
                   "mit Ihrem Einverständnis übernommen.")
    with vault.session() as s:
        if inspect(s.connection()).has_table("sync_state"):
            moved = s.execute(text("SELECT COUNT(*) FROM sync_state WHERE client_id = :c"),
                              {"c": client_id}).scalar()
            if moved:
                out.append("Übertragung zwischen Geräten derselben Beratungsstelle "
                           "(verschlüsselt, offline).")
    return out


def build(vault: Vault, client_id: str, *, today: date | None = None) -> AccessReport:
    """Everything stored about the client, with purposes, recipients, retention, origin."""
    today = today or date.today()
    records = _records(vault, client_id)
    letterhead = settings.get_letterhead(vault)
    with vault.session() as s:
        counsellors = {c.id: c.display_name for c in COUNSELLORS.where(s)}
    used = {str(v) for recs in records.values() for r in recs
            for k, v in r.items() if k == "counsellor_id" and v}
    document: dict[str, Any] = {
        "art": "Auskunft nach Art. 15 DSGVO",
        "erstellt_am": today.isoformat(),
        "verantwortliche_stelle": {
            "name": letterhead.name, "anschrift": letterhead.address,
            "datenschutzbeauftragte": letterhead.dpo_contact,
            "aufsichtsbehoerde": letterhead.supervisory_authority,
            "kirchliches_datenschutzrecht": letterhead.church_law},
        "betroffene_person": records.get(CLIENTS, [{}])[0],
        "zwecke": _purposes(records, today),
        "empfaenger": _recipients(records, vault),
        "speicherdauer": _retention(vault, records),
        "herkunft": _origin(records, vault, client_id),
        "rechte": RIGHTS,
        "berater_innen": {cid: counsellors.get(cid, "") for cid in sorted(used)},
        "daten": {name: {"bezeichnung": SECTION_TITLES.get(name, name),
                         "datensaetze": records[name]} for name in _ordered(records)},
        "protokoll": {"bezeichnung": "Zugriffe und Änderungen (Protokoll, nur Kennungen)",
                      "eintraege": _audit(vault, client_id)},
    }
    return AccessReport(client_id, document, {k: len(v) for k, v in records.items()})


def _ordered(records: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Table names in reading order (known sections first, tables added later after)."""
    known = [name for name in SECTION_TITLES if name in records]
    return known + sorted(name for name in records if name not in SECTION_TITLES)


def to_json_bytes(report: AccessReport) -> bytes:
    """Pretty UTF-8 JSON."""
    return (json.dumps(report.document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def pdf_available() -> bool:
    """True when the forms service can print the access report (form 7)."""
    try:
        from kimdesk.forms.builders import KINDS, builder

        return "access" in KINDS and callable(builder("access"))
    except (ImportError, ValueError):
        return False


def export(vault: Vault, client_id: str, path: Path, *, lang: str | None = None) -> AccessReport:
    """Write the access report as JSON or as the PDF form (by suffix); audited as EXPORT."""
    suffix = suffix_of(Path(path), (".json", ".pdf"))
    report = build(vault, client_id)
    if suffix == ".json":
        write_export(vault, Path(path), to_json_bytes(report), entity="access_report",
                     entity_id=client_id)
        return report
    if not pdf_available():
        raise AccessError("Das PDF der Auskunft ist in dieser Version nicht verfügbar; bitte "
                          "als JSON speichern (…json).")
    from kimdesk.services import forms

    rendered = forms.render_form(vault, "access", client_id=client_id, lang=lang)
    forms.export_form(vault, rendered, Path(path), client_id=client_id)
    return report
