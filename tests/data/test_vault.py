"""The encrypted vault against real files in a temp folder."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kimdesk.data import errors, keyfile
from kimdesk.data.vault import Vault, vault_files
from kimdesk.services import clients, vaults
from tests.conftest import PASSPHRASE

NAME = "Qwxzyrbatt"  # a name that appears nowhere else
NAME_AR = "قصيرونيات"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(vault: Vault, family: str = NAME) -> str:
    c = clients.create_client(vault, clients.new_client(
        family_name=family, given_names="Mohammed", family_name_original=NAME_AR,
        birth_date=date(1990, 1, 1), birth_year_only=True, nationalities=("SY",)))
    return c.id


def test_round_trip(vault: Vault, vault_path: Path) -> None:
    cid = _add(vault)
    vault.close()
    with vaults.open_vault(vault_path, PASSPHRASE) as again:
        c = clients.get_client(again, cid)
    assert (c.family_name, c.family_name_original, c.birth_year_only) == (NAME, NAME_AR, True)
    assert c.file_number.startswith("KIM-")


def test_wrong_passphrase_fails_closed(vault: Vault, vault_path: Path) -> None:
    _add(vault)
    vault.close()
    before = {p.name: _digest(p) for p in vault_files(vault_path)}
    for wrong in ("falsch", PASSPHRASE + " ", "x" * 5000, b"\xff\xfe\x00bad"):
        with pytest.raises(errors.WrongPassphrase):
            vaults.open_vault(vault_path, wrong)
    with pytest.raises(errors.WrongPassphrase):
        vaults.open_vault(vault_path, "")
    assert {p.name: _digest(p) for p in vault_files(vault_path)} == before


def test_no_plaintext_on_disk(vault: Vault, vault_path: Path) -> None:
    _add(vault)
    # while open: database and WAL; after close: everything
    for phase in ("open", "closed"):
        if phase == "closed":
            vault.close()
        for path in vault_files(vault_path):
            blob = path.read_bytes()
            for needle in (NAME.encode(), NAME_AR.encode("utf-8"), NAME_AR.encode("utf-16-le")):
                assert needle not in blob, f"{needle!r} in {path.name} ({phase})"


def test_envelope_holds_no_key(vault: Vault, vault_path: Path) -> None:
    text = keyfile.keyfile_path(vault_path).read_text()
    assert PASSPHRASE not in text
    assert bytes(vault._key).hex() not in text  # type: ignore[arg-type]


def test_second_instance_is_refused(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(errors.VaultInUse, match="bereits"):
        vaults.open_vault(vault_path, PASSPHRASE)
    # read-only tools still work while the app holds the vault
    assert vaults.check_vault(vault_path, PASSPHRASE).healthy


def test_foreign_and_damaged_files(tmp_path: Path, vault: Vault, vault_path: Path) -> None:
    plain = tmp_path / "plain.kim"
    sqlite3.connect(plain).execute("create table t(x)").connection.commit()
    with pytest.raises(errors.ForeignFile):
        vaults.open_vault(plain, "egal")
    pdf = tmp_path / "brief.kim"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 4096)
    with pytest.raises(errors.ForeignFile):
        vaults.open_vault(pdf, "egal")
    with pytest.raises(errors.VaultNotFound):
        vaults.open_vault(tmp_path / "nirgends.kim", "egal")
    assert not (tmp_path / "nirgends.kim").exists()  # opening never creates a file

    _add(vault)
    vault.close()
    # a vault without its key file
    orphan = tmp_path / "orphan.kim"
    orphan.write_bytes(vault_path.read_bytes())
    with pytest.raises(errors.KeyFileMissing):
        vaults.open_vault(orphan, PASSPHRASE)
    # a key file from another vault
    other = tmp_path / "other.kim"
    vaults.create_vault(other, PASSPHRASE, kdf=keyfile.KdfParams(1, 65536, 1)).close()
    keyfile.keyfile_path(orphan).write_bytes(keyfile.keyfile_path(other).read_bytes())
    with pytest.raises(errors.VaultCorrupt):
        vaults.open_vault(orphan, PASSPHRASE)
    # a truncated vault
    cut = tmp_path / "cut.kim"
    cut.write_bytes(vault_path.read_bytes()[:300])
    keyfile.keyfile_path(cut).write_bytes(keyfile.keyfile_path(vault_path).read_bytes())
    with pytest.raises(errors.VaultCorrupt):
        vaults.open_vault(cut, PASSPHRASE)
    # a mangled key file
    keyfile.keyfile_path(orphan).write_text("{not json")
    with pytest.raises(errors.VaultCorrupt, match="Schlüsseldatei"):
        vaults.open_vault(orphan, PASSPHRASE)


def test_create_refuses_existing_file(tmp_path: Path, fast_kdf: keyfile.KdfParams) -> None:
    target = tmp_path / "da.kim"
    target.write_bytes(b"wichtig")
    with pytest.raises(errors.VaultExists):
        vaults.create_vault(target, PASSPHRASE, kdf=fast_kdf)
    assert target.read_bytes() == b"wichtig"


def test_change_passphrase_rewrites_no_data(vault: Vault, vault_path: Path,
                                            fast_kdf: keyfile.KdfParams) -> None:
    _add(vault)
    vault.close()
    db_before = _digest(vault_path)
    with vaults.open_vault(vault_path, PASSPHRASE) as v:
        db_after_open = _digest(vault_path)  # the unlock audit event sits in the WAL
        vaults.change_passphrase(v, PASSPHRASE, "ganz neue lange Passphrase", kdf=fast_kdf)
    with pytest.raises(errors.WrongPassphrase):
        vaults.open_vault(vault_path, PASSPHRASE)
    vaults.open_vault(vault_path, "ganz neue lange Passphrase").close()
    assert db_before == db_after_open


def test_second_key_slot(vault: Vault, vault_path: Path, fast_kdf: keyfile.KdfParams) -> None:
    vault.add_passphrase(PASSPHRASE, "Kollegin eigene Passphrase", "Kollegin", kdf=fast_kdf)
    vault.close()
    for secret in (PASSPHRASE, "Kollegin eigene Passphrase"):
        vaults.open_vault(vault_path, secret).close()


def test_newer_schema_is_refused_untouched(vault: Vault, vault_path: Path) -> None:
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    vault.close()
    before = _digest(vault_path)
    with pytest.raises(errors.SchemaTooNew):
        vaults.open_vault(vault_path, PASSPHRASE)
    assert _digest(vault_path) == before


def test_kdf_parameters_are_stored_and_at_least_64_mib(vault_path: Path) -> None:
    params = keyfile.calibrate(target_s=0.05, low_s=0.01, high_s=0.5)
    assert params.memory_kib >= 64 * 1024
    with pytest.raises(ValueError):
        keyfile.KdfParams(time_cost=1, memory_kib=32 * 1024)
    v = Vault.create(vault_path, PASSPHRASE, kdf=params)
    v.close()
    stored = keyfile.read(vault_path).slots[0].kdf
    assert stored == params


def test_tampered_kdf_parameters_do_not_open(vault: Vault, vault_path: Path) -> None:
    vault.close()
    path = keyfile.keyfile_path(vault_path)
    path.write_text(path.read_text().replace('"time_cost": 1', '"time_cost": 2'))
    with pytest.raises(errors.WrongPassphrase):
        vaults.open_vault(vault_path, PASSPHRASE)
