"""In-memory, transliteration-aware search index for client records.

The index is independent of any database: callers feed it :class:`IndexEntry`
objects (and keep it in sync with ``update``/``remove``).  All matching data
(skeletons, phonetic keys, sound forms, date and file-number postings) is
computed once in :meth:`SearchIndex.add`, so a search only performs dictionary
look-ups, ``bisect`` range scans over sorted token lists and, for longer name
tokens, one ``rapidfuzz`` pass over the distinct sound forms.

Query language
--------------
The query is split on white space.  Each chunk is one of

* a date ``12.03.1990``, ``12/03/90``, ``1990-03-12`` or a partial date
  ``12.03.`` / ``12.03.19``;
* a number ``1990`` (birth year, or part of a file number) or a year prefix;
* a file number or its prefix (``KIM-2024-00``, any chunk with a digit);
* otherwise a name part; all name chunks together are tokenised with
  :func:`kimdesk.text.namekeys.name_tokens` (so ``Abd al Rahman`` stays one
  token), each token being matched against all name fields in any script.

Every chunk/token must match (AND).  Per token scores (0..100) follow the tiers

====================================  ===========
exact file number (whole query)       100
exact name token / birth date / year  90
phonetic key equal                    70 .. 80 (sound similarity)
date given, record has year only      75
file number digit group (``00123``)   75
prefix of skeleton / file / date      60 .. 68 (coverage)
prefix of phonetic key                50 .. 58
fuzzy (rapidfuzz ratio >= 75)         20 .. 45
====================================  ===========

and a hit's score is the mean over the query's tokens.  Ties are broken by
family name, given names and id.  The whole query is also compared with the
file numbers with spaces ignored (``KIM 2024 00012``).

Duplicates
----------
:meth:`SearchIndex.find_duplicates` first collects entries sharing a phonetic
key (or a close sound form) with the candidate in at least two name fields,
restricted to the candidate's birth year (plus entries without birth date),
then scores ``0.55 * name + 0.35 * birth + 0.10 * nationality`` (x100).  The
name similarity compares family and given names in both directions and in
swapped order, with transliteration variants and the original-script name;
it must reach 0.78 (0.9 when a birth date is missing).  Birth dates must not
contradict: equal, same year when one side is year-only or a 01.01.
placeholder, day and month swapped, or one of day/month equal.
"""

from __future__ import annotations

import bisect
import functools
import datetime
import heapq
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from statistics import fmean

from rapidfuzz import fuzz, process

from kimdesk.text.namekeys import (
    TokenInfo,
    analyze_token,
    fold,
    index_tokens,
    memoize,
    name_tokens,
    sound_similarity,
    token_similarity,
)

__all__ = ["IndexEntry", "Hit", "DuplicateCandidate", "SearchIndex"]

SCORE_FILE_EXACT = 100.0
SCORE_EXACT = 90.0
SCORE_PHONETIC = 70.0
SCORE_DATE_VAGUE = 75.0
SCORE_FILE_GROUP = 75.0
SCORE_PREFIX = 60.0
SCORE_KEY_PREFIX = 50.0
SCORE_YEAR_PREFIX = 55.0
SCORE_FUZZY = 20.0
FUZZY_CUTOFF = 75.0
FUZZY_LIMIT = 200

LAZY_RANGE = 2000  # file-number prefix ranges larger than this are expanded lazily
MAX_QUERY_CHARS = 256
MAX_QUERY_TOKENS = 8

_TAG_DATE = "\x00date"
_TAG_FILE = "\x00file"
_MAX_CHAR = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """The searchable projection of one client record."""

    id: str
    family_name: str = ""
    given_names: str = ""
    name_original: str = ""
    birth_date: datetime.date | None = None
    birth_year_only: bool = False
    file_number: str = ""
    nationalities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: entry id, score 0..100 and the field text(s) that matched."""

    id: str
    score: float
    matched: str


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A possible duplicate: entry id, score 0..100 and short German reasons."""

    id: str
    score: float
    reasons: tuple[str, ...]


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------


def normalize_file_number(text: str) -> str:
    """Fold a file number and keep letters and digits only (``KIM-2024/7`` -> ``kim20247``)."""
    return re.sub(r"[\W_]+", "", fold(text))


def _is_vague(entry: IndexEntry) -> bool:
    """Tell whether the birth date is only a year (flag or 01.01. placeholder)."""
    d = entry.birth_date
    return d is not None and (entry.birth_year_only or (d.day == 1 and d.month == 1))


