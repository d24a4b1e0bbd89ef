"""The audit-log viewer's queries: filters, keyset pages, capped counts, chain check."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from kimdesk.domain.enums import AuditAction
from kimdesk.services import audit_log, clients


def _seed(vault, n: int = 25) -> list[str]:
    ids = []
    for i in range(n):
        c = clients.create_client(vault, clients.new_client(family_name=f"Name{i}"))
        ids.append(c.id)
        if i % 5 == 0:
            clients.get_client(vault, c.id)  # a "view" event
    return ids


def test_filters(vault) -> None:
    ids = _seed(vault)
    every = audit_log.page(vault, limit=1000).events
    assert [ev.seq for ev in every] == sorted((ev.seq for ev in every), reverse=True)
    views = audit_log.page(vault, audit_log.AuditFilter(action=AuditAction.VIEW)).events
    assert len(views) == 5 and {ev.entity_id for ev in views} == set(ids[::5])
    one = audit_log.page(vault, audit_log.AuditFilter(record_id=ids[0])).events
    assert [ev.action for ev in one] == [AuditAction.VIEW, AuditAction.CREATE]
    vault_events = audit_log.page(vault, audit_log.AuditFilter(entity="vault")).events
    assert [ev.action for ev in vault_events] == [AuditAction.CREATE]
    assert audit_log.page(vault, audit_log.AuditFilter(entity="client",
                                                       action=AuditAction.CREATE)).events[0] \
        .entity_id == ids[-1]
    today = datetime.now().date()
    assert len(audit_log.page(vault, audit_log.AuditFilter(since=today, until=today),
                              limit=1000).events) == len(every)
    assert audit_log.page(vault, audit_log.AuditFilter(until=today - timedelta(days=1))).events \
        == ()
    assert audit_log.page(vault, audit_log.AuditFilter(since=today + timedelta(days=1))).events \
        == ()


def test_date_filter_uses_local_days(vault) -> None:
    _seed(vault, 2)
    with vault.session(write=True) as s:  # move the first event to a known moment
        s.execute(text("UPDATE audit_events SET at = :at WHERE seq = 1"),
                  {"at": datetime(2024, 3, 1, 12, 0)})
    found = audit_log.page(vault, audit_log.AuditFilter(since=date(2024, 3, 1),
                                                        until=date(2024, 3, 1))).events
    assert [ev.seq for ev in found] == [1]
    assert found[0].at == datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def test_keyset_paging_and_count(vault) -> None:
    _seed(vault, 30)
    total = audit_log.count(vault)
    seen: list[int] = []
    page = audit_log.page(vault, limit=7)
    pages = 1
    while True:
        seen += [ev.seq for ev in page.events]
        if not page.has_more:
            break
        page = audit_log.page(vault, before_seq=page.older_than, limit=7)
        pages += 1
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen)) == total
    assert pages == -(-total // 7)
    assert audit_log.count(vault, cap=10) == 11  # "more than 10"
    assert audit_log.count(vault, audit_log.AuditFilter(action=AuditAction.VIEW)) == 6


def test_chain_check_reports_tampering(vault) -> None:
    _seed(vault, 5)
    report = audit_log.check_chain(vault)
    assert report.ok and report.checked == audit_log.count(vault) and not report.problems
    with vault.session(write=True) as s:
        s.execute(text("UPDATE audit_events SET actor = 'jemand' WHERE seq = 3"))
        s.execute(text("DELETE FROM audit_events WHERE seq = 5"))
    report = audit_log.check_chain(vault)
    assert not report.ok
    texts = [audit_log.problem_text(p) for p in report.problems]
    assert "Eintrag 3: Inhalt nachträglich verändert." in texts
    assert any(t.startswith("Eintrag 6: Verknüpfung") for t in texts)


def test_labels_hold_no_personal_data(vault) -> None:
    _seed(vault, 3)
    for ev in audit_log.page(vault).events:
        assert "Name" not in audit_log.entity_label(ev.entity) + ev.entity_id + ev.actor
    assert audit_log.action_label(AuditAction.EXPORT) == "exportiert"
    assert audit_log.entity_label("unbekannt") == "unbekannt"


def test_cli_audit_lists_and_verifies(vault, capsys, monkeypatch) -> None:
    from kimdesk import cli
    from tests.conftest import PASSPHRASE

    ids = _seed(vault, 3)
    path = vault.path
    vault.close()
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    assert cli.main(["audit", str(path), "--record", ids[0]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[3] for line in lines] == ["view", "create"]
    assert cli.main(["audit", str(path), "--verify"]) == 0
    assert "in Ordnung" in capsys.readouterr().out
