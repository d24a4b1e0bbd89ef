"""Backup and restore: consistent while open, verified before anything is replaced."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kimdesk.data import errors
from kimdesk.data.vault import Vault
from kimdesk.services import clients, vaults
from tests.conftest import PASSPHRASE


def _fill(vault: Vault, n: int) -> set[str]:
    return {clients.create_client(vault, clients.new_client(
        family_name=f"Familie{i}", given_names="Yuliia", birth_date=date(1980 + i % 30, 3, 1),
    )).id for i in range(n)}


def test_backup_while_open_and_restore(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    ids = _fill(vault, 25)
    dest = tmp_path / "sicherung.kimbackup"
    vaults.backup_vault(vault_path, PASSPHRASE, dest)  # the app still holds the vault
    assert b"Familie1" not in dest.read_bytes()
    restored = tmp_path / "restored.kim"
    vaults.restore_vault(dest, PASSPHRASE, restored)
    with vaults.open_vault(restored, PASSPHRASE) as v:
        got = {r.id for r in clients.list_clients(v, limit=1000)}
    assert got == ids


def test_backup_of_open_vault_from_the_app(vault: Vault, tmp_path: Path) -> None:
    ids = _fill(vault, 3)
    dest = tmp_path / "app.kimbackup"
    vaults.backup_open_vault(vault, dest)
    vaults.restore_vault(dest, PASSPHRASE, tmp_path / "r.kim")
    with vaults.open_vault(tmp_path / "r.kim", PASSPHRASE) as v:
        assert {r.id for r in clients.list_clients(v)} == ids


def test_damaged_backup_is_rejected_and_nothing_written(vault: Vault, vault_path: Path,
                                                        tmp_path: Path) -> None:
    _fill(vault, 3)
    dest = tmp_path / "b.kimbackup"
    vaults.backup_vault(vault_path, PASSPHRASE, dest)
    blob = bytearray(dest.read_bytes())
    blob[len(blob) // 2] ^= 0x40
    bad = tmp_path / "bad.kimbackup"
    bad.write_bytes(bytes(blob))
    target = tmp_path / "target.kim"
    with pytest.raises(errors.VaultCorrupt):
        vaults.restore_vault(bad, PASSPHRASE, target)
    truncated = tmp_path / "cut.kimbackup"
    truncated.write_bytes(dest.read_bytes()[:-100])
    with pytest.raises(errors.VaultCorrupt):
        vaults.restore_vault(truncated, PASSPHRASE, target)
    with pytest.raises(errors.ForeignFile):
        vaults.restore_vault(vault_path, PASSPHRASE, target)
    with pytest.raises(errors.WrongPassphrase):
        vaults.restore_vault(dest, "falsch", target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_never_overwrites_silently(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.kimbackup"
    vaults.backup_vault(vault_path, PASSPHRASE, dest)
    with pytest.raises(errors.VaultExists):
        vaults.restore_vault(dest, PASSPHRASE, vault_path)
    with pytest.raises(errors.VaultInUse):  # the app holds it
        vaults.restore_vault(dest, PASSPHRASE, vault_path, overwrite=True)