class _Record:
    """Precomputed, search-relevant data of one entry."""

    __slots__ = ("entry", "toks", "fn", "fn_groups", "year", "date", "vague", "sort_key")

    def __init__(self, entry: IndexEntry, toks: tuple[str, ...]) -> None:
        self.entry = entry
        self.toks = toks
        self.fn = normalize_file_number(entry.file_number) if entry.file_number else ""
        groups = re.findall(r"\d+", fold(entry.file_number)) if entry.file_number else []
        self.fn_groups = tuple({g.lstrip("0") or "0" for g in groups})
        self.date = entry.birth_date
        self.year = entry.birth_date.year if entry.birth_date else None
        self.vague = _is_vague(entry)
        # a plain string (not a tuple) keeps the number of GC-tracked objects down
        self.sort_key = "\x1f".join(
            (fold(entry.family_name or ""), fold(entry.given_names or ""), entry.id))

    @staticmethod
    def analyse_names(entry: IndexEntry) -> dict[str, TokenInfo]:
        """Return the distinct name token skeletons of an entry with their analysis."""
        skels: dict[str, TokenInfo] = {}
        for field, glue in ((entry.family_name, True), (entry.given_names, False),
                            (entry.name_original, False)):
            if field:
                for info in _field_infos(field, glue):
                    skels.setdefault(info.skel, info)
        return skels

    def field_for(self, skel: str) -> str:
        """Return the original field text that produced the token ``skel``."""
        e = self.entry
        for field, glue in ((e.family_name, True), (e.given_names, False),
                            (e.name_original, False)):
            if field and any(analyze_token(t).skel == skel
                             for t in index_tokens(field, glue=glue)):
                return field
        return skel

    def birth_text(self) -> str:
        """Format the birth date for display (``1990`` when only the year is known)."""
        d = self.date
        if d is None:
            return ""
        if self.entry.birth_year_only:
            return str(d.year)
        return d.strftime("%d.%m.") + str(d.year)


@memoize(1 << 16)
def _field_infos(field: str, glue: bool) -> tuple[TokenInfo, ...]:
    """Analysed index tokens of one name field (cached: names repeat a lot)."""
    return tuple(analyze_token(t) for t in index_tokens(field, glue=glue))


def _post_add(index: dict, key: object, entry_id: str) -> bool:
    """Add ``entry_id`` to the posting of ``key``; return True if the key is new."""
    post = index.get(key)
    if post is None:
        index[key] = {entry_id: None}
        return True
    post[entry_id] = None
    return False


def _post_remove(index: dict, key: object, entry_id: str) -> bool:
    """Remove ``entry_id`` from a posting dict; return True if the key disappeared."""
    post = index.get(key)
    if post is None:
        return False
    post.pop(entry_id, None)
    if not post:
        del index[key]
        return True
    return False


def _sorted_remove(items: list[str], value: str) -> None:
    """Remove ``value`` from a sorted list if present."""
    i = bisect.bisect_left(items, value)
    if i < len(items) and items[i] == value:
        del items[i]


def _prefix_range(items: list[str], prefix: str) -> list[str]:
    """Return the items of a sorted list that start with ``prefix``."""
    lo = bisect.bisect_left(items, prefix)
    hi = bisect.bisect_left(items, prefix + _MAX_CHAR, lo)
    return items[lo:hi]


# --------------------------------------------------------------------------
# query clauses
# --------------------------------------------------------------------------


class _LazyPosting:
    """Ids of a large sorted range of file numbers, produced on demand."""

    __slots__ = ("_keys", "_post")

    def __init__(self, keys: list[str], post: dict[str, dict[str, None]]) -> None:
        self._keys = keys
        self._post = post

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        for key in self._keys:
            yield from self._post[key]

    def __contains__(self, item: object) -> bool:
        return any(item in self._post[key] for key in self._keys)


Group = tuple[float, str, Collection[str]]  # (score, tag, entry ids), tag: skeleton or _TAG_*
Rule = Callable[[_Record], "tuple[float, str] | None"]


class _Clause:
    """One AND-ed part of a query: posting groups plus a per-record scorer."""

    def __init__(self, groups: list[Group]) -> None:
        groups.sort(key=lambda g: -g[0])
        self.groups = groups
        self.size = sum(len(g[2]) for g in groups)
        self._ids: set[str] | None = None

    def ids(self) -> set[str]:
        """Return the set of all matching entry ids."""
        if self._ids is None:
            ids: set[str] = set()
            for _, _, post in self.groups:
                ids.update(post)
            self._ids = ids
        return self._ids

    def score(self, rec: _Record) -> tuple[float, str] | None:
        """Score one record against this clause (None = no match)."""
        raise NotImplementedError


class _NameClause(_Clause):
    """A name token matched against the distinct index tokens."""

    def __init__(self, matches: dict[str, float], postings: dict[str, dict[str, None]]) -> None:
        self.matches = matches
        super().__init__([(sc, skel, postings[skel]) for skel, sc in matches.items()])

    def score(self, rec: _Record) -> tuple[float, str] | None:
        """Return the best token score of the record."""
        best: tuple[float, str] | None = None
        get = self.matches.get
        for skel in rec.toks:
            sc = get(skel)
            if sc is not None and (best is None or sc > best[0]):
                best = (sc, skel)
        return best


class _FieldClause(_Clause):
    """A date, year or file-number chunk; alternatives are scored by ``_rules``."""

    def __init__(self, groups: list[Group], rules: list[Rule]) -> None:
        super().__init__(groups)
        self._rules = rules

    def score(self, rec: _Record) -> tuple[float, str] | None:
        """Return the best alternative score of the record."""
        best: tuple[float, str] | None = None
        for rule in self._rules:
            res = rule(rec)
            if res is not None and (best is None or res[0] > best[0]):
                best = res
        return best


