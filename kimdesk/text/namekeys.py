"""Normalisation, tokenisation and phonetic keys for personal names.

Pipeline
--------
1. :func:`fold` -- NFKC, casefold, strip diacritics and Arabic harakat, drop
   zero-width / bidi / format characters and tatweel, unify Arabic/Persian
   letter variants (``ی ى`` -> ``ي``, ``ک`` -> ``ك``, ``ı`` -> ``i``) and
   Eastern-Arabic digits.  Cyrillic ``й ё ї ў`` and the Arabic hamza letters
   ``أ إ آ ؤ ئ`` are kept whole because they are letters in their own right.
2. :func:`name_tokens` -- split on spaces, hyphens and punctuation; apostrophes
   (``Sa'ad``, ``Мар'яна``) join; standalone articles ``al``/``el``/``ul`` (and
   assimilated ``ar-``/``as-``/``ad-`` before the matching consonant) are
   dropped; the Arabic article ``ال`` is stripped from the word it is glued to;
   ``Abd``-compounds are merged into one token with the article removed:
   ``Abd al-Rahman`` = ``Abdul Rahman`` = ``Abdurrahman`` = ``عبد الرحمن`` ->
   ``abd`` + ``rahman``.
3. :func:`skeleton` -- :func:`kimdesk.text.translit.transliterate` of a token,
   reduced to letters and digits.
4. Spelling normalisation (shared by keys and sound forms), applied left to
   right, longest match first::

       tsch tch ch kh ck cz c q -> k      sch sh shch sz -> s
       dsch dzh dj j -> y                 zh ts tz dz -> z
       ph -> f   th -> t   dh -> d   gh -> g   x -> ks   v -> w

   then runs of the same letter collapse (``mm`` -> ``m``, ``ss`` -> ``s``).
5. :func:`phonetic_key` (per token, joined by spaces):

   * the first letter is kept; a first vowel becomes ``a`` (*Omar* = *Umar*
     = ``عمر``), but ``i`` before a vowel is the glide ``y`` (*Iuliia* =
     *Yuliia*);
   * all later vowels are dropped, and so is a later ``y`` (``y``, ``j``,
     ``ی`` are semivowels: *Husayn* = *Hussein*, *Julija* = *Yulia*);
   * ``w``/``v`` after a vowel is dropped when no vowel follows, or when
     ``o``/``u`` follows (diphthongs: *Shawkat* = *Shoukat*, *Dawood* =
     *Daoud* = ``داود``), otherwise it is kept (*Marwan*, *Nawal*, *Ivan*);
   * a word-final ``h`` after a vowel is dropped (*Fatimah* = *Fatima*,
     *Abdullah* = ``عبدالله``);
   * a word-final ``d`` is devoiced to ``t`` (*Mehmed* = *Mehmet* =
     *Muhammad*, *Ahmad* = *Ahmet*).

   Examples: *Mohammed*, *Muhammad*, *Mohamad*, *Muhammed*, ``محمد`` -> ``mhmt``;
   *Yuliia*, *Julija*, *Yulia*, ``Юлія`` -> ``yl``; *Hussein*, *Husain*,
   *Hossein*, ``حسين`` -> ``hsn``; *Oleksandr*, *Alexander*, ``Олександр``,
   ``Александр`` -> ``alksndr``; *Yusuf*, *Youssef*, *Jusuf*, ``يوسف`` -> ``ysf``.

   The key is deliberately coarse (it is a blocking key); *Hassan* and
   *Hussein*, or *Mahmoud* and *Muhammad*, share a key.  Ranking inside a key
   uses :func:`sound_similarity`.
6. The *sound form* keeps the vowels in three classes (``a``, ``e/i`` -> ``i``,
   ``o/u`` -> ``u``) and is used for fuzzy comparisons.  When exactly one side
   is written in Arabic script, the Latin side is also compared with its
   vowels removed, because Arabic script does not write short vowels.
7. *Prefix keys* are keys without the word-final rules, used while the user
   is still typing (``Moh`` -> ``mh``, a prefix of ``mhmt``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz

from kimdesk.text.translit import SEPARATOR, is_abjad, transliterate

__all__ = [
    "TokenInfo",
    "fold",
    "name_tokens",
    "raw_tokens",
    "token_variants",
    "compact_name",
    "index_tokens",
    "memoize",
    "skeleton",
    "phonetic_key",
    "analyze_token",
    "sound_similarity",
    "token_similarity",
]

VOWELS = frozenset("aeiou")

_R = TypeVar("_R")


def memoize(maxsize: int) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Memoize a pure function in a plain dict, emptied when it exceeds ``maxsize``.

    Unlike :func:`functools.lru_cache` this allocates no per-entry linked-list
    node, so a large cache adds no objects the garbage collector must traverse.
    """

    def decorate(func: Callable[..., _R]) -> Callable[..., _R]:
        cache: dict[object, _R] = {}

        @wraps(func)
        def wrapper(*args: object) -> _R:
            try:
                return cache[args]
            except KeyError:
                pass
            if len(cache) >= maxsize:
                cache.clear()
            result = cache[args] = func(*args)
            return result

        wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate


