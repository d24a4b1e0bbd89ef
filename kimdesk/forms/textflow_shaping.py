"""Shape one run of text (single font, single direction) with HarfBuzz into ReportLab glyph data.

The result is a ReportLab ``ShapedStr``: ``canvas.drawString`` then places each glyph at the
HarfBuzz position (joined Arabic letters, Ethiopic syllables, kerning, mirrored brackets).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont

from kimdesk.forms.fonts import MissingFontError, script_of

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class ShapedRun:
    """Glyphs of one run in visual order and their total advance width in points."""

    glyphs: ShapedStr
    width: float


def _hb_language(lang: str | None) -> str | None:
    if not lang:
        return None
    return lang.replace("_", "-").lower()


@lru_cache(maxsize=8192)
def shape_run(text: str, font_name: str, size: float, rtl: bool,
              lang: str | None = None) -> ShapedRun:
    """Shape text in one font and direction; raise MissingFontError if a glyph is missing."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{font_name} is not a TrueType font registered by kimdesk.forms.fonts")
    hb_font = font.hbFont(size)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    language = _hb_language(lang)
    if language:
        buf.language = language
    hb.shape(hb_font, buf, _FEATURES)

    face = font.face
    chars: list[str] = []
    data: list[ShapeData] = []
    advance_total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        source = text[info.cluster] if info.cluster < len(text) else ""
        if gid == 0:
            raise MissingFontError(script_of(source), source or text)
        if pos.x_advance == 0 and source and unicodedata.category(source) == "Cf":
            continue  # ZWNJ, ZWJ, LRM...: invisible, nothing to draw
        try:
            code = face.glyphToChar[gid][0]
        except (KeyError, IndexError):
            # Contextual forms and ligatures have no character: ReportLab maps a private one.
            code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = font.pdfScale(pos.x_advance)
        data.append(ShapeData(
            info.cluster, x_advance, font.pdfScale(pos.y_advance),
            font.pdfScale(pos.x_offset), font.pdfScale(pos.y_offset), face.charWidths[code],
        ))
        chars.append(chr(code))
        advance_total += x_advance
    return ShapedRun(ShapedStr("".join(chars), shapeData=data), advance_total * size / 1000)


def run_width(text: str, font_name: str, size: float, rtl: bool, lang: str | None = None) -> float:
    """Return the shaped advance width of text in points."""
    return shape_run(text, font_name, size, rtl, lang).width
