"""The import dialog: preview, mapping of unknown headings, dry run, report, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kimdesk.services import clients
from kimdesk.ui.dialogs.import_clients import ImportClientsDialog


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text("Klient;Vorname;Herkunft;Notiz\n"
                    "Haidari;Zahra;Afghanistan;Erstkontakt\n"
                    "Tesfay;Yonas;Eritrea;\n"
                    "Kovalenko;Olena;Ukraine;Kita\n", encoding="utf-8")
    return path


def _run(qtbot, dialog: ImportClientsDialog, button) -> None:
    dialog.report = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog._busy, timeout=20_000)


def test_mapping_dry_run_and_import(qtbot, vault, tmp_path: Path) -> None:
    dialog = ImportClientsDialog(vault)
    qtbot.addWidget(dialog)
    assert dialog.load_file(_file(tmp_path))
    assert dialog.mapping() == (None, "given_names", None, None)
    assert dialog.preview_table.rowCount() == 3
    assert dialog.preview_table.item(0, 0).text() == "Haidari"
    assert not dialog.dry_run_button.isEnabled()  # no column holds the family name yet
    assert "Nachnamen" in dialog.summary_label.text()

    dialog.set_mapping(0, "family_name")
    dialog.set_mapping(2, "nationality")
    assert dialog.mapping() == ("family_name", "given_names", "nationality", None)
    header = dialog.preview_table.horizontalHeaderItem(0).text()
    assert header.startswith("Klient") and "Nachname" in header
    assert dialog.dry_run_button.isEnabled() and not dialog.import_button.isEnabled()

    _run(qtbot, dialog, dialog.dry_run_button)
    assert dialog.report.dry_run and dialog.report.importable
    assert "Probelauf: 3 Klient*innen" in dialog.summary_label.text()
    assert dialog.report_table.rowCount() == 1  # the note about the unused column
    assert "Notiz" in dialog.report_table.item(0, 1).text()
    assert dialog.import_button.isEnabled()
    assert clients.count_clients(vault) == 0

    dialog.set_mapping(3, "phone")  # a changed mapping needs a new dry run
    assert not dialog.import_button.isEnabled()
    dialog.set_mapping(3, None)
    _run(qtbot, dialog, dialog.dry_run_button)

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [3]
    qtbot.waitUntil(lambda: not dialog._busy)
    assert clients.count_clients(vault) == 3
    assert "3 Klient*innen importiert." in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_errors_and_duplicates_in_the_report(qtbot, vault, tmp_path: Path) -> None:
    clients.create_client(vault, clients.new_client(family_name="Haidari", given_names="Zahra",
                                                    nationalities=("AF",)))
    path = tmp_path / "liste.csv"
    path.write_text("Nachname;Vorname;Geburtsdatum\nHaidary;Zahra;\nTesfay;Yonas;31.02.1990\n",
                    encoding="utf-8")
    dialog = ImportClientsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    _run(qtbot, dialog, dialog.dry_run_button)
    texts = [dialog.report_table.item(r, 1).text() for r in range(dialog.report_table.rowCount())]
    lines = [dialog.report_table.item(r, 0).text() for r in range(dialog.report_table.rowCount())]
    assert any("möglicherweise schon im Tresor: Haidari, Zahra" in t for t in texts)
    assert "Geburtsdatum „31.02.1990“ ist kein gültiges Datum" in texts
    assert "3" in lines and "2" in lines
    assert not dialog.import_button.isEnabled()

    path.write_text("Nachname;Vorname;Geburtsdatum\nHaidary;Zahra;\nTesfay;Yonas;1990\n",
                    encoding="utf-8")
    _run(qtbot, dialog, dialog.dry_run_button)
    assert dialog.report.duplicates and not dialog.report.errors
    assert not dialog.import_button.isEnabled()
    dialog.allow_duplicates.setChecked(True)  # "trotzdem importieren"
    assert dialog.import_button.isEnabled()
    _run(qtbot, dialog, dialog.import_button)
    assert dialog.report.imported == 2 and clients.count_clients(vault) == 3


def test_unreadable_file_is_explained(qtbot, vault, tmp_path: Path) -> None:
    path = tmp_path / "alt.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    dialog = ImportClientsDialog(vault)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(path)
    assert ".xls" in dialog.summary_label.text()
    assert not dialog.dry_run_button.isEnabled() and not dialog.import_button.isEnabled()
