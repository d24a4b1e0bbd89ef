"""Two-column "German | client language" blocks built from BidiParagraphs."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from kimdesk.forms.bidi_levels import Direction, direction_for
from kimdesk.forms.fonts import FontResolver, Script, default_resolver
from kimdesk.forms.textflow import BidiParagraph, TextStyle

Cell = str | Flowable
_PAD = 4.0


def bilingual_table(rows: Sequence[tuple[Cell, Cell]], *, lang: str, width: float,
                    style: TextStyle | None = None, german_left: bool = True, grid: bool = True,
                    resolver: FontResolver | None = None) -> Table:
    """Return a table of (German, client language) rows; the client column follows its direction.

    German stays in the left column unless german_left is False. Right-to-left text is
    right-aligned in its cell. Rows may split across pages inside a cell.
    """
    style = style or TextStyle()
    data = []
    for german, other in rows:
        de_cell = _cell(german, "de", Direction.LTR, style, resolver)
        other_cell = _cell(other, lang, direction_for(lang), style, resolver)
        data.append([de_cell, other_cell] if german_left else [other_cell, de_cell])
    latin = (resolver or default_resolver()).font_for(Script.LATIN)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), latin),  # else the table selects (unembedded) Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD / 2),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    return Table(data, colWidths=[width / 2, width / 2], style=TableStyle(commands),
                 splitByRow=1, splitInRow=1)


def _cell(value: Cell, lang: str, direction: Direction, style: TextStyle,
          resolver: FontResolver | None) -> Flowable:
    if isinstance(value, Flowable):
        return value
    return BidiParagraph(value, lang=lang, direction=direction, style=style, resolver=resolver)
