"""The key envelope of a vault: a random database key, wrapped once per passphrase.

A vault is the SQLCipher database ``NAME.kim`` plus this envelope ``NAME.kim-keys``
(SQLCipher encrypts every byte of its file, so the wrap cannot live inside it).
The envelope holds no secret in the clear: for each key slot the Argon2id
parameters and salt, and the database key encrypted with AES-256-GCM under the key
that Argon2id derives from the passphrase. The GCM associated data binds the slot to
its vault id and KDF parameters, so a tampered parameter fails like a wrong passphrase.

Changing the passphrase rewrites only this small file; a second counsellor can get a
slot of their own. The passphrase and keys are never written anywhere.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kimdesk.data.errors import KeyFileMissing, VaultCorrupt, WrongPassphrase
from kimdesk.data.safe_io import write_atomic

FORMAT = "kimdesk-keys"
FORMAT_VERSION = 1
KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024
MAX_PASSPHRASE_BYTES = 4096


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters; memory never below 64 MiB."""

    time_cost: int = 3
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB:
            raise ValueError("Argon2id memory must be at least 64 MiB")
        if self.time_cost < 1 or self.parallelism < 1:
            raise ValueError("Argon2id time cost and parallelism must be positive")


@dataclass(frozen=True, slots=True)
class KeySlot:
    slot_id: str
    label: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True, slots=True)
class KeyEnvelope:
    vault_id: str
    slots: tuple[KeySlot, ...]


def keyfile_path(vault_path: Path) -> Path:
    """Where the envelope of ``vault_path`` lives."""
    return vault_path.with_name(vault_path.name + "-keys")


def encode_passphrase(passphrase: str | bytes) -> bytes:
    """The passphrase as bytes; refuses empty and absurdly long input."""
    raw = passphrase if isinstance(passphrase, bytes) else passphrase.encode("utf-8", "surrogatepass")
    if not raw:
        raise WrongPassphrase("Die Passphrase darf nicht leer sein.")
    if len(raw) > MAX_PASSPHRASE_BYTES:
        raise WrongPassphrase("Die Passphrase ist zu lang (höchstens 4096 Bytes).")
    return raw


