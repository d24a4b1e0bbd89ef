"""The in-memory client search index: ranking, queries, maintenance, duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimdesk.text.namekeys import name_tokens
from kimdesk.text.search_index import (
    DuplicateCandidate,
    Hit,
    IndexEntry,
    SearchIndex,
    normalize_file_number,
)

D = dt.date


def E(eid: str, family: str = "", given: str = "", original: str = "",  # noqa: N802
      birth: dt.date | None = None, year_only: bool = False, fn: str = "",
      nats: tuple[str, ...] = ()) -> IndexEntry:
    return IndexEntry(eid, family, given, original, birth, year_only, fn, nats)


ENTRIES = [
    E("mohammed", "Mohammed", "Ali", birth=D(1990, 3, 12), fn="KIM-2024-00001", nats=("SY",)),
    E("arabic-only", original="محمد الحلبي", birth=D(1990, 1, 1), fn="KIM-2024-00002",
      nats=("SY",)),
    E("yuliia", original="Юлія Коваленко", birth=D(1985, 5, 5), fn="KIM-2023-00003",
      nats=("UA",)),
    E("hussein", "Hussein", "Ahmad", fn="KIM-2023-00004", nats=("IQ",)),
    E("alhasan", "Alhasan", "Muhammad", birth=D(1990, 1, 1), year_only=True,
      fn="KIM-2022-00005", nats=("SY",)),
    E("karimi", "Karimi", "Ahmad", birth=D(1990, 6, 1), fn="KIM-2022-00006", nats=("AF",)),
    E("mueller", "Müller", "Julija", birth=D(1970, 2, 2), fn="KIM-2022-00007", nats=("DE",)),
    E("mahmoud", "Mahmoud", "Fatima", "فاطمة محمود", D(1992, 2, 2), fn="KIM-2021-00008",
      nats=("SY",)),
    E("tesfay", "Gebremedhin", "Tesfay", "ተስፋይ ገብረመድህን", D(1995, 7, 7),
      fn="KIM-2021-00009", nats=("ER",)),
    E("oleksandr", "Kovalenko", "Oleksandr", "Олександр Коваленко", D(1979, 11, 30),
      fn="KIM-2020-00010", nats=("UA",)),
    E("sahin", "Şahin", "Mehmet", birth=D(1988, 4, 4), fn="KIM-2020-00011", nats=("TR",)),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(ENTRIES)


def ids(hits: list[Hit]) -> list[str]:
    return [h.id for h in hits]


# ---------------------------------------------------------------- names across scripts


def test_muhammad_finds_latin_and_arabic_spellings(index: SearchIndex) -> None:
    found = ids(index.search("Muhammad"))
    assert {"mohammed", "arabic-only", "alhasan"} <= set(found)
    assert found[0] == "alhasan"  # exact spelling first
    assert "karimi" not in found


def test_arabic_query_finds_latin_entries(index: SearchIndex) -> None:
    found = ids(index.search("محمد"))
    assert found[0] == "arabic-only"
    assert {"mohammed", "alhasan"} <= set(found)


def test_julija_finds_cyrillic_original(index: SearchIndex) -> None:
    found = ids(index.search("Julija"))
    assert found[0] == "mueller"
    assert "yuliia" in found


def test_cyrillic_query_finds_latin(index: SearchIndex) -> None:
    assert "mueller" in ids(index.search("Юлія"))
    assert "oleksandr" in ids(index.search("Alexander"))


def test_hossein_finds_hussein(index: SearchIndex) -> None:
    assert "hussein" in ids(index.search("Hossein"))


def test_diacritics_and_umlauts(index: SearchIndex) -> None:
    assert ids(index.search("Sahin"))[0] == "sahin"
    assert ids(index.search("Mueller"))[0] == "mueller"
    assert ids(index.search("müller"))[0] == "mueller"


def test_ethiopic(index: SearchIndex) -> None:
    assert ids(index.search("ተስፋይ"))[0] == "tesfay"
    assert ids(index.search("Tesfai"))[0] == "tesfay"


def test_article_variants(index: SearchIndex) -> None:
    for query in ("Al-Hasan", "al hassan", "Alhassan", "Hasan"):
        assert "alhasan" in ids(index.search(query)), query


@pytest.mark.parametrize("typed", ["muh", "Moha", "Mohamm", "محم", "m"])
def test_prefix_while_typing(index: SearchIndex, typed: str) -> None:
    found = ids(index.search(typed))
    assert {"mohammed", "alhasan", "arabic-only"} <= set(found), found


def test_results_are_sorted_and_limited(index: SearchIndex) -> None:
    hits = index.search("m", limit=3)
    assert len(hits) == 3
    scores = [h.score for h in index.search("m")]
    assert scores == sorted(scores, reverse=True)


def test_matched_names_the_field(index: SearchIndex) -> None:
    hit = next(h for h in index.search("Muhammad") if h.id == "arabic-only")
    assert hit.matched == "محمد الحلبي"


# ---------------------------------------------------------------- ranking tiers


def test_ranking_tiers() -> None:
    idx = SearchIndex([
        E("exact", "Mohammed"), E("phonetic", "Muhammad"), E("prefix", "Mohammedi"),
        E("fuzzy", "Mohamned"), E("other", "Schmidt"),
        E("file", "Schulz", fn="Mohammed"),
    ])
    hits = idx.search("Mohammed")
    order = ids(hits)
    assert order[:5] == ["file", "exact", "phonetic", "prefix", "fuzzy"], hits
    score = {h.id: h.score for h in hits}
    assert score["file"] == 100
    assert score["exact"] == 90
    assert 70 <= score["phonetic"] < 90
    assert 50 <= score["prefix"] < 70
    assert score["fuzzy"] < 50
    assert "other" not in order


# ---------------------------------------------------------------- dates and numbers


def test_year_finds_everybody_born_that_year(index: SearchIndex) -> None:
    found = set(ids(index.search("1990")))
    assert found == {"mohammed", "arabic-only", "alhasan", "karimi"}


@pytest.mark.parametrize("query", ["12.03.1990", "1990-03-12", "12/03/1990", "12.3.1990",
                                   "12.03.90"])
def test_full_date(index: SearchIndex, query: str) -> None:
    hits = index.search(query)
    assert hits[0].id == "mohammed" and hits[0].score == 90
    found = ids(hits)
    assert "alhasan" in found  # year only: possible, ranked lower
    assert "karimi" not in found


def test_placeholder_date_query(index: SearchIndex) -> None:
    hits = index.search("01.01.1990")
    assert set(ids(hits)[:2]) == {"arabic-only", "alhasan"}


def test_partial_date(index: SearchIndex) -> None:
    assert ids(index.search("12.03.")) == ["mohammed"]
    assert ids(index.search("12.03.19")) == ["mohammed"]


def test_invalid_date_does_not_crash(index: SearchIndex) -> None:
    assert index.search("31.02.1990") == []


def test_name_and_year_combined(index: SearchIndex) -> None:
    found = ids(index.search("Muhammad 1990"))
    assert set(found) == {"mohammed", "alhasan", "arabic-only"}
    assert ids(index.search("Ahmad 1990")) == ["karimi"]
    assert index.search("Tesfay 1990") == []


def test_file_number_exact_and_prefix(index: SearchIndex) -> None:
    hits = index.search("KIM-2023-00004")
    assert hits[0].id == "hussein" and hits[0].score == 100
    assert hits[0].matched == "KIM-2023-00004"
    assert set(ids(index.search("KIM-2023-0"))) == {"yuliia", "hussein"}
    assert set(ids(index.search("kim 2022"))) == {"alhasan", "karimi", "mueller"}
    assert ids(index.search("00005")) == ["alhasan"]


def test_multi_token_names(index: SearchIndex) -> None:
    assert ids(index.search("hossein ah")) == ["hussein"]
    assert ids(index.search("Oleksandr Kovalenko"))[0] == "oleksandr"
    assert ids(index.search("Kovalenko Oleksandr"))[0] == "oleksandr"


# ---------------------------------------------------------------- maintenance


def test_add_remove_update_clear() -> None:
    idx = SearchIndex()
    assert len(idx) == 0 and idx.search("x") == []
    idx.add(E("1", "Hassan", fn="A-1"))
    idx.add(E("2", "Hassan", fn="A-2"))
    assert len(idx) == 2 and "1" in idx
    assert set(ids(idx.search("Hassan"))) == {"1", "2"}
    assert idx.remove("1") is True
    assert idx.remove("1") is False
    assert ids(idx.search("Hassan")) == ["2"]
    assert idx.search("A-1") == []
    idx.update(E("2", "Petrenko", fn="A-2"))
    assert idx.search("Hassan") == []
    assert ids(idx.search("Petrenko")) == ["2"]
    assert idx.get("2") is not None and idx.get("2").family_name == "Petrenko"
    idx.add(E("2", "Ivanova"))  # add of a known id replaces
    assert len(idx) == 1 and ids(idx.search("Ivanova")) == ["2"]
    idx.clear()
    assert len(idx) == 0 and idx.search("Ivanova") == []


def _word(i: int) -> str:
    return "Zor" + "".join("bdfgklmnpr"[int(d)] for d in f"{i:04d}")


def test_incremental_adds_after_search_keep_prefix_lists_sorted() -> None:
    idx = SearchIndex([E(str(i), _word(i)) for i in range(300)])
    assert ids(idx.search(_word(1)))[0] == "1"
    for i in range(300, 600):  # single adds after a search: sorted lists kept up to date
        idx.add(E(str(i), _word(i), fn=f"F-{i}"))
        assert ids(idx.search(_word(i)))[0] == str(i)
    prefix = _word(590)[:-1]
    assert {str(i) for i in range(590, 600)} <= set(ids(idx.search(prefix)))
    assert ids(idx.search("F-599")) == ["599"]
    for i in range(0, 600, 2):
        idx.remove(str(i))
    assert "598" not in ids(idx.search(_word(598)))
    found = set(ids(idx.search(prefix)))
    assert {str(i) for i in range(591, 600, 2)} <= found
    assert not {str(i) for i in range(590, 600, 2)} & found


# ---------------------------------------------------------------- duplicates


def test_duplicate_across_transliterations(index: SearchIndex) -> None:
    candidate = E("new", "Al-Hassan", "Mohamad", birth=D(1990, 1, 1), nats=("SY",))
    dups = index.find_duplicates(candidate)
    assert dups and dups[0].id == "alhasan"
    assert isinstance(dups[0], DuplicateCandidate)
    assert "Name ähnlich" in dups[0].reasons
    assert "gleiches Geburtsjahr" in dups[0].reasons
    assert "gleiche Staatsangehörigkeit" in dups[0].reasons


def test_same_year_but_different_name_is_no_duplicate(index: SearchIndex) -> None:
    candidate = E("new", "Rahimi", "Omar", birth=D(1990, 1, 1), nats=("SY",))
    assert index.find_duplicates(candidate) == []


def test_same_name_but_different_year_is_no_duplicate(index: SearchIndex) -> None:
    candidate = E("new", "Alhasan", "Muhammad", birth=D(1991, 1, 1), nats=("SY",))
    assert index.find_duplicates(candidate) == []


def test_nationality_raises_the_score(index: SearchIndex) -> None:
    base = E("new", "Mohamed", "Ali", birth=D(1990, 3, 12))
    with_nat = E("new", "Mohamed", "Ali", birth=D(1990, 3, 12), nats=("SY",))
    a = index.find_duplicates(base)[0]
    b = index.find_duplicates(with_nat)[0]
    assert a.id == b.id == "mohammed"
    assert b.score > a.score
    assert "gleiches Geburtsdatum" in a.reasons


def test_swapped_names_and_day_month(index: SearchIndex) -> None:
    dups = index.find_duplicates(E("new", "Ali", "Mohammed", birth=D(1990, 12, 3)))
    assert dups and dups[0].id == "mohammed"
    assert "Vor- und Nachname vertauscht" in dups[0].reasons
    assert "Tag und Monat vertauscht" in dups[0].reasons


def test_original_script_duplicate(index: SearchIndex) -> None:
    dups = index.find_duplicates(E("new", "Kovalenko", "Yuliia", birth=D(1985, 5, 5)))
    assert [d.id for d in dups] == ["yuliia"]


def test_candidate_does_not_find_itself(index: SearchIndex) -> None:
    assert index.find_duplicates(ENTRIES[0]) == []


# ---------------------------------------------------------------- properties

_NAME_CHARS = st.characters(categories=("Lu", "Ll", "Lo"), exclude_characters="\u0640")
_NAMES = st.one_of(
    st.sampled_from(["Mohammed", "Al-Hassan", "Юлія", "محمد الحسن", "Şahin", "ተስፋይ",
                     "Abd al Rahman", "O'Brien", "Müller-Lüdenscheidt", "Al", "El Al", "ال"]),
    st.text(alphabet=st.one_of(_NAME_CHARS, st.sampled_from(" -'")), min_size=1, max_size=30),
)
_FILE_NUMBERS = st.one_of(
    st.builds(lambda y, n: f"KIM-{y}-{n:05d}", st.integers(2015, 2030), st.integers(0, 99999)),
    st.text(min_size=1, max_size=20).filter(lambda s: normalize_file_number(s) != ""),
)
_DATES = st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2030, 12, 31)))


@st.composite
def _entries(draw: st.DrawFn) -> list[IndexEntry]:
    n = draw(st.integers(1, 12))
    out = []
    for i in range(n):
        out.append(IndexEntry(
            id=f"e{i}", family_name=draw(_NAMES), given_names=draw(_NAMES),
            name_original=draw(st.one_of(st.just(""), _NAMES)), birth_date=draw(_DATES),
            birth_year_only=draw(st.booleans()), file_number=draw(_FILE_NUMBERS),
            nationalities=tuple(draw(st.lists(st.sampled_from(["SY", "UA", "AF"]), max_size=2))),
        ))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_entries())
def test_entry_found_by_own_file_number_and_family_name(entries: list[IndexEntry]) -> None:
    idx = SearchIndex(entries)
    for e in entries:
        hits = {h.id: h.score for h in idx.search(e.file_number, limit=len(entries))}
        assert hits.get(e.id) == 100, (e, hits)
        if name_tokens(e.family_name):
            found = ids(idx.search(e.family_name, limit=len(entries)))
            assert e.id in found, (e, found)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_search_never_crashes(query: str) -> None:
    idx = _PROPERTY_INDEX
    hits = idx.search(query)
    assert len(hits) <= 50
    assert len({h.id for h in hits}) == len(hits)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 100 for s in scores)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["1", "19", "199", "1990", "12.", "12.0", "12.03", "12.03.", "12.03.1",
                        "K", "KIM-", "KIM-2", "0", "-", "--1", "٠١", "1990-", "1990-03-1",
                        "\u202e1990", "Mo\u200bh"]),
       st.text(max_size=5))
def test_typing_fragments_never_crash(fragment: str, suffix: str) -> None:
    _PROPERTY_INDEX.search(fragment + suffix)
    _PROPERTY_INDEX.search(suffix + " " + fragment)


@settings(max_examples=100, deadline=None)
@given(_entries())
def test_duplicates_never_crash_and_exclude_self(entries: list[IndexEntry]) -> None:
    idx = SearchIndex(entries)
    for e in entries:
        dups = idx.find_duplicates(e)
        assert all(d.id != e.id for d in dups)
        assert all(0 <= d.score <= 100 and d.reasons for d in dups)


def test_limits() -> None:
    idx = SearchIndex(ENTRIES)
    assert idx.search("Muhammad", limit=0) == []
    assert idx.find_duplicates(ENTRIES[0], limit=0) == []
    assert idx.search("x" * 100_000) == []


_PROPERTY_INDEX = SearchIndex(ENTRIES)


def test_bulk_adds_after_a_search_switch_to_lazy_resort() -> None:
    idx = SearchIndex([E("0", "Start")])
    assert idx.search("Start")
    for i in range(1, 5000):
        idx.add(E(str(i), _word(i), fn=f"B-{i:05d}"))
    assert ids(idx.search(_word(4321)))[0] == "4321"
    assert {str(i) for i in range(4320, 4330)} <= set(ids(idx.search(_word(4320)[:-1])))
    assert ids(idx.search("B-04321")) == ["4321"]


def test_tolerates_database_nulls() -> None:
    row = IndexEntry("1", None, "Ali", None, None, False, None, None)  # type: ignore[arg-type]
    idx = SearchIndex([row])
    assert ids(idx.search("Ali")) == ["1"]
    other = IndexEntry("2", None, "Ali", None, None, False, None, None)  # type: ignore[arg-type]
    dups = idx.find_duplicates(other)
    assert [d.id for d in dups] == ["1"]
    assert idx.remove("1") and len(idx) == 0
