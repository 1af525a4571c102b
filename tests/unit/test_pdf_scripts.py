"""PDFs in every script (issue 15): the fonts travel inside the file and Arabic reads right.

Each document the application writes is built with user text in Latin, Cyrillic, Chinese and
Arabic, then read back with pypdf: every font must be embedded (a viewer that substitutes one
draws boxes or wrong glyphs) and be one of the shipped Noto fonts, every character must be
drawn by a font that has it (fontTools reads the shipped files' cmaps), and Arabic must be
drawn shaped (contextual Presentation Forms) with each line in right-to-left order and the
paragraph's first line on top.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import arabic_reshaper
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, TextStringObject
from reportlab.platypus import Paragraph

from att_desktop.config import resources_dir
from att_desktop.domain.categories import load_categories
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.reporting import (
    Basis,
    Direction,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    build_report,
)
from att_desktop.domain.reporting.model import ChartData
from att_desktop.domain.reporting.template import load_report_template
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf
from att_desktop.formats.pdf_assessment import write_assessment_record
from att_desktop.formats.pdf_change_consent import (
    ChangeConsentData,
    ConsentLine,
    write_change_consent,
)
from att_desktop.formats.pdf_data import PartyData
from att_desktop.formats.pdf_denial import write_denial_letter
from att_desktop.formats.pdf_licence import write_licence
from att_desktop.formats.pdf_text import clean
from att_desktop.i18n import LANGUAGES, translate
from tests.unit.test_pdfs import authorised_record, denial_letter, licence

ARABIC_NAME = "شركة الخليج للتجارة"
CYRILLIC_NAME = "Общество Восток"
CHINESE_NAME = "北方工业公司"
#: Long enough to take two lines or more in any cell it is printed in.
ARABIC_END_USE = (
    "استخدام الأسلحة من قبل القوات المسلحة الوطنية في عمليات حفظ السلام التابعة للأمم المتحدة "
    "فقط مع التدريب والصيانة والتخزين الآمن في المستودعات المركزية تحت إشراف وزارة الدفاع "
    "وبحضور ممثلي السلطة المصدرة عند التسليم والتحقق بعد الشحن"
)

#: The PostScript name a PDF gives each shipped font, and its file.
SHIPPED = {
    name: f"{name}.ttf"
    for name in (
        "ATTNotoSans-Regular",
        "ATTNotoSans-Bold",
        "ATTNotoSansSC-Regular",
        "ATTNotoSansArabic-Regular",
        "ATTNotoSansArabic-Bold",
    )
}
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BASE_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


@cache
def cmap(font_name: str) -> frozenset[int]:
    """The characters the shipped file behind ``font_name`` (a PDF BaseFont) can draw."""
    return frozenset(TTFont(resources_dir() / "fonts" / SHIPPED[font_name]).getBestCmap())


def base_name(font: DictionaryObject) -> str:
    """The BaseFont without its subset tag (``AAAAAB+ATTNotoSans-Regular`` -> the name)."""
    return str(font["/BaseFont"]).lstrip("/").split("+")[-1]


@dataclass(frozen=True)
class Drawn:
    """One string drawn on a page: its font, its characters in the order they are drawn
    (left to right, as the reader sees them) and where its line starts."""

    text: str
    font: str
    x: float
    y: float


def to_unicode(font: DictionaryObject) -> dict[int, str]:
    """The font's ToUnicode map: code -> character."""
    if "/ToUnicode" not in font:
        return {}  # a standard font (Helvetica): the tests reject it by name
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    codes: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.DOTALL):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.DOTALL):
        for low, high, uni in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            first = int(uni, 16)
            for n, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                codes[code] = chr(first + n)
    return codes


def _raw(operand: Any) -> bytes:
    if isinstance(operand, TextStringObject):
        return bytes(operand.get_original_bytes())
    return bytes(operand)


