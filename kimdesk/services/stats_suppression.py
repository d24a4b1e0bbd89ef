"""Small-cell suppression for the published KIM statistics.

The rule (documented for the coordination, also printed on every report):

1. **Primary suppression.** Every count from 1 to 4 – inner cell or total – is published
   as ``<5``. A 0 stays 0 (an empty category discloses nobody).
2. **Complementary suppression.** A table line with a published sum (a row with its
   "Gesamt" column, a column with its "Gesamt" row, the totals with the grand total) is
   an equation: ``cells = total``. Whenever the published values of a line – the visible
   numbers and what ``<5`` (1..4) and ``x`` (5 or more) are known to mean – pin a
   suppressed value down exactly, one more value of that line is suppressed and shown
   as ``x``: the smallest non-zero inner cell, a total only when no inner cell can help.
   The bounds one line yields are propagated through every other line (interval
   tightening) until nothing changes, so chains of lines are checked too.
3. **Linked tables.** A quantity printed in several tables (e.g. the number of cases in
   the period, the total of every case table) carries a key; once it is suppressed in
   one table it is suppressed in every table and the check runs again.

   When a line cannot be protected that way (all its non-zero values are already
   hidden, e.g. four reasons with one case each and a total of "<5"), its breakdown is
   withheld: the inner cells, zeros included, are shown as ``·`` and only the total stays.

This guarantees that no published line lets anyone compute a suppressed value exactly;
it is not a full linear-programming audit across all tables (see the limitations in
``statistics.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

PRIMARY_TEXT = "<5"
SECONDARY_TEXT = "x"
WITHHELD_TEXT = "·"
SMALL_MAX = 4
_BIG = 10**12  # "no upper bound" for a value known only to be 5 or more

Pos = tuple[int, int]


class CellState(StrEnum):
    """How a count is published."""

    SHOWN = "shown"
    PRIMARY = "primary"  # 1..4, printed as "<5"
    SECONDARY = "secondary"  # suppressed so that no other cell can be backed out, "x"
    WITHHELD = "withheld"  # a breakdown too small to publish at all (0 too), "·"


@dataclass(frozen=True, slots=True)
class CountTable:
    """A table of raw counts; ``values`` has one tuple per row (inner cells only).

    ``row_totals`` adds a "Gesamt" column (sum of each row), ``column_totals`` a "Gesamt"
    row (sum of each column); with both, the corner is the grand total. ``keys`` links a
    position to a quantity published elsewhere; the row ``len(rows)`` and the column
    ``len(columns)`` address the totals.
    """

    key: str
    title: str
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]
    row_totals: bool = False
    column_totals: bool = False
    note: str = ""
    keys: dict[Pos, str] = field(default_factory=dict)
    total_label: str = "Gesamt"

    def grid(self) -> list[list[int]]:
        """Inner cells plus the total column/row, as a full rectangular grid."""
        grid = [list(r) for r in self.values]
        if self.row_totals:
            for r in grid:
                r.append(sum(r))
        if self.column_totals:
            width = len(self.columns) + (1 if self.row_totals else 0)
            grid.append([sum(r[c] for r in grid) for c in range(width)])
        return grid


@dataclass(frozen=True, slots=True)
class PublishedTable:
    """A CountTable after suppression: every position has a value and a state."""

    table: CountTable
    grid: tuple[tuple[int, ...], ...]
    states: tuple[tuple[CellState, ...], ...]

    @property
    def key(self) -> str:
        """The table's machine name."""
        return self.table.key

    @property
    def header(self) -> list[str]:
        """Column headings including the row header and a "Gesamt" column."""
        head = [self.table.row_header, *self.table.columns]
        return head + [self.table.total_label] if self.table.row_totals else head

    @property
    def row_labels(self) -> list[str]:
        """Row labels including the "Gesamt" row."""
        labels = list(self.table.rows)
        return labels + [self.table.total_label] if self.table.column_totals else labels

    def text(self, r: int, c: int) -> str:
        """What is published at (r, c): the number, ``<5`` or ``x``."""
        return cell_text(self.grid[r][c], self.states[r][c])

    def body(self) -> list[list[str]]:
        """All published rows as text, labels first."""
        return [[label, *(self.text(r, c) for c in range(len(self.grid[r])))]
                for r, label in enumerate(self.row_labels)]

    def shown_value(self, r: int, c: int) -> int | None:
        """The number if it is published, else None (for charts)."""
        return self.grid[r][c] if self.states[r][c] == CellState.SHOWN else None

    def is_total_row(self, r: int) -> bool:
        """True for the "Gesamt" row."""
        return self.table.column_totals and r == len(self.table.rows)


