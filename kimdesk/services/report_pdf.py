"""Shared building blocks of the report PDFs (statistics, reconstruction): embedded fonts,
paragraphs through the bidi engine, simple tables, a page footer."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from kimdesk.forms.fonts import FontResolver, MissingFontError, Script, default_resolver
from kimdesk.forms.textflow import BidiParagraph, TextStyle, embedded_canvas_maker

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
ACCENT = colors.HexColor("#2a6f97")
GRID = colors.HexColor("#b8c4cc")
HEAD_BG = colors.HexColor("#e4edf2")
GREY = colors.HexColor("#44525c")
BOX_BG = colors.HexColor("#f3f7f9")


@dataclass(frozen=True)
class Fonts:
    """The resolver and the registered Latin regular/bold font names."""

    resolver: FontResolver
    regular: str
    bold: str

    @classmethod
    def default(cls, resolver: FontResolver | None = None) -> Fonts:
        """Fonts from ``resolver`` (the process-wide one by default)."""
        res = resolver or default_resolver()
        return cls(res, res.font_for(Script.LATIN), res.font_for(Script.LATIN, bold=True))

    def covering(self, text: str) -> str:
        """A font with glyphs for ``text`` (labels may be typed tags in any script)."""
        try:
            return self.resolver.font_covering(text, None)
        except MissingFontError:
            return self.regular

    def para(self, text: str, size: float = 9.5, *, bold: bool = False, align: str = "start",
             color: colors.Color = colors.black) -> Flowable:
        """A wrapped paragraph in any script, fonts embedded."""
        style = TextStyle(size=size, bold=bold, align=align, color=color)  # type: ignore[arg-type]
        return BidiParagraph(text, style=style, resolver=self.resolver)

    def drawing(self, width: float, height: float) -> Drawing:
        """A graphics drawing whose start state uses an embedded font (no bare Helvetica)."""
        d = Drawing(width, height)
        d.initialFontName = self.regular
        return d

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], *, numeric_from: int | None = None,
              bold_last: bool = False, size: float = 8.5,
              header_size: float | None = None) -> Table:
        """A grid with a shaded header row; columns from ``numeric_from`` right-aligned."""
        def align(c: int) -> str:
            return "right" if numeric_from is not None and c >= numeric_from else "start"

        body = [[self.para(h, header_size or size, bold=True, align=align(c))
                 for c, h in enumerate(header)]]
        for r, row in enumerate(rows):
            bold = bold_last and r == len(rows) - 1
            body.append([self.para(v, size, bold=bold, align=align(c)) for c, v in enumerate(row)])
        out = Table(body, colWidths=list(widths), repeatRows=1)
        style = [("FONTNAME", (0, 0), (-1, -1), self.regular),  # cell default: embedded
                 ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dde3e7")),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if bold_last:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        out.setStyle(TableStyle(style))
        return out

    def box(self, paragraphs: Sequence[Flowable]) -> Table:
        """A framed, lightly shaded box around ``paragraphs``."""
        out = Table([[p] for p in paragraphs], colWidths=[WIDTH])
        out.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.regular),
                                 ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                                 ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return out


def build_pdf(story: list[Flowable], fonts: Fonts, *, title: str, footer: str,
              author: str = "KIMdesk") -> bytes:
    """Lay out ``story`` on A4 with a footer line and page numbers; PDF bytes."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title,
                            author=author or "KIMdesk", creator="KIMdesk")

    def draw_footer(canv: Canvas, _doc: object) -> None:
        canv.saveState()
        canv.setFont(fonts.regular, 8)
        canv.setFillColor(GREY)
        canv.drawString(MARGIN, MARGIN - 2 * mm, footer)
        canv.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"Seite {canv.getPageNumber()}")
        canv.restoreState()

    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer,
              canvasmaker=embedded_canvas_maker(fonts.resolver))
    return buf.getvalue()