def derive_key(passphrase: str | bytes, salt: bytes, kdf: KdfParams) -> bytes:
    """Argon2id: passphrase and salt to a 32-byte wrapping key."""
    return hash_secret_raw(
        secret=encode_passphrase(passphrase),
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _fastest(params: KdfParams, salt: bytes, runs: int) -> float:
    """The quickest of ``runs`` derivations: the machine's speed without passing load."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        derive_key(b"calibration", salt, params)
        best = min(best, time.perf_counter() - started)
    return best


def calibrate(target_s: float = 0.75, low_s: float = 0.55, high_s: float = 0.95) -> KdfParams:
    """Argon2id parameters that take about ``target_s`` on this machine (0.5–1 s).

    Timings take the fastest of several runs, so a busy moment during calibration does
    not leave the vault with a weaker key derivation than the machine can afford.
    """
    memory = MIN_MEMORY_KIB
    parallelism = max(1, min(4, os.cpu_count() or 1))
    salt = os.urandom(16)
    while True:
        per_pass = max(_fastest(KdfParams(1, memory, parallelism), salt, 3), 1e-4)
        time_cost = max(1, round(target_s / per_pass))
        if time_cost <= 10 or memory >= 1024 * 1024:
            break
        memory *= 2  # a fast machine: spend memory rather than many passes
    params = KdfParams(time_cost=time_cost, memory_kib=memory, parallelism=parallelism)
    for _ in range(6):
        took = _fastest(params, salt, 2)
        if took < low_s:
            params = KdfParams(params.time_cost + 1, memory, parallelism)
        elif took > high_s and params.time_cost > 1:
            params = KdfParams(params.time_cost - 1, memory, parallelism)
        else:
            break
    return params


def _aad(vault_id: str, slot_id: str, kdf: KdfParams) -> bytes:
    return json.dumps(
        {"vault": vault_id, "slot": slot_id, "kdf": asdict(kdf)}, sort_keys=True
    ).encode()


def make_slot(
    vault_id: str, db_key: bytes, passphrase: str | bytes, kdf: KdfParams, label: str = ""
) -> KeySlot:
    """Wrap ``db_key`` under ``passphrase`` in a new slot."""
    slot_id = base64.urlsafe_b64encode(os.urandom(9)).decode()
    salt = os.urandom(16)
    nonce = os.urandom(12)
    wrapping = derive_key(passphrase, salt, kdf)
    wrapped = AESGCM(wrapping).encrypt(nonce, db_key, _aad(vault_id, slot_id, kdf))
    return KeySlot(slot_id, label, kdf, salt, nonce, wrapped)


def unwrap(envelope: KeyEnvelope, passphrase: str | bytes) -> tuple[bytes, KeySlot]:
    """The database key and the slot it came from; WrongPassphrase when no slot opens."""
    raw = encode_passphrase(passphrase)
    for slot in envelope.slots:
        wrapping = derive_key(raw, slot.salt, slot.kdf)
        try:
            key = AESGCM(wrapping).decrypt(
                slot.nonce, slot.wrapped, _aad(envelope.vault_id, slot.slot_id, slot.kdf)
            )
        except InvalidTag:
            continue
        return key, slot
    raise WrongPassphrase("Die Passphrase ist falsch. Der Tresor bleibt verschlossen.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def dumps(envelope: KeyEnvelope) -> bytes:
    """Serialise the envelope as JSON."""
    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": envelope.vault_id,
        "cipher": "sqlcipher4-raw-key",
        "slots": [
            {
                "id": s.slot_id,
                "label": s.label,
                "kdf": {"alg": "argon2id", "v": 19, **asdict(s.kdf)},
                "salt": _b64(s.salt),
                "wrap": {"alg": "aes-256-gcm", "nonce": _b64(s.nonce), "ct": _b64(s.wrapped)},
            }
            for s in envelope.slots
        ],
    }
    return json.dumps(doc, indent=1).encode("utf-8")


def loads(data: bytes, source: Path | None = None) -> KeyEnvelope:
    """Parse an envelope; VaultCorrupt for anything malformed."""
    where = f" ({source.name})" if source else ""
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError("format")
        if doc.get("version") != FORMAT_VERSION:
            raise ValueError("version")
        slots = tuple(
            KeySlot(
                slot_id=str(s["id"]),
                label=str(s.get("label", "")),
                kdf=KdfParams(
                    time_cost=int(s["kdf"]["time_cost"]),
                    memory_kib=int(s["kdf"]["memory_kib"]),
                    parallelism=int(s["kdf"]["parallelism"]),
                ),
                salt=base64.b64decode(s["salt"], validate=True),
                nonce=base64.b64decode(s["wrap"]["nonce"], validate=True),
                wrapped=base64.b64decode(s["wrap"]["ct"], validate=True),
            )
            for s in doc["slots"]
        )
        if not slots:
            raise ValueError("no slots")
        return KeyEnvelope(vault_id=str(doc["vault_id"]), slots=slots)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as err:
        raise VaultCorrupt(
            f"Die Schlüsseldatei{where} ist beschädigt oder gehört nicht zu KIMdesk."
        ) from err


def read(vault_path: Path) -> KeyEnvelope:
    """Read the envelope beside ``vault_path``."""
    path = keyfile_path(vault_path)
    if not path.exists():
        raise KeyFileMissing(
            f"Zur Tresordatei {vault_path.name} fehlt die Schlüsseldatei {path.name}. "
            "Sie muss im selben Ordner liegen (z. B. aus der Sicherung wiederherstellen)."
        )
    return loads(path.read_bytes(), path)


def write(vault_path: Path, envelope: KeyEnvelope) -> None:
    """Write the envelope atomically beside ``vault_path``."""
    write_atomic(keyfile_path(vault_path), dumps(envelope))