_VOWELS_Y = frozenset("aeiouy")

# --------------------------------------------------------------------------
# fold
# --------------------------------------------------------------------------

_FOLD_MAP = {
    ord("ı"): "i",
    ord("ی"): "ي",
    ord("ى"): "ي",
    ord("ک"): "ك",
    ord("ـ"): None,  # tatweel
}
_FOLD_MAP.update({0x0660 + i: str(i) for i in range(10)})
_FOLD_MAP.update({0x06F0 + i: str(i) for i in range(10)})

_CYRILLIC_RANGE = "\u0400-\u052f"
_ARABIC_RANGE = "\u0620-\u06ff\u0750-\u077f\u08a0-\u08ff"
_KEEP_AFTER_CYRILLIC = "\u0306\u0308"  # breve (й ў), diaeresis (ё ї)
_KEEP_AFTER_ARABIC = "\u0653\u0654\u0655"  # madda, hamza above/below (آ أ إ ؤ ئ)


@lru_cache(maxsize=1)
def _strip_table() -> dict[int, None]:
    """Build (once) the translate table deleting combining marks and format characters."""
    kept = {ord(c) for c in _KEEP_AFTER_CYRILLIC + _KEEP_AFTER_ARABIC}
    return {
        cp: None
        for cp in range(0x110000)
        if cp not in kept and unicodedata.category(chr(cp)) in ("Mn", "Me", "Cf")
    }


_CONTEXT_MARKS = frozenset(_KEEP_AFTER_CYRILLIC + _KEEP_AFTER_ARABIC)
_CONTEXT_MARKS_RE = re.compile(
    f"(?<![{_CYRILLIC_RANGE}])[{_KEEP_AFTER_CYRILLIC}]"
    f"|(?<![{_ARABIC_RANGE}])[{_KEEP_AFTER_ARABIC}]"
)


