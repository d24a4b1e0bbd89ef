"""German source texts of the seven printed client forms (gettext msgids).

Every string a client reads on a printed form is written here once, in plain
German (short sentences, "Sie"), wrapped in the no-op marker ``N_`` so that
``pybabel extract -k N_`` collects it into ``translations/forms.pot``.  The
German text is the legally binding one; the translation into the client's
language is printed beside it (see :mod:`kimdesk.forms.catalog`).
Nothing here imports Qt or touches the database.

Data structure (all frozen dataclasses, all strings are msgids)
---------------------------------------------------------------

``FORM_TEXTS[kind] -> FormText`` for ``kind`` in :data:`FORM_KINDS`
(``consent``, ``release``, ``appointment``, ``referral``, ``goals``,
``checklist``, ``access``).  A ``FormText`` is printed top to bottom:

1. ``title``
2. ``header_fields``: ``Field(key, label)`` rows; the builder prints the label
   and fills in the value it has for ``key`` (client name, file number, ...).
3. ``intro``: paragraphs.
4. only for ``checklist``: the chosen ``CHECKLISTS[procedure]`` (its ``title``,
   ``intro`` and ``sections``), see below.
5. ``sections``: each ``Section`` has

   - ``key``: stable identifier (also used by the builder to attach data),
   - ``heading``: msgid or ``None`` (no heading line),
   - ``paragraphs``: printed in order,
   - ``fields``: labelled lines (label + value or an empty line to write on),
   - ``checkboxes``: ``Checkbox(key, text, explanation)``; ``explanation``
     (may be ``None``) is printed in smaller type under the text,
   - ``columns``: table column headers (``Field``) for tabular sections
     (goals table, access-report tables); rows come from the builder,
   - ``after``: paragraphs printed after fields/checkboxes/table,
   - ``when``: ``None`` (always printed) or the name of a condition; the
     builder prints the section only if it passes that name in its set of
     conditions (e.g. ``"church_law"``, ``"interpreter"``).
     Conditions used: see :data:`CONDITIONS`.
6. ``closing``: paragraphs (e.g. the declaration above the signatures or the
   letter's closing formula).
7. ``signatures``: ``Field`` rows printed as signature lines.

Shared texts:

- ``COMMON[key]``: page footer, version line, translation notes, yes/no, ...
- ``FIELDS[key] -> Field``: field labels used by several forms.
- ``COLUMNS[key] -> Field``: table column headers.
- ``SIGNATURES[key] -> Field``: signature line labels.
- ``STATUS[key]``: status words printed in tables (given, withdrawn, ...).
- ``CONSENT_PURPOSES``: ordered ``Checkbox`` tuple (also printed as the list
  of purposes in the access report).
- ``LIFE_AREAS``, ``LEGAL_AREAS``, ``RESIDENCE_STATUSES``: key -> msgid.
- ``RESPONSIBLE``: key -> msgid (who does a goal step).
- ``CHECKLISTS[procedure] -> Checklist`` (``chancen_25b``, ``generic``).
- ``FORM_VERSION[kind]``: version string printed in the footer
  ("Formularversion {version}"); bump it when a form's text changes.

Placeholders use ``str.format`` named fields, e.g. ``{organisation}``.
Translations must keep exactly the same set of names; the builder calls
``text.format(**values)`` after translating.  Names in use:
``organisation``, ``organisation_address``, ``dpo_contact``,
``supervisory_authority``, ``church_law``, ``retention_years``,
``recipient``, ``messenger``, ``purpose``, ``counsellor``, ``name``,
``date``, ``valid_until``, ``language``, ``review_date``, ``due_date``,
``deletion_date``, ``office``, ``page``, ``pages``, ``version``.

Helpers: :func:`placeholders` (names in one msgid), :func:`iter_msgids`
(every msgid of one form or of the whole module, for tests and tools).
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass

N_ = lambda s: s  # noqa: E731  (gettext no-op marker, extracted with `-k N_`)

__all__ = [
    "CHECKLISTS",
    "COLUMNS",
    "COMMON",
    "CONDITIONS",
    "CONSENT_PURPOSES",
    "FIELDS",
    "FORM_KINDS",
    "FORM_TEXTS",
    "FORM_VERSION",
    "LEGAL_AREAS",
    "LIFE_AREAS",
    "RESIDENCE_STATUSES",
    "RESPONSIBLE",
    "SIGNATURES",
    "STATUS",
    "Checkbox",
    "Checklist",
    "Field",
    "FormText",
    "N_",
    "Section",
    "iter_msgids",
    "placeholders",
]


# --------------------------------------------------------------------------
# data types
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value or an empty line to fill in by hand."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Checkbox:
    """A box to tick, with an optional short explanation under the text."""

    key: str
    text: str
    explanation: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """One block of a form; printed only if ``when`` is None or a set condition."""

    key: str
    heading: str | None
    paragraphs: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    checkboxes: tuple[Checkbox, ...] = ()
    columns: tuple[Field, ...] = ()
    after: tuple[str, ...] = ()
    when: str | None = None

    def msgids(self) -> Iterator[str]:
        """Yield every msgid of this section in print order."""
        if self.heading:
            yield self.heading
        yield from self.paragraphs
        for f in self.fields:
            yield f.label
        for c in self.checkboxes:
            yield c.text
            if c.explanation:
                yield c.explanation
        for f in self.columns:
            yield f.label
        yield from self.after


@dataclass(frozen=True, slots=True)
class FormText:
    """All texts of one printed form kind, in print order."""

    kind: str
    version: str
    title: str
    intro: tuple[str, ...] = ()
    header_fields: tuple[Field, ...] = ()
    sections: tuple[Section, ...] = ()
    closing: tuple[str, ...] = ()
    signatures: tuple[Field, ...] = ()

    def msgids(self) -> Iterator[str]:
        """Yield every msgid of this form in print order."""
        yield self.title
        for f in self.header_fields:
            yield f.label
        yield from self.intro
        for s in self.sections:
            yield from s.msgids()
        yield from self.closing
        for f in self.signatures:
            yield f.label


@dataclass(frozen=True, slots=True)
class Checklist:
    """The document list of one procedure, inserted into the ``checklist`` form."""

    key: str
    title: str
    intro: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()

    def msgids(self) -> Iterator[str]:
        """Yield every msgid of this checklist in print order."""
        yield self.title
        yield from self.intro
        for s in self.sections:
            yield from s.msgids()


def placeholders(msgid: str) -> frozenset[str]:
    """Return the set of ``{name}`` placeholders in a msgid or translation."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(msgid) if name is not None
    )


