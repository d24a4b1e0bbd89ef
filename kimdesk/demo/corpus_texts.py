"""Fictional-demo German text templates: case notes, goals, factors, appointments, closures.

Plain data only, no randomness. See :mod:`kimdesk.demo.corpus` for the documentation of
all data structures and placeholders; import from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

LifeArea = Literal[
    "aufenthalt", "arbeit", "bildung", "sprache", "gesundheit", "wohnen", "familie", "finanzen"
]
Phase = Literal["access", "assessment", "planning", "steering", "monitoring", "closure"]
Polarity = Literal["förderlich", "hemmend"]
StepBy = Literal["client", "counsellor", "office"]

LIFE_AREAS: tuple[LifeArea, ...] = (
    "aufenthalt", "arbeit", "bildung", "sprache", "gesundheit", "wohnen", "familie", "finanzen",
)

LIFE_AREA_LABELS: dict[str, str] = {
    "aufenthalt": "Aufenthalt",
    "arbeit": "Arbeit",
    "bildung": "Bildung und Schule",
    "sprache": "Sprache",
    "gesundheit": "Gesundheit",
    "wohnen": "Wohnen",
    "familie": "Familie",
    "finanzen": "Finanzen",
}

PHASES: tuple[Phase, ...] = (
    "access", "assessment", "planning", "steering", "monitoring", "closure",
)

PHASE_LABELS: dict[str, str] = {
    "access": "Zugang / Erstberatung",
    "assessment": "Bestandsaufnahme",
    "planning": "Zielvereinbarung",
    "steering": "Leistungssteuerung",
    "monitoring": "Laufende Begleitung",
    "closure": "Abschluss",
}

PROMOTING: Polarity = "förderlich"
HINDERING: Polarity = "hemmend"

#: Placeholders a template may use, with what the generator should put in.
PLACEHOLDERS: dict[str, str] = {
    "date": "Datum im deutschen Format, z. B. 12.03.2025",
    "time": "Uhrzeit ohne 'Uhr', z. B. 10:30",
    "deadline": "Fristdatum (z. B. Ablauf eines Titels), deutsches Format",
    "office": "Kurzname einer Stelle (Agency.short_name), z. B. 'ABH Kreis Musterland'",
    "contact": "Ansprechperson einer Stelle (Agency.contact), z. B. 'Frau Sabine Krüger'",
    "language": "Sprache auf Deutsch (LANGUAGE_NAMES_DE), z. B. 'Dari'",
    "shelter": "Name einer Unterkunft (Shelter.name)",
    "town": "Ort im Kreis (Town.name)",
    "title": "Aufenthaltsstatus auf Deutsch (ResidenceTitleInfo.label_de)",
    "level": "Sprachniveau, z. B. A2, B1",
    "months": "Anzahl Monate als Zahl, z. B. 6",
}
ALLOWED_PLACEHOLDERS: frozenset[str] = frozenset(PLACEHOLDERS)


@dataclass(frozen=True, slots=True)
class NoteTemplate:
    """A German case-note text for a phase, optional life area and suitable titles (empty = any)."""

    phase: Phase
    area: LifeArea | None
    text: str
    for_titles: tuple[str, ...] = ()
    office_kind: str | None = None  # agency kind to fill {office} / {contact} from

    @property
    def client_gender(self) -> Literal["f", "m"] | None:
        """Return "f"/"m" if the text names the client as Klientin/Klient, else None."""
        if "Klientin" in self.text:
            return "f"
        if re.search(r"\bKlient(en)?\b", self.text):
            return "m"
        return None


@dataclass(frozen=True, slots=True)
class GoalStep:
    """One step of a goal and who is to do it."""

    text: str
    by: StepBy


@dataclass(frozen=True, slots=True)
class GoalTemplate:
    """A goal title in a life area, its steps, and the residence titles it suits (empty = any)."""

    area: LifeArea
    title: str
    steps: tuple[GoalStep, ...]
    for_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Factor:
    """A promoting or hindering factor (Fallrekonstruktion) with a stable tag and short text."""

    polarity: Polarity
    tag: str
    area: LifeArea | None
    text: str


@dataclass(frozen=True, slots=True)
class AppointmentTemplate:
    """An appointment at a kind of agency: subject, note text and documents to bring."""

    agency_kind: str
    subject: str
    note: str
    bring: tuple[str, ...]
    interpreter: bool = False


@dataclass(frozen=True, slots=True)
class ClosureReason:
    """Why a case was closed; ``planned`` = regular end, ``weight`` = relative frequency."""

    code: str
    label: str
    planned: bool
    weight: int


# --------------------------------------------------------------------------- case notes

NOTE_TEMPLATES: tuple[NoteTemplate, ...] = (
    # access
    NoteTemplate("access", "aufenthalt",
                 "Erstgespräch in der Unterkunft {shelter} geführt, Dolmetscherin für {language} "
                 "anwesend. Dringend: Termin bei der Ausländerbehörde wegen Ablauf der Duldung "
                 "am {deadline}.",
                 ("duldung",)),
    NoteTemplate("access", None,
                 "Erstkontakt über die Sozialarbeit der Unterkunft {shelter}. Klient spricht "
                 "{language} und etwas Englisch. Einwilligung zur Datenverarbeitung erläutert "
                 "und unterschrieben."),
    NoteTemplate("access", "finanzen",
                 "Klientin kam ohne Termin in die offene Sprechstunde. Anliegen: Brief vom "
                 "Jobcenter nicht verstanden (Aufforderung zur Mitwirkung, Frist {deadline}). "
                 "Brief gemeinsam gelesen, fehlende Unterlagen notiert."),
    NoteTemplate("access", None,
                 "Mobile Beratung in {shelter}: Kurzgespräch, Sprachmittlung über "
                 "Telefondolmetscher ({language}). Folgetermin im Büro am {date} um {time} Uhr "
                 "vereinbart."),
    NoteTemplate("access", "familie",
                 "Zuweisung durch {office}. Familie lebt seit {months} Monaten im Kreis, bisher "
                 "keine Beratung. Erstgespräch mit beiden Eltern, die Kinder waren dabei.",
                 office_kind="jobcenter"),
    NoteTemplate("access", "gesundheit",
                 "Erstgespräch: Klient wirkt erschöpft und berichtet von Schlafproblemen. "
                 "Aufenthaltsstatus: {title}, gültig bis {deadline}. Schweigepflichtentbindung "
                 "für die Ausländerbehörde noch nicht erteilt."),
    NoteTemplate("access", "wohnen",
                 "Kontaktaufnahme auf Empfehlung eines Bekannten. Klientin wünscht Unterstützung "
                 "bei der Wohnungssuche und bei der Schulanmeldung der Kinder in {town}."),
    NoteTemplate("access", "aufenthalt",
                 "Erstberatung mit Dolmetscher für {language}. Identitätsnachweis liegt nur als "
                 "Kopie vor (Geburtsurkunde). Klärung der Identität ist Voraussetzung für alle "
                 "weiteren Schritte, Klient wurde darüber aufgeklärt.",
                 ("gestattung", "duldung", "chancen_104c")),
    # assessment
    NoteTemplate("assessment", "bildung",
                 "Bestandsaufnahme fortgesetzt: 12 Jahre Schulbesuch im Herkunftsland, Zeugnisse "
                 "sind nicht vorhanden. Anerkennungsberatung angesprochen."),
    NoteTemplate("assessment", "sprache",
                 "Sprache: Integrationskurs bis Modul 4 besucht, dann wegen der Geburt des "
                 "Kindes abgebrochen. Sprachniveau laut eigener Angabe {level}, Zertifikat fehlt."),
    NoteTemplate("assessment", "wohnen",
                 "Wohnsituation: seit {months} Monaten in {shelter}, Zimmer wird mit drei "
                 "weiteren Personen geteilt. Wohnberechtigungsschein noch nicht beantragt."),
    NoteTemplate("assessment", "gesundheit",
                 "Gesundheit: Diabetes, Behandlung bisher über Behandlungsschein des Sozialamts. "
                 "Krankenversicherung nach dem Rechtskreiswechsel muss noch geklärt werden.",
                 ("gestattung", "ae_25_2")),
    NoteTemplate("assessment", "finanzen",
                 "Finanzen: Leistungen nach AsylbLG. Nach der Anerkennung Wechsel ins SGB II; "
                 "der Antrag beim Jobcenter muss vor Monatsende gestellt werden, damit keine "
                 "Lücke entsteht.",
                 ("gestattung",)),
    NoteTemplate("assessment", "familie",
                 "Familie: Ehefrau und zwei Kinder leben noch in einem Nachbarland des "
                 "Herkunftslandes. Klient fragt nach Familiennachzug; Voraussetzungen erläutert, "
                 "Termin bei einer Fachberatung empfohlen.",
                 ("ae_25_2", "niederlassung")),
    NoteTemplate("assessment", "arbeit",
                 "Arbeit: acht Jahre Berufserfahrung als Schneider, aktuell Minijob in einer "
                 "Reinigungsfirma. Die Beschäftigungserlaubnis ist an die Duldung gebunden und "
                 "muss bei jeder Verlängerung mit beantragt werden.",
                 ("duldung",)),
    NoteTemplate("assessment", None,
                 "Bestandsaufnahme abgeschlossen. Vorrangige Themen: Aufenthaltssicherung, "
                 "Sprachkurs, Wohnung. Klient möchte zuerst die Frage des Aufenthalts klären."),
    NoteTemplate("assessment", "familie",
                 "Kinder: Sohn (7) besucht die Grundschule in {town}, Tochter (3) hat noch keinen "
                 "Kitaplatz. Anmeldung über das Kita-Portal gemeinsam begonnen."),
    NoteTemplate("assessment", "finanzen",
                 "Schulden aus einem Handyvertrag und einer Fahrgeldnachforderung. "
                 "Schuldnerberatung empfohlen; Klientin bringt alle Mahnungen zum nächsten "
                 "Termin mit."),
    # planning
    NoteTemplate("planning", None,
                 "Integrationsvereinbarung besprochen und von beiden Seiten unterschrieben. "
                 "Drei Ziele vereinbart, nächste Überprüfung am {date}."),
    NoteTemplate("planning", "aufenthalt",
                 "Ziele gemeinsam priorisiert: 1. Identität klären (Pass bei der Botschaft "
                 "beantragen), 2. Sprachkurs {level}, 3. Arbeitsstelle, die den Lebensunterhalt "
                 "sichert. Klient bucht den Termin bei der Botschaft selbst.",
                 ("gestattung", "duldung", "chancen_104c")),
    NoteTemplate("planning", "wohnen",
                 "Zielvereinbarung angepasst: Wohnungssuche vorerst zurückgestellt, da der "
                 "Aufenthaltstitel nur bis {deadline} gültig ist.",
                 ("chancen_104c", "ae_24", "ae_25a", "ae_25b")),
    NoteTemplate("planning", None,
                 "Integrationsvereinbarung mit der Dolmetscherin für {language} Punkt für Punkt "
                 "übersetzt. Klientin hat eine Ausfertigung in beiden Sprachen erhalten."),
    NoteTemplate("planning", "aufenthalt",
                 "Chancen-Aufenthaltsrecht gültig bis {deadline}. Bis dahin müssen "
                 "Identitätsnachweis, Sprachnachweis A2 und Nachweise zur Sicherung des "
                 "Lebensunterhalts vorliegen. Checkliste §25b ausgehändigt und erklärt.",
                 ("chancen_104c",)),
    # steering
    NoteTemplate("steering", None,
                 "Schweigepflichtentbindung für {office} unterschrieben. Anfrage zum Stand des "
                 "Verfahrens per E-Mail gestellt.",
                 office_kind="auslaenderbehoerde"),
    NoteTemplate("steering", "sprache",
                 "Anmeldung zum Integrationskurs bei {office} erfolgt, Kursbeginn voraussichtlich "
                 "am {date}. Berechtigungsschein des BAMF liegt vor.",
                 office_kind="integrationskurstraeger"),
    NoteTemplate("steering", "gesundheit",
                 "Mit Einverständnis des Klienten an das Psychosoziale Zentrum vermittelt. "
                 "Wartezeit auf ein Erstgespräch ca. {months} Monate."),
    NoteTemplate("steering", "finanzen",
                 "Antrag auf Bürgergeld gemeinsam ausgefüllt und bei {office} abgegeben. "
                 "Eingangsbestätigung liegt in Kopie vor.",
                 office_kind="jobcenter"),
    NoteTemplate("steering", "aufenthalt",
                 "Telefonat mit {contact} ({office}): Verlängerung der Duldung ist möglich, es "
                 "fehlt noch der Nachweis der Passbeschaffung. Klient wurde informiert.",
                 ("duldung",), office_kind="auslaenderbehoerde"),
    NoteTemplate("steering", "aufenthalt",
                 "Begleitung zum Termin bei {office} am {date}. Antrag auf Aufenthaltserlaubnis "
                 "nach §25b gestellt, Fiktionsbescheinigung wurde ausgestellt.",
                 ("duldung", "chancen_104c"), office_kind="auslaenderbehoerde"),
    NoteTemplate("steering", "aufenthalt",
                 "Kontakt zur Refugee Law Clinic hergestellt, Beratung am {date} um {time} Uhr. "
                 "Bescheid des BAMF mit Einwilligung der Klientin in Kopie weitergegeben.",
                 ("gestattung", "duldung")),
    NoteTemplate("steering", "wohnen",
                 "Wohnungsangebot einer Wohnungsbaugesellschaft in {town} erhalten. Mietangebot "
                 "zur Prüfung der Angemessenheit an {office} weitergeleitet.",
                 office_kind="jobcenter"),
    NoteTemplate("steering", "arbeit",
                 "Anerkennungsverfahren für den Berufsabschluss eingeleitet, Unterlagen zur "
                 "Übersetzung gegeben. Kostenübernahme beim Jobcenter beantragt."),
    NoteTemplate("steering", "familie",
                 "Mit Zustimmung der Eltern Kontakt zum Jugendamt aufgenommen (Hilfe zur "
                 "Erziehung). Gesprächstermin am {date} um {time} Uhr."),
    NoteTemplate("steering", "sprache",
                 "Anmeldung zum Berufssprachkurs {level} über {office} veranlasst.",
                 office_kind="jobcenter"),
    # monitoring
    NoteTemplate("monitoring", "arbeit",
                 "Folgetermin: Klient hat die Zusage für einen Ausbildungsplatz als "
                 "Pflegefachassistent erhalten. Beschäftigungserlaubnis wird bei der "
                 "Ausländerbehörde beantragt.",
                 ("gestattung", "duldung")),
    NoteTemplate("monitoring", None,
                 "Rückmeldung von {office}: Unterlagen unvollständig, der Nachweis über die "
                 "Krankenversicherung fehlt. Klient reicht ihn bis {deadline} nach.",
                 office_kind="auslaenderbehoerde"),
    NoteTemplate("monitoring", "sprache",
                 "Klientin hat den Integrationskurs mit {level} abgeschlossen (DTZ). Zertifikat "
                 "in Kopie zur Akte genommen."),
    NoteTemplate("monitoring", None,
                 "Termin nicht wahrgenommen, telefonisch nicht erreichbar. Nachricht auf "
                 "{language} per Messenger geschickt, neuer Termin am {date} angeboten."),
    NoteTemplate("monitoring", "aufenthalt",
                 "Duldung wurde bis {deadline} verlängert. Wiedervorlage sechs Wochen vor Ablauf.",
                 ("duldung",)),
    NoteTemplate("monitoring", "wohnen",
                 "Umzug aus {shelter} in eine eigene Wohnung in {town} erfolgt. Ummeldung beim "
                 "Bürgerbüro erledigt, neue Adresse an Jobcenter und Familienkasse mitgeteilt."),
    NoteTemplate("monitoring", "bildung",
                 "Sohn hat einen Platz in der internationalen Förderklasse des Berufskollegs "
                 "erhalten. Schulbescheinigung liegt vor."),
    NoteTemplate("monitoring", "arbeit",
                 "Klient berichtet von unbezahlten Überstunden. Auf die Beratungsstelle für "
                 "Arbeitnehmerrechte hingewiesen; Klient möchte vorerst nichts unternehmen."),
    NoteTemplate("monitoring", "aufenthalt",
                 "Fallbesprechung im Team: Status {title} läuft am {deadline} ab, der "
                 "Lebensunterhalt ist noch nicht gesichert. Ziel angepasst: zuerst eine "
                 "Vollzeitstelle suchen.",
                 ("chancen_104c", "duldung")),
    NoteTemplate("monitoring", "finanzen",
                 "Bescheid des Jobcenters geprüft: Mehrbedarf wegen Schwangerschaft wurde nicht "
                 "berücksichtigt. Widerspruch gemeinsam formuliert und am {date} fristgerecht "
                 "eingereicht."),
    NoteTemplate("monitoring", "finanzen",
                 "Rechtskreiswechsel AsylbLG → SGB II: Sozialamt hat die Leistungen zum "
                 "Monatsende eingestellt, Antrag beim Jobcenter ist eingegangen. Lückenloser "
                 "Übergang bestätigt.",
                 ("ae_25_2",)),
    NoteTemplate("monitoring", "bildung",
                 "Gespräch mit der Klassenlehrerin (mit Einwilligung der Eltern): Tochter braucht "
                 "Unterstützung in Deutsch, Anmeldung zur Hausaufgabenhilfe vereinbart."),
    NoteTemplate("monitoring", "aufenthalt",
                 "Einbürgerungsvoraussetzungen besprochen: Aufenthaltsdauer erfüllt, "
                 "Einbürgerungstest und B1-Zertifikat fehlen noch. Anmeldung zum Test bei der "
                 "VHS.",
                 ("niederlassung", "ae_25_2", "ae_other")),
    NoteTemplate("monitoring", "gesundheit",
                 "Klientin hat jetzt eine Hausärztin in {town}. Überweisung zur Fachärztin liegt "
                 "vor, Termin am {date} um {time} Uhr; Dolmetscherin für {language} angefragt."),
    # closure
    NoteTemplate("closure", None,
                 "Abschlussgespräch geführt. Ziele erreicht: Aufenthaltserlaubnis erteilt, eigene "
                 "Wohnung, Teilzeitstelle. Klient weiß, dass er sich bei Bedarf wieder melden "
                 "kann."),
    NoteTemplate("closure", None,
                 "Fall abgeschlossen wegen Umzug in einen anderen Kreis. Mit Einwilligung der "
                 "Familie an die dortige Migrationsberatung übergeben."),
    NoteTemplate("closure", None,
                 "Kein Kontakt seit {months} Monaten, drei Kontaktversuche dokumentiert. Fall wird "
                 "geschlossen, eine Wiederaufnahme ist jederzeit möglich."),
    NoteTemplate("closure", None,
                 "Klientin hat die Einwilligung zur Datenverarbeitung widerrufen. Fall "
                 "geschlossen, Löschung nach dem Löschkonzept vorgemerkt."),
    NoteTemplate("closure", None,
                 "Weiterbetreuung durch die Migrationsberatung ({office}), da kein "
                 "komplexer Unterstützungsbedarf mehr besteht. Abschlussbericht erstellt.",
                 office_kind="migrationsberatung"),
)


# --------------------------------------------------------------------------- goals

def _goal(area: LifeArea, title: str, steps: tuple[tuple[str, StepBy], ...],
          for_titles: tuple[str, ...] = ()) -> GoalTemplate:
    return GoalTemplate(area, title, tuple(GoalStep(t, b) for t, b in steps), for_titles)


_TOLERATED = ("duldung", "chancen_104c")
_PROTECTED = ("ae_25_2", "ae_25a", "ae_25b", "ae_other")

GOAL_TEMPLATES: tuple[GoalTemplate, ...] = (
    # aufenthalt
    _goal("aufenthalt", "Antrag auf Aufenthaltserlaubnis nach §25b stellen", (
        ("Checkliste §25b durchgehen und fehlende Nachweise notieren", "counsellor"),
        ("Pass oder anderen Identitätsnachweis beschaffen", "client"),
        ("Antrag mit allen Nachweisen bei der Ausländerbehörde einreichen", "client"),
        ("Entscheidung der Ausländerbehörde abwarten und nachfassen", "office"),
    ), _TOLERATED),
    _goal("aufenthalt", "Identität klären: Pass bei der Botschaft beantragen", (
        ("Termin bei der Botschaft online buchen", "client"),
        ("Fahrt zur Botschaft und Kostenübernahme klären", "counsellor"),
        ("Bemühungen um den Pass schriftlich dokumentieren", "client"),
    ), ("gestattung", "duldung", "chancen_104c")),
    _goal("aufenthalt", "Duldung rechtzeitig verlängern", (
        ("Ablaufdatum im Kalender mit Vorlauf eintragen", "counsellor"),
        ("Termin bei der Ausländerbehörde vereinbaren", "client"),
        ("Nachweise der Passbeschaffung mitnehmen", "client"),
    ), ("duldung",)),
    _goal("aufenthalt", "Übergang vom Chancen-Aufenthaltsrecht in §25a oder §25b sichern", (
        ("Voraussetzungen und Frist (18 Monate) erklären", "counsellor"),
        ("Sprachnachweis A2 erwerben", "client"),
        ("Lebensunterhalt überwiegend durch Arbeit sichern", "client"),
        ("Antrag rechtzeitig vor Ablauf stellen", "client"),
    ), ("chancen_104c",)),
    _goal("aufenthalt", "Antrag auf Aufenthaltserlaubnis nach §25a stellen", (
        ("Schulbesuch und Ausbildungsnachweise sammeln", "client"),
        ("Stellungnahme der Schule einholen", "counsellor"),
        ("Antrag bei der Ausländerbehörde einreichen", "client"),
    ), ("gestattung", "duldung", "chancen_104c")),
    _goal("aufenthalt", "Niederlassungserlaubnis beantragen", (
        ("Voraussetzungen prüfen (Dauer, Sprache, Rentenbeiträge)", "counsellor"),
        ("Nachweise über 60 Monate Rentenbeiträge anfordern", "client"),
        ("Antrag bei der Ausländerbehörde stellen", "client"),
    ), _PROTECTED),
    _goal("aufenthalt", "Einbürgerung beantragen", (
        ("Einbürgerungstest ablegen", "client"),
        ("B1-Zertifikat vorlegen", "client"),
        ("Antrag mit Unterlagen bei der Einbürgerungsbehörde einreichen", "client"),
    ), ("niederlassung", "ae_25_2", "ae_other")),
    _goal("aufenthalt", "Aufenthaltserlaubnis nach §24 verlängern lassen", (
        ("Gültigkeit des Titels und der Fiktion prüfen", "counsellor"),
        ("Verlängerungsantrag online stellen", "client"),
        ("Neuen Aufenthaltstitel abholen", "client"),
    ), ("ae_24",)),
    # arbeit
    _goal("arbeit", "Beschäftigungserlaubnis bei der Ausländerbehörde beantragen", (
        ("Arbeitsplatzbeschreibung vom Arbeitgeber ausfüllen lassen", "client"),
        ("Antrag bei der Ausländerbehörde einreichen", "client"),
        ("Zustimmung der Bundesagentur für Arbeit abwarten", "office"),
    ), ("gestattung", "duldung")),
    _goal("arbeit", "Ausbildungsplatz finden", (
        ("Berufsberatung bei der Agentur für Arbeit wahrnehmen", "client"),
        ("Bewerbungen an fünf Betriebe schicken", "client"),
        ("Praktikum im Wunschberuf vermitteln", "counsellor"),
    )),
    _goal("arbeit", "Berufsabschluss anerkennen lassen", (
        ("Zuständige Stelle für die Anerkennung ermitteln", "counsellor"),
        ("Zeugnisse beglaubigt übersetzen lassen", "client"),
        ("Kostenübernahme beim Jobcenter beantragen", "counsellor"),
        ("Anerkennungsbescheid abwarten", "office"),
    )),
    _goal("arbeit", "Sozialversicherungspflichtige Vollzeitstelle finden", (
        ("Termin bei der Arbeitsvermittlung wahrnehmen", "client"),
        ("Lebenslauf auf Deutsch erstellen", "counsellor"),
        ("Regelmäßig auf Stellenangebote bewerben", "client"),
    )),
    _goal("arbeit", "Bewerbungsunterlagen erstellen", (
        ("Lebenslauf gemeinsam schreiben", "counsellor"),
        ("Bewerbungsfoto machen lassen", "client"),
        ("Zeugnisse und Zertifikate scannen", "client"),
    )),
    _goal("arbeit", "Praktikum zur beruflichen Orientierung absolvieren", (
        ("Interessen und Stärken besprechen", "counsellor"),
        ("Praktikumsbetrieb finden", "client"),
        ("Erlaubnis der Ausländerbehörde für das Praktikum einholen", "office"),
    )),
    # bildung
    _goal("bildung", "Schulplatz für die Kinder sichern", (
        ("Kinder beim Schulamt anmelden", "client"),
        ("Schuleingangsuntersuchung beim Gesundheitsamt wahrnehmen", "client"),
        ("Schulplatzzuweisung abwarten", "office"),
    )),
    _goal("bildung", "Internationale Förderklasse am Berufskolleg besuchen", (
        ("Anmeldung beim Berufskolleg", "client"),
        ("Schulbescheinigung an die Ausländerbehörde weitergeben", "client"),
        ("Fahrkarte über Bildung und Teilhabe beantragen", "counsellor"),
    )),
    _goal("bildung", "Hauptschulabschluss nachholen", (
        ("Kurse an der VHS vergleichen", "counsellor"),
        ("Zum Abendkurs anmelden", "client"),
        ("Prüfung ablegen", "client"),
    )),
    _goal("bildung", "Zeugnisse aus dem Herkunftsland bewerten lassen", (
        ("Originalzeugnisse oder Kopien beschaffen", "client"),
        ("Übersetzung beauftragen", "client"),
        ("Zeugnisbewertung bei der ZAB beantragen", "counsellor"),
    )),
    _goal("bildung", "Kitaplatz für das jüngste Kind finden", (
        ("Kind im Kita-Portal anmelden", "client"),
        ("Rechtsanspruch beim Jugendamt geltend machen", "counsellor"),
        ("Eingewöhnung mit der Kita vereinbaren", "client"),
    )),
    _goal("bildung", "Studium aufnehmen: Hochschulzugang klären", (
        ("Beratung bei der Hochschule (International Office) wahrnehmen", "client"),
        ("Sprachnachweis C1 planen", "client"),
        ("Finanzierung (BAföG) prüfen", "counsellor"),
    )),
    # sprache
    _goal("sprache", "Integrationskurs B1 abschließen", (
        ("Regelmäßig am Kurs teilnehmen", "client"),
        ("Prüfung Deutsch-Test für Zuwanderer ablegen", "client"),
        ("Zertifikat zur Akte geben", "counsellor"),
    )),
    _goal("sprache", "Zulassung zum Integrationskurs beim BAMF beantragen", (
        ("Antrag auf Zulassung ausfüllen", "counsellor"),
        ("Antrag beim BAMF einreichen", "client"),
        ("Kursträger mit freiem Platz suchen", "counsellor"),
    )),
    _goal("sprache", "Sprachnachweis A2 für den Aufenthaltstitel erwerben", (
        ("Kurs mit Prüfungsvorbereitung finden", "counsellor"),
        ("Zur Prüfung anmelden", "client"),
        ("Zertifikat bei der Ausländerbehörde vorlegen", "client"),
    ), _TOLERATED),
    _goal("sprache", "Berufssprachkurs B2 besuchen", (
        ("Berechtigung über das Jobcenter erhalten", "office"),
        ("Kursplatz beim Träger reservieren", "counsellor"),
        ("Kurs mit Prüfung abschließen", "client"),
    )),
    _goal("sprache", "Alphabetisierungskurs beginnen", (
        ("Einstufungstest beim Kursträger machen", "client"),
        ("Kinderbetreuung während der Kurszeiten klären", "counsellor"),
        ("Kurs regelmäßig besuchen", "client"),
    )),
    _goal("sprache", "Lernpatenschaft mit Ehrenamtlichen aufbauen", (
        ("Kontakt zur Ehrenamtskoordination aufnehmen", "counsellor"),
        ("Erstes Treffen mit der Patin vereinbaren", "client"),
        ("Wöchentlich gemeinsam üben", "client"),
    )),
    # gesundheit
    _goal("gesundheit", "Krankenversicherung nach dem Rechtskreiswechsel klären", (
        ("Krankenkasse auswählen und Mitgliedschaft beantragen", "client"),
        ("Meldung des Jobcenters an die Krankenkasse prüfen", "counsellor"),
        ("Gesundheitskarte erhalten", "office"),
    )),
    _goal("gesundheit", "Hausärztin oder Hausarzt finden", (
        ("Praxen mit Aufnahmekapazität heraussuchen", "counsellor"),
        ("Ersten Termin vereinbaren", "client"),
    )),
    _goal("gesundheit", "Psychotherapeutische Behandlung beginnen", (
        ("Erstgespräch im Psychosozialen Zentrum wahrnehmen", "client"),
        ("Sprachmittlung für die Therapie klären", "counsellor"),
        ("Kostenübernahme beantragen", "office"),
    )),
    _goal("gesundheit", "Impfstatus der Kinder vervollständigen", (
        ("Impfpässe prüfen lassen", "client"),
        ("Fehlende Impfungen beim Kinderarzt nachholen", "client"),
    )),
    _goal("gesundheit", "Schwangerschaftsvorsorge sicherstellen", (
        ("Frauenärztin finden", "counsellor"),
        ("Mutterpass ausstellen lassen", "client"),
        ("Hebamme suchen", "client"),
    )),
    _goal("gesundheit", "Schwerbehindertenausweis beantragen", (
        ("Ärztliche Befunde sammeln", "client"),
        ("Antrag gemeinsam ausfüllen", "counsellor"),
        ("Bescheid abwarten und prüfen", "office"),
    )),
    # wohnen
    _goal("wohnen", "Wohnung außerhalb der Sammelunterkunft finden", (
        ("Wohnberechtigungsschein beantragen", "client"),
        ("Wohnungsangebote wöchentlich prüfen", "client"),
        ("Mietangebot vom Leistungsträger genehmigen lassen", "office"),
    )),
    _goal("wohnen", "Wohnberechtigungsschein beantragen", (
        ("Einkommensnachweise zusammenstellen", "client"),
        ("Antrag beim Wohnungsamt einreichen", "client"),
    )),
    _goal("wohnen", "Aufhebung der Wohnsitzauflage beantragen", (
        ("Arbeitsvertrag am neuen Wohnort vorlegen", "client"),
        ("Antrag bei der Ausländerbehörde stellen", "counsellor"),
    ), ("ae_25_2", "ae_25a", "ae_25b")),
    _goal("wohnen", "Mietschulden regeln und Wohnung erhalten", (
        ("Gespräch mit dem Vermieter führen", "counsellor"),
        ("Übernahme der Mietschulden beim Jobcenter beantragen", "client"),
        ("Ratenzahlung vereinbaren", "client"),
    )),
    _goal("wohnen", "Erstausstattung der Wohnung beantragen", (
        ("Antrag auf Erstausstattung stellen", "client"),
        ("Möbelbörse der Wohlfahrtsverbände ansprechen", "counsellor"),
    )),
    _goal("wohnen", "Größere Wohnung für die Familie finden", (
        ("Angemessene Wohnungsgröße beim Jobcenter erfragen", "counsellor"),
        ("Bei Wohnungsbaugesellschaften vormerken lassen", "client"),
    )),
    # familie
    _goal("familie", "Familiennachzug für Ehefrau und Kinder vorbereiten", (
        ("Voraussetzungen und Fristen prüfen", "counsellor"),
        ("Heirats- und Geburtsurkunden beschaffen", "client"),
        ("Termin bei der Auslandsvertretung für die Familie buchen", "client"),
    ), ("ae_25_2", "niederlassung")),
    _goal("familie", "Vaterschaft anerkennen und gemeinsames Sorgerecht erklären", (
        ("Termin beim Jugendamt vereinbaren", "client"),
        ("Benötigte Urkunden beschaffen", "client"),
    )),
    _goal("familie", "Kinderbetreuung organisieren, damit der Sprachkurs möglich ist", (
        ("Kurs mit Kinderbetreuung suchen", "counsellor"),
        ("Betreuung durch Tagespflege beantragen", "client"),
    )),
    _goal("familie", "Unterstützung durch Familienhilfe einrichten", (
        ("Gespräch mit dem Jugendamt führen", "counsellor"),
        ("Hilfeplan gemeinsam vereinbaren", "office"),
    )),
    _goal("familie", "Geburtsurkunde für das in Deutschland geborene Kind beschaffen", (
        ("Fehlende Urkunden der Eltern beim Standesamt klären", "counsellor"),
        ("Geburt beim Standesamt beurkunden lassen", "client"),
    )),
    _goal("familie", "Beratung in der Frauenberatungsstelle wahrnehmen", (
        ("Kontakt zur Frauenberatungsstelle herstellen", "counsellor"),
        ("Ersten Beratungstermin wahrnehmen", "client"),
    )),
    # finanzen
    _goal("finanzen", "Antrag auf Bürgergeld beim Jobcenter stellen (Rechtskreiswechsel)", (
        ("Antrag vor Ende der AsylbLG-Leistungen stellen", "client"),
        ("Einstellungsbescheid des Sozialamts beifügen", "client"),
        ("Bewilligung prüfen", "counsellor"),
    ), ("ae_25_2", "ae_24", "ae_25a", "ae_25b")),
    _goal("finanzen", "Kindergeld bei der Familienkasse beantragen", (
        ("Steuer-Identifikationsnummern der Kinder beschaffen", "client"),
        ("Antrag ausfüllen und einreichen", "counsellor"),
    )),
    _goal("finanzen", "Girokonto eröffnen", (
        ("Bank mit Basiskonto auswählen", "counsellor"),
        ("Termin bei der Bank wahrnehmen", "client"),
    )),
    _goal("finanzen", "Schulden mit der Schuldnerberatung regulieren", (
        ("Alle Forderungen sammeln", "client"),
        ("Termin bei der Schuldnerberatung vereinbaren", "counsellor"),
        ("Ratenzahlungen vereinbaren", "client"),
    )),
    _goal("finanzen", "Elterngeld beantragen", (
        ("Geburtsurkunde für Elterngeld beantragen", "client"),
        ("Antrag innerhalb von drei Monaten stellen", "counsellor"),
    )),
    _goal("finanzen", "Leistungen für Bildung und Teilhabe beantragen", (
        ("Schulbescheinigungen einreichen", "client"),
        ("Antrag für Klassenfahrt und Mittagessen stellen", "counsellor"),
    )),
    _goal("finanzen", "Befreiung vom Rundfunkbeitrag beantragen", (
        ("Leistungsbescheid kopieren", "client"),
        ("Befreiungsantrag abschicken", "counsellor"),
    )),
)


# --------------------------------------------------------------------------- factors

def _f(polarity: Polarity, tag: str, area: LifeArea | None, text: str) -> Factor:
    return Factor(polarity, tag, area, text)


FACTORS: tuple[Factor, ...] = (
    _f(PROMOTING, "arbeitgeber_unterstuetzt", "arbeit", "Arbeitgeber unterstützt Ausbildung"),
    _f(PROMOTING, "berufserfahrung", "arbeit", "Berufserfahrung im Herkunftsland"),
    _f(PROMOTING, "lebensunterhalt_gesichert", "finanzen",
       "Lebensunterhalt durch eigene Arbeit gesichert"),
    _f(PROMOTING, "sprachkurs_ohne_wartezeit", "sprache", "Sprachkurs ohne Wartezeit begonnen"),
    _f(PROMOTING, "lernpatenschaft", "sprache", "Ehrenamtliche Lernpatin übt wöchentlich"),
    _f(PROMOTING, "feste_ansprechperson_abh", "aufenthalt",
       "Feste Ansprechperson in der Ausländerbehörde"),
    _f(PROMOTING, "identitaet_geklaert", "aufenthalt", "Identität durch Pass geklärt"),
    _f(PROMOTING, "fallkonferenz", None,
       "Gemeinsame Fallkonferenz mit Ausländerbehörde und Jobcenter"),
    _f(PROMOTING, "familie_gibt_halt", "familie", "Familie vor Ort gibt Halt"),
    _f(PROMOTING, "kitaplatz", "familie", "Kitaplatz ermöglicht Kursbesuch"),
    _f(PROMOTING, "eigene_wohnung", "wohnen", "Eigene Wohnung gefunden"),
    _f(PROMOTING, "schulabschluss_anerkannt", "bildung",
       "Schulabschluss aus dem Herkunftsland anerkannt"),
    _f(PROMOTING, "schule_kooperativ", "bildung", "Schule arbeitet eng mit den Eltern zusammen"),
    _f(PROMOTING, "therapie_stabilisiert", "gesundheit",
       "Psychische Stabilisierung durch Therapie"),
    _f(PROMOTING, "hohe_motivation", None, "Hohe Eigenmotivation"),
    _f(PROMOTING, "sprachmittlung_verfuegbar", None, "Sprachmittlung zuverlässig verfügbar"),
    _f(PROMOTING, "community_unterstuetzt", None, "Unterstützung durch die eigene Community"),
    _f(PROMOTING, "sportverein", None, "Mitglied im Sportverein, Kontakte zu Einheimischen"),
    _f(PROMOTING, "fuehrerschein", "arbeit", "Führerschein vorhanden"),
    _f(PROMOTING, "digitale_kompetenz", None, "Kann Online-Anträge selbst stellen"),
    _f(HINDERING, "wartezeit_integrationskurs", "sprache",
       "Wartezeit auf Integrationskurs 6 Monate"),
    _f(HINDERING, "nicht_alphabetisiert", "sprache",
       "Nicht alphabetisiert in der Herkunftssprache"),
    _f(HINDERING, "keine_passausstellung", "aufenthalt", "Botschaft stellt keinen Pass aus"),
    _f(HINDERING, "kurze_duldung", "aufenthalt", "Duldung jeweils nur für drei Monate"),
    _f(HINDERING, "frist_104c", "aufenthalt", "Frist des Chancen-Aufenthaltsrechts läuft ab"),
    _f(HINDERING, "abh_schwer_erreichbar", "aufenthalt",
       "Ausländerbehörde schwer erreichbar, lange Bearbeitungszeiten"),
    _f(HINDERING, "beschaeftigungsverbot", "arbeit",
       "Beschäftigungsverbot wegen fehlender Mitwirkung"),
    _f(HINDERING, "anerkennung_dauert", "arbeit", "Anerkennungsverfahren dauert über ein Jahr"),
    _f(HINDERING, "chronische_erkrankung", "gesundheit",
       "Chronische Erkrankung schränkt die Arbeitsfähigkeit ein"),
    _f(HINDERING, "keine_therapieplaetze", "gesundheit",
       "Traumatisierung, keine Therapieplätze mit Sprachmittlung"),
    _f(HINDERING, "keine_kinderbetreuung", "familie",
       "Keine Kinderbetreuung, Kursbesuch nicht möglich"),
    _f(HINDERING, "familie_getrennt", "familie", "Familie im Herkunftsland, Sorge um Angehörige"),
    _f(HINDERING, "wohnungsmarkt", "wohnen", "Kaum bezahlbarer Wohnraum im Kreis"),
    _f(HINDERING, "sammelunterkunft", "wohnen", "Leben in der Sammelunterkunft ohne Rückzugsort"),
    _f(HINDERING, "wohnsitzauflage", "wohnen", "Wohnsitzauflage verhindert Umzug zum Arbeitsplatz"),
    _f(HINDERING, "absagen_vermieter", "wohnen", "Absagen von Vermietern wegen des Namens"),
    _f(HINDERING, "zeugnisse_verloren", "bildung", "Zeugnisse auf der Flucht verloren"),
    _f(HINDERING, "leistungsluecke", "finanzen",
       "Leistungslücke beim Wechsel vom Sozialamt zum Jobcenter"),
    _f(HINDERING, "schulden", "finanzen", "Schulden aus Handyverträgen"),
    _f(HINDERING, "schlechte_busverbindung", None, "Schlechte Busverbindung aus dem Ortsteil"),
    _f(HINDERING, "keine_sprachmittlung", None, "Keine Sprachmittlung für die Herkunftssprache"),
    _f(HINDERING, "online_termine", None, "Online-Terminvergabe ohne Hilfe nicht nutzbar"),
    _f(HINDERING, "zustaendigkeit_unklar", None, "Zuständigkeit zwischen Behörden unklar"),
)


# --------------------------------------------------------------------------- appointments

APPOINTMENT_TEMPLATES: tuple[AppointmentTemplate, ...] = (
    AppointmentTemplate(
        "auslaenderbehoerde", "Verlängerung der Duldung",
        "Bitte 15 Minuten vor dem Termin da sein und am Empfang eine Wartenummer ziehen.",
        ("Pass oder Passersatzpapier", "aktuelle Duldungsbescheinigung",
         "ein biometrisches Lichtbild", "Nachweise über die Passbeschaffung"),
        interpreter=True),
    AppointmentTemplate(
        "auslaenderbehoerde", "Antrag auf Aufenthaltserlaubnis nach §25b",
        "Die Beraterin begleitet zum Termin. Alle Unterlagen im Original und in Kopie mitbringen.",
        ("Pass", "Sprachzertifikat A2", "Arbeitsvertrag",
         "Lohnabrechnungen der letzten sechs Monate", "Mietvertrag",
         "Nachweis der Krankenversicherung", "Schulbescheinigungen der Kinder"),
        interpreter=True),
    AppointmentTemplate(
        "auslaenderbehoerde", "Abholung des elektronischen Aufenthaltstitels",
        "Die Abholung ist nur persönlich möglich. Kinder ab 6 Jahren müssen mitkommen.",
        ("Pass", "PIN-Brief der Bundesdruckerei", "bisherige Fiktionsbescheinigung")),
    AppointmentTemplate(
        "auslaenderbehoerde", "Beratung zum Chancen-Aufenthaltsrecht",
        "Es geht um die Frist und die Nachweise für den Übergang in §25a oder §25b.",
        ("Pass oder Identitätsnachweis", "Aufenthaltserlaubnis nach §104c",
         "Sprachnachweise", "Arbeitsvertrag und Lohnabrechnungen"),
        interpreter=True),
    AppointmentTemplate(
        "einbuergerungsbehoerde", "Beratung zur Einbürgerung",
        "Erstberatung; der Antrag wird noch nicht gestellt.",
        ("Pass", "Aufenthaltstitel", "B1-Zertifikat", "Ergebnis des Einbürgerungstests",
         "Einkommensnachweise", "Geburtsurkunde mit Übersetzung")),
    AppointmentTemplate(
        "jobcenter", "Erstantrag auf Bürgergeld",
        "Termin in der Eingangszone. Dolmetscherin für {language} ist angefragt.",
        ("Pass und Aufenthaltstitel", "Mietvertrag", "Kontoauszüge der letzten drei Monate",
         "Einstellungsbescheid des Sozialamts"),
        interpreter=True),
    AppointmentTemplate(
        "jobcenter", "Gespräch mit der Arbeitsvermittlung",
        "Es geht um Sprachkurs, Anerkennung und Arbeitssuche.",
        ("Lebenslauf", "Zeugnisse", "Sprachzertifikate", "Einladungsschreiben")),
    AppointmentTemplate(
        "agentur_fuer_arbeit", "Berufsberatung",
        "Beratung zu Ausbildung und Berufswahl.",
        ("Pass und Aufenthaltstitel", "Schulzeugnisse", "Lebenslauf")),
    AppointmentTemplate(
        "sozialamt", "Vorsprache Leistungen nach AsylbLG",
        "Vorsprache wegen der Weiterbewilligung.",
        ("Aufenthaltsgestattung oder Duldung", "Kontoauszüge", "Nachweise über Einkommen"),
        interpreter=True),
    AppointmentTemplate(
        "jugendamt", "Hilfeplangespräch",
        "Beide Eltern sollen teilnehmen. Eine Dolmetscherin für {language} ist bestellt.",
        ("Ausweise der Eltern", "Geburtsurkunden der Kinder"),
        interpreter=True),
    AppointmentTemplate(
        "integrationskurstraeger", "Einstufungstest Integrationskurs",
        "Der Test dauert etwa zwei Stunden.",
        ("Berechtigungsschein oder Verpflichtung zum Integrationskurs", "Pass", "Kugelschreiber")),
    AppointmentTemplate(
        "gesundheitsamt", "Schuleingangsuntersuchung",
        "Das Kind wird untersucht, die Eltern kommen mit.",
        ("Impfpass", "Vorsorgeheft (U-Heft)", "Ausweis des Kindes")),
    AppointmentTemplate(
        "psychosozial", "Erstgespräch im Psychosozialen Zentrum",
        "Das Gespräch ist vertraulich. Eine Sprachmittlerin für {language} ist dabei.",
        ("Gesundheitskarte oder Behandlungsschein",),
        interpreter=True),
    AppointmentTemplate(
        "wohnungsamt", "Antrag auf Wohnberechtigungsschein",
        "Antragsformular vorher gemeinsam ausgefüllt.",
        ("Einkommensnachweise", "Aufenthaltstitel", "Meldebescheinigung")),
    AppointmentTemplate(
        "rechtsberatung", "Rechtsberatung zum Asylverfahren",
        "Kostenlose Beratung durch Studierende unter Anleitung einer Volljuristin.",
        ("BAMF-Bescheid mit Briefumschlag (Zustelldatum)", "Anhörungsprotokoll")),
    AppointmentTemplate(
        "migrationsberatung", "Übergabegespräch Migrationsberatung",
        "Gemeinsames Gespräch zur Übergabe an die Migrationsberatung.",
        ("Integrationsvereinbarung", "Schweigepflichtentbindung")),
    AppointmentTemplate(
        "kommunales_integrationszentrum", "Beratungstermin im Büro",
        "Termin im Büro des Case Managements am {date} um {time} Uhr.",
        ("alle neuen Briefe von Behörden",)),
    AppointmentTemplate(
        "familienkasse", "Rückfrage zum Kindergeldantrag",
        "Telefontermin; Unterlagen bitte bereithalten.",
        ("Steuer-Identifikationsnummern der Kinder", "Schulbescheinigungen")),
)


# --------------------------------------------------------------------------- closure reasons

CLOSURE_REASONS: tuple[ClosureReason, ...] = (
    ClosureReason("ziele_erreicht", "Ziele der Integrationsvereinbarung erreicht", True, 30),
    ClosureReason("uebergabe_regeldienst", "Übergabe an einen Regeldienst (MBE, JMD)", True, 20),
    ClosureReason("kein_bedarf", "Kein weiterer Unterstützungsbedarf", True, 15),
    ClosureReason("einbuergerung", "Einbürgerung abgeschlossen", True, 3),
    ClosureReason("umzug", "Umzug außerhalb des Kreises", False, 12),
    ClosureReason("kontaktabbruch", "Kontaktabbruch durch die Klientin / den Klienten", False, 12),
    ClosureReason("zustaendigkeitswechsel", "Zuständigkeitswechsel zu einem anderen Träger",
                  False, 4),
    ClosureReason("einwilligung_widerrufen", "Einwilligung widerrufen", False, 2),
    ClosureReason("ausreise", "Freiwillige Ausreise / Rückkehr", False, 3),
    ClosureReason("aufenthaltsbeendigung", "Aufenthaltsbeendigung (Abschiebung, Überstellung)",
                  False, 2),
)
