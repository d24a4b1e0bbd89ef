"""One form language: translated texts with German fallback, and dates in Babel's formats.

German is always printed; ``lang`` is the client's language beside it (``de`` alone
means a German-only form). A text without a usable translation comes back as German
with ``missing=True``; the form then marks it and prints the "Übersetzung fehlt" note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time

from kimdesk.forms import catalog
from kimdesk.forms.bidi_levels import Direction, direction_for
from kimdesk.forms.texts import placeholders

BERLIN = ZoneInfo("Europe/Berlin")
GERMAN = "de"
#: printed where a value is unknown and is to be written in by hand
BLANK = "_______________"


@dataclass(frozen=True, slots=True)
class Bi:
    """A placeholder value that differs by language (a date, a language name)."""

    de: str
    other: str


@dataclass(frozen=True, slots=True)
class Pair:
    """A form text in German and in the client's language."""

    de: str
    other: str
    missing: bool = False


Value = str | Bi
Day = date  # the method Localizer.date shadows the type inside the class


@cache
def _babel_locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang)
    except (ValueError, LookupError):
        return Locale.parse("en")


class Localizer:
    """Texts and date formats of one client language (German beside it)."""

    def __init__(self, lang: str, *, localedir: Path | None = None) -> None:
        if lang not in catalog.LANGUAGES:
            raise ValueError(f"Unbekannte Formularsprache „{lang}“; bekannt: "
                             f"{', '.join(catalog.LANGUAGES)}")
        self.lang = lang
        self.localedir = localedir
        self.direction: Direction = direction_for(lang)

    # -- languages -------------------------------------------------------------------------
    @property
    def bilingual(self) -> bool:
        """True unless the form is German only."""
        return self.lang != GERMAN

    @property
    def rtl(self) -> bool:
        """True when the client's language is written right to left."""
        return self.direction is Direction.RTL

    @property
    def reviewed(self) -> bool:
        """Whether a native speaker has reviewed the client language's catalog."""
        return catalog.review_status(self.lang, self.localedir)

    def language_name(self, code: str) -> Bi:
        """A language's name: German name for the German text, native name for the other."""
        known = catalog.LANGUAGES.get(code)
        if known is None:
            try:
                loc = Locale.parse(code)
                return Bi(loc.get_display_name("de") or code,
                          loc.get_display_name(_babel_locale(self.lang)) or code)
            except (ValueError, LookupError):
                return Bi(code, code)
        return Bi(known.german_name, known.native_name)

    # -- texts -----------------------------------------------------------------------------
    def text(self, msgid: str, **values: Value) -> Pair:
        """The German text and its translation, placeholders filled per language."""
        de_values = {k: v.de if isinstance(v, Bi) else v for k, v in values.items()}
        other_values = {k: v.other if isinstance(v, Bi) else v for k, v in values.items()}
        german = _fill(msgid, de_values)
        if german is None:
            german = msgid
        if not self.bilingual:
            return Pair(german, german, False)
        found = catalog.translate(self.lang, msgid, self.localedir)
        if found.missing:
            return Pair(german, german, True)
        other = None
        if placeholders(found.text) <= placeholders(msgid):
            other = _fill(found.text, other_values)
        if other is None:  # a translation with broken placeholders: German instead
            return Pair(german, german, True)
        return Pair(german, other, False)

    # -- dates and times -------------------------------------------------------------------
    def date(self, day: Day | None, *, style: str = "long") -> Bi:
        """A date: German numeric (05.03.2026), the client's language in Babel's style."""
        if day is None:
            return Bi("", "")
        german = day.strftime("%d.%m.%Y")
        if not self.bilingual:
            return Bi(german, german)
        return Bi(german, format_date(day, style, locale=_babel_locale(self.lang)))

    def long_date(self, day: Day | None) -> Bi:
        """A date with weekday for letters ('Donnerstag, 5. März 2026' and the client's)."""
        if day is None:
            return Bi("", "")
        german = format_date(day, "full", locale=_babel_locale(GERMAN))
        return Bi(german, format_date(day, "full", locale=_babel_locale(self.lang))
                  if self.bilingual else german)

    def time_range(self, start: datetime, minutes: int) -> Bi:
        """Start and end time in Berlin time ('14:30–15:30 Uhr' and the client's)."""
        local = start.astimezone(BERLIN) if start.tzinfo else start
        end = datetime.fromtimestamp(local.timestamp() + minutes * 60, BERLIN)
        german = f"{_hhmm(local.time())}–{_hhmm(end.time())} Uhr"
        if not self.bilingual:
            return Bi(german, german)
        loc = _babel_locale(self.lang)
        other = (f"{format_time(local.time(), 'short', locale=loc)} – "
                 f"{format_time(end.time(), 'short', locale=loc)}")
        return Bi(german, other)


def _hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


class _Blanks(dict[str, str]):
    """Placeholder values; one the builder did not give becomes a line to write on."""

    def __missing__(self, key: str) -> str:
        return BLANK


def _fill(text: str, values: dict[str, str]) -> str | None:
    """text with its {placeholders} filled, or None when the text's braces are broken."""
    try:
        return text.format_map(_Blanks(values))
    except (IndexError, ValueError, AttributeError, KeyError):
        return None
