"""The deletion concept: periods per closure reason, legal hold, the clients due, a trusted clock.

Periods live in the vault settings (key ``retention_by_reason``: reason -> years, 1..30);
a reason without its own period uses the general one (``settings.retention_years``,
default 3 years). A client is **due** when they have at least one case, no open case,
no case under legal hold, and every case's period has elapsed: closed 15.03.2022 with
3 years -> due from 15.03.2025 on. Deleting goes through ``erasure`` (thorough path,
anonymised trace, audit by id).

**Trusted clock.** An offline laptop's clock can be wrong. The vault keeps a
high-water mark of plausible time (``vault_meta``: ``clock_high_water`` and the audit
sequence number it has seen). ``observe_clock`` advances it along the audit log and the
system clock, but only in steps of at most ``MAX_STEP`` (30 days) past the mark; a
larger jump is not believed until a person confirms the date (``confirm_clock``,
audited). "Due" is computed on ``min(system date, mark)``: a clock jumping forward
never deletes anything early, and a clock set backwards only makes fewer clients due.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.records import CASES
from kimdesk.data.schema import AuditRow, CaseRow, ClientRow, VaultMeta
from kimdesk.data.vault import Vault
from kimdesk.domain.dates import add_months
from kimdesk.domain.enums import AuditAction, ClosureReason
from kimdesk.domain.models import Case
from kimdesk.services import erasure, settings
from kimdesk.services.client_graph import chunks
from kimdesk.services.recording import update_record
from kimdesk.services.validation import Checker

PERIODS_KEY = "retention_by_reason"
MIN_YEARS, MAX_YEARS = 1, 30
MAX_STEP = timedelta(days=30)
LOCAL = ZoneInfo("Europe/Berlin")
_HWM, _HWM_SEQ = "clock_high_water", "clock_high_water_seq"


def now() -> datetime:
    """The system clock (UTC); tests replace it."""
    return datetime.now(UTC)


# -- periods ---------------------------------------------------------------------------------

def retention_periods(vault: Vault) -> dict[ClosureReason, int]:
    """Years after closure until deletion, for every closure reason."""
    default = settings.retention_years(vault)
    stored = settings.get_setting(vault, PERIODS_KEY, {})
    periods: dict[ClosureReason, int] = {}
    for reason in ClosureReason:
        value = stored.get(reason.value) if isinstance(stored, dict) else None
        ok = (isinstance(value, int) and not isinstance(value, bool)
              and MIN_YEARS <= value <= MAX_YEARS)
        periods[reason] = value if ok else default  # type: ignore[assignment]
    return periods


def set_retention_periods(vault: Vault, periods: Mapping[ClosureReason, int]) -> None:
    """Store the period per closure reason (whole years, 1..30); audited as a settings change."""
    c = Checker()
    for reason, years in periods.items():
        if not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
            c.fail(f"period:{ClosureReason(reason).value}",
                   f"Die Löschfrist muss zwischen {MIN_YEARS} und {MAX_YEARS} Jahren liegen.")
    c.raise_if_any()
    merged = {r.value: y for r, y in retention_periods(vault).items()}
    merged.update({ClosureReason(r).value: int(y) for r, y in periods.items()})
    settings.set_setting(vault, PERIODS_KEY, merged)


def due_date(closed_on: date, years: int) -> date:
    """The first day on which a case closed on ``closed_on`` may be deleted."""
    return add_months(closed_on, 12 * years)


# -- legal hold ------------------------------------------------------------------------------

def set_legal_hold(vault: Vault, case: Case, hold: bool) -> Case:
    """Set or lift the legal hold of a case (a held client is never deleted)."""
    return update_record(vault, CASES, dataclasses.replace(case, legal_hold=hold),
                         entity="case", subject=case.client_id)


# -- trusted clock ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ClockState:
    """The system clock against the vault's high-water mark of plausible time."""

    system: datetime
    trusted: datetime

    @property
    def plausible(self) -> bool:
        """False when the system clock is more than ``MAX_STEP`` ahead of the mark."""
        return self.system <= self.trusted + MAX_STEP

    @property
    def system_day(self) -> date:
        """The system's local date."""
        return self.system.astimezone(LOCAL).date()

    @property
    def trusted_day(self) -> date:
        """The local date of the high-water mark."""
        return self.trusted.astimezone(LOCAL).date()

    @property
    def reference_day(self) -> date:
        """The day "due" is computed for: never later than the trusted mark."""
        return min(self.system_day, self.trusted_day)

    @property
    def warning(self) -> str:
        """A German sentence when the clock is implausible, else empty."""
        if self.plausible:
            return ""
        return (f"Das Systemdatum ({self.system_day:%d.%m.%Y}) liegt mehr als "
                f"{MAX_STEP.days} Tage nach der letzten verlässlichen Aktivität im Tresor "
                f"({self.trusted_day:%d.%m.%Y}). Fristen werden bis zur Bestätigung des "
                f"Datums zum {self.trusted_day:%d.%m.%Y} berechnet.")


def _meta(s: object, key: str) -> str | None:
    row = s.get(VaultMeta, key)  # type: ignore[attr-defined]
    return row.value if row is not None else None