def drawn(pdf: bytes) -> list[list[Drawn]]:
    """Every string of each page as drawn, read from the content stream itself (a text
    extractor would put right-to-left runs back in logical order: this checks the order in
    which the glyphs are actually laid out). Positions follow the translations reportlab
    uses (``cm``, ``Tm``, ``Td``, ``T*``)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        fonts = {name: ref.get_object() for name, ref in page["/Resources"]["/Font"].items()}
        maps = {name: to_unicode(font) for name, font in fonts.items()}
        pieces: list[Drawn] = []
        ctm = [(0.0, 0.0)]
        line = (0.0, 0.0)
        leading = 0.0
        font = ""
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                ctm.append(ctm[-1])
            elif op == b"Q":
                ctm.pop()
            elif op == b"cm":
                ctm[-1] = (ctm[-1][0] + float(operands[4]), ctm[-1][1] + float(operands[5]))
            elif op == b"Tm":
                line = (float(operands[4]), float(operands[5]))
            elif op == b"Td":
                line = (line[0] + float(operands[0]), line[1] + float(operands[1]))
            elif op == b"TL":
                leading = float(operands[0])
            elif op == b"T*":
                line = (line[0], line[1] - leading)
            elif op == b"Tf":
                font = str(operands[0])
            elif op in (b"Tj", b"TJ"):
                parts = operands[0] if op == b"TJ" else [operands[0]]
                raw = b"".join(_raw(p) for p in parts if not isinstance(p, (int, float)))
                text = "".join(maps[font].get(code, "\ufffd") for code in raw)
                x, y = ctm[-1][0] + line[0], ctm[-1][1] + line[1]
                if text.strip():
                    pieces.append(Drawn(text, base_name(fonts[font]), x, y))
        pages.append(pieces)
    return pages


def page_fonts(pdf: bytes) -> list[DictionaryObject]:
    """The font dictionaries of every page."""
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            fonts.append(ref.get_object())
    return fonts


def embedded(font: DictionaryObject) -> bool:
    """Whether the font program is in the file (TrueType, CFF or Type 1)."""
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


# --------------------------------------------------------------------------- the documents


def parties() -> tuple[PartyData, ...]:
    return (
        PartyData(
            PartyRole.END_USER,
            PartyType.GOVERNMENT,
            ARABIC_NAME,
            "AE",
            "شارع الكورنيش، أبوظبي",
        ),
        PartyData(
            PartyRole.CONSIGNEE, PartyType.COMMERCIAL, CYRILLIC_NAME, "RU", "ул. Ленина, 5, Москва"
        ),
        PartyData(
            PartyRole.INTERMEDIATE_CONSIGNEE,
            PartyType.COMMERCIAL,
            CHINESE_NAME,
            "CN",
            "北京市西城区",
        ),
    )


def record_pdf(language: str) -> bytes:
    """The assessment record (with its GBV flowchart and EUC pages)."""
    data = authorised_record()
    case = replace(
        data.case,
        parties=parties(),
        applicant_name=CYRILLIC_NAME,
        intended_end_use=ARABIC_END_USE,
    )
    out = io.BytesIO()
    write_assessment_record(replace(data, case=case), out, language=language)
    return out.getvalue()


def licence_pdf(language: str) -> bytes:
    data = licence()
    out = io.BytesIO()
    write_licence(replace(data, case=replace(data.case, parties=parties())), out, language=language)
    return out.getvalue()


def denial_pdf(language: str) -> bytes:
    data = denial_letter()
    case = replace(data.case, applicant_name=ARABIC_NAME, applicant_address=CHINESE_NAME)
    out = io.BytesIO()
    write_denial_letter(
        replace(data, case=case, reasoning=f"{CYRILLIC_NAME}: {ARABIC_END_USE}"),
        out,
        language=language,
    )
    return out.getvalue()


def consent_pdf(language: str) -> bytes:
    data = ChangeConsentData(
        authority="National Export Control Authority",
        reference="CR-2026-0003",
        licence_number="LIC-2026-0042-01",
        licence_issued_on=date(2026, 2, 12),
        destination_code="AE",
        applicant_name=CYRILLIC_NAME,
        applicant_country="RU",
        kind="re_export",
        requested_by="exporter",
        received_on=date(2026, 5, 2),
        decided_on=date(2026, 5, 20),
        new_party_name=ARABIC_NAME,
        new_country_code="EG",
        proposed_change=CHINESE_NAME,
        lines=(ConsentLine(1, "Винтовка AR-556", Decimal(20), "pieces"),),
        conditions=(ARABIC_END_USE,),
        generated_on=date(2026, 5, 20),
    )
    out = io.BytesIO()
    write_change_consent(data, out, language=language)
    return out.getvalue()


#: The charts annex's series: category labels and UN M49 region names, in the report's language.
CHARTS = ChartData(
    (2023, 2024, 2025),
    Basis.AUTHORISED,
    {
        "I": (Decimal(1), Decimal(2), Decimal(3)),
        "II": (Decimal(2), Decimal(0), Decimal(1)),
        "VIII": (Decimal(5), Decimal(7), Decimal(4)),
    },
    {
        "Africa": (Decimal(1), Decimal(2), Decimal(0)),
        "Asia": (Decimal(3), Decimal(4), Decimal(5)),
        "Europe": (Decimal(4), Decimal(3), Decimal(3)),
    },
)


def annual_report_pdf(language: str, tmp_path: Path) -> bytes:
    """The annual report with its charts annex: State names in ``language``, descriptions in
    four scripts."""
    rows = [
        ("II", "AE", "مركبة قتال مدرعة"),
        ("VIII.SA.2", "RU", "Винтовка"),
        ("VIII.SA.3", "CN", "冲锋枪"),
        ("VIII.SA.2", "EG", "Bolt-action rifle"),
    ]
    records = [
        ReportableTransfer(
            direction=Direction.EXPORT,
            basis=Basis.AUTHORISED,
            on=date(2025, 6, 1),
            category=category,
            not_reportable_reason=None,
            counterpart=state,
            description=description,
            quantity=Decimal(n),
            value=Decimal(1000 * n),
            currency="EUR",
            link=RecordLink("line_item", application_id=n, reference=f"EXP/{n}", line_no=1),
        )
        for n, (category, state, description) in enumerate(rows, start=1)
    ]
    report = build_report(
        records,
        ReportOptions(year=2025, report_currency="EUR", reporting_state="SE"),
        catalogue=load_categories(),
        template=load_report_template(),
        rates={},
        today=date(2026, 3, 1),
        charts=CHARTS,
    )
    path = tmp_path / f"report-{language}.pdf"
    write_annual_report_pdf(report, path, language=language)
    return path.read_bytes()


Builder = Callable[[str], bytes]
CASE_DOCUMENTS: dict[str, Builder] = {
    "assessment record": record_pdf,
    "licence": licence_pdf,
    "denial letter": denial_pdf,
    "change consent": consent_pdf,
}


@cache
def case_document(name: str, language: str) -> bytes:
    return CASE_DOCUMENTS[name](language)


def every_document(tmp_path: Path) -> list[tuple[str, bytes]]:
    """Every PDF the app writes, in each of the six languages."""
    documents = [
        (f"{name} ({language})", case_document(name, language))
        for name in CASE_DOCUMENTS
        for language in LANGUAGES
    ]
    documents += [
        (f"annual report ({language})", _annual_report(language, tmp_path))
        for language in LANGUAGES
    ]
    return documents


_REPORTS: dict[str, bytes] = {}


def _annual_report(language: str, tmp_path: Path) -> bytes:
    """Each language's report written once for the three tests that read them all."""
    if language not in _REPORTS:
        _REPORTS[language] = annual_report_pdf(language, tmp_path)
    return _REPORTS[language]


