"""The page of every form: A4, the organisation's letterhead, a running head, the footer.

The footer (page x of y, form version, date of printing, whether a native speaker has
reviewed the translation) is printed in German and in the client's language. Page
totals are known only at the end, so the canvas keeps its pages until ``save``.
The PDF is built in memory; nothing is written to disk here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kimdesk.domain.letterhead import Letterhead
from kimdesk.forms.blocks import GREY, RULE, Composer
from kimdesk.forms.fonts import FontResolver, Script, default_resolver
from kimdesk.forms.localize import BLANK, Localizer, Pair
from kimdesk.forms.page import FRAME_HEIGHT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, WIDTH
from kimdesk.forms.safe_text import printable
from kimdesk.forms.textflow import BidiParagraph, TextStyle
from kimdesk.forms.texts import COMMON

LOGO_MAX = (150.0, 60.0)


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What every page shows besides the form's content."""

    title: Pair
    version: str
    printed_on: date
    running_head: str  # client name and file number, on pages 2 and later
    organisation: str


def letterhead_block(letterhead: Letterhead, comp: Composer) -> list[Flowable]:
    """The organisation's name, address and contacts, with the logo on the right."""
    res = comp.resolver
    name = printable(letterhead.name, resolver=res)
    lines = [printable(x, resolver=res) for x in letterhead.address.splitlines() if x.strip()]
    contact = " · ".join(printable(x, resolver=res)
                         for x in (letterhead.phone, letterhead.email) if x.strip())
    text: list[Flowable] = []
    if name:
        text.append(BidiParagraph(name, style=TextStyle(size=12.5, bold=True, align="left"),
                                  resolver=res))
    for line in [*lines, contact] if contact else lines:
        text.append(BidiParagraph(line, style=TextStyle(size=8.5, color=GREY, align="left"),
                                  resolver=res))
    logo = _logo(letterhead.logo_path)
    if not text and logo is None:
        return [Spacer(1, 4)]
    logo_w = LOGO_MAX[0] + 8 if logo is not None else 0.0
    table = Table([[text or [Spacer(1, 1)], logo or ""]],
                  colWidths=[WIDTH - logo_w, logo_w or 0.01],
                  style=TableStyle([
                      ("FONTNAME", (0, 0), (-1, -1), default_resolver().font_for(Script.LATIN)),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                  ]))
    return [table, Spacer(1, 14)]


def _logo(path: str) -> Image | None:
    """The logo scaled into LOGO_MAX, or None when there is none or it cannot be read."""
    if not path or not Path(path).is_file():
        return None
    try:
        width, height = ImageReader(path).getSize()
    except Exception:  # a broken or unsupported image: print without logo
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    image = Image(path, width * scale, height * scale)
    image.hAlign = "RIGHT"
    return image


class _Furniture:
    """Draws running head and footer on a finished page."""

    def __init__(self, loc: Localizer, info: PageFurniture, resolver: FontResolver) -> None:
        self.loc, self.info, self.resolver = loc, info, resolver
        self.reviewed = loc.reviewed if loc.bilingual else True

    def _parts(self, page: int, pages: int) -> list[Pair]:
        loc = self.loc
        parts = [
            loc.text(COMMON["page"], page=str(page), pages=str(pages)),
            loc.text(COMMON["form_version"], version=self.info.version),
            loc.text(COMMON["printed_on"], date=loc.date(self.info.printed_on)),
        ]
        if loc.bilingual:
            parts.append(loc.text(COMMON["translation_reviewed" if self.reviewed
                                         else "translation_unreviewed"]))
        return parts

    def draw(self, canv: Canvas, page: int, pages: int) -> None:
        """Draw the running head (pages 2+) and the footer of one page."""
        res = self.resolver
        small = TextStyle(size=7, color=GREY, align="left")
        parts = self._parts(page, pages)
        german = " · ".join(p.de for p in parts)
        lines: list[BidiParagraph] = [BidiParagraph(german, lang="de", style=small,
                                                    resolver=res)]
        if self.loc.bilingual and not all(p.missing for p in parts):
            other = " · ".join(p.de if p.missing else p.other for p in parts)
            lines.append(BidiParagraph(other, lang=self.loc.lang,
                                       style=TextStyle(size=7, color=GREY, align="start"),
                                       resolver=res))
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, MARGIN_BOTTOM - 12, PAGE[0] - MARGIN_X, MARGIN_BOTTOM - 12)
        canv.restoreState()
        top = MARGIN_BOTTOM - 15
        for para in lines:
            _, h = para.wrap(WIDTH, 100)
            para.drawOn(canv, MARGIN_X, top - h)
            top -= h + 1
        if page > 1:
            head = " · ".join(x for x in (self.info.running_head, self.info.title.de) if x)
            para = BidiParagraph(head, style=TextStyle(size=7, color=GREY, align="left"),
                                 resolver=res)
            _, h = para.wrap(WIDTH, 40)
            para.drawOn(canv, MARGIN_X, PAGE[1] - MARGIN_TOP + 12)


def _canvas_class(furniture: _Furniture, font: str) -> type[Canvas]:
    """A Canvas that keeps its pages until save(), then draws head and footer with totals."""

    class FormCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if kwargs.get("initialFontName") is None:  # no bare (unembedded) Helvetica
                kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for number, state in enumerate(self._kept, 1):
                self.__dict__.update(state)
                furniture.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FormCanvas


def render_pdf(story: Sequence[Flowable], *, loc: Localizer, info: PageFurniture,
               resolver: FontResolver | None = None) -> bytes:
    """Lay out the story on A4 pages with head and footer; return the PDF bytes."""
    res = resolver or default_resolver()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=info.title.de, author=info.organisation or "KIMdesk", creator="KIMdesk",
        subject=info.title.de, lang="de-DE",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, FRAME_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    canvas_class = _canvas_class(_Furniture(loc, info, res), res.font_for(Script.LATIN))
    doc.build(list(story), canvasmaker=canvas_class)
    return buffer.getvalue()


def blank_if_empty(text: str) -> str:
    """A value to print, or a line to write on when it is unknown."""
    return text if text.strip() else BLANK
