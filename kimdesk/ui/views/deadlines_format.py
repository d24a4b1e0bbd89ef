"""How a deadline reads in the UI: what is due, how urgent, in which colour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from kimdesk.services.deadlines import Deadline, DeadlineKind

KIND_TEXT = {
    DeadlineKind.CHANCEN: QT_TRANSLATE_NOOP("Deadlines", "Ende der 18 Monate §104c"),
    DeadlineKind.RESIDENCE: QT_TRANSLATE_NOOP("Deadlines", "Aufenthaltstitel läuft ab"),
    DeadlineKind.AGE_25A: QT_TRANSLATE_NOOP("Deadlines", "Letzter Tag für Antrag §25a (unter 27)"),
    DeadlineKind.RELEASE: QT_TRANSLATE_NOOP("Deadlines", "Schweigepflichtentbindung läuft ab"),
    DeadlineKind.CONSENT: QT_TRANSLATE_NOOP("Deadlines", "Einwilligung läuft ab"),
    DeadlineKind.REFERRAL: QT_TRANSLATE_NOOP("Deadlines", "Wiedervorlage Vermittlung"),
    DeadlineKind.GOAL: QT_TRANSLATE_NOOP("Deadlines", "Ziel fällig"),
    DeadlineKind.MAJORITY: QT_TRANSLATE_NOOP("Deadlines", "Wird volljährig"),
}
PASSED_TEXT = {
    DeadlineKind.CHANCEN: QT_TRANSLATE_NOOP("Deadlines", "18 Monate §104c abgelaufen"),
    DeadlineKind.RESIDENCE: QT_TRANSLATE_NOOP("Deadlines", "Aufenthaltstitel abgelaufen"),
    DeadlineKind.RELEASE: QT_TRANSLATE_NOOP("Deadlines", "Schweigepflichtentbindung abgelaufen"),
    DeadlineKind.CONSENT: QT_TRANSLATE_NOOP("Deadlines", "Einwilligung abgelaufen"),
    DeadlineKind.GOAL: QT_TRANSLATE_NOOP("Deadlines", "Ziel überfällig"),
}
OVERDUE_FG, OVERDUE_BG = QColor("#a61b1b"), QColor("#fbe4e2")
SOON_FG, SOON_BG = QColor("#8a4b00"), QColor("#fff1d6")
SOON_DAYS = 7


def tr(text: str) -> str:
    """Translate in the 'Deadlines' context."""
    # lupdate files module-level tr() calls under the empty context; look there as well
    result = QCoreApplication.translate("Deadlines", text)
    return result if result != text else QCoreApplication.translate("", text)


def kind_text(kind: DeadlineKind, overdue: bool = False) -> str:
    """What is due, in a few words ('abgelaufen' once the date has passed)."""
    return tr(PASSED_TEXT.get(kind, KIND_TEXT[kind]) if overdue else KIND_TEXT[kind])


def subject_text(item: Deadline) -> str:
    """The subject, with a note when it rests on a birth year only."""
    if item.approximate:
        note = tr("nur Geburtsjahr bekannt, Datum laut Eintrag 01.01.")
        return f"{item.subject} ({note})" if item.subject else note
    return item.subject


def when_text(item: Deadline, today: date) -> str:
    """'überfällig seit 3 Tagen', 'heute', 'morgen', 'in 12 Tagen'."""
    days = item.days_left(today)
    if days < -1:
        return tr("überfällig seit {n} Tagen").format(n=-days)
    if days == -1:
        return tr("überfällig seit gestern")
    if days == 0:
        return tr("heute")
    if days == 1:
        return tr("morgen")
    return tr("in {n} Tagen").format(n=days)


def colours(item: Deadline, today: date) -> tuple[QColor, QColor] | None:
    """Text and background for overdue and imminent entries; None for the rest."""
    days = item.days_left(today)
    if days < 0:
        return OVERDUE_FG, OVERDUE_BG
    if days <= SOON_DAYS:
        return SOON_FG, SOON_BG
    return None