# --------------------------------------------------------------------------- fonts


def test_every_font_is_a_shipped_one_embedded_in_the_file(tmp_path: Path) -> None:
    """No Helvetica, no STSong-Light (named, not embedded): only the shipped Noto fonts,
    each carried in the PDF, so no viewer substitutes a font of its own."""
    for name, pdf in every_document(tmp_path):
        fonts = page_fonts(pdf)
        assert fonts, name
        names = {base_name(font) for font in fonts}
        assert not {n for n in names if "Helvetica" in n or "STSong" in n}, (name, names)
        assert names <= set(SHIPPED), (name, names - set(SHIPPED))
        assert all(embedded(font) for font in fonts), name


def test_every_character_is_drawn_by_a_font_that_has_it(tmp_path: Path) -> None:
    """Each character read back is in the cmap of the very font file that drew it: Arabic in
    Noto Sans Arabic, Chinese in Noto Sans SC, Cyrillic in Noto Sans, never a box."""
    for name, pdf in every_document(tmp_path):
        pieces = [piece for page in drawn(pdf) for piece in page]
        assert pieces, name
        for piece in pieces:
            assert piece.font in SHIPPED, (name, piece)
            # A code the font's ToUnicode map lacks reads back as U+FFFD: a glyph the font
            # does not have (drawn as a box), e.g. Arabic handed to Noto Sans.
            assert "\ufffd" not in piece.text, (name, piece.font, piece.text)
            missing = {
                ch for ch in piece.text if not ch.isspace() and ord(ch) not in cmap(piece.font)
            }
            assert not missing, (name, piece.font, piece.text)
        scripts = "".join(piece.text for piece in pieces)
        for sample in ("Восток", "北方工业"):
            if "annual report" not in name:
                assert sample in scripts, (name, sample)


