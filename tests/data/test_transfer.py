"""Transfer between two real vaults: round trip, one-sided changes, conflicts, deletions, damage."""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kimdesk import cli
from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import AuditRow, CounsellorRow
from kimdesk.services import (
    cases, client_graph, clients, demo, erasure, sync_state, transfer, vaults,
)
from kimdesk.services import transfer_package as tp
from tests.conftest import PASSPHRASE
from tests.data.retention_support import rich_client, table_digest

SECRET = "Transfer Möwe 2026 Hafen"
FAMILY, ORIGINAL = "Quxbrenwaldt", "ڤێزۆنەکارێک"


@pytest.fixture
def pair(tmp_path: Path, fast_kdf):
    a = vaults.create_vault(tmp_path / "laptop.kim", PASSPHRASE, kdf=fast_kdf)
    b = vaults.create_vault(tmp_path / "office.kim", PASSPHRASE, kdf=fast_kdf)
    demo.generate(a, clients=50, seed=1)
    with a.session() as s:
        other = s.scalars(select(client_graph.table("clients").c.id).limit(1)).first()
    rich = rich_client(a, FAMILY, ORIGINAL, relative_id=other)
    yield a, b, rich, tmp_path
    a.close()
    b.close()


def move(src, dst, path: Path, fast_kdf, choices=None, client_ids=None):
    """Export from ``src``, import into ``dst``; returns the import result."""
    transfer.export_package(src, path, SECRET, kdf=fast_kdf, client_ids=client_ids)
    return transfer.import_package(dst, transfer.read_package(path, SECRET), choices)


def canonical(vault) -> dict[tuple[str, str], dict]:
    """Every client record, counsellors as user names (ids differ per device)."""
    with vault.session() as s:
        names = {r.id: r.username for r in s.scalars(select(CounsellorRow))}
        data = client_graph.collect(s, None)
    out = {}
    for name, rows in data.records.items():
        for rec in rows:
            rec = dict(rec)
            for col in client_graph.counsellor_columns(name):
                rec[col] = names.get(rec[col], rec[col]) if rec.get(col) else None
            out[(name, str(rec["id"]))] = rec
    return out


