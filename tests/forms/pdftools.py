"""Read rendered forms back with poppler: words with boxes, fonts, plain text, page sizes."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

PUNCT = ".,:;()«»!?؟،؛\"'“”„*"


@dataclass(frozen=True)
class Word:
    """One word as poppler extracts it (logical text), in points from the top-left corner."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    page: int

    @property
    def key(self) -> str:
        """The word without surrounding punctuation, NFC."""
        return key(self.text)


def need(tool: str) -> None:
    """Skip the test when a poppler tool is not installed."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")


def key(text: str) -> str:
    """Compare words without surrounding punctuation (poppler may glue it to either side)."""
    return unicodedata.normalize("NFC", text).strip(PUNCT + " ")


def words(path: Path, *, first: int | None = None, last: int | None = None) -> list[Word]:
    """Every word with its bounding box (pdftotext -bbox), page numbers from 1."""
    found = _all_words(str(path), Path(path).stat().st_mtime_ns)
    lo, hi = first or 1, last or 10**9
    return [w for w in found if lo <= w.page <= hi]


@lru_cache(maxsize=256)
def _all_words(path: str, _mtime: int) -> tuple[Word, ...]:
    need("pdftotext")
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True, capture_output=True,
                         text=True).stdout
    found: list[Word] = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                      r"(.*)</word>", line)
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            found.append(Word(html.unescape(m.group(5)), x0, y0, x1, y1, page))
    return tuple(found)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Width and height of every page in points."""
    need("pdftotext")
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r'<page width="([\d.]+)" height="([\d.]+)"', out)]


def fonts(path: Path) -> list[tuple[str, bool]]:
    """[(font name, embedded?)] as reported by pdffonts."""
    need("pdffonts")
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    rows = []
    for row in out:
        m = re.match(r"(\S+)\s+.*?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
        assert m, f"unexpected pdffonts row: {row!r}"
        rows.append((m.group(1), m.group(2) == "yes"))
    return rows


def lines_of(found: Sequence[Word], tolerance: float = 3.0) -> list[list[Word]]:
    """Group words into lines, top to bottom, page by page."""
    lines: list[list[Word]] = []
    for w in sorted(found, key=lambda w: (w.page, (w.y0 + w.y1) / 2, w.x0)):
        mid = (w.y0 + w.y1) / 2
        if lines and lines[-1][0].page == w.page and abs(
                (lines[-1][0].y0 + lines[-1][0].y1) / 2 - mid) < tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def reading_order(found: Sequence[Word], *, rtl: bool) -> list[str]:
    """Word keys line by line, each line read in the given direction."""
    out: list[str] = []
    for line in lines_of(found):
        line.sort(key=lambda w: w.x0, reverse=rtl)
        out += [k for k in (w.key for w in line) if k]
    return out


def tokens(text: str) -> list[str]:
    """Logical words of a source text, as keys."""
    return [k for k in map(key, text.split()) if k]


def contains_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    """True if needle occurs in haystack as a contiguous run."""
    n = len(needle)
    return n > 0 and any(list(haystack[i:i + n]) == list(needle)
                         for i in range(len(haystack) - n + 1))


def has_latin(text: str) -> bool:
    """True if the text contains Latin letters or digits (left-to-right runs)."""
    return any(ch.isascii() and ch.isalnum() for ch in text)
