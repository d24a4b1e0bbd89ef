"""Resolve, register and check fonts per script so printed forms never show boxes.

A script (Latin, Cyrillic, Arabic, Ethiopic) is mapped at run time to the first installed
font from a preference list, found in the app's ``resources/fonts`` folder or the system's
font folders, and registered with ReportLab once. Every character that will be printed is
checked against the font's character map; if nothing installed covers it,
``MissingFontError`` names the script and what to install.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont


class Script(StrEnum):
    """Writing systems KIMdesk prints."""

    LATIN = "Latin"
    CYRILLIC = "Cyrillic"
    ARABIC = "Arabic"
    ETHIOPIC = "Ethiopic"


# Code point ranges per script (letters only; digits, punctuation and spaces are "common").
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x005A, Script.LATIN),
    (0x0061, 0x007A, Script.LATIN),
    (0x00AA, 0x00AA, Script.LATIN),
    (0x00BA, 0x00BA, Script.LATIN),
    (0x00C0, 0x00D6, Script.LATIN),
    (0x00D8, 0x00F6, Script.LATIN),
    (0x00F8, 0x02AF, Script.LATIN),
    (0x1E00, 0x1EFF, Script.LATIN),
    (0x2C60, 0x2C7F, Script.LATIN),
    (0xA720, 0xA7FF, Script.LATIN),
    (0xAB30, 0xAB6F, Script.LATIN),
    (0xFB00, 0xFB06, Script.LATIN),
    (0x0400, 0x052F, Script.CYRILLIC),
    (0x1C80, 0x1C8F, Script.CYRILLIC),
    (0x2DE0, 0x2DFF, Script.CYRILLIC),
    (0xA640, 0xA69F, Script.CYRILLIC),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x0870, 0x08FF, Script.ARABIC),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0x1200, 0x139F, Script.ETHIOPIC),
    (0x2D80, 0x2DDF, Script.ETHIOPIC),
    (0xAB00, 0xAB2F, Script.ETHIOPIC),
    (0x1E7E0, 0x1E7FF, Script.ETHIOPIC),
)

# A few letters every usable font for the script must have.
_SAMPLES: dict[Script, str] = {
    Script.LATIN: "AaZzÄäÖöÜüßçğışéèêàôûœ",
    Script.CYRILLIC: "АаЯяЖжЩщЇїЄєҐґЁё",
    Script.ARABIC: "ابتثجحخدرسعفقكلمنهوي",
    Script.ETHIOPIC: "ሀለሐመሠረሰቀበተኀነአከወዐዘየደገጠጸፀፈፐ",
}

# Font file names in order of preference (matched case-insensitively in every font folder).
_LATIN_REGULAR = (
    "NotoSans-Regular.ttf", "DejaVuSans.ttf", "LiberationSans-Regular.ttf",
    "arial.ttf", "segoeui.ttf", "tahoma.ttf", "Arial Unicode.ttf",
)
_LATIN_BOLD = (
    "NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf",
    "arialbd.ttf", "segoeuib.ttf", "tahomabd.ttf", "Arial Bold.ttf",
)
_CANDIDATES: dict[tuple[Script, bool], tuple[str, ...]] = {
    (Script.LATIN, False): _LATIN_REGULAR,
    (Script.LATIN, True): _LATIN_BOLD,
    (Script.CYRILLIC, False): _LATIN_REGULAR,
    (Script.CYRILLIC, True): _LATIN_BOLD,
    (Script.ARABIC, False): (
        "NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", "DejaVuSans.ttf",
        "arial.ttf", "segoeui.ttf", "tahoma.ttf", "Arial Unicode.ttf",
    ),
    (Script.ARABIC, True): (
        "NotoNaskhArabic-Bold.ttf", "NotoSansArabic-Bold.ttf", "DejaVuSans-Bold.ttf",
        "arialbd.ttf", "segoeuib.ttf", "tahomabd.ttf", "Arial Bold.ttf",
    ),
    (Script.ETHIOPIC, False): (
        "NotoSansEthiopic-Regular.ttf", "NotoSerifEthiopic-Regular.ttf",
        "AbyssinicaSIL-Regular.ttf", "ebrima.ttf", "nyala.ttf",
    ),
    (Script.ETHIOPIC, True): (
        "NotoSansEthiopic-Bold.ttf", "NotoSerifEthiopic-Bold.ttf", "ebrimabd.ttf",
    ),
}

_INSTALL_HINTS: dict[Script, str] = {
    Script.LATIN: "Noto Sans or DejaVu Sans (Debian/Ubuntu: apt install fonts-noto-core "
    "fonts-dejavu-core; Windows: Arial or Segoe UI)",
    Script.CYRILLIC: "Noto Sans or DejaVu Sans (Debian/Ubuntu: apt install fonts-noto-core "
    "fonts-dejavu-core; Windows: Arial or Segoe UI)",
    Script.ARABIC: "Noto Naskh Arabic (Debian/Ubuntu: apt install fonts-noto-core; "
    "Windows: Arial, Segoe UI or Tahoma)",
    Script.ETHIOPIC: "Noto Sans Ethiopic (Debian/Ubuntu: apt install fonts-noto-core; "
    "Windows: Ebrima or Nyala)",
}


class MissingFontError(RuntimeError):
    """No installed font can print some characters; the message says what to install."""

    def __init__(self, script: Script | None, chars: str, searched: Sequence[Path] = ()) -> None:
        self.script = script
        self.chars = chars
        shown = ", ".join(f"{c!r} U+{ord(c):04X}" for c in dict.fromkeys(chars))
        what = f"{script.value} script" if script else "these characters"
        hint = _INSTALL_HINTS.get(script) if script else "a font that covers them"
        folders = ", ".join(str(p) for p in searched) or "none"
        super().__init__(
            f"No installed font can print {what} ({shown}). Install {hint}, or copy a .ttf "
            f"font into the app's resources/fonts folder. Font folders searched: {folders}."
        )


def char_script(ch: str) -> Script | None:
    """Return the script of one character, or None for digits, punctuation, marks, spaces."""
    cp = ord(ch)
    for lo, hi, script in _RANGES:
        if lo <= cp <= hi:
            return None if unicodedata.category(ch)[0] in "MZC" else script
    return None


def script_of(text: str) -> Script:
    """Return the script most letters of text are written in (Latin if it has no letters)."""
    counts: dict[Script, int] = {}
    for ch in text:
        s = char_script(ch)
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else Script.LATIN


def is_ignorable(ch: str) -> bool:
    """Return True for invisible characters (ZWJ, ZWNJ, bidi marks, newlines) needing no glyph."""
    return unicodedata.category(ch) == "Cf" or ch in "\n\r\t"


def default_font_dirs() -> list[Path]:
    """Return the app's and the operating system's font folders, app folder first."""
    here = Path(__file__).resolve()
    dirs = [here.parents[2] / "resources" / "fonts", here.parents[1] / "resources" / "fonts"]
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            home / "Library" / "Fonts", Path("/Library/Fonts"),
            Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
        ]
    else:
        dirs += [
            home / ".local" / "share" / "fonts", home / ".fonts",
            Path("/usr/local/share/fonts"), Path("/usr/share/fonts"),
        ]
    return dirs


@dataclass(frozen=True)
class LoadedFont:
    """A font file registered with ReportLab."""

    name: str  # registered ReportLab font name
    font: TTFont


class FontResolver:
    """Find fonts per script in a list of folders and register them with ReportLab (cached)."""

    def __init__(self, font_dirs: Iterable[Path] | None = None) -> None:
        dirs = default_font_dirs() if font_dirs is None else font_dirs
        self.font_dirs = [Path(d) for d in dirs]
        self._index: dict[str, Path] | None = None
        self._loaded: dict[Path, LoadedFont | None] = {}
        self._chains: dict[tuple[Script, bool], list[LoadedFont]] = {}

    # -- discovery -------------------------------------------------------------------------
    def _file_index(self) -> dict[str, Path]:
        if self._index is None:
            index: dict[str, Path] = {}
            for root in self.font_dirs:
                if not root.is_dir():
                    continue
                for dirpath, _dirs, files in os.walk(root):
                    for f in sorted(files):
                        if f.lower().endswith((".ttf", ".otf")):
                            index.setdefault(f.lower(), Path(dirpath) / f)
            self._index = index
        return self._index

    def _load(self, path: Path) -> LoadedFont | None:
        if path not in self._loaded:
            self._loaded[path] = _register(path)
        return self._loaded[path]

    def chain(self, script: Script, bold: bool = False) -> list[LoadedFont]:
        """Return usable fonts for script, best first (bold falls back to regular faces)."""
        key = (script, bold)
        if key not in self._chains:
            names = _CANDIDATES[key] + (_CANDIDATES[(script, False)] if bold else ())
            index = self._file_index()
            fonts: list[LoadedFont] = []
            for fname in dict.fromkeys(n.lower() for n in names):
                path = index.get(fname)
                loaded = self._load(path) if path else None
                if loaded and loaded not in fonts and _covers(loaded.font, _SAMPLES[script]):
                    fonts.append(loaded)
            self._chains[key] = fonts
        return self._chains[key]

    # -- public ----------------------------------------------------------------------------
    def font_for(self, script: Script, bold: bool = False) -> str:
        """Return the registered ReportLab font name preferred for script."""
        fonts = self.chain(script, bold)
        if not fonts:
            raise MissingFontError(script, _SAMPLES[script][:3], self.font_dirs)
        return fonts[0].name

    def font_covering(self, text: str, script: Script | None, bold: bool = False,
                      prefer: Script = Script.LATIN) -> str:
        """Return a registered font name that has glyphs for every visible character of text."""
        order = [script] if script else []
        order += [prefer] + [s for s in Script if s not in (script, prefer)]
        for s in order:
            for loaded in self.chain(s, bold):
                if _covers(loaded.font, text):
                    return loaded.name
        missing = "".join(c for c in text if not self._any_covers(c, bold)) or text
        raise MissingFontError(script or _guess_script(missing), missing, self.font_dirs)

    def _any_covers(self, ch: str, bold: bool) -> bool:
        return any(_covers(f.font, ch) for s in Script for f in self.chain(s, bold))

    def check_coverage(self, text: str, bold: bool = False) -> None:
        """Raise MissingFontError unless every visible character of text has a glyph somewhere."""
        missing = "".join(ch for ch in dict.fromkeys(text) if not self._any_covers(ch, bold))
        if missing:
            raise MissingFontError(_guess_script(missing), missing, self.font_dirs)


def _guess_script(chars: str) -> Script | None:
    scripts = [s for s in map(char_script, chars) if s]
    return scripts[0] if scripts else None


def _covers(font: TTFont, text: str) -> bool:
    """True if font's character map has a real glyph for every visible character in text."""
    cmap = font.face.charToGlyph
    has_space = bool(cmap.get(0x20))
    for ch in text:
        if is_ignorable(ch):
            continue
        if unicodedata.category(ch) == "Zs" and has_space:
            continue  # harfbuzz substitutes missing space variants with the plain space
        if not cmap.get(ord(ch)):
            return False
    return True