# --------------------------------------------------------------------------
# shared texts
# --------------------------------------------------------------------------

FORM_KINDS: tuple[str, ...] = (
    "consent",
    "release",
    "appointment",
    "referral",
    "goals",
    "checklist",
    "access",
)

FORM_VERSION: dict[str, str] = {kind: "2026-11" for kind in FORM_KINDS}

#: Condition names a builder may set to print ``Section(when=...)``.
CONDITIONS: dict[str, str] = {
    "church_law": "the organisation falls under church data protection law",
    "valid_until": "the consent has an end date",
    "no_valid_until": "the consent has no end date",
    "interpreter": "an interpreter is booked for the appointment",
    "no_interpreter": "no interpreter is booked",
    "enclosures": "documents are enclosed with the referral",
    "no_enclosures": "no documents are enclosed",
    "due_date": "the checklist has a date by which to bring the documents",
    "deletion_date": "the deletion date is already known (case closed)",
}

COMMON: dict[str, str] = {
    "page": N_("Seite {page} von {pages}"),
    "form_version": N_("Formularversion {version}"),
    "printed_on": N_("Gedruckt am {date}"),
    # TRANSLATORS: note printed under every translated page (no native review yet).
    "translation_unreviewed": N_("Übersetzung nicht von Muttersprachler*innen geprüft"),
    "translation_reviewed": N_("Übersetzung geprüft"),
    "translation_missing": N_("Übersetzung fehlt – es gilt der deutsche Text"),
    "german_binding": N_("Der deutsche Text ist rechtsverbindlich."),
    "translation_helps": N_("Die Übersetzung soll Ihnen beim Verstehen helfen."),
    "yes": N_("Ja"),
    "no": N_("Nein"),
    "tick": N_("Bitte ankreuzen."),
    "copy_client": N_("Exemplar für Klient*in"),
    "copy_file": N_("Exemplar für die Akte"),
    "confidential": N_("Vertraulich"),
    "no_entries": N_("Keine Einträge."),
    "greeting_client": N_("Guten Tag {name},"),
    "greeting_office": N_("Sehr geehrte Damen und Herren,"),
    "regards": N_("Mit freundlichen Grüßen"),
    "other": N_("Sonstiges:"),
    "interpreted": N_("Dieses Formular wurde mündlich übersetzt in: {language}"),
}

_FIELD_LIST: tuple[Field, ...] = (
    Field("name", N_("Name")),
    Field("first_name", N_("Vorname")),
    Field("family_name", N_("Familienname")),
    Field("birth_date", N_("Geburtsdatum")),
    Field("nationality", N_("Staatsangehörigkeit")),
    Field("file_number", N_("Aktenzeichen")),
    Field("address", N_("Anschrift")),
    Field("phone", N_("Telefon")),
    Field("email", N_("E-Mail")),
    Field("date", N_("Datum")),
    Field("time", N_("Uhrzeit")),
    Field("place", N_("Ort")),
    Field("room", N_("Raum")),
    Field("interpreter", N_("Dolmetscher*in")),
    Field("language", N_("Sprache")),
    Field("counsellor", N_("Berater*in")),
    Field("organisation", N_("Einrichtung")),
    # TRANSLATORS: an office, agency or service (e.g. Jobcenter, immigration office).
    Field("recipient", N_("Stelle")),
    Field("contact_person", N_("Ansprechperson")),
    Field("valid_until", N_("Gültig bis")),
    # TRANSLATORS: address line of a letter ("To:").
    Field("to", N_("An")),
    Field("interpreter_needed", N_("Dolmetschen nötig")),
    Field("request_date", N_("Ihre Anfrage vom")),
    Field("controller", N_("Verantwortliche Stelle")),
)
FIELDS: dict[str, Field] = {f.key: f for f in _FIELD_LIST}

_COLUMN_LIST: tuple[Field, ...] = (
    # TRANSLATORS: table columns "what" / "content" in the access report.
    Field("item", N_("Angabe")),
    Field("value", N_("Inhalt")),
    Field("date", N_("Datum")),
    Field("time", N_("Uhrzeit")),
    Field("place", N_("Ort")),
    Field("purpose", N_("Zweck")),
    Field("recipient", N_("Stelle")),
    Field("given_on", N_("Erteilt am")),
    Field("valid_from", N_("Gültig ab")),
    Field("valid_until", N_("Gültig bis")),
    Field("withdrawn_on", N_("Widerrufen am")),
    # TRANSLATORS: table column: current state (given, withdrawn, achieved ...).
    Field("status", N_("Stand")),
    Field("life_area", N_("Lebensbereich")),
    Field("goal", N_("Ziel")),
    Field("steps", N_("Schritte")),
    Field("responsible", N_("Wer macht es?")),
    Field("due", N_("Bis wann?")),
    Field("done", N_("Erledigt")),
    Field("author", N_("Geschrieben von")),
    Field("data", N_("Welche Daten")),
    Field("source", N_("Von wem")),
    Field("counsellor", N_("Berater*in")),
)
COLUMNS: dict[str, Field] = {f.key: f for f in _COLUMN_LIST}

SIGNATURES: dict[str, Field] = {
    "place_date": Field("place_date", N_("Ort, Datum")),
    "client": Field("client", N_("Unterschrift Klient*in")),
    "counsellor": Field("counsellor", N_("Unterschrift Berater*in")),
    # TRANSLATORS: parent or legal guardian, signs for minors.
    "guardian": Field("guardian", N_("Unterschrift gesetzliche Vertretung (bei Minderjährigen)")),
    "interpreter": Field("interpreter", N_("Unterschrift Dolmetscher*in")),
    "name_print": Field("name_print", N_("Name in Druckbuchstaben")),
}

STATUS: dict[str, str] = {
    "given": N_("erteilt"),
    "withdrawn": N_("widerrufen"),
    "expired": N_("abgelaufen"),
    "valid": N_("gültig"),
    "open": N_("offen"),
    "achieved": N_("erreicht"),
    "partly": N_("teilweise erreicht"),
    "not_achieved": N_("nicht erreicht"),
    "cancelled": N_("abgesagt"),
}