def test_round_trip_makes_both_vaults_equal(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    result = move(a, b, tmp / "all.kimtransfer", fast_kdf)
    assert result.clients == 51 and result.new > 500 and not result.conflicts
    assert canonical(a) == canonical(b)
    with b.session() as s:
        logged = s.scalars(select(AuditRow.entity_id).where(AuditRow.entity == "transfer",
                                                            AuditRow.action == "import")).all()
        assert rich in logged and len(logged) == 52  # the package and every client, ids only
        assert audit_repo.verify_chain(s) == []
    with a.session() as s:
        assert audit_repo.verify_chain(s) == []
    again = transfer.preview_import(b, transfer.read_package(tmp / "all.kimtransfer", SECRET))
    assert again.new == again.changed == 0 and again.identical == result.new
    mode = stat.S_IMODE((tmp / "all.kimtransfer").stat().st_mode)
    assert mode == 0o600
    raw = (tmp / "all.kimtransfer").read_bytes()
    assert FAMILY.encode() not in raw and ORIGINAL.encode() not in raw


def test_selected_clients_only(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    result = move(a, b, tmp / "one.kimtransfer", fast_kdf, client_ids=[rich])
    assert result.clients == 1
    got = canonical(b)
    assert {k[1] for k in got if k[0] == "clients"} == {rich}
    assert not [k for k in got if k[0] == "household_links"]  # the relative stayed behind
    with b.session() as s:
        assert s.execute(select(client_graph.table("agencies").c.id)).first() is not None


def _edit(vault, cid, **changes):
    c = clients.get_client(vault, cid, record_view=False)
    return clients.update_client(vault, dataclasses.replace(c, **changes))


def test_one_sided_changes_merge_without_asking(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    _edit(a, rich, phone="0170 111")
    result = move(a, b, tmp / "p2", fast_kdf)
    assert result.changed == 1 and not result.conflicts
    assert clients.get_client(b, rich, record_view=False).phone == "0170 111"
    _edit(b, rich, city="Hafenstadt")
    case = cases.cases_of(b, rich)[0]
    cases.add_note(b, case, "Notiz aus dem Büro")
    back = move(b, a, tmp / "p3", fast_kdf)
    assert back.changed == 1 and back.new == 1 and not back.conflicts
    assert canonical(a) == canonical(b)
    # a package that arrives late is older than what is here: kept, no conflict
    late = transfer.preview_import(b, transfer.read_package(tmp / "p2", SECRET))
    assert late.kept_local == 1 and not late.conflicts


def test_lost_package_then_newer_one(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    _edit(a, rich, phone="1")
    transfer.export_package(a, tmp / "lost", SECRET, kdf=fast_kdf)
    _edit(a, rich, phone="2")
    result = move(a, b, tmp / "p2", fast_kdf)
    assert result.changed == 1 and not result.conflicts


@pytest.mark.parametrize("prefer", ["local", "package"])
def test_conflict_when_both_changed(pair, fast_kdf, prefer) -> None:
    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    _edit(a, rich, phone="0170 A")
    _edit(b, rich, phone="0170 B")
    transfer.export_package(a, tmp / "p2", SECRET, kdf=fast_kdf)
    package = transfer.read_package(tmp / "p2", SECRET)
    preview = transfer.preview_import(b, package)
    assert [(c.kind, c.key, c.fields) for c in preview.conflicts] == [
        ("both_changed", ("clients", rich), ("phone",))]
    assert FAMILY in preview.conflicts[0].describe()
    before = table_digest(b)
    with pytest.raises(transfer.UnresolvedConflicts):
        transfer.import_package(b, package)
    assert table_digest(b) == before
    result = transfer.import_package(b, package, {preview.conflicts[0].id: prefer})
    assert len(result.conflicts) == 1
    expected = "0170 B" if prefer == "local" else "0170 A"
    assert clients.get_client(b, rich, record_view=False).phone == expected
    # the decision is remembered: the same package again asks nothing
    assert not transfer.preview_import(b, package).conflicts
    # and the other side follows the decision without a conflict
    back = move(b, a, tmp / "p3", fast_kdf)
    assert not back.conflicts
    assert clients.get_client(a, rich, record_view=False).phone == expected


def test_deletions_travel(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    case = cases.cases_of(a, rich)[0]
    note = cases.add_note(a, case, "bald gelöscht")
    move(a, b, tmp / "p2", fast_kdf)
    cases.delete_note(a, case, note.id)
    result = move(a, b, tmp / "p3", fast_kdf)
    assert result.deleted == 1 and not result.conflicts
    assert note.id not in {n.id for n in cases.notes_of_client(b, rich)}
    # an old package does not bring the note back
    old = transfer.preview_import(b, transfer.read_package(tmp / "p2", SECRET))
    assert old.new == 0 and not old.conflicts


def test_erasure_travels_and_is_never_undone(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    erasure.erase_on_request(a, rich)
    result = move(a, b, tmp / "p2", fast_kdf)
    assert result.erased == 1
    with b.session() as s:
        assert sync_state.erased_clients(s) == {rich}
        assert not client_graph.owned_ids(s, [rich])["clients"]
    stale = transfer.import_package(b, transfer.read_package(tmp / "p1", SECRET))
    assert stale.skipped_erased > 10 and stale.new == 0
    with b.session() as s:
        assert not client_graph.owned_ids(s, [rich])["clients"]


def test_erasure_does_not_override_a_legal_hold_here(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    from kimdesk.services import retention

    retention.set_legal_hold(b, cases.cases_of(b, rich)[0], True)
    erasure.erase_on_request(a, rich)
    result = move(a, b, tmp / "p2", fast_kdf)
    assert result.held == 1 and result.erased == 0
    assert clients.get_client(b, rich, record_view=False).family_name == FAMILY


def test_import_is_all_or_nothing(pair, fast_kdf, monkeypatch) -> None:
    a, b, rich, tmp = pair
    transfer.export_package(a, tmp / "p1", SECRET, kdf=fast_kdf)
    package = transfer.read_package(tmp / "p1", SECRET)
    before = table_digest(b)

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sync_state, "put_many", boom)
    with pytest.raises(RuntimeError):
        transfer.import_package(b, package)
    assert table_digest(b) == before


def test_wrong_passphrase_and_own_package(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    transfer.export_package(a, tmp / "p1", SECRET, kdf=fast_kdf)
    with pytest.raises(tp.WrongTransferPassphrase, match="falsch"):
        transfer.read_package(tmp / "p1", "nicht das Geheimnis")
    _edit(a, rich, phone="neuer")
    before = canonical(a)
    own = transfer.import_package(a, transfer.read_package(tmp / "p1", SECRET))
    assert own.new == own.changed == own.deleted == 0 and own.kept_local == 1
    assert canonical(a) == before
    with pytest.raises(tp.PackageError, match="nicht gefunden"):
        transfer.read_package(tmp / "missing", SECRET)


def test_damaged_packages_change_nothing(pair, fast_kdf) -> None:
    a, b, rich, tmp = pair
    transfer.export_package(a, tmp / "p1", SECRET, kdf=fast_kdf)
    data = (tmp / "p1").read_bytes()
    before = table_digest(b)

    def attempt(damaged: bytes) -> None:
        (tmp / "bad").write_bytes(damaged)
        with pytest.raises(tp.PackageError) as info:
            transfer.import_package(b, transfer.read_package(tmp / "bad", SECRET))
        assert str(info.value).endswith(".") and "Transferpaket" in str(info.value)

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(data) - 1), st.integers(0, 7))
    def flipped(pos: int, bit: int) -> None:
        damaged = bytearray(data)
        damaged[pos] ^= 1 << bit
        attempt(bytes(damaged))

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(data) - 1))
    def truncated(length: int) -> None:
        attempt(data[:length])

    flipped()
    truncated()
    for pos in (0, 9, 13, 30, 70, 77, len(data) // 2, len(data) - 1):  # every header field
        damaged = bytearray(data)
        damaged[pos] ^= 0x10
        attempt(bytes(damaged))
    assert table_digest(b) == before


def test_cli_export_import_with_conflicts(pair, fast_kdf, monkeypatch, capsys) -> None:
    a, b, rich, tmp = pair
    monkeypatch.setattr("kimdesk.data.keyfile.calibrate", lambda *x, **k: fast_kdf)
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("KIMDESK_TRANSFER_PASSPHRASE", SECRET)
    monkeypatch.setattr("sys.stdin", open("/dev/null"))
    pa, pb = a.path, b.path
    move(a, b, tmp / "p0", fast_kdf)
    _edit(a, rich, phone="A")
    _edit(b, rich, phone="B")
    a.close()
    b.close()
    pkg = tmp / "cli.kimtransfer"
    assert cli.main(["transfer", "export", str(pa), "--out", str(pkg), "--client", rich]) == 0
    assert "1 Klient*innen" in capsys.readouterr().out
    assert cli.main(["transfer", "import", str(pb), str(pkg)]) == 2
    captured = capsys.readouterr()
    assert "Konflikt clients:" in captured.out and "--prefer" in captured.err
    assert cli.main(["transfer", "import", str(pb), str(pkg), "--dry-run"]) == 0
    assert cli.main(["transfer", "import", str(pb), str(pkg), "--prefer", "package"]) == 0
    assert "Eingespielt" in capsys.readouterr().out
    with vaults.open_vault(pb, PASSPHRASE) as office:
        assert clients.get_client(office, rich, record_view=False).phone == "A"
    monkeypatch.setenv("KIMDESK_TRANSFER_PASSPHRASE", "falsch")
    assert cli.main(["transfer", "import", str(pb), str(pkg)]) == 2
    assert "falsch" in capsys.readouterr().err


def test_new_child_of_a_record_deleted_here_is_dropped(pair, fast_kdf) -> None:
    from kimdesk.data.repositories.records import CASES
    from kimdesk.services.recording import delete_record

    a, b, rich, tmp = pair
    move(a, b, tmp / "p1", fast_kdf)
    delete_record(b, CASES, cases.cases_of(b, rich)[0].id, entity="case")
    note = cases.add_note(a, cases.cases_of(a, rich)[0], "neu auf dem Laptop")
    result = move(a, b, tmp / "p2", fast_kdf)
    assert not result.conflicts
    assert cases.cases_of(b, rich) == []
    assert note.id not in {n.id for n in cases.notes_of_client(b, rich)}
    assert b.integrity_problems() == []
