"""Form 2: release from confidentiality (Schweigepflichtentbindung) for one named recipient.

The recipient is the office of the chosen referral, else the one of the client's newest
release; with neither, the recipient lines stay empty to be filled in by hand.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kimdesk.domain.enums import ConsentKind
from kimdesk.domain.models import Agency, Consent
from kimdesk.forms.blocks import Composer, WriteLine
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
from kimdesk.forms.localize import BLANK
from kimdesk.forms.safe_text import NOTE_LIMIT, printable, user_text
from kimdesk.forms.texts import FORM_TEXTS

FORM = FORM_TEXTS["release"]


def _recipient(data: FormData) -> tuple[Agency | None, str, Consent | None]:
    """(agency, recipient name, matching stored release) for this form."""
    releases = [c for c in data.consents if c.kind == ConsentKind.RELEASE]
    if data.referral is not None:
        agency = data.referral.agency
        match = next((c for c in releases if agency and c.recipient_agency_id == agency.id),
                     None)
        return agency, agency.name if agency else "", match
    if releases:
        newest = releases[0]
        agency = data.agencies.get(newest.recipient_agency_id or "")
        return agency, newest.recipient_name or (agency.name if agency else ""), newest
    return None, "", None


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The release form towards one recipient."""
    values = org_values(data, comp)
    agency, name, consent = _recipient(data)
    purpose = ""
    if consent is not None and consent.scope.strip():
        purpose = consent.scope
    elif data.referral is not None:
        purpose = data.referral.referral.reason
    values["purpose"] = user_text(purpose, NOTE_LIMIT // 3)[0] or BLANK
    values["valid_until"] = (comp.loc.date(consent.expires_on)
                             if consent is not None and consent.expires_on else BLANK)
    values["recipient"] = printable(name) or BLANK
    parts = Parts()
    if agency is not None or name:
        lines = agency_lines(agency) if agency is not None else [printable(name)]
        parts.fields["recipient"] = {
            "recipient": lines[:1],
            "contact_person": (printable(agency.contact_person) if agency else "")
            or WriteLine(14),
            "address": lines[1:] or WriteLine(14),
        }
    else:
        parts.fields["recipient"] = {key: WriteLine(14) for key in
                                     ("recipient", "contact_person", "address")}
    story = head(FORM, data, comp, header_values(data, comp))
    story += comp.section(None, FORM.intro, **values)
    story += sections(comp, FORM.sections, parts, values)
    story += closing(FORM, comp, values)
    return story
