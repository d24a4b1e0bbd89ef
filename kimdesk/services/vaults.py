"""Vault lifecycle for the GUI and CLI: create, unlock, passphrase, backup, check."""

from __future__ import annotations

import math
from collections.abc import Callable
import string
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from kimdesk.data import backup as backup_mod
from kimdesk.data import migrate
from kimdesk.data.errors import VaultError
from kimdesk.data.keyfile import KdfParams
from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import AppointmentRow, CaseRow, ClientRow, ReferralRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction

__all__ = [
    "CheckReport", "KdfParams", "Strength", "Vault", "VaultError", "backup_vault",
    "change_passphrase", "check_vault", "create_vault", "open_vault", "passphrase_strength",
    "restore_vault",
]


def create_vault(
    path: Path, passphrase: str, *, counsellor_name: str = "", kdf: KdfParams | None = None
) -> Vault:
    """Create and unlock a new vault (Argon2id calibrated to this machine unless ``kdf``)."""
    vault = Vault.create(Path(path), passphrase, kdf=kdf, counsellor_name=counsellor_name)
    with vault.session(write=True) as s:
        audit_repo.append(s, actor=vault.actor, action=AuditAction.CREATE, entity="vault")
    return vault


def open_vault(path: Path, passphrase: str | bytes, *, exclusive: bool = True) -> Vault:
    """Unlock a vault, migrating its schema when it is older than this version."""
    vault = Vault.open(Path(path), passphrase, exclusive=exclusive)
    if exclusive:
        try:
            vault.upgrade_schema()
            with vault.session(write=True) as s:
                audit_repo.append(s, actor=vault.actor, action=AuditAction.UNLOCK, entity="vault")
        except BaseException:
            vault.close()
            raise
    return vault


def lock_vault(vault: Vault) -> None:
    """Record the lock and close the vault (forgets the key)."""
    if vault.is_open:
        try:
            with vault.session(write=True) as s:
                audit_repo.append(s, actor=vault.actor, action=AuditAction.LOCK, entity="vault")
        finally:
            vault.close()


def change_passphrase(vault: Vault, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Rewrap the vault key under a new passphrase."""
    vault.change_passphrase(old, new, kdf=kdf)
    with vault.session(write=True) as s:
        audit_repo.append(
            s, actor=vault.actor, action=AuditAction.PASSPHRASE_CHANGE, entity="vault"
        )


def backup_vault(path: Path, passphrase: str | bytes, dest: Path) -> int:
    """Write an encrypted, consistent backup file; returns its size in bytes."""
    return backup_mod.backup(Path(path), passphrase, Path(dest))


def backup_open_vault(vault: Vault, dest: Path) -> int:
    """Back up the vault that is open in the app (no passphrase needed again)."""
    size = backup_mod.write_backup(vault, Path(dest))
    with vault.session(write=True) as s:
        audit_repo.append(s, actor=vault.actor, action=AuditAction.EXPORT, entity="backup")
    return size


def restore_vault(
    backup: Path, passphrase: str | bytes, path: Path, *, overwrite: bool = False
) -> None:
    """Restore a backup file as a vault after verifying it."""
    backup_mod.restore(Path(backup), passphrase, Path(path), overwrite=overwrite)


@dataclass(frozen=True, slots=True)
class CheckReport:
    schema_revision: str
    schema_current: bool
    counts: dict[str, int]
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        """True when no check found a problem."""
        return not self.problems


def check_vault(path: Path, passphrase: str | bytes) -> CheckReport:
    """Cipher and database integrity, audit chain, schema version and record counts.

    Damage is reported, never raised: every step that cannot read its pages adds a
    problem instead (HMAC failures surface as database errors in SQLCipher).
    """
    problems: list[str] = []
    counts: dict[str, int] = {}
    revision = ""
    with Vault.open(Path(path), passphrase, exclusive=False) as vault:
        def step(label: str, fn: Callable[[], object]) -> object:
            try:
                return fn()
            except DBAPIError as err:
                problems.append(f"{label}: page cannot be read ({type(err.orig).__name__})")
                return None

        found = step("integrity", vault.integrity_problems)
        problems.extend(found or [])  # type: ignore[arg-type]

        def audit() -> list[str]:
            with vault.session() as s:
                return audit_repo.verify_chain(s)

        problems.extend(step("audit", audit) or [])  # type: ignore[arg-type]
        for name, table in (("clients", ClientRow), ("cases", CaseRow),
                            ("appointments", AppointmentRow), ("referrals", ReferralRow)):
            def count(table: type = table) -> int:
                with vault.session() as s:
                    return s.scalar(select(func.count()).select_from(table)) or 0
            value = step(name, count)
            counts[name] = int(value) if isinstance(value, int) else -1
        info = step("schema", vault.info)
        revision = getattr(info, "schema_revision", "")
    head = migrate.head_revision()
    return CheckReport(revision, revision == head, counts, tuple(problems))


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (very strong)
    bits: float
    hint: str


_COMMON = {"passwort", "password", "123456", "12345678", "qwertz", "qwerty", "hallo",
           "geheim", "kimdesk", "caritas", "diakonie", "drk", "letmein", "admin"}


def passphrase_strength(passphrase: str) -> Strength:
    """A rough entropy estimate with a German hint for the create-vault wizard."""
    if not passphrase:
        return Strength(0, 0.0, "Bitte eine Passphrase eingeben.")
    pool = 0
    pool += 26 if any(c in string.ascii_lowercase for c in passphrase) else 0
    pool += 26 if any(c in string.ascii_uppercase for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(c in string.punctuation or c == " " for c in passphrase) else 0
    pool += 100 if any(ord(c) > 127 for c in passphrase) else 0
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        bits = min(bits, 20.0)
    if bits < 40:
        return Strength(0 if bits < 25 else 1, bits, "Zu schwach: mindestens 12 Zeichen oder "
                        "mehrere Wörter verwenden.")
    if bits < 60:
        return Strength(2, bits, "Mittel: ein weiteres Wort macht sie deutlich stärker.")
    if bits < 80:
        return Strength(3, bits, "Stark.")
    return Strength(4, bits, "Sehr stark.")