LIFE_AREAS: dict[str, str] = {
    "residence": N_("Aufenthalt"),
    "work": N_("Arbeit"),
    "education": N_("Bildung und Schule"),
    "language": N_("Sprache"),
    "health": N_("Gesundheit"),
    "housing": N_("Wohnen"),
    "family": N_("Familie"),
    "finances": N_("Geld und Finanzen"),
}

LEGAL_AREAS: dict[str, str] = {
    # TRANSLATORS: "Rechtskreis": the body of law (and office) responsible for a person.
    "aufenthg": N_("Aufenthaltsrecht (AufenthG)"),
    "asyl": N_("Asylverfahren und Asylbewerberleistungen (AsylG, AsylbLG)"),
    "sgb2": N_("Grundsicherung für Arbeitsuchende (SGB II, Jobcenter)"),
    "sgb3": N_("Arbeitsförderung (SGB III, Agentur für Arbeit)"),
    "sgb8": N_("Kinder- und Jugendhilfe (SGB VIII, Jugendamt)"),
    "sgb12": N_("Sozialhilfe (SGB XII, Sozialamt)"),
    "stag": N_("Einbürgerung (StAG)"),
}

RESIDENCE_STATUSES: dict[str, str] = {
    "gestattung": N_("Aufenthaltsgestattung (während des Asylverfahrens)"),
    "duldung": N_("Duldung (§ 60a AufenthG)"),
    "chancen": N_("Chancen-Aufenthaltsrecht (§ 104c AufenthG)"),
    "p25a": N_("Aufenthaltserlaubnis für gut integrierte junge Menschen (§ 25a AufenthG)"),
    "p25b": N_("Aufenthaltserlaubnis bei nachhaltiger Integration (§ 25b AufenthG)"),
    "p24": N_("Vorübergehender Schutz (§ 24 AufenthG)"),
    "aufenthaltserlaubnis": N_("Aufenthaltserlaubnis"),
    "niederlassung": N_("Niederlassungserlaubnis"),
    "eu": N_("Freizügigkeit als EU-Bürger*in"),
    "eingebuergert": N_("Deutsche Staatsangehörigkeit (eingebürgert)"),
}

RESPONSIBLE: dict[str, str] = {
    "client": N_("Klient*in"),
    "counsellor": N_("Berater*in"),
    "together": N_("Gemeinsam"),
    "office": N_("Andere Stelle: {office}"),
}

# --------------------------------------------------------------------------
# paragraphs used by more than one form
# --------------------------------------------------------------------------

_DPO = N_("Bei Fragen zum Datenschutz hilft Ihnen unsere Ansprechperson für Datenschutz "
         "(Datenschutzbeauftragte*r): {dpo_contact}")
_RETENTION_YEARS = N_("Löschfrist in Jahren nach dem Ende der Beratung: {retention_years}")
_RIGHTS: tuple[str, ...] = (
    N_("Sie dürfen fragen, welche Daten wir über Sie speichern. "
       "Sie bekommen dann eine Auskunft und eine Kopie (Art. 15 DSGVO)."),
    N_("Sie dürfen falsche Daten berichtigen lassen (Art. 16 DSGVO)."),
    N_("Sie dürfen verlangen, dass wir Ihre Daten löschen (Art. 17 DSGVO)."),
    N_("Sie dürfen verlangen, dass wir Ihre Daten nur eingeschränkt nutzen (Art. 18 DSGVO)."),
    N_("Sie können jede Einwilligung jederzeit widerrufen, mündlich oder schriftlich. "
       "Der Widerruf gilt ab dann. Was vorher geschehen ist, bleibt erlaubt "
       "(Art. 7 Abs. 3 DSGVO)."),
    N_("Ein Nein oder ein Widerruf hat für Sie keine Nachteile."),
    N_("Sie dürfen sich bei der Aufsichtsbehörde für den Datenschutz beschweren: "
       "{supervisory_authority}"),
)

# --------------------------------------------------------------------------
# 1. consent — information on data processing and consent per purpose
# --------------------------------------------------------------------------

CONSENT_PURPOSES: tuple[Checkbox, ...] = (
    Checkbox(
        "case_management",
        N_("Beratung und Begleitung im Case Management"),
        N_("Wir speichern Ihre Daten, um Sie zu beraten, mit Ihnen Ziele zu planen "
           "und Termine zu machen."),
    ),
    Checkbox(
        "transfer",
        N_("Weitergabe von Daten an diese Stelle: {recipient}"),
        N_("Wir geben nur die Daten weiter, die für Ihr Anliegen nötig sind. "
           "Dafür unterschreiben Sie zusätzlich eine Entbindung von der Schweigepflicht."),
    ),
    Checkbox(
        "health",
        N_("Speichern von Daten zu Ihrer Gesundheit"),
        N_("Zum Beispiel eine Krankheit, eine Behinderung oder eine Schwangerschaft, "
           "wenn das für die Beratung wichtig ist."),
    ),
    Checkbox(
        "phone",
        N_("Kontakt per Telefon oder SMS"),
        N_("Wir rufen Sie an oder schicken Ihnen eine SMS, zum Beispiel wegen eines Termins."),
    ),
    Checkbox(
        "messenger",
        N_("Kontakt per Messenger: {messenger}"),
        N_("Wir schicken dort nur kurze Nachrichten, zum Beispiel zu Terminen. "
           "Der Anbieter des Messengers kann sehen, dass wir Kontakt haben. "
           "Schicken Sie uns dort bitte keine Dokumente."),
    ),
    Checkbox(
        "statistics",
        N_("Anonyme Statistik"),
        N_("Wir zählen Fälle ohne Namen. Zum Beispiel: Wie viele Menschen haben eine Arbeit "
           "gefunden? Niemand kann daraus erkennen, wer Sie sind."),
    ),
    Checkbox(
        "case_review",
        N_("Anonyme Fallbesprechung"),
        N_("Fachleute besprechen Ihre Geschichte ohne Namen und ohne Angaben, die Sie erkennbar "
           "machen. So lernen die Ämter, was bei der Integration hilft."),
    ),
)

