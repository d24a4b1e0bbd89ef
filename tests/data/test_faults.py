"""Fault injection: flipped bytes, a full disk, read-only places."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kimdesk import cli
from kimdesk.data import keyfile
from kimdesk.services import clients, vaults
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _child(*args: str, unprivileged: bool = False) -> str:
    cmd = [sys.executable, "-m", "tests.data.fault_proc", *args]
    if unprivileged and os.geteuid() == 0:
        # root without the capabilities that bypass file permissions: obeys 0555 like a user
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120).stdout.strip()


@pytest.fixture
def filled(vault, vault_path: Path) -> Path:
    for i in range(300):
        clients.create_client(vault, clients.new_client(family_name=f"Flip{i}",
                                                        given_names="Test"))
    vault.close()
    return vault_path


def test_every_flipped_byte_is_reported(filled: Path, tmp_path: Path, request,
                                        monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    trials = request.config.getoption("--flips")
    original = filled.read_bytes()
    rng = random.Random(4711)
    for trial in range(trials):
        copy = tmp_path / f"flip{trial % 2}.kim"
        data = bytearray(original)
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        copy.write_bytes(bytes(data))
        shutil.copy(keyfile.keyfile_path(filled), keyfile.keyfile_path(copy))
        code = cli.main(["check", str(copy)])
        out = capsys.readouterr()
        assert code in (1, 2), f"byte {pos}: check said healthy"
        assert "DAMAGED" in out.out or "beschädigt" in out.err or "gehört nicht" in out.err, (
            f"byte {pos}: {out}")


@pytest.mark.skipif(not hasattr(os, "setrlimit") and os.name != "posix", reason="POSIX only")
def test_disk_full_gives_a_clear_error_and_keeps_what_was_saved(filled: Path) -> None:
    size = sum(p.stat().st_size for p in filled.parent.glob(filled.name + "*"))
    out = _child("disk_full", str(filled), PASSPHRASE, str(size + 2_000_000))
    assert out.startswith("DiskFull:") and "nicht genug Platz" in out, out
    report = vaults.check_vault(filled, PASSPHRASE)
    assert report.healthy, report.problems
    with vaults.open_vault(filled, PASSPHRASE) as v:
        names = {r.family_name for r in clients.list_clients(v, limit=1000)}
    assert "Vorher" in names and "Flip299" in names


@pytest.mark.skipif(os.name != "posix" or shutil.which("setpriv") is None,
                    reason="needs setpriv to act as an unprivileged user")
def test_read_only_folder_gives_a_clear_message(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    for p in filled.parent.glob(filled.name + "*"):
        if not p.name.endswith("-lock"):
            shutil.copy(p, folder / p.name)
    for p in folder.iterdir():
        p.chmod(0o444)
    folder.chmod(0o555)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    out = _child("open", str(folder / filled.name), PASSPHRASE, unprivileged=True)
    assert out.startswith(("ReadOnlyLocation:", "VaultError:")) and "schreib" in out, out
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    folder.chmod(0o755)


@pytest.mark.skipif(os.name != "posix" or shutil.which("setpriv") is None,
                    reason="needs setpriv to drop root's permission override")
def test_read_only_vault_file_gives_a_clear_message(filled: Path) -> None:
    filled.chmod(0o444)
    before = filled.read_bytes()
    out = _child("open", str(filled), PASSPHRASE, unprivileged=True)
    assert out.startswith("ReadOnlyLocation:") and "schreibgeschützt" in out, out
    assert filled.read_bytes() == before
    filled.chmod(0o600)
