"""``kimdesk calendar VAULT --out FILE.ics``: appointments as an iCalendar file for a phone."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kimdesk.cli import EXIT_OK, CliError, read_passphrase

DEFAULT_DAYS = 90


def parse_day(text: str) -> date:
    """A date as 2025-03-30 or 30.03.2025."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CliError(f"„{text}“ ist kein Datum (bitte JJJJ-MM-TT oder TT.MM.JJJJ).")


def cmd_calendar(args: argparse.Namespace) -> int:
    """Export the appointments of a date range."""
    from kimdesk.services import calendar_export, vaults

    first = parse_day(args.start) if args.start else date.today()
    last = parse_day(args.end) if args.end else first + timedelta(days=DEFAULT_DAYS)
    if last < first:
        raise CliError("--to liegt vor --from.")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"Der Ordner {out.parent} existiert nicht.")
    vault = vaults.open_vault(Path(args.vault), read_passphrase(), exclusive=False)
    try:
        counsellor = None if args.all else vault.counsellor_id()
        count = calendar_export.export_calendar(vault, out, first, last,
                                                full_names=args.full_names,
                                                counsellor_id=counsellor)
    finally:
        vault.close()
    names = "mit vollständigen Namen" if args.full_names else "mit Initialen und Aktenzeichen"
    what = "1 Termin" if count == 1 else f"{count} Termine"
    print(f"{what} vom {first:%d.%m.%Y} bis {last:%d.%m.%Y} geschrieben ({names}): {out}")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add the ``calendar`` subcommand."""
    s = sub.add_parser("calendar", help="Termine als iCalendar-Datei (.ics) exportieren")
    s.add_argument("vault")
    s.add_argument("--out", required=True, help="Zieldatei, z. B. termine.ics")
    s.add_argument("--from", dest="start", help="erster Tag (Standard: heute)")
    s.add_argument("--to", dest="end", help=f"letzter Tag (Standard: {DEFAULT_DAYS} Tage später)")
    s.add_argument("--full-names", action="store_true",
                   help="vollständige Namen statt Initialen aufnehmen")
    s.add_argument("--all", action="store_true",
                   help="Termine aller Berater*innen, nicht nur die eigenen")
    s.set_defaults(func=cmd_calendar)
