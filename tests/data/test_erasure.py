"""Deleting a client really removes them: every table, the file's pages, the WAL; a trace stays."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from kimdesk.data import engine as eng
from kimdesk.data.schema import AuditRow, DeletionTraceRow, SyncStateRow
from kimdesk.data.vault import vault_files
from kimdesk.domain.enums import ClosureReason
from kimdesk.services import client_graph, demo, erasure, search
from tests.conftest import PASSPHRASE
from tests.data.retention_support import plaintext_of_vault, rich_client

FAMILY = "Quxbrenwaldt"
ORIGINAL = "ڤێزۆنەکارێک"


@pytest.fixture
def populated(vault):
    demo.generate(vault, clients=50, seed=1)
    with vault.session() as s:
        other = s.execute(text("SELECT id FROM clients ORDER BY id LIMIT 1")).scalar()
    cid = rich_client(vault, FAMILY, ORIGINAL, relative_id=other, closed_on=date(2021, 5, 10),
                      reason=ClosureReason.MOVED_AWAY)
    return vault, cid, other


def _everything_of(vault, cid):
    with vault.session() as s:
        return {k: v for k, v in client_graph.owned_ids(s, [cid]).items() if v}


def test_every_client_table_is_covered_by_the_fixture(populated) -> None:
    vault, cid, _ = populated
    found = _everything_of(vault, cid)
    assert set(found) == {t.name for t in client_graph.owned_tables()}
    assert {"appointments", "referral_events", "consents", "household_links", "goal_steps",
            "case_notes"} <= set(found)


def test_erasure_leaves_no_trace_of_the_person_on_disk(populated, vault_path) -> None:
    vault, cid, other = populated
    search.build_index(vault)
    eng.checkpoint(vault.engine)
    before = plaintext_of_vault(vault_path, PASSPHRASE)
    assert FAMILY.encode() in before and ORIGINAL.encode("utf-8") in before  # decryption works

    result = erasure.erase_on_request(vault, cid)
    assert result.clients == 1 and result.records > 15 and result.traces == 1 and result.scrubbed

    assert _everything_of(vault, cid) == {}
    with vault.session() as s:
        links = s.execute(text("SELECT count(*) FROM household_links WHERE client_id=:c OR "
                               "relative_id=:c"), {"c": cid}).scalar()
        assert links == 0
        kept = s.execute(text("SELECT count(*) FROM clients WHERE id=:o"), {"o": other})
        assert kept.scalar() == 1
        audit = s.scalars(select(AuditRow).where(AuditRow.entity == "erasure")).all()
        assert [(a.action, a.entity_id) for a in audit] == [("delete", cid)]
        tomb = s.get(SyncStateRow, ("clients", cid))
        assert tomb is not None and tomb.erased and tomb.agreed is None
    assert all(row.id != cid for row in search.search_clients(vault, FAMILY))

    after = plaintext_of_vault(vault_path, PASSPHRASE)
    for needle in (FAMILY.encode(), ORIGINAL.encode("utf-8"), "ئیلڤانا".encode()):
        assert needle not in after
    raw = b"".join(p.read_bytes() for p in vault_files(vault_path))
    for folder_file in vault_path.parent.iterdir():
        if folder_file.is_file():
            raw += folder_file.read_bytes()
    assert FAMILY.encode() not in raw and ORIGINAL.encode() not in raw
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert vault.integrity_problems() == []


def test_trace_keeps_quarter_statistics(populated) -> None:
    vault, cid, _ = populated
    before = erasure.closed_case_counts(vault)
    erasure.erase_on_request(vault, cid)
    assert erasure.closed_case_counts(vault) == before
    with vault.session() as s:
        traces = s.scalars(select(DeletionTraceRow)).all()
    assert [(t.closed_year, t.closed_quarter, t.closure_reason, t.legal_area) for t in traces] == [
        (2021, 2, "moved_away", "sgb2")]
    columns = set(DeletionTraceRow.__table__.columns.keys())
    assert columns == {"id", "opened_year", "opened_quarter", "closed_year", "closed_quarter",
                       "closure_reason", "legal_area"}


def test_legal_hold_refuses_erasure_and_changes_nothing(vault) -> None:
    cid = rich_client(vault, FAMILY, ORIGINAL, closed_on=date(2020, 1, 1), hold=True)
    with vault.session() as s:
        audits = s.scalar(select(func.count()).select_from(AuditRow))
    with pytest.raises(erasure.ErasureRefused, match="Aufbewahrungspflicht"):
        erasure.erase_on_request(vault, cid)
    assert _everything_of(vault, cid)["clients"] == {cid}
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditRow)) == audits
        assert s.scalar(select(func.count()).select_from(DeletionTraceRow)) == 0


def test_erasure_of_an_open_case_keeps_an_open_trace(vault) -> None:
    cid = rich_client(vault, FAMILY, ORIGINAL, opened_on=date(2024, 8, 1))
    erasure.erase_on_request(vault, cid)
    with vault.session() as s:
        trace = s.scalars(select(DeletionTraceRow)).one()
    assert (trace.opened_year, trace.opened_quarter, trace.closed_year) == (2024, 3, None)


def test_unknown_client_is_refused(vault) -> None:
    with pytest.raises(erasure.ErasureRefused, match="nichts gelöscht"):
        erasure.erase_on_request(vault, "00000000-0000-7000-8000-000000000000")
