"""Helpers run in a child process for the fault tests (file-size limits, other users)."""

from __future__ import annotations

import resource
import signal
import sys
from datetime import date
from pathlib import Path

from kimdesk.data.errors import VaultError
from kimdesk.services import cases, clients, vaults


def disk_full(path: Path, passphrase: str, limit: int) -> None:
    """With a file-size limit just above the vault, a big write fails cleanly."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    vault = vaults.open_vault(path, passphrase)
    client = clients.create_client(vault, clients.new_client(family_name="Vorher",
                                                             birth_date=date(1980, 1, 1)))
    case = cases.open_case(vault, client.id)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        for _ in range(50):
            cases.add_note(vault, case, "x" * 1_000_000)
    except VaultError as err:
        print(f"{type(err).__name__}: {err}")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
        vault.close()


def open_as_is(path: Path, passphrase: str) -> None:
    """Try to open (used as another user on a read-only folder)."""
    try:
        vaults.open_vault(path, passphrase).close()
        print("opened")
    except VaultError as err:
        print(f"{type(err).__name__}: {err}")


if __name__ == "__main__":
    if sys.argv[1] == "disk_full":
        disk_full(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    else:
        open_as_is(Path(sys.argv[2]), sys.argv[3])