_DATE_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_PARTIAL = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{0,3}))?$")
_DIGITS = re.compile(r"^\d+$")
_HAS_DIGIT = re.compile(r"\d")


def _parse_date(chunk: str) -> datetime.date | None:
    """Parse a complete date chunk (D.M.YYYY, D.M.YY, YYYY-MM-DD) or return None."""
    m = _DATE_DMY.match(chunk)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(year)
        if len(year) == 2:
            pivot = datetime.date.today().year % 100
            y += 2000 if y <= pivot else 1900
    else:
        m = _DATE_ISO.match(chunk)
        if not m:
            return None
        y, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return datetime.date(y, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------
# the index
# --------------------------------------------------------------------------


class SearchIndex:
    """In-memory index answering incremental name/date/file-number queries.

    Not thread-safe: serialise mutations and searches (a search may lazily
    re-sort internal lists after a bulk load).
    """

    def __init__(self, entries: Iterable[IndexEntry] = ()) -> None:
        """Create an index, optionally filled with ``entries``."""
        self.clear()
        self.add_many(entries)

    # ---- maintenance ---------------------------------------------------

    def clear(self) -> None:
        """Remove all entries."""
        self._recs: dict[str, _Record] = {}
        self._tok_post: dict[str, dict[str, None]] = {}
        self._tok_info: dict[str, TokenInfo] = {}
        # dicts used as ordered sets: unlike sets they are not tracked by the GC
        self._key_toks: dict[str, dict[str, None]] = {}
        self._pkey_toks: dict[str, dict[str, None]] = {}
        self._sound_toks: dict[str, dict[str, None]] = {}
        self._sound_buckets: dict[str, list[str]] | None = {}
        self._skels_sorted: list[str] = []
        self._pkeys_sorted: list[str] = []
        self._fns_sorted: list[str] = []
        self._sorted_valid = True
        self._adds_since_search = 0
        self._fn_post: dict[str, dict[str, None]] = {}
        self._fn_group_post: dict[str, dict[str, None]] = {}
        self._date_post: dict[datetime.date, dict[str, None]] = {}
        self._year_post: dict[int, dict[str, None]] = {}
        self._vague_year_post: dict[int, dict[str, None]] = {}
        self._md_post: dict[tuple[int, int], dict[str, None]] = {}
        self._no_birth: dict[str, None] = {}

    def __len__(self) -> int:
        """Return the number of entries."""
        return len(self._recs)

    def __contains__(self, entry_id: object) -> bool:
        """Tell whether an entry with this id is indexed."""
        return entry_id in self._recs

    def get(self, entry_id: str) -> IndexEntry | None:
        """Return the indexed entry with this id, or None."""
        rec = self._recs.get(entry_id)
        return rec.entry if rec else None

    def add_many(self, entries: Iterable[IndexEntry]) -> None:
        """Add (or replace) many entries; sorted structures are rebuilt lazily."""
        self._sorted_valid = False
        for entry in entries:
            self.add(entry)

    def update(self, entry: IndexEntry) -> None:
        """Replace the entry with the same id (or add it)."""
        self.add(entry)

    def add(self, entry: IndexEntry) -> None:
        """Add an entry; an existing entry with the same id is replaced."""
        if entry.id in self._recs:
            self.remove(entry.id)
        infos = _Record.analyse_names(entry)
        rec = _Record(entry, tuple(infos))
        eid = entry.id
        self._recs[eid] = rec
        self._adds_since_search += 1
        if self._sorted_valid and self._adds_since_search > 256 and len(self._skels_sorted) > 4096:
            self._sorted_valid = False  # bulk load: re-sort once at the next search
        tok_post = self._tok_post
        for skel, info in infos.items():
            post = tok_post.get(skel)
            if post is None:
                tok_post[skel] = {eid: None}
                self._add_distinct_token(skel, info)
            else:
                post[eid] = None
        if rec.fn:
            if _post_add(self._fn_post, rec.fn, eid) and self._sorted_valid:
                bisect.insort(self._fns_sorted, rec.fn)
            for g in rec.fn_groups:
                _post_add(self._fn_group_post, g, eid)
        if rec.date is None:
            self._no_birth[eid] = None
        else:
            _post_add(self._year_post, rec.year, eid)
            if rec.vague:
                _post_add(self._vague_year_post, rec.year, eid)
            else:
                _post_add(self._date_post, rec.date, eid)
                _post_add(self._md_post, (rec.date.month, rec.date.day), eid)

    def _add_distinct_token(self, skel: str, info: TokenInfo) -> None:
        """Register a token skeleton seen for the first time."""
        self._tok_info[skel] = info
        _post_add(self._key_toks, info.key, skel)
        if _post_add(self._pkey_toks, info.pkey, skel) and self._sorted_valid:
            bisect.insort(self._pkeys_sorted, info.pkey)
        if _post_add(self._sound_toks, info.sound, skel) and self._sound_buckets is not None \
                and info.sound:
            self._sound_buckets.setdefault(info.sound[0], []).append(info.sound)
        if self._sorted_valid:
            bisect.insort(self._skels_sorted, skel)

    def remove(self, entry_id: str) -> bool:
        """Remove the entry with this id; return False if it was not indexed."""
        rec = self._recs.pop(entry_id, None)
        if rec is None:
            return False
        for skel in rec.toks:
            if _post_remove(self._tok_post, skel, entry_id):
                self._remove_distinct_token(skel)
        if rec.fn:
            if _post_remove(self._fn_post, rec.fn, entry_id) and self._sorted_valid:
                _sorted_remove(self._fns_sorted, rec.fn)
            for g in rec.fn_groups:
                _post_remove(self._fn_group_post, g, entry_id)
        if rec.date is None:
            self._no_birth.pop(entry_id, None)
        else:
            _post_remove(self._year_post, rec.year, entry_id)
            if rec.vague:
                _post_remove(self._vague_year_post, rec.year, entry_id)
            else:
                _post_remove(self._date_post, rec.date, entry_id)
                _post_remove(self._md_post, (rec.date.month, rec.date.day), entry_id)
        return True

    def _remove_distinct_token(self, skel: str) -> None:
        """Forget a token skeleton that no entry uses any more."""
        info = self._tok_info.pop(skel)
        _post_remove(self._key_toks, info.key, skel)
        if _post_remove(self._pkey_toks, info.pkey, skel) and self._sorted_valid:
            _sorted_remove(self._pkeys_sorted, info.pkey)
        if _post_remove(self._sound_toks, info.sound, skel):
            self._sound_buckets = None
        if self._sorted_valid:
            _sorted_remove(self._skels_sorted, skel)

    def _ensure_sorted(self) -> None:
        """Rebuild the sorted prefix lists after a bulk load."""
        self._adds_since_search = 0
        if not self._sorted_valid:
            self._skels_sorted = sorted(self._tok_post)
            self._pkeys_sorted = sorted(self._pkey_toks)
            self._fns_sorted = sorted(self._fn_post)
            self._sorted_valid = True
        if self._sound_buckets is None:
            buckets: dict[str, list[str]] = {}
            for sound in self._sound_toks:
                if sound:
                    buckets.setdefault(sound[0], []).append(sound)
            self._sound_buckets = buckets

    # ---- search ----------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Return up to ``limit`` entries matching ``query``, best first."""
        if limit <= 0 or not self._recs:
            return []
        self._ensure_sorted()
        query = query[:MAX_QUERY_CHARS]
        clauses = self._parse(query)
        if len(clauses) == 1:
            ranked = self._single(clauses[0], limit)
        elif clauses:
            ranked = self._multi(clauses, limit)
        else:
            ranked = {}
        for eid, sc in self._whole_query_file_numbers(query, limit).items():
            if eid not in ranked or ranked[eid][0] < sc:
                ranked[eid] = (sc, [_TAG_FILE])
        order = sorted(ranked.items(), key=lambda kv: (-kv[1][0], self._recs[kv[0]].sort_key))
        return [Hit(eid, round(sc, 2), self._matched(eid, tags)) for eid, (sc, tags) in
                order[:limit]]

    def _whole_query_file_numbers(self, query: str, limit: int) -> dict[str, float]:
        """File numbers equal to the whole query, or starting with it (spaces ignored)."""
        norm = normalize_file_number(query)
        found = dict.fromkeys(self._fn_post.get(norm, ()), SCORE_FILE_EXACT)
        if len(norm) >= 3 and _HAS_DIGIT.search(norm) and len(query.split()) > 1:
            lo = bisect.bisect_left(self._fns_sorted, norm)
            for fn in self._fns_sorted[lo:lo + limit]:
                if not fn.startswith(norm):
                    break
                for eid in self._fn_post[fn]:
                    found.setdefault(eid, SCORE_PREFIX + 8.0 * len(norm) / len(fn))
        return found

    def _matched(self, eid: str, tags: list[str]) -> str:
        """Describe what matched for a hit (field texts joined by `` · ``)."""
        rec = self._recs[eid]
        parts: list[str] = []
        for tag in tags:
            if tag == _TAG_FILE:
                text = rec.entry.file_number
            elif tag == _TAG_DATE:
                text = rec.birth_text()
            else:
                text = rec.field_for(tag)
            if text not in parts:
                parts.append(text)
        return " · ".join(parts)

    def _single(self, clause: _Clause, limit: int) -> dict[str, tuple[float, list[str]]]:
        """Collect the best ``limit`` ids of a single clause, walking its groups best first."""
        result: dict[str, tuple[float, list[str]]] = {}
        for sc, tag, post in clause.groups:
            room = limit - len(result)
            if isinstance(post, _LazyPosting):
                for i in post:
                    if i not in result:
                        result[i] = (sc, [tag])
                        room -= 1
                        if room <= 0:
                            break
                if len(result) >= limit:
                    break
                continue
            fresh = [i for i in post if i not in result]
            if len(fresh) > room:
                recs = self._recs
                fresh = heapq.nsmallest(room, fresh, key=lambda i: recs[i].sort_key)
            for i in fresh:
                result[i] = (sc, [tag])
            if len(result) >= limit:
                break
        return result

    def _multi(self, clauses: list[_Clause], limit: int) -> dict[str, tuple[float, list[str]]]:
        """Intersect several clauses and keep the ``limit`` best mean scores."""
        clauses = sorted(clauses, key=lambda c: c.size)
        driver, others = clauses[0], clauses[1:]
        allowed: set[str] | None = None
        for c in others:
            if c.size > 3 * driver.size or any(isinstance(g[2], _LazyPosting) for g in c.groups):
                continue  # cheaper to filter the driver's ids with c.score() below
            allowed = set(c.ids()) if allowed is None else allowed & c.ids()
            if not allowed:
                return {}
        n = len(clauses)
        upper_others = sum(c.groups[0][0] for c in others if c.groups)
        heap: list[tuple[float, str, list[str]]] = []
        seen: set[str] = set()
        recs = self._recs
        for sc, _, post in driver.groups:
            if len(heap) >= limit and (sc + upper_others) / n < heap[0][0]:
                break
            for eid in post:
                if eid in seen or (allowed is not None and eid not in allowed):
                    continue
                seen.add(eid)
                rec = recs[eid]
                scores: list[float] = []
                tags: list[str] = []
                for c in clauses:
                    res = c.score(rec)
                    if res is None:
                        break
                    scores.append(res[0])
                    tags.append(res[1])
                else:
                    item = (fmean(scores), eid, tags)
                    if len(heap) < limit:
                        heapq.heappush(heap, item)
                    elif item[0] > heap[0][0]:
                        heapq.heapreplace(heap, item)
        # the heap may hold arbitrary ties at the boundary; final order is by score, name
        return {eid: (sc, tags) for sc, eid, tags in heap}

    # ---- query parsing ---------------------------------------------------

    def _parse(self, query: str) -> list[_Clause]:
        """Turn a query string into AND-ed clauses."""
        clauses: list[_Clause] = []
        name_chunks: list[str] = []
        for raw in query.split():
            chunk = fold(raw).strip(",;:()[]\"'")
            if not chunk:
                continue
            if not _HAS_DIGIT.search(chunk):
                name_chunks.append(raw)
                continue
            clause = self._field_clause(chunk)
            if clause is not None:
                clauses.append(clause)
        tokens = name_tokens(" ".join(name_chunks))[:MAX_QUERY_TOKENS] if name_chunks else []
        clauses = clauses[:MAX_QUERY_TOKENS]
        only_one = len(tokens) + len(clauses) == 1
        for tok in tokens:
            clauses.append(self._name_clause(analyze_token(tok), single_clause=only_one))
        return clauses

    def _name_clause(self, info: TokenInfo, single_clause: bool) -> _NameClause:
        """Build the clause of one query name token."""
        matches = self._match_token(info)
        if len(info.sound) >= 3 and (not single_clause or self._too_few(matches)):
            self._add_fuzzy(info, matches)
        return _NameClause(matches, self._tok_post)

    def _too_few(self, matches: dict[str, float], limit: int = 50) -> bool:
        """Tell whether exact/phonetic matches cover fewer than ``limit`` distinct entries."""
        strong = [s for s, sc in matches.items() if sc >= SCORE_PHONETIC]
        if sum(len(self._tok_post[s]) for s in strong) >= 4 * limit:
            return False
        seen: set[str] = set()
        for s in strong:
            seen.update(self._tok_post[s])
        return len(seen) < limit

    def _match_token(self, info: TokenInfo) -> dict[str, float]:
        """Score all distinct index tokens that match ``info`` (exact, phonetic, prefix)."""
        res: dict[str, float] = {}
        skel = info.skel
        if skel in self._tok_post:
            res[skel] = SCORE_EXACT
        tok_info = self._tok_info
        weak_key = len(info.key) < 2  # one consonant ("Muh" -> "m"): too ambiguous alone
        for s in self._key_toks.get(info.key, ()) if info.key else ():
            if s not in res:
                sim = sound_similarity(info, tok_info[s])
                if not weak_key or sim >= 0.8:
                    res[s] = SCORE_PHONETIC + 10.0 * sim
        qlen = len(skel)
        prefixes = [skel]
        if info.abjad:
            # while typing, the last Arabic-script letter may be read as final (زه -> "ze")
            # although the full name continues (زهره -> "zʼhre"): also try the reading it
            # gets with a letter after it
            open_skel = analyze_token(info.text + "\u0628").skel[:-1]
            if open_skel and open_skel != skel:
                prefixes.append(open_skel)
        for prefix in prefixes:
            for s in _prefix_range(self._skels_sorted, prefix):
                if s not in res:
                    res[s] = SCORE_PREFIX + 8.0 * qlen / len(s)
        qk = info.qkey
        if len(qk) >= 2:
            klen = len(qk)
            for pk in _prefix_range(self._pkeys_sorted, qk):
                sc = SCORE_KEY_PREFIX + 8.0 * klen / len(pk)
                for s in self._pkey_toks[pk]:
                    if s not in res:
                        res[s] = sc
        return res

    def _fuzzy_sounds(self, sound: str, cutoff: float, limit: int) -> list[tuple[str, float]]:
        """Sound forms with the same first letter and a rapidfuzz ratio >= ``cutoff``."""
        bucket = (self._sound_buckets or {}).get(sound[:1], [])
        found = process.extract(sound, bucket, scorer=fuzz.ratio, score_cutoff=cutoff,
                                limit=limit)
        return [(choice, ratio) for choice, ratio, _ in found]

    def _add_fuzzy(self, info: TokenInfo, res: dict[str, float]) -> None:
        """Add rapidfuzz matches on the sound forms (lowest tier) to ``res``."""
        span = 100.0 - FUZZY_CUTOFF
        for sound, ratio in self._fuzzy_sounds(info.sound, FUZZY_CUTOFF, FUZZY_LIMIT):
            if ratio >= 100.0:  # same sound form: a phonetic match the key missed
                sc = SCORE_PHONETIC + 10.0 * (1.0 if info.abjad else 0.9)
            else:
                sc = SCORE_FUZZY + 25.0 * (ratio - FUZZY_CUTOFF) / span
            for s in self._sound_toks[sound]:
                if s not in res or res[s] < sc:
                    res[s] = sc

    def _field_clause(self, chunk: str) -> _FieldClause | None:
        """Build the clause of a chunk containing digits (date, year, file number)."""
        groups: list[Group] = []
        rules: list[Rule] = []
        date = _parse_date(chunk)
        if date is not None:
            self._date_alternatives(date, groups, rules)
        # "12.03.19" may be 2019 or the start of 1990 while typing: try both
        m = _DATE_PARTIAL.match(chunk)
        if m:
            self._partial_date_alternatives(m, groups, rules)
        elif date is None and _DIGITS.match(chunk):
            self._number_alternatives(chunk, groups, rules)
        self._file_alternatives(chunk, groups, rules)
        self._alnum_name_alternative(chunk, groups, rules)
        return _FieldClause(groups, rules)

    def _alnum_name_alternative(self, chunk: str, groups: list[Group], rules: list[Rule]) -> None:
        """Let a chunk with letters and digits still match a name token exactly."""
        toks = name_tokens(chunk)
        if len(toks) != 1 or toks[0].isdigit():
            return
        skel = analyze_token(toks[0]).skel
        post = self._tok_post.get(skel)
        if post:
            groups.append((SCORE_EXACT, skel, post))
            rules.append(lambda r: (SCORE_EXACT, skel) if skel in r.toks else None)

    def _date_alternatives(self, date: datetime.date, groups: list[Group],
                           rules: list[Rule]) -> None:
        """Alternatives for a complete birth date."""
        year = date.year
        vague_ids = self._vague_year_post.get(year, {})
        if date.day == 1 and date.month == 1:
            precise = [i for i in self._year_post.get(year, {}) if i not in vague_ids]
            groups += [(SCORE_EXACT, _TAG_DATE, vague_ids), (SCORE_PREFIX, _TAG_DATE, precise)]
            rules.append(lambda r: (SCORE_EXACT if r.vague else SCORE_PREFIX, _TAG_DATE)
                         if r.year == year else None)
            return
        groups += [(SCORE_EXACT, _TAG_DATE, self._date_post.get(date, {})),
                   (SCORE_DATE_VAGUE, _TAG_DATE, vague_ids)]

        def rule(r: _Record) -> tuple[float, str] | None:
            if r.year != year:
                return None
            if r.vague:
                return SCORE_DATE_VAGUE, _TAG_DATE
            return (SCORE_EXACT, _TAG_DATE) if r.date == date else None

        rules.append(rule)

    def _partial_date_alternatives(self, m: re.Match[str], groups: list[Group],
                                   rules: list[Rule]) -> None:
        """Alternatives for ``DD.MM.`` optionally followed by the start of a year."""
        day, month, ypref = int(m.group(1)), int(m.group(2)), m.group(3) or ""
        ids = [i for i in self._md_post.get((month, day), {})
               if str(self._recs[i].year).startswith(ypref)]
        groups.append((SCORE_PREFIX, _TAG_DATE, ids))
        rules.append(lambda r: (SCORE_PREFIX, _TAG_DATE)
                     if r.date is not None and not r.vague and r.date.day == day
                     and r.date.month == month and str(r.year).startswith(ypref) else None)

    def _number_alternatives(self, digits: str, groups: list[Group], rules: list[Rule]) -> None:
        """Alternatives for a plain number: birth year, year prefix, file-number group."""
        if len(digits) == 4:
            year = int(digits)
            groups.append((SCORE_EXACT, _TAG_DATE, self._year_post.get(year, {})))
            rules.append(lambda r: (SCORE_EXACT, _TAG_DATE) if r.year == year else None)
        elif len(digits) < 4 and digits[0] in "12":
            sc = SCORE_YEAR_PREFIX + 8.0 * len(digits) / 4
            for year, post in self._year_post.items():
                if str(year).startswith(digits):
                    groups.append((sc, _TAG_DATE, post))
            rules.append(lambda r: (sc, _TAG_DATE)
                         if r.year is not None and str(r.year).startswith(digits) else None)
        group = digits.lstrip("0") or "0"
        groups.append((SCORE_FILE_GROUP, _TAG_FILE, self._fn_group_post.get(group, {})))
        rules.append(lambda r: (SCORE_FILE_GROUP, _TAG_FILE) if group in r.fn_groups else None)

    def _file_alternatives(self, chunk: str, groups: list[Group], rules: list[Rule]) -> None:
        """Alternatives for a file number: exact or prefix."""
        norm = normalize_file_number(chunk)
        if len(norm) < 2:
            return
        fns = _prefix_range(self._fns_sorted, norm)
        if len(fns) > LAZY_RANGE:
            sc = SCORE_PREFIX + 8.0 * len(norm) / max(len(fns[0]), len(norm))
            groups.append((sc, _TAG_FILE, _LazyPosting(fns, self._fn_post)))
        else:
            for fn in fns:
                sc = SCORE_FILE_EXACT if fn == norm else SCORE_PREFIX + 8.0 * len(norm) / len(fn)
                groups.append((sc, _TAG_FILE, self._fn_post[fn]))

        def rule(r: _Record) -> tuple[float, str] | None:
            if r.fn == norm:
                return SCORE_FILE_EXACT, _TAG_FILE
            if r.fn.startswith(norm):
                return SCORE_PREFIX + 8.0 * len(norm) / len(r.fn), _TAG_FILE
            return None

        rules.append(rule)

    # ---- duplicates ------------------------------------------------------

    def find_duplicates(self, candidate: IndexEntry, limit: int = 10) -> list[DuplicateCandidate]:
        """Return indexed entries that may be the same person as ``candidate``, best first."""
        if limit <= 0 or not self._recs:
            return []
        self._ensure_sorted()
        cand = _NameParts.of(candidate)
        ids = self._duplicate_pool(candidate, cand)
        fn = normalize_file_number(candidate.file_number) if candidate.file_number else ""
        if fn:
            ids.update(self._fn_post.get(fn, ()))
        ids.discard(candidate.id)
        found: list[tuple[float, tuple[str, ...], str]] = []
        for eid in ids:
            rec = self._recs[eid]
            res = _compare(candidate, cand, rec, fn)
            if res is not None:
                found.append((res[0], res[1], eid))
        found.sort(key=lambda f: (-f[0], self._recs[f[2]].sort_key))
        return [DuplicateCandidate(eid, round(sc, 2), reasons) for sc, reasons, eid in
                found[:limit]]

    def _duplicate_pool(self, candidate: IndexEntry, cand: _NameParts) -> set[str]:
        """Entries sharing phonetic keys with the candidate in enough name fields."""
        allowed: set[str] | None = None
        if candidate.birth_date is not None:
            allowed = set(self._year_post.get(candidate.birth_date.year, ()))
            allowed.update(self._no_birth)
        fields_hit: dict[str, int] = {}
        fields = [f for f in (cand.fam_pool, cand.giv_pool, cand.orig_pool) if f]
        for pool in fields:
            skels: set[str] = set()
            for info in pool:
                if info.skel in self._tok_post:
                    skels.add(info.skel)
                skels.update(self._key_toks.get(info.key, ()) if info.key else ())
                if len(info.sound) >= 4:
                    for sound, _ in self._fuzzy_sounds(info.sound, 85.0, 20):
                        skels.update(self._sound_toks[sound])
            ids: set[str] = set()
            for s in skels:
                ids.update(self._tok_post[s])
            if allowed is not None:
                ids &= allowed
            for eid in ids:
                fields_hit[eid] = fields_hit.get(eid, 0) + 1
        need = min(2, len(fields))
        return {eid for eid, n in fields_hit.items() if n >= need}


# --------------------------------------------------------------------------
# duplicate scoring
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _NameParts:
    """Token infos of one person's name, split by field."""

    fam: tuple[TokenInfo, ...]
    giv: tuple[TokenInfo, ...]
    orig: tuple[TokenInfo, ...]
    fam_pool: tuple[TokenInfo, ...]
    giv_pool: tuple[TokenInfo, ...]
    orig_pool: tuple[TokenInfo, ...]

    @classmethod
    def of(cls, e: IndexEntry) -> _NameParts:
        """Analyse the name fields of an entry (cached: imports compare the same records often)."""
        return _name_parts(e.family_name or "", e.given_names or "", e.name_original or "")

    @classmethod
    def build(cls, e: IndexEntry) -> _NameParts:
        """Analyse the name fields of an entry."""
        def infos(toks: Iterable[str]) -> tuple[TokenInfo, ...]:
            return tuple(analyze_token(t) for t in toks)

        return cls(
            fam=infos(name_tokens(e.family_name or "")),
            giv=infos(name_tokens(e.given_names or "")),
            orig=infos(name_tokens(e.name_original or "")),
            fam_pool=infos(index_tokens(e.family_name or "", glue=True)),
            giv_pool=infos(index_tokens(e.given_names or "")),
            orig_pool=infos(index_tokens(e.name_original or "")),
        )

    def primaries(self) -> tuple[TokenInfo, ...]:
        """All primary tokens."""
        return self.fam + self.giv + self.orig

    def pool(self) -> tuple[TokenInfo, ...]:
        """All tokens including variants."""
        return self.fam_pool + self.giv_pool + self.orig_pool


@functools.lru_cache(maxsize=65536)
def _name_parts(family: str, given: str, original: str) -> _NameParts:
    return _NameParts.build(IndexEntry("", family, given, original))


def _direction(xs: tuple[TokenInfo, ...], pool: tuple[TokenInfo, ...]) -> float:
    """Mean over ``xs`` of the best similarity to any token of ``pool``."""
    if not xs or not pool:
        return 0.0
    return fmean(max(token_similarity(x, y) for y in pool) for x in xs)


def _name_similarity(a: _NameParts, b: _NameParts) -> tuple[float, bool]:
    """Similarity 0..1 of two names and whether family/given names appear swapped."""
    if a.fam and a.giv and b.fam and b.giv:
        straight = fmean((
            _direction(a.fam, b.fam_pool + b.orig_pool),
            _direction(a.giv, b.giv_pool + b.orig_pool),
            _direction(b.fam, a.fam_pool + a.orig_pool),
            _direction(b.giv, a.giv_pool + a.orig_pool),
        ))
        swapped = fmean((
            _direction(a.fam, b.giv_pool + b.orig_pool),
            _direction(a.giv, b.fam_pool + b.orig_pool),
            _direction(b.fam, a.giv_pool + a.orig_pool),
            _direction(b.giv, a.fam_pool + a.orig_pool),
        ))
        if swapped > straight + 0.05:
            return swapped, True
        return straight, False
    pooled = fmean((_direction(a.primaries(), b.pool()), _direction(b.primaries(), a.pool())))
    return pooled, False


def _same_spelling(cand: _NameParts, other: IndexEntry) -> bool:
    """Tell whether both entries spell family and given names (Latin fields) identically."""
    theirs = _NameParts.of(other)
    mine = {t.skel for t in cand.fam + cand.giv} or {t.skel for t in cand.orig}
    return mine == ({t.skel for t in theirs.fam + theirs.giv} or {t.skel for t in theirs.orig})


def _birth_match(a: IndexEntry, b: IndexEntry) -> tuple[float, str] | None:
    """Compare birth dates: (weight 0..1, reason) or None when they contradict."""
    da, db = a.birth_date, b.birth_date
    if da is None or db is None:
        return 0.3, "Geburtsdatum fehlt"
    if da.year != db.year:
        return None
    if _is_vague(a) or _is_vague(b):
        return 0.7, "gleiches Geburtsjahr"
    if da == db:
        return 1.0, "gleiches Geburtsdatum"
    if (da.day, da.month) == (db.month, db.day):
        return 0.6, "Tag und Monat vertauscht"
    if da.day == db.day or da.month == db.month:
        return 0.4, "Geburtsdatum ähnlich"
    return None


def _compare(candidate: IndexEntry, cand: _NameParts, rec: _Record,
             fn: str) -> tuple[float, tuple[str, ...]] | None:
    """Score one existing record against the candidate, or None if not a duplicate."""
    other = rec.entry
    same_file = bool(fn) and fn == rec.fn
    name_sim, swapped = _name_similarity(cand, _NameParts.of(other))
    birth = _birth_match(candidate, other)
    reasons: list[str] = []
    if same_file:
        reasons.append("gleiches Aktenzeichen")
    if birth is None:
        if not same_file:
            return None
        birth = (0.0, "Geburtsdatum abweichend")
    threshold = 0.9 if other.birth_date is None or candidate.birth_date is None else 0.78
    if name_sim < threshold and not same_file:
        return None
    if swapped:
        reasons.append("Vor- und Nachname vertauscht")
    elif name_sim >= 0.999 and _same_spelling(cand, other):
        reasons.append("Name identisch")
    elif name_sim >= 0.6:
        reasons.append("Name ähnlich")
    reasons.append(birth[1])
    nats_a = {fold(n) for n in candidate.nationalities or () if n}
    same_nat = bool(nats_a & {fold(n) for n in other.nationalities or () if n})
    if same_nat:
        reasons.append("gleiche Staatsangehörigkeit")
    score = 100.0 * (0.55 * name_sim + 0.35 * birth[0] + 0.10 * same_nat)
    if same_file:
        score = max(score, 95.0)
    return score, tuple(reasons)
