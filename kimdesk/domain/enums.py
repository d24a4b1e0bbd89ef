"""Closed vocabularies of the KIM case work, as string enums.

The string values are what the database stores, so they never change once released;
German display labels live in ``labels.py`` beside this module.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "f"
    MALE = "m"
    DIVERSE = "d"
    UNKNOWN = "u"


class Phase(StrEnum):
    """The case-management cycle, in order."""

    ACCESS = "access"
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    SERVICE_STEERING = "service_steering"
    MONITORING = "monitoring"
    CLOSURE = "closure"


class LegalArea(StrEnum):
    """Rechtskreise a client moves through."""

    AUFENTHG = "aufenthg"
    ASYLG = "asylg"
    ASYLBLG = "asylblg"
    SGB_II = "sgb2"
    SGB_III = "sgb3"
    SGB_VIII = "sgb8"
    SGB_XII = "sgb12"
    STAG = "stag"


class ResidenceTitle(StrEnum):
    GESTATTUNG = "gestattung"
    DULDUNG = "duldung"
    CHANCEN_104C = "chancen_104c"
    AE_25A = "ae_25a"
    AE_25B = "ae_25b"
    AE_24 = "ae_24"
    AE_25_2 = "ae_25_2"
    AE_OTHER = "ae_other"
    NIEDERLASSUNG = "niederlassung"
    EU_FREIZUEGIGKEIT = "eu_freizuegigkeit"
    EINGEBUERGERT = "eingebuergert"


class LifeArea(StrEnum):
    AUFENTHALT = "aufenthalt"
    ARBEIT = "arbeit"
    BILDUNG = "bildung"
    SPRACHE = "sprache"
    GESUNDHEIT = "gesundheit"
    WOHNEN = "wohnen"
    FAMILIE = "familie"
    FINANZEN = "finanzen"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly"
    NOT_ACHIEVED = "not_achieved"
    DROPPED = "dropped"


class ConsentKind(StrEnum):
    """A consent for a purpose, or a release from confidentiality for a named recipient."""

    PURPOSE = "purpose"
    RELEASE = "release"


class ConsentPurpose(StrEnum):
    CASE_MANAGEMENT = "case_management"
    HEALTH_DATA = "health_data"
    CONTACT_PHONE = "contact_phone"
    STATISTICS = "statistics"
    DATA_TRANSFER = "data_transfer"


class NoteType(StrEnum):
    CONSULTATION = "consultation"
    PHONE = "phone"
    ACCOMPANIMENT = "accompaniment"
    DOCUMENT = "document"
    INTERNAL = "internal"


class FactorKind(StrEnum):
    PROMOTING = "promoting"
    HINDERING = "hindering"


class ClosureReason(StrEnum):
    GOALS_ACHIEVED = "goals_achieved"
    MOVED_AWAY = "moved_away"
    NO_CONTACT = "no_contact"
    CLIENT_WISH = "client_wish"
    HANDED_OVER = "handed_over"
    DEPARTED = "departed"
    NATURALISED = "naturalised"
    OTHER = "other"


class GoalOutcome(StrEnum):
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class AppointmentKind(StrEnum):
    FIRST_CONSULTATION = "first"
    CONSULTATION = "consultation"
    ACCOMPANIMENT = "accompaniment"
    VISIT = "visit"
    PHONE = "phone"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class PlaceKind(StrEnum):
    OFFICE = "office"
    SHELTER = "shelter"
    AGENCY = "agency"
    PHONE = "phone"


class AgencyKind(StrEnum):
    AUSLAENDERBEHOERDE = "auslaenderbehoerde"
    EINBUERGERUNG = "einbuergerung"
    JOBCENTER = "jobcenter"
    ARBEITSAGENTUR = "arbeitsagentur"
    SOZIALAMT = "sozialamt"
    JUGENDAMT = "jugendamt"
    INTEGRATIONSKURS = "integrationskurs"
    MIGRATIONSBERATUNG = "migrationsberatung"
    GESUNDHEIT = "gesundheit"
    WOHNEN = "wohnen"
    RECHTSBERATUNG = "rechtsberatung"
    SCHULE = "schule"
    SONSTIGE = "sonstige"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    UNLOCK = "unlock"
    LOCK = "lock"
    PASSPHRASE_CHANGE = "passphrase_change"
    IMPORT = "import"
