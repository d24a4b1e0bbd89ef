"""The transfer package: an encrypted file that carries clients between vaults without a network.

File layout, format version 1 (integers big-endian)::

    offset size  field
       0     8   magic b"KIMDXFER"
       8     2   format version (1)
      10     2   flags: bit 0 = payload is zlib-compressed (always set by version 1)
      12     4   Argon2id time cost          (1..32)
      16     4   Argon2id memory in KiB      (65536..1048576: 64 MiB .. 1 GiB)
      20     4   Argon2id parallelism        (1..16)
      24    16   salt (random per package)
      40    12   AES-GCM nonce (random per package)
      52    16   passphrase check = SHA-256(b"kimdesk-transfer-check" || K2)[:16]
      68     8   ciphertext length n (payload + 16-byte GCM tag)
      76     4   CRC-32 of bytes 0..75
      80     n   AES-256-GCM(K1, nonce, payload, associated data = bytes 0..79)

``K1 || K2`` = Argon2id(transfer passphrase, salt, params, 64 bytes). The file ends
exactly after the ciphertext. The whole header is authenticated as associated data;
its CRC only serves to tell a damaged header from a wrong passphrase, and the check
value to tell a wrong passphrase from a damaged body (it reveals no more than the
GCM tag does). Reading raises only ``PackageError`` (subclasses: damaged or truncated,
foreign file, wrong passphrase, newer format), and only after all checks pass is any
record handed to the import.

Payload (after zlib): UTF-8 JSON, an object with
``format`` ("kimdesk-transfer"), ``version`` (1), ``package_id``, ``created_at``,
``source_vault`` (vault id), ``schema`` (Alembic revision of the sender),
``counsellors`` (id, username, display_name, active of every counsellor referenced),
``tables`` (table name -> list of records, parents first; a record maps column names
to JSON values as ``client_graph.to_json`` writes them), ``history`` ("table:id" ->
hashes the sender knows as ancestors of its version), ``deleted`` ("table:id" ->
{"client": id, "hashes": [...]}: records of exported clients the sender deleted) and
``erased`` (ids of clients deleted on the sender: tombstones, ids only).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kimdesk.data.errors import VaultError
from kimdesk.data.keyfile import KdfParams
from kimdesk.data.safe_io import write_atomic
from kimdesk.services.client_graph import (
    CLIENTS, Record, from_json, owned_tables, referenced_tables, table,
)

MAGIC = b"KIMDXFER"
VERSION = 1
FLAG_ZLIB = 1
FORMAT = "kimdesk-transfer"
HEADER = struct.Struct(">8sHHIII16s12s16sQ")  # 76 bytes, then the CRC-32
HEADER_SIZE = HEADER.size + 4
TAG_SIZE = 16
MAX_TIME, MIN_MEMORY, MAX_MEMORY, MAX_LANES = 32, 64 * 1024, 1024 * 1024, 16
MAX_PAYLOAD = 1 << 30  # uncompressed JSON
MAX_PASSPHRASE = 4096
_CHECK = b"kimdesk-transfer-check"


class PackageError(VaultError):
    """The package cannot be used; the message says why. Nothing was changed."""


class PackageDamaged(PackageError):
    """Damaged, truncated or altered."""


class ForeignPackage(PackageError):
    """Not a KIMdesk transfer package at all."""


class WrongTransferPassphrase(PackageError):
    """The transfer passphrase does not open the package."""


class PackageTooNew(PackageError):
    """Written by a newer KIMdesk (format or data unknown here)."""


Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Package:
    """A decrypted, validated package."""

    package_id: str
    created_at: str
    source_vault: str
    schema: str
    counsellors: tuple[dict[str, Any], ...]
    tables: dict[str, list[Record]]
    history: dict[Key, frozenset[str]] = field(default_factory=dict)
    deleted: dict[Key, tuple[str, frozenset[str]]] = field(default_factory=dict)
    erased: frozenset[str] = frozenset()

    @property
    def client_count(self) -> int:
        """How many clients the package carries."""
        return len(self.tables.get(CLIENTS, []))


def check_passphrase(passphrase: str | bytes) -> bytes:
    """The passphrase as bytes; WrongTransferPassphrase when empty or too long."""
    raw = (passphrase if isinstance(passphrase, bytes)
           else passphrase.encode("utf-8", "surrogatepass"))
    if not raw:
        raise WrongTransferPassphrase("Die Transfer-Passphrase darf nicht leer sein.")
    if len(raw) > MAX_PASSPHRASE:
        raise WrongTransferPassphrase("Die Transfer-Passphrase ist zu lang (höchstens 4096 Bytes).")
    return raw


def _keys(passphrase: str | bytes, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    raw = hash_secret_raw(secret=check_passphrase(passphrase), salt=salt, time_cost=kdf.time_cost,
                          memory_cost=kdf.memory_kib, parallelism=kdf.parallelism,
                          hash_len=64, type=Type.ID)
    return raw[:32], hashlib.sha256(_CHECK + raw[32:]).digest()[:16]


def _check_kdf(kdf: KdfParams) -> None:
    if not (1 <= kdf.time_cost <= MAX_TIME and MIN_MEMORY <= kdf.memory_kib <= MAX_MEMORY
            and 1 <= kdf.parallelism <= MAX_LANES):
        raise PackageDamaged("Die Schlüsselableitung im Paketkopf liegt außerhalb der "
                             "erlaubten Grenzen; das Paket ist beschädigt.")


def seal(payload: bytes, passphrase: str | bytes, kdf: KdfParams) -> bytes:
    """Compress and encrypt ``payload`` (JSON bytes) into package bytes."""
    kdf = KdfParams(min(kdf.time_cost, MAX_TIME), min(kdf.memory_kib, MAX_MEMORY),
                    min(kdf.parallelism, MAX_LANES))
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _keys(passphrase, salt, kdf)
    body = zlib.compress(payload, 6)
    head = HEADER.pack(MAGIC, VERSION, FLAG_ZLIB, kdf.time_cost, kdf.memory_kib,
                       kdf.parallelism, salt, nonce, check, len(body) + TAG_SIZE)
    head += struct.pack(">I", zlib.crc32(head))
    return head + AESGCM(key).encrypt(nonce, body, head)


def open_sealed(data: bytes, passphrase: str | bytes) -> bytes:
    """The JSON payload of package bytes; PackageError for anything wrong."""
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise ForeignPackage("Die Datei ist kein KIMdesk-Transferpaket.")
    if len(data) < HEADER_SIZE:
        raise PackageDamaged("Das Transferpaket ist abgeschnitten (der Kopf ist unvollständig).")
    head = data[:HEADER_SIZE]
    (_, version, flags, t, m, p, salt, nonce, check, length) = HEADER.unpack(head[:HEADER.size])
    (crc,) = struct.unpack(">I", head[HEADER.size:])
    if zlib.crc32(head[:HEADER.size]) != crc:
        raise PackageDamaged("Der Kopf des Transferpakets ist beschädigt.")
    if version > VERSION:
        raise PackageTooNew("Das Transferpaket stammt von einer neueren KIMdesk-Version. "
                            "Bitte KIMdesk aktualisieren.")
    if version != VERSION or flags & ~FLAG_ZLIB:
        raise PackageDamaged("Das Transferpaket hat ein unbekanntes Format.")
    body = data[HEADER_SIZE:]
    if length < TAG_SIZE or len(body) < length:
        raise PackageDamaged(f"Das Transferpaket ist abgeschnitten ({len(data)} von "
                             f"{HEADER_SIZE + length} Bytes).")
    if len(body) > length:
        raise PackageDamaged("Hinter dem Ende des Transferpakets stehen fremde Daten.")
    try:
        kdf = KdfParams(t, m, p)
    except ValueError as err:
        raise PackageDamaged("Der Kopf des Transferpakets ist beschädigt.") from err
    _check_kdf(kdf)
    key, expected = _keys(passphrase, salt, kdf)
    if expected != check:
        raise WrongTransferPassphrase("Die Transfer-Passphrase ist falsch.")
    try:
        plain = AESGCM(key).decrypt(nonce, body, head)
    except InvalidTag as err:
        raise PackageDamaged("Das Transferpaket ist beschädigt oder wurde verändert "
                             "(Prüfsumme stimmt nicht).") from err
    if not flags & FLAG_ZLIB:
        return plain
    try:
        unzip = zlib.decompressobj()
        out = unzip.decompress(plain, MAX_PAYLOAD)
        if unzip.unconsumed_tail or not unzip.eof:
            raise PackageDamaged("Der Inhalt des Transferpakets ist zu groß oder unvollständig.")
    except zlib.error as err:
        raise PackageDamaged("Der Inhalt des Transferpakets ist beschädigt.") from err
    return out


# -- payload ---------------------------------------------------------------------------------

def dumps(doc: Mapping[str, Any]) -> bytes:
    """The payload document as compact UTF-8 JSON."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _split_key(text: object) -> Key:
    if not isinstance(text, str) or ":" not in text:
        raise ValueError("key")
    name, rid = text.split(":", 1)
    return name, rid


