"""Backups: one file holding the key envelope and a consistent encrypted snapshot.

Layout (all integers big-endian)::

    b"KIMDESK-BACKUP-1"            16-byte magic
    u32  n   envelope JSON length, then n bytes (no secrets in the clear, see keyfile)
    u64  m   snapshot length, then m bytes (SQLCipher pages, encrypted with the vault key)
    32 bytes SHA-256 of everything above

The snapshot comes from SQLite's online backup API, so it is consistent even while the
app keeps writing. Restore verifies the checksum, the passphrase and the database
before anything appears at the target path, and never overwrites an existing vault
unless asked to.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
from pathlib import Path

from kimdesk.data import engine as eng
from kimdesk.data import keyfile
from kimdesk.data.instance_lock import InstanceLock
from kimdesk.data.errors import ForeignFile, VaultCorrupt, VaultExists, VaultNotFound
from kimdesk.data.safe_io import atomic_writer, fsync_dir, translate_os_error
from kimdesk.data.vault import Vault

MAGIC = b"KIMDESK-BACKUP-1"


def backup(vault_path: Path, passphrase: str | bytes, dest: Path) -> int:
    """Write a backup of the vault at ``vault_path`` to ``dest``; returns its size."""
    with Vault.open(Path(vault_path), passphrase, exclusive=False) as vault:
        return write_backup(vault, Path(dest))


def write_backup(vault: Vault, dest: Path) -> int:
    """Write a backup of an open vault to ``dest``; returns its size."""
    dest = Path(dest)
    envelope = keyfile.read(vault.path)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".kimdesk-backup-") as tmp:
        snap = Path(tmp) / "snapshot"
        vault.snapshot_to(snap)
        data = snap.read_bytes()  # encrypted pages only
    env_bytes = keyfile.dumps(envelope)
    digest = hashlib.sha256()
    with atomic_writer(dest) as fh:
        for chunk in (MAGIC, struct.pack(">I", len(env_bytes)), env_bytes,
                      struct.pack(">Q", len(data)), data):
            fh.write(chunk)
            digest.update(chunk)
        fh.write(digest.digest())
    return dest.stat().st_size


def _parse(blob: bytes, source: Path) -> tuple[keyfile.KeyEnvelope, bytes]:
    if not blob.startswith(MAGIC):
        raise ForeignFile(f"{source.name} ist keine KIMdesk-Sicherung.")
    body, digest = blob[:-32], blob[-32:]
    if len(blob) < len(MAGIC) + 4 + 8 + 32 or hashlib.sha256(body).digest() != digest:
        raise VaultCorrupt(f"Die Sicherung {source.name} ist beschädigt oder unvollständig.")
    pos = len(MAGIC)
    (n,) = struct.unpack_from(">I", body, pos)
    envelope = keyfile.loads(body[pos + 4 : pos + 4 + n], source)
    pos += 4 + n
    (m,) = struct.unpack_from(">Q", body, pos)
    data = body[pos + 8 : pos + 8 + m]
    if len(data) != m or pos + 8 + m != len(body):
        raise VaultCorrupt(f"Die Sicherung {source.name} ist beschädigt oder unvollständig.")
    return envelope, data


def restore(
    backup_path: Path, passphrase: str | bytes, vault_path: Path, *, overwrite: bool = False
) -> None:
    """Restore ``backup_path`` as the vault ``vault_path`` after verifying it completely."""
    backup_path, vault_path = Path(backup_path), Path(vault_path).absolute()
    if not backup_path.is_file():
        raise VaultNotFound(f"Die Sicherung {backup_path} wurde nicht gefunden.")
    if vault_path.exists() and not overwrite:
        raise VaultExists(
            f"Unter {vault_path} liegt bereits ein Tresor. Zum Überschreiben --overwrite angeben."
        )
    envelope, data = _parse(backup_path.read_bytes(), backup_path)
    key, _ = keyfile.unwrap(envelope, passphrase)
    lock = InstanceLock(vault_path)  # never replace a vault that is open elsewhere
    staging = vault_path.with_name(f".{vault_path.name}.restoring-{os.getpid()}")
    try:
        with atomic_writer(staging) as fh:
            fh.write(data)
        conn = eng.raw_connect(staging, key)
        try:
            eng.verify_key(conn)
            bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            ok = conn.execute("PRAGMA quick_check").fetchone()
            if bad or not ok or ok[0] != "ok":
                raise VaultCorrupt(f"Die Sicherung {backup_path.name} enthält beschädigte Seiten.")
        finally:
            conn.close()
        for stale in (vault_path.with_name(vault_path.name + s) for s in ("-wal", "-shm")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        keyfile.write(vault_path, envelope)
        os.replace(staging, vault_path)
        fsync_dir(vault_path.parent)
    except OSError as err:
        raise translate_os_error(err, vault_path) from err
    finally:
        lock.release()
        with contextlib.suppress(OSError):
            staging.unlink()
