"""The statistics as a PDF: title page with period and suppression rule, then per table a
bar chart (ReportLab graphics) and the published numbers. Fonts are embedded TTFs."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from kimdesk.forms.fonts import FontResolver
from kimdesk.services.report_pdf import ACCENT, GREY, GRID, WIDTH, Fonts, build_pdf
from kimdesk.services.statistics import SUPPRESSION_NOTE, StatisticsReport
from kimdesk.services.stats_suppression import CellState, PublishedTable, grouped

NEED_COLOURS = ("#cfe3ee", "#9cc6dc", "#5d9fc3", "#2a6f97", "#b23a48")
LABEL_CHARS = 48


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "…"


def _axis_max(values: Sequence[float]) -> int:
    return int(max([5.0, *values]) * 1.15) + 1


def _style_axes(chart: HorizontalBarChart, fonts: Fonts, top: int) -> None:
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e6ebee")


def bar_chart(labels: Sequence[str], values: Sequence[int | None], texts: Sequence[str],
              fonts: Fonts) -> Drawing:
    """Horizontal bars; suppressed values are empty bars labelled '<5' or 'x'."""
    bar_h, label_w = 13, 190
    height = max(60, bar_h * len(labels) + 36)
    d = fonts.drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 22
    chart.width, chart.height = WIDTH - label_w - 40, height - 30
    chart.data = [[v or 0 for v in values]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.7
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[grouped(t) for t in texts]]
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7.5
    chart.categoryAxis.categoryNames = [_short(x) for x in labels]
    _style_axes(chart, fonts, _axis_max([v or 0 for v in values]))
    for i, name in enumerate(labels):
        chart.categoryAxis.labels[i].fontName = fonts.covering(_short(name))
    d.add(chart)
    return d


def stacked_chart(table: PublishedTable, fonts: Fonts) -> Drawing:
    """One stacked bar per row (inner cells only); suppressed cells are left out."""
    t = table.table
    n_rows, n_cols = len(t.rows), len(t.columns)
    bar_h, label_w = 16, 120
    height = bar_h * n_rows + 70
    d = fonts.drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 40
    chart.width, chart.height = WIDTH - label_w - 20, height - 50
    chart.data = [[table.shown_value(r, c) or 0 for r in range(n_rows)] for c in range(n_cols)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_short(x) for x in t.rows]
    chart.barWidth = bar_h * 0.7
    totals = [sum(col) for col in zip(*chart.data, strict=True)]
    _style_axes(chart, fonts, _axis_max(totals))
    for c in range(n_cols):
        chart.bars[c].fillColor = colors.HexColor(NEED_COLOURS[c % len(NEED_COLOURS)])
        chart.bars[c].strokeColor = colors.white
        chart.bars[c].strokeWidth = 0.5
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = label_w, 12
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy = 7, 7
    legend.deltax = 78
    legend.fontName = fonts.regular
    legend.fontSize = 7.5
    legend.colorNamePairs = [(colors.HexColor(NEED_COLOURS[c % len(NEED_COLOURS)]), name)
                             for c, name in enumerate(t.columns)]
    d.add(legend)
    return d


def _chart_for(table: PublishedTable, fonts: Fonts) -> Drawing | None:
    t = table.table
    n_rows = len(t.rows)
    if n_rows == 0:
        return None
    if len(t.columns) == 1:
        return bar_chart(t.rows, [table.shown_value(r, 0) for r in range(n_rows)],
                         [table.text(r, 0) for r in range(n_rows)], fonts)
    if t.row_totals and t.column_totals:  # referrals: the "Gesamt" column per row
        col = len(t.columns)
        return bar_chart(t.rows, [table.shown_value(r, col) for r in range(n_rows)],
                         [table.text(r, col) for r in range(n_rows)], fonts)
    return stacked_chart(table, fonts)


def _widths(table: PublishedTable, fonts: Fonts, size: float = 8.5) -> tuple[list[float], float]:
    """Columns as wide as their longest word, and a heading size that keeps words whole."""
    header = table.header
    n = len(header) - 1

    def widest(texts: Sequence[str], font: str) -> float:
        return float(max([stringWidth(w, font, size) for t in texts for w in t.split()]
                         + [30.0])) + 14

    first = widest([header[0], *table.row_labels], fonts.regular)
    need = widest(header[1:], fonts.bold)
    number_w = min(max(need, 80.0 if n <= 2 else 0.0), (WIDTH - first) / max(1, n))
    head = size if need <= number_w else max(6.5, size * (number_w - 14) / (need - 14))
    return [WIDTH - number_w * n] + [number_w] * n, head


def _section(table: PublishedTable, fonts: Fonts) -> list[Flowable]:
    head: list[Flowable] = [fonts.para(table.table.title, 14, bold=True), Spacer(1, 3)]
    if table.table.note:
        head += [fonts.para(table.table.note, 8.5, color=GREY), Spacer(1, 6)]
    chart = _chart_for(table, fonts)
    if chart is not None:
        head.append(chart)
        if any(s != CellState.SHOWN for row in table.states for s in row):
            head.append(fonts.para("Gesperrte Werte („<5“, „x“) sind als leere Balken bzw. "
                                   "nicht dargestellt.", 7.5, color=GREY))
        head.append(Spacer(1, 6))
    widths, head_size = _widths(table, fonts)
    body = [[row[0], *(grouped(x) for x in row[1:])] for row in table.body()]
    grid = fonts.table(table.header, body, widths, numeric_from=1,
                       bold_last=table.table.column_totals, header_size=head_size)
    # heading, chart and numbers on one page when they fit; long tables flow on
    return [CondPageBreak(120), KeepTogether([*head, grid]), Spacer(1, 16)]


def _title_page(report: StatisticsReport, organisation: str, fonts: Fonts) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 50 * mm), fonts.para("KIM-Statistik", 28, bold=True), Spacer(1, 6),
        fonts.para("Kommunales Integrationsmanagement – anonymisierte Auswertung für die "
                   "Koordinierung", 12, color=GREY),
        Spacer(1, 18 * mm), fonts.para(f"Zeitraum: {report.period.label}", 14, bold=True),
        Spacer(1, 4), fonts.para(f"Erstellt am {report.created_on:%d.%m.%Y}", 10, color=GREY)]
    if organisation:
        story += [Spacer(1, 4), fonts.para(organisation, 10, color=GREY)]
    note = fonts.box([fonts.para("Datenschutz", 10, bold=True),
                      fonts.para(SUPPRESSION_NOTE, 9.5),
                      *[fonts.para(n, 9.5) for n in report.notes]])
    story += [Spacer(1, 16 * mm), note, Spacer(1, 10 * mm),
              fonts.para("Inhalt", 11, bold=True), Spacer(1, 3)]
    story += [fonts.para(f"{i}. {t.table.title}", 10) for i, t in enumerate(report.tables, 1)]
    return [*story, PageBreak()]


def render_pdf(report: StatisticsReport, *, organisation: str = "",
               resolver: FontResolver | None = None) -> bytes:
    """The statistics report as PDF bytes (nothing is written)."""
    fonts = Fonts.default(resolver)
    story = _title_page(report, organisation, fonts)
    for table in report.tables:
        story += _section(table, fonts)
    title = f"KIM-Statistik {report.period.label}"
    return build_pdf(story, fonts, title=title, footer=f"{title} · anonymisiert",
                     author=organisation)
