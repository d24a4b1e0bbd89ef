"""SQLAlchemy 2.0 models of the vault.

Portable to PostgreSQL: only generic types (enums stored as short strings, UTC
datetimes via ``UTCDateTime``, string lists via ``CodeList``). Ids are UUID strings
so records keep their identity across devices. Rows never leave ``kimdesk.data``:
repositories convert them to ``kimdesk.domain.models`` objects.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as naive UTC, returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class CodeList(TypeDecorator[tuple[str, ...]]):
    """A short tuple of codes (ISO countries, languages) stored comma-separated."""

    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value: tuple[str, ...] | None, dialect: Any) -> str:
        return ",".join(v.strip() for v in (value or ()) if v.strip())

    def process_result_value(self, value: str | None, dialect: Any) -> tuple[str, ...]:
        return tuple(v for v in (value or "").split(",") if v)


def _id() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True)


def _enum() -> Any:
    return String(32)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultMeta(Base):
    """Facts about the vault itself (vault id, creation time); key-value."""

    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Editable vault-wide settings (letterhead, retention periods); key-value JSON."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CounsellorRow(Base):
    __tablename__ = "counsellors"
    id: Mapped[str] = _id()
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClientRow(Base):
    __tablename__ = "clients"
    id: Mapped[str] = _id()
    file_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200), default="")
    family_name_original: Mapped[str] = mapped_column(String(200), default="")
    given_names_original: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_year_only: Mapped[bool] = mapped_column(Boolean, default=False)
    gender: Mapped[str] = mapped_column(_enum(), default="u")
    nationalities: Mapped[tuple[str, ...]] = mapped_column(CodeList, default=())
    languages: Mapped[tuple[str, ...]] = mapped_column(CodeList, default=())
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(16), default="")
    interpreter_dialect: Mapped[str] = mapped_column(String(100), default="")
    interpreter_gender: Mapped[str] = mapped_column(_enum(), default="u")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    shelter: Mapped[str] = mapped_column(String(200), default="")
    counsellor_id: Mapped[str | None] = mapped_column(
        ForeignKey("counsellors.id"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)

    __table_args__ = (Index("ix_clients_name", "family_name", "given_names"),)


class HouseholdLinkRow(Base):
    __tablename__ = "household_links"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    relative_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(_enum())
    same_household: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ResidenceStatusRow(Base):
    __tablename__ = "residence_statuses"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(_enum())
    legal_basis: Mapped[str] = mapped_column(String(100), default="")
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    issuing_office: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LegalAreaPeriodRow(Base):
    __tablename__ = "legal_area_periods"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    legal_area: Mapped[str] = mapped_column(_enum())
    office: Mapped[str] = mapped_column(String(200), default="")
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConsentRow(Base):
    __tablename__ = "consents"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(_enum())
    purpose: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    recipient_agency_id: Mapped[str | None] = mapped_column(
        ForeignKey("agencies.id"), nullable=True, index=True
    )
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    granted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    form_language: Mapped[str] = mapped_column(String(16), default="de")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("counsellors.id"), nullable=True)
    opened_on: Mapped[date] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(_enum(), index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    closure_reason: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    closure_note: Mapped[str] = mapped_column(Text, default="")
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PhaseChangeRow(Base):
    __tablename__ = "case_phase_history"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    phase: Mapped[str] = mapped_column(_enum())
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class AssessmentRow(Base):
    __tablename__ = "assessments"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    life_area: Mapped[str] = mapped_column(_enum())
    need: Mapped[str] = mapped_column(_enum())
    notes: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("case_id", "life_area"),)


class GoalRow(Base):
    __tablename__ = "goals"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    life_area: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(_enum())
    outcome: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class GoalStepRow(Base):
    __tablename__ = "goal_steps"
    id: Mapped[str] = _id()
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseNoteRow(Base):
    __tablename__ = "case_notes"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note_type: Mapped[str] = mapped_column(_enum())
    text: Mapped[str] = mapped_column(Text)
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("counsellors.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FactorRow(Base):
    __tablename__ = "case_factors"
    id: Mapped[str] = _id()
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(_enum())
    tag: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")


class AgencyRow(Base):
    __tablename__ = "agencies"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(_enum(), index=True)
    legal_area: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[tuple[str, ...]] = mapped_column(CodeList, default=())
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AppointmentRow(Base):
    __tablename__ = "appointments"
    id: Mapped[str] = _id()
    client_id: Mapped[str | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=True, index=True
    )
    counsellor_id: Mapped[str | None] = mapped_column(
        ForeignKey("counsellors.id"), nullable=True, index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_min: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(_enum())
    place_kind: Mapped[str] = mapped_column(_enum())
    place: Mapped[str] = mapped_column(String(200), default="")
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    interpreter_language: Mapped[str] = mapped_column(String(16), default="")
    interpreter_booked: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(_enum(), index=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReferralRow(Base):
    __tablename__ = "referrals"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[str | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
    )
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goals.id", ondelete="SET NULL"), nullable=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(_enum(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReferralEventRow(Base):
    __tablename__ = "referral_events"
    id: Mapped[str] = _id()
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    from_status: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    to_status: Mapped[str] = mapped_column(_enum())
    note: Mapped[str] = mapped_column(Text, default="")


class ChancenConditionRow(Base):
    """Which §25a/§25b condition a client with a §104c title meets (one row per condition)."""

    __tablename__ = "chancen_conditions"
    id: Mapped[str] = _id()
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(_enum())
    met: Mapped[bool] = mapped_column(Boolean, default=False)
    met_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("client_id", "condition"),)


class AuditRow(Base):
    """Append-only, hash-chained: ``hash = sha256(prev_hash || canonical fields)``."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(_enum(), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DeletionTraceRow(Base):
    """What stays of a deleted case for statistics: coarse, never linkable to a person.

    Only quarter of opening and closure, closure reason and legal area at closure; no
    ids, names, dates, nationality, gender or age (see ``kimdesk.services.erasure``).
    """

    __tablename__ = "deletion_traces"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    opened_year: Mapped[int] = mapped_column(Integer)
    opened_quarter: Mapped[int] = mapped_column(Integer)
    closed_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closed_quarter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closure_reason: Mapped[str | None] = mapped_column(_enum(), nullable=True)
    legal_area: Mapped[str | None] = mapped_column(_enum(), nullable=True)


class SyncStateRow(Base):
    """Per-record transfer state (``kimdesk.services.transfer_merge``): short content hashes.

    ``agreed`` is the hash both devices last had, ``sent`` the hashes last exported
    (comma-separated, newest first); a row with ``erased`` is the tombstone of a
    deleted client (ids only, no hashes).
    """

    __tablename__ = "sync_state"
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    agreed: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sent: Mapped[str | None] = mapped_column(String(200), nullable=True)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
