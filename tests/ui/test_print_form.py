"""PrintFormDialog: preselection, in-memory preview, print and save with audit events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.letterhead import Letterhead
from kimdesk.services import agencies, demo, forms, referrals, settings
from kimdesk.services.clients import create_client, new_client
from kimdesk.ui.dialogs.print_form import PrintFormDialog


@pytest.fixture
def client_id(vault) -> str:
    demo.generate(vault, clients=8, seed=5)
    settings.set_letterhead(vault, Letterhead(name="KIM Musterland"))
    client = forms.gallery_client(vault)
    if not forms.referral_choices(vault, client.id):
        referrals.create_referral(vault, client_id=client.id,
                                  agency_id=agencies.list_agencies(vault)[0].id,
                                  reason="Unterstützung bei der Wohnungssuche")
    return client.id


def _wait(qtbot, dialog: PrintFormDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)


def _pages(dialog: PrintFormDialog) -> list[QLabel]:
    return [w for w in dialog.pages.findChildren(QLabel) if w.objectName().startswith(
        "previewPage") and not w.pixmap().isNull()]


def _events(vault, action: AuditAction) -> list:
    with vault.session() as s:
        return audit_repo.events(s, action=action)


def test_preview_shows_pages_in_the_clients_language(qtbot, vault, client_id: str,
                                                     tmp_path: Path) -> None:
    dialog = PrintFormDialog(vault, client_id=client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait(qtbot, dialog)
    client = forms.get_client_quietly(vault, client_id)
    assert dialog.current_kind() == "consent"
    assert dialog.current_language() == forms.default_language(client)
    pages = _pages(dialog)
    assert pages and pages[0].pixmap().width() > 500
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert "Seite" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "dialog.png"))  # what a counsellor sees (for a look)
    assert list(tmp_path.glob("*.pdf")) == []  # the preview wrote no file


def test_save_writes_the_pdf_and_an_export_event(qtbot, vault, client_id: str,
                                                 tmp_path: Path, monkeypatch) -> None:
    dialog = PrintFormDialog(vault, client_id=client_id, kind="goals")
    qtbot.addWidget(dialog)
    _wait(qtbot, dialog)
    target = tmp_path / "Vereinbarung"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dialog.save_dialog()
    saved = tmp_path / "Vereinbarung.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert saved.read_bytes() == dialog.rendered.pdf
    exports = [e for e in _events(vault, AuditAction.EXPORT) if e.entity == "form_goals"]
    assert [e.entity_id for e in exports] == [client_id]


def test_print_paints_every_page_and_writes_a_print_event(qtbot, vault, client_id: str,
                                                          tmp_path: Path) -> None:
    dialog = PrintFormDialog(vault, client_id=client_id, kind="access")
    qtbot.addWidget(dialog)
    _wait(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer)
    from kimdesk.forms.raster import page_count

    assert page_count(out.read_bytes()) == page_count(dialog.rendered.pdf)
    prints = [e for e in _events(vault, AuditAction.PRINT) if e.entity == "form_access"]
    assert [e.entity_id for e in prints] == [client_id]


def test_changing_form_and_language_renders_again(qtbot, vault, client_id: str) -> None:
    dialog = PrintFormDialog(vault, client_id=client_id)
    qtbot.addWidget(dialog)
    _wait(qtbot, dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("appointment"))
    dialog.language.setCurrentIndex(dialog.language.findData("ti"))
    assert not dialog.appointment.isHidden() or dialog.appointment.count() == 0
    _wait(qtbot, dialog)
    assert dialog.rendered is not None
    assert (dialog.rendered.kind, dialog.rendered.lang) == ("appointment", "ti")
    dialog.kind.setCurrentIndex(dialog.kind.findData("referral"))
    _wait(qtbot, dialog)
    assert dialog.rendered is not None, dialog.status.text()
    assert dialog.rendered.kind == "referral" and _pages(dialog)


def test_client_without_language_gets_german_with_english(qtbot, vault) -> None:
    client = create_client(vault, new_client(family_name="Muster", given_names="Alex"))
    dialog = PrintFormDialog(vault, client_id=client.id, kind="appointment")
    qtbot.addWidget(dialog)
    _wait(qtbot, dialog)
    assert dialog.current_language() == "en"
    assert dialog.rendered is None  # no appointment: a clear message instead of a preview
    assert "kein Termin" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    _wait(qtbot, dialog)
    assert dialog.rendered is not None and dialog.rendered.lang == "en"
