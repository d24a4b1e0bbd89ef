"""Cleaning of user-entered text before it is stored.

Names and short fields lose explicit bidi embeddings/overrides/isolates (U+202A–U+202E,
U+2066–U+2069), zero-width spaces and BOMs, control characters and surrounding white
space: none of them belongs in a name, and overrides can make a list lie about what it
shows. ZWNJ (U+200C) and ZWJ (U+200D) stay: Persian and other scripts need them.
Long free text keeps its line breaks and tabs.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_DROP = re.compile(f"[{_BIDI_CONTROLS}{_INVISIBLE}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """A single-line field: NFC, no hidden controls, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", text or "")
    text = _DROP.sub("", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def clean_text(text: str) -> str:
    """Free text (notes): NFC, no bidi overrides or control characters, line breaks kept."""
    text = unicodedata.normalize("NFC", text or "")
    text = _DROP.sub("", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip()
