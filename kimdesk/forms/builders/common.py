"""What the seven form builders share: header, client values, and the generic section printer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from kimdesk.domain.models import Agency, Client
from kimdesk.forms.blocks import EMPTY, Cell, Check, Composer, Slot
from kimdesk.forms.data import FormData
from kimdesk.forms.document import letterhead_block
from kimdesk.forms.fonts import char_script, script_of
from kimdesk.forms.localize import BLANK, Bi, Value
from kimdesk.forms.safe_text import printable
from kimdesk.forms.textflow import script_for_lang
from kimdesk.forms.texts import COMMON, FIELDS, FormText, Section

#: the German note shown when the form had to shorten user text (not yet in texts.py)
CLIPPED_NOTE = "Sehr lange Texte sind in diesem Formular gekürzt (markiert mit „gekürzt“)."


@dataclass
class Parts:
    """What a builder adds to the generic sections of its FormText, by section key."""

    conditions: set[str] = field(default_factory=set)
    fields: dict[str, Mapping[str, Cell | list[str]]] = field(default_factory=dict)
    checks: dict[str, Sequence[Check]] = field(default_factory=dict)
    tables: dict[str, tuple[Sequence[Sequence[Cell]], Sequence[float]]] = field(
        default_factory=dict)
    before: dict[str, list[Flowable]] = field(default_factory=dict)
    after: dict[str, list[Flowable]] = field(default_factory=dict)
    yes_no: set[str] = field(default_factory=set)
    groups: dict[str, Sequence[int]] = field(default_factory=dict)


def client_name(client: Client) -> str:
    """'Given Family' in Latin script (the name the offices use)."""
    return printable(" ".join(p for p in (client.given_names, client.family_name) if p))


def name_lines(client: Client) -> list[str]:
    """The Latin name and, on a second line, the name in its original script."""
    lines = [client_name(client) or printable(client.original_name)]
    original = printable(client.original_name)
    if original and original not in lines:
        lines.append(original)
    return lines


def name_for_greeting(client: Client, lang: str) -> Bi:
    """The Latin name for German, the original-script name when it is the language's script."""
    latin = client_name(client) or printable(client.original_name)
    original = printable(client.original_name)
    if original and any(char_script(c) for c in original) and (
            script_of(original) == script_for_lang(lang)) and lang != "de":
        return Bi(latin, original)
    return Bi(latin, latin)


def address_lines(client: Client) -> list[str]:
    """Shelter, street and town, one per line."""
    lines = [client.shelter, client.street,
             " ".join(p for p in (client.postal_code, client.city) if p)]
    return [printable(x) for x in lines if x and x.strip()] or [EMPTY]


def agency_lines(agency: Agency | None) -> list[str]:
    """An office's name and address."""
    if agency is None:
        return [EMPTY]
    town = " ".join(p for p in (agency.postal_code, agency.city) if p)
    return [printable(x) for x in (agency.name, agency.street, town) if x and x.strip()]


def birth(comp: Composer, client: Client) -> Cell:
    """The birth date (only the year when only the year is known)."""
    if client.birth_date is None:
        return EMPTY
    if client.birth_year_only:
        return str(client.birth_date.year)
    return comp.loc.date(client.birth_date)


def org_values(data: FormData, comp: Composer) -> dict[str, Value]:
    """Placeholder values about the organisation, shared by all forms."""
    lh = data.letterhead
    counsellor = printable(data.counsellor_name())
    return {
        "organisation": printable(lh.name) or BLANK,
        "organisation_address": printable(lh.address_line) or BLANK,
        "dpo_contact": printable(lh.dpo_contact) or BLANK,
        "supervisory_authority": printable(lh.supervisory_authority) or BLANK,
        "church_law": printable(lh.church_law) or BLANK,
        "retention_years": str(data.retention_years),
        "counsellor": counsellor or BLANK,
        "date": comp.loc.date(data.today),
        "name": name_for_greeting(data.client, comp.loc.lang),
    }


def header_values(data: FormData, comp: Composer) -> dict[str, Cell | list[str]]:
    """Values of the header fields every form may show, by field key."""
    client = data.client
    lh = data.letterhead
    controller = [x for x in (printable(lh.name), printable(lh.address_line)) if x]
    return {
        "name": name_lines(client),
        "birth_date": birth(comp, client),
        "file_number": printable(client.file_number) or EMPTY,
        "address": address_lines(client),
        "counsellor": printable(data.counsellor_name()) or EMPTY,
        "date": comp.loc.date(data.today),
        "request_date": BLANK,
        "controller": controller or [BLANK],
        "phone": printable(client.phone) or EMPTY,
        "email": printable(client.email) or EMPTY,
    }


def head(form: FormText, data: FormData, comp: Composer,
         values: Mapping[str, Cell | list[str]]) -> list[Flowable]:
    """Letterhead, title, the 'German is binding' note and the header fields."""
    out: list[Flowable] = [*letterhead_block(data.letterhead, comp)]
    out += comp.title(comp.t(form.title))
    if comp.loc.bilingual:
        out.append(comp.pairs([comp.t(COMMON["german_binding"]),
                               comp.t(COMMON["translation_helps"])]))
        out.append(Spacer(1, 8))
    out.append(Slot())
    if form.header_fields:
        out.append(comp.fields([(f, values.get(f.key, EMPTY)) for f in form.header_fields]))
        out.append(Spacer(1, 10))
    return out


def sections(comp: Composer, secs: Sequence[Section], parts: Parts,
             values: Mapping[str, Value]) -> list[Flowable]:
    """Print the sections whose condition holds, with the builder's fields, boxes, tables."""
    out: list[Flowable] = []
    for sec in secs:
        if sec.when is not None and sec.when not in parts.conditions:
            continue
        out.append(CondPageBreak(90))
        block = comp.section(sec.heading, sec.paragraphs, **values)
        out += block
        if block:
            out.pop()  # the spacer: the section's other parts follow directly
        out += parts.before.get(sec.key, [])
        if sec.fields:
            given = parts.fields.get(sec.key, {})
            out.append(comp.fields([(f, given.get(f.key, EMPTY)) for f in sec.fields]))
        if sec.checkboxes:
            checks = parts.checks.get(sec.key) or [Check(b) for b in sec.checkboxes]
            out.append(comp.checks(checks, yes_no=sec.key in parts.yes_no))
        if sec.columns:
            rows, widths = parts.tables.get(sec.key, ((), [1.0] * len(sec.columns)))
            out.append(comp.table(sec.columns, rows, widths,
                                  group_starts=parts.groups.get(sec.key, ())))
        tail = comp.section(None, sec.after, **values)[:1] if sec.after else []
        tail += parts.after.get(sec.key, [])
        if tail:
            out.append(KeepTogether(tail))
        out.append(Spacer(1, 8))
    return out


def closing(form: FormText, comp: Composer, values: Mapping[str, Value],
            extra: Sequence[Flowable] = ()) -> list[Flowable]:
    """The closing paragraphs and the signature lines."""
    out: list[Flowable] = []
    if form.closing:
        out.append(CondPageBreak(120))
        out += comp.section(None, form.closing, **values)
    out += list(extra)
    if form.signatures:
        out.append(comp.signatures(form.signatures))
    return out


def field_label(key: str) -> str:
    """The msgid of a shared field label."""
    return FIELDS[key].label


def date_de(day: date | None) -> str:
    """A date in German numeric form for table cells."""
    return day.strftime("%d.%m.%Y") if day else EMPTY
