"""Referrals to offices and services: the status workflow, its history, and the way the
outcome flows back into the case (goal status and a case note).

The allowed status changes are data (``TRANSITIONS``); every change is one
transaction holding the new status, a timestamped ``ReferralEvent`` with its note,
the goal update and the case note, plus their audit events. Sending needs a valid
release from confidentiality for the recipient (``referral_gate``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.repositories.records import (
    AGENCIES, CLIENTS, GOALS, NOTES, REFERRAL_EVENTS, REFERRALS,
)
from kimdesk.data.schema import CaseRow, ReferralEventRow, ReferralRow
from kimdesk.data.vault import Vault
from kimdesk.domain.enums import AuditAction, GoalOutcome, GoalStatus, NoteType, ReferralStatus
from kimdesk.domain.ids import new_id
from kimdesk.domain.labels import label
from kimdesk.domain.models import CaseNote, Referral, ReferralEvent
from kimdesk.services.referral_gate import require_release
from kimdesk.services.validation import MAX_TEXT, Checker
from kimdesk.text.sanitize import clean_text

S = ReferralStatus

#: The workflow as data: from each status, where a referral may go next.
TRANSITIONS: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    S.DRAFT: (S.SENT, S.WITHDRAWN),
    S.SENT: (S.ACCEPTED, S.DECLINED, S.WITHDRAWN),
    S.ACCEPTED: (S.IN_PROGRESS, S.COMPLETED, S.WITHDRAWN),
    S.IN_PROGRESS: (S.COMPLETED, S.WITHDRAWN),
    S.COMPLETED: (),
    S.DECLINED: (),
    S.WITHDRAWN: (),
}
OPEN_STATUSES: tuple[ReferralStatus, ...] = tuple(k for k, v in TRANSITIONS.items() if v)
FINAL_STATUSES: tuple[ReferralStatus, ...] = tuple(k for k, v in TRANSITIONS.items() if not v)

_GOAL_OUTCOME = {
    GoalStatus.ACHIEVED: GoalOutcome.ACHIEVED,
    GoalStatus.PARTLY_ACHIEVED: GoalOutcome.PARTLY,
    GoalStatus.NOT_ACHIEVED: GoalOutcome.NOT_ACHIEVED,
}
_KEEP = object()


class TransitionError(ValueError):
    """A status change the workflow does not allow; the message says what is possible."""


@dataclass(frozen=True, slots=True)
class AdvanceResult:
    """What a status change wrote: the referral, and whether goal and case note changed."""

    referral: Referral
    event: ReferralEvent
    goal_updated: bool
    note_written: bool


def allowed_next(status: ReferralStatus) -> tuple[ReferralStatus, ...]:
    """The statuses a referral in ``status`` may move to."""
    return TRANSITIONS[status]


def check_transition(current: ReferralStatus, target: ReferralStatus) -> None:
    """Raise TransitionError (German) unless ``current`` -> ``target`` is allowed."""
    nxt = TRANSITIONS[current]
    if target in nxt:
        return
    if not nxt:
        raise TransitionError(f"Die Vermittlung ist bereits „{label(current)}“ und kann nicht "
                              "mehr geändert werden.")
    options = ", ".join(f"„{label(s)}“" for s in nxt)
    raise TransitionError(f"Eine Vermittlung im Status „{label(current)}“ kann nicht auf "
                          f"„{label(target)}“ gesetzt werden. Möglich ist: {options}.")


def _latest_open_case(s: object, client_id: str) -> str | None:
    stmt = (select(CaseRow.id).where(CaseRow.client_id == client_id, CaseRow.closed_on.is_(None))
            .order_by(CaseRow.opened_on.desc()).limit(1))
    return s.scalars(stmt).first()  # type: ignore[attr-defined, no-any-return]


def create_referral(vault: Vault, *, client_id: str, agency_id: str, reason: str,
                    case_id: str | None = None, goal_id: str | None = None,
                    follow_up_on: date | None = None, note: str = "") -> Referral:
    """A new referral in the draft state (linked to the goal's case or the open case)."""
    reason = clean_text(reason)
    c = Checker()
    c.required("reason", reason, "Der Anlass")
    c.max_len("reason", reason, 20_000, "Der Anlass")
    c.required("agency_id", agency_id or "", "Die Stelle")
    c.raise_if_any()
    now = datetime.now(UTC)
    with vault.session(write=True) as s:
        CLIENTS.get(s, client_id)
        AGENCIES.get(s, agency_id)
        if goal_id:
            case_id = GOALS.get(s, goal_id).case_id
        case_id = case_id or _latest_open_case(s, client_id)
        referral = Referral(new_id(), client_id, agency_id, now, S.DRAFT, case_id, goal_id,
                            reason, follow_up_on)
        REFERRALS.add(s, referral)
        REFERRAL_EVENTS.add(s, ReferralEvent(new_id(), referral.id, now, None, S.DRAFT,
                                             clean_text(note)))
        audit_repo.append(s, actor=vault.actor, action=AuditAction.CREATE, entity="referral",
                          entity_id=client_id)
        return REFERRALS.get(s, referral.id)


def get_referral(vault: Vault, referral_id: str) -> Referral:
    """One referral."""
    with vault.session() as s:
        return REFERRALS.get(s, referral_id)


def _case_note_text(agency: str, old: ReferralStatus, new: ReferralStatus, note: str,
                    goal_title: str | None, goal_status: GoalStatus | None) -> str:
    lines = [f"Vermittlung an {agency}: {label(old)} → {label(new)}.", note]
    if goal_title and goal_status is not None:
        lines.append(f"Ziel „{goal_title}“: {label(goal_status)}.")
    return "\n".join(x for x in lines if x)


def advance(vault: Vault, referral_id: str, to: ReferralStatus, note: str, *,
            goal_status: GoalStatus | None = None,
            follow_up_on: date | None | object = _KEEP,
            case_note: bool | None = None, today: date | None = None) -> AdvanceResult:
    """Move a referral to ``to`` with a note; the outcome flows back into the case.

    Sending needs a valid release (ConsentMissing otherwise). ``goal_status`` updates the
    linked goal. A case note is written for final statuses (or when ``case_note`` is True).
    """
    note = clean_text(note)
    c = Checker()
    c.required("note", note, "Eine Notiz zur Statusänderung")
    c.max_len("note", note, MAX_TEXT, "Die Notiz")
    c.raise_if_any()
    current = get_referral(vault, referral_id)
    check_transition(current.status, to)
    if to == S.SENT:
        require_release(vault, current.client_id, current.agency_id, on=today)
    write_note = (to in FINAL_STATUSES) if case_note is None else case_note
    counsellor = vault.counsellor_id()
    now = datetime.now(UTC)
    with vault.session(write=True) as s:
        ref = REFERRALS.get(s, referral_id)
        check_transition(ref.status, to)  # re-check inside the transaction
        changes: dict[str, object] = {"status": to}
        if to in FINAL_STATUSES:
            changes["outcome"] = note
        if follow_up_on is not _KEEP:
            changes["follow_up_on"] = follow_up_on
        updated = dataclasses.replace(ref, **changes)  # type: ignore[arg-type]
        REFERRALS.update(s, updated)
        event = ReferralEvent(new_id(), ref.id, now, ref.status, to, note)
        REFERRAL_EVENTS.add(s, event)
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="referral",
                          entity_id=ref.client_id)
        goal_title: str | None = None
        goal_updated = False
        if ref.goal_id and goal_status is not None:
            goal = GOALS.get(s, ref.goal_id)
            goal_title = goal.title
            if goal.status != goal_status:
                GOALS.update(s, dataclasses.replace(
                    goal, status=goal_status, outcome=_GOAL_OUTCOME.get(goal_status, goal.outcome)))
                audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="goal",
                                  entity_id=ref.client_id)
                goal_updated = True
        case_id = ref.case_id or _latest_open_case(s, ref.client_id)
        note_written = False
        if write_note and case_id:
            text = _case_note_text(AGENCIES.get(s, ref.agency_id).name, ref.status, to, note,
                                   goal_title, goal_status if goal_updated else None)
            NOTES.add(s, CaseNote(new_id(), case_id, now, NoteType.INTERNAL, text, counsellor))
            audit_repo.append(s, actor=vault.actor, action=AuditAction.CREATE, entity="note",
                              entity_id=ref.client_id)
            note_written = True
        return AdvanceResult(REFERRALS.get(s, ref.id), event, goal_updated, note_written)


