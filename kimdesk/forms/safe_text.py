"""Make user data safe to print: no hidden controls, no unprintable symbols, no endless text.

Form texts come from the catalogs; everything else on a form (names, addresses, notes)
is user data and passes through :func:`printable` first. It never raises for odd
symbols: an emoji or a CJK character that no installed font covers becomes U+FFFD.
Letters of a script KIMdesk prints (Arabic, Ethiopic, ...) are left alone, so a missing
script font still raises :class:`~kimdesk.forms.fonts.MissingFontError` naming what to
install instead of printing boxes.
"""

from __future__ import annotations

import re
import unicodedata

from kimdesk.forms.bidi_levels import neutralise_bidi_controls
from kimdesk.forms.fonts import FontResolver, MissingFontError, char_script, default_resolver

TRUNCATED = "gekürzt"
#: Longest free text (a note, a reason) printed on a form, in characters.
NOTE_LIMIT = 1500
#: Longest single-line value (a name, an address line) printed on a form.
LINE_LIMIT = 400

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# invisible characters that carry no meaning on paper (ZWJ/ZWNJ stay: Persian needs them)
_INVISIBLE = re.compile("[\u200b\u2060\u2061-\u2064\ufeff\u00ad\u180e\ufff9-\ufffb\u061c]")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
REPLACEMENT = "\ufffd"


def printable(text: object, *, resolver: FontResolver | None = None,
              multiline: bool = False) -> str:
    """Return user text cleaned for printing (see the module docstring)."""
    raw = "" if text is None else str(text)
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    raw = neutralise_bidi_controls(raw)
    raw = _INVISIBLE.sub("", raw)
    raw = raw.replace("\t", " ")
    raw = _CONTROLS.sub("", raw)
    if multiline:
        raw = _MANY_BLANK_LINES.sub("\n\n", raw)
    else:
        raw = " ".join(raw.split())
    return _replace_unprintable(raw.strip(), resolver or default_resolver())


def _replace_unprintable(text: str, resolver: FontResolver) -> str:
    """Replace symbols that no installed font has (emoji, CJK) with U+FFFD."""
    out: list[str] = []
    for ch in text:
        if ch == "\n" or ch.isascii() or char_script(ch) is not None:
            out.append(ch)
        elif unicodedata.category(ch) == "Cf" or _covered(resolver, ch):
            out.append(ch)
        else:
            out.append(REPLACEMENT)
    return "".join(out)


_COVERED: dict[tuple[int, str], bool] = {}


def _covered(resolver: FontResolver, ch: str) -> bool:
    key = (id(resolver), ch)
    if key not in _COVERED:
        try:
            resolver.check_coverage(ch)
            _COVERED[key] = True
        except MissingFontError:  # nothing installed has this symbol
            _COVERED[key] = False
    return _COVERED[key]


def clip(text: str, limit: int = NOTE_LIMIT) -> tuple[str, bool]:
    """Shorten text to about ``limit`` characters at a word boundary; (text, was_clipped)."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + " …", True


def user_text(text: object, limit: int = LINE_LIMIT, *, multiline: bool = False,
              resolver: FontResolver | None = None) -> tuple[str, int | None]:
    """Cleaned, clipped user text and, when clipped, the original length (for the marker)."""
    raw = "" if text is None else str(text)
    clean = printable(raw[: limit * 4], resolver=resolver, multiline=multiline)
    short, clipped = clip(clean, limit)
    return short, (len(raw) if clipped or len(raw) > limit * 4 else None)


def truncated_marker(total_chars: int) -> str:
    """The visible German marker after a clipped text: '[gekürzt – 1.048.576 Zeichen]'."""
    return f"[{TRUNCATED} – {total_chars:,} Zeichen insgesamt]".replace(",", ".")
