"""Form 1: information on data processing and consent, one yes/no per purpose."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kimdesk.domain.enums import ConsentKind, ConsentPurpose
from kimdesk.forms.blocks import Check, Composer
from kimdesk.forms.builders.common import Parts, closing, head, header_values, org_values, sections
from kimdesk.forms.data import FormData
from kimdesk.forms.localize import BLANK
from kimdesk.forms.safe_text import printable
from kimdesk.forms.texts import CONSENT_PURPOSES, FORM_TEXTS

FORM = FORM_TEXTS["consent"]


def build(data: FormData, comp: Composer) -> list[Flowable]:
    """The consent form for the client, with the organisation's data-protection details."""
    values = org_values(data, comp)
    releases = [c for c in data.consents
                if c.kind == ConsentKind.RELEASE and c.is_valid_on(data.today)]
    recipients = "; ".join(dict.fromkeys(printable(c.recipient_name) for c in releases
                                         if c.recipient_name.strip()))
    box_values = (("recipient", recipients or BLANK), ("messenger", BLANK))
    parts = Parts(yes_no={"purposes"})
    parts.checks["purposes"] = [Check(box, values=box_values) for box in CONSENT_PURPOSES]
    if data.letterhead.church_law.strip():
        parts.conditions.add("church_law")
    current = next((c for c in data.consents if c.kind == ConsentKind.PURPOSE
                    and c.purpose == ConsentPurpose.CASE_MANAGEMENT and c.withdrawn_on is None),
                   None)
    if current is not None and current.expires_on is not None:
        parts.conditions.add("valid_until")
        values["valid_until"] = comp.loc.date(current.expires_on)
    else:
        parts.conditions.add("no_valid_until")
    story = head(FORM, data, comp, header_values(data, comp))
    story += comp.section(None, FORM.intro, **values)
    story += sections(comp, FORM.sections, parts, values)
    story += closing(FORM, comp, values)
    return story
