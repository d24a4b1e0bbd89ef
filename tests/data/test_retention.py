"""Deletion periods per closure reason, legal hold, the due list, a clock not to be trusted."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import AuditRow, ClientRow
from kimdesk.domain.dates import add_months
from kimdesk.domain.enums import ClosureReason
from kimdesk.services import cases, demo, erasure, retention
from kimdesk.services.validation import ValidationError
from tests.data.retention_support import rich_client

R = ClosureReason


@pytest.fixture
def frozen(monkeypatch):
    """The service's clock, frozen at the real 'now' (a test moves it with .set)."""
    class Clock:
        value = retention.now()

        def set(self, value: datetime) -> None:
            self.value = value

    clock = Clock()
    monkeypatch.setattr(retention, "now", lambda: clock.value)
    return clock


@pytest.fixture
def office(vault, frozen):
    """Demo data plus clients closed at known distances from today."""
    demo.generate(vault, clients=50, seed=1)
    today = retention.observe_clock(vault).reference_day
    retention.set_retention_periods(vault, {R.MOVED_AWAY: 1, R.GOALS_ACHIEVED: 3, R.DEPARTED: 2})

    def closed(name: str, years: int, reason: ClosureReason, days: int = 0, **kw) -> str:
        return rich_client(vault, name, "", closed_on=add_months(today, -12 * years)
                           + timedelta(days=days), reason=reason, fill_every_table=False, **kw)

    ids = {
        "moved_2y": closed("Umzugzwei", 2, R.MOVED_AWAY),
        "goals_2y": closed("Zielezwei", 2, R.GOALS_ACHIEVED),
        "goals_3y": closed("Zieledrei", 3, R.GOALS_ACHIEVED),
        "goals_3y_minus_1d": closed("Zieleknapp", 3, R.GOALS_ACHIEVED, days=1),
        "departed_3y_hold": closed("Sperre", 3, R.DEPARTED, hold=True),
    }
    twice = closed("Zweifall", 5, R.MOVED_AWAY)
    cases.open_case(vault, twice, opened_on=today - timedelta(days=10))
    ids["reopened"] = twice
    return vault, ids, today


def _due_ids(vault) -> set[str]:
    return {d.client_id for d in retention.due_clients(vault).items}


def test_periods_default_and_validation(vault) -> None:
    assert set(retention.retention_periods(vault).values()) == {3}
    retention.set_retention_periods(vault, {R.NO_CONTACT: 1})
    assert retention.retention_periods(vault)[R.NO_CONTACT] == 1
    assert retention.retention_periods(vault)[R.OTHER] == 3
    with pytest.raises(ValidationError):
        retention.set_retention_periods(vault, {R.OTHER: 0})


def test_due_list_per_reason_hold_and_open_case(office) -> None:
    vault, ids, today = office
    due = retention.due_clients(vault)
    mine = {d.client_id for d in due.items} & set(ids.values())
    assert mine == {ids["moved_2y"], ids["goals_3y"]}
    assert due.held >= 1 and due.clock.plausible and due.clock.reference_day == today
    entry = next(d for d in due.items if d.client_id == ids["goals_3y"])
    assert entry.due_since == today and entry.last_reason == R.GOALS_ACHIEVED
    # the demo clients that are due really are: every case closed, period over
    periods = retention.retention_periods(vault)
    for d in due.items:
        for case in cases.cases_of(vault, d.client_id):
            assert case.closed_on and not case.legal_hold
            assert retention.due_date(case.closed_on, periods[case.closure_reason]) <= today


def test_delete_due_removes_and_traces(office) -> None:
    vault, ids, _ = office
    due = _due_ids(vault)
    before = erasure.closed_case_counts(vault)
    result = retention.delete_due(vault, sorted(due))
    assert result.clients == len(due)
    with vault.session() as s:
        left = set(s.scalars(select(ClientRow.id)))
        audits = s.scalar(select(func.count()).select_from(AuditRow)
                          .where(AuditRow.entity == "retention"))
    assert not (due & left) and ids["goals_2y"] in left and ids["departed_3y_hold"] in left
    assert audits == len(due)
    with vault.session() as s:
        assert audit_repo.verify_chain(s) == []
    assert erasure.closed_case_counts(vault) == before
    assert _due_ids(vault) == set()


def test_not_due_client_is_refused(office) -> None:
    vault, ids, _ = office
    for key in ("goals_2y", "departed_3y_hold", "reopened", "goals_3y_minus_1d"):
        with pytest.raises(erasure.ErasureRefused, match="nicht zur Löschung fällig"):
            retention.delete_due(vault, [ids["moved_2y"], ids[key]])
    assert ids["moved_2y"] in _due_ids(vault)  # all or nothing: still there


