"""KIM statistics for the coordination: anonymised counts per period, by SQL aggregates.

Unit of counting. A case counts for a period when it was open on at least one day of it:
opened on or before the last day and not closed before the first day (a case closed
before the period and reopened only after it does not count). Client attributes
(legal area, residence title) are taken "as of the last day of the period" for the client
of each counted case. Cases that were deleted after their retention period count in the
closures (and the case totals) through their anonymised ``deletion_traces`` when that
table exists and records the closing date.

Referrals count when they were created within the period; their outcome is the status
they have today. Factors count the cases of the period tagged with them.

Every published table goes through :mod:`stats_suppression` (counts 1–4 as "<5",
complementary suppression "x" for published sums, linked totals suppressed alike).
Limitations: the check reasons along each published sum and propagates bounds between
them; it is not a full linear-programming audit, and it cannot know what a reader
learns from outside (e.g. earlier quarters).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    exists,
    func,
    insert,
    inspect,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from kimdesk.data.schema import (
    AgencyRow,
    AssessmentRow,
    CaseRow,
    FactorRow,
    LegalAreaPeriodRow,
    PhaseChangeRow,
    ReferralRow,
    ResidenceStatusRow,
)
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import (
    AgencyKind,
    ClosureReason,
    FactorKind,
    LegalArea,
    LifeArea,
    NeedLevel,
    Phase,
    ReferralStatus,
    ResidenceTitle,
)
from kimdesk.domain.labels import label
from kimdesk.services.export_files import suffix_of, write_export
from kimdesk.services.factor_labels import factor_label
from kimdesk.services.stats_period import Period, quarter
from kimdesk.services.stats_suppression import (
    PRIMARY_TEXT,
    SECONDARY_TEXT,
    SMALL_MAX,
    CountTable,
    PublishedTable,
    publish_all,
)

UNKNOWN = "ohne Angabe"
TRACES_TABLE = "deletion_traces"
SUPPRESSION_NOTE = (
    f"Zahlen von 1 bis {SMALL_MAX} werden als „{PRIMARY_TEXT}“ ausgewiesen (0 bleibt 0). "
    f"„{SECONDARY_TEXT}“ = zusätzlich gesperrt, damit sich kein gesperrter Wert aus Summen "
    "oder anderen Tabellen zurückrechnen lässt (Gegensperrung). „·“ = Aufschlüsselung "
    "nicht ausgewiesen, weil sie sich sonst aus der Summe ergäbe. Faktoren, die in weniger "
    f"als {SMALL_MAX + 1} Fällen vorkommen, sind zusammengefasst."
)
REFERRAL_GROUPS: tuple[tuple[str, tuple[ReferralStatus, ...]], ...] = (
    ("offen", (ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
               ReferralStatus.IN_PROGRESS)),
    ("abgeschlossen", (ReferralStatus.COMPLETED,)),
    ("abgelehnt", (ReferralStatus.DECLINED,)),
    ("zurückgezogen", (ReferralStatus.WITHDRAWN,)),
)
OPEN_PHASES = tuple(p for p in Phase if p != Phase.CLOSURE)


@dataclass(frozen=True, slots=True)
class StatisticsReport:
    """The published (suppressed) tables of one period."""

    period: Period
    created_on: date
    tables: tuple[PublishedTable, ...]
    notes: tuple[str, ...] = ()

    def table(self, key: str) -> PublishedTable:
        """The table with machine name ``key``."""
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class _Traces:
    closed: int
    new: int
    reasons: dict[str, int]
    areas: dict[str, int]  # legal area at closure
    note: str


# -- the counted cases ---------------------------------------------------------------------

def _active_cases(period: Period) -> Any:
    """The cases open in the period: id, client, opening day, phase at the end, closure
    reason, legal area and residence title of the client on the last day."""
    start_utc, end_utc = period.utc_bounds()
    c, p = CaseRow, PhaseChangeRow

    def phase_before(moment: object, *, open_only: bool = False) -> Any:
        stmt = select(p.phase).where(p.case_id == c.id, p.changed_at < moment)
        if open_only:
            stmt = stmt.where(p.phase != Phase.CLOSURE.value)
        return stmt.order_by(p.changed_at.desc(), p.id.desc()).limit(1).scalar_subquery()

    has_history = exists().where(p.case_id == c.id)
    changed_within = exists().where(p.case_id == c.id, p.changed_at >= start_utc,
                                    p.changed_at < end_utc)
    closed_by_end = and_(c.closed_on.is_not(None), c.closed_on <= period.end)
    # the closing date decides whether a case was closed at the end of the period
    phase_end = sql_case(
        (closed_by_end, Phase.CLOSURE.value),
        (c.closed_on.is_not(None),
         func.coalesce(phase_before(end_utc, open_only=True), Phase.ACCESS.value)),
        else_=func.coalesce(phase_before(end_utc),
                            sql_case((has_history, Phase.ACCESS.value), else_=c.phase)))
    # a case closed in the period and reopened since has lost its reason: _fill_reasons
    reason = sql_case((closed_by_end, c.closure_reason), else_=None)
    closed_before = exists().where(p.case_id == c.id, p.phase == Phase.CLOSURE.value,
                                   p.changed_at < start_utc)
    # (cheap tests first: SQLite stops at the first false one)
    reopened_later = and_(c.closed_on.is_(None), closed_before, not_(changed_within),
                          func.coalesce(phase_before(start_utc), "") == Phase.CLOSURE.value)
    lp, rs = LegalAreaPeriodRow, ResidenceStatusRow
    area = (select(lp.legal_area).where(
        lp.client_id == c.client_id, or_(lp.valid_from.is_(None), lp.valid_from <= period.end),
        or_(lp.valid_until.is_(None), lp.valid_until >= period.end))
        .order_by(lp.valid_from.desc(), lp.id.desc()).limit(1).scalar_subquery())
    title = (select(rs.title).where(rs.client_id == c.client_id,
                                    or_(rs.valid_from.is_(None), rs.valid_from <= period.end))
             .order_by(rs.valid_from.desc(), rs.id.desc()).limit(1).scalar_subquery())
    return (select(c.id, c.client_id, c.opened_on, phase_end, reason, area, title)
            .where(c.opened_on <= period.end,
                   or_(c.closed_on.is_(None), c.closed_on >= period.start),
                   not_(reopened_later)))


ACTIVE = Table(
    "kim_stats_active", MetaData(),
    Column("case_id", String(36), primary_key=True), Column("client_id", String(36)),
    Column("opened_on", Date), Column("phase", String(32)), Column("reason", String(32)),
    Column("area", String(32)), Column("title", String(32)),
    prefixes=["TEMPORARY"])


def _fill_reasons(s: Session, period: Period) -> None:
    """Closed in the period but reopened since: the reason is the note of the closure."""
    p, a = PhaseChangeRow, ACTIVE.c
    _, end_utc = period.utc_bounds()
    note = (select(p.note).where(p.case_id == a.case_id, p.phase == Phase.CLOSURE.value,
                                 p.changed_at < end_utc)
            .order_by(p.changed_at.desc(), p.id.desc()).limit(1).scalar_subquery())
    s.execute(ACTIVE.update().where(a.phase == Phase.CLOSURE.value, a.reason.is_(None))
              .values(reason=note))


@contextlib.contextmanager
def _materialised(s: Session, period: Period) -> Iterator[Table]:
    """The counted cases with their attributes in a temporary table (memory-only temp
    store): the expensive per-case lookups run once, every table then aggregates it."""
    conn = s.connection()
    ACTIVE.drop(conn, checkfirst=True)
    ACTIVE.create(conn)
    try:
        s.execute(insert(ACTIVE).from_select(
            ["case_id", "client_id", "opened_on", "phase", "reason", "area", "title"],
            _active_cases(period)))
        _fill_reasons(s, period)
        yield ACTIVE
    finally:
        ACTIVE.drop(conn, checkfirst=True)


def _grouped(s: Session, stmt: Any) -> dict[Any, int]:
    return {tuple(r[:-1]) if len(r) > 2 else r[0]: int(r[-1]) for r in s.execute(stmt)}


def _full_quarters(period: Period) -> list[tuple[int, int]]:
    """(year, quarter) of every calendar quarter lying entirely inside ``period``."""
    out: list[tuple[int, int]] = []
    year, q = period.start.year, (period.start.month - 1) // 3 + 1
    while (year, q) <= (period.end.year, (period.end.month - 1) // 3 + 1):
        full = quarter(year, q)
        if full.start >= period.start and full.end <= period.end:
            out.append((year, q))
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return out


def _traces(s: Session, period: Period) -> _Traces:
    """Closures of cases deleted since, from the anonymised deletion traces.

    Traces know the quarter of closing only, so they count for the quarters that lie
    entirely inside the period.
    """
    if not inspect(s.connection()).has_table(TRACES_TABLE):
        return _Traces(0, 0, {}, {}, "")
    full = _full_quarters(period)
    covered = bool(full) and quarter(*full[0]).start == period.start \
        and quarter(*full[-1]).end == period.end
    partial = ("" if covered else
               "Gelöschte Fälle sind nur für ganze Kalenderquartale enthalten (ihre anonymen "
               "Löschspuren kennen nur das Quartal des Abschlusses).")
    if not full:
        return _Traces(0, 0, {}, {}, partial)
    first = full[0][0] * 10 + full[0][1]
    rows = s.execute(text(
        f"SELECT closure_reason, legal_area, COUNT(*), "  # noqa: S608 - fixed names only
        f"SUM(CASE WHEN opened_year * 10 + opened_quarter >= :first THEN 1 ELSE 0 END) "
        f"FROM {TRACES_TABLE} WHERE closed_year * 10 + closed_quarter IN :codes "
        "GROUP BY closure_reason, legal_area").bindparams(bindparam("codes", expanding=True)),
        {"first": first, "codes": [y * 10 + q for y, q in full]}).all()
    reasons: dict[str, int] = defaultdict(int)
    areas: dict[str, int] = defaultdict(int)
    for reason, area, n, _new in rows:
        reasons[str(reason or "")] += int(n)
        areas[str(area or "")] += int(n)
    closed = sum(int(r[2]) for r in rows)
    note = ("Im Zeitraum abgeschlossene, inzwischen gelöschte Fälle sind über ihre anonymen "
            "Löschspuren in Fallbewegung, Phasen, Abschlüssen und Rechtskreisen enthalten."
            if closed else "")
    return _Traces(closed, sum(int(r[3] or 0) for r in rows), dict(reasons), dict(areas),
                   " ".join(x for x in (note, partial) if x))


# -- raw count tables ----------------------------------------------------------------------

def _one_way(key: str, title: str, header: str, labels: Iterable[str], counts: Iterable[int],
             note: str, *, row_keys: Mapping[int, str] | None = None,
             total_key: str | None = None) -> CountTable:
    labels, counts = tuple(labels), tuple(counts)
    keys = {(r, 0): k for r, k in (row_keys or {}).items()}
    if total_key:
        keys[(len(labels), 0)] = total_key
    return CountTable(key, title, header, labels, ("Anzahl",), tuple((n,) for n in counts),
                      column_totals=True, note=note, keys=keys)


def _enum_counts(found: Mapping[Any, int], members: Iterable[Any]) -> tuple[list[str], list[int]]:
    members = list(members)
    values = {m.value for m in members}
    labels = [label(m) for m in members] + [UNKNOWN]
    counts = [found.get(m.value, 0) for m in members]
    counts.append(sum(n for k, n in found.items() if k not in values))
    return labels, counts


def _case_tables(s: Session, period: Period, traces: _Traces) -> list[CountTable]:
    with _materialised(s, period) as active:
        return _case_tables_from(s, period, traces, active)


def _case_tables_from(s: Session, period: Period, traces: _Traces,
                      active: Table) -> list[CountTable]:
    a = active.c
    total = s.scalar(select(func.count()).select_from(active)) or 0
    new = s.scalar(select(func.count()).select_from(active)
                   .where(a.opened_on >= period.start)) or 0
    tables = [_one_way(
        "movement", "Fallbewegung", "Fälle",
        ("bereits vor dem Zeitraum begonnen", "im Zeitraum neu eröffnet"),
        (total - new + traces.closed - traces.new, new + traces.new),
        "Alle Fälle, die im Zeitraum mindestens einen Tag offen waren.",
        row_keys={0: "cases.carried", 1: "cases.new"}, total_key="cases.total")]

    phases = _grouped(s, select(a.phase, func.count()).group_by(a.phase))
    phases[Phase.CLOSURE.value] = phases.get(Phase.CLOSURE.value, 0) + traces.closed
    labels, counts = _enum_counts(phases, Phase)
    if counts[-1] == 0:
        labels, counts = labels[:-1], counts[:-1]
    tables.append(_one_way(
        "phases", "Fälle nach Phase am Ende des Zeitraums", "Phase", labels, counts,
        "„Abschluss“: im Zeitraum abgeschlossene Fälle.",
        row_keys={len(OPEN_PHASES): "cases.closed"}, total_key="cases.total"))

    reasons = _grouped(s, select(a.reason, func.count()).where(a.phase == Phase.CLOSURE.value)
                       .group_by(a.reason))
    for key, n in traces.reasons.items():
        reasons[key] = reasons.get(key, 0) + n
    labels, counts = _enum_counts(reasons, ClosureReason)
    tables.append(_one_way("closures", "Abschlüsse im Zeitraum nach Grund", "Grund", labels,
                           counts, "Im Zeitraum abgeschlossene Fälle.", total_key="cases.closed"))

    # client attributes of the counted (still stored) cases, as of the last day
    existing_key = "cases.total" if traces.closed == 0 else "cases.existing"
    # (legal areas include deleted cases through their traces; titles and needs cannot)
    areas = _grouped(s, select(a.area, func.count()).group_by(a.area))
    for key, n in traces.areas.items():
        areas[key] = areas.get(key, 0) + n
    labels, counts = _enum_counts(areas, LegalArea)
    tables.append(_one_way(
        "legal_areas", "Fälle nach Rechtskreis am Ende des Zeitraums", "Rechtskreis", labels,
        counts, "Rechtskreis der Klient*in am letzten Tag des Zeitraums (bei mehreren der "
                "zuletzt begonnene; bei gelöschten Fällen der beim Abschluss).",
        total_key="cases.total"))

    titles = _grouped(s, select(a.title, func.count()).group_by(a.title))
    labels, counts = _enum_counts(titles, ResidenceTitle)
    tables.append(_one_way(
        "residence", "Fälle nach Aufenthaltstitel am Ende des Zeitraums", "Aufenthaltstitel",
        labels, counts, "Zuletzt vor dem Ende des Zeitraums erteilter Titel der Klient*in.",
        total_key=existing_key))

    asm = AssessmentRow
    needs = _grouped(s, select(asm.life_area, asm.need, func.count())
                     .join(active, a.case_id == asm.case_id)
                     .where(or_(asm.assessed_on.is_(None), asm.assessed_on <= period.end))
                     .group_by(asm.life_area, asm.need))
    tables.append(CountTable(
        "needs", "Handlungsbedarf nach Lebensbereich", "Lebensbereich",
        tuple(label(x) for x in LifeArea), tuple(label(n) for n in NeedLevel),
        tuple(tuple(needs.get((x.value, n.value), 0) for n in NeedLevel) for x in LifeArea),
        row_totals=True, note="Einschätzungen der Bestandsaufnahme in den Fällen des "
                              "Zeitraums; „Gesamt“ = Fälle mit Einschätzung des Bereichs."))

    for kind, key, title_text in ((FactorKind.PROMOTING, "factors_promoting",
                                   "Förderliche Faktoren"),
                                  (FactorKind.HINDERING, "factors_hindering",
                                   "Hemmende Faktoren")):
        f = FactorRow
        tags = _grouped(s, select(f.tag, func.count(func.distinct(f.case_id)))
                        .join(active, a.case_id == f.case_id)
                        .where(f.kind == kind.value).group_by(f.tag))
        tables.append(_factor_table(key, title_text, tags))
    return tables


def _factor_table(key: str, title: str, tags: Mapping[str, int]) -> CountTable:
    """Tags by number of cases; tags in fewer than 5 cases are pooled (their names too)."""
    merged: dict[str, int] = defaultdict(int)
    rare = 0
    for tag, n in tags.items():
        if n > SMALL_MAX:
            merged[factor_label(tag)] += n
        else:
            rare += n
    rows = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
    if rare:
        rows.append((f"weitere Faktoren (jeweils in weniger als {SMALL_MAX + 1} Fällen)", rare))
    return CountTable(key, title, "Faktor", tuple(r[0] for r in rows), ("Fälle",),
                      tuple((r[1],) for r in rows),
                      note="Anzahl der Fälle des Zeitraums mit diesem Faktor (ein Fall kann "
                           "mehrere Faktoren haben; daher keine Summe).")


def _referral_table(s: Session, period: Period) -> CountTable:
    start_utc, end_utc = period.utc_bounds()
    r, ag = ReferralRow, AgencyRow
    found = _grouped(s, select(ag.kind, r.status, func.count())
                     .join(ag, ag.id == r.agency_id)
                     .where(r.created_at >= start_utc, r.created_at < end_utc)
                     .group_by(ag.kind, r.status))
    group_of = {st.value: i for i, (_, sts) in enumerate(REFERRAL_GROUPS) for st in sts}
    kinds = list(AgencyKind)
    values = [[0] * len(REFERRAL_GROUPS) for _ in kinds]
    index = {k.value: i for i, k in enumerate(kinds)}
    for (kind, status), n in found.items():
        values[index.get(kind, index[AgencyKind.SONSTIGE.value])][group_of.get(status, 0)] += n
    return CountTable(
        "referrals", "Vermittlungen nach Art der Stelle und Ergebnis", "Art der Stelle",
        tuple(label(k) for k in kinds), tuple(g for g, _ in REFERRAL_GROUPS),
        tuple(tuple(v) for v in values), row_totals=True, column_totals=True,
        note="Im Zeitraum angelegte Vermittlungen mit ihrem heutigen Stand; „offen“ = "
             "Entwurf, versendet, angenommen oder in Bearbeitung.",
        keys={(len(kinds), len(REFERRAL_GROUPS)): "referrals.total"})


def raw_tables(vault: Vault, period: Period) -> tuple[list[CountTable], list[str]]:
    """The unsuppressed count tables of ``period`` and notes (never publish these)."""
    with vault.session() as s:
        traces = _traces(s, period)
        tables = _case_tables(s, period, traces)
        tables.insert(6, _referral_table(s, period))
    return tables, [traces.note] if traces.note else []


def compute(vault: Vault, period: Period, *, today: date | None = None) -> StatisticsReport:
    """The anonymised statistics of ``period``, every table suppressed."""
    tables, notes = raw_tables(vault, period)
    return StatisticsReport(period, today or date.today(), tuple(publish_all(tables)),
                            tuple(notes))


# -- output ----------------------------------------------------------------------------------

def _cell(text: str) -> str:
    """A CSV cell that a spreadsheet never runs as a formula (typed factor tags)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(report: StatisticsReport) -> bytes:
    """UTF-8 with BOM, semicolons, German headings, one section per table."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["KIM-Statistik für die Koordinierung"])
    w.writerow(["Zeitraum", report.period.label])
    w.writerow(["Erstellt am", f"{report.created_on:%d.%m.%Y}"])
    w.writerow(["Hinweis", SUPPRESSION_NOTE])
    for note in report.notes:
        w.writerow(["Hinweis", note])
    for table in report.tables:
        w.writerow([])
        w.writerow([table.table.title])
        if table.table.note:
            w.writerow([table.table.note])
        w.writerow(table.header)
        w.writerows([_cell(x) for x in row] for row in table.body())
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def export(vault: Vault, period: Period, path: Path, *,
           report: StatisticsReport | None = None) -> StatisticsReport:
    """Write the statistics as CSV or PDF (by suffix), owner-only and atomically; audited."""
    suffix = suffix_of(Path(path), (".csv", ".pdf"))
    report = report or compute(vault, period)
    if suffix == ".csv":
        data = to_csv(report)
    else:
        from kimdesk.services.settings import get_letterhead
        from kimdesk.services.stats_report import render_pdf

        data = render_pdf(report, organisation=get_letterhead(vault).name)
    write_export(vault, Path(path), data, entity="statistics", entity_id=period.slug)
    return report