def cell_text(value: int, state: CellState) -> str:
    """The published text of one count."""
    if state == CellState.PRIMARY:
        return PRIMARY_TEXT
    if state == CellState.SECONDARY:
        return SECONDARY_TEXT
    if state == CellState.WITHHELD:
        return WITHHELD_TEXT
    return str(value)


def grouped(text: str) -> str:
    """German digit grouping for display ('72277' -> '72.277'); other texts unchanged."""
    return f"{int(text):,}".replace(",", ".") if text.isdigit() else text


def is_small(value: int) -> bool:
    """True for the counts that are never published (1..4)."""
    return 1 <= value <= SMALL_MAX


@dataclass(frozen=True, slots=True)
class Line:
    """One additive relation of a table: ``sum(cells) == total``."""

    cells: tuple[Pos, ...]
    total: Pos


def lines_of(table: CountTable) -> list[Line]:
    """Every published sum relation of ``table``."""
    n_rows, n_cols = len(table.rows), len(table.columns)
    out: list[Line] = []
    if table.row_totals:
        out += [Line(tuple((r, c) for c in range(n_cols)), (r, n_cols)) for r in range(n_rows)]
    if table.column_totals:
        out += [Line(tuple((r, c) for r in range(n_rows)), (n_rows, c)) for c in range(n_cols)]
    if table.row_totals and table.column_totals:
        corner = (n_rows, n_cols)
        out.append(Line(tuple((n_rows, c) for c in range(n_cols)), corner))
        out.append(Line(tuple((r, n_cols) for r in range(n_rows)), corner))
    return out


def _initial_bounds(value: int, state: CellState) -> tuple[int, int]:
    if state == CellState.SHOWN:
        return value, value
    if state == CellState.PRIMARY:
        return 1, SMALL_MAX
    if state == CellState.WITHHELD:
        return 0, _BIG
    return SMALL_MAX + 1, _BIG


def propagate(grid: Sequence[Sequence[int]], states: Sequence[Sequence[CellState]],
              lines: Sequence[Line], rounds: int = 50) -> dict[Pos, tuple[int, int]]:
    """What a reader can infer about every suppressed position (interval tightening)."""
    bounds = {(r, c): _initial_bounds(v, states[r][c])
              for r, row in enumerate(grid) for c, v in enumerate(row)}
    for _ in range(rounds):
        changed = False
        for line in lines:
            members = [(p, 1) for p in line.cells] + [(line.total, -1)]
            for pos, coef in members:
                if states[pos[0]][pos[1]] == CellState.SHOWN:
                    continue
                # coef * x_pos = -sum(other coef * x)
                lo_rest = sum(min(k * bounds[q][0], k * bounds[q][1])
                              for q, k in members if q != pos)
                hi_rest = sum(max(k * bounds[q][0], k * bounds[q][1])
                              for q, k in members if q != pos)
                lo, hi = (-hi_rest, -lo_rest) if coef == 1 else (lo_rest, hi_rest)
                old = bounds[pos]
                new = (max(old[0], lo), min(old[1], hi))
                if new != old and new[0] <= new[1]:
                    bounds[pos] = new
                    changed = True
        if not changed:
            break
    return bounds


def disclosed(grid: Sequence[Sequence[int]], states: Sequence[Sequence[CellState]],
              lines: Sequence[Line]) -> list[Pos]:
    """Suppressed positions whose value a reader can compute exactly."""
    bounds = propagate(grid, states, lines)
    return [p for p, (lo, hi) in bounds.items()
            if states[p[0]][p[1]] != CellState.SHOWN and lo == hi]


