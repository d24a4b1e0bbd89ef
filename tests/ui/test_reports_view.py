"""The Berichte view: statistics shown suppressed and saved, reconstruction and access
exported through the save dialog, the audit log, and everything cleared on lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTableView

from kimdesk.domain.enums import AuditAction
from kimdesk.services import audit_log, demo, forms
from kimdesk.services.stats_period import quarter
from kimdesk.ui.views.reports_view import ReportsView


@pytest.fixture
def view(qtbot, vault):
    demo.generate(vault, clients=80, seed=3)
    w = ReportsView()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.set_vault(vault)
    return w


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _no_small_numbers(rows: list[list[str]]) -> None:
    for row in rows:
        for text in row[1:]:
            assert text in ("<5", "x", "·", "0") or int(text.replace(".", "")) >= 5, row


def test_statistics_tab_shows_suppressed_tables_and_saves(qtbot, view, vault, monkeypatch,
                                                          tmp_path: Path) -> None:
    tab = view.stats_tab
    assert not tab.csv_button.isEnabled()
    index = tab.period_box.findData("custom")
    tab.period_box.setCurrentIndex(index)
    tab.date_from.setDate(tab.date_from.date().fromString("2024-01-01", "yyyy-MM-dd"))
    tab.date_to.setDate(tab.date_to.date().fromString("2025-12-31", "yyyy-MM-dd"))
    tab.compute_button.click()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10_000)
    keys = [t.key for t in tab.report.tables]
    assert keys[:3] == ["movement", "phases", "closures"]
    for key in keys:
        rows = tab.table_texts(key)
        assert rows, key
        _no_small_numbers(rows)
    assert len(tab.body.findChildren(QTableView)) == len(keys)
    target = tmp_path / "stats.csv"
    _save_to(monkeypatch, target)
    with qtbot.waitSignal(view.exported, timeout=10_000) as saved:
        tab.csv_button.click()
    assert saved.args == [str(target)]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    pdf = tmp_path / "stats"  # the suffix is added
    _save_to(monkeypatch, pdf)
    with qtbot.waitSignal(view.exported, timeout=20_000):
        tab.pdf_button.click()
    assert (tmp_path / "stats.pdf").read_bytes().startswith(b"%PDF")


def test_bad_period_is_explained(qtbot, view) -> None:
    tab = view.stats_tab
    tab.period_box.setCurrentIndex(tab.period_box.findData("custom"))
    tab.date_to.setDate(tab.date_from.date().addDays(-1))
    tab.compute_button.click()
    assert "vor seinem Beginn" in tab.status.text() and tab.report is None


def test_reconstruction_tab_previews_and_exports(qtbot, view, vault, monkeypatch,
                                                 tmp_path: Path) -> None:
    client = forms.gallery_client(vault)
    view.tabs.setCurrentIndex(view.TAB_RECONSTRUCTION)
    tab = view.reconstruction_tab
    tab.picker.box.setText(client.file_number)  # set text: never keyClicks
    tab.picker.run_search()
    qtbot.waitUntil(lambda: tab.rec is not None, timeout=10_000)
    assert tab.timeline.rowCount() == len(tab.rec.timeline) > 0
    shown = " ".join(tab.timeline.item(r, 2).text() for r in range(tab.timeline.rowCount()))
    assert client.family_name not in shown and tab.rec.code in tab.summary.text()
    target = tmp_path / "rec.json"
    _save_to(monkeypatch, target)
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.json_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["kennung"] == tab.rec.code
    assert client.family_name not in target.read_text(encoding="utf-8")


def test_access_tab_exports_json(qtbot, view, vault, monkeypatch, tmp_path: Path) -> None:
    client = forms.gallery_client(vault)
    view.tabs.setCurrentIndex(view.TAB_ACCESS)
    tab = view.access_tab
    tab.picker.box.setText(client.file_number)
    tab.picker.run_search()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10_000)
    assert tab.sections.rowCount() >= 10 and tab.pdf_button.isEnabled()
    target = tmp_path / "auskunft.json"
    _save_to(monkeypatch, target)
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.json_button.click()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["betroffene_person"]["id"] == client.id
    events = audit_log.page(vault, audit_log.AuditFilter(action=AuditAction.EXPORT)).events
    assert events[0].entity == "access_report" and events[0].entity_id == client.id


def test_audit_tab_and_lock_clears_everything(qtbot, view, vault) -> None:
    view.tabs.setCurrentIndex(view.TAB_AUDIT)
    panel = view.audit_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5_000)
    view.stats_tab.period_box.setCurrentIndex(0)
    view.stats_tab.compute()
    qtbot.waitUntil(lambda: view.stats_tab.report is not None, timeout=10_000)
    view.set_vault(None)
    assert panel.model.rowCount() == 0 and view.stats_tab.report is None
    assert not view.stats_tab.body.findChildren(QTableView)
    assert view.reconstruction_tab.picker.results.count() == 0
    assert not view.access_tab.json_button.isEnabled()
    assert not view.retention_tab.open_button.isEnabled()
    assert not view.transfer_tab.export_button.isEnabled()


def test_quarter_choice_fills_the_dates(qtbot, view) -> None:
    tab = view.stats_tab
    tab.period_box.setCurrentIndex(1)
    start, end = tab.period_box.currentData()
    assert tab.period() == quarter(start.year, (start.month - 1) // 3 + 1)
    assert not tab.date_from.isEnabled()


def test_reconstruction_and_access_tabs_save_in_the_background(qtbot, vault, tmp_path,
                                                               monkeypatch) -> None:
    from kimdesk.services import clients
    from kimdesk.ui.views.reports_access_tab import AccessTab
    from kimdesk.ui.views.reports_reconstruction_tab import ReconstructionTab

    demo.generate(vault, clients=20, seed=4)
    client = clients.list_clients(vault, limit=1)[0]
    for tab_class, attr, target in ((ReconstructionTab, "rec", tmp_path / "rekon.json"),
                                    (AccessTab, "report", tmp_path / "auskunft.json")):
        tab = tab_class()
        qtbot.addWidget(tab)
        tab.set_vault(vault)
        tab.load(client.id)
        qtbot.waitUntil(lambda t=tab, a=attr: getattr(t, a) is not None, timeout=20_000)
        _save_to(monkeypatch, target)
        with qtbot.waitSignal(tab.exported, timeout=20_000) as saved:
            tab.save(".json")
        assert saved.args[0] == str(target)
        assert json.loads(target.read_text(encoding="utf-8"))
        assert "Gespeichert" in tab.status.text()
        assert (target.stat().st_mode & 0o777) == 0o600
