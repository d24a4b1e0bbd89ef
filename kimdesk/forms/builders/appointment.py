"""Form 3: the appointment letter (date, time, place, what to bring, interpreter)."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, Spacer

from kimdesk.domain.enums import PlaceKind
from kimdesk.domain.models import Appointment
from kimdesk.forms.blocks import BODY, EMPTY, Check, Composer
from kimdesk.forms.builders.common import (
    Parts,
    agency_lines,
    closing,
    head,
    header_values,
    org_values,
    sections,
)
from kimdesk.forms.data import FormData
from kimdesk.forms.localize import BERLIN
from kimdesk.forms.safe_text import LINE_LIMIT, printable
from kimdesk.forms.texts import FORM_TEXTS

FORM = FORM_TEXTS["appointment"]
_BRING_SECTION = next(s for s in FORM.sections if s.key == "bring")

# words in "Mitbringen: ..." of the appointment's note -> the checkbox they tick
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "passport": ("pass", "personalausweis", "ausweis", "identität"),
    "residence_document": ("aufenthalt", "duldung", "gestattung", "fiktion", "§104c"),
    "letters": ("bescheid", "brief", "schreiben", "einladung"),
    "health_card": ("gesundheitskarte", "krankenkasse", "versicherungskarte"),
    "income": ("lohn", "einkommen", "gehalt", "kontoausz", "arbeitsvertrag"),
    "rental": ("miet",),
    "certificates": ("zeugnis", "zertifikat", "sprachnachweis"),
}


def bring_items(appt: Appointment) -> tuple[set[str], list[str]]:
    """(checkbox keys to tick, other items) from 'Mitbringen: a, b, c' in the note."""
    match = re.search(r"mitbringen\s*:\s*(.+)", appt.notes, re.IGNORECASE | re.DOTALL)
    ticks: set[str] = {"this_letter"}
    others: list[str] = []
    if not match:
        return ticks, others
    for raw in re.split(r"[,;\n]", match.group(1)[:LINE_LIMIT * 4]):
        item = printable(raw).strip(" .")
        if not item:
            continue
        low = item.lower()
        keys = [k for k, words in _KEYWORDS.items() if any(w in low for w in words)]
        if keys:
            ticks.update(keys)
        else:
            others.append(item)
    return ticks, others


_ROOM = re.compile(r",?\s*\b(?:Raum|Zimmer|Büro)\s+([\w./-]+)\s*$", re.IGNORECASE)


def split_room(place: str) -> tuple[str, str]:
    """'Kreishaus, Raum 2.14' -> ('Kreishaus', '2.14'); no room -> (place, '')."""
    match = _ROOM.search(place)
    if not match or match.start() == 0:
        return place, ""
    return place[: match.start()].strip(" ,"), match.group(1)


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The letter inviting the client to the chosen appointment."""
    appt = data.appointment
    if appt is None:
        raise ValueError("appointment form without an appointment")
    loc = comp.loc
    values = org_values(data, comp)
    lh = data.letterhead
    where, room = split_room(printable(appt.place))
    place: list[str] = [where or EMPTY]
    agency = data.agencies.get(appt.agency_id or "")
    if agency is not None and appt.place_kind == PlaceKind.AGENCY:
        place = agency_lines(agency)
    counsellor = data.counsellor_name(appt.counsellor_id) or data.counsellor_name()
    parts = Parts()
    parts.fields["when"] = {
        "date": loc.long_date(appt.starts_at.astimezone(BERLIN).date()),
        "time": loc.time_range(appt.starts_at, appt.duration_min),
        "place": place,
        "room": room or EMPTY,
        "counsellor": printable(counsellor) or EMPTY,
    }
    if appt.interpreter_booked and appt.interpreter_language:
        parts.conditions.add("interpreter")
        values["language"] = loc.language_name(appt.interpreter_language)
    else:
        parts.conditions.add("no_interpreter")
    ticks, others = bring_items(appt)
    if others:
        ticks.add("other")
    parts.checks["bring"] = [
        Check(box, ticked=box.key in ticks,
              note=", ".join(others) if box.key == "other" else "")
        for box in _BRING_SECTION.checkboxes
    ]
    parts.fields["cancel"] = {"phone": printable(lh.phone) or EMPTY,
                              "email": printable(lh.email) or EMPTY}
    story = head(FORM, data, comp, header_values(data, comp))
    story += comp.section(None, FORM.intro, **values)
    story += sections(comp, FORM.sections, parts, values)
    signer = [x for x in (printable(counsellor), printable(lh.name)) if x]
    extra: list[Flowable] = [Spacer(1, 18)]
    extra += [comp.de(x, BODY) for x in signer]
    story += closing(FORM, comp, values, extra)
    return story
