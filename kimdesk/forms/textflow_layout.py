"""Break a bidi paragraph into lines in logical order and order each line's pieces visually.

A *piece* is the drawing unit: a stretch of one line with one bidi level, one font and either
only spaces or no spaces. Lines are filled greedily by shaped width; a word wider than the
line is broken between grapheme clusters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from kimdesk.forms.bidi_levels import embedding_levels, visual_order
from kimdesk.forms.fonts import FontResolver, Script, char_script, is_ignorable
from kimdesk.forms.textflow_shaping import run_width

_BREAK_AFTER = "-\u2010/"  # a line may break after these between letters or digits
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")
_HARD_BREAKS = str.maketrans({"\r": None, "\t": " ", "\u2028": "\n", "\u2029": "\n"})


def is_break_space(ch: str) -> bool:
    """True for white space a line may break at (not no-break spaces)."""
    return ch.isspace() and ch not in _NO_BREAK_SPACES


@dataclass(frozen=True)
class Piece:
    """Logical text of one drawing unit, its font, direction and shaped width."""

    text: str
    font: str
    level: int
    width: float
    is_space: bool

    @property
    def rtl(self) -> bool:
        """True if the piece is drawn right to left (odd bidi level)."""
        return self.level % 2 == 1


@dataclass(frozen=True)
class Line:
    """One laid-out line: its logical character range and its pieces left to right."""

    start: int
    end: int
    pieces: tuple[Piece, ...]

    @property
    def width(self) -> float:
        """Total advance width of the line in points."""
        return sum(p.width for p in self.pieces)


@dataclass(frozen=True)
class Prepared:
    """A paragraph with bidi levels and a font per character, ready to be broken into lines."""

    text: str
    levels: tuple[int, ...]
    fonts: tuple[str, ...]
    rtl: bool
    size: float
    lang: str | None

    def slice(self, start: int, end: int | None = None) -> Prepared:
        """Return the part of the paragraph between two logical indices, keeping its levels."""
        return Prepared(self.text[start:end], self.levels[start:end], self.fonts[start:end],
                        self.rtl, self.size, self.lang)


def normalise_text(text: str) -> str:
    """Return text in NFC with tabs as spaces and every paragraph separator as '\\n'."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n")).translate(_HARD_BREAKS)


def prepare(text: str, *, rtl: bool, size: float, lang: str | None, resolver: FontResolver,
            bold: bool, prefer: Script) -> Prepared:
    """Resolve bidi levels and fonts for already normalised text."""
    return Prepared(text, tuple(embedding_levels(text, rtl)),
                    tuple(assign_fonts(text, resolver, bold, prefer)), rtl, size, lang)


def assign_fonts(text: str, resolver: FontResolver, bold: bool, prefer: Script) -> list[str]:
    """Choose a font per character: one font per script run, fallbacks for neutral characters."""
    fonts: list[str] = [""] * len(text)
    for start, end, script in _script_runs(text, prefer):
        run = text[start:end]
        needed = "".join(
            dict.fromkeys(c for c in run if char_script(c) or unicodedata.category(c)[0] == "M")
        )
        main = resolver.font_covering(needed, script, bold, prefer)
        for i in range(start, end):
            ch = text[i]
            if is_ignorable(ch) or _in_font(main, ch):
                fonts[i] = main
            else:  # e.g. '(' is missing from Noto Naskh Arabic
                fonts[i] = resolver.font_covering(ch, None, bold, prefer=script)
    return fonts


def _in_font(name: str, ch: str) -> bool:
    cmap = pdfmetrics.getFont(name).face.charToGlyph
    return bool(cmap.get(ord(ch))) or (unicodedata.category(ch) == "Zs" and bool(cmap.get(32)))


def _script_runs(text: str, prefer: Script) -> Iterator[tuple[int, int, Script]]:
    """Yield (start, end, script) runs of letters and the neutral characters around them.

    Neutral characters (spaces, digits, punctuation) between two scripts go with the
    paragraph's own script, so a comma after an Arabic name in German text is a German comma.
    """
    start, current, after_last = 0, None, 0
    for i, ch in enumerate(text):
        s = char_script(ch)
        if s is None:
            continue
        if current is None or s is current:
            current, after_last = s, i + 1
            continue
        cut = after_last if s is prefer else i
        yield start, cut, current
        start, current, after_last = cut, s, i + 1
    if text:
        yield start, len(text), current or prefer