def _fold_once(text: str) -> str:
    """Apply one round of the folding steps."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD_MAP)
    text = unicodedata.normalize("NFD", text).translate(_strip_table())
    if not _CONTEXT_MARKS.isdisjoint(text):
        text = _CONTEXT_MARKS_RE.sub("", text)
    return unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """Casefold, strip diacritics/harakat/format characters and NFKC-normalise ``text``."""
    if text.isascii():
        return text.lower()
    for _ in range(6):
        folded = _fold_once(text)
        if folded == text:
            break
        text = folded
    return text


# --------------------------------------------------------------------------
# tokens
# --------------------------------------------------------------------------

_APOSTROPHES = "'’‘ʼʻʾʿ`´ʹˈ՚＇"
_APOS_MAP = {ord(c): None for c in _APOSTROPHES}
_NONWORD_RE = re.compile(r"[\W_]+")

_ARTICLES = frozenset({"al", "el", "ul", "ol", "il"})
# assimilated article (sun letters): only when the next word starts with the consonant
_SUN_ARTICLES = {
    "ad": "d", "ar": "r", "as": "s", "ash": "sh", "at": "t", "az": "z", "an": "n",
    "ud": "d", "ur": "r", "us": "s", "ush": "sh", "ut": "t", "uz": "z", "un": "n",
    "ed": "d", "er": "r", "es": "s", "esh": "sh", "et": "t", "ez": "z", "en": "n",
}
_ABD_FORMS = frozenset({"abd", "abdu", "abdul", "abdel", "abdal", "abdol", "abdoul",
                        "abdur", "abdus", "abdud", "abdun", "abdut", "abduz", "abdou", "عبد"})
_ABD_LATERAL = ("abdoul", "abdul", "abdel", "abdal", "abdol", "abdil")
_ARABIC_ARTICLE = "ال"
_ALLAH = "الله"


def _split_field(text: str) -> list[str]:
    """Fold ``text`` and split it on everything but letters and digits."""
    folded = fold(text.translate(_APOS_MAP)).translate(_APOS_MAP)
    return [t for t in _NONWORD_RE.split(folded) if t]


@memoize(1 << 16)
def _raw_tokens_cached(text: str) -> tuple[str, ...]:
    """Cached :func:`raw_tokens` for short fields."""
    return tuple(_split_field(text))


def raw_tokens(text: str) -> list[str]:
    """Fold ``text`` and split it into word tokens (apostrophes join, everything else splits)."""
    if len(text) > 256:
        return _split_field(text)
    return list(_raw_tokens_cached(text))


def _strip_arabic_article(token: str) -> str:
    """Remove a glued Arabic article ``ال`` from ``token`` when a word remains."""
    if token.startswith(_ARABIC_ARTICLE) and len(token) >= 4 and token != _ALLAH:
        return token[2:]
    return token


def _split_glued_abd(token: str) -> str | None:
    """Return ``abd`` + name for glued forms like ``abdulrahman``/``abdurrahman``, else None."""
    if token.startswith("عبدال") and len(token) >= 7:
        return "عبد" + token[5:]
    if not token.startswith("abd") or len(token) < 7:
        return None
    for prefix in _ABD_LATERAL:
        rest = token[len(prefix):]
        if token.startswith(prefix) and len(rest) >= 3:
            return "abd" + rest
    vowel, rest = token[3], token[4:]
    if vowel in VOWELS and len(rest) >= 4 and rest[0] not in VOWELS:
        if rest[0] == rest[1]:  # abdurrahman, abdussalam
            return "abd" + rest[1:]
        return "abd" + rest  # abdurahman, abdukarim
    return None


def name_tokens(*fields: str) -> list[str]:
    """Split name fields into folded tokens, dropping articles and merging ``Abd``-compounds."""
    result: list[str] = []
    for field in fields:
        if not field:
            continue
        toks = [_strip_arabic_article(t) for t in raw_tokens(field)]
        kept: list[str] = []
        for i, tok in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and (
                tok in _ARTICLES or (tok in _SUN_ARTICLES and nxt.startswith(_SUN_ARTICLES[tok]))
            ):
                continue
            kept.append(tok)
        merged: list[str] = []
        i = 0
        while i < len(kept):
            tok = kept[i]
            if tok in _ABD_FORMS and i + 1 < len(kept):
                base = "عبد" if tok == "عبد" else "abd"
                merged.append(base + kept[i + 1])
                i += 2
                continue
            merged.append(_split_glued_abd(tok) or tok)
            i += 1
        result.extend(merged)
    return list(dict.fromkeys(result))


def token_variants(token: str) -> tuple[str, ...]:
    """Return alternative forms of a folded token (glued article removed), possibly empty."""
    if token.startswith(_ARABIC_ARTICLE):
        stripped = _strip_arabic_article(token)
        return (stripped,) if stripped != token else ()
    if len(token) >= 5 and token[:2] in ("al", "el") and token[2] not in VOWELS:
        return (token[2:],)
    if len(token) >= 5 and token[:2] in ("ar", "as", "at", "ad", "az", "an") \
            and token[2] == token[1]:
        return (token[2:],)
    return ()


def compact_name(text: str) -> str:
    """Return the field's tokens glued together (``Al-Hassan`` -> ``alhassan``), or ``""``."""
    toks = raw_tokens(text)
    return "".join(toks) if len(toks) > 1 else ""


def index_tokens(text: str, *, glue: bool = False) -> list[str]:
    """All tokens under which a name field should be findable (tokens, parts, variants)."""
    if len(text) > 256:
        return _index_tokens(text, glue)
    return list(_index_tokens_cached(text, glue))


@memoize(1 << 16)
def _index_tokens_cached(text: str, glue: bool) -> tuple[str, ...]:
    """Cached :func:`index_tokens` for short fields."""
    return tuple(_index_tokens(text, glue))


def _index_tokens(text: str, glue: bool) -> list[str]:
    """Implementation of :func:`index_tokens`."""
    primary = name_tokens(text)
    parts = [t for t in raw_tokens(text) if t not in _ARTICLES and t not in _SUN_ARTICLES]
    result: list[str] = []
    for tok in dict.fromkeys((*primary, *parts)):
        result.append(tok)
        result.extend(token_variants(tok))
    glued = compact_name(text) if glue else ""
    if glued:
        result.append(glued)
    return list(dict.fromkeys(result))


# --------------------------------------------------------------------------
# keys
# --------------------------------------------------------------------------

_DIGRAPH_RE = re.compile(
    "tsch|dsch|shch|sch|dzh|tch|zh|dj|ch|kh|ck|cz|sz|sh|ph|th|dh|gh|ts|tz|dz|q|c|x|j|v"
)
_DIGRAPHS = {
    "tsch": "k", "dsch": "y", "shch": "s", "sch": "s", "dzh": "y", "tch": "k", "zh": "z",
    "dj": "y", "ch": "k", "kh": "k", "ck": "k", "cz": "k", "sz": "s", "sh": "s", "ph": "f",
    "th": "t", "dh": "d", "gh": "g", "ts": "z", "tz": "z", "dz": "z", "q": "k", "c": "k",
    "x": "ks", "j": "y", "v": "w",
}
_DOUBLES_RE = re.compile(r"(.)\1+")


