"""``kimdesk search``: find clients from a script, best match first."""

from __future__ import annotations

import argparse
from pathlib import Path

from kimdesk.cli import EXIT_OK, read_passphrase


def cmd_search(args: argparse.Namespace) -> int:
    from kimdesk.services import search, vaults

    with vaults.open_vault(Path(args.vault), read_passphrase(), exclusive=False) as vault:
        rows = search.search_clients(vault, args.query, limit=args.limit)
    for r in rows:
        born = "" if r.birth_date is None else (
            str(r.birth_date.year) if r.birth_year_only else r.birth_date.strftime("%d.%m.%Y"))
        name = f"{r.family_name}, {r.given_names}" if r.given_names else r.family_name
        print(f"{r.id}\t{name}\t{born}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``search`` subcommand."""
    s = sub.add_parser("search", help="Klient*innen suchen (alle Schriften und Umschriften)")
    s.add_argument("vault")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=50)
    s.set_defaults(func=cmd_search)
