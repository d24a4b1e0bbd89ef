"""``kimdesk agencies export|import VAULT FILE.csv``: share the agency directory of a district."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kimdesk.cli import EXIT_OK, CliError, read_passphrase


def cmd_export(args: argparse.Namespace) -> int:
    """Write the directory as Excel-ready CSV."""
    from kimdesk.services import agency_csv, vaults

    out = Path(args.file)
    if not out.parent.is_dir():
        raise CliError(f"Der Ordner {out.parent} existiert nicht.")
    vault = vaults.open_vault(Path(args.vault), read_passphrase(), exclusive=False)
    try:
        count = agency_csv.export_csv(vault, out)
    finally:
        vault.close()
    print(f"{count} Stellen exportiert: {out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Merge a CSV directory into the vault (all rows or none)."""
    from kimdesk.services import agency_csv, vaults

    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"Die Datei {source} gibt es nicht.")
    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        result = agency_csv.import_csv(vault, source)
    except agency_csv.AgencyImportError as err:
        lines = "\n".join(f"  Zeile {n}: {why}" for n, why in err.problems)
        raise CliError(f"Nichts importiert, die Datei hat {len(err.problems)} Fehler:\n"
                       f"{lines}") from err
    finally:
        vault.close()
    print(f"{result.added} Stellen neu, {result.updated} aktualisiert.")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add the ``agencies`` subcommand with ``export`` and ``import``."""
    s = sub.add_parser("agencies", help="Stellenverzeichnis als CSV exportieren/importieren")
    actions = s.add_subparsers(dest="action", required=True)
    e = actions.add_parser("export", help="Verzeichnis als CSV schreiben (Excel, Semikolon)")
    e.add_argument("vault")
    e.add_argument("file")
    e.set_defaults(func=cmd_export)
    i = actions.add_parser("import", help="CSV ins Verzeichnis übernehmen (alles oder nichts)")
    i.add_argument("vault")
    i.add_argument("file")
    i.set_defaults(func=cmd_import)
