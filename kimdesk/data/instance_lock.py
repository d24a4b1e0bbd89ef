"""One KIMdesk instance per vault: an OS-level lock on ``NAME.kim-lock``.

The OS releases the lock when the process dies, so a crash never leaves a stale lock.
Readers (``check``, ``backup``) do not take it: SQLite's WAL lets them read while the
app writes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from kimdesk.data.errors import VaultInUse
from kimdesk.data.safe_io import translate_os_error

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def lock_path(vault_path: Path) -> Path:
    """The lock file of a vault."""
    return vault_path.with_name(vault_path.name + "-lock")


class InstanceLock:
    """Holds the exclusive lock of one vault until ``release``."""

    def __init__(self, vault_path: Path) -> None:
        path = lock_path(vault_path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            self._fh: IO[bytes] | None = os.fdopen(fd, "r+b")
        except OSError as err:
            raise translate_os_error(err, path) from err
        if not _try_lock(self._fh):
            self._fh.close()
            self._fh = None
            raise VaultInUse(
                f"Der Tresor {vault_path.name} ist bereits in einem anderen KIMdesk-Fenster "
                "oder von einem anderen Programm geöffnet. Bitte dort weiterarbeiten oder "
                "es zuerst schließen."
            )

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