_CONSENT = FormText(
    kind="consent",
    version=FORM_VERSION["consent"],
    title=N_("Information zum Datenschutz und Einwilligung"),
    header_fields=(FIELDS["name"], FIELDS["birth_date"], FIELDS["file_number"]),
    intro=(
        N_("Wir beraten Sie im Kommunalen Integrationsmanagement (KIM). "
           "Dafür brauchen wir Daten über Sie."),
        N_("Hier steht, was wir mit Ihren Daten machen. "
           "Sie entscheiden selbst, wozu Sie Ja sagen."),
    ),
    sections=(
        Section(
            "controller",
            N_("Wer ist verantwortlich?"),
            paragraphs=(
                N_("Verantwortlich für Ihre Daten ist: {organisation}, {organisation_address}"),
                _DPO,
            ),
        ),
        Section(
            "data",
            N_("Welche Daten speichern wir?"),
            paragraphs=(
                N_("Wir speichern nur Daten, die wir für die Beratung brauchen. Zum Beispiel: "
                   "Name, Geburtsdatum, Anschrift, Telefonnummer, Aufenthaltsstatus, Familie, "
                   "Sprachen, Arbeit, Schule und Wohnung."),
                N_("Daten zu Ihrer Gesundheit speichern wir nur, wenn Sie dazu extra Ja sagen."),
            ),
        ),
        Section(
            "purposes",
            N_("Wozu brauchen wir Ihre Daten?"),
            paragraphs=(
                N_("Sie können für jeden Zweck einzeln Ja oder Nein sagen. "
                   "Bitte kreuzen Sie an."),
            ),
            checkboxes=CONSENT_PURPOSES,
        ),
        Section(
            "legal_basis",
            N_("Rechtsgrundlage"),
            paragraphs=(
                N_("Wir verarbeiten Ihre Daten nur mit Ihrer Einwilligung "
                   "(Art. 6 Abs. 1 Buchst. a und Art. 7 DSGVO)."),
                N_("Für Daten zu Ihrer Gesundheit gilt zusätzlich "
                   "Art. 9 Abs. 2 Buchst. a DSGVO."),
                N_("DSGVO heißt: Datenschutz-Grundverordnung der Europäischen Union."),
            ),
        ),
        Section(
            "church_law",
            None,
            paragraphs=(
                N_("Für unsere Einrichtung gilt außerdem das kirchliche Datenschutzgesetz "
                   "{church_law}. Es gibt Ihnen dieselben Rechte."),
            ),
            when="church_law",
        ),
        Section(
            "recipients",
            N_("Wer bekommt Ihre Daten?"),
            paragraphs=(
                N_("Ihre Daten bleiben bei uns. Nur Ihre Beraterin oder Ihr Berater und die "
                   "Vertretung im Team sehen sie. Die Daten sind verschlüsselt gespeichert."),
                N_("Wir geben Daten an andere Stellen nur weiter, wenn Sie das erlauben. "
                   "Dafür unterschreiben Sie für jede Stelle eine Entbindung von der "
                   "Schweigepflicht."),
                N_("Ohne Ihre Erlaubnis geben wir Daten nur weiter, wenn ein Gesetz uns dazu "
                   "verpflichtet."),
            ),
        ),
        Section(
            "retention",
            N_("Wie lange speichern wir Ihre Daten?"),
            paragraphs=(
                N_("Wir speichern Ihre Daten, solange die Beratung läuft. Nach dem Ende der "
                   "Beratung gilt eine Löschfrist. Danach löschen wir die Daten."),
                _RETENTION_YEARS,
                N_("Wenn Sie eine Einwilligung widerrufen, löschen wir die Daten für diesen Zweck. "
                   "Ausnahme: Ein Gesetz verlangt, dass wir sie länger aufbewahren."),
            ),
        ),
        Section("rights", N_("Ihre Rechte"), paragraphs=_RIGHTS),
        Section(
            "voluntary",
            N_("Freiwilligkeit"),
            paragraphs=(
                N_("Die Einwilligung ist freiwillig. Sie müssen nicht unterschreiben."),
                N_("Ihre Leistungen, zum Beispiel vom Jobcenter oder vom Sozialamt, hängen nicht "
                   "davon ab."),
            ),
        ),
        Section(
            "validity",
            None,
            paragraphs=(N_("Die Einwilligung gilt bis: {valid_until}"),),
            when="valid_until",
        ),
        Section(
            "validity_open",
            None,
            paragraphs=(
                N_("Die Einwilligung gilt, bis Sie sie widerrufen oder bis die Beratung endet."),
            ),
            when="no_valid_until",
        ),
    ),
    closing=(
        N_("Ich habe diese Information gelesen, oder sie wurde mir in einer Sprache erklärt, "
           "die ich verstehe. Meine Fragen wurden beantwortet."),
        N_("Ich willige in die Zwecke ein, bei denen ich Ja angekreuzt habe."),
        N_("Ich habe eine Kopie bekommen."),
    ),
    signatures=(
        SIGNATURES["place_date"],
        SIGNATURES["client"],
        SIGNATURES["guardian"],
        SIGNATURES["counsellor"],
    ),
)

# --------------------------------------------------------------------------
# 2. release — release from confidentiality for one named recipient
# --------------------------------------------------------------------------

