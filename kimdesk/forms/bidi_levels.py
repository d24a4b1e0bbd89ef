"""Unicode bidi algorithm helpers: text direction per language, embedding levels, line reordering.

Levels come from python-bidi: its Rust engine (full UAX #9 with bracket pairs) is read through
its debug output; if that ever fails, the pure-Python engine shipped in the same package is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
_EXPLICIT_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A)], None
)
_RTL_LANGUAGES = frozenset({"ar", "fa", "ckb", "ps", "prs", "ur", "he", "yi", "ug", "dv", "sd"})


class Direction(StrEnum):
    """Base direction of a paragraph."""

    LTR = "ltr"
    RTL = "rtl"


def direction_for(lang: str) -> Direction:
    """Return the base text direction of a language code such as 'ar', 'fa_AF' or 'de'."""
    base = re.split(r"[-_]", lang.strip(), maxsplit=1)[0].lower()
    return Direction.RTL if base in _RTL_LANGUAGES else Direction.LTR


def neutralise_bidi_controls(text: str) -> str:
    """Drop bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069); keep ZWJ/ZWNJ."""
    return text.translate(_EXPLICIT_CONTROLS)


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Return the resolved bidi embedding level of every character of text (one paragraph level)."""
    if not text:
        return []
    try:
        return _levels_rust(text, rtl)
    except (ImportError, ValueError, AttributeError):
        return _levels_python(text, rtl)


def _levels_rust(text: str, rtl: bool) -> list[int]:
    from bidi.bidi import get_display_inner  # type: ignore[import-untyped]

    info = get_display_inner(text, "R" if rtl else "L", True)
    # The pretty-printed BidiInfo lists one level per UTF-8 byte; the text itself is escaped
    # (no raw newlines), so this indented block cannot come from the user's text.
    block = re.search(r"\n    levels: \[\n(.*?)\n    \],\n", info, re.S)
    if block is None:
        raise ValueError("unexpected python-bidi debug format")
    per_byte = [int(v) for v in re.findall(r"Level\(\s*(\d+)", block.group(1))]
    if len(per_byte) != len(text.encode("utf-8")):
        raise ValueError("python-bidi level count does not match the text")
    levels: list[int] = []
    pos = 0
    for ch in text:
        levels.append(per_byte[pos])
        pos += len(ch.encode("utf-8"))
    return levels


def _levels_python(text: str, rtl: bool) -> list[int]:
    from bidi import algorithm as alg  # type: ignore[import-untyped]

    base = 1 if rtl else 0
    storage = alg.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    alg.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    alg.explicit_embed_and_overrides(storage)
    alg.resolve_weak_types(storage)
    alg.resolve_neutral_types(storage, False)
    alg.resolve_implicit_levels(storage, False)
    levels = [base] * len(text)
    for ch in storage["chars"]:
        levels[ch["index"]] = ch["level"]
    # Characters removed by rule X9 (e.g. ZWJ/ZWNJ) take the level of the character before them.
    kept = {ch["index"] for ch in storage["chars"]}
    for i in range(1, len(text)):
        if i not in kept:
            levels[i] = levels[i - 1]
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Return indices into levels in display order, left to right (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(lv for lv in levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order
