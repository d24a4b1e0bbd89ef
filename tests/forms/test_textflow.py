"""BidiParagraph: word order, wrapping, splitting, shaping and embedding, checked in real PDFs."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from reportlab.platypus import Flowable, Spacer, Table

from kimdesk.forms.bidi_levels import (
    Direction,
    _levels_python,
    direction_for,
    embedding_levels,
    neutralise_bidi_controls,
    visual_order,
)
from kimdesk.forms.fonts import Script, font_for
from kimdesk.forms.textflow import BidiParagraph, TextStyle
from kimdesk.forms.textflow_shaping import shape_run
from kimdesk.forms.textflow_table import bilingual_table

if TYPE_CHECKING:
    from tests.forms.pdftools import Word

MARGIN = 50.0  # the build_pdf fixture's page margin
FRAME_LEFT = MARGIN + 6  # ReportLab frames pad their content by 6 pt
FRAME_WIDTH = 595.0 - 2 * FRAME_LEFT  # on A4

SAMPLES = {
    "ar": "أوافق على معالجة بياناتي الشخصية لغرض الاستشارة في إدارة الاندماج البلدية "
          "حتى تاريخ 31.12.2026.",
    "fa": "من با پردازش داده‌های شخصی‌ام برای مشاوره موافقم.",
    "ckb": "ڕەزامەندیم هەیە بۆ بەکارهێنانی زانیارییە کەسییەکانم لە ماڵەوە.",
    "ps": "زه د خپلو شخصي معلوماتو پروسس کولو سره موافق یم.",
    "ti": "ብዛዕባ ምስራሕ ውልቃዊ ሓበሬታ",
    "de": "Ich willige in die Verarbeitung meiner personenbezogenen Daten ein.",
    "uk": "Я погоджуюся на обробку моїх персональних даних.",
}
RTL_LANGS = ["ar", "fa", "ckb", "ps"]
WIDE_PAGE = (1400.0, 400.0)
PUNCT = ".,:;()«»"


def key(text: str) -> str:
    """Compare words without surrounding punctuation (poppler may glue a '.' to either side)."""
    return unicodedata.normalize("NFC", neutralise_bidi_controls(text)).strip(PUNCT)


def in_cell(flowable: Flowable, width: float) -> Table:
    """Put a flowable in a left-aligned one-cell table whose text area is width wide."""
    return Table([[flowable]], colWidths=[width + 12], hAlign="LEFT")  # 6 pt padding each side


def tokens(text: str) -> list[str]:
    """Logical words of a source text, as keys."""
    return [k for k in map(key, text.split()) if k]


def locate(words: Sequence[Word], token: str) -> Word:
    """Return the one extracted word equal to token."""
    found = [w for w in words if key(w.text) == key(token)]
    assert len(found) == 1, f"{token!r} found {len(found)} times in {[w.text for w in words]}"
    return found[0]


def descending(values: Sequence[float]) -> bool:
    """True if values strictly decrease."""
    return all(a > b for a, b in zip(values, values[1:], strict=False))


def lines_of(words: Sequence[Word]) -> list[list[Word]]:
    """Group words into lines, top to bottom, page by page."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.page, (w.y0 + w.y1) / 2)):
        if lines and lines[-1][0].page == w.page and abs(
                (lines[-1][0].y0 + lines[-1][0].y1) / 2 - (w.y0 + w.y1) / 2) < 4:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def reading_order(words: Sequence[Word], rtl: bool) -> list[str]:
    """Keys of words line by line, each line read in the paragraph's direction."""
    out: list[str] = []
    for line in lines_of(words):
        line.sort(key=lambda w: w.x0, reverse=rtl)
        out += [k for k in (key(w.text) for w in line) if k]
    return out


Build = Callable[..., Path]
Words = Callable[[Path], list["Word"]]


# -- word order in the PDF -----------------------------------------------------------------

@pytest.mark.parametrize("lang", RTL_LANGS)
def test_rtl_line_words_run_right_to_left(lang: str, build_pdf: Build, pdf_words: Words) -> None:
    text = SAMPLES[lang]
    words = pdf_words(build_pdf([BidiParagraph(text, lang=lang)], pagesize=WIDE_PAGE))
    assert len(lines_of(words)) == 1
    xs = [locate(words, t).x0 for t in tokens(text)]
    assert descending(xs), list(zip(tokens(text), xs, strict=True))