_RELEASE = FormText(
    kind="release",
    version=FORM_VERSION["release"],
    title=N_("Entbindung von der Schweigepflicht"),
    header_fields=(
        FIELDS["name"],
        FIELDS["birth_date"],
        FIELDS["address"],
        FIELDS["file_number"],
    ),
    intro=(
        N_("Ihre Beraterin oder Ihr Berater hat Schweigepflicht. Das heißt: Wir sagen "
           "niemandem etwas über Sie ohne Ihre Erlaubnis."),
        N_("Mit dieser Erklärung erlauben Sie uns, mit einer bestimmten Stelle über Sie zu "
           "sprechen. Sie gilt nur für diese eine Stelle."),
    ),
    sections=(
        Section(
            "released",
            N_("Wen entbinden Sie von der Schweigepflicht?"),
            paragraphs=(
                N_("Ich entbinde {counsellor} und die Vertretung im Team von {organisation} "
                   "von der Schweigepflicht."),
            ),
        ),
        Section(
            "recipient",
            N_("Gegenüber welcher Stelle?"),
            paragraphs=(N_("Die Entbindung gilt nur gegenüber dieser Stelle:"),),
            fields=(FIELDS["recipient"], FIELDS["contact_person"], FIELDS["address"]),
        ),
        Section(
            "information",
            N_("Welche Informationen dürfen ausgetauscht werden?"),
            paragraphs=(
                N_("Bitte kreuzen Sie an. Nur die angekreuzten Informationen dürfen "
                   "ausgetauscht werden."),
            ),
            checkboxes=(
                Checkbox("personal", N_("Name, Geburtsdatum, Anschrift und Kontaktdaten")),
                Checkbox("residence", N_("Aufenthaltsstatus und Dokumente zum Aufenthalt")),
                Checkbox("family", N_("Familie und Haushalt")),
                Checkbox("work", N_("Arbeit, Ausbildung, Schule und Sprachkenntnisse")),
                Checkbox("money", N_("Einkommen, Sozialleistungen und Schulden")),
                Checkbox("housing", N_("Wohnsituation")),
                Checkbox(
                    "health",
                    N_("Gesundheit"),
                    N_("Daten zur Gesundheit sind besonders geschützt. Sie werden nur "
                       "ausgetauscht, wenn Sie hier ankreuzen."),
                ),
                Checkbox("counselling", N_("Stand der Beratung und vereinbarte Ziele")),
                Checkbox("other", N_("Weitere Informationen:")),
            ),
        ),
        Section(
            "direction",
            N_("In welche Richtung?"),
            checkboxes=(
                Checkbox("outgoing", N_("Wir dürfen der Stelle Informationen geben.")),
                Checkbox("incoming", N_("Die Stelle darf uns Informationen geben.")),
            ),
        ),
        Section(
            "purpose",
            N_("Wozu?"),
            paragraphs=(
                N_("Zweck: {purpose}"),
                N_("Die Informationen dürfen nur für diesen Zweck genutzt werden."),
            ),
        ),
        Section(
            "validity",
            N_("Wie lange gilt die Erklärung?"),
            paragraphs=(
                N_("Diese Erklärung gilt bis: {valid_until}"),
                N_("Sie können die Erklärung jederzeit widerrufen, ganz oder nur für einzelne "
                   "Informationen. Das geht mündlich oder schriftlich."),
                N_("Der Widerruf gilt ab dann. Was vorher ausgetauscht wurde, bleibt erlaubt."),
            ),
        ),
        Section(
            "voluntary",
            N_("Freiwilligkeit"),
            paragraphs=(
                N_("Die Erklärung ist freiwillig. Wenn Sie nicht unterschreiben, geben wir "
                   "nichts weiter."),
                N_("Ohne die Erklärung können wir Ihnen bei diesem Anliegen vielleicht weniger "
                   "gut helfen. Andere Nachteile haben Sie nicht."),
            ),
        ),
    ),
    closing=(
        N_("Ich habe diese Erklärung verstanden. Ich habe eine Kopie bekommen."),
    ),
    signatures=(
        SIGNATURES["place_date"],
        SIGNATURES["client"],
        SIGNATURES["guardian"],
        SIGNATURES["counsellor"],
    ),
)

# --------------------------------------------------------------------------
# 3. appointment — appointment letter
# --------------------------------------------------------------------------

_BRING = (
    Checkbox("passport", N_("Pass oder Personalausweis")),
    Checkbox(
        "residence_document",
        N_("Aufenthaltsdokument (zum Beispiel Aufenthaltserlaubnis, Duldung oder "
           "Aufenthaltsgestattung)"),
    ),
    Checkbox("letters", N_("Alle neuen Briefe und Bescheide von Ämtern")),
    Checkbox("health_card", N_("Gesundheitskarte der Krankenkasse")),
    Checkbox("income", N_("Nachweise über Einkommen (zum Beispiel Lohnabrechnungen)")),
    Checkbox("rental", N_("Mietvertrag")),
    Checkbox("certificates", N_("Zeugnisse und Zertifikate")),
    Checkbox("this_letter", N_("Dieses Schreiben")),
    Checkbox("other", COMMON["other"]),
)

_APPOINTMENT = FormText(
    kind="appointment",
    version=FORM_VERSION["appointment"],
    title=N_("Einladung zu einem Termin"),
    header_fields=(FIELDS["name"], FIELDS["file_number"]),
    intro=(
        COMMON["greeting_client"],
        # TRANSLATORS: the line after the greeting "Guten Tag {name}," (German: lower case).
        N_("wir laden Sie zu einem Termin ein."),
    ),
    sections=(
        Section(
            "when",
            N_("Wann und wo?"),
            fields=(
                FIELDS["date"],
                FIELDS["time"],
                FIELDS["place"],
                FIELDS["room"],
                FIELDS["counsellor"],
            ),
        ),
        Section(
            "interpreter",
            N_("Dolmetschen"),
            paragraphs=(
                N_("Für den Termin haben wir eine Person zum Dolmetschen bestellt. "
                   "Sprache: {language}"),
            ),
            when="interpreter",
        ),
        Section(
            "no_interpreter",
            N_("Dolmetschen"),
            paragraphs=(
                N_("Brauchen Sie eine Person zum Dolmetschen? Dann sagen Sie uns bitte vorher "
                   "Bescheid."),
            ),
            when="no_interpreter",
        ),
        Section("bring", N_("Bitte bringen Sie mit:"), checkboxes=_BRING),
        Section(
            "cancel",
            N_("Absagen oder verschieben"),
            paragraphs=(
                N_("Sie können nicht kommen? Bitte sagen Sie so früh wie möglich ab. "
                   "Dann bekommen Sie einen neuen Termin."),
                N_("Rufen Sie uns an oder schreiben Sie uns:"),
            ),
            fields=(FIELDS["phone"], FIELDS["email"]),
        ),
        Section(
            "notes",
            N_("Gut zu wissen"),
            paragraphs=(
                N_("Bitte kommen Sie pünktlich."),
                N_("Sie können eine Person Ihres Vertrauens mitbringen."),
                N_("Die Beratung ist kostenlos und vertraulich."),
            ),
        ),
    ),
    closing=(COMMON["regards"],),
)

# --------------------------------------------------------------------------
# 4. referral — referral letter to an office or service
# --------------------------------------------------------------------------

