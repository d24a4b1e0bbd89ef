"""Building blocks of the bilingual forms: titles, text pairs, fields, checkboxes, tables.

German stays on the left (it is binding), the client's language on the right in its own
direction; a text without translation is printed in German, greyed and marked with ``*``
(:attr:`Composer.missing` then asks the form for the "Übersetzung fehlt" note). For a
German-only form (``de``) every block has one column.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kimdesk.forms.bidi_levels import Direction
from kimdesk.forms.fonts import FontResolver, Script, default_resolver
from kimdesk.forms.localize import Bi, Localizer, Pair, Value
from kimdesk.forms.page import FRAME_HEIGHT
from kimdesk.forms.safe_text import LINE_LIMIT, NOTE_LIMIT, truncated_marker, user_text
from kimdesk.forms.textflow import BidiParagraph, TextStyle
from kimdesk.forms.textflow_table import bilingual_table
from kimdesk.forms.texts import Checkbox, Field

GREY = colors.Color(0.42, 0.42, 0.42)
RULE = colors.Color(0.72, 0.72, 0.72)
SHADE = colors.Color(0.93, 0.945, 0.96)
NOTE_BG = colors.Color(1.0, 0.97, 0.86)

BODY = TextStyle(size=9.5)
BODY_BOLD = TextStyle(size=9.5, bold=True)
SMALL = TextStyle(size=8, color=GREY)
CELL = TextStyle(size=8.5, align="left")
VALUE = TextStyle(size=9.5, align="left")
CELL_BOLD = TextStyle(size=8.5, bold=True, align="left")
HEADING = TextStyle(size=11, bold=True)
MISSING_MARK = "* "
EMPTY = "—"
SKIP = Spacer(0, 0)  # a cell left empty on purpose (e.g. the goal on its second step row)

Cell: TypeAlias = "str | Pair | Bi | Flowable | Sequence[Cell] | None"


@dataclass(frozen=True, slots=True)
class Check:
    """One checkbox line of a form: the text, whether it is ticked, and placeholder values."""

    box: Checkbox
    ticked: bool = False
    values: tuple[tuple[str, Value], ...] = ()
    note: str = ""  # user data printed under the text (e.g. the items after "Sonstiges:")


class Box(Flowable):
    """A square to tick by hand (drawn, so no font needs a ☐ glyph); optionally ticked."""

    def __init__(self, size: float = 9.0, ticked: bool = False) -> None:
        super().__init__()
        self.size, self.ticked = size, ticked
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """A box is as wide as it is high."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the square (and a cross when ticked)."""
        c, s = self.canv, self.size
        c.saveState()
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s)
        if self.ticked:
            c.setLineWidth(1.1)
            c.line(1.8, 1.8, s - 1.8, s - 1.8)
            c.line(1.8, s - 1.8, s - 1.8, 1.8)
        c.restoreState()


class Slot(Flowable):
    """An invisible place in a story where notes are inserted once the form is built."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Takes no space."""
        return 0.0, 0.0

    def draw(self) -> None:
        """Draws nothing."""


class WriteLine(Flowable):
    """Space to write in by hand, ending in a thin line."""

    def __init__(self, height: float = 16.0) -> None:
        super().__init__()
        self.line_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Take the full width and the writing height."""
        self.width = availWidth
        return availWidth, self.line_height

    def draw(self) -> None:
        """Draw the line at the bottom."""
        self.canv.saveState()
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1, self.width, 1)
        self.canv.restoreState()


class CellParagraph(BidiParagraph):
    """A BidiParagraph that splits safely inside table cells.

    ReportLab measures cell content at the column width minus padding but asks for the
    in-row split at the full column width; there the paragraph may need fewer lines and
    answer "fits" with ``[self]``, which the table cannot handle (IndexError). The split
    is therefore done at the width of the last wrap, and "fits" becomes "cannot split".
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split at the width the paragraph was last wrapped to; never answer [self]."""
        width = min(availWidth, getattr(self, "width", availWidth) or availWidth)
        parts = super().split(width, availHeight)
        return parts if len(parts) == 2 else []


class DataTable(Table):
    """A Table whose continuation after a page break always starts on a fresh page.

    Works around ReportLab placing the repeated header and the first part of a split
    row right under the part before the split, on the same page (repeatRows together
    with splitInRow).
    """

    _continuation = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """As Table.wrap; a continuation claims not to fit anywhere but on a new page."""
        width, height = super().wrap(availWidth, availHeight)
        if self._continuation and availHeight < FRAME_HEIGHT - 20 and height <= availHeight:
            return width, availHeight + 1
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """As Table.split, but a continuation is never split on a partly filled page."""
        if self._continuation and availHeight < FRAME_HEIGHT - 20:
            return []
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            part._continuation = True
        return parts


def auto_direction(text: str) -> Direction:
    """The direction of user text from its first strong character (like HTML dir=auto)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Direction.RTL
        if kind == "L":
            return Direction.LTR
    return Direction.LTR