def test_word_order_check_detects_left_to_right_words(build_pdf: Build, pdf_words: Words) -> None:
    """The check above fails for the classic bug: Arabic words placed left to right."""
    text = SAMPLES["ps"]
    row = [BidiParagraph(w, lang="ps") for w in text.split()]
    bad = Table([row], colWidths=[70] * len(row))
    words = pdf_words(build_pdf([bad], pagesize=WIDE_PAGE))
    xs = [locate(words, t).x0 for t in tokens(text)]
    assert not descending(xs)


@pytest.mark.parametrize("lang", RTL_LANGS)
def test_wrapped_rtl_paragraph_keeps_line_order(lang: str, build_pdf: Build,
                                                pdf_words: Words) -> None:
    text = SAMPLES[lang]
    para = BidiParagraph(text, lang=lang)
    assert len(para.lines(80)) >= 3
    words = pdf_words(build_pdf([in_cell(para, 80)]))
    lines = lines_of(words)
    assert len(lines) >= 3
    assert reading_order(words, rtl=True) == tokens(text)
    first_line = {key(w.text) for w in lines[0]}
    assert tokens(text)[0] in first_line


def test_digits_and_latin_name_keep_their_order(build_pdf: Build, pdf_words: Words) -> None:
    text = "تاريخ 12.03.2025 و Mohammed Ali"
    words = pdf_words(build_pdf([BidiParagraph(text, lang="ar")], pagesize=WIDE_PAGE))
    left_to_right = [key(w.text) for w in sorted(words, key=lambda w: w.x0)]
    assert left_to_right == ["Mohammed", "Ali", "و", "12.03.2025", "تاريخ"]


def test_brackets_around_latin_inside_arabic(build_pdf: Build, pdf_words: Words) -> None:
    text = "العنوان: Hauptstraße 5 (Eingang B)"
    words = pdf_words(build_pdf([BidiParagraph(text, lang="ar")], pagesize=WIDE_PAGE))
    left_to_right = [w.text for w in sorted(words, key=lambda w: w.x0)]
    assert left_to_right == ["Hauptstraße", "5", "(Eingang", "B)", "العنوان:"]


def test_arabic_name_inside_german(build_pdf: Build, pdf_words: Words) -> None:
    text = "Name: محمد علي, geboren 1990"
    words = pdf_words(build_pdf([BidiParagraph(text, lang="de")], pagesize=WIDE_PAGE))
    left_to_right = [key(w.text) for w in sorted(words, key=lambda w: w.x0)]
    assert left_to_right == ["Name", "علي", "محمد", "geboren", "1990"]


def test_override_characters_in_user_data_are_neutralised(build_pdf: Build,
                                                          pdf_words: Words) -> None:
    hostile = "الاسم \u202eevil name\u202c ثم 2025"
    safe = pdf_words(build_pdf([BidiParagraph(hostile, lang="ar")], "safe.pdf", WIDE_PAGE))
    assert locate(safe, "evil").x0 < locate(safe, "name").x0
    assert locate(safe, "name").x0 < locate(safe, "الاسم").x0
    raw = BidiParagraph(hostile, lang="ar", neutralise=False)
    scrambled = pdf_words(build_pdf([raw], "raw.pdf", WIDE_PAGE))
    assert locate(scrambled, "evil").x0 > locate(scrambled, "name").x0


def test_neutralise_bidi_controls_keeps_joiners() -> None:
    controls = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
    text = f"داده\u200cهای{controls} a\u200db \u200e\u200f"
    assert neutralise_bidi_controls(text) == "داده\u200cهای a\u200db \u200e\u200f"


# -- shaping and scripts -------------------------------------------------------------------

def _glyph_for(word: str, index: int, font: str) -> str:
    run = shape_run(word, font, 12, True, "ckb")
    glyphs = [g for g, d in zip(run.glyphs, run.glyphs.__shapeData__, strict=True)
              if d.cluster == index]
    assert len(glyphs) == 1
    return glyphs[0]


