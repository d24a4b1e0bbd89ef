"""``kimdesk reconstruct``, ``kimdesk access`` and ``kimdesk audit``: data-protection reports.

    kimdesk reconstruct VAULT --client ID --out FILE.json|FILE.pdf
    kimdesk access VAULT --client ID --out FILE.json|FILE.pdf [--lang LANG]
    kimdesk audit VAULT [--action A] [--entity E] [--record ID] [--from D] [--to D]
                  [--limit N] [--verify]

``--client`` takes the record id or the file number (Aktenzeichen). Every written file
is owner-only and recorded in the audit log as an export (ids only).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kimdesk.cli import EXIT_DAMAGED, EXIT_OK, CliError, read_passphrase


def _with_client(args: argparse.Namespace, suffixes: tuple[str, ...],
                 work: Callable[[Any, str], str]) -> int:
    """Open the vault, find the client, run ``work`` and print its message."""
    from kimdesk.forms.fonts import MissingFontError
    from kimdesk.services import access_export, forms, reconstruction, vaults
    from kimdesk.services.export_files import ExportFormatError, suffix_of

    try:
        suffix_of(Path(args.out), suffixes)
    except ExportFormatError as err:
        raise CliError(str(err)) from err
    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        client = forms.find_client(vault, args.client)
        print(work(vault, client.id))
    except (forms.FormError, reconstruction.ReconstructionError, access_export.AccessError,
            MissingFontError) as err:
        raise CliError(str(err)) from err
    finally:
        vault.close()
    return EXIT_OK


def cmd_reconstruct(args: argparse.Namespace) -> int:
    """Write the anonymised case reconstruction of one client."""
    from kimdesk.services import reconstruction

    def work(vault: Any, client_id: str) -> str:
        rec = reconstruction.export(vault, client_id, Path(args.out))
        return (f"Fallrekonstruktion geschrieben: {args.out} (Kennung {rec.code}, "
                f"{len(rec.timeline)} Ereignisse, anonymisiert)")

    return _with_client(args, (".json", ".pdf"), work)


def cmd_access(args: argparse.Namespace) -> int:
    """Write the Art. 15 access report of one client."""
    from kimdesk.services import access_export

    def work(vault: Any, client_id: str) -> str:
        report = access_export.export(vault, client_id, Path(args.out), lang=args.lang)
        return (f"Auskunft nach Art. 15 DSGVO geschrieben: {args.out} ({report.total} "
                "Datensätze)")

    return _with_client(args, (".json", ".pdf"), work)


def cmd_audit(args: argparse.Namespace) -> int:
    """List audit events (newest first) or verify the hash chain."""
    from kimdesk.domain.enums import AuditAction
    from kimdesk.services import audit_log, vaults

    try:
        action = AuditAction(args.action) if args.action else None
        since = date.fromisoformat(args.date_from) if args.date_from else None
        until = date.fromisoformat(args.date_to) if args.date_to else None
    except ValueError as err:
        raise CliError("Unbekannte Aktion oder Datum nicht im Format JJJJ-MM-TT "
                       f"(Aktionen: {', '.join(a.value for a in AuditAction)}).") from err
    with vaults.open_vault(Path(args.vault), read_passphrase(), exclusive=False) as vault:
        if args.verify:
            report = audit_log.check_chain(vault)
            for problem in report.problems:
                print(audit_log.problem_text(problem))
            print(f"Protokollkette: {'in Ordnung' if report.ok else 'BESCHÄDIGT'} "
                  f"({report.checked} Einträge geprüft)")
            return EXIT_OK if report.ok else EXIT_DAMAGED
        filters = audit_log.AuditFilter(action, args.entity, since, until, args.record)
        page = audit_log.page(vault, filters, limit=args.limit)
    for ev in page.events:
        print(f"{ev.seq}\t{ev.at.astimezone():%d.%m.%Y %H:%M:%S}\t{ev.actor}\t"
              f"{ev.action.value}\t{ev.entity}\t{ev.entity_id}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``reconstruct``, ``access`` and ``audit`` subcommands."""
    s = sub.add_parser("reconstruct", help="anonymisierte Fallrekonstruktion (JSON oder PDF)")
    s.add_argument("vault")
    s.add_argument("--client", required=True, help="ID oder Aktenzeichen der Klient*in")
    s.add_argument("--out", required=True, help="Zieldatei, endet auf .json oder .pdf")
    s.set_defaults(func=cmd_reconstruct)

    s = sub.add_parser("access", help="Auskunft nach Art. 15 DSGVO (JSON oder PDF)")
    s.add_argument("vault")
    s.add_argument("--client", required=True, help="ID oder Aktenzeichen der Klient*in")
    s.add_argument("--out", required=True, help="Zieldatei, endet auf .json oder .pdf")
    s.add_argument("--lang", help="PDF: Sprache neben Deutsch (Standard: die der Klient*in)")
    s.set_defaults(func=cmd_access)

    s = sub.add_parser("audit", help="Protokoll anzeigen oder die Hash-Kette prüfen")
    s.add_argument("vault")
    s.add_argument("--action", help="nur diese Aktion (view, create, update, delete, export, …)")
    s.add_argument("--entity", help="nur diese Datensatzart (client, case, referral, …)")
    s.add_argument("--record", help="nur diese Datensatz-ID")
    s.add_argument("--from", dest="date_from", metavar="JJJJ-MM-TT")
    s.add_argument("--to", dest="date_to", metavar="JJJJ-MM-TT")
    s.add_argument("--limit", type=int, default=100)
    s.add_argument("--verify", action="store_true", help="Hash-Kette prüfen (Exit 1 bei Schaden)")
    s.set_defaults(func=cmd_audit)
