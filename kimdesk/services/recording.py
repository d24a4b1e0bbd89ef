"""The shared write path of services: one transaction, the change, one audit event."""

from __future__ import annotations

from typing import Any, TypeVar

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.base import Repository
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction

T = TypeVar("T")


def add_record(vault: Vault, repo: Repository[T, Any], obj: T, *, entity: str, subject: str) -> T:
    """Insert ``obj`` and audit it as a creation under ``subject`` (a record id)."""
    with vault.session(write=True) as s:
        repo.add(s, obj)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.CREATE, entity=entity,
                          entity_id=subject)
        return repo.get(s, obj.id)  # type: ignore[attr-defined]


def update_record(
    vault: Vault, repo: Repository[T, Any], obj: T, *, entity: str, subject: str
) -> T:
    """Overwrite ``obj`` and audit it as a change under ``subject``."""
    with vault.session(write=True) as s:
        repo.update(s, obj)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity=entity,
                          entity_id=subject)
        return repo.get(s, obj.id)  # type: ignore[attr-defined]


def delete_record(vault: Vault, repo: Repository[Any, Any], id_: str, *, entity: str) -> None:
    """Delete a record and audit it."""
    with vault.session(write=True) as s:
        repo.delete(s, id_)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.DELETE, entity=entity,
                          entity_id=id_)
