"""German labels of promoting/hindering factor tags, for anonymised outputs.

A factor's own text is free text typed for one person and may name people; anonymised
outputs therefore print the tag only: its catalogue label when the tag is a known one,
else the tag itself made readable ("keine_kita" -> "Keine kita").
"""

from __future__ import annotations

import re
from functools import cache

from kimdesk.demo import corpus

_SEPARATORS = re.compile(r"[_\s]+")


@cache
def catalogue() -> dict[str, str]:
    """Known tags -> German label (the factor catalogue of the KIM case work)."""
    return {f.tag: f.text for f in corpus.FACTORS}


def is_known(tag: str) -> bool:
    """True when ``tag`` is a catalogue tag (its label is fixed text, never user input)."""
    return tag.strip() in catalogue()


def factor_label(tag: str) -> str:
    """The German label of a factor tag."""
    tag = tag.strip()
    known = catalogue().get(tag)
    if known:
        return known
    words = _SEPARATORS.sub(" ", tag).strip()
    return words[:1].upper() + words[1:] if words else "(ohne Bezeichnung)"
