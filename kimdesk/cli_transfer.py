"""``kimdesk transfer``: move clients between vaults offline in an encrypted package.

    kimdesk transfer export VAULT --out PKG [--client ID ...]
    kimdesk transfer import VAULT PKG [--prefer local|package] [--dry-run]

The vault passphrase comes from ``KIMDESK_PASSPHRASE`` or a prompt, the package's own
passphrase from ``KIMDESK_TRANSFER_PASSPHRASE`` or a prompt (twice on export).
An import with conflicts lists them and needs ``--prefer`` or a choice per conflict
at the terminal; until then nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kimdesk.cli import EXIT_ERROR, EXIT_OK, CliError, read_passphrase

TRANSFER_ENV = "KIMDESK_TRANSFER_PASSPHRASE"


def cmd_export(args: argparse.Namespace) -> int:
    from kimdesk.services import transfer, vaults

    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        secret = read_passphrase("Transfer-Passphrase: ", env=TRANSFER_ENV, confirm=True)
        result = transfer.export_package(vault, Path(args.out), secret,
                                         client_ids=args.client or None)
    finally:
        vaults.lock_vault(vault)
    print(f"Transferpaket geschrieben: {result.path} ({result.clients} Klient*innen, "
          f"{result.records} Einträge, {max(1, result.bytes // 1024)} KiB, verschlüsselt)")
    return EXIT_OK


def _ask(conflicts: list, prefer: str | None) -> dict[str, str] | None:
    if prefer:
        return {c.id: prefer for c in conflicts}
    if not sys.stdin.isatty():
        return None
    choices: dict[str, str] = {}
    for c in conflicts:
        while True:
            answer = input(f"{c.describe()}\n  [l] hier behalten / [p] aus dem Paket übernehmen? ")
            if answer.strip().lower() in ("l", "p"):
                choices[c.id] = "local" if answer.strip().lower() == "l" else "package"
                break
    return choices


def cmd_import(args: argparse.Namespace) -> int:
    from kimdesk.services import transfer, vaults

    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        package = transfer.read_package(Path(args.package),
                                        read_passphrase("Transfer-Passphrase: ", env=TRANSFER_ENV))
        preview = transfer.preview_import(vault, package)
        print(preview.summary())
        for c in preview.conflicts:
            print(f"Konflikt {c.id}: {c.describe()}")
        if args.dry_run:
            print("Probelauf: es wurde nichts verändert.")
            return EXIT_OK
        choices = _ask(list(preview.conflicts), args.prefer) if preview.conflicts else {}
        if choices is None:
            print("Fehler: Konflikte – bitte mit --prefer local oder --prefer package entscheiden. "
                  "Es wurde nichts verändert.", file=sys.stderr)
            return EXIT_ERROR
        result = transfer.import_package(vault, package, choices)
    except transfer.UnresolvedConflicts as err:
        raise CliError(str(err)) from err
    finally:
        vaults.lock_vault(vault)
    print(f"Eingespielt: {result.summary()}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``transfer`` subcommand with ``export`` and ``import``."""
    p = sub.add_parser("transfer", help="Klient*innen verschlüsselt zwischen Geräten übertragen")
    actions = p.add_subparsers(dest="transfer_command", required=True)
    s = actions.add_parser("export", help="Transferpaket schreiben")
    s.add_argument("vault")
    s.add_argument("--out", required=True, help="Zieldatei des Pakets")
    s.add_argument("--client", action="append", metavar="ID",
                   help="nur diese Klient*in (mehrfach möglich; ohne: alle)")
    s.set_defaults(func=cmd_export)
    s = actions.add_parser("import", help="Transferpaket einspielen")
    s.add_argument("vault")
    s.add_argument("package")
    s.add_argument("--prefer", choices=("local", "package"),
                   help="Konflikte entscheiden: hier behalten oder aus dem Paket übernehmen")
    s.add_argument("--dry-run", action="store_true", help="nur anzeigen, nichts verändern")
    s.set_defaults(func=cmd_import)