_REFERRAL = FormText(
    kind="referral",
    version=FORM_VERSION["referral"],
    title=N_("Vermittlung an Ihre Stelle"),
    header_fields=(FIELDS["to"], FIELDS["contact_person"], FIELDS["date"], FIELDS["file_number"]),
    intro=(
        COMMON["greeting_office"],
        # TRANSLATORS: the line after "Sehr geehrte Damen und Herren," (German: lower case).
        N_("wir vermitteln die unten genannte Person an Ihre Stelle und bitten Sie um "
           "Unterstützung."),
    ),
    sections=(
        Section(
            "person",
            N_("Wer wird vermittelt?"),
            fields=(
                FIELDS["name"],
                FIELDS["birth_date"],
                FIELDS["address"],
                FIELDS["phone"],
                FIELDS["language"],
                FIELDS["interpreter_needed"],
            ),
        ),
        Section(
            "request",
            N_("Anlass und Anliegen"),
            paragraphs=(N_("Die Person braucht Unterstützung bei diesem Anliegen:"),),
        ),
        Section(
            "enclosures",
            N_("Beigefügte Unterlagen"),
            paragraphs=(N_("Wir legen Kopien dieser Unterlagen bei:"),),
            when="enclosures",
        ),
        Section(
            "no_enclosures",
            N_("Beigefügte Unterlagen"),
            paragraphs=(N_("Es sind keine Unterlagen beigefügt."),),
            when="no_enclosures",
        ),
        Section(
            "consent",
            N_("Einwilligung und Entbindung von der Schweigepflicht"),
            paragraphs=(
                N_("Die Person ist mit dieser Vermittlung einverstanden."),
                N_("Eine Entbindung von der Schweigepflicht gegenüber Ihrer Stelle liegt uns "
                   "vor. Sie ist vom {date} und gilt bis {valid_until}."),
                N_("Die Angaben in diesem Schreiben sind vertraulich."),
            ),
        ),
        Section(
            "contact",
            N_("Rückfragen und Rückmeldung"),
            paragraphs=(
                N_("Bitte geben Sie uns eine kurze Rückmeldung, wenn die Person bei Ihnen war."),
                N_("Bei Fragen erreichen Sie mich so:"),
            ),
            fields=(
                FIELDS["counsellor"],
                FIELDS["organisation"],
                FIELDS["phone"],
                FIELDS["email"],
            ),
        ),
        Section(
            "client_note",
            N_("Hinweis für Klient*in"),
            paragraphs=(
                N_("Wir haben Sie mit Ihrem Einverständnis an diese Stelle vermittelt. Die Stelle "
                   "bekommt nur die Angaben in diesem Schreiben und die beigefügten Unterlagen."),
                N_("Bitte nehmen Sie dieses Schreiben zu Ihrem Termin mit."),
            ),
        ),
    ),
    closing=(COMMON["regards"],),
    signatures=(SIGNATURES["counsellor"],),
)

# --------------------------------------------------------------------------
# 5. goals — goal agreement (Integrationsvereinbarung)
# --------------------------------------------------------------------------

_GOALS = FormText(
    kind="goals",
    version=FORM_VERSION["goals"],
    title=N_("Integrationsvereinbarung"),
    header_fields=(FIELDS["name"], FIELDS["file_number"], FIELDS["counsellor"], FIELDS["date"]),
    intro=(
        N_("In dieser Vereinbarung schreiben wir Ihre Ziele auf. Wir schreiben auch auf, "
           "wer was bis wann macht."),
        N_("Wir sprechen regelmäßig darüber, ob die Ziele noch passen."),
    ),
    sections=(
        Section(
            "goals",
            N_("Ziele und Schritte"),
            columns=(
                COLUMNS["life_area"],
                COLUMNS["goal"],
                COLUMNS["steps"],
                COLUMNS["responsible"],
                COLUMNS["due"],
                COLUMNS["done"],
            ),
        ),
        Section(
            "cooperation",
            N_("Vereinbarungen zur Zusammenarbeit"),
            paragraphs=(
                N_("Wir arbeiten zusammen und behandeln uns mit Respekt."),
                N_("Sie kommen zu den Terminen. Wenn Sie nicht kommen können, sagen Sie "
                   "vorher ab."),
                N_("Sie zeigen uns wichtige Briefe von Ämtern rechtzeitig."),
                N_("Ihre Beraterin oder Ihr Berater unterstützt Sie, erklärt Ihnen die nächsten "
                   "Schritte und hält Absprachen ein."),
            ),
            after=(N_("Weitere Absprachen:"),),
        ),
        Section(
            "important",
            N_("Wichtig"),
            paragraphs=(
                N_("Diese Vereinbarung ist freiwillig."),
                N_("Sie ist kein Vertrag mit einem Amt. Sie hat keine Folgen für Ihre "
                   "Sozialleistungen oder Ihren Aufenthalt."),
            ),
        ),
        Section(
            "review",
            N_("Überprüfung"),
            paragraphs=(
                N_("Wir prüfen die Ziele gemeinsam am: {review_date}"),
                N_("Wir können die Vereinbarung jederzeit gemeinsam ändern."),
            ),
        ),
    ),
    signatures=(
        SIGNATURES["place_date"],
        SIGNATURES["client"],
        SIGNATURES["counsellor"],
    ),
)

# --------------------------------------------------------------------------
# 6. checklist — documents for a procedure
# --------------------------------------------------------------------------