# --------------------------------------------------------------------------- Arabic


def test_every_arabic_letter_drawn_is_shaped(tmp_path: Path) -> None:
    """Arabic is drawn in its contextual forms (presentation forms), never as the bare
    letters a viewer would show unjoined, in every document and every language."""
    bare = {chr(c) for c in range(0x0620, 0x064B)}
    arabic_seen = 0
    for name, pdf in every_document(tmp_path):
        for page in drawn(pdf):
            for piece in page:
                assert not bare & set(piece.text), (name, piece.text)
                arabic_seen += sum(0xFB50 <= ord(ch) <= 0xFEFF for ch in piece.text)
    assert arabic_seen > 100


def shaped_visual(text: str) -> str:
    """``text`` as a right-to-left line is drawn left to right: shaped, then reversed."""
    return str(arabic_reshaper.reshape(text))[::-1]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_arabic_party_name_is_shaped_and_reads_right_to_left(language: str) -> None:
    """Inside an English or Chinese document: contextual forms, drawn in display order."""
    pieces = [
        piece for page in drawn(case_document("assessment record", language)) for piece in page
    ]
    arabic = "".join(piece.text for piece in pieces if piece.font.startswith("ATTNotoSansArabic"))
    assert PRESENTATION_FORMS.search(arabic)
    assert not BASE_ARABIC_LETTERS.search(arabic), "an Arabic letter drawn unshaped"
    assert shaped_visual(ARABIC_NAME) in arabic
    # Lam + alef ("الخليج") is one ligature glyph, as in print.
    assert "\ufefb" in arabic or "\ufefc" in arabic


@pytest.mark.parametrize("document", ["assessment record", "denial letter", "change consent"])
def test_an_arabic_paragraph_of_several_lines_starts_on_the_top_line(document: str) -> None:
    """Bidi per line, after the lines are broken: the paragraph's first words are on its top
    line, at the right end; reordering the whole paragraph first would put them at the
    bottom."""
    words = ARABIC_END_USE.split()
    first, second, last = (shaped_visual(w) for w in (words[0], words[1], words[-1]))
    pieces = [
        piece
        for page in drawn(case_document(document, "en"))
        for piece in page
        if piece.font.startswith("ATTNotoSansArabic")
    ]
    tops = [p for p in pieces if p.text.rstrip().endswith(f"{second} {first}")]
    bottoms = [p for p in pieces if p.text.lstrip().startswith(last)]
    assert tops and bottoms, [p.text for p in pieces]
    top, bottom = tops[0], bottoms[0]
    assert top.y > bottom.y, "the first line of the paragraph must be drawn above its last"
    lines = {round(p.y) for p in pieces if top.y >= p.y >= bottom.y}
    assert len(lines) >= 2