class Composer:
    """Makes the flowables of one form in one language, remembering missing translations."""

    def __init__(self, loc: Localizer, width: float,
                 resolver: FontResolver | None = None) -> None:
        self.loc = loc
        self.width = width
        self.resolver = resolver or default_resolver()
        self.missing = False
        self.clipped = False

    # -- texts -----------------------------------------------------------------------------
    def t(self, msgid: str, **values: Value) -> Pair:
        """A form text in both languages; remembers when the translation is missing."""
        pair = self.loc.text(msgid, **values)
        self.missing = self.missing or pair.missing
        return pair

    def de(self, text: str, style: TextStyle = BODY) -> BidiParagraph:
        """A German paragraph."""
        return CellParagraph(text, lang="de", style=style, resolver=self.resolver)

    def other(self, pair: Pair, style: TextStyle = BODY) -> BidiParagraph:
        """The client-language paragraph of a pair (German, greyed and marked, if missing)."""
        if pair.missing:
            grey = TextStyle(size=style.size, bold=style.bold, align=style.align,
                             leading=style.leading, color=GREY)
            return CellParagraph(MISSING_MARK + pair.other, lang="de", style=grey,
                                 resolver=self.resolver)
        return CellParagraph(pair.other, lang=self.loc.lang, style=style, resolver=self.resolver)

    def data(self, text: object, style: TextStyle = CELL, *, limit: int = LINE_LIMIT,
             multiline: bool = False) -> list[Flowable]:
        """User data, cleaned and clipped (with a visible 'gekürzt' marker when clipped)."""
        clean, total = user_text(text, limit, multiline=multiline, resolver=self.resolver)
        out: list[Flowable] = [CellParagraph(clean or EMPTY, direction=auto_direction(clean),
                                             style=style, resolver=self.resolver)]
        if total is not None:
            self.clipped = True
            out.append(CellParagraph(truncated_marker(total), lang="de",
                                     style=TextStyle(size=7.5, bold=True, color=GREY,
                                                     align=style.align),
                                     resolver=self.resolver))
        return out

    def data_box(self, text: object, *, limit: int = NOTE_LIMIT) -> Flowable:
        """User text (a reason, a note) in a framed box across the width."""
        content = self.data(text, VALUE, limit=limit, multiline=True)
        return Table([[content]], colWidths=[self.width], style=TableStyle(
            _plain_style(pad=5) + [("BOX", (0, 0), (-1, -1), 0.5, RULE)]),
            splitByRow=1, splitInRow=1)

    def stacked(self, pair: Pair, style: TextStyle = CELL,
                small: TextStyle | None = None) -> list[Flowable]:
        """German over the translation, for a narrow cell (table header, vocabulary)."""
        out: list[Flowable] = [self.de(pair.de, style)]
        # a missing translation is not repeated: the same German twice helps nobody here
        if self.loc.bilingual and not pair.missing and pair.other != pair.de:
            small = small or TextStyle(size=max(6.5, style.size - 1), color=GREY)
            # aligned like the German above it, so the pair reads as one cell
            small = TextStyle(size=small.size, bold=small.bold, color=small.color,
                              align=style.align, leading=small.leading)
            out.append(CellParagraph(pair.other, lang=self.loc.lang, style=small,
                                     resolver=self.resolver))
        return out

    def bi_value(self, value: Bi, style: TextStyle = CELL) -> list[Flowable]:
        """A value that differs by language (a date): German line, then the client's."""
        out: list[Flowable] = [self.de(value.de or EMPTY, style)]
        if self.loc.bilingual and value.other and value.other != value.de:
            out.append(CellParagraph(value.other, lang=self.loc.lang,
                                     style=TextStyle(size=style.size - 0.5, color=GREY,
                                                     align=style.align),
                                     resolver=self.resolver))
        return out

    def cell(self, value: Cell, style: TextStyle = CELL) -> list[Flowable]:
        """Flowables for one table cell from data, a text pair or a language-dependent value."""
        if value is SKIP:
            return []
        if value is None or value == "":
            return [self.de(EMPTY, style)]
        if isinstance(value, Flowable):
            return [value]
        if isinstance(value, Pair):
            return self.stacked(value, style)
        if isinstance(value, Bi):
            return self.bi_value(value, style)
        if isinstance(value, str):
            return self.data(value, style, limit=NOTE_LIMIT, multiline=True)
        return [f for v in value for f in ([v] if isinstance(v, Flowable) else self.cell(v, style))]

    # -- blocks ----------------------------------------------------------------------------
    def title(self, pair: Pair) -> list[Flowable]:
        """The form's title: German, and the translation under it."""
        out: list[Flowable] = [self.de(pair.de, TextStyle(size=16, bold=True, align="center"))]
        if self.loc.bilingual:
            out.append(Spacer(1, 2))
            out.append(self.other(pair, TextStyle(size=14, bold=True, align="center")))
        out.append(Spacer(1, 8))
        return out

    def pairs(self, pairs: Iterable[Pair | tuple[Pair, TextStyle]], *,
              shade_first: bool = False) -> Flowable:
        """A block of text pairs: German left, translation right (one column if German only)."""
        rows: list[tuple[Flowable, Flowable]] = []
        for item in pairs:
            pair, style = item if isinstance(item, tuple) else (item, BODY)
            rows.append((self.de(pair.de, style), self.other(pair, style)))
        if not self.loc.bilingual:
            table = Table([[de] for de, _ in rows], colWidths=[self.width],
                          style=_plain_style(), splitByRow=1, splitInRow=1)
        else:
            table = bilingual_table(rows, lang=self.loc.lang, width=self.width, grid=False,
                                    resolver=self.resolver)
            table.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        if shade_first and rows:
            table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
        return table

    def section(self, heading: str | None, paragraphs: Sequence[str] = (),
                **values: Value) -> list[Flowable]:
        """A heading (if any) and paragraphs as one block of pairs."""
        items: list[Pair | tuple[Pair, TextStyle]] = []
        if heading:
            items.append((self.t(heading, **values), HEADING))
        items += [self.t(p, **values) for p in paragraphs]
        if not items:
            return []
        block = self.pairs(items, shade_first=bool(heading))
        return [block, Spacer(1, 6)]

    def heading(self, msgid: str, **values: Value) -> Flowable:
        """A section heading on its own."""
        return self.pairs([(self.t(msgid, **values), HEADING)], shade_first=True)

    def notice(self, pair: Pair, *, bold: bool = False) -> Flowable:
        """A highlighted note (missing translation, warnings) across the width."""
        style = TextStyle(size=8.5, bold=bold)
        table = self.pairs([(pair, style)])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTE_BG),
                                   ("BOX", (0, 0), (-1, -1), 0.5, RULE)]))
        return table

    def fields(self, items: Sequence[tuple[Field | Pair, Cell | list[str]]]) -> Flowable:
        """Labelled values: 'German label / translation | value' (RTL: label on both sides)."""
        rows: list[list[object]] = []
        rtl = self.loc.bilingual and self.loc.rtl
        for label, value in items:
            pair = label if isinstance(label, Pair) else self.t(label.label)
            cell = self.cell(value, VALUE)
            de_label = self.de(pair.de, CELL_BOLD)
            if not self.loc.bilingual:
                rows.append([de_label, cell])
            elif rtl:
                rows.append([de_label, cell, self._label_other(pair)])
            else:
                rows.append([[de_label, *self._label_under(pair)], cell])
        if not self.loc.bilingual:
            widths = [self.width * 0.3, self.width * 0.7]
        elif rtl:
            widths = [self.width * 0.24, self.width * 0.52, self.width * 0.24]
        else:
            widths = [self.width * 0.3, self.width * 0.7]
        style = _plain_style() + [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
        ]
        return Table(rows, colWidths=widths, style=TableStyle(style), splitByRow=1,
                     splitInRow=1)

    def _label_other(self, pair: Pair) -> Flowable:
        style = TextStyle(size=8.5, bold=True, align="start")
        if pair.missing:
            return CellParagraph(MISSING_MARK + pair.de, lang="de",
                                 style=TextStyle(size=8, color=GREY, align="right"),
                                 resolver=self.resolver)
        return CellParagraph(pair.other, lang=self.loc.lang, style=style, resolver=self.resolver)

    def _label_under(self, pair: Pair) -> list[Flowable]:
        if pair.missing:
            return []
        return [CellParagraph(pair.other, lang=self.loc.lang,
                              style=TextStyle(size=8, color=GREY), resolver=self.resolver)]

    def checks(self, items: Sequence[Check], *, yes_no: bool = False) -> Flowable:
        """Checkbox lines: German text | box | translation (German only: box | text)."""
        yes, no = self.t("Ja"), self.t("Nein")
        rows: list[list[object]] = []
        for item in items:
            values = dict(item.values)
            de_cell: list[Flowable] = []
            other_cell: list[Flowable] = []
            pair = self.t(item.box.text, **values)
            de_cell.append(self.de(pair.de, BODY))
            other_cell.append(self.other(pair, BODY))
            if item.box.explanation:
                expl = self.t(item.box.explanation, **values)
                de_cell.append(self.de(expl.de, SMALL))
                if not expl.missing or not pair.missing:
                    other_cell.append(self.other(expl, SMALL))
            if item.note:
                de_cell += self.data(item.note, CELL)
                other_cell += self.data(item.note, CELL)
            box: object = (self._yes_no(yes, no) if yes_no else Box(ticked=item.ticked))
            if self.loc.bilingual:
                rows.append([de_cell, box, other_cell])
            else:
                rows.append([box, de_cell])
        box_w = 92.0 if yes_no else 22.0
        if self.loc.bilingual:
            text_w = (self.width - box_w) / 2
            widths = [text_w, box_w, text_w]
            align_col = 1
        else:
            widths = [box_w, self.width - box_w]
            align_col = 0
        style = _plain_style() + [
            ("ALIGN", (align_col, 0), (align_col, -1), "CENTER"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        return Table(rows, colWidths=widths, style=TableStyle(style), splitByRow=1)

    def _yes_no(self, yes: Pair, no: Pair) -> Table:
        def word(pair: Pair) -> str:
            if not self.loc.bilingual or pair.missing or pair.other == pair.de:
                return pair.de
            return f"{pair.de} / {pair.other}"

        small = TextStyle(size=8, align="left")
        rows = [[Box(), CellParagraph(word(yes), lang="de", style=small,
                                      resolver=self.resolver)],
                [Box(), CellParagraph(word(no), lang="de", style=small,
                                      resolver=self.resolver)]]
        return Table(rows, colWidths=[13, 75], style=TableStyle(
            _plain_style(pad=1) + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    def table(self, columns: Sequence[Field], rows: Sequence[Sequence[Cell]],
              widths: Sequence[float], *, empty: str = "Keine Einträge.",
              group_starts: Sequence[int] = ()) -> Flowable:
        """A data table with bilingual column headers (repeated on every page)."""
        total = sum(widths)
        col_w = [self.width * w / total for w in widths]
        header = [self.stacked(self.t(col.label), CELL_BOLD,
                               TextStyle(size=7.5, bold=True, color=GREY)) for col in columns]
        if not rows:
            pair = self.t(empty)
            return KeepTogether([self.pairs([pair])])
        body = [[self.cell(v) for v in row] for row in rows]
        style = _plain_style() + [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.4, RULE),
        ]
        # a darker line above the first row of each group (e.g. each goal with its steps)
        style += [("LINEABOVE", (0, i + 1), (-1, i + 1), 0.9, GREY) for i in group_starts if i]
        return DataTable([header, *body], colWidths=col_w, style=TableStyle(style), repeatRows=1,
                     splitByRow=1, splitInRow=1)

    def signatures(self, fields: Sequence[Field]) -> Flowable:
        """Signature lines, two per row, each labelled in both languages."""
        cells: list[list[Flowable]] = []
        for f in fields:
            pair = self.t(f.label)
            cells.append([WriteLine(30), *self.stacked(pair, TextStyle(size=8, align="left"),
                                                       TextStyle(size=7.5, color=GREY))])
        gap = 24.0
        col = (self.width - gap) / 2
        rows = [[cells[i], [], cells[i + 1] if i + 1 < len(cells) else []]
                for i in range(0, len(cells), 2)]
        table = Table(rows, colWidths=[col, gap, col], style=TableStyle(
            _plain_style(pad=0) + [("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return KeepTogether([Spacer(1, 6), table])


def _plain_style(pad: float = 3.0) -> list[tuple[object, ...]]:
    """Top-aligned cells with small padding, in an embedded font."""
    latin = default_resolver().font_for(Script.LATIN)
    return [
        ("FONTNAME", (0, 0), (-1, -1), latin),  # else the table picks unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.66),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.66),
    ]
