"""The Protokoll tab: filters and pages through the log; the chain check flags tampering."""

from __future__ import annotations

from sqlalchemy import text

from kimdesk.domain.enums import AuditAction
from kimdesk.services import clients
from kimdesk.ui.views.audit_log_panel import AuditLogPanel


def _panel(qtbot, vault, page_size: int = 10) -> AuditLogPanel:
    panel = AuditLogPanel(page_size=page_size)
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5_000)
    return panel


def test_paging_and_filters(qtbot, vault) -> None:
    ids = [clients.create_client(vault, clients.new_client(family_name=f"N{i}")).id
           for i in range(24)]
    clients.get_client(vault, ids[3])
    panel = _panel(qtbot, vault)
    first = [panel.model.event_at(r).seq for r in range(panel.model.rowCount())]
    assert len(first) == 10 and first == sorted(first, reverse=True)
    qtbot.waitUntil(lambda: "von 26" in panel.position.text(), timeout=5_000)
    assert not panel.newer_button.isEnabled() and panel.older_button.isEnabled()
    panel.older_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() and panel.model.event_at(0).seq < first[-1],
                    timeout=5_000)
    assert panel.newer_button.isEnabled() and "Einträge 11–20" in panel.position.text()
    panel.older_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=5_000)
    assert not panel.older_button.isEnabled()
    panel.newer_button.click()
    panel.newer_button.click()
    qtbot.waitUntil(lambda: panel.model.event_at(0).seq == first[0], timeout=5_000)

    panel.action.setCurrentIndex(panel.action.findData(AuditAction.VIEW.value))
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    assert panel.model.event_at(0).entity_id == ids[3]
    panel.reset_filters()
    panel.record.setText(ids[3])
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5_000)
    panel.reset_filters()
    panel.entity.setCurrentIndex(panel.entity.findData("vault"))
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    assert panel.model.index(0, 3).data() == "angelegt"
    assert panel.model.index(0, 4).data() == "Tresor"


def test_chain_check_shows_intact_and_tampered(qtbot, vault) -> None:
    for i in range(4):
        clients.create_client(vault, clients.new_client(family_name=f"N{i}"))
    panel = _panel(qtbot, vault)
    panel.check_button.click()
    qtbot.waitUntil(lambda: "in Ordnung" in panel.check_result.text(), timeout=5_000)
    with vault.session(write=True) as s:
        s.execute(text("UPDATE audit_events SET entity_id = 'x' WHERE seq = 2"))
    panel.check_button.click()
    qtbot.waitUntil(lambda: "beschädigt" in panel.check_result.text(), timeout=5_000)
    assert "Eintrag 2: Inhalt nachträglich verändert." in panel.check_result.text()
    panel.set_vault(None)
    assert panel.check_result.text() == "" and panel.model.rowCount() == 0
