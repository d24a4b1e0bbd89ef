"""Small-cell suppression: no published count from 1 to 4, nothing can be backed out."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimdesk.services.stats_suppression import (
    PRIMARY_TEXT,
    SECONDARY_TEXT,
    WITHHELD_TEXT,
    CellState,
    CountTable,
    PublishedTable,
    lines_of,
    publish,
    publish_all,
)

SMALL_COUNTS = st.integers(0, 9) | st.sampled_from([0, 0, 1, 2, 3, 4, 5])


def _table(values: list[list[int]], row_totals: bool, column_totals: bool,
           keys: dict | None = None, key: str = "t") -> CountTable:
    return CountTable(key, key, "Zeile", tuple(f"r{i}" for i in range(len(values))),
                      tuple(f"c{i}" for i in range(len(values[0]))),
                      tuple(tuple(r) for r in values), row_totals=row_totals,
                      column_totals=column_totals, keys=keys or {})


def _assert_no_small_number(p: PublishedTable) -> None:
    for r, row in enumerate(p.grid):
        for c, _ in enumerate(row):
            text = p.text(r, c)
            assert text in (PRIMARY_TEXT, SECONDARY_TEXT, WITHHELD_TEXT) or int(text) == 0 \
                or int(text) >= 5, (r, c, text)
            if p.states[r][c] == CellState.SHOWN:
                assert not 1 <= p.grid[r][c] <= 4


def _bounds(state: CellState, cap: int) -> range:
    if state == CellState.PRIMARY:
        return range(1, 5)
    if state == CellState.SECONDARY:
        return range(5, cap + 1)
    return range(0, cap + 1)  # withheld


def _feasible_values(p: PublishedTable, cap: int) -> dict[tuple[int, int], set[int]]:
    """Every value each hidden inner cell can take given everything published (brute force
    over the hidden inner cells, row by row; totals follow from the inner cells)."""
    t = p.table
    n_rows, n_cols = len(t.rows), len(t.columns)
    hidden = [(r, c) for r in range(n_rows) for c in range(n_cols)
              if p.states[r][c] != CellState.SHOWN]
    seen: dict[tuple[int, int], set[int]] = {pos: set() for pos in hidden}

    def total_ok(value: int, r: int, c: int) -> bool:
        state = p.states[r][c]
        if state == CellState.SHOWN:
            return value == p.grid[r][c]
        return value in _bounds(state, 10**9) if state != CellState.SECONDARY else value >= 5

    def rows_from(r: int, grid: list[list[int]]) -> None:
        if r == n_rows:
            if t.column_totals:
                cols = [sum(grid[i][c] for i in range(n_rows)) for c in range(n_cols)]
                if not all(total_ok(v, n_rows, c) for c, v in enumerate(cols)):
                    return
                if t.row_totals and not total_ok(sum(cols), n_rows, n_cols):
                    return
            for pos in hidden:
                seen[pos].add(grid[pos[0]][pos[1]])
            return
        cells = [c for c in range(n_cols) if (r, c) in seen]
        domains = [_bounds(p.states[r][c], cap) for c in cells]
        for combo in itertools.product(*domains):
            row = list(p.grid[r][:n_cols])
            for c, v in zip(cells, combo, strict=True):
                row[c] = v
            if t.row_totals and not total_ok(sum(row), r, n_cols):
                continue
            rows_from(r + 1, [*grid, row])

    rows_from(0, [])
    return seen


def _sums(domains: list[range], cap: int) -> set[int]:
    """Every sum the hidden cells can reach (set convolution, bounded by ``cap``)."""
    sums = {0}
    for dom in domains:
        sums = {a + b for a in sums for b in dom if a + b <= cap}
    return sums


def _feasible_one_way(p: PublishedTable, cap: int) -> dict[int, set[int]]:
    """Exact feasible values of each hidden row of a one-way table (one equation)."""
    n = len(p.table.rows)
    shown = sum(p.grid[r][0] for r in range(n) if p.states[r][0] == CellState.SHOWN)
    hidden = [r for r in range(n) if p.states[r][0] != CellState.SHOWN]
    total_state, total = p.states[n][0], p.grid[n][0]
    totals = {total} if total_state == CellState.SHOWN else set(_bounds(total_state, cap))
    out: dict[int, set[int]] = {}
    for r in hidden:
        others = _sums([_bounds(p.states[q][0], cap) for q in hidden if q != r], cap)
        out[r] = {v for v in _bounds(p.states[r][0], cap)
                  if any(v + shown + o in totals for o in others)}
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(SMALL_COUNTS, min_size=1, max_size=12))
def test_one_way_tables_never_show_1_to_4_nor_allow_backing_out(counts: list[int]) -> None:
    p = publish(_table([[n] for n in counts], False, True))
    _assert_no_small_number(p)
    # a one-way table is one equation: every hidden cell must keep two possible values
    feasible = _feasible_one_way(p, cap=sum(counts) + 10)
    for r, values in feasible.items():
        assert counts[r] in values
        if p.states[r][0] == CellState.PRIMARY:
            assert len(values) >= 2, (counts, r, values, p.body())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 3).flatmap(lambda rows: st.integers(2, 3).flatmap(
    lambda cols: st.lists(st.lists(st.integers(0, 7), min_size=cols, max_size=cols),
                          min_size=rows, max_size=rows))),
       st.booleans())
def test_two_way_tables_with_margins_protect_every_small_cell(values: list[list[int]],
                                                               both: bool) -> None:
    p = publish(_table(values, True, both))
    _assert_no_small_number(p)
    feasible = _feasible_values(p, cap=12)
    for pos, found in feasible.items():
        assert values[pos[0]][pos[1]] in found  # the brute force is sound
        if p.states[pos[0]][pos[1]] == CellState.PRIMARY:
            assert len(found) >= 2, (values, pos, found, p.body())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(SMALL_COUNTS, min_size=1, max_size=6), min_size=1, max_size=8),
       st.booleans(), st.booleans())
def test_random_tables_never_publish_a_small_count(values: list[list[int]], rows: bool,
                                                  cols: bool) -> None:
    width = max(len(r) for r in values)
    values = [r + [0] * (width - len(r)) for r in values]
    _assert_no_small_number(publish(_table(values, rows, cols)))


def test_single_small_cell_gets_a_partner() -> None:
    p = publish(_table([[12], [3], [7], [0]], False, True))
    assert [row[1] for row in p.body()] == ["12", "<5", "x", "0", "22"]


def test_breakdown_of_ones_is_withheld() -> None:
    p = publish(_table([[1], [1], [0], [1], [1]], False, True))
    assert [row[1] for row in p.body()] == ["·"] * 5 + ["<5"]


def test_zero_stays_zero_and_large_counts_stay() -> None:
    p = publish(_table([[0], [25], [40]], False, True))
    assert [row[1] for row in p.body()] == ["0", "25", "40", "65"]


def test_linked_totals_are_suppressed_in_every_table() -> None:
    a = _table([[5], [1], [0]], False, True, keys={(3, 0): "cases.total"}, key="a")
    b = _table([[3], [3]], False, True, keys={(2, 0): "cases.total"}, key="b")
    c = _table([[6]], False, True, keys={(1, 0): "cases.total"}, key="c")
    pa, pb, pc = publish_all([a, b, c])
    assert pa.text(3, 0) == "x"  # the only way to protect the 1 in a
    assert pb.text(2, 0) == "x" and pc.text(1, 0) == "x"
    assert pc.text(0, 0) == "x"  # else c's only row gives the total back


def test_lines_of_two_way_table() -> None:
    t = _table([[1, 2], [3, 4]], True, True)
    assert len(lines_of(t)) == 2 + 2 + 2
