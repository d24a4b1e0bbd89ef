"""The vault: create, open (fail closed), sessions, passphrase change, close.

A vault is ``NAME.kim`` (SQLCipher) with its key envelope ``NAME.kim-keys`` beside
it. Opening checks, in order and before writing anything: the file exists and looks
like a vault, the envelope parses, the passphrase unwraps a key, the key opens the
database, the database belongs to the envelope, and the schema is one we know.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kimdesk.data import engine as eng
from kimdesk.data import keyfile, migrate
from kimdesk.data.errors import (
    DiskFull,
    ReadOnlyLocation,
    SchemaTooNew,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from kimdesk.data.instance_lock import InstanceLock, lock_path
from kimdesk.data.safe_io import translate_os_error
from kimdesk.data.schema import CounsellorRow, VaultMeta
from kimdesk.domain.ids import new_id


@dataclass(frozen=True, slots=True)
class VaultInfo:
    path: Path
    vault_id: str
    schema_revision: str
    slots: int


def storage_error(err: DBAPIError, path: Path) -> Exception:
    """A full disk or unwritable file as a VaultError; anything else unchanged."""
    text = str(err.orig).lower()
    if "disk is full" in text or "file too large" in text or "disk i/o error" in text:
        return DiskFull(
            f"Die letzte Änderung konnte nicht gespeichert werden: auf dem Datenträger von "
            f"{path.parent} ist nicht genug Platz, oder er lässt sich nicht beschreiben. Alles "
            "vorher Gespeicherte ist unverändert."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyLocation(f"Der Tresor {path.name} ist schreibgeschützt; es wurde nichts "
                                "gespeichert.")
    return err


def _require_writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise VaultNotFound(f"Der Ordner {folder} existiert nicht.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyLocation(
            f"Im Ordner {folder} darf KIMdesk nicht schreiben (schreibgeschützt). "
            "Ein Tresor braucht einen beschreibbaren Ordner."
        )


def _require_vault_file(path: Path) -> None:
    if not path.exists():
        raise VaultNotFound(f"Die Tresordatei {path} wurde nicht gefunden.")
    if not path.is_file():
        raise VaultNotFound(f"{path} ist keine Datei.")
    try:
        eng.sniff(path)
    except PermissionError as err:
        raise ReadOnlyLocation(f"Die Tresordatei {path.name} darf nicht gelesen werden.") from err


class Vault:
    """An unlocked vault. Hand it to services; ``close`` locks it again."""

    def __init__(self, path: Path, key: bytes, vault_id: str, lock: InstanceLock | None) -> None:
        self.path = path
        self.vault_id = vault_id
        self._key: bytearray | None = bytearray(key)
        self._lock = lock
        self._engine: Engine | None = eng.make_engine(path, key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self.actor = getpass.getuser() if lock is not None else "cli"

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str | bytes,
        *,
        kdf: keyfile.KdfParams | None = None,
        counsellor_name: str = "",
    ) -> Vault:
        """Create a new vault at ``path`` and return it unlocked."""
        path = Path(path).absolute()
        keyfile.encode_passphrase(passphrase)
        if path.exists():
            raise VaultExists(f"Unter {path} liegt bereits eine Datei; sie wird nicht überschrieben.")
        _require_writable_folder(path.parent)
        kdf = kdf or keyfile.calibrate()
        key = os.urandom(keyfile.KEY_BYTES)
        vault_id = new_id()
        staging = path.with_name(f".{path.name}.creating-{os.getpid()}")
        lock = InstanceLock(path)
        try:
            # owner-only from the first byte; SQLite gives -wal/-shm the same mode
            os.close(os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            staged = eng.make_engine(staging, key, create=True)
            try:
                migrate.upgrade(staged)
                now = datetime.now(UTC).isoformat()
                with Session(staged) as s, s.begin():
                    s.add_all([VaultMeta(key="vault_id", value=vault_id),
                               VaultMeta(key="created_at", value=now)])
                    s.add(CounsellorRow(id=new_id(), username=getpass.getuser(),
                                        display_name=counsellor_name or getpass.getuser()))
                eng.checkpoint(staged)
            finally:
                staged.dispose()
            envelope = keyfile.KeyEnvelope(
                vault_id, (keyfile.make_slot(vault_id, key, passphrase, kdf, "Tresor"),)
            )
            keyfile.write(path, envelope)
            os.replace(staging, path)
        except OSError as err:
            lock.release()
            raise translate_os_error(err, path) from err
        except BaseException:
            lock.release()
            raise
        finally:
            for leftover in (staging, *(staging.with_name(staging.name + s) for s in ("-wal", "-shm"))):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return cls(path, key, vault_id, lock)

    @classmethod
    def open(cls, path: Path, passphrase: str | bytes, *, exclusive: bool = True) -> Vault:
        """Unlock an existing vault; raises a VaultError with a clear message on any problem.

        ``exclusive`` takes the one-instance lock (the GUI and writing commands do);
        read-only tools such as ``check`` and ``backup`` pass False.
        """
        path = Path(path).absolute()
        _require_vault_file(path)
        envelope = keyfile.read(path)
        key, _slot = keyfile.unwrap(envelope, passphrase)
        _require_writable_folder(path.parent)
        if not os.access(path, os.W_OK):
            raise ReadOnlyLocation(
                f"Die Tresordatei {path.name} ist schreibgeschützt. KIMdesk braucht Schreibrechte "
                "(auch zum Lesen, wegen des Änderungsprotokolls); es wurde nichts verändert."
            )
        lock = InstanceLock(path) if exclusive else None
        try:
            cls._verify_database(path, key, envelope.vault_id)
            vault = cls(path, key, envelope.vault_id, lock)
        except BaseException:
            if lock:
                lock.release()
            raise
        return vault

    @staticmethod
    def _verify_database(path: Path, key: bytes, vault_id: str) -> None:
        conn = eng.raw_connect(path, key)
        try:
            eng.verify_key(conn)
            try:
                row = conn.execute("SELECT value FROM vault_meta WHERE key='vault_id'").fetchone()
                rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except Exception as err:
                if "no such table" in str(err):
                    raise VaultCorrupt(f"{path.name} enthält keine KIMdesk-Daten.") from err
                raise VaultCorrupt(
                    f"Die Tresordatei {path.name} ist beschädigt: Seiten lassen sich nicht "
                    "lesen. Bitte aus der letzten Sicherung wiederherstellen."
                ) from err
            if row is None or row[0] != vault_id:
                raise VaultCorrupt(
                    f"{path.name} gehört nicht zu dieser Schlüsseldatei (anderer Tresor)."
                )
            if rev is None or rev[0] not in migrate.known_revisions():
                raise SchemaTooNew(
                    f"{path.name} wurde mit einer neueren KIMdesk-Version angelegt. "
                    "Bitte KIMdesk aktualisieren; der Tresor wurde nicht verändert."
                )
        finally:
            conn.close()

    def upgrade_schema(self) -> bool:
        """Migrate to the newest schema; True when something was migrated."""
        with self.engine.connect() as conn:
            current = migrate.current_revision(conn)
        if current == migrate.head_revision():
            return False
        migrate.upgrade(self.engine)
        return True

    def close(self) -> None:
        """Checkpoint, drop every connection and forget the key (idempotent)."""
        if self._engine is not None:
            with contextlib.suppress(Exception):
                eng.checkpoint(self._engine)
            self._engine.dispose()
            self._engine = None
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def is_open(self) -> bool:
        """False once closed (locked)."""
        return self._engine is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- use -------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The live engine; VaultLocked after close."""
        if self._engine is None:
            raise VaultLocked("Der Tresor ist gesperrt.")
        return self._engine

    @contextlib.contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on error, always closes."""
        if self._engine is None:
            raise VaultLocked("Der Tresor ist gesperrt.")
        bind = self._engine.execution_options(kim_write=True) if write else self._engine
        with Session(bind, expire_on_commit=False) as s:
            try:
                with s.begin():
                    yield s
            except OSError as err:
                raise translate_os_error(err, self.path) from err
            except DBAPIError as err:
                raise storage_error(err, self.path) from err

    def info(self) -> VaultInfo:
        """Vault id, schema revision and number of key slots."""
        envelope = keyfile.read(self.path)
        with self.engine.connect() as conn:
            rev = migrate.current_revision(conn) or ""
        return VaultInfo(self.path, self.vault_id, rev, len(envelope.slots))

    def counsellor_id(self) -> str | None:
        """The id of the counsellor using this vault (the first one, for now)."""
        with self.session() as s:
            return s.scalars(select(CounsellorRow.id).order_by(CounsellorRow.id)).first()

    def change_passphrase(
        self, old: str | bytes, new: str | bytes, *, kdf: keyfile.KdfParams | None = None
    ) -> None:
        """Rewrap the database key under ``new``; no data is rewritten."""
        envelope = keyfile.read(self.path)
        key, slot = keyfile.unwrap(envelope, old)
        keyfile.encode_passphrase(new)
        fresh = keyfile.make_slot(self.vault_id, key, new, kdf or keyfile.calibrate(), slot.label)
        slots = tuple(fresh if s.slot_id == slot.slot_id else s for s in envelope.slots)
        keyfile.write(self.path, keyfile.KeyEnvelope(self.vault_id, slots))

    def add_passphrase(
        self, existing: str | bytes, new: str | bytes, label: str,
        *, kdf: keyfile.KdfParams | None = None,
    ) -> None:
        """Give a second user a key slot of their own."""
        envelope = keyfile.read(self.path)
        key, _ = keyfile.unwrap(envelope, existing)
        slot = keyfile.make_slot(self.vault_id, key, new, kdf or keyfile.calibrate(), label)
        keyfile.write(self.path, keyfile.KeyEnvelope(self.vault_id, (*envelope.slots, slot)))

    def integrity_problems(self) -> list[str]:
        """Cipher, SQLite and foreign-key checks; empty when healthy."""
        return eng.integrity_problems(self.engine)

    def snapshot_to(self, dest: Path) -> None:
        """Write a consistent encrypted copy of the database to ``dest``."""
        if self._key is None:
            raise VaultLocked("Der Tresor ist gesperrt.")
        eng.backup_to(self.engine, dest, bytes(self._key))


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault on disk (database, envelope, WAL, lock)."""
    path = Path(path)
    names = [path, keyfile.keyfile_path(path), lock_path(path)]
    names += [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]
    return [p for p in names if p.exists()]


__all__ = ["Vault", "VaultError", "VaultInfo", "vault_files"]
