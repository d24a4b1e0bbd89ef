"""A ReportLab flowable for one paragraph in any KIMdesk language, right-to-left included.

Lines are broken in logical order by shaped width, each line's pieces are ordered with the
Unicode bidi algorithm, and every piece is shaped by HarfBuzz in the font for its script.
Each piece carries its logical text as PDF /ActualText, so copy & paste and text extraction
give real words (not presentation forms or private-use codes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kimdesk.forms.bidi_levels import Direction, direction_for, neutralise_bidi_controls
from kimdesk.forms.fonts import FontResolver, Script, default_resolver, script_of
from kimdesk.forms.textflow_layout import (
    Line,
    Prepared,
    break_lines,
    layout_line,
    normalise_text,
    prepare,
)
from kimdesk.forms.textflow_shaping import shape_run

__all__ = [
    "Align", "BidiParagraph", "Direction", "TextStyle", "direction_for", "embedded_canvas_maker",
    "neutralise_bidi_controls", "script_for_lang",
]

Align = Literal["start", "end", "left", "right", "center"]

_LANG_SCRIPTS = {
    "ar": Script.ARABIC, "fa": Script.ARABIC, "ckb": Script.ARABIC, "ps": Script.ARABIC,
    "prs": Script.ARABIC, "uk": Script.CYRILLIC, "ru": Script.CYRILLIC, "ti": Script.ETHIOPIC,
    "am": Script.ETHIOPIC,
}


@dataclass(frozen=True)
class TextStyle:
    """Font size, line distance (None: from the fonts), weight, alignment and colour."""

    size: float = 10.0
    leading: float | None = None
    bold: bool = False
    align: Align = "start"
    color: Color = black


def script_for_lang(lang: str) -> Script:
    """Return the script a language code ('fa_AF', 'ti', 'uk', ...) is usually written in."""
    return _LANG_SCRIPTS.get(lang.replace("-", "_").split("_")[0].lower(), Script.LATIN)


def embedded_canvas_maker(resolver: FontResolver | None = None) -> Callable[..., Canvas]:
    """Return a Canvas factory whose page-start font is embedded (no bare Helvetica in the PDF)."""
    name = (resolver or default_resolver()).font_for(Script.LATIN)

    def make(*args: Any, **kwargs: Any) -> Canvas:
        if kwargs.get("initialFontName") is None:  # doc templates pass None explicitly
            kwargs["initialFontName"] = name
        return Canvas(*args, **kwargs)

    return make


class BidiParagraph(Flowable):
    """One paragraph of bidi text that wraps, splits across pages and sits in table cells."""

    def __init__(self, text: str, *, lang: str | None = None,
                 direction: Direction | str | None = None, style: TextStyle | None = None,
                 resolver: FontResolver | None = None, neutralise: bool = True) -> None:
        super().__init__()
        self.style = style or TextStyle()
        self.lang = lang
        self.direction = Direction(str(direction).lower()) if direction else (
            direction_for(lang) if lang else Direction.LTR)
        self.resolver = resolver or default_resolver()
        clean = normalise_text(neutralise_bidi_controls(text) if neutralise else text)
        prefer = script_for_lang(lang) if lang else script_of(clean)
        self._p = prepare(clean, rtl=self.direction is Direction.RTL, size=self.style.size,
                          lang=lang, resolver=self.resolver, bold=self.style.bold, prefer=prefer)
        self._init_metrics()
        self._lines: list[Line] = []
        self._laid_width: float | None = None

    @classmethod
    def _from_prepared(cls, parent: BidiParagraph, prepared: Prepared) -> BidiParagraph:
        """A paragraph for part of parent's text with the same style and line distance."""
        new = cls.__new__(cls)
        Flowable.__init__(new)
        new.style, new.lang, new.direction = parent.style, parent.lang, parent.direction
        new.resolver, new._p = parent.resolver, prepared
        new.leading, new._baseline = parent.leading, parent._baseline
        new._lines, new._laid_width = [], None
        return new

    def __deepcopy__(self, memo: dict[int, object]) -> BidiParagraph:
        # ReportLab deep-copies flowables before trial splits; the fonts must not be copied.
        return self._from_prepared(self, self._p)

    def _init_metrics(self) -> None:
        faces = [pdfmetrics.getFont(name).face for name in set(self._p.fonts)]
        ascent = max([f.ascent for f in faces], default=800) / 1000
        descent = min([f.descent for f in faces], default=-200) / 1000
        size = self.style.size
        self.leading = self.style.leading or size * max(1.25, 0.9 * (ascent - descent))
        # Centre the font's ascent..descent box in the line box.
        self._baseline = (self.leading + (ascent + descent) * size) / 2

    @property
    def text(self) -> str:
        """The paragraph text as it will be printed (normalised, controls neutralised)."""
        return self._p.text

    def lines(self, width: float) -> list[Line]:
        """Return the laid-out lines for an available width in points."""
        if self._laid_width != width:
            self._lines = [layout_line(self._p, s, e) for s, e in break_lines(self._p, width)]
            self._laid_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Lay out the paragraph for availWidth; return (width, height)."""
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split into the lines that fit availHeight and the rest (empty list if none fit)."""
        lines = self.lines(availWidth)
        fit = int((availHeight + 1e-6) // self.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        head = self._from_prepared(self, self._p.slice(0, lines[fit - 1].end))
        tail = self._from_prepared(self, self._p.slice(lines[fit].start))
        return [head, tail]

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name
        """Return the narrowest useful width: the widest single character cluster."""
        return max((pdfmetrics.stringWidth(c, f, self.style.size)
                    for c, f in zip(self._p.text, self._p.fonts, strict=True) if f),
                   default=0.0)

    def _x_start(self, line: Line) -> float:
        align = self.style.align
        rtl = self.direction is Direction.RTL
        if align == "start":
            align = "right" if rtl else "left"
        elif align == "end":
            align = "left" if rtl else "right"
        free = self.width - line.width
        return {"left": 0.0, "right": free, "center": free / 2}[align]

    def draw(self) -> None:
        """Draw the lines laid out by the last wrap()."""
        canv = self.canv
        size = self.style.size
        canv.saveState()
        canv.setFillColor(self.style.color)
        for i, line in enumerate(self.lines(self.width)):
            x = self._x_start(line)
            y = self.height - i * self.leading - self._baseline
            for piece in line.pieces:
                run = None if piece.is_space else shape_run(
                    piece.text, piece.font, size, piece.rtl, self.lang)
                if run is not None and run.glyphs:
                    canv.addLiteral(f"/Span <</ActualText <{_pdf_hex(piece.text)}>>> BDC")
                    canv.setFont(piece.font, size)
                    canv.drawString(x, y, run.glyphs)
                    canv.addLiteral("EMC")
                x += piece.width
        canv.restoreState()

    def __repr__(self) -> str:
        return f"BidiParagraph({self._p.text[:40]!r}, direction={self.direction.value})"


def _pdf_hex(text: str) -> str:
    """Encode text as a PDF UTF-16BE hex string body (with byte order mark)."""
    return ("\ufeff" + text).encode("utf-16-be").hex().upper()
