"""The transfer package format: round trip, clear errors, and a parser that never crashes."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimdesk.data.keyfile import KdfParams
from kimdesk.services import transfer_package as tp

FAST = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)
PASS = "Brücke Leuchtturm 7"
STAMP = "2026-01-02T03:04:05+00:00"
DOC = {"format": tp.FORMAT, "version": 1, "package_id": "p1", "created_at": STAMP,
       "source_vault": "v1", "schema": "0003", "counsellors": [], "history": {}, "deleted": {},
       "erased": [], "tables": {"clients": [{"id": "c1", "family_name": "Test",
                                             "created_at": STAMP, "nationalities": ["SY"]}]}}


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return tp.seal(tp.dumps(DOC), PASS, FAST)


def test_round_trip_and_header(sealed: bytes) -> None:
    assert sealed[:8] == tp.MAGIC and len(sealed) > tp.HEADER_SIZE + tp.TAG_SIZE
    package = tp.load(sealed, PASS)
    assert package.client_count == 1 and package.tables["clients"][0]["family_name"] == "Test"
    assert b"Test" not in sealed


def test_kdf_is_never_below_64_mib() -> None:
    with pytest.raises(ValueError):
        KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "kein KIMdesk-Transferpaket"),
    (b"%PDF-1.7 hello", "kein KIMdesk-Transferpaket"),
    (tp.MAGIC + b"\x00\x01", "abgeschnitten"),
])
def test_foreign_and_short_files(data: bytes, message: str) -> None:
    with pytest.raises(tp.PackageError, match=message):
        tp.load(data, PASS)


def test_clear_messages(sealed: bytes) -> None:
    with pytest.raises(tp.WrongTransferPassphrase, match="Passphrase ist falsch"):
        tp.load(sealed, "falsch")
    with pytest.raises(tp.PackageDamaged, match="abgeschnitten"):
        tp.load(sealed[:-1], PASS)
    with pytest.raises(tp.PackageDamaged, match="fremde Daten"):
        tp.load(sealed + b"x", PASS)
    flipped = bytearray(sealed)
    flipped[-5] ^= 1
    with pytest.raises(tp.PackageDamaged, match="beschädigt"):
        tp.load(bytes(flipped), PASS)
    head = bytearray(sealed)
    head[30] ^= 1
    with pytest.raises(tp.PackageDamaged, match="Kopf"):
        tp.load(bytes(head), PASS)
    newer = bytearray(sealed[:tp.HEADER.size])
    newer[8:10] = (2).to_bytes(2, "big")
    newer += struct.pack(">I", zlib.crc32(bytes(newer)))
    with pytest.raises(tp.PackageTooNew, match="neueren"):
        tp.load(bytes(newer) + sealed[tp.HEADER_SIZE:], PASS)


def test_unknown_table_or_field_is_refused() -> None:
    doc = dict(DOC, tables={"secrets": []})
    with pytest.raises(tp.PackageTooNew, match="nicht kennt"):
        tp.parse(tp.dumps(doc))
    doc = dict(DOC, tables={"clients": [{"id": "c", "family_name": "x", "hair": "red"}]})
    with pytest.raises(tp.PackageTooNew, match="hair"):
        tp.parse(tp.dumps(doc))
    doc = dict(DOC, tables={"clients": [{"id": "c", "birth_date": "31.02.2000"}]})
    with pytest.raises(tp.PackageDamaged):
        tp.parse(tp.dumps(doc))


def _valid_header(t: int, m: int, p: int, length: int) -> bytes:
    head = tp.HEADER.pack(tp.MAGIC, 1, 1, t, m, p, b"s" * 16, b"n" * 12, b"c" * 16, length)
    return head + struct.pack(">I", zlib.crc32(head))


packages = st.one_of(
    st.binary(max_size=300),
    st.binary(max_size=300).map(lambda b: tp.MAGIC + b),
    st.tuples(st.sampled_from([0, 1, 40]), st.sampled_from([0, 1024, 65536, 1 << 30, 1 << 31]),
              st.sampled_from([0, 1, 99]), st.integers(0, 400), st.binary(max_size=400))
    .map(lambda x: _valid_header(x[0], x[1], x[2], x[3]) + x[4]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(packages)
def test_reader_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    try:
        tp.load(data, PASS)
    except tp.PackageError as err:
        assert str(err).endswith(".")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (st.lists(inner, max_size=3)
                   | st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=200), json_values.map(lambda v: tp.dumps({"x": v})[5:-1]),
                 st.dictionaries(st.sampled_from(sorted(DOC)), json_values, max_size=11)
                 .map(lambda d: tp.dumps({**DOC, **d}))))
def test_payload_parser_raises_only_package_errors(payload: bytes) -> None:
    try:
        tp.parse(payload)
    except tp.PackageError:
        pass
