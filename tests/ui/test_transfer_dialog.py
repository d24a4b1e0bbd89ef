"""The transfer dialogs: write a package, check it, decide a conflict, import it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kimdesk.services import clients, transfer, vaults
from kimdesk.ui.dialogs.transfer_dialog import TransferExportDialog, TransferImportDialog
from tests.conftest import PASSPHRASE
from tests.data.retention_support import rich_client

SECRET = "Leuchtturm Möwe 2026 Hafen"


def _edit(vault, cid, **changes) -> None:
    c = clients.get_client(vault, cid, record_view=False)
    clients.update_client(vault, dataclasses.replace(c, **changes))


def _export(qtbot, vault, ids, path: Path, fast_kdf) -> TransferExportDialog:
    dialog = TransferExportDialog(vault, ids)
    qtbot.addWidget(dialog)
    dialog.kdf = fast_kdf
    assert not dialog.export_button.isEnabled()
    dialog.path.setText(str(path))
    dialog.secret.setText(SECRET)
    dialog.repeat.setText(SECRET + "x")
    assert not dialog.export_button.isEnabled() and "überein" in dialog.export_button.toolTip()
    dialog.repeat.setText(SECRET)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_button.click()
    assert "Paket geschrieben" in dialog.message.text() and path.exists()
    return dialog


def _import(qtbot, vault, path: Path, secret: str = SECRET) -> TransferImportDialog:
    dialog = TransferImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.secret.setText(secret)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.bar.isHidden(), timeout=20000)
    return dialog


def test_export_then_import_with_a_conflict(qtbot, vault, tmp_path, fast_kdf) -> None:
    office = vaults.create_vault(tmp_path / "office.kim", PASSPHRASE, kdf=fast_kdf)
    try:
        cid = rich_client(vault, "Quxbrenwaldt", "ڤێزۆنەکار")
        transfer.export_package(vault, tmp_path / "p0", SECRET, kdf=fast_kdf)
        transfer.import_package(office, transfer.read_package(tmp_path / "p0", SECRET))
        _edit(vault, cid, phone="laptop")
        _edit(office, cid, phone="office")

        _export(qtbot, vault, [cid], tmp_path / "p1.kimtransfer", fast_kdf)

        wrong = _import(qtbot, office, tmp_path / "p1.kimtransfer", "falsch")
        assert "falsch" in wrong.message.text() and not wrong.import_button.isEnabled()

        dialog = _import(qtbot, office, tmp_path / "p1.kimtransfer")
        assert dialog.preview is not None and len(dialog.preview.conflicts) == 1
        assert dialog.conflict_box.isVisibleTo(dialog) and dialog.table.rowCount() == 1
        assert "Telefon" in dialog.table.item(0, 2).text()
        assert dialog.chosen() == {dialog.preview.conflicts[0].id: "local"}
        dialog._choose_all(1)
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.import_button.click()
        assert "Eingespielt" in dialog.message.text()
        assert clients.get_client(office, cid, record_view=False).phone == "laptop"
    finally:
        office.close()
