"""A scripted session leaves the client's name, the passphrase and the key nowhere on disk.

Create a vault, add a client with a known name, open the profile, render a form in the
print dialog and print it to PDF in memory, export statistics, lock. Then scan the vault
folder, the settings, the temp folder and everything logged.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from kimdesk.services import cases, clients, vaults
from kimdesk.ui.controller import AppController
from kimdesk.ui.settings_store import Settings

NAME = "Zqxwertyhanna"
NAME_AR = "قزوينيتانة"
SECRET = "Leck Prüfung Passphrase 93 Wörter"


def _needles(key: bytes) -> dict[str, list[bytes]]:
    return {
        "name": [NAME.encode(), NAME.encode("utf-16-le"), NAME_AR.encode(),
                 NAME_AR.encode("utf-16-le")],
        "passphrase": [SECRET.encode(), SECRET.encode("utf-16-le")],
        "key": [key, key.hex().encode(), key.hex().upper().encode()],
    }


def _scan(roots: list[Path], needles: dict[str, list[bytes]]) -> list[str]:
    found = []
    for root in roots:
        for path in [root] if root.is_file() else root.rglob("*"):
            if path.is_file():
                blob = path.read_bytes()
                found += [f"{kind} in {path}" for kind, items in needles.items()
                          if any(n in blob for n in items)]
    return found


def test_no_name_passphrase_or_key_left_behind(qtbot, tmp_path: Path, fast_kdf, monkeypatch,
                                               caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder = tmp_path / "vault"
    folder.mkdir()
    ini = tmp_path / "settings" / "kimdesk.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))

    vault = vaults.create_vault(folder / "leak.kim", SECRET, kdf=fast_kdf)
    key = bytes(vault._key)  # type: ignore[arg-type]  # only to know what to look for
    client = clients.create_client(vault, clients.new_client(
        family_name=NAME, family_name_original=NAME_AR, birth_date=date(1990, 1, 1),
        nationalities=("SY",), languages=("ar",)))
    cases.add_note(vault, cases.open_case(vault, client.id), f"Gespräch mit {NAME}")

    controller = AppController(settings, kdf=fast_kdf)
    qtbot.addWidget(controller.window)
    controller.set_unlocked(vault)
    controller.window.open_client(client.id)
    from kimdesk.ui.dialogs.print_form import PrintFormDialog

    dialog = PrintFormDialog(vault, client_id=client.id, parent=controller.window)
    qtbot.addWidget(dialog)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=30_000)
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printout" / "druck.pdf"  # the user's explicit choice: not scanned
    printed.parent.mkdir()
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    from kimdesk.services import statistics
    from kimdesk.services.stats_period import Period

    statistics.export(vault, Period(date(2020, 1, 1), date.today()), folder / "stats.csv")
    dialog.close()
    controller.lock(ask=False)
    settings.sync()

    logged = "\n".join(r.getMessage() for r in caplog.records)
    out = capfd.readouterr()
    (tmp_path / "logs.txt").write_text(logged + out.out + out.err, encoding="utf-8")
    needles = _needles(key)
    roots = [folder, ini.parent, temp, tmp_path / "logs.txt"]
    assert _scan(roots, needles) == []
    assert printed.exists() and printed.stat().st_size > 1000  # printing really happened
    # the scanner itself finds what it looks for (so an empty result above means something)
    control = tmp_path / "control.bin"
    control.write_bytes(b"..." + NAME_AR.encode("utf-16-le") + b"..." + key.hex().encode())
    assert sorted(_scan([control], needles)) == [f"key in {control}", f"name in {control}"]
