"""The ``kimdesk`` command: the GUI when called without a subcommand, else admin tools.

Passphrases come from a prompt, or for scripts from ``KIMDESK_PASSPHRASE`` (and
``KIMDESK_NEW_PASSPHRASE`` for ``passwd``). Exit codes: 0 success, 1 the vault is
damaged (``check``), 2 a usage error or a problem reported with a clear message.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kimdesk import __version__

EXIT_OK, EXIT_DAMAGED, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


def read_passphrase(prompt: str = "Passphrase: ", *, env: str = "KIMDESK_PASSPHRASE",
                    confirm: bool = False) -> str:
    """From the environment variable ``env``, else from the terminal (twice if ``confirm``)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"Keine Passphrase: bitte im Terminal eingeben oder {env} setzen.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Passphrase wiederholen: ") != first:
        raise CliError("Die beiden Eingaben stimmen nicht überein.")
    return first


def _progress(label: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n",
                  file=sys.stderr, flush=True)
    return report


def cmd_init(args: argparse.Namespace) -> int:
    from kimdesk.services import vaults

    passphrase = read_passphrase("Neue Passphrase: ", confirm=True)
    strength = vaults.passphrase_strength(passphrase)
    if strength.score < 2 and not args.weak:
        raise CliError(f"Passphrase zu schwach. {strength.hint} (--weak erzwingt sie trotzdem.)")
    vault = vaults.create_vault(Path(args.vault), passphrase, counsellor_name=args.name or "")
    vault.close()
    print(f"Tresor angelegt: {args.vault}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kimdesk.services import demo, vaults

    passphrase = read_passphrase("Passphrase für den Demo-Tresor: ")
    path = Path(args.vault)
    vault = (vaults.open_vault(path, passphrase) if path.exists()
             else vaults.create_vault(path, passphrase))
    try:
        summary = demo.generate(vault, clients=args.clients, seed=args.seed,
                                progress=_progress("Demo-Daten"))
    finally:
        vault.close()
    print(f"Demo-Daten erzeugt: {summary}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kimdesk.services import vaults

    report = vaults.check_vault(Path(args.vault), read_passphrase())
    print(f"schema: {report.schema_revision}" + ("" if report.schema_current else " (veraltet)"))
    for name, count in report.counts.items():
        print(f"{name}: {count}")
    for problem in report.problems:
        print(f"problem: {problem}")
    print("status: ok" if report.healthy else "status: DAMAGED")
    return EXIT_OK if report.healthy else EXIT_DAMAGED


def cmd_backup(args: argparse.Namespace) -> int:
    from kimdesk.services import vaults

    size = vaults.backup_vault(Path(args.vault), read_passphrase(), Path(args.dest))
    print(f"Sicherung geschrieben: {args.dest} ({size // 1024} KiB, verschlüsselt)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from kimdesk.services import vaults

    vaults.restore_vault(Path(args.backup), read_passphrase(), Path(args.vault),
                         overwrite=args.overwrite)
    print(f"Tresor wiederhergestellt: {args.vault}")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from kimdesk.services import vaults

    old = read_passphrase("Bisherige Passphrase: ")
    vault = vaults.open_vault(Path(args.vault), old)
    try:
        new = read_passphrase("Neue Passphrase: ", env="KIMDESK_NEW_PASSPHRASE", confirm=True)
        if vaults.passphrase_strength(new).score < 2 and not args.weak:
            raise CliError("Die neue Passphrase ist zu schwach (--weak erzwingt sie trotzdem).")
        vaults.change_passphrase(vault, old, new)
    finally:
        vault.close()
    print("Passphrase geändert.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    p = argparse.ArgumentParser(prog="kimdesk", description="KIMdesk – Fallmanagement offline")
    p.add_argument("--version", action="version", version=f"KIMdesk {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("init", help="neuen Tresor anlegen")
    s.add_argument("vault")
    s.add_argument("--name", help="Name der Berater*in")
    s.add_argument("--weak", action="store_true", help="schwache Passphrase zulassen")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="Tresor mit erfundenen Demo-Daten füllen")
    s.add_argument("vault")
    s.add_argument("--clients", type=int, default=1000)
    s.add_argument("--seed", type=int, default=1)
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("check", help="Verschlüsselung, Integrität und Schema prüfen")
    s.add_argument("vault")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("backup", help="verschlüsselte Sicherung schreiben")
    s.add_argument("vault")
    s.add_argument("dest")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="Sicherung als Tresor wiederherstellen")
    s.add_argument("backup")
    s.add_argument("vault")
    s.add_argument("--overwrite", action="store_true")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("passwd", help="Passphrase ändern")
    s.add_argument("vault")
    s.add_argument("--weak", action="store_true")
    s.set_defaults(func=cmd_passwd)

    for name in command_modules():
        importlib.import_module(name).register(sub)
    return p


def command_modules() -> list[str]:
    """Further subcommands: every ``kimdesk/cli_*.py`` has ``register(subparsers)``."""
    return sorted(f"kimdesk.{p.stem}" for p in Path(__file__).parent.glob("cli_*.py"))


def run_gui(argv: Sequence[str]) -> int:
    """``kimdesk [--demo] [VAULT]``: start the desktop application."""
    p = argparse.ArgumentParser(prog="kimdesk")
    p.add_argument("--demo", action="store_true", help="mit einem frischen Demo-Tresor starten")
    p.add_argument("--clients", type=int, default=300, help="Größe des Demo-Tresors")
    p.add_argument("vault", nargs="?")
    args, qt_args = p.parse_known_args(argv)
    from kimdesk.app import run

    return run(vault=Path(args.vault) if args.vault else None, demo=args.demo,
               demo_clients=args.clients, qt_args=qt_args)


BASE_COMMANDS = {"init", "demo", "check", "backup", "restore", "passwd"}


def subcommand_names() -> set[str]:
    """Every subcommand, including those of the ``cli_*`` modules."""
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set(BASE_COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kimdesk`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in ("-h", "--help", "--version")
                    and argv[0] not in subcommand_names()):
        return run_gui(argv)
    from kimdesk.data.errors import VaultError
    from kimdesk.services.validation import ValidationError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, VaultError, ValidationError) as err:
        print(f"Fehler: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
