"""``kimdesk form``: print a client form to PDF, list the forms, or render a gallery.

    kimdesk form --list
    kimdesk form KIND --vault VAULT --client ID --lang LANG --out FILE.pdf
                 [--appointment ID | --referral ID] [--procedure chancen_25b|generic]
    kimdesk form gallery --vault VAULT --out DIR [--client ID] [--kinds K,..] [--langs L,..]

``--client`` takes the record id or the file number (Aktenzeichen). Without ``--lang``
the client's first form language is used. Every written PDF is recorded in the audit
log (an export, with the client's id only).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kimdesk.cli import EXIT_OK, CliError, read_passphrase

GALLERY = "gallery"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``form`` subcommand."""
    from kimdesk.forms.builders import KINDS

    p = subparsers.add_parser(
        "form", help="Formular als PDF drucken (Deutsch neben der Sprache der Klient*in)",
        description="Formulare: " + ", ".join(KINDS) + f"; '{GALLERY}' druckt alle in allen "
        "Sprachen.")
    p.add_argument("kind", nargs="?", choices=(*KINDS, GALLERY), metavar="KIND",
                   help=f"Formularart ({', '.join(KINDS)}) oder '{GALLERY}'")
    p.add_argument("--list", action="store_true", help="Formulare und Sprachen auflisten")
    p.add_argument("--vault", help="Tresor (NAME.kim)")
    p.add_argument("--client", help="ID oder Aktenzeichen der Klient*in")
    p.add_argument("--lang", help="Sprache neben Deutsch (z. B. ar, fa_AF, ti; de = nur Deutsch)")
    p.add_argument("--out", help="PDF-Datei (bei gallery: Ordner)")
    p.add_argument("--appointment", help="ID des Termins (Standard: der nächste/neueste)")
    p.add_argument("--referral", help="ID der Vermittlung (Standard: die neueste)")
    p.add_argument("--procedure", choices=("chancen_25b", "generic"),
                   help="Checkliste: Verfahren (Standard: nach Aufenthaltsstatus)")
    p.add_argument("--kinds", help="gallery: nur diese Formulare (kommagetrennt)")
    p.add_argument("--langs", help="gallery: nur diese Sprachen (kommagetrennt)")
    p.set_defaults(func=cmd_form)


def cmd_form(args: argparse.Namespace) -> int:
    """Dispatch ``kimdesk form``."""
    if args.list:
        return _list()
    if not args.kind:
        raise CliError("Bitte eine Formularart angeben oder --list verwenden.")
    for option in ("vault", "out"):
        if not getattr(args, option):
            raise CliError(f"--{option} fehlt.")
    if args.kind != GALLERY and not args.client:
        raise CliError("--client fehlt (ID oder Aktenzeichen der Klient*in).")
    from kimdesk.forms.fonts import MissingFontError
    from kimdesk.services import forms, vaults

    vault = vaults.open_vault(Path(args.vault), read_passphrase())
    try:
        if args.kind == GALLERY:
            return _gallery(vault, args)
        client = forms.find_client(vault, args.client)
        rendered = forms.render_form(
            vault, args.kind, client_id=client.id, lang=args.lang,
            appointment_id=args.appointment, referral_id=args.referral,
            procedure=args.procedure)
        forms.export_form(vault, rendered, Path(args.out), client_id=client.id)
        note = " (Übersetzung teilweise fehlend: deutscher Text eingesetzt)" \
            if rendered.missing_translation else ""
        print(f"Formular geschrieben: {args.out} ({rendered.kind}, {rendered.lang}){note}")
        return EXIT_OK
    except forms.FormError as err:
        raise CliError(str(err)) from err
    except MissingFontError as err:
        raise CliError(str(err)) from err
    finally:
        vault.close()


def _list() -> int:
    from kimdesk.services import forms

    print("Formulare:")
    for kind in forms.KINDS:
        need = forms.needs(kind)
        extra = {"appointment": " [--appointment ID]", "referral": " [--referral ID]"}.get(
            need or "", "")
        print(f"  {kind:<12} {forms.title_of(kind).de}{extra}")
    print("Sprachen (neben Deutsch):")
    for lang in forms.form_languages():
        if lang.code == "de":
            print(f"  {lang.code:<6} nur Deutsch")
            continue
        mark = " (rechts nach links)" if lang.rtl else ""
        reviewed = forms.review_note(lang.code)
        print(f"  {lang.code:<6} {lang.german_name} – {lang.native_name}{mark}{reviewed}")
    return EXIT_OK


def _gallery(vault: object, args: argparse.Namespace) -> int:
    from kimdesk.services import forms

    kinds = _subset(args.kinds, forms.KINDS, "Formularart")
    langs = _subset(args.langs, [x.code for x in forms.form_languages()], "Sprache")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    client = (forms.find_client(vault, args.client) if args.client  # type: ignore[arg-type]
              else forms.gallery_client(vault))  # type: ignore[arg-type]
    print(f"Galerie für {client.file_number} (ID {client.id})")
    count = 0
    started = time.perf_counter()
    for kind in kinds:
        for lang in langs:
            try:
                rendered = forms.render_form(vault, kind, client_id=client.id,  # type: ignore[arg-type]
                                             lang=lang, procedure=args.procedure)
            except forms.FormError as err:
                print(f"  {kind} {lang}: übersprungen – {err}")
                continue
            path = out / f"{kind}_{lang}.pdf"
            forms.export_form(vault, rendered, path, client_id=client.id)  # type: ignore[arg-type]
            count += 1
    seconds = time.perf_counter() - started
    print(f"{count} Formulare geschrieben nach {out} ({seconds:.1f} s)")
    if forms.letterhead_missing(vault):  # type: ignore[arg-type]
        print("Hinweis: Noch kein Briefkopf eingestellt (in der App: Briefkopf bearbeiten).")
    return EXIT_OK


def _subset(wanted: str | None, known: list[str] | tuple[str, ...], what: str) -> list[str]:
    """The comma-separated choices (all when None); CliError naming an unknown one."""
    if not wanted:
        return list(known)
    chosen = [w.strip() for w in wanted.split(",") if w.strip()]
    unknown = [w for w in chosen if w not in known]
    if unknown:
        raise CliError(f"Unbekannte {what}: {', '.join(unknown)} (bekannt: {', '.join(known)}).")
    return chosen
