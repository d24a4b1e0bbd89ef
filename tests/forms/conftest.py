"""Fixtures for form tests: build a PDF into tmp_path and read back word boxes with poppler."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from kimdesk.forms.textflow import embedded_canvas_maker
from tests.forms.pdftools import Word

MARGIN = 50.0


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")


@pytest.fixture
def build_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Return build(flowables, name='out.pdf', pagesize=A4) -> path of the written PDF."""

    def build(flowables: Sequence[Flowable], name: str = "out.pdf",
              pagesize: tuple[float, float] = A4) -> Path:
        path = tmp_path / name
        doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=MARGIN,
                                rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN)
        doc.build(list(flowables), canvasmaker=embedded_canvas_maker())
        return path

    return build


@pytest.fixture
def pdf_words() -> Callable[[Path], list[Word]]:
    """Return words(path) -> every word with its bounding box (pdftotext -bbox)."""
    _need("pdftotext")

    def words(path: Path) -> list[Word]:
        out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                             capture_output=True, text=True).stdout
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
        return found

    return words


@pytest.fixture
def pdffonts() -> Callable[[Path], list[tuple[str, bool]]]:
    """Return fonts(path) -> [(font name, embedded?)] as reported by pdffonts."""
    _need("pdffonts")

    def fonts(path: Path) -> list[tuple[str, bool]]:
        out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
        rows = []
        for row in out:
            # name type encoding emb sub uni object ID; the type may contain spaces
            m = re.match(r"(\S+)\s+.*?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
            assert m, f"unexpected pdffonts row: {row!r}"
            rows.append((m.group(1), m.group(2) == "yes"))
        return rows

    return fonts
