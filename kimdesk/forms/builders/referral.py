"""Form 4: the referral letter to an office or service (with the client's consent)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kimdesk.domain.enums import ConsentKind
from kimdesk.domain.models import Consent
from kimdesk.forms.blocks import BODY, EMPTY, Composer
from kimdesk.forms.builders.common import (
    Parts,
    address_lines,
    agency_lines,
    birth,
    closing,
    head,
    header_values,
    name_lines,
    org_values,
    sections,
)
from kimdesk.forms.data import FormData
from kimdesk.forms.localize import BLANK
from kimdesk.forms.safe_text import NOTE_LIMIT, printable
from kimdesk.forms.texts import COMMON, FORM_TEXTS

FORM = FORM_TEXTS["referral"]
NO_RELEASE = ("Achtung: Für diese Stelle ist keine gültige Entbindung von der Schweigepflicht "
              "gespeichert. Bitte vor dem Versand einholen.")
_CONSENT_SECTION = next(s for s in FORM.sections if s.key == "consent")


def _release(data: FormData, agency_id: str) -> Consent | None:
    for c in data.consents:
        if (c.kind == ConsentKind.RELEASE and c.recipient_agency_id == agency_id
                and c.is_valid_on(data.today)):
            return c
    return None


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The letter to the office of the chosen referral."""
    record = data.referral
    if record is None:
        raise ValueError("referral form without a referral")
    loc = comp.loc
    client = data.client
    agency = record.agency
    lh = data.letterhead
    values = org_values(data, comp)
    release = _release(data, record.referral.agency_id)
    if release is not None:
        values["date"] = loc.date(release.granted_on)
        values["valid_until"] = loc.date(release.expires_on) if release.expires_on else BLANK
    languages = [loc.language_name(code) for code in client.languages if code != "de"]
    interpreter = comp.t(COMMON["yes"] if client.interpreter.needed else COMMON["no"])
    parts = Parts(conditions={"no_enclosures"})
    parts.fields["person"] = {
        "name": name_lines(client), "birth_date": birth(comp, client),
        "address": address_lines(client), "phone": printable(client.phone) or EMPTY,
        "language": languages or [EMPTY], "interpreter_needed": interpreter,
    }
    parts.after["request"] = [comp.data_box(record.referral.reason or EMPTY, limit=NOTE_LIMIT)]
    if release is None:
        # without a stored release only the neutral sentences of the section are printed
        parts.before["consent"] = [comp.notice(comp.t(NO_RELEASE), bold=True)]
    parts.fields["contact"] = {
        "counsellor": printable(data.counsellor_name()) or EMPTY,
        "organisation": printable(lh.name) or EMPTY,
        "phone": printable(lh.phone) or EMPTY, "email": printable(lh.email) or EMPTY,
    }
    header = header_values(data, comp)
    header["to"] = agency_lines(agency)
    header["contact_person"] = printable(agency.contact_person) if agency else EMPTY
    header["date"] = loc.date(data.today)
    secs = FORM.sections
    if release is None:
        sec = _CONSENT_SECTION
        kept = tuple(p for p in sec.paragraphs if "{date}" not in p)
        secs = tuple(type(sec)(sec.key, sec.heading, kept) if s.key == "consent" else s
                     for s in secs)
    story = head(FORM, data, comp, header)
    story += comp.section(None, FORM.intro, **values)
    story += sections(comp, secs, parts, values)
    signer = [x for x in (printable(data.counsellor_name()), printable(lh.name)) if x]
    story += closing(FORM, comp, values, [Spacer(1, 4), *[comp.de(x, BODY) for x in signer]])
    return story