def test_the_annual_report_draws_arabic_state_names_shaped(tmp_path: Path) -> None:
    pieces = [p for page in drawn(annual_report_pdf("ar", tmp_path)) for p in page]
    arabic = "".join(p.text for p in pieces if p.font.startswith("ATTNotoSansArabic"))
    assert shaped_visual("الإمارات العربية المتحدة") in arabic
    assert shaped_visual("مركبة قتال مدرعة") in arabic
    assert not BASE_ARABIC_LETTERS.search(arabic)
    # One language throughout: the template's words are Arabic too, none English.
    reporting_state = translate("Reporting State", "ar", context="annual report")
    assert shaped_visual(clean(reporting_state)) in arabic
    assert not any("Reporting State" in p.text for p in pieces)


def test_the_charts_annex_draws_its_words_in_arabic_shaped(tmp_path: Path) -> None:
    """The charts' title and legend (region and category names) go through the script runs:
    Arabic shaped and in display order, in Noto Sans Arabic, never one Helvetica string."""
    pieces = [p for page in drawn(annual_report_pdf("ar", tmp_path)) for p in page]
    arabic = "".join(p.text for p in pieces if p.font.startswith("ATTNotoSansArabic"))
    for english, context in (
        ("Items exported by category", "annual report"),
        ("Europe", "UN M49 region"),
        ("Asia", "UN M49 region"),
    ):
        shown = clean(translate(english, "ar", context=context))
        assert shaped_visual(shown) in arabic, english
        assert not any(english in p.text for p in pieces), english
    assert not BASE_ARABIC_LETTERS.search(arabic)


# --------------------------------------------------------------------------- the machinery


def test_fonts_describe_the_six_un_languages() -> None:
    from att_desktop.formats.pdf_text import ARABIC, SANS, SC, fonts_for

    bases = {lang: fonts_for(lang).base for lang in ("en", "fr", "ru", "es", "zh_CN", "ar")}
    assert bases == {"en": SANS, "fr": SANS, "ru": SANS, "es": SANS, "zh_CN": SC, "ar": ARABIC}
    assert [lang for lang in bases if fonts_for(lang).rtl] == ["ar"]
    assert fonts_for("zh-CN").language == "zh_CN" and fonts_for("ar_EG").language == "ar"
    assert fonts_for("de").language == "en"


def test_runs_give_each_script_its_font() -> None:
    from att_desktop.formats.pdf_text import Script, runs

    got = list(runs(f"Ref 42: {CYRILLIC_NAME} {CHINESE_NAME}，{ARABIC_NAME} (AE)"))
    assert got == [
        (Script.LATIN, f"Ref 42: {CYRILLIC_NAME} "),
        (Script.CJK, f"{CHINESE_NAME}，"),
        (Script.ARABIC, f"{ARABIC_NAME} "),
        (Script.LATIN, "(AE)"),
    ]


def test_a_character_no_font_has_is_replaced_visibly_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from att_desktop.formats.pdf_text import REPLACEMENT, clean

    with caplog.at_level(logging.WARNING, logger="att_desktop.formats.pdf_text"):
        assert clean("Kim 김") == f"Kim {REPLACEMENT}"
    assert "U+AE40" in caplog.text


