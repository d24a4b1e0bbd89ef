"""Render one form kind in one language from FormData to PDF bytes (in memory)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Spacer

from kimdesk.forms.blocks import Composer, Slot
from kimdesk.forms.builders import KINDS, builder
from kimdesk.forms.builders.common import CLIPPED_NOTE, client_name
from kimdesk.forms.data import FormData
from kimdesk.forms.document import WIDTH, PageFurniture, render_pdf
from kimdesk.forms.fonts import FontResolver, default_resolver
from kimdesk.forms.localize import Localizer, Pair
from kimdesk.forms.safe_text import clip, printable
from kimdesk.forms.texts import COMMON, FORM_TEXTS, FORM_VERSION

__all__ = ["KINDS", "FormPdf", "render_form_pdf", "title_of"]


@dataclass(frozen=True, slots=True)
class FormPdf:
    """A rendered form: the PDF bytes and what the rendering noticed."""

    kind: str
    lang: str
    pdf: bytes
    missing_translation: bool
    clipped: bool


def title_of(kind: str, lang: str = "de", localedir: Path | None = None) -> Pair:
    """The form's title in German and in ``lang``."""
    return Localizer(lang, localedir=localedir).text(FORM_TEXTS[kind].title)


# ReportLab's font registry and shaping caches are process-wide: one form at a time.
_RENDER_LOCK = threading.Lock()


def render_form_pdf(kind: str, data: FormData, lang: str, *, localedir: Path | None = None,
                    resolver: FontResolver | None = None) -> FormPdf:
    """Build the form ``kind`` for ``data`` in German beside ``lang``; raises MissingFontError."""
    with _RENDER_LOCK:
        return _render(kind, data, lang, localedir, resolver)


def _render(kind: str, data: FormData, lang: str, localedir: Path | None,
            resolver: FontResolver | None) -> FormPdf:
    build = builder(kind)
    res = resolver or default_resolver()
    loc = Localizer(lang, localedir=localedir)
    comp = Composer(loc, WIDTH, res)
    story = build(data, comp)
    notes = []
    if comp.missing:
        notes.append(comp.notice(_marked(comp.t(COMMON["translation_missing"]))))
    if comp.clipped:
        notes.append(comp.notice(comp.t(CLIPPED_NOTE)))
    if notes:
        # after letterhead, title and the "German is binding" note: before the first field
        at = next((i for i, f in enumerate(story) if isinstance(f, Slot)), 0)
        story[at:at] = [*notes, Spacer(1, 8)]
    name, _ = clip(client_name(data.client), 60)
    file_number, _ = clip(printable(data.client.file_number), 40)
    info = PageFurniture(
        title=loc.text(FORM_TEXTS[kind].title), version=FORM_VERSION[kind],
        printed_on=data.today, running_head=" · ".join(x for x in (name, file_number) if x),
        organisation=printable(data.letterhead.name),
    )
    pdf = render_pdf(story, loc=loc, info=info, resolver=res)
    return FormPdf(kind, lang, pdf, comp.missing, comp.clipped)


def _marked(pair: Pair) -> Pair:
    """The missing-translation note, explaining the '*' marker."""
    return Pair("* " + pair.de, pair.other if pair.missing else "* " + pair.other, pair.missing)
