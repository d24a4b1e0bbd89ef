"""``kimdesk retention``: the deletion concept from a script or terminal.

    kimdesk retention due VAULT                         clients due for deletion
    kimdesk retention delete VAULT (--client ID ... | --all-due) [--yes]
    kimdesk retention erase VAULT CLIENT_ID [--yes]     Art. 17: delete now (not under hold)
    kimdesk retention periods VAULT [--set REASON=YEARS ...]
    kimdesk retention hold VAULT CLIENT_ID (--on | --off) [--case CASE_ID]
    kimdesk retention confirm-date VAULT --date TT.MM.JJJJ
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from kimdesk.cli import EXIT_OK, CliError, read_passphrase


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kimdesk.services import vaults

    return vaults.open_vault(Path(args.vault), read_passphrase())


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CliError("Endgültiges Löschen braucht --yes (oder eine Bestätigung im Terminal).")
    if input(f"{question} Zum Bestätigen „löschen“ eingeben: ").strip().lower() != "löschen":
        raise CliError("Abgebrochen; es wurde nichts gelöscht.")


def cmd_due(args: argparse.Namespace) -> int:
    from kimdesk.domain.labels import label
    from kimdesk.services import retention, vaults

    vault = _open(args)
    try:
        due = retention.due_clients(vault)
    finally:
        vaults.lock_vault(vault)
    if due.clock.warning:
        print(f"Warnung: {due.clock.warning}", file=sys.stderr)
    for d in due.items:
        reason = label(d.last_reason) if d.last_reason else "–"
        print(f"{d.client_id}\t{d.display_name}\t{d.file_number}\t"
              f"abgeschlossen {d.last_closed:%d.%m.%Y} ({reason})\t"
              f"fällig seit {d.due_since:%d.%m.%Y}")
    print(f"{len(due.items)} zur Löschung fällig (Stichtag {due.clock.reference_day:%d.%m.%Y})"
          + (f", {due.held} wegen Aufbewahrungspflicht gesperrt" if due.held else ""))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from kimdesk.services import retention, vaults

    vault = _open(args)
    try:
        if args.all_due:
            due = retention.due_clients(vault)
            ids = [d.client_id for d in due.items]
        else:
            ids = list(args.client or [])
        if not ids:
            print("Keine Klient*innen zu löschen.")
            return EXIT_OK
        _confirm(args, f"{len(ids)} Klient*innen endgültig löschen?")
        result = retention.delete_due(vault, ids)
    finally:
        vaults.lock_vault(vault)
    print(f"Endgültig gelöscht: {result.clients} Klient*innen ({result.records} Einträge); "
          f"{result.traces} anonyme Statistikeinträge bleiben.")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from kimdesk.services import erasure, vaults

    vault = _open(args)
    try:
        _confirm(args, "Diese Person jetzt endgültig löschen (Art. 17 DSGVO)?")
        result = erasure.erase_on_request(vault, args.client_id)
    finally:
        vaults.lock_vault(vault)
    print(f"Endgültig gelöscht (Art. 17): {result.records} Einträge.")
    return EXIT_OK


def cmd_periods(args: argparse.Namespace) -> int:
    from kimdesk.domain.enums import ClosureReason
    from kimdesk.domain.labels import label
    from kimdesk.services import retention, vaults

    vault = _open(args)
    try:
        if args.set:
            changes: dict[ClosureReason, int] = {}
            for item in args.set:
                reason, _, years = item.partition("=")
                try:
                    changes[ClosureReason(reason.strip())] = int(years)
                except ValueError as err:
                    valid = ", ".join(r.value for r in ClosureReason)
                    raise CliError(f"„{item}“ verstehe ich nicht: GRUND=JAHRE mit GRUND aus "
                                   f"{valid}.") from err
            retention.set_retention_periods(vault, changes)
        periods = retention.retention_periods(vault)
    finally:
        vaults.lock_vault(vault)
    for reason, years in periods.items():
        print(f"{reason.value}\t{years} {'Jahr' if years == 1 else 'Jahre'}\t{label(reason)}")
    return EXIT_OK


def cmd_hold(args: argparse.Namespace) -> int:
    from kimdesk.services import cases, retention, vaults

    vault = _open(args)
    try:
        items = [c for c in cases.cases_of(vault, args.client_id)
                 if not args.case or c.id == args.case]
        if not items:
            raise CliError("Keine passenden Fälle gefunden.")
        for case in items:
            retention.set_legal_hold(vault, case, args.on)
    finally:
        vaults.lock_vault(vault)
    state = "gesetzt" if args.on else "aufgehoben"
    print(f"Aufbewahrungssperre {state} für {len(items)} Fall/Fälle.")
    return EXIT_OK


def cmd_confirm_date(args: argparse.Namespace) -> int:
    from kimdesk.services import retention, vaults

    try:
        day: date = datetime.strptime(args.date, "%d.%m.%Y").date()
    except ValueError as err:
        raise CliError("Das Datum bitte als TT.MM.JJJJ angeben.") from err
    vault = _open(args)
    try:
        state = retention.confirm_clock(vault, day)
    finally:
        vaults.lock_vault(vault)
    print(f"Datum bestätigt: {state.trusted_day:%d.%m.%Y}.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``retention`` subcommand."""
    p = sub.add_parser("retention", help="Löschfristen, fällige Löschungen, Löschung auf Antrag")
    actions = p.add_subparsers(dest="retention_command", required=True)
    s = actions.add_parser("due", help="zur Löschung fällige Klient*innen anzeigen")
    s.add_argument("vault")
    s.set_defaults(func=cmd_due)
    s = actions.add_parser("delete", help="fällige Klient*innen endgültig löschen")
    s.add_argument("vault")
    group = s.add_mutually_exclusive_group(required=True)
    group.add_argument("--client", action="append", metavar="ID")
    group.add_argument("--all-due", action="store_true")
    s.add_argument("--yes", action="store_true", help="ohne Rückfrage")
    s.set_defaults(func=cmd_delete)
    s = actions.add_parser("erase", help="Löschung auf Antrag (Art. 17 DSGVO)")
    s.add_argument("vault")
    s.add_argument("client_id")
    s.add_argument("--yes", action="store_true", help="ohne Rückfrage")
    s.set_defaults(func=cmd_erase)
    s = actions.add_parser("periods", help="Löschfristen je Abschlussgrund anzeigen/setzen")
    s.add_argument("vault")
    s.add_argument("--set", action="append", metavar="GRUND=JAHRE")
    s.set_defaults(func=cmd_periods)
    s = actions.add_parser("hold", help="Aufbewahrungssperre setzen oder aufheben")
    s.add_argument("vault")
    s.add_argument("client_id")
    s.add_argument("--case", metavar="ID", help="nur dieser Fall")
    onoff = s.add_mutually_exclusive_group(required=True)
    onoff.add_argument("--on", dest="on", action="store_true")
    onoff.add_argument("--off", dest="on", action="store_false")
    s.set_defaults(func=cmd_hold)
    s = actions.add_parser("confirm-date", help="Systemdatum nach einem Uhrensprung bestätigen")
    s.add_argument("vault")
    s.add_argument("--date", required=True, help="heutiges Datum, TT.MM.JJJJ")
    s.set_defaults(func=cmd_confirm_date)
