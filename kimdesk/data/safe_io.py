"""Crash-safe file writes: temp file beside the target, owner-only permissions, fsync, replace."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kimdesk.data.errors import DiskFull, ReadOnlyLocation, VaultError


def fsync_dir(folder: Path) -> None:
    """Flush a directory entry to disk (a no-op where the OS does not support it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_os_error(err: OSError, path: Path) -> VaultError:
    """Turn an OSError into a VaultError whose message says what to do."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(
            f"Auf dem Datenträger von {path.parent} ist nicht genug Platz. "
            "Es wurde nichts verändert; bitte Platz schaffen und erneut versuchen."
        )
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation(
            f"In {path.parent} darf nicht geschrieben werden (schreibgeschützt oder keine "
            "Berechtigung). Bitte einen anderen Ort wählen."
        )
    return VaultError(f"Datei {path.name} konnte nicht geschrieben werden: {err.strerror}.")


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a file that replaces ``target`` atomically once the block completes without error."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as err:
        raise translate_os_error(err, target) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise translate_os_error(err, target) from err
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that a crash leaves either the old or the new file."""
    with atomic_writer(target) as fh:
        fh.write(data)
