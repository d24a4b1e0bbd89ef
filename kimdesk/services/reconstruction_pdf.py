"""The anonymised case reconstruction as a PDF: person box, a lane chart of the timeline
(phases, legal areas, residence titles as bars; referrals and other events as marks),
the timeline as a table, goals and factors. Only what ``reconstruction`` put in."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kimdesk.domain.enums import Phase
from kimdesk.domain.labels import label
from kimdesk.forms.fonts import FontResolver
from kimdesk.services.reconstruction import NOTE, Reconstruction, TimelineEntry, day_text
from kimdesk.services.report_pdf import ACCENT, GREY, GRID, WIDTH, Fonts, build_pdf

PALETTE = ("#cfe3ee", "#9cc6dc", "#f2d7a6", "#c9e2c2", "#e6c3cf", "#d9d2ec", "#f6e2b3")
PHASE_COLOURS = {label(p): c for p, c in zip(
    (Phase.ACCESS, Phase.ASSESSMENT, Phase.PLANNING, Phase.SERVICE_STEERING, Phase.MONITORING),
    ("#f2d7a6", "#9cc6dc", "#c9e2c2", "#d9d2ec", "#5d9fc3"), strict=True)}
LANE_H, LABEL_W = 22, 92
SEGMENT_LANES = (("Fallverlauf", ("Fall", "Phase", "Abschluss")), ("Rechtskreis", ("Rechtskreis",)),
                 ("Aufenthalt", ("Aufenthalt",)))
MARK_LANES = (("Vermittlungen", ("Vermittlung",)),
              ("Bedarf, Termine", ("Bestandsaufnahme", "Termin", "§104c")))


def _tick_step(span: int) -> int:
    for step in (7, 14, 30, 60, 90, 180, 365, 730):
        if span / step <= 8:
            return step
    return 1460


def _segments(entries: Sequence[TimelineEntry], end: int) -> list[tuple[int, int, str]]:
    """(from, to, label) bars: each entry lasts until the next; a closure ends a bar."""
    out: list[tuple[int, int, str]] = []
    for i, e in enumerate(entries):
        if e.area == "Abschluss":
            continue
        stop = entries[i + 1].day if i + 1 < len(entries) else end
        out.append((e.day, max(stop, e.day), e.short or e.text))
    return out


def timeline_chart(rec: Reconstruction, fonts: Fonts) -> Drawing:
    """Lanes over days since first contact: bars for states, marks for events."""
    first = min([0, *(e.day for e in rec.timeline)])
    last = max(first + 30, rec.last_day + max(10, (rec.last_day - first) // 25))
    lanes = len(SEGMENT_LANES) + len(MARK_LANES)
    legend_h = 16
    height = lanes * LANE_H + 34 + legend_h
    d = fonts.drawing(WIDTH, height)
    x0, x1 = LABEL_W, WIDTH - 6

    def x(day: int) -> float:
        return float(x0 + (day - first) / (last - first) * (x1 - x0))

    def lane_y(i: int) -> float:
        return height - 10 - (i + 1) * LANE_H

    step = _tick_step(last - first)
    tick = (first // step) * step
    while tick <= last:
        if tick >= first:
            d.add(Line(x(tick), lane_y(lanes - 1) - 2, x(tick), height - 10,
                       strokeColor=colors.HexColor("#e6ebee"), strokeWidth=0.5))
            d.add(String(x(tick), lane_y(lanes - 1) - 12, day_text(tick), fontName=fonts.regular,
                         fontSize=6.5, textAnchor="middle", fillColor=GREY))
        tick += step
    d.add(Line(x(0), lane_y(lanes - 1) - 2, x(0), height - 10, strokeColor=ACCENT,
               strokeWidth=0.8))
    for i, (name, areas) in enumerate(SEGMENT_LANES + MARK_LANES):
        y = lane_y(i)
        d.add(String(4, y + LANE_H / 2 - 3, name, fontName=fonts.bold, fontSize=7.5,
                     fillColor=GREY))
        d.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.3))
        entries = [e for e in rec.timeline if e.area in areas]
        if i < len(SEGMENT_LANES):
            for k, (a, b, text) in enumerate(_segments(entries, last)):
                w = max(1.5, x(b) - x(a))
                colour = (PHASE_COLOURS.get(text, PALETTE[0]) if i == 0
                          else PALETTE[k % len(PALETTE)])
                d.add(Rect(x(a), y + 4, w, LANE_H - 8, strokeColor=colors.white,
                           strokeWidth=0.6, fillColor=colors.HexColor(colour)))
                font = fonts.covering(text)
                if stringWidth(text, font, 6.5) + 4 <= w:
                    d.add(String(x(a) + 2, y + LANE_H / 2 - 2.5, text, fontName=font,
                                 fontSize=6.5))
            for e in entries:
                if e.area == "Abschluss":
                    d.add(Rect(x(e.day) - 1, y + 2, 2, LANE_H - 4, fillColor=colors.black,
                               strokeColor=None))
        else:
            for e in entries:
                d.add(Circle(x(e.day), y + LANE_H / 2, 2.6, fillColor=ACCENT,
                             strokeColor=colors.white, strokeWidth=0.4))
    lx = 4.0
    for name, colour in [*PHASE_COLOURS.items(), ("Abschluss", "#000000")]:
        d.add(Rect(lx, 3, 7, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        d.add(String(lx + 10, 4, name, fontName=fonts.regular, fontSize=6.5, fillColor=GREY))
        lx += 16 + stringWidth(name, fonts.regular, 6.5)
    return d


def render_pdf(rec: Reconstruction, *, resolver: FontResolver | None = None) -> bytes:
    """The reconstruction as PDF bytes (nothing is written)."""
    fonts = Fonts.default(resolver)
    person = [
        fonts.para("Person (anonymisiert)", 10, bold=True),
        fonts.para(f"Altersgruppe beim Erstkontakt: {rec.age_band}", 9.5),
        fonts.para("Staatsangehörigkeit: " + (", ".join(rec.nationalities) or "keine Angabe"),
                   9.5),
        fonts.para(f"Fälle: {rec.cases} · Zeitraum: Tag 0 (Erstkontakt) bis "
                   f"{day_text(rec.last_day)}", 9.5)]
    story: list[Flowable] = [
        fonts.para("Fallrekonstruktion (anonymisiert)", 20, bold=True), Spacer(1, 3),
        fonts.para(f"Kennung {rec.code} · erstellt am {rec.created_on:%d.%m.%Y}", 10,
                   color=GREY),
        Spacer(1, 10), fonts.box(person), Spacer(1, 12),
        KeepTogether([fonts.para("Verlauf", 13, bold=True), Spacer(1, 4),
                      timeline_chart(rec, fonts)]),
        Spacer(1, 12), fonts.para("Zeitleiste", 13, bold=True), Spacer(1, 4),
        fonts.table(("Tag", "Bereich", "Ereignis"),
                    [(day_text(e.day), e.area, e.text) for e in rec.timeline],
                    (52, 100, WIDTH - 152)),
    ]
    if rec.goals:
        story += [Spacer(1, 12), KeepTogether([
            fonts.para("Ziele (ohne Wortlaut)", 13, bold=True), Spacer(1, 4),
            fonts.table(("Fall", "Lebensbereich", "Stand"),
                        [(str(g.case), g.life_area, g.status) for g in rec.goals],
                        (40, 200, WIDTH - 240))])]
    promoting = [f.label for f in rec.factors if f.kind == "förderlich"]
    hindering = [f.label for f in rec.factors if f.kind == "hemmend"]
    rows = [(promoting[i] if i < len(promoting) else "", hindering[i] if i < len(hindering)
             else "") for i in range(max(len(promoting), len(hindering)))]
    story += [Spacer(1, 12), KeepTogether([
        fonts.para("Förderliche und hemmende Faktoren", 13, bold=True), Spacer(1, 4),
        fonts.table(("förderlich", "hemmend"), rows or [("keine erfasst", "keine erfasst")],
                    (WIDTH / 2, WIDTH / 2))])]
    story += [Spacer(1, 14), fonts.para(NOTE, 8, color=GREY)]
    title = f"Fallrekonstruktion {rec.code}"
    return build_pdf(story, fonts, title=title, footer=f"{title} · anonymisiert")