@pytest.mark.parametrize("jump", [timedelta(days=31), timedelta(days=400), timedelta(days=3650)])
def test_clock_jumping_ahead_never_deletes_early(office, frozen, jump) -> None:
    vault, ids, today = office
    honest = _due_ids(vault)
    frozen.set(frozen.value + jump)
    due = retention.due_clients(vault)
    assert not due.clock.plausible and "Systemdatum" in due.clock.warning
    assert due.clock.reference_day == today
    assert {d.client_id for d in due.items} == honest
    with pytest.raises(erasure.ErasureRefused):
        retention.delete_due(vault, [ids["goals_2y"]])
    # activity under the wrong clock (audit events stamped in the future) does not help
    retention.set_legal_hold(vault, cases.cases_of(vault, ids["goals_2y"])[0], False)
    assert _due_ids(vault) == honest


def test_clock_jump_is_believed_only_after_confirmation(office, frozen) -> None:
    vault, ids, today = office
    frozen.set(frozen.value + timedelta(days=800))
    assert ids["goals_2y"] not in _due_ids(vault)
    with pytest.raises(ValidationError):
        retention.confirm_clock(vault, today)
    state = retention.confirm_clock(vault, today + timedelta(days=800))
    assert state.plausible
    assert ids["goals_2y"] in _due_ids(vault)


def test_small_steps_follow_the_clock(office, frozen) -> None:
    vault, ids, today = office
    frozen.set(frozen.value + timedelta(days=20))
    assert retention.due_clients(vault).clock.reference_day == today + timedelta(days=20)
    assert ids["goals_3y_minus_1d"] in _due_ids(vault)


def test_clock_set_backwards_makes_nothing_easier(office, frozen) -> None:
    vault, ids, today = office
    honest = _due_ids(vault)
    for back in (timedelta(days=1), timedelta(days=400), timedelta(days=5000)):
        frozen.set(frozen.value - back)
        due = retention.due_clients(vault)
        assert due.clock.reference_day <= today
        assert {d.client_id for d in due.items} <= honest


def test_legal_hold_on_and_off(office) -> None:
    vault, ids, _ = office
    held = cases.cases_of(vault, ids["departed_3y_hold"])[0]
    assert ids["departed_3y_hold"] not in _due_ids(vault)
    retention.set_legal_hold(vault, held, False)
    assert ids["departed_3y_hold"] in _due_ids(vault)
    case = cases.cases_of(vault, ids["moved_2y"])[0]
    retention.set_legal_hold(vault, case, True)
    assert ids["moved_2y"] not in _due_ids(vault)
    with pytest.raises(erasure.ErasureRefused, match="Aufbewahrungspflicht"):
        erasure.erase_on_request(vault, ids["moved_2y"])


def test_due_date_is_the_anniversary() -> None:
    assert retention.due_date(date(2022, 3, 15), 3) == date(2025, 3, 15)
    assert retention.due_date(date(2020, 2, 29), 1) == date(2021, 2, 28)


def test_cli_retention(tmp_path, fast_kdf, monkeypatch, capsys) -> None:
    from kimdesk import cli
    from kimdesk.services import vaults
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", open("/dev/null"))
    path = tmp_path / "v.kim"
    vault = vaults.create_vault(path, PASSPHRASE, kdf=fast_kdf)
    old = rich_client(vault, "Altfall", "", closed_on=date(2019, 3, 1), fill_every_table=False)
    held = rich_client(vault, "Gesperrt", "", closed_on=date(2019, 3, 1), hold=True,
                       fill_every_table=False)
    vault.close()
    v = str(path)
    assert cli.main(["retention", "due", v]) == 0
    out = capsys.readouterr().out
    assert old in out and held not in out and "1 zur Löschung fällig" in out
    assert cli.main(["retention", "delete", v, "--all-due"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert cli.main(["retention", "delete", v, "--client", held, "--yes"]) == 2
    assert "nicht zur Löschung fällig" in capsys.readouterr().err
    assert cli.main(["retention", "delete", v, "--all-due", "--yes"]) == 0
    assert "Endgültig gelöscht: 1" in capsys.readouterr().out
    assert cli.main(["retention", "periods", v, "--set", "moved_away=1"]) == 0
    assert "moved_away\t1 Jahr\t" in capsys.readouterr().out
    assert cli.main(["retention", "periods", v, "--set", "umzug=1"]) == 2
    assert cli.main(["retention", "erase", v, held, "--yes"]) == 2
    assert "Aufbewahrungspflicht" in capsys.readouterr().err
    assert cli.main(["retention", "hold", v, held, "--off"]) == 0
    assert cli.main(["retention", "erase", v, held, "--yes"]) == 0
    assert cli.main(["retention", "confirm-date", v, "--date", "01.01.2001"]) == 2
    assert "Systemdatum" in capsys.readouterr().err
