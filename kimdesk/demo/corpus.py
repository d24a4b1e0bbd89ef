"""Fictional, realistic data for generating a KIMdesk demo vault (no randomness here).

The demo generator draws from the plain data below; this module never chooses anything.
Everything is immutable: tuples of frozen dataclasses or NamedTuples, plus a few read-only
dicts of labels. The data lives in two submodules and is re-exported here; import from
``kimdesk.demo.corpus`` only.

Names (``corpus_names``)
------------------------
``COUNTRIES: tuple[CountryProfile, ...]`` and ``COUNTRY_BY_CODE`` (read-only mapping).
``FOCUS_COUNTRY_CODES``: SY AF IQ UA TR ER IR SO NG (≥ 30 given and 30 family names each).
Further profiles with fewer names: GN RU XK (Kosovo) MK RO PL.

``CountryProfile``
    ``code`` ISO 3166 alpha-2 ("XK" for Kosovo; ``country("KO")`` is accepted as alias),
    ``name_de`` ("Syrien"), ``nationality_de`` ("syrisch"),
    ``script`` ISO 15924 code of the original spellings ("Arab", "Cyrl", "Ethi", "Latn"),
    ``languages: tuple[Weighted, ...]`` the client's reading language on forms, from
    ``APP_LANGUAGES`` (ar fa fa_AF ps uk ru tr kmr ckb ti so fr en) or "de" = German only
    (used for XK/MK/RO/PL, whose languages have no form translation),
    ``residence: tuple[Weighted, ...]`` residence-title codes with relative weights,
    ``arrival_years: tuple[int, int]`` plausible first and last year of arrival,
    ``given_names: tuple[GivenName, ...]``, ``family_names: tuple[FamilyName, ...]``.
``Weighted(code: str, weight: int)`` NamedTuple; weights are relative (use
    ``random.choices([w.code for w in t], [w.weight for w in t])``).
``GivenName(original, latin, variants, gender, tradition)``
    ``original`` in the original script (Arabic, Persian/Dari, Pashto, Sorani, Cyrillic,
    Ethiopic; Latin with diacritics for TR, SO, GN, XK, RO, PL), ``latin`` the primary Latin
    transliteration (as in passports / German files; ASCII for TR), ``variants`` a tuple of
    alternative Latin spellings met in practice (may be empty), ``gender`` "f" | "m",
    ``tradition`` the language code of the naming tradition (e.g. "ar", "kmr", "ckb",
    "fa_AF", "ps", "fa", "uk", "ti", "so", "tr", "en", "fr", "ru", "sq", "mk", "ro", "pl").
    Property ``form -> NameForm``.
``FamilyName(original, latin, variants, tradition, feminine=None)``
    ``feminine: NameForm | None`` is the female form where the language inflects
    (RU Иванов/Иванова, MK -ски/-ска, PL -ski/-ska); ``for_gender(g) -> NameForm``.
``NameForm(original, latin, variants=())`` with property ``spellings`` (latin first).
``names_for_language(country_code, language)`` returns ``(given, family)`` whose
    ``tradition`` equals the language, each falling back to all names of the country when
    none match; so a Kurmanji-speaking client from SY gets a Kurdish given name, a
    Russian-speaking client from UA any Ukrainian name.
Some cultures (AF, ER, SO) have no inherited family names; the family-name lists hold the
names that such clients carry as surname in German files (tribal names, father's names).

``RESIDENCE_TITLES: tuple[ResidenceTitleInfo, ...]`` and ``RESIDENCE_TITLE_CODES``:
    ``ResidenceTitleInfo(code, label_de, legal_basis, legal_area, typical_validity_months)``;
    codes: gestattung duldung chancen_104c ae_25a ae_25b ae_24 ae_25_2 ae_other
    niederlassung eu_freizuegigkeit eingebuergert. ``typical_validity_months`` is a demo
    heuristic for valid-until dates (None = unlimited), not legal advice.

Texts (``corpus_texts``)
------------------------
``LIFE_AREAS`` aufenthalt arbeit bildung sprache gesundheit wohnen familie finanzen, with
``LIFE_AREA_LABELS``; ``PHASES`` access assessment planning steering monitoring closure, with
``PHASE_LABELS`` (German).
``NOTE_TEMPLATES: tuple[NoteTemplate(phase, area | None, text, for_titles, office_kind),
    ...]`` German case notes; ``for_titles`` are the residence-title codes the note
    presupposes (empty = any); ``office_kind`` is the agency kind whose ``short_name`` /
    ``contact`` fill ``{office}`` / ``{contact}`` (set on every note using them, else None);
    property ``client_gender`` is "f"/"m" when the text says Klientin/Klient, else None.
    ``notes_for(phase, title=None, gender=None)`` filters accordingly.
``GOAL_TEMPLATES: tuple[GoalTemplate(area, title, steps, for_titles), ...]`` where
    ``steps: tuple[GoalStep(text, by), ...]`` with ``by`` "client" | "counsellor" | "office",
    and ``for_titles`` the residence-title codes the goal suits (empty = any).
``FACTORS: tuple[Factor(polarity, tag, area | None, text), ...]`` with ``polarity``
    ``PROMOTING`` ("förderlich") or ``HINDERING`` ("hemmend"); ``tag`` is a stable slug.
``APPOINTMENT_TEMPLATES: tuple[AppointmentTemplate(agency_kind, subject, note, bring,
    interpreter), ...]``; ``bring`` lists the documents to bring.
``CLOSURE_REASONS: tuple[ClosureReason(code, label, planned, weight), ...]``.

Placeholders: note texts and appointment notes may contain ``{name}`` fields from
``ALLOWED_PLACEHOLDERS`` (documented in ``PLACEHOLDERS``): date, time, deadline, office,
contact, language, shelter, town, title, level, months. Fill them with ``str.format``; a
template never contains other braces. ``placeholders(text)`` lists the fields of a text.

Places (this module)
--------------------
``DISTRICT`` = "Kreis Musterland" (fictional, NRW). ``TOWNS: tuple[Town(name, postal_code,
population), ...]``. ``AGENCIES: tuple[Agency, ...]``:
``Agency(key, kind, name, short_name, legal_area, street, postal_code, town, contact, phone,
email, opening_hours, languages)`` where ``kind`` is one of ``AGENCY_KINDS`` (keys of
``AGENCY_KIND_LABELS``), ``legal_area`` one of ``LEGAL_AREAS`` or None, ``languages`` the
language codes offered on site ("de" first). Phones use the Bundesnetzagentur "drama
numbers" of Köln, 0221 4710-000 to -999, which are never assigned to anyone; e-mail
addresses are @example.org. ``SHELTERS: tuple[Shelter(key, name, kind, street, postal_code,
town, operator, capacity), ...]`` with ``kind`` "zue" (state reception facility) or
"kommunal" (municipal shelter). ``STREETS`` street names for client addresses.
``COUNSELLORS: tuple[Counsellor(given, family, organisation, languages), ...]`` where
``organisation`` is an agency key. ``LANGUAGE_NAMES_DE`` German names of language codes.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from kimdesk.demo.corpus_names import (
    APP_LANGUAGES,
    COUNTRIES,
    FOCUS_COUNTRY_CODES,
    RESIDENCE_TITLE_CODES,
    RESIDENCE_TITLES,
    CountryProfile,
    FamilyName,
    Gender,
    GivenName,
    NameForm,
    ResidenceTitleInfo,
    Weighted,
)
from kimdesk.demo.corpus_texts import (
    ALLOWED_PLACEHOLDERS,
    APPOINTMENT_TEMPLATES,
    CLOSURE_REASONS,
    FACTORS,
    GOAL_TEMPLATES,
    HINDERING,
    LIFE_AREA_LABELS,
    LIFE_AREAS,
    NOTE_TEMPLATES,
    PHASE_LABELS,
    PHASES,
    PLACEHOLDERS,
    PROMOTING,
    AppointmentTemplate,
    ClosureReason,
    Factor,
    GoalStep,
    GoalTemplate,
    LifeArea,
    NoteTemplate,
    Phase,
    Polarity,
)

__all__ = [
    "AGENCIES", "AGENCY_KINDS", "AGENCY_KIND_LABELS", "ALLOWED_PLACEHOLDERS",
    "APPOINTMENT_TEMPLATES", "APP_LANGUAGES", "CLOSURE_REASONS", "COUNSELLORS", "COUNTRIES",
    "COUNTRY_BY_CODE", "DISTRICT", "FACTORS", "FOCUS_COUNTRY_CODES", "GOAL_TEMPLATES",
    "HINDERING", "LANGUAGE_NAMES_DE", "LEGAL_AREAS", "LIFE_AREAS", "LIFE_AREA_LABELS",
    "NOTE_TEMPLATES", "PHASES", "PHASE_LABELS", "PLACEHOLDERS", "PROMOTING",
    "RESIDENCE_TITLES", "RESIDENCE_TITLE_CODES", "SHELTERS", "STREETS", "TOWNS",
    "Agency", "AppointmentTemplate", "ClosureReason", "Counsellor", "CountryProfile",
    "Factor", "FamilyName", "Gender", "GivenName", "GoalStep", "GoalTemplate", "LifeArea",
    "NameForm", "NoteTemplate", "Phase", "Polarity", "ResidenceTitleInfo", "Shelter", "Town",
    "Weighted", "agencies_of_kind", "country", "goals_for", "names_for_language",
    "notes_for", "placeholders", "residence_title",
]

DISTRICT = "Kreis Musterland"

LEGAL_AREAS: tuple[str, ...] = (
    "AufenthG", "AsylG", "AsylbLG", "SGB II", "SGB III", "SGB VIII", "SGB XII", "StAG",
)

LANGUAGE_NAMES_DE: Mapping[str, str] = MappingProxyType({
    "de": "Deutsch",
    "ar": "Arabisch",
    "fa": "Persisch (Farsi)",
    "fa_AF": "Dari",
    "ps": "Paschtu",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "tr": "Türkisch",
    "kmr": "Kurdisch (Kurmandschi)",
    "ckb": "Kurdisch (Sorani)",
    "ti": "Tigrinya",
    "so": "Somali",
    "fr": "Französisch",
    "en": "Englisch",
})


@dataclass(frozen=True, slots=True)
class Town:
    """A town of the fictional district with its postal code and population."""

    name: str
    postal_code: str
    population: int


@dataclass(frozen=True, slots=True)
class Agency:
    """A fictional office or service in Kreis Musterland that counsellors refer clients to."""

    key: str
    kind: str
    name: str
    short_name: str
    legal_area: str | None
    street: str
    postal_code: str
    town: str
    contact: str
    phone: str
    email: str
    opening_hours: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Shelter:
    """A fictional collective accommodation (ZUE or municipal shelter)."""

    key: str
    name: str
    kind: str
    street: str
    postal_code: str
    town: str
    operator: str
    capacity: int


@dataclass(frozen=True, slots=True)
class Counsellor:
    """A fictional KIM case manager; ``organisation`` is the key of the employing agency."""

    given: str
    family: str
    organisation: str
    languages: tuple[str, ...]


TOWNS: tuple[Town, ...] = (
    Town("Musterstadt", "59990", 78_400),
    Town("Bergheide", "59994", 41_200),
    Town("Lindenfeld", "59996", 28_900),
    Town("Auenbach", "59998", 16_700),
    Town("Hohenwiesen", "59999", 10_300),
)

AGENCY_KIND_LABELS: Mapping[str, str] = MappingProxyType({
    "auslaenderbehoerde": "Ausländerbehörde",
    "einbuergerungsbehoerde": "Einbürgerungsbehörde",
    "jobcenter": "Jobcenter",
    "agentur_fuer_arbeit": "Agentur für Arbeit",
    "sozialamt": "Sozialamt",
    "jugendamt": "Jugendamt",
    "integrationskurstraeger": "Integrationskursträger",
    "migrationsberatung": "Migrationsberatung",
    "gesundheitsamt": "Gesundheitsamt",
    "psychosozial": "Psychosoziales Zentrum",
    "wohnungsamt": "Wohnungsamt",
    "rechtsberatung": "Rechtsberatung",
    "wohlfahrtsverband": "Wohlfahrtsverband",
    "kommunales_integrationszentrum": "Kommunales Integrationszentrum",
    "familienkasse": "Familienkasse",
    "schuldnerberatung": "Schuldnerberatung",
    "buergerbuero": "Bürgerbüro",
    "frauenberatung": "Frauenberatungsstelle",
})
AGENCY_KINDS: tuple[str, ...] = tuple(AGENCY_KIND_LABELS)

_MO_FR = "Mo–Fr 8:00–12:00"

AGENCIES: tuple[Agency, ...] = (
    Agency("abh", "auslaenderbehoerde", "Ausländerbehörde des Kreises Musterland",
           "ABH Kreis Musterland", "AufenthG", "Friedrich-Ebert-Straße 12", "59990",
           "Musterstadt", "Frau Sabine Krüger", "0221 4710-101",
           "auslaenderbehoerde.musterland@example.org",
           "Mo, Di, Do 8:00–12:00, Do 14:00–17:30; nur mit Termin (Online-Terminvergabe)",
           ("de", "en")),
    Agency("einbuergerung", "einbuergerungsbehoerde", "Einbürgerungsbehörde des Kreises Musterland",
           "Einbürgerung Kreis Musterland", "StAG", "Friedrich-Ebert-Straße 12", "59990",
           "Musterstadt", "Herr Thomas Lehmann", "0221 4710-115",
           "einbuergerung.musterland@example.org",
           "Di 8:00–12:00, Do 14:00–17:00; Beratung nur mit Termin", ("de",)),
    Agency("jc_musterstadt", "jobcenter", "Jobcenter Kreis Musterland, Standort Musterstadt",
           "Jobcenter Musterstadt", "SGB II", "Bahnhofstraße 40", "59990", "Musterstadt",
           "Frau Ayşe Yılmaz", "0221 4710-201", "jobcenter.musterstadt@example.org",
           f"{_MO_FR}, Do 14:00–17:00", ("de", "tr", "en")),
    Agency("jc_bergheide", "jobcenter", "Jobcenter Kreis Musterland, Standort Bergheide",
           "Jobcenter Bergheide", "SGB II", "Marktplatz 5", "59994", "Bergheide",
           "Herr Markus Schneider", "0221 4710-231", "jobcenter.bergheide@example.org",
           "Mo–Fr 8:00–12:30; Eingangszone ohne Termin", ("de", "ar")),
    Agency("afa", "agentur_fuer_arbeit", "Agentur für Arbeit, Geschäftsstelle Musterstadt",
           "Agentur für Arbeit Musterstadt", "SGB III", "Am Kanal 8", "59990", "Musterstadt",
           "Frau Katrin Vogel", "0221 4710-251", "arbeitsagentur.musterstadt@example.org",
           "Mo–Mi 8:00–16:00, Do 8:00–18:00, Fr 8:00–12:00", ("de", "en")),
    Agency("sozialamt_asyl", "sozialamt", "Sozialamt der Stadt Musterstadt, Asylbewerberleistungen",
           "Sozialamt Musterstadt", "AsylbLG", "Rathausplatz 1", "59990", "Musterstadt",
           "Herr Jens Hartmann", "0221 4710-301", "sozialamt.asyl.musterstadt@example.org",
           "Mo, Di, Fr 8:30–12:00, Do 14:00–16:00", ("de",)),
    Agency("sozialamt_sgb12", "sozialamt",
           "Sozialamt des Kreises Musterland, Grundsicherung und Hilfe zur Pflege",
           "Sozialamt Kreis Musterland", "SGB XII", "Friedrich-Ebert-Straße 14", "59990",
           "Musterstadt", "Frau Monika Weber", "0221 4710-321",
           "grundsicherung.musterland@example.org", f"{_MO_FR}, Do 14:00–16:00", ("de",)),
    Agency("jugendamt", "jugendamt", "Jugendamt des Kreises Musterland",
           "Jugendamt Kreis Musterland",
           "SGB VIII", "Schulstraße 3", "59994", "Bergheide", "Frau Claudia Schäfer",
           "0221 4710-351", "jugendamt.musterland@example.org",
           f"{_MO_FR}, Di 14:00–16:00; Notfälle jederzeit über die Leitstelle", ("de", "en")),
    Agency("vhs", "integrationskurstraeger", "Volkshochschule Musterland",
           "VHS Musterland", None, "Kirchplatz 7", "59990", "Musterstadt",
           "Herr Stefan Brandt", "0221 4710-401", "integrationskurse.vhs-musterland@example.org",
           "Mo–Do 9:00–12:00 und 14:00–16:00, Fr 9:00–12:00", ("de", "en", "ar")),
    Agency("sprachinstitut", "integrationskurstraeger", "Sprachinstitut Lindenfeld gGmbH",
           "Sprachinstitut Lindenfeld", None, "Lindenallee 22", "59996", "Lindenfeld",
           "Frau Natalia Kowalenko", "0221 4710-421", "info.sprachinstitut-lindenfeld@example.org",
           "Mo–Fr 9:00–13:00", ("de", "uk", "ru")),
    Agency("bildungswerk", "integrationskurstraeger", "Bildungswerk Bergheide e.V.",
           "Bildungswerk Bergheide", None, "Zechenstraße 40", "59994", "Bergheide",
           "Herr Ali Rahimi", "0221 4710-441", "kurse.bildungswerk-bergheide@example.org",
           "Mo–Do 8:30–15:00; Alphabetisierungskurse mit Kinderbetreuung",
           ("de", "fa", "fa_AF", "ps")),
    Agency("mbe_caritas", "migrationsberatung",
           "Migrationsberatung für Erwachsene (MBE) des Caritasverbands Musterland",
           "MBE Caritas", None, "Hospitalstraße 9", "59990", "Musterstadt",
           "Frau Rania Haddad", "0221 4710-501", "mbe.caritas-musterland@example.org",
           "Di 9:00–12:00 offene Sprechstunde, sonst nach Vereinbarung", ("de", "ar", "en")),
    Agency("jmd_diakonie", "migrationsberatung",
           "Jugendmigrationsdienst (JMD) der Diakonie Musterland",
           "JMD Diakonie", None, "Lutherstraße 15", "59996", "Lindenfeld",
           "Herr Jonas Becker", "0221 4710-521", "jmd.diakonie-musterland@example.org",
           "Mo 14:00–17:00 offene Sprechstunde, sonst nach Vereinbarung", ("de", "en", "fr")),
    Agency("gesundheitsamt", "gesundheitsamt", "Gesundheitsamt des Kreises Musterland",
           "Gesundheitsamt Kreis Musterland", None, "Friedrich-Ebert-Straße 18", "59990",
           "Musterstadt", "Frau Dr. Andrea Wolff", "0221 4710-551",
           "gesundheitsamt.musterland@example.org", f"{_MO_FR}, Do 14:00–15:30", ("de", "en")),
    Agency("psz", "psychosozial", "Psychosoziales Zentrum für Geflüchtete Musterland",
           "PSZ Musterland", None, "Gartenstraße 31", "59990", "Musterstadt",
           "Frau Leila Karimi", "0221 4710-601", "psz.musterland@example.org",
           "Telefonische Sprechzeit Mo und Mi 10:00–12:00; Termine nach Vereinbarung",
           ("de", "en", "fa", "ar")),
    Agency("wohnungsamt", "wohnungsamt", "Wohnungsamt der Stadt Musterstadt",
           "Wohnungsamt Musterstadt", None, "Rathausplatz 1", "59990", "Musterstadt",
           "Herr Peter Wagner", "0221 4710-651", "wohnungsamt.musterstadt@example.org",
           "Mo, Di, Do 8:00–12:00", ("de",)),
    Agency("rlc", "rechtsberatung", "Refugee Law Clinic Musterland e.V.",
           "Refugee Law Clinic", "AsylG", "Universitätsstraße 4", "59990", "Musterstadt",
           "Frau Lena Fischer", "0221 4710-701", "beratung.rlc-musterland@example.org",
           "Beratung Mi 16:00–19:00 nach Anmeldung", ("de", "en", "fr")),
    Agency("caritas", "wohlfahrtsverband", "Caritasverband für den Kreis Musterland e.V.",
           "Caritas Musterland", None, "Hospitalstraße 9", "59990", "Musterstadt",
           "Herr Michael Schulz", "0221 4710-751", "integration.caritas-musterland@example.org",
           "Mo–Fr 9:00–12:00, Mo–Do 13:30–16:00", ("de", "ar", "en")),
    Agency("drk", "wohlfahrtsverband", "DRK-Kreisverband Musterland e.V.",
           "DRK Musterland", None, "Am Hang 1", "59990", "Musterstadt",
           "Frau Olena Bondarenko", "0221 4710-771", "migration.drk-musterland@example.org",
           "Mo–Fr 8:00–16:00", ("de", "uk", "ru", "en")),
    Agency("diakonie", "wohlfahrtsverband", "Diakonie Musterland, Flüchtlingsberatung Lindenfeld",
           "Diakonie Lindenfeld", None, "Lutherstraße 15", "59996", "Lindenfeld",
           "Frau Senait Tesfamariam", "0221 4710-791",
           "fluechtlingsberatung.diakonie-musterland@example.org",
           "Di und Do 9:00–15:00", ("de", "ti", "en")),
    Agency("ki_kreis", "kommunales_integrationszentrum",
           "Kommunales Integrationszentrum Kreis Musterland (KIM)",
           "KI Kreis Musterland", None, "Friedrich-Ebert-Straße 16", "59990", "Musterstadt",
           "Herr Daniel Richter", "0221 4710-801", "kim.musterland@example.org",
           "Mo–Fr 8:30–12:30, Mo–Do 13:30–15:30", ("de", "en", "ar", "tr")),
    Agency("familienkasse", "familienkasse", "Familienkasse, Servicestelle Musterstadt",
           "Familienkasse", None, "Am Kanal 8", "59990", "Musterstadt",
           "Servicetelefon", "0221 4710-851", "familienkasse.musterstadt@example.org",
           "Mo–Fr 8:00–18:00 telefonisch", ("de",)),
    Agency("schuldnerberatung", "schuldnerberatung",
           "Schuldner- und Insolvenzberatung der Diakonie Musterland",
           "Schuldnerberatung Diakonie", None, "Lutherstraße 17", "59996", "Lindenfeld",
           "Herr Frank Neumann", "0221 4710-871",
           "schuldnerberatung.diakonie-musterland@example.org",
           "Termine nach Vereinbarung", ("de",)),
    Agency("buergerbuero", "buergerbuero", "Bürgerbüro der Stadt Musterstadt",
           "Bürgerbüro Musterstadt", None, "Rathausplatz 1", "59990", "Musterstadt",
           "Empfang", "0221 4710-901", "buergerbuero.musterstadt@example.org",
           "Mo–Fr 7:30–12:30, Do 14:00–18:00, Sa 9:00–12:00", ("de",)),
    Agency("frauenberatung", "frauenberatung", "Frauenberatungsstelle Musterland e.V.",
           "Frauenberatung Musterland", None, "Gartenstraße 12", "59994", "Bergheide",
           "Frau Miriam Yousef", "0221 4710-921", "kontakt.frauenberatung-musterland@example.org",
           "Mo–Do 9:00–13:00, Di 15:00–18:00", ("de", "ar", "en")),
)

SHELTERS: tuple[Shelter, ...] = (
    Shelter("zue_musterstadt", "ZUE Musterstadt, Am Hang 3", "zue", "Am Hang 3", "59990",
            "Musterstadt", "DRK-Kreisverband Musterland e.V. im Auftrag der Bezirksregierung", 600),
    Shelter("uh_bergheide", "Übergangsheim Bergheide, Zechenstraße 14", "kommunal",
            "Zechenstraße 14", "59994", "Bergheide", "Gemeinde Bergheide", 120),
    Shelter("gu_lindenfeld", "Gemeinschaftsunterkunft Alte Schule, Lindenfeld", "kommunal",
            "Schulweg 2", "59996", "Lindenfeld", "Diakonie Musterland", 80),
    Shelter("gu_musterstadt_nord", "Unterkunft Industriestraße 77, Musterstadt", "kommunal",
            "Industriestraße 77", "59990", "Musterstadt", "Stadt Musterstadt", 200),
    Shelter("wh_auenbach", "Wohnheim Kastanienallee 9, Auenbach", "kommunal",
            "Kastanienallee 9", "59998", "Auenbach", "Caritasverband Musterland", 60),
    Shelter("gu_lindenhof", "Gemeinschaftsunterkunft ehemaliges Hotel Lindenhof", "kommunal",
            "Hauptstraße 101", "59996", "Lindenfeld", "Stadt Lindenfeld", 90),
    Shelter("gu_hohenwiesen", "Unterkunft Am Sportplatz 4, Hohenwiesen", "kommunal",
            "Am Sportplatz 4", "59999", "Hohenwiesen", "Gemeinde Hohenwiesen", 40),
)

STREETS: tuple[str, ...] = (
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Kirchstraße",
    "Lindenweg", "Birkenweg", "Ahornweg", "Am Markt", "Mühlenweg", "Bergstraße",
    "Dorfstraße", "Friedhofstraße", "Feldstraße", "Wiesenweg", "Waldstraße",
    "Goethestraße", "Schillerstraße", "Kantstraße", "Zechenstraße", "Hüttenweg",
    "Kolpingstraße", "Am Bach", "Rosenstraße", "Tulpenweg", "Eichendorffstraße",
    "Marktstraße", "Brunnenstraße", "Sedanstraße", "Ringstraße",
)

COUNSELLORS: tuple[Counsellor, ...] = (
    Counsellor("Julia", "Hoffmann", "ki_kreis", ("de", "en")),
    Counsellor("Mahmoud", "Haddad", "caritas", ("de", "ar")),
    Counsellor("Nadine", "Schulte", "ki_kreis", ("de", "en", "fr")),
    Counsellor("Farid", "Ahmadi", "drk", ("de", "fa", "fa_AF")),
    Counsellor("Kateryna", "Melnyk", "drk", ("de", "uk", "ru")),
    Counsellor("Selin", "Aydın", "diakonie", ("de", "tr", "kmr")),
    Counsellor("Tobias", "Klein", "ki_kreis", ("de", "en")),
    Counsellor("Helen", "Gebreyesus", "diakonie", ("de", "ti", "en")),
    Counsellor("Sarah", "Meier", "caritas", ("de", "en")),
    Counsellor("Dilan", "Sheikho", "ki_kreis", ("de", "kmr", "ar")),
)

COUNTRY_BY_CODE: Mapping[str, CountryProfile] = MappingProxyType({c.code: c for c in COUNTRIES})
_ALIASES = {"KO": "XK"}
_TITLE_BY_CODE = {t.code: t for t in RESIDENCE_TITLES}


def country(code: str) -> CountryProfile:
    """Return the profile for an ISO alpha-2 code (``KO`` is accepted for Kosovo)."""
    key = code.upper()
    return COUNTRY_BY_CODE[_ALIASES.get(key, key)]


def residence_title(code: str) -> ResidenceTitleInfo:
    """Return label and legal basis for a residence-title code."""
    return _TITLE_BY_CODE[code]


def names_for_language(
    country_code: str, language: str
) -> tuple[tuple[GivenName, ...], tuple[FamilyName, ...]]:
    """Return given and family names of a country fitting a client language (else all)."""
    profile = country(country_code)
    given = tuple(n for n in profile.given_names if n.tradition == language)
    family = tuple(n for n in profile.family_names if n.tradition == language)
    return (given or profile.given_names, family or profile.family_names)


def agencies_of_kind(kind: str) -> tuple[Agency, ...]:
    """Return all agencies of one kind (e.g. ``"jobcenter"``)."""
    return tuple(a for a in AGENCIES if a.kind == kind)


def goals_for(area: str, title: str | None = None) -> tuple[GoalTemplate, ...]:
    """Return goal templates of a life area suiting a residence-title code (None = all)."""
    return tuple(
        g for g in GOAL_TEMPLATES
        if g.area == area and (title is None or not g.for_titles or title in g.for_titles)
    )


def notes_for(
    phase: str, title: str | None = None, gender: str | None = None
) -> tuple[NoteTemplate, ...]:
    """Return note templates of a phase fitting a residence-title code and client gender."""
    return tuple(
        n for n in NOTE_TEMPLATES
        if n.phase == phase
        and (title is None or not n.for_titles or title in n.for_titles)
        and (gender is None or n.client_gender in (None, gender))
    )


def placeholders(text: str) -> frozenset[str]:
    """Return the ``{field}`` names used in a template text."""
    return frozenset(
        field for _, field, _, _ in string.Formatter().parse(text) if field is not None
    )
