"""A writer killed with SIGKILL at random points loses no confirmed commit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kimdesk.services import clients, vaults
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _kill_after(vault_path: Path, commits: int) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.data.writer_proc", str(vault_path), PASSPHRASE],
        stdout=subprocess.PIPE, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    confirmed = []
    for _ in range(commits):
        line = proc.stdout.readline()
        if not line:
            break
        confirmed.append(line.decode().strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return confirmed


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_writer_loses_no_confirmed_commit(vault, vault_path: Path, request) -> None:
    kills = request.config.getoption("--kills")
    vault.close()
    rng = random.Random(20261121)
    confirmed: list[str] = []
    for _ in range(kills):
        confirmed += _kill_after(vault_path, rng.randint(1, 40))
    report = vaults.check_vault(vault_path, PASSPHRASE)
    assert report.healthy, report.problems
    with vaults.open_vault(vault_path, PASSPHRASE) as v:
        stored = {r.id for r in clients.list_clients(v, limit=100_000)}
    missing = [c for c in confirmed if c not in stored]
    assert confirmed and not missing
