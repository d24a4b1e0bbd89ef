#!/usr/bin/env python
"""Maintain the gettext catalogs of the printed form texts (domain ``forms``).

Files:

- ``kimdesk/forms/texts.py``         German source texts, marked with ``N_``
- ``translations/babel.cfg``         Babel extraction mapping
- ``translations/forms.pot``         template (generated, commit it)
- ``translations/forms/<lang>.po``   one catalog per client language (edit these)
- ``kimdesk/locale/<lang>/LC_MESSAGES/forms.mo``  compiled, shipped in the package

Usage (from anywhere, with the project venv)::

    python scripts/forms_i18n.py extract            # texts.py -> forms.pot
    python scripts/forms_i18n.py update [LANG...]   # forms.pot -> <lang>.po (new msgids empty,
                                                    #   changed msgids marked fuzzy)
    python scripts/forms_i18n.py compile [LANG...]  # <lang>.po -> forms.mo
    python scripts/forms_i18n.py init LANG          # start a catalog for a new language
    python scripts/forms_i18n.py all                # extract + update + compile

Typical change of a form text: edit ``texts.py`` (and bump ``FORM_VERSION``),
run ``extract`` and ``update``, translate the new or fuzzy entries in every
``.po`` file (remove the ``#, fuzzy`` flag once the translation is correct),
run ``compile``, then ``pytest tests/unit/test_form_catalogs.py``: it fails
while any catalog is incomplete, has fuzzy entries, changes a ``{placeholder}``
or has a stale ``.mo``.  Until every entry is translated the form prints
the German text with a note "Übersetzung fehlt – es gilt der deutsche Text".

Native-speaker review: every ``.po`` header carries
``X-Reviewed-By-Native-Speaker: no``.  When a native speaker has reviewed a
catalog, change it to ``yes, <name>, <YYYY-MM-DD>`` and recompile; the form
then prints "Übersetzung geprüft" instead of "Übersetzung nicht von
Muttersprachler*innen geprüft".

Why not the bare ``pybabel`` commands: ``extract``, ``init`` and ``update``
call pybabel (in-process, ``babel.messages.frontend``), but Babel's
``Catalog`` keeps only the standard header fields, so ``pybabel update`` and
``pybabel compile`` silently drop ``X-Reviewed-By-Native-Speaker``.  This
script puts the ``X-`` headers back into the ``.po`` after ``update`` and
compiles with Babel's ``read_po``/``write_mo`` (what ``pybabel compile``
does) while keeping them in the ``.mo`` header.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kimdesk.forms.catalog import (  # noqa: E402
    DOMAIN,
    LANGUAGES,
    REVIEW_HEADER,
    SOURCE_LANGUAGE,
    mo_path,
)
from kimdesk.forms.texts import FORM_VERSION  # noqa: E402

TRANSLATIONS = ROOT / "translations"
BABEL_CFG = TRANSLATIONS / "babel.cfg"
POT = TRANSLATIONS / f"{DOMAIN}.pot"
PO_DIR = TRANSLATIONS / DOMAIN
LOCALE_DIR = ROOT / "kimdesk" / "locale"
TARGET_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PROJECT = "KIMdesk forms"
LAST_TRANSLATOR = "KIMdesk team (draft, no native-speaker review)"
LANGUAGE_TEAM = "none yet (looking for native-speaker reviewers)"

_X_HEADER = re.compile(r'^"(X-[A-Za-z0-9-]+): (.*)\\n"$')


def po_path(lang: str) -> Path:
    """Return the path of the .po catalog of ``lang``."""
    return PO_DIR / f"{lang}.po"


def _pybabel(*args: str) -> None:
    status = CommandLineInterface().run(["pybabel", *args])
    if status:
        raise SystemExit(f"pybabel {args[0]} failed ({status})")


def _header_block(lines: list[str]) -> tuple[int, int]:
    """Return the line range [start, end) of the header entry's msgstr lines."""
    for i, line in enumerate(lines):
        if line.startswith('msgid ""') and i + 1 < len(lines) and lines[i + 1].startswith("msgstr"):
            end = i + 2
            while end < len(lines) and lines[end].startswith('"'):
                end += 1
            return i + 1, end
    raise ValueError("no header entry")


