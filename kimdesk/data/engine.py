"""The encrypted SQLAlchemy engine: the only module that speaks SQLite/SQLCipher dialect.

Every connection is keyed with the raw 32-byte database key before anything else,
runs WAL with ``synchronous=FULL`` (a committed transaction survives a killed
process), keeps temporary tables in memory, and overwrites deleted content.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool

from kimdesk.data.errors import ForeignFile, VaultCorrupt

SQLITE_MAGIC = b"SQLite format 3\x00"


def _uri(path: Path, create: bool, readonly: bool = False) -> str:
    mode = "ro" if readonly else ("rwc" if create else "rw")
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"


def raw_connect(path: Path, key: bytes, *, create: bool = False, readonly: bool = False) -> Any:
    """A keyed DB-API connection (never creates the file unless ``create``)."""
    conn = sqlcipher3.connect(
        _uri(path, create, readonly), uri=True, check_same_thread=False, isolation_level=None
    )
    cur = conn.cursor()
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    cur.close()
    return conn


def apply_pragmas(conn: Any) -> None:
    """Durability and no-plaintext-on-disk settings for one connection."""
    cur = conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA secure_delete = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def verify_key(conn: Any) -> None:
    """Read the schema page: raises VaultCorrupt when the key does not open the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as err:
        raise VaultCorrupt(
            "Die Tresordatei ist beschädigt oder passt nicht zu ihrer Schlüsseldatei. "
            "Es wurde nichts verändert."
        ) from err


def sniff(path: Path) -> None:
    """Reject files that are evidently not a vault before any key is tried."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if head.startswith(SQLITE_MAGIC):
        raise ForeignFile(
            f"{path.name} ist eine unverschlüsselte SQLite-Datenbank, kein KIMdesk-Tresor."
        )
    if len(head) < 512:
        raise VaultCorrupt(f"{path.name} ist zu kurz für einen Tresor (abgeschnitten oder leer).")
    if head[:5] in (b"%PDF-", b"PK\x03\x04") or head[:2] == b"\xff\xd8":
        raise ForeignFile(f"{path.name} ist kein KIMdesk-Tresor (ein anderes Dateiformat).")


def make_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """An engine over the encrypted file; each pooled connection is keyed and configured."""
    key_copy = bytes(key)

    def creator() -> Any:
        conn = raw_connect(path, key_copy, create=create)
        verify_key(conn)
        apply_pragmas(conn)
        return conn

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite does not emit BEGIN itself; writers take the write lock up front so
        # that read-then-write sequences (the audit hash chain) never interleave.
        write = conn.get_execution_options().get("kim_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL back into the main file and truncate it (on lock and close)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher page HMACs and SQLite structure; an empty list means healthy."""
    problems: list[str] = []
    with engine.connect() as conn:
        for (row,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"cipher: {row}")
        result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(f"sqlite: {r}" for r in result)
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems.extend(f"foreign key: {r[0]} row {r[1]}" for r in fk)
    return problems


def backup_to(engine: Engine, dest: Path, key: bytes) -> None:
    """Copy a consistent snapshot into a new encrypted file at ``dest`` (same key)."""
    target = raw_connect(dest, key, create=True)
    try:
        with engine.connect() as conn:
            source = conn.connection.dbapi_connection
            assert source is not None
            source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