# ReportLab's font registry is process-wide, so is this record of what KIMdesk put in it.
_REGISTERED: dict[Path, LoadedFont] = {}


def _register(path: Path) -> LoadedFont | None:
    """Register path with ReportLab once; None if ReportLab cannot read or embed it."""
    if path in _REGISTERED:
        return _REGISTERED[path]
    name = "KIM-" + path.stem.replace(" ", "")
    if name in pdfmetrics.getRegisteredFontNames():  # same file name in another folder
        name += "-" + hashlib.sha1(str(path).encode()).hexdigest()[:8]
    try:
        font = TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError, IndexError, struct.error):
        return None  # CFF outlines, no embedding permission, broken file
    pdfmetrics.registerFont(font)
    _REGISTERED[path] = LoadedFont(name, font)
    return _REGISTERED[path]


@cache
def default_resolver() -> FontResolver:
    """Return the process-wide resolver over the default font folders."""
    return FontResolver()


def font_for(script: Script, bold: bool = False) -> str:
    """Return the registered ReportLab font name for script from the default resolver."""
    return default_resolver().font_for(script, bold)


def check_coverage(text: str, bold: bool = False) -> None:
    """Raise MissingFontError if some visible character of text has no installed font."""
    default_resolver().check_coverage(text, bold)
