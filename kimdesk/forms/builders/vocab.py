"""Stored enum values -> the msgids of kimdesk.forms.texts (German labels when there is none)."""

from __future__ import annotations

from datetime import date

from kimdesk.domain.enums import (
    AppointmentStatus,
    ConsentPurpose,
    GoalStatus,
    LegalArea,
    LifeArea,
    NoteType,
    ResidenceTitle,
)
from kimdesk.domain.labels import label
from kimdesk.domain.models import Consent
from kimdesk.forms.texts import (
    CONSENT_PURPOSES,
    LEGAL_AREAS,
    LIFE_AREAS,
    RESIDENCE_STATUSES,
    STATUS,
    Checkbox,
)

_LIFE = {
    LifeArea.AUFENTHALT: "residence", LifeArea.ARBEIT: "work", LifeArea.BILDUNG: "education",
    LifeArea.SPRACHE: "language", LifeArea.GESUNDHEIT: "health", LifeArea.WOHNEN: "housing",
    LifeArea.FAMILIE: "family", LifeArea.FINANZEN: "finances",
}
_LEGAL = {
    LegalArea.AUFENTHG: "aufenthg", LegalArea.ASYLG: "asyl", LegalArea.ASYLBLG: "asyl",
    LegalArea.SGB_II: "sgb2", LegalArea.SGB_III: "sgb3", LegalArea.SGB_VIII: "sgb8",
    LegalArea.SGB_XII: "sgb12", LegalArea.STAG: "stag",
}
_RESIDENCE = {
    ResidenceTitle.GESTATTUNG: "gestattung", ResidenceTitle.DULDUNG: "duldung",
    ResidenceTitle.CHANCEN_104C: "chancen", ResidenceTitle.AE_25A: "p25a",
    ResidenceTitle.AE_25B: "p25b", ResidenceTitle.AE_24: "p24",
    ResidenceTitle.AE_25_2: "aufenthaltserlaubnis", ResidenceTitle.AE_OTHER: "aufenthaltserlaubnis",
    ResidenceTitle.NIEDERLASSUNG: "niederlassung", ResidenceTitle.EU_FREIZUEGIGKEIT: "eu",
    ResidenceTitle.EINGEBUERGERT: "eingebuergert",
}
_PURPOSE = {
    ConsentPurpose.CASE_MANAGEMENT: "case_management", ConsentPurpose.HEALTH_DATA: "health",
    ConsentPurpose.CONTACT_PHONE: "phone", ConsentPurpose.STATISTICS: "statistics",
    ConsentPurpose.DATA_TRANSFER: "transfer",
}
_GOAL = {
    GoalStatus.OPEN: "open", GoalStatus.IN_PROGRESS: "open", GoalStatus.ACHIEVED: "achieved",
    GoalStatus.PARTLY_ACHIEVED: "partly", GoalStatus.NOT_ACHIEVED: "not_achieved",
}
# NoteType shares values with AppointmentKind ("phone", "accompaniment"), and StrEnum members
# with equal values are one key in domain.labels.LABELS: so the note labels live here.
_NOTE = {
    NoteType.CONSULTATION: "Beratung", NoteType.PHONE: "Telefonat",
    NoteType.ACCOMPANIMENT: "Begleitung", NoteType.DOCUMENT: "Dokument",
    NoteType.INTERNAL: "Intern",
}
PURPOSE_BOXES: dict[str, Checkbox] = {c.key: c for c in CONSENT_PURPOSES}


def life_area(area: LifeArea | None) -> str:
    """msgid of a life area ('' for none)."""
    if area is None:
        return ""
    return LIFE_AREAS[_LIFE[area]] if area in _LIFE else label(area)


def legal_area(area: LegalArea) -> str:
    """msgid of a legal area (Rechtskreis)."""
    return LEGAL_AREAS[_LEGAL[area]] if area in _LEGAL else label(area)


def residence_title(title: ResidenceTitle) -> str:
    """msgid of a residence title."""
    return RESIDENCE_STATUSES[_RESIDENCE[title]] if title in _RESIDENCE else label(title)


def purpose_box(purpose: ConsentPurpose | None) -> Checkbox | None:
    """The consent-form checkbox of a stored purpose."""
    return PURPOSE_BOXES.get(_PURPOSE.get(purpose, "")) if purpose else None


def goal_status(status: GoalStatus) -> str:
    """msgid of a goal's state."""
    return STATUS[_GOAL[status]] if status in _GOAL else label(status)


def appointment_status(status: AppointmentStatus) -> str:
    """msgid of an appointment's state (German label where texts.py has none)."""
    return STATUS["cancelled"] if status == AppointmentStatus.CANCELLED else label(status)


def note_type(kind: NoteType) -> str:
    """German label (msgid) of a note's type."""
    return _NOTE.get(kind, str(kind))


def consent_status(consent: Consent, today: date) -> str:
    """msgid of a consent's state on ``today``: withdrawn, expired, valid or given."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return STATUS["withdrawn"]
    if consent.expires_on is not None and consent.expires_on < today:
        return STATUS["expired"]
    if consent.is_valid_on(today):
        return STATUS["valid"]
    return STATUS["given"]