def _candidates(line: Line, grid: Sequence[Sequence[int]],
                states: Sequence[Sequence[CellState]]) -> list[Pos]:
    inner = sorted((p for p in line.cells
                    if states[p[0]][p[1]] == CellState.SHOWN and grid[p[0]][p[1]] > 0),
                   key=lambda p: (grid[p[0]][p[1]], p))
    total_ok = (states[line.total[0]][line.total[1]] == CellState.SHOWN
                and grid[line.total[0]][line.total[1]] > 0)
    return inner + ([line.total] if total_ok else [])


def suppress_grid(grid: Sequence[Sequence[int]], lines: Sequence[Line],
                  forced: Iterable[Pos] = ()) -> list[list[CellState]]:
    """The publication state of every position of ``grid`` (see the module docstring)."""
    states = [[CellState.PRIMARY if is_small(v) else CellState.SHOWN for v in row]
              for row in grid]
    for r, c in forced:
        if states[r][c] == CellState.SHOWN and grid[r][c] > 0:
            states[r][c] = CellState.SECONDARY
    while True:
        leaks = set(disclosed(grid, states, lines))
        if not leaks:
            return states
        chosen = _best_addition(grid, states, lines, leaks)
        if chosen is not None:
            states[chosen[0]][chosen[1]] = CellState.SECONDARY
        elif not _withhold_breakdown(grid, states, lines, leaks):
            return states  # every member of the leaking lines is hidden already


def _withhold_breakdown(grid: Sequence[Sequence[int]], states: list[list[CellState]],
                        lines: Sequence[Line], leaks: set[Pos]) -> bool:
    """Hide the whole breakdown of a leaking line whose non-zero values are all hidden.

    Example: four reasons with one case each and the total "<5": the total must be 4 and
    every "<5" a 1. Publishing the zeros is what gives it away, so the line's inner
    cells are withheld ("·") and only its total stays. False when nothing was left.
    """
    for line in lines:
        if not {*line.cells, line.total} & leaks:
            continue
        shown = [p for p in line.cells if states[p[0]][p[1]] == CellState.SHOWN]
        hidden = [p for p in line.cells if states[p[0]][p[1]] in (CellState.PRIMARY,
                                                                 CellState.SECONDARY)]
        if not shown and not hidden:
            continue
        for r, c in [*shown, *hidden]:
            states[r][c] = CellState.WITHHELD
        return True
    return False


def _best_addition(grid: Sequence[Sequence[int]], states: list[list[CellState]],
                   lines: Sequence[Line], leaks: set[Pos]) -> Pos | None:
    """The next value to hide: in a line that leaks on its own (else any leaking line),
    the option leaving the fewest leaks overall, then inner before total, then smallest."""
    def leaking(line: Line, alone: bool) -> bool:
        members = {*line.cells, line.total}
        found = set(disclosed(grid, states, [line])) if alone else leaks
        return bool(members & found)

    for alone in (True, False):
        for line in lines:
            if not leaking(line, alone):
                continue
            options = _candidates(line, grid, states)
            if not options:
                continue
            best: tuple[tuple[int, int, int], Pos] | None = None
            for pos in options:
                trial = [row[:] for row in states]
                trial[pos[0]][pos[1]] = CellState.SECONDARY
                score = (len(disclosed(grid, trial, lines)), int(pos == line.total),
                         grid[pos[0]][pos[1]])
                if best is None or score < best[0]:
                    best = (score, pos)
            assert best is not None
            return best[1]
    return None


def publish(table: CountTable, forced_keys: Iterable[str] = ()) -> PublishedTable:
    """Suppress one table; positions whose key is in ``forced_keys`` are suppressed too."""
    grid = table.grid()
    forced_set = set(forced_keys)
    forced = [p for p, k in table.keys.items() if k in forced_set]
    states = suppress_grid(grid, lines_of(table), forced)
    return PublishedTable(table, tuple(tuple(r) for r in grid), tuple(tuple(r) for r in states))


def publish_all(tables: Sequence[CountTable]) -> list[PublishedTable]:
    """Suppress every table, keeping linked quantities suppressed in all tables alike."""
    forced: set[str] = set()
    while True:
        published = [publish(t, forced) for t in tables]
        hidden = {t.table.keys[p] for t in published for p in t.table.keys
                  if t.states[p[0]][p[1]] != CellState.SHOWN}
        if hidden <= forced:
            return published
        forced |= hidden
