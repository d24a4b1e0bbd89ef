"""Vault-wide settings (letterhead, retention period, ...): JSON values in the ``settings`` table.

Every value is stored encrypted inside the vault, so every device using the vault prints
the same letterhead. Writes are audited (entity ``settings``, the key as id; never values).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import Setting
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.letterhead import Letterhead
from kimdesk.services.validation import MAX_NAME, Checker
from kimdesk.text.sanitize import clean_line, clean_text

LETTERHEAD_KEY = "letterhead"
RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 3
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")
_KEY_MAX = 36  # audit entity ids hold at most 36 characters


def get_setting(vault: Vault, key: str, default: Any = None) -> Any:
    """The JSON value stored under ``key``, or ``default`` when unset or unreadable."""
    with vault.session() as s:
        row = s.get(Setting, key)
        raw = row.value if row is not None else None
    if raw is None:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        return default


def set_setting(vault: Vault, key: str, value: Any) -> None:
    """Store a JSON-serialisable value under ``key`` (one transaction, one audit event)."""
    if not key or len(key) > _KEY_MAX:
        raise ValueError(f"setting key must have 1..{_KEY_MAX} characters: {key!r}")
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with vault.session(write=True) as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=raw))
        else:
            row.value = raw
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="settings",
                          entity_id=key)


def _clean_letterhead(lh: Letterhead) -> Letterhead:
    return dataclasses.replace(
        lh, name=clean_line(lh.name), address=clean_text(lh.address),
        logo_path=clean_line(lh.logo_path), phone=clean_line(lh.phone),
        email=clean_line(lh.email), dpo_contact=clean_line(lh.dpo_contact),
        supervisory_authority=clean_line(lh.supervisory_authority),
        church_law=clean_line(lh.church_law),
    )


def validate_letterhead(lh: Letterhead) -> Letterhead:
    """The cleaned letterhead, or ValidationError naming every bad field."""
    lh = _clean_letterhead(lh)
    c = Checker()
    c.max_len("name", lh.name, MAX_NAME, "Name der Einrichtung")
    c.max_len("address", lh.address, 1000, "Anschrift")
    for field, label in (("phone", "Telefon"), ("email", "E-Mail"),
                         ("dpo_contact", "Datenschutzbeauftragte*r"),
                         ("supervisory_authority", "Aufsichtsbehörde"),
                         ("church_law", "Kirchliches Datenschutzgesetz")):
        c.max_len(field, getattr(lh, field), 400, label)
    if lh.email and "@" not in lh.email:
        c.fail("email", "Die E-Mail-Adresse braucht ein @.")
    if lh.logo_path:
        path = Path(lh.logo_path)
        if path.suffix.lower() not in LOGO_SUFFIXES:
            c.fail("logo_path", "Das Logo muss ein PNG-, JPEG- oder GIF-Bild sein.")
        elif not path.is_file():
            c.fail("logo_path", f"Die Logodatei „{lh.logo_path}“ gibt es nicht.")
    c.raise_if_any()
    return lh


def get_letterhead(vault: Vault) -> Letterhead:
    """The organisation's letterhead (empty fields when nothing is set)."""
    raw = get_setting(vault, LETTERHEAD_KEY, {})
    if not isinstance(raw, dict):
        return Letterhead()
    known = {f.name for f in dataclasses.fields(Letterhead)}
    return Letterhead(**{k: str(v) for k, v in raw.items() if k in known and v is not None})


def set_letterhead(vault: Vault, letterhead: Letterhead) -> Letterhead:
    """Validate and store the letterhead; returns the cleaned one."""
    letterhead = validate_letterhead(letterhead)
    set_setting(vault, LETTERHEAD_KEY, dataclasses.asdict(letterhead))
    return letterhead


def retention_years(vault: Vault) -> int:
    """Years after the end of counselling until the data are deleted (deletion concept)."""
    value = get_setting(vault, RETENTION_KEY, DEFAULT_RETENTION_YEARS)
    try:
        years = int(value)
    except (TypeError, ValueError):
        return DEFAULT_RETENTION_YEARS
    return years if 0 < years <= 30 else DEFAULT_RETENTION_YEARS


def set_retention_years(vault: Vault, years: int) -> None:
    """Store the deletion period in years (1..30)."""
    c = Checker()
    if not 1 <= int(years) <= 30:
        c.fail("retention_years", "Die Löschfrist muss zwischen 1 und 30 Jahren liegen.")
    c.raise_if_any()
    set_setting(vault, RETENTION_KEY, int(years))