_ITEM: dict[str, Checkbox] = {
    c.key: c
    for c in (
        Checkbox(
            "application_form",
            N_("Antragsformular"),
            N_("Sie bekommen es bei der Behörde. Füllen Sie es aus und unterschreiben Sie es."),
        ),
        Checkbox(
            "passport",
            N_("Pass oder Personalausweis"),
            N_("Er muss gültig sein. Bringen Sie auch alte Pässe mit, wenn Sie welche haben."),
        ),
        Checkbox(
            "passport_efforts",
            N_("Nachweise zur Klärung der Identität"),
            N_("Sie haben keinen Pass? Zeigen Sie, was Sie getan haben, um einen Pass zu "
               "bekommen. Zum Beispiel Termine oder Briefe der Botschaft."),
        ),
        Checkbox(
            "civil_documents",
            N_("Geburtsurkunde, Heiratsurkunde und andere Urkunden"),
            N_("Aus dem Herkunftsland, wenn möglich mit Übersetzung."),
        ),
        Checkbox(
            "residence_document",
            N_("Aktuelles Aufenthaltsdokument"),
            N_("Zum Beispiel Ihre Aufenthaltserlaubnis nach § 104c oder Ihre Duldung."),
        ),
        Checkbox(
            "photo",
            N_("Biometrisches Passfoto"),
            N_("Es darf nicht älter als 6 Monate sein. Ein Fotostudio weiß, wie das Foto "
               "sein muss."),
        ),
        Checkbox(
            "registration",
            N_("Meldebescheinigung"),
            N_("Vom Bürgeramt. Sie zeigt, wo Sie gemeldet sind."),
        ),
        Checkbox(
            "rental",
            N_("Mietvertrag"),
            N_("Oder eine Bescheinigung über Ihre Unterkunft."),
        ),
        Checkbox(
            "livelihood",
            N_("Nachweise über Ihren Lebensunterhalt"),
            N_("Zum Beispiel Arbeitsvertrag und Lohnabrechnungen der letzten 6 Monate. "
               "Sie müssen Ihren Lebensunterhalt überwiegend selbst verdienen."),
        ),
        Checkbox(
            "employer",
            N_("Bescheinigung des Arbeitgebers"),
            N_("Sie zeigt, dass Sie dort zurzeit arbeiten."),
        ),
        Checkbox(
            "benefits",
            N_("Bescheide über Sozialleistungen"),
            N_("Zum Beispiel vom Jobcenter, vom Sozialamt, über Kindergeld oder Wohngeld. "
               "Nur wenn Sie solche Leistungen bekommen."),
        ),
        Checkbox(
            "income",
            N_("Nachweise über Einkommen (zum Beispiel Lohnabrechnungen)"),
        ),
        Checkbox(
            "health_insurance",
            N_("Nachweis über die Krankenversicherung"),
            N_("Zum Beispiel Ihre Gesundheitskarte oder eine Bescheinigung der Krankenkasse."),
        ),
        Checkbox(
            "language_certificate",
            N_("Sprachzertifikat Deutsch (A2 oder B1)"),
            N_("Für § 25b brauchen Sie mündliche Deutschkenntnisse auf Niveau A2. "
               "Ein Zertifikat B1 hilft Ihnen bei späteren Schritten."),
        ),
        Checkbox(
            "orientation_test",
            N_("Test „Leben in Deutschland“ oder Bescheinigung über den Integrationskurs"),
            N_("Damit zeigen Sie Grundkenntnisse über die Rechtsordnung und das Leben in "
               "Deutschland."),
        ),
        Checkbox(
            "school_children",
            N_("Schulbescheinigungen der Kinder"),
            N_("Für Kinder im Schulalter. Sie zeigen, dass die Kinder zur Schule gehen."),
        ),
        Checkbox(
            "certificates",
            N_("Zeugnisse und Nachweise über Schule, Ausbildung und Arbeit"),
            N_("Zum Beispiel Schulzeugnisse, Ausbildungsvertrag oder Arbeitszeugnisse."),
        ),
        Checkbox(
            "engagement",
            N_("Nachweise über Ehrenamt oder Vereine"),
            N_("Das ist freiwillig. Es kann aber helfen."),
        ),
        Checkbox(
            "fees",
            N_("Geld für die Gebühren"),
            N_("Die Behörde nimmt Gebühren. Fragen Sie vorher, wie viel es kostet. "
               "Wenn Sie Sozialleistungen bekommen, fragen Sie nach einer Ermäßigung."),
        ),
        Checkbox("letters", N_("Alle neuen Briefe und Bescheide von Ämtern")),
        Checkbox("other", N_("Weitere Unterlagen:")),
    )
}

CHECKLISTS: dict[str, Checklist] = {
    "chancen_25b": Checklist(
        key="chancen_25b",
        title=N_("Antrag auf Aufenthaltserlaubnis nach § 25b AufenthG "
                 "(nach dem Chancen-Aufenthaltsrecht, § 104c AufenthG)"),
        intro=(
            N_("Das Chancen-Aufenthaltsrecht gilt höchstens 18 Monate. In dieser Zeit müssen Sie "
               "die Voraussetzungen für § 25b oder § 25a erfüllen. Sonst bekommen Sie wieder "
               "eine Duldung."),
            N_("Stellen Sie den Antrag rechtzeitig, bevor Ihr Chancen-Aufenthaltsrecht endet. "
               "Es gilt bis: {valid_until}"),
        ),
        sections=(
            Section(
                "identity",
                N_("Antrag und Identität"),
                checkboxes=(
                    _ITEM["application_form"],
                    _ITEM["passport"],
                    _ITEM["passport_efforts"],
                    _ITEM["civil_documents"],
                    _ITEM["residence_document"],
                    _ITEM["photo"],
                ),
            ),
            Section(
                "livelihood",
                N_("Lebensunterhalt und Wohnen"),
                checkboxes=(
                    _ITEM["livelihood"],
                    _ITEM["employer"],
                    _ITEM["benefits"],
                    _ITEM["health_insurance"],
                    _ITEM["rental"],
                    _ITEM["registration"],
                ),
            ),
            Section(
                "language",
                N_("Sprache, Bildung und Engagement"),
                checkboxes=(
                    _ITEM["language_certificate"],
                    _ITEM["orientation_test"],
                    _ITEM["school_children"],
                    _ITEM["certificates"],
                    _ITEM["engagement"],
                ),
            ),
            Section("fees", N_("Gebühren"), checkboxes=(_ITEM["fees"], _ITEM["other"])),
        ),
    ),
    "generic": Checklist(
        key="generic",
        title=N_("Unterlagen für Ihren Antrag"),
        intro=(N_("Ihre Beraterin oder Ihr Berater hat angekreuzt, was Sie brauchen."),),
        sections=(
            Section(
                "documents",
                N_("Unterlagen"),
                checkboxes=(
                    _ITEM["application_form"],
                    _ITEM["passport"],
                    _ITEM["residence_document"],
                    _ITEM["civil_documents"],
                    _ITEM["photo"],
                    _ITEM["registration"],
                    _ITEM["rental"],
                    _ITEM["income"],
                    _ITEM["benefits"],
                    _ITEM["health_insurance"],
                    _ITEM["certificates"],
                    _ITEM["letters"],
                    _ITEM["fees"],
                    _ITEM["other"],
                ),
            ),
        ),
    ),
}

_CHECKLIST = FormText(
    kind="checklist",
    version=FORM_VERSION["checklist"],
    title=N_("Checkliste: Ihre Unterlagen"),
    header_fields=(FIELDS["name"], FIELDS["file_number"], FIELDS["counsellor"], FIELDS["date"]),
    intro=(
        N_("Für Ihren Antrag brauchen Sie diese Unterlagen. Bitte sammeln Sie sie. "
           "Kreuzen Sie an, was Sie schon haben."),
    ),
    sections=(
        Section(
            "due_date",
            None,
            paragraphs=(N_("Bitte bringen Sie die Unterlagen bis zum {due_date}."),),
            when="due_date",
        ),
        Section(
            "notes",
            N_("Gut zu wissen"),
            paragraphs=(
                N_("Bringen Sie immer die Originale und eine Kopie mit."),
                N_("Dokumente in einer anderen Sprache brauchen oft eine "
                   "beglaubigte Übersetzung."),
                N_("Die Behörde kann weitere Unterlagen verlangen."),
                N_("Fehlt etwas? Sprechen Sie mit Ihrer Beraterin oder Ihrem Berater."),
            ),
        ),
    ),
)