def skeleton(token: str) -> str:
    """Transliterate a token to its Latin skeleton (letters and digits only)."""
    skel = _NONWORD_RE.sub("", transliterate(token))
    return skel or token


def _normalise_spelling(skel: str) -> str:
    """Apply the digraph/consonant-class rules and collapse doubled letters."""
    norm = _DIGRAPH_RE.sub(lambda m: _DIGRAPHS[m.group(0)], skel).replace(SEPARATOR, "")
    return _DOUBLES_RE.sub(r"\1", norm)


def _consonant_key(norm: str, *, final_rules: bool, open_end: bool) -> str:
    """Reduce a normalised spelling to its consonant key (see module docstring)."""
    if not norm:
        return ""
    length = len(norm)
    first = norm[0]
    if first in VOWELS:
        out = ["y" if first == "i" and length > 1 and norm[1] in VOWELS else "a"]
    else:
        out = [first]
    for i in range(1, length):
        c = norm[i]
        if c in _VOWELS_Y:
            continue
        last = i == length - 1
        if c == "w" and norm[i - 1] in _VOWELS_Y:
            if last:
                if not open_end:
                    continue
            elif norm[i + 1] not in VOWELS or norm[i + 1] in "ou":
                continue
        elif last and final_rules:
            if c == "h" and norm[i - 1] in _VOWELS_Y:
                continue
            if c == "d":
                c = "t"
        out.append(c)
    return "".join(out)


def _sound_form(norm: str) -> str:
    """Spelling with vowels reduced to the classes a / i (e, i, y) / u (o, u)."""
    if not norm:
        return ""
    chars = list(norm)
    if chars[0] == "i" and len(chars) > 1 and chars[1] in VOWELS:
        chars[0] = "y"
    for i in range(len(chars)):
        c = chars[i]
        if c == "e" or (c == "y" and i > 0):
            chars[i] = "i"
        elif c == "o":
            chars[i] = "u"
    return _DOUBLES_RE.sub(r"\1", "".join(chars))


def _devowel(sound: str) -> str:
    """Drop the vowels of a sound form except a leading one."""
    return sound[:1] + "".join(c for c in sound[1:] if c not in VOWELS)


class TokenInfo(NamedTuple):
    """Precomputed matching data for one folded name token."""

    text: str  # folded token in its original script
    skel: str  # Latin skeleton
    key: str  # phonetic key (full word)
    pkey: str  # prefix key of a complete word (no word-final rules)
    qkey: str  # prefix key of a word still being typed
    sound: str  # sound form (vowel classes) for fuzzy comparison
    abjad: bool  # written in Arabic script (short vowels missing)


@memoize(1 << 18)
def analyze_token(token: str) -> TokenInfo:
    """Compute skeleton, keys and sound form of one folded token (cached)."""
    skel = skeleton(token)
    norm = _normalise_spelling(skel)
    return TokenInfo(
        text=token,
        skel=skel,
        key=_consonant_key(norm, final_rules=True, open_end=False),
        pkey=_consonant_key(norm, final_rules=False, open_end=False),
        qkey=_consonant_key(norm, final_rules=False, open_end=True),
        sound=_sound_form(norm),
        abjad=is_abjad(token),
    )


def phonetic_key(name: str) -> str:
    """Return the space-separated phonetic keys of all tokens of ``name``."""
    return " ".join(k for k in (analyze_token(t).key for t in name_tokens(name)) if k)


def sound_similarity(a: TokenInfo, b: TokenInfo) -> float:
    """Similarity 0..1 of two tokens' sound forms, tolerant to unwritten Arabic vowels."""
    if a.abjad == b.abjad:
        return fuzz.ratio(a.sound, b.sound) / 100.0
    latin, arabic = (b, a) if a.abjad else (a, b)
    devowelled = fuzz.ratio(_devowel(latin.sound), arabic.sound)
    return (devowelled + fuzz.ratio(latin.sound, arabic.sound)) / 200.0


def token_similarity(a: TokenInfo, b: TokenInfo) -> float:
    """Similarity 0..1 of two tokens: 1 for equal skeletons, >= 0.75 for equal keys."""
    if a.skel == b.skel:
        return 1.0
    sim = sound_similarity(a, b)
    if a.key and a.key == b.key:
        return 0.75 + 0.25 * sim
    return 0.75 * sim
