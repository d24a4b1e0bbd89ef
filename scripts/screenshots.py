"""Render KIMdesk's windows to PNG files (offscreen) for looking at them.

    .venv/bin/python scripts/screenshots.py OUTDIR [--clients N]

Creates a temporary demo vault (fictional data) and saves one PNG per window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out", type=Path)
    p.add_argument("--clients", type=int, default=400)
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kimdesk.app import make_application
    from kimdesk.services import demo, vaults
    from kimdesk.ui.controller import AppController
    from kimdesk.ui.settings_store import Settings
    from kimdesk.ui.unlock import UnlockDialog
    from kimdesk.ui.wizard import CreateVaultWizard

    make_application(language="de")
    tmp = Path(tempfile.mkdtemp(prefix="kimdesk-shots-"))
    kdf = vaults.KdfParams(time_cost=1)

    def shot(widget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    wizard = CreateVaultWizard(tmp, kdf=kdf)
    shot(wizard, "wizard-1-location")
    wizard.next()
    wizard.passphrase.first.setText("Sonnenblume Fahrrad")
    wizard.passphrase.second.setText("Sonnenblume Fahr")
    shot(wizard, "wizard-2-passphrase")
    wizard.close()

    path = tmp / "demo.kim"
    vault = vaults.create_vault(path, "demo passphrase", kdf=kdf)
    demo.generate(vault, clients=args.clients, seed=1)
    vault.close()

    dialog = UnlockDialog(path)
    dialog.show()
    dialog.passphrase.setText("falsch")
    dialog.try_unlock()
    while not dialog.error.text():  # the key is derived in the background
        QApplication.processEvents()
    shot(dialog, "unlock")
    dialog.close()

    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    controller = AppController(settings, remember_vault=False)
    controller.set_unlocked(vaults.open_vault(path, "demo passphrase"))
    controller.window.resize(1280, 800)
    for row in range(len(controller.window.views)):
        controller.window.nav.setCurrentRow(row)
        shot(controller.window, f"main-{row + 1}")
    controller.window.nav.setCurrentRow(0)
    controller.lock(ask=False)
    shot(controller.window, "main-locked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