# --------------------------------------------------------------------------
# 7. access — Art. 15 access report
# --------------------------------------------------------------------------

_ACCESS = FormText(
    kind="access",
    version=FORM_VERSION["access"],
    title=N_("Auskunft über Ihre gespeicherten Daten"),
    header_fields=(
        FIELDS["name"],
        FIELDS["birth_date"],
        FIELDS["file_number"],
        FIELDS["request_date"],
        FIELDS["controller"],
    ),
    intro=(
        N_("Sie haben gefragt, welche Daten wir über Sie speichern. Das ist Ihr Recht nach "
           "Art. 15 DSGVO."),
        N_("Diese Auskunft zeigt alle Daten, die am {date} über Sie gespeichert waren."),
        N_("Diese Auskunft ist vertraulich. Bitte bewahren Sie sie gut auf."),
    ),
    sections=(
        Section(
            "personal",
            N_("Persönliche Daten"),
            paragraphs=(N_("Wer Sie sind und wie wir Sie erreichen."),),
            columns=(COLUMNS["item"], COLUMNS["value"]),
        ),
        Section(
            "residence",
            N_("Aufenthalt und Rechtskreise"),
            paragraphs=(
                N_("Ihr Aufenthaltsstatus, wie lange er gilt, und welche Gesetze und Ämter für "
                   "Sie zuständig sind."),
            ),
            columns=(
                COLUMNS["item"],
                COLUMNS["value"],
                COLUMNS["valid_from"],
                COLUMNS["valid_until"],
            ),
        ),
        Section(
            "consents",
            N_("Einwilligungen"),
            paragraphs=(N_("Wozu Sie uns Ihre Einwilligung gegeben haben."),),
            columns=(
                COLUMNS["purpose"],
                COLUMNS["given_on"],
                COLUMNS["valid_until"],
                COLUMNS["withdrawn_on"],
                COLUMNS["status"],
            ),
        ),
        Section(
            "releases",
            N_("Entbindungen von der Schweigepflicht"),
            paragraphs=(
                N_("Für welche Stellen Sie uns von der Schweigepflicht entbunden haben."),
            ),
            columns=(
                COLUMNS["recipient"],
                COLUMNS["given_on"],
                COLUMNS["valid_until"],
                COLUMNS["withdrawn_on"],
                COLUMNS["status"],
            ),
        ),
        Section(
            "case",
            N_("Fall und Ziele"),
            paragraphs=(N_("Ihre Beratung, Ihre Ziele und was daraus geworden ist."),),
            columns=(
                COLUMNS["life_area"],
                COLUMNS["goal"],
                COLUMNS["due"],
                COLUMNS["status"],
            ),
        ),
        Section(
            "notes",
            N_("Notizen"),
            paragraphs=(N_("Notizen aus den Gesprächen mit Ihnen."),),
            columns=(COLUMNS["date"], COLUMNS["author"], COLUMNS["value"]),
        ),
        Section(
            "appointments",
            N_("Termine"),
            columns=(
                COLUMNS["date"],
                COLUMNS["time"],
                COLUMNS["place"],
                COLUMNS["counsellor"],
                COLUMNS["status"],
            ),
        ),
        Section(
            "referrals",
            N_("Vermittlungen und Empfänger"),
            paragraphs=(N_("An welche Stellen wir wann welche Daten über Sie gegeben haben."),),
            columns=(
                COLUMNS["date"],
                COLUMNS["recipient"],
                COLUMNS["data"],
                COLUMNS["purpose"],
            ),
        ),
        Section(
            "purposes",
            N_("Zwecke der Verarbeitung"),
            paragraphs=(N_("Wir verarbeiten Ihre Daten für diese Zwecke:"),),
        ),
        Section(
            "retention",
            N_("Speicherdauer"),
            paragraphs=(
                N_("Wir speichern Ihre Daten, solange die Beratung läuft. Nach dem Ende der "
                   "Beratung gilt eine Löschfrist. Danach löschen wir die Daten."),
                _RETENTION_YEARS,
            ),
        ),
        Section(
            "deletion_date",
            None,
            paragraphs=(N_("Geplante Löschung: {deletion_date}"),),
            when="deletion_date",
        ),
        Section(
            "origin",
            N_("Herkunft der Daten"),
            paragraphs=(
                N_("Die meisten Daten haben Sie uns selbst gesagt oder gezeigt."),
                N_("Manche Daten haben wir mit Ihrer Erlaubnis von anderen Stellen bekommen. "
                   "Diese Stellen stehen in der Tabelle."),
            ),
            columns=(COLUMNS["date"], COLUMNS["source"], COLUMNS["data"]),
        ),
        Section(
            "automated",
            N_("Automatische Entscheidungen"),
            paragraphs=(
                N_("Wir treffen keine automatischen Entscheidungen über Sie. Wir erstellen kein "
                   "Profil von Ihnen."),
            ),
        ),
        Section("rights", N_("Ihre Rechte"), paragraphs=_RIGHTS),
        Section(
            "contact",
            N_("Fragen?"),
            paragraphs=(
                N_("Wenn Sie Fragen haben oder etwas falsch ist, sprechen Sie uns an."),
                _DPO,
            ),
        ),
    ),
)

FORM_TEXTS: dict[str, FormText] = {
    f.kind: f for f in (_CONSENT, _RELEASE, _APPOINTMENT, _REFERRAL, _GOALS, _CHECKLIST, _ACCESS)
}


def iter_msgids(kind: str | None = None) -> Iterator[str]:
    """Yield the msgids of one form kind (with its checklists) or of everything here."""
    if kind is not None:
        yield from FORM_TEXTS[kind].msgids()
        if kind == "checklist":
            for checklist in CHECKLISTS.values():
                yield from checklist.msgids()
        return
    yield from COMMON.values()
    for group in (FIELDS, COLUMNS, SIGNATURES):
        for f in group.values():
            yield f.label
    for words in (STATUS, LIFE_AREAS, LEGAL_AREAS, RESIDENCE_STATUSES, RESPONSIBLE):
        yield from words.values()
    for c in _ITEM.values():
        yield c.text
        if c.explanation:
            yield c.explanation
    for k in FORM_KINDS:
        yield from iter_msgids(k)
