"""Textbausteine: a small built-in set of German case-note templates.

A template is inserted into a new note and then completed by the counsellor; ``…``
marks the places to fill in. ``{datum}`` becomes the date of the note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kimdesk.domain.enums import NoteType


@dataclass(frozen=True, slots=True)
class NoteTemplate:
    """One Textbaustein: a short title for the menu, the note type and the text."""

    key: str
    title: str
    note_type: NoteType
    text: str


TEMPLATES: tuple[NoteTemplate, ...] = (
    NoteTemplate(
        "erstgespraech", "Erstgespräch", NoteType.CONSULTATION,
        "Erstgespräch geführt am {datum}. Anliegen der Klient*in: … "
        "Dringlich: … Sprache des Gesprächs: …, Dolmetschung: ja/nein. "
        "Einwilligung in das Fallmanagement erläutert und unterschrieben: ja/nein. "
        "Nächster Termin: …",
    ),
    NoteTemplate(
        "abh_termin", "Termin Ausländerbehörde wahrgenommen", NoteType.ACCOMPANIMENT,
        "Termin bei der Ausländerbehörde wahrgenommen am {datum}. Anliegen: … "
        "Vorgelegte Unterlagen: … Ergebnis: … Nachzureichen bis …: …",
    ),
    NoteTemplate(
        "jobcenter_termin", "Termin Jobcenter wahrgenommen", NoteType.ACCOMPANIMENT,
        "Termin beim Jobcenter wahrgenommen am {datum}. Ansprechperson: … "
        "Ergebnis: … Nächste Schritte: …",
    ),
    NoteTemplate(
        "telefonat", "Telefonat", NoteType.PHONE,
        "Telefonat am {datum} mit …. Inhalt: … Vereinbart: …",
    ),
    NoteTemplate(
        "unterlagen", "Unterlagen eingereicht", NoteType.DOCUMENT,
        "Unterlagen am {datum} eingereicht bei …: … (Kopien in der Akte). "
        "Eingangsbestätigung: ja/nein.",
    ),
    NoteTemplate(
        "chancen", "§104c: Stand der Voraussetzungen", NoteType.CONSULTATION,
        "Beratung zum Chancen-Aufenthaltsrecht (§104c AufenthG) am {datum}. "
        "Identität/Pass: … Lebensunterhalt: … Deutschkenntnisse (A2): … "
        "Ziel: Antrag nach §25a/§25b AufenthG bis …",
    ),
    NoteTemplate(
        "sprachkurs", "Anmeldung Integrationskurs", NoteType.CONSULTATION,
        "Am {datum} zum Integrationskurs angemeldet bei …. Kursbeginn: … "
        "Berechtigungsschein/Verpflichtung: … Kinderbetreuung: …",
    ),
    NoteTemplate(
        "hausbesuch", "Besuch in der Unterkunft", NoteType.ACCOMPANIMENT,
        "Besuch in der Unterkunft … am {datum}. Gesprächsinhalt: … "
        "Beobachtungen: … Vereinbarungen: …",
    ),
    NoteTemplate(
        "nicht_erschienen", "Termin nicht wahrgenommen", NoteType.INTERNAL,
        "Termin am {datum} nicht wahrgenommen. Kontaktversuch: … Neuer Termin: …",
    ),
    NoteTemplate(
        "uebergabe", "Übergabe an Regeldienst", NoteType.INTERNAL,
        "Übergabe an … am {datum} besprochen. Zuständig ab …: … "
        "Schweigepflichtentbindung liegt vor: ja/nein.",
    ),
)


def templates() -> tuple[NoteTemplate, ...]:
    """The built-in Textbausteine, in menu order."""
    return TEMPLATES


def render(template: NoteTemplate, day: date | None = None) -> str:
    """The template text for a note written on ``day`` (today by default)."""
    return template.text.replace("{datum}", (day or date.today()).strftime("%d.%m.%Y"))


def by_key(key: str) -> NoteTemplate:
    """The template with ``key``; KeyError when there is none."""
    for template in TEMPLATES:
        if template.key == key:
            return template
    raise KeyError(key)