def _hashes(value: object) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(h, str) for h in value):
        raise ValueError("hashes")
    return frozenset(value)


def parse(payload: bytes) -> Package:
    """Validate the decrypted payload; PackageError when it does not fit this KIMdesk."""
    try:
        doc = json.loads(payload.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
            raise PackageTooNew("Das Transferpaket stammt von einer neueren KIMdesk-Version. "
                                "Bitte KIMdesk aktualisieren.")
        known = {t.name for t in owned_tables()} | {t.name for t in referenced_tables()}
        raw_tables = doc["tables"]
        if not isinstance(raw_tables, dict):
            raise ValueError("tables")
        tables: dict[str, list[Record]] = {}
        for name, rows in raw_tables.items():
            if name not in known:
                raise PackageTooNew(f"Das Transferpaket enthält Daten („{name}“), die diese "
                                    "KIMdesk-Version nicht kennt. Bitte KIMdesk aktualisieren.")
            columns = set(table(name).columns.keys())
            if not isinstance(rows, list):
                raise ValueError("rows")
            for rec in rows:
                if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
                    raise ValueError("record")
                extra = set(rec) - columns
                if extra:
                    raise PackageTooNew("Das Transferpaket enthält Felder "
                                        f"({', '.join(sorted(extra))}), "
                                        "die diese KIMdesk-Version nicht kennt.")
                from_json(table(name), rec)  # raises ValueError for a wrong type
            tables[name] = rows
        counsellors = doc.get("counsellors", [])
        if not isinstance(counsellors, list) or not all(
                isinstance(c, dict) and isinstance(c.get("id"), str)
                and isinstance(c.get("username"), str)
                and isinstance(c.get("display_name", ""), str)
                for c in counsellors):
            raise ValueError("counsellors")
        history = {_split_key(k): _hashes(v) for k, v in dict(doc.get("history", {})).items()}
        deleted: dict[Key, tuple[str, frozenset[str]]] = {}
        for k, v in dict(doc.get("deleted", {})).items():
            if not isinstance(v, dict) or not isinstance(v.get("client"), str):
                raise ValueError("deleted")
            deleted[_split_key(k)] = (v["client"], _hashes(v.get("hashes", [])))
        erased = doc.get("erased", [])
        if not isinstance(erased, list) or not all(isinstance(x, str) for x in erased):
            raise ValueError("erased")
        for text in ("package_id", "created_at", "source_vault", "schema"):
            if not isinstance(doc.get(text), str):
                raise ValueError(text)
        datetime.fromisoformat(doc["created_at"])
        return Package(doc["package_id"], doc["created_at"], doc["source_vault"], doc["schema"],
                       tuple(counsellors), tables, history, deleted, frozenset(erased))
    except PackageError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError,
            UnicodeDecodeError) as err:
        raise PackageDamaged("Der Inhalt des Transferpakets ist ungültig.") from err


def read(path: Path, passphrase: str | bytes) -> Package:
    """Read, decrypt and validate the package at ``path``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise PackageError(f"Das Transferpaket {path} wurde nicht gefunden.") from err
    except IsADirectoryError as err:
        raise PackageError(f"{path} ist ein Ordner, kein Transferpaket.") from err
    except OSError as err:
        raise PackageError(f"Das Transferpaket {path.name} kann nicht gelesen werden: "
                           f"{err.strerror}.") from err
    return parse(open_sealed(data, passphrase))


def load(data: bytes, passphrase: str | bytes) -> Package:
    """Decrypt and validate package bytes (what ``read`` does after reading the file)."""
    return parse(open_sealed(data, passphrase))


def write(path: Path, doc: Mapping[str, Any], passphrase: str | bytes, kdf: KdfParams) -> int:
    """Encrypt ``doc`` and write it atomically, owner-only; returns the size in bytes."""
    data = seal(dumps(doc), passphrase, kdf)
    write_atomic(Path(path), data)
    return len(data)
