"""Font resolution per script, coverage checks and the missing-font error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from kimdesk.forms.fonts import (
    FontResolver,
    MissingFontError,
    Script,
    char_script,
    check_coverage,
    default_resolver,
    font_for,
    script_of,
)
from kimdesk.forms.textflow import BidiParagraph

SAMPLES = {
    Script.LATIN: "Ich willige ein. Çok teşekkürler. Ez razî me. Je suis d'accord.",
    Script.CYRILLIC: "Я погоджуюся на обробку моїх даних. Я согласен.",
    Script.ARABIC: "أوافق على معالجة بياناتي. داده‌های شخصی‌ام. ڕەزامەندیم ماڵەوە. "
                   "زه د خپلو شخصي معلوماتو پروسس کولو سره موافق یم.",
    Script.ETHIOPIC: "ብዛዕባ ምስራሕ ውልቃዊ ሓበሬታ።",
}


def _installed(filename: str) -> Path:
    """Path of an installed font file found by the default resolver, or skip."""
    for root in default_resolver().font_dirs:
        if root.is_dir():
            for path in root.rglob(filename):
                return path
    pytest.skip(f"{filename} is not installed")


@pytest.mark.parametrize("script", list(Script))
def test_script_of_samples(script: Script) -> None:
    assert script_of(SAMPLES[script]) is script


def test_char_script_treats_digits_marks_and_spaces_as_neutral() -> None:
    assert [char_script(c) for c in "7 .\u064e\u200c"] == [None] * 5
    assert char_script("٣") is Script.ARABIC  # Arabic-Indic digits need an Arabic font
    assert char_script("ڵ") is Script.ARABIC
    assert char_script("ї") is Script.CYRILLIC
    assert char_script("ሓ") is Script.ETHIOPIC


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("script", list(Script))
def test_font_for_registers_a_font_covering_the_script(script: Script, bold: bool) -> None:
    name = font_for(script, bold)
    font = pdfmetrics.getFont(name)  # registered with ReportLab
    letters = [c for c in SAMPLES[script] if char_script(c) is script]
    cmap = font.face.charToGlyph
    assert letters and all(cmap.get(ord(c)) for c in letters)
    assert font_for(script, bold) == name  # cached, registered once


def test_bold_is_a_different_face_where_installed() -> None:
    _installed("NotoNaskhArabic-Bold.ttf")
    assert font_for(Script.ARABIC, bold=True) != font_for(Script.ARABIC)


def test_default_fonts_cover_every_sample_language() -> None:
    for text in SAMPLES.values():
        check_coverage(text)
        check_coverage(text, bold=True)


def test_empty_font_folder_raises_an_informative_error(tmp_path: Path) -> None:
    resolver = FontResolver([tmp_path])
    with pytest.raises(MissingFontError) as err:
        resolver.font_for(Script.ARABIC)
    message = str(err.value)
    assert "Arabic" in message and "fonts-noto-core" in message and "Tahoma" in message
    assert str(tmp_path) in message
    assert err.value.script is Script.ARABIC
    with pytest.raises(MissingFontError, match="Ethiopic.*Ebrima or Nyala"):
        resolver.check_coverage("ብዛዕባ")


def test_partial_fonts_refuse_only_the_uncovered_script(tmp_path: Path) -> None:
    shutil.copy(_installed("DejaVuSans.ttf"), tmp_path)
    resolver = FontResolver([tmp_path])
    resolver.check_coverage(SAMPLES[Script.ARABIC] + SAMPLES[Script.CYRILLIC])
    assert resolver.font_for(Script.ARABIC) == resolver.font_for(Script.LATIN)
    with pytest.raises(MissingFontError) as err:
        resolver.check_coverage("Name: ብዛዕባ")
    assert err.value.script is Script.ETHIOPIC and "ብ" in err.value.chars
    with pytest.raises(MissingFontError, match="Ethiopic"):
        BidiParagraph("Herr ብዛዕባ wohnt in Köln.", lang="de", resolver=resolver)


def test_app_font_folder_is_used(tmp_path: Path) -> None:
    shutil.copy(_installed("NotoSansEthiopic-Regular.ttf"), tmp_path)
    resolver = FontResolver([tmp_path])
    name = resolver.font_for(Script.ETHIOPIC)
    assert name != font_for(Script.ETHIOPIC)  # same file name elsewhere: no name clash
    assert pdfmetrics.getFont(name).face.charToGlyph.get(ord("ብ"))
    with pytest.raises(MissingFontError, match="Latin"):
        resolver.font_for(Script.LATIN)


def test_broken_font_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "NotoNaskhArabic-Regular.ttf").write_bytes(b"not a font")
    shutil.copy(_installed("NotoSansArabic-Regular.ttf"), tmp_path)
    resolver = FontResolver([tmp_path])
    assert "NotoSansArabic" in resolver.font_for(Script.ARABIC)


def test_invisible_joiners_need_no_glyph() -> None:
    check_coverage("داده\u200cهای a\u200db \u200f")
