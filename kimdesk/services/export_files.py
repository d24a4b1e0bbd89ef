"""Writing report files: atomic, owner-only (0600), and recorded as one EXPORT audit event."""

from __future__ import annotations

from pathlib import Path

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.safe_io import write_atomic
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction


class ExportFormatError(ValueError):
    """The file name has a suffix this export cannot write (German sentence)."""


def suffix_of(path: Path, allowed: tuple[str, ...]) -> str:
    """The lower-case suffix of ``path`` ('.csv', '.pdf', '.json') if allowed."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise ExportFormatError(
            f"Die Datei „{Path(path).name}“ muss auf {' oder '.join(allowed)} enden.")
    return suffix


def write_export(vault: Vault, path: Path, data: bytes, *, entity: str,
                 entity_id: str = "") -> None:
    """Write ``data`` to ``path`` and audit the export in the same transaction (ids only)."""
    with vault.session(write=True) as s:
        write_atomic(Path(path), data)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.EXPORT, entity=entity[:32],
                          entity_id=entity_id[:36])
