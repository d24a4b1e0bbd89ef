"""``kimdesk import VAULT FILE``: import clients from a CSV or Excel (.xlsx) list.

All or nothing: the findings are listed on stderr with their line numbers; when any
row has an error or is a likely duplicate (without ``--allow-duplicates``), nothing
is written and the exit code is 2. ``--dry-run`` only checks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kimdesk.cli import EXIT_OK, CliError, read_passphrase

if TYPE_CHECKING:
    from kimdesk.services.client_import import ImportReport

MAX_LISTED = 200


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rImport: {100 * done // max(total, 1)} %", end="" if done < total else "\n",
              file=sys.stderr, flush=True)


def print_report(report: ImportReport) -> None:
    """Every finding on stderr (errors, likely duplicates, notes), at most MAX_LISTED."""
    found = sorted(
        [(p.line or 0, "", p) for p in report.errors]
        + [(p.line or 0, "doppelt? ", p) for p in report.duplicates]
        + [(p.line or 0, "Hinweis: ", p) for p in report.notes],
        key=lambda f: f[0])
    found = [f for f in found if f[2].line is not None]  # file-level: in the summary
    for _, prefix, problem in found[:MAX_LISTED]:
        print(f"{prefix}{problem}", file=sys.stderr)
    if len(found) > MAX_LISTED:
        print(f"… und {len(found) - MAX_LISTED} weitere Meldungen.", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    """Check the file and, unless --dry-run, import all rows in one transaction."""
    from kimdesk.services import vaults
    from kimdesk.services.client_import import import_clients

    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"Die Datei {args.file} gibt es nicht.")
    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        report = import_clients(vault, source, sheet=args.sheet, dry_run=args.dry_run,
                                allow_duplicates=args.allow_duplicates, progress=_progress)
    finally:
        vault.close()
    print_report(report)
    if not report.importable:
        hint = " (--allow-duplicates importiert trotzdem)" if (
            report.duplicates and not report.errors) else ""
        raise CliError(report.summary() + hint)
    print(report.summary())
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import`` subcommand."""
    s = sub.add_parser("import", help="Klient*innen aus CSV oder Excel (.xlsx) importieren",
                       description="Importiert Klient*innen aus einer CSV- oder Excel-Liste "
                                   "(alles oder nichts).")
    s.add_argument("vault")
    s.add_argument("file", help="CSV (UTF-8 oder Windows-1252) oder .xlsx")
    s.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts schreiben")
    s.add_argument("--sheet", metavar="NAME", help="Tabellenblatt der Excel-Datei "
                                                   "(Standard: das erste)")
    s.add_argument("--allow-duplicates", action="store_true",
                   help="wahrscheinliche Dubletten trotzdem importieren")
    s.set_defaults(func=cmd_import)