@pytest.mark.parametrize(("word", "letter"), [("ماڵەوە", "ڵ"), ("بەکارهێنانی", "ێ"),
                                              ("بیانات", "ی")])
def test_sorani_and_arabic_letters_take_joined_forms(word: str, letter: str) -> None:
    font = font_for(Script.ARABIC)
    isolated = str(shape_run(letter, font, 12, True, "ckb").glyphs)
    assert _glyph_for(word, word.index(letter), font) != isolated


def test_tigrinya_is_drawn_with_ethiopic_glyphs(build_pdf: Build, pdf_words: Words,
                                                pdffonts: Callable[[Path], list]) -> None:
    text = SAMPLES["ti"]
    run = shape_run(text, font_for(Script.ETHIOPIC), 12, False, "ti")
    # every glyph is the font's glyph for a real Ethiopic character (extractable without help)
    assert all(0x1200 <= ord(g) <= 0x139F or g == " " for g in str(run.glyphs))
    path = build_pdf([BidiParagraph(text, lang="ti")])
    words = pdf_words(path)
    assert [w.text for w in words] == text.split()
    assert all("\u1200" <= ch <= "\u139f" for w in words for ch in w.text)
    assert any("Ethiopic" in name for name, _ in pdffonts(path))
    _assert_ink(path, words)


def _assert_ink(path: Path, words: Sequence[Word]) -> None:
    """Every word box has dark pixels (no blank glyphs)."""
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument(str(path))
    image = pdf[0].render(scale=2).to_pil().convert("L")
    for w in words:
        box = image.crop((int(w.x0 * 2), int(w.y0 * 2), int(w.x1 * 2), int(w.y1 * 2)))
        assert box.getextrema()[0] < 100, f"no ink for {w.text!r}"
    pdf.close()


def test_shaping_refuses_missing_glyphs() -> None:
    from kimdesk.forms.fonts import MissingFontError

    with pytest.raises(MissingFontError, match="Ethiopic"):
        shape_run("ብዛዕባ", font_for(Script.LATIN), 12, False)


def test_every_font_is_embedded(build_pdf: Build, pdffonts: Callable[[Path], list]) -> None:
    flowables = [BidiParagraph(t, lang=lang) for lang, t in SAMPLES.items()]
    flowables.append(BidiParagraph("fett: Mohammed محمد ብዛዕባ", lang="de",
                                   style=TextStyle(bold=True)))
    flowables.append(bilingual_table([(SAMPLES["de"], SAMPLES["fa"])], lang="fa", width=400))
    fonts = pdffonts(build_pdf(flowables))
    assert len(fonts) >= 5
    assert all(embedded for _, embedded in fonts), fonts


# -- wrapping, long words, splitting -------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [("X" * 200, "de"), ("محمد" * 50, "ar"),
                                            ("ብዛዕባ" * 50, "ti")])
def test_very_long_word_breaks_inside_the_frame(text: str, lang: str, build_pdf: Build,
                                                pdf_words: Words) -> None:
    width = 150.0
    para = BidiParagraph(text, lang=lang)
    lines = para.lines(width)
    assert len(lines) > 2
    assert all(line.width <= width + 0.01 for line in lines)
    assert "".join(para.text[ln.start:ln.end] for ln in lines) == text
    words = pdf_words(build_pdf([in_cell(para, width)]))
    assert "".join(w.text for w in sorted(words, key=lambda w: w.y0)) == text
    left = FRAME_LEFT + 6  # plus the cell padding
    assert all(left - 1 <= w.x0 and w.x1 <= left + width + 1 for w in words), words


def test_lines_cover_text_and_fit_any_width() -> None:
    text = f"{SAMPLES['ar']} Mohammed Ali-Hassan {SAMPLES['de']} 12/2025"
    para = BidiParagraph(text, lang="ar")
    for width in (40, 75, 120, 260, 600):
        lines = para.lines(width)
        assert all(line.width <= width + 0.01 for line in lines)
        joined = "".join(para.text[ln.start:ln.end] for ln in lines)
        assert joined.replace(" ", "") == text.replace(" ", "")


