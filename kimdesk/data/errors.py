"""Errors of the vault, each with a message a counsellor can act on (German, the UI language)."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: ``str(err)`` is a complete, user-facing sentence."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class KeyFileMissing(VaultError):
    pass


class VaultCorrupt(VaultError):
    """The file is damaged, truncated, or does not belong to its key file."""


class ForeignFile(VaultError):
    """The file is not a KIMdesk vault at all (e.g. a plain SQLite database or a PDF)."""


class VaultInUse(VaultError):
    """Another KIMdesk instance has this vault open."""


class ReadOnlyLocation(VaultError):
    pass


class DiskFull(VaultError):
    pass


class SchemaTooNew(VaultError):
    pass


class VaultLocked(VaultError):
    """The vault was locked; the operation needs it unlocked."""
