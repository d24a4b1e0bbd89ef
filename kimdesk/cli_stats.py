"""``kimdesk stats``: the anonymised KIM statistics of a period as CSV or PDF.

    kimdesk stats VAULT [--from YYYY-MM-DD --to YYYY-MM-DD] --out FILE.csv|FILE.pdf

Without ``--from``/``--to`` the last full calendar quarter is used. Counts from 1 to 4
are published as "<5" (see ``kimdesk.services.stats_suppression``); the file is written
owner-only and the export is recorded in the audit log.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kimdesk.cli import EXIT_OK, CliError, read_passphrase


def cmd_stats(args: argparse.Namespace) -> int:
    """Compute, suppress and write the statistics."""
    from kimdesk.forms.fonts import MissingFontError
    from kimdesk.services import statistics, vaults
    from kimdesk.services.export_files import ExportFormatError, suffix_of
    from kimdesk.services.stats_period import PeriodError, parse_period

    try:
        period = parse_period(args.date_from, args.date_to)
        suffix_of(Path(args.out), (".csv", ".pdf"))
    except (PeriodError, ExportFormatError) as err:
        raise CliError(str(err)) from err
    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        report = statistics.export(vault, period, Path(args.out))
    except MissingFontError as err:
        raise CliError(str(err)) from err
    finally:
        vault.close()
    print(f"Statistik geschrieben: {args.out} ({period.label}, {len(report.tables)} Tabellen, "
          "Werte von 1 bis 4 als „<5“)")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``stats`` subcommand."""
    s = sub.add_parser("stats", help="anonymisierte KIM-Statistik (CSV oder PDF) für die "
                                     "Koordinierung")
    s.add_argument("vault")
    s.add_argument("--from", dest="date_from", metavar="JJJJ-MM-TT",
                   help="erster Tag (Standard: letztes volles Quartal)")
    s.add_argument("--to", dest="date_to", metavar="JJJJ-MM-TT", help="letzter Tag")
    s.add_argument("--out", required=True, help="Zieldatei, endet auf .csv oder .pdf")
    s.set_defaults(func=cmd_stats)
