"""Translations of the printed form texts (gettext catalogs, domain ``forms``).

The msgids are the German texts in :mod:`kimdesk.forms.texts`.  Compiled
catalogs live in the package at ``kimdesk/locale/<lang>/LC_MESSAGES/forms.mo``
(sources: ``translations/forms/<lang>.po``, built with
``scripts/forms_i18n.py``).

API:

- :data:`LANGUAGES`: language code -> :class:`Language` (German name, native
  name, ``is_rtl``).  ``de`` is the source language and has no catalog.
- :func:`translate` ``(lang, msgid) -> Translated(text, missing)``.  A msgid
  without a usable translation (not in the catalog, empty, or fuzzy — fuzzy
  and empty entries are left out of the .mo by the compiler) gives the German
  text with ``missing=True``; the form then prints the note
  "Übersetzung fehlt – es gilt der deutsche Text".  A language whose .mo
  file is absent behaves as if every msgid were missing.
- :func:`review_status` ``(lang) -> bool``: whether a native speaker has
  reviewed the catalog, read from its header field
  ``X-Reviewed-By-Native-Speaker`` (``no`` -> False; ``yes`` or
  ``yes, <name>, <date>`` -> True).  German is always True.

Placeholders (``{name}``) are not filled in here; call
``Translated.format(**values)`` or ``str.format`` on ``.text``.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "REVIEW_HEADER",
    "SOURCE_LANGUAGE",
    "Language",
    "Translated",
    "clear_cache",
    "is_rtl",
    "mo_path",
    "review_status",
    "translate",
]

DOMAIN = "forms"
SOURCE_LANGUAGE = "de"
REVIEW_HEADER = "X-Reviewed-By-Native-Speaker"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


class Language(NamedTuple):
    """A client language: German name, name in the language itself, writing direction."""

    german_name: str
    native_name: str
    is_rtl: bool


#: Language code -> (German name, native name, is_rtl).  Codes are gettext/Babel
#: locale identifiers; ``fa_AF`` is Dari (Babel does not know ``prs``).
LANGUAGES: dict[str, Language] = {
    "de": Language("Deutsch", "Deutsch", False),
    "en": Language("Englisch", "English", False),
    "ar": Language("Arabisch", "العربية", True),
    "fa": Language("Persisch (Farsi)", "فارسی", True),
    "fa_AF": Language("Dari", "دری", True),
    "uk": Language("Ukrainisch", "Українська", False),
    "ru": Language("Russisch", "Русский", False),
    "tr": Language("Türkisch", "Türkçe", False),
    "kmr": Language("Kurdisch (Kurmandschi)", "Kurdî (Kurmancî)", False),
    "ckb": Language("Kurdisch (Sorani)", "کوردی (سۆرانی)", True),
    "ti": Language("Tigrinya", "ትግርኛ", False),
    "fr": Language("Französisch", "Français", False),
    "ps": Language("Paschtu", "پښتو", True),
}


class Translated(NamedTuple):
    """A form text in one language; ``missing`` means German was used instead."""

    text: str
    missing: bool

    def format(self, **values: object) -> Translated:
        """Return a copy with the ``{name}`` placeholders filled in."""
        return Translated(self.text.format(**values), self.missing)


class _Missing(Exception):
    """Raised by the fallback when a msgid has no translation in the catalog."""


class _RaiseOnMissing(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        raise _Missing(message)


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown form language {lang!r}; known: {', '.join(LANGUAGES)}")


def mo_path(lang: str, localedir: Path | None = None) -> Path:
    """Return the path of the compiled catalog of ``lang``."""
    return (localedir or LOCALE_DIR) / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


@lru_cache(maxsize=None)
def _load(lang: str, localedir: Path) -> gettext.GNUTranslations | None:
    # The .mo file is opened directly instead of gettext.translation(), which
    # would chain fa_AF -> fa and hide a missing Dari text behind a Persian one.
    path = mo_path(lang, localedir)
    if not path.is_file():
        return None
    with path.open("rb") as fp:
        translations = gettext.GNUTranslations(fp)
    translations.add_fallback(_RaiseOnMissing())
    return translations


def clear_cache() -> None:
    """Forget loaded catalogs (after recompiling them in a running process)."""
    _load.cache_clear()


def translate(lang: str, msgid: str, localedir: Path | None = None) -> Translated:
    """Translate one German form text; fall back to German with ``missing=True``."""
    _check_language(lang)
    if lang == SOURCE_LANGUAGE or not msgid:
        return Translated(msgid, False)
    catalog = _load(lang, localedir or LOCALE_DIR)
    if catalog is None:
        return Translated(msgid, True)
    try:
        text = catalog.gettext(msgid)
    except _Missing:
        return Translated(msgid, True)
    if not text.strip():
        return Translated(msgid, True)
    return Translated(text, False)


def review_status(lang: str, localedir: Path | None = None) -> bool:
    """Return True if a native speaker has reviewed the catalog of ``lang``."""
    _check_language(lang)
    if lang == SOURCE_LANGUAGE:
        return True
    catalog = _load(lang, localedir or LOCALE_DIR)
    if catalog is None:
        return False
    value = catalog.info().get(REVIEW_HEADER.lower(), "").strip().lower()
    return value.startswith(("yes", "ja", "true"))


def is_rtl(lang: str) -> bool:
    """Return True if ``lang`` is written right to left."""
    _check_language(lang)
    return LANGUAGES[lang].is_rtl
