"""Parsing what people type: birth dates with year-only and placeholder conventions."""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


def parse_birth_date(text: str) -> tuple[date | None, bool]:
    """``(date, year_only)`` from 'TT.MM.JJJJ', 'JJJJ-MM-TT' or a year; ValueError otherwise."""
    if not text or not text.strip():
        return None, False
    if m := _YEAR.match(text):
        return date(int(m[1]), 1, 1), True
    m = _DMY.match(text)
    parts = (int(m[3]), int(m[2]), int(m[1])) if m else None
    if parts is None and (m := _ISO.match(text)):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    if parts is None:
        raise ValueError(f"„{text.strip()}“ ist kein Datum (TT.MM.JJJJ oder nur das Jahr).")
    try:
        return date(*parts), False
    except ValueError as err:
        raise ValueError(f"„{text.strip()}“ ist kein gültiges Datum.") from err