def set_follow_up(vault: Vault, referral_id: str, day: date | None) -> Referral:
    """Change (or clear) the follow-up date (Wiedervorlage) of a referral."""
    with vault.session(write=True) as s:
        ref = REFERRALS.get(s, referral_id)
        REFERRALS.update(s, dataclasses.replace(ref, follow_up_on=day))
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="referral",
                          entity_id=ref.client_id)
        return REFERRALS.get(s, referral_id)


def update_draft(vault: Vault, referral: Referral) -> Referral:
    """Change reason, agency, goal or follow-up of a referral that is still a draft."""
    reason = clean_text(referral.reason)
    c = Checker()
    c.required("reason", reason, "Der Anlass")
    c.raise_if_any()
    with vault.session(write=True) as s:
        stored = REFERRALS.get(s, referral.id)
        if stored.status != S.DRAFT:
            raise TransitionError("Nur ein Entwurf kann noch bearbeitet werden.")
        AGENCIES.get(s, referral.agency_id)
        REFERRALS.update(s, dataclasses.replace(
            stored, agency_id=referral.agency_id, goal_id=referral.goal_id, reason=reason,
            follow_up_on=referral.follow_up_on))
        audit_repo.append(s, actor=vault.actor, action=AuditAction.UPDATE, entity="referral",
                          entity_id=stored.client_id)
        return REFERRALS.get(s, referral.id)


def referrals_of(vault: Vault, client_id: str) -> list[Referral]:
    """The client's referrals, newest first."""
    with vault.session() as s:
        return REFERRALS.where(s, ReferralRow.client_id == client_id,
                               order_by=(ReferralRow.created_at.desc(),))


def history(vault: Vault, referral_id: str) -> list[ReferralEvent]:
    """Status changes of one referral, oldest first."""
    with vault.session() as s:
        return REFERRAL_EVENTS.where(s, ReferralEventRow.referral_id == referral_id,
                                     order_by=(ReferralEventRow.at,))