def test_lines_are_ordered_with_brackets_mirrored() -> None:
    from att_desktop.formats.pdf_text import visual

    shaped = str(arabic_reshaper.reshape("غانا"))[::-1]
    # An Arabic country with its code, in an Arabic document: code on the left, brackets
    # still opening towards it.
    assert visual("غانا (GH)", rtl=True) == f"(GH) {shaped}"
    # Latin and a number inside Arabic text keep their own order (paired brackets).
    assert visual("غانا (ABC) 2024", rtl=True) == f"2024 (ABC) {shaped}"
    # A mixed line keeps the document's direction.
    assert visual("غانا, Ghana", rtl=False) == f"{shaped}, Ghana"
    assert visual("Ghana (GH)", rtl=True) == "Ghana (GH)"


def test_a_right_to_left_paragraph_keeps_its_bold_words_bold() -> None:
    """Per-character styles survive the reordering: the bold source kind is drawn in the bold
    Arabic face, the rest in the regular one."""
    from att_desktop.formats.pdf_common import PageInfo, build_pdf, make_styles
    from att_desktop.formats.pdf_text import para_parts

    styles = make_styles("ar")
    story: list[Any] = [
        para_parts(
            [("تقرير الأمم المتحدة", True), (": " + ARABIC_END_USE, False)],
            styles.body,
            styles.fonts,
        )
    ]
    out = io.BytesIO()
    build_pdf(out, story, PageInfo("هيئة الرقابة", "R-1", date(2026, 1, 1), "ar", "Test"))
    pieces = [p for page in drawn(out.getvalue()) for p in page]
    bold = "".join(p.text for p in pieces if p.font == "ATTNotoSansArabic-Bold")
    regular = "".join(p.text for p in pieces if p.font == "ATTNotoSansArabic-Regular")
    assert shaped_visual("تقرير الأمم المتحدة") in bold
    assert shaped_visual(ARABIC_END_USE.split()[0]) in regular


def test_an_arabic_document_is_laid_out_from_the_right() -> None:
    """Labels of label/value pairs on the right, text aligned right, header mirrored."""
    from att_desktop.formats.pdf_common import (
        MARGIN_LEFT,
        PAGE_SIZE,
        PageInfo,
        build_pdf,
        key_values,
        make_styles,
        para,
    )

    styles = make_styles("ar")
    story: list[Any] = [
        para("مرحبا", styles.body, styles.fonts),
        key_values([("الاسم", ARABIC_NAME)], styles),
    ]
    out = io.BytesIO()
    build_pdf(out, story, PageInfo("هيئة الرقابة", "R-1", date(2026, 1, 1), "ar", "Test"))
    pieces = drawn(out.getvalue())[0]

    def x(text: str) -> float:
        return next(p.x for p in pieces if shaped_visual(text) in p.text)

    middle = PAGE_SIZE[0] / 2
    assert x("مرحبا") > middle, "a right-aligned paragraph starts right of the middle"
    assert x("الاسم") > x(ARABIC_NAME), "the label is to the right of its value"
    assert x("هيئة الرقابة") > middle, "the authority heads the page on the right"
    app_name = next(p for p in pieces if p.text.startswith("ATT Desktop"))
    assert app_name.x == pytest.approx(MARGIN_LEFT, abs=1)


def test_paragraph_lines_are_broken_before_reordering() -> None:
    """The lines reportlab receives are the logical text cut at the cell's width, each
    already in display order: the first words are on the first line."""
    from att_desktop.formats.pdf_common import make_styles
    from att_desktop.formats.pdf_text import para

    styles = make_styles("en")
    paragraph = para(ARABIC_END_USE, styles.cell, styles.fonts)
    assert isinstance(paragraph, Paragraph)
    paragraph.wrap(150, 1000)
    lines = [
        "".join(frag.text for frag in line.words) if hasattr(line, "words") else " ".join(line[1])
        for line in paragraph.blPara.lines
    ]
    assert len(lines) >= 3
    words = ARABIC_END_USE.split()
    assert lines[0].rstrip().endswith(shaped_visual(" ".join(words[:2])))
    assert lines[-1].lstrip().startswith(shaped_visual(words[-1]))