def _pieces(p: Prepared, start: int, end: int) -> list[Piece]:
    """Split a logical range into pieces (in logical order)."""
    out: list[Piece] = []
    i = start
    while i < end:
        space = is_break_space(p.text[i])
        j = i + 1
        while (j < end and p.levels[j] == p.levels[i] and p.fonts[j] == p.fonts[i]
               and is_break_space(p.text[j]) == space):
            j += 1
        text, level = p.text[i:j], p.levels[i]
        width = run_width(text, p.fonts[i], p.size, level % 2 == 1, p.lang)
        out.append(Piece(text, p.fonts[i], level, width, space))
        i = j
    return out


def _width(p: Prepared, start: int, end: int) -> float:
    return sum(piece.width for piece in _pieces(p, start, end))


def _grapheme_ends(text: str, start: int, end: int) -> list[int]:
    """Return the positions after each grapheme cluster in text[start:end]."""
    ends: list[int] = []
    for i in range(start + 1, end + 1):
        if i == end:
            ends.append(i)
            continue
        ch, prev = text[i], text[i - 1]
        if unicodedata.category(ch)[0] == "M" or ch == "\u200d" or prev == "\u200d":
            continue
        ends.append(i)
    return ends


def _longest_fit(p: Prepared, start: int, end: int, avail: float) -> int:
    """Return the largest grapheme boundary b in (start, end] with width(start, b) <= avail."""
    ends = _grapheme_ends(p.text, start, end)
    lo, hi = 0, len(ends) - 1  # ends[lo] always accepted: at least one grapheme per line
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _width(p, start, ends[mid]) <= avail:
            lo = mid
        else:
            hi = mid - 1
    return ends[lo]


def _tokens(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """Yield (start, word_end, end) for each breakable token of a hard line."""
    cuts = [start]
    for i in range(start + 1, end):
        prev, ch = text[i - 1], text[i]
        if is_break_space(ch):
            continue
        if (is_break_space(prev) or prev == "\u200b"
                or (prev in _BREAK_AFTER and i >= 2 and text[i - 2].isalnum() and ch.isalnum())):
            cuts.append(i)
    cuts.append(end)
    for s, e in zip(cuts, cuts[1:], strict=False):
        word_end = s
        for k in range(e, s, -1):
            if not is_break_space(text[k - 1]):
                word_end = k
                break
        yield s, word_end, e


def break_lines(p: Prepared, avail: float) -> list[tuple[int, int]]:
    """Return logical (start, end) ranges of the lines, trailing spaces excluded."""
    lines: list[tuple[int, int]] = []
    hard_start = 0
    for hard_end in [m.start() for m in re.finditer("\n", p.text)] + [len(p.text)]:
        lines += _break_hard_line(p, hard_start, hard_end, avail)
        hard_start = hard_end + 1
    return lines


def _break_hard_line(p: Prepared, start: int, end: int, avail: float) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = start
    width = 0.0  # width of text[line_start:line_end]
    for s, word_end, _e in _tokens(p.text, start, end):
        if word_end == s:  # spaces only (leading spaces of the line)
            continue
        if line_start is not None:
            if s == line_end:  # no space between (break after a hyphen): measure as drawn
                candidate = _width(p, line_start, word_end)
            else:
                candidate = width + _width(p, line_end, s) + _width(p, s, word_end)
            if candidate <= avail:
                width, line_end = candidate, word_end
                continue
            lines.append((line_start, line_end))
        line_start, line_end = s, word_end
        width = _width(p, s, word_end)
        while width > avail:
            cut = _longest_fit(p, line_start, line_end, avail)
            if cut >= line_end:
                break
            lines.append((line_start, cut))
            line_start = cut
            width = _width(p, line_start, line_end)
    if line_start is not None:
        lines.append((line_start, line_end))
    elif not lines:
        lines.append((start, start))  # an empty line keeps its height
    return lines


def layout_line(p: Prepared, start: int, end: int) -> Line:
    """Return the line's pieces in visual (left-to-right) order (UAX #9 rule L2)."""
    pieces = _pieces(p, start, end)
    return Line(start, end, tuple(pieces[k] for k in visual_order([pc.level for pc in pieces])))
