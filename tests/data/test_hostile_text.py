"""Hostile text goes through save and search: overrides, zero-width, emoji, every script."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimdesk.services import cases, clients, search
from kimdesk.services.validation import ValidationError
from kimdesk.text.namekeys import name_tokens
from kimdesk.text.sanitize import clean_line

SCRIPTS = ["Mohammed", "محمد", "Юлія", "ዮሴፍ", "Şahin", "Müller", "ڕەزا", "زه‌ره", "😀🇸🇾"]
HOSTILE = ["\u202e", "\u202d", "\u2066", "\u200b", "\ufeff", "\u200c", "\u0000", "\n", "\t"]

names = st.lists(st.sampled_from(SCRIPTS + HOSTILE) | st.text(max_size=6), min_size=1,
                 max_size=6).map("".join)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(family=names, given_names=names)
def test_any_name_is_saved_clean_and_found(vault, family: str, given_names: str) -> None:
    try:
        c = clients.create_client(vault, clients.new_client(family_name=family,
                                                            given_names=given_names))
    except ValidationError:
        assert not clean_line(family)  # only an empty (after cleaning) name is refused
        return
    for bad in ("\u202e", "\u202d", "\u2066", "\u200b", "\ufeff", "\x00"):
        assert bad not in c.family_name and bad not in c.given_names
    stored = clients.get_client(vault, c.id, record_view=False)
    assert stored == c
    index = search.index_for(vault)
    # a whole word made of letters only, as the tokenizer splits words (ZWNJ stays inside
    # a Persian word; letters glued to digits or signs like ¼ form one token with them)
    words = [w for w in name_tokens(c.family_name) if len(w) >= 2 and w.isalpha()]
    if words:
        assert c.id in {h.id for h in index.search(words[0], limit=5000)}


def test_megabyte_note_and_overrides_in_notes(vault) -> None:
    c = clients.create_client(vault, clients.new_client(family_name="Nota"))
    case = cases.open_case(vault, c.id)
    text = ("Termin \u202eABH\u202c am 12.03. " * 40_000)[:1_000_000]
    note = cases.add_note(vault, case, text)
    assert "\u202e" not in note.text and len(note.text) > 800_000
    with pytest.raises(ValidationError):
        cases.add_note(vault, case, "x" * 3_000_000)