def test_split_returns_head_and_rest() -> None:
    para = BidiParagraph(SAMPLES["ar"] * 3, lang="ar")
    lines = para.lines(200)
    head, tail = para.split(200, para.leading * 2 + 1)
    assert isinstance(head, BidiParagraph) and isinstance(tail, BidiParagraph)
    assert [head.text[ln.start:ln.end] for ln in head.lines(200)] == [
        para.text[ln.start:ln.end] for ln in lines[:2]]
    assert len(tail.lines(200)) == len(lines) - 2
    assert para.split(200, para.leading / 2) == []
    assert para.split(200, 10_000) == [para]


def test_long_rtl_paragraph_splits_across_pages(build_pdf: Build, pdf_words: Words) -> None:
    text = " ".join(f"{SAMPLES['ar'][:-1]} {i:03d}." for i in range(12))
    path = build_pdf([Spacer(1, 100), BidiParagraph(text, lang="ar")], pagesize=(300, 300))
    words = pdf_words(path)
    assert max(w.page for w in words) >= 3
    assert reading_order(words, rtl=True) == tokens(text)


def test_bilingual_table_keeps_german_left_and_aligns_rtl_right(build_pdf: Build,
                                                                pdf_words: Words) -> None:
    width = FRAME_WIDTH  # the table fills the frame
    rows = [("Ich stimme zu.", "من موافقم."), ("Datum", "تاريخ")]
    words = pdf_words(build_pdf([bilingual_table(rows, lang="fa", width=width)], "t1.pdf"))
    middle = FRAME_LEFT + width / 2
    assert locate(words, "Ich").x0 < middle < locate(words, "موافقم").x0
    right_edges = [locate(words, t).x1 for t in ("من", "تاريخ")]
    assert all(abs(x - (FRAME_LEFT + width - 4)) < 2 for x in right_edges), right_edges

    swapped = bilingual_table(rows, lang="fa", width=width, german_left=False)
    words = pdf_words(build_pdf([swapped], "t2.pdf"))
    assert locate(words, "موافقم").x1 < middle < locate(words, "Ich").x0


# -- bidi levels ---------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "direction"), [
    ("ar", Direction.RTL), ("fa", Direction.RTL), ("fa_AF", Direction.RTL),
    ("ckb", Direction.RTL), ("ps", Direction.RTL), ("de", Direction.LTR),
    ("kmr", Direction.LTR), ("ti", Direction.LTR), ("uk", Direction.LTR),
])
def test_direction_for_language(lang: str, direction: Direction) -> None:
    assert direction_for(lang) is direction


def test_embedding_levels_and_visual_order() -> None:
    text = "ت: Hauptstraße 5 (Eingang B)"
    closing = text.index(")")
    # the closing bracket stays with the Latin text it closes (rule N0, Rust engine only)
    assert embedding_levels(text, rtl=True)[closing] == 2
    assert _levels_python(text, rtl=True)[closing] == 1
    text = "ab (c) د"
    assert embedding_levels(text, rtl=False) == _levels_python(text, rtl=False)
    assert visual_order([0, 0, 1, 1, 1, 2, 2, 0]) == [0, 1, 5, 6, 4, 3, 2, 7]


def test_levels_fall_back_to_the_python_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    import bidi.bidi

    monkeypatch.setattr(bidi.bidi, "get_display_inner", lambda *args: "unexpected output")
    assert embedding_levels("abc د\u200cه", rtl=False) == [0, 0, 0, 0, 1, 1, 1]


def test_neutral_characters_take_the_paragraph_script_font() -> None:
    para = BidiParagraph("Name: محمد علي, geboren 1990", lang="de")
    fonts = {p.text: p.font for line in para.lines(1000) for p in line.pieces}
    assert fonts[","] == fonts["geboren"] == font_for(Script.LATIN)
    assert fonts["محمد"] == font_for(Script.ARABIC)
    arabic = BidiParagraph("تاريخ 12.03.2025 و Mohammed", lang="ar")
    fonts = {p.text: p.font for line in arabic.lines(1000) for p in line.pieces}
    assert fonts["12.03.2025"] == font_for(Script.ARABIC)