def read_x_headers(path: Path) -> dict[str, str]:
    """Return the ``X-...`` header fields of a .po file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start, end = _header_block(lines)
    found = {}
    for line in lines[start:end]:
        m = _X_HEADER.match(line.strip())
        if m:
            found[m.group(1)] = m.group(2)
    return found


def write_x_headers(path: Path, headers: dict[str, str]) -> None:
    """Set ``X-...`` header fields in a .po file (before ``Generated-By``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start, end = _header_block(lines)
    block = [ln for ln in lines[start:end] if not _X_HEADER.match(ln.strip())]
    new = [f'"{name}: {value}\\n"' for name, value in headers.items()]
    at = next((i for i, ln in enumerate(block) if ln.startswith('"Generated-By:')), len(block))
    block[at:at] = new
    lines[start:end] = block
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class _CatalogWithExtraHeaders(Catalog):
    """A Babel catalog that also writes extra (``X-``) header fields."""

    extra_headers: dict[str, str]

    @property  # type: ignore[override]
    def mime_headers(self) -> list[tuple[str, str]]:
        headers = Catalog.mime_headers.fget(self)  # type: ignore[attr-defined]
        extra = list(self.extra_headers.items())
        return headers[:-1] + extra + headers[-1:]

    @mime_headers.setter
    def mime_headers(self, headers: list[tuple[str, str]]) -> None:
        Catalog.mime_headers.fset(self, headers)  # type: ignore[attr-defined]


def extract() -> None:
    """Extract the N_ msgids of the form texts into forms.pot."""
    os.chdir(ROOT)  # locations in the .pot relative to the repository
    _pybabel(
        "extract",
        "-F", str(BABEL_CFG),
        "-k", "N_",
        "--no-default-keywords",
        "--add-comments", "TRANSLATORS:",
        "--project", PROJECT,
        "--version", max(FORM_VERSION.values()),
        "--copyright-holder", "KIMdesk",
        "-o", str(POT),
        "kimdesk/forms",
    )  # fmt: skip


def init(lang: str) -> None:
    """Create translations/forms/<lang>.po from forms.pot (refuses to overwrite)."""
    if lang not in TARGET_LANGUAGES:
        raise SystemExit(f"add {lang!r} to kimdesk.forms.catalog.LANGUAGES first")
    path = po_path(lang)
    if path.exists():
        raise SystemExit(f"{path} exists; use update")
    PO_DIR.mkdir(parents=True, exist_ok=True)
    _pybabel("init", "-D", DOMAIN, "-i", str(POT), "-o", str(path), "-l", lang)
    text = path.read_text(encoding="utf-8").replace("#, fuzzy\nmsgid \"\"", 'msgid ""', 1)
    text = text.replace("FULL NAME <EMAIL@ADDRESS>", LAST_TRANSLATOR, 1)
    text = text.replace("FIRST AUTHOR <EMAIL@ADDRESS>", "KIMdesk team (draft translation)", 1)
    team = f'"Language-Team: {LANGUAGE_TEAM}\\\\n"'
    text = re.sub(r'"Language-Team: [^"]*\\n"', team, text, count=1)
    path.write_text(text, encoding="utf-8")
    write_x_headers(path, {REVIEW_HEADER: "no"})


def update(langs: list[str]) -> None:
    """Merge forms.pot into the .po catalogs, keeping their X- headers."""
    for lang in langs:
        path = po_path(lang)
        headers = read_x_headers(path)
        headers.setdefault(REVIEW_HEADER, "no")
        _pybabel("update", "-D", DOMAIN, "-i", str(POT), "-o", str(path), "-l", lang)
        write_x_headers(path, headers)


def compile_catalog(po: Path, mo: Path, lang: str) -> tuple[int, int]:
    """Compile one .po file to .mo, keeping X- headers; return (translated, total)."""
    with po.open("rb") as fp:
        catalog = read_po(fp, locale=lang, domain=DOMAIN)
    if catalog.fuzzy:
        raise SystemExit(f"{po}: header is marked fuzzy; remove '#, fuzzy' above msgid \"\"")
    for message, errors in catalog.check():
        for error in errors:
            print(f"{po}:{message.lineno}: {error}", file=sys.stderr)
    catalog.__class__ = _CatalogWithExtraHeaders  # keep X- headers in the .mo
    catalog.extra_headers = read_x_headers(po)
    translated = sum(1 for m in list(catalog)[1:] if m.string and not m.fuzzy)
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as fp:
        write_mo(fp, catalog)  # leaves out fuzzy and empty entries
    return translated, len(catalog)


def compile_(langs: list[str]) -> None:
    """Compile the .po catalogs to kimdesk/locale/<lang>/LC_MESSAGES/forms.mo."""
    for lang in langs:
        out = mo_path(lang, LOCALE_DIR)
        translated, total = compile_catalog(po_path(lang), out, lang)
        print(f"{lang}: {translated} of {total} messages translated -> {out.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="texts.py -> translations/forms.pot")
    for name, text in (("update", "forms.pot -> .po"), ("compile", ".po -> .mo")):
        p = sub.add_parser(name, help=text)
        p.add_argument("langs", nargs="*", help="language codes (default: all)")
    p = sub.add_parser("init", help="new .po catalog for a language")
    p.add_argument("lang")
    sub.add_parser("all", help="extract, update and compile every language")
    args = parser.parse_args(argv)

    langs = getattr(args, "langs", None) or TARGET_LANGUAGES
    unknown = [lang for lang in langs if lang not in TARGET_LANGUAGES]
    if unknown:
        parser.error(f"unknown language(s): {', '.join(unknown)}")
    if args.command == "extract":
        extract()
    elif args.command == "update":
        update(langs)
    elif args.command == "compile":
        compile_(langs)
    elif args.command == "init":
        init(args.lang)
    elif args.command == "all":
        extract()
        update(langs)
        compile_(langs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