def _put_meta(s: object, key: str, value: str) -> None:
    row = s.get(VaultMeta, key)  # type: ignore[attr-defined]
    if row is None:
        s.add(VaultMeta(key=key, value=value))  # type: ignore[attr-defined]
    else:
        row.value = value


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def observe_clock(vault: Vault) -> ClockState:
    """Advance the high-water mark along new audit events and the system clock (plausible
    steps only) and return the state; call it after unlock and before anything is due."""
    system = now()
    with vault.session(write=True) as s:
        raw, raw_seq = _meta(s, _HWM), _meta(s, _HWM_SEQ)
        seq = int(raw_seq) if raw_seq and raw_seq.isdigit() else 0
        if raw:
            mark = _aware(datetime.fromisoformat(raw))
        else:
            created = _meta(s, "created_at")
            first = s.scalars(select(AuditRow.at).order_by(AuditRow.seq).limit(1)).first()
            mark = _aware(datetime.fromisoformat(created)) if created else (first or system)
        for row_seq, at in s.execute(select(AuditRow.seq, AuditRow.at)
                                     .where(AuditRow.seq > seq).order_by(AuditRow.seq)):
            seq = row_seq
            if mark < at <= mark + MAX_STEP:
                mark = at
        if mark < system <= mark + MAX_STEP:
            mark = system
        _put_meta(s, _HWM, mark.isoformat())
        _put_meta(s, _HWM_SEQ, str(seq))
    return ClockState(system, mark)


def confirm_clock(vault: Vault, today: date) -> ClockState:
    """A person confirms that the system date is right: the mark moves to now (audited).

    ``today`` must be the system's date as the person read it; otherwise ValidationError.
    """
    state = observe_clock(vault)
    c = Checker()
    if today != state.system_day:
        c.fail("today", f"Das bestätigte Datum stimmt nicht mit dem Systemdatum "
                        f"({state.system_day:%d.%m.%Y}) überein.")
    c.raise_if_any()
    with vault.session(write=True) as s:
        mark = max(state.trusted, state.system)
        _put_meta(s, _HWM, mark.isoformat())
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="clock")
    return ClockState(state.system, mark)


# -- due list --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DueClient:
    """A client whose every case is closed and past its deletion period."""

    client_id: str
    display_name: str
    file_number: str
    last_closed: date
    last_reason: ClosureReason | None
    due_since: date
    cases: int


@dataclass(frozen=True, slots=True)
class DueList:
    """The due clients, the clock they were computed with, how many a hold keeps."""

    items: tuple[DueClient, ...]
    clock: ClockState
    held: int  # clients that would be due but are under legal hold


def _period(periods: Mapping[ClosureReason, int], default: int, reason: str | None) -> int:
    try:
        return periods[ClosureReason(reason)]
    except (ValueError, KeyError):
        return default


def _reason(value: str | None) -> ClosureReason | None:
    try:
        return ClosureReason(value)
    except ValueError:
        return None


def _due_ids(vault: Vault, day: date) -> tuple[dict[str, tuple[date, date, str | None, int]], int]:
    periods = retention_periods(vault)
    default = settings.retention_years(vault)
    per_client: dict[str, list[tuple[date | None, str | None, bool]]] = {}
    with vault.session() as s:
        for cid, closed_on, reason, hold in s.execute(select(
                CaseRow.client_id, CaseRow.closed_on, CaseRow.closure_reason, CaseRow.legal_hold)):
            per_client.setdefault(cid, []).append((closed_on, reason, bool(hold)))
    due: dict[str, tuple[date, date, str | None, int]] = {}
    held = 0
    for cid, cases in per_client.items():
        if any(closed is None for closed, _, _ in cases):
            continue
        since = max(due_date(closed, _period(periods, default, reason))
                    for closed, reason, _ in cases if closed is not None)
        if since > day:
            continue
        if any(hold for _, _, hold in cases):
            held += 1
            continue
        last_closed, last_reason, _ = max(cases, key=lambda c: (c[0], c[1] or ""))
        assert last_closed is not None
        due[cid] = (since, last_closed, last_reason, len(cases))
    return due, held


def due_clients(vault: Vault) -> DueList:
    """Clients due for deletion on the trusted reference day, oldest due first."""
    clock = observe_clock(vault)
    due, held = _due_ids(vault, clock.reference_day)
    items: list[DueClient] = []
    with vault.session() as s:
        for part in chunks(sorted(due)):
            for row in s.execute(select(ClientRow.id, ClientRow.family_name, ClientRow.given_names,
                                        ClientRow.file_number).where(ClientRow.id.in_(part))):
                since, closed, reason, n = due[row.id]
                name = (f"{row.family_name}, {row.given_names}" if row.given_names
                        else row.family_name)
                items.append(DueClient(row.id, name, row.file_number, closed, _reason(reason),
                                       since, n))
    items.sort(key=lambda d: (d.due_since, d.display_name.casefold()))
    return DueList(tuple(items), clock, held)


def delete_due(vault: Vault, client_ids: Sequence[str]) -> erasure.ErasureResult:
    """Delete the confirmed clients after checking again that each is due now (all or none)."""
    clock = observe_clock(vault)
    due, _ = _due_ids(vault, clock.reference_day)
    not_due = set(client_ids) - set(due)
    if not_due:
        raise erasure.ErasureRefused(
            f"{len(not_due)} der gewählten Klient*innen {'ist' if len(not_due) == 1 else 'sind'} "
            "nicht zur Löschung fällig (offener Fall, Sperre oder Frist noch nicht abgelaufen). "
            "Es wurde nichts gelöscht.")
    return erasure.erase_clients(vault, client_ids, cause=erasure.CAUSE_RETENTION)
