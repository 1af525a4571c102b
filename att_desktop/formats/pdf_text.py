"""Text in the PDFs: the fonts they embed, which font draws each character, Arabic shaping and
right-to-left order.

Fonts that travel: every PDF embeds (a subset of) the Noto fonts shipped in
``resources/fonts/``, so a licence printed at a border post or a report opened by the ATT
Secretariat looks as it did on the officer's screen, with no font substitution by the viewer.
reportlab's built-in Helvetica and STSong-Light were not embedded: Arabic came out as boxes,
Cyrillic was spaced like Chinese and Chinese relied on the reader's machine.

- ``ATT Noto Sans`` draws Latin, Greek and Cyrillic letters, digits and common punctuation;
- ``ATT Noto Sans SC`` draws Chinese (Han, kana, CJK punctuation, full-width forms);
- ``ATT Noto Sans Arabic`` draws Arabic script.

Each piece of text is cut into runs of one font (``runs``). A character none of them has is
printed as U+FFFD and logged once, never handed to a font that would draw an empty box.

reportlab lays text out left to right, glyph by glyph, with no shaping. Arabic letters take a
different form at the start, middle and end of a word, so Arabic is first *reshaped*
(``arabic_reshaper``: each letter replaced by its contextual Arabic Presentation Form, lam +
alef by their ligature), then every *line* is put in display order with the Unicode
bidirectional algorithm (python-bidi's levels: right-to-left runs reversed, brackets
mirrored). Lines
must be broken before the reordering: reordering a whole paragraph first would put its last
words on the first line. ``BidiParagraph`` therefore breaks its lines itself.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TypeAlias
from xml.sax.saxutils import escape as _xml_escape

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.lib.fonts import addMapping, ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.tables import CellStyle

from att_desktop.config import resources_dir
from att_desktop.i18n import normalise

log = logging.getLogger(__name__)

SANS = "ATTNotoSans"
SANS_BOLD = "ATTNotoSans-Bold"
SC = "ATTNotoSansSC"
ARABIC = "ATTNotoSansArabic"
ARABIC_BOLD = "ATTNotoSansArabic-Bold"

#: The reportlab font names and the files in ``resources/fonts/`` they are read from.
FONT_FILES: dict[str, str] = {
    SANS: "ATTNotoSans-Regular.ttf",
    SANS_BOLD: "ATTNotoSans-Bold.ttf",
    SC: "ATTNotoSansSC-Regular.ttf",
    ARABIC: "ATTNotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "ATTNotoSansArabic-Bold.ttf",
}

#: What a character no shipped font can draw is printed as (Noto Sans has it).
REPLACEMENT = "\ufffd"


class Script(Enum):
    """Which shipped font draws a character."""

    LATIN = "latin"
    CJK = "cjk"
    ARABIC = "arabic"


#: (regular, bold) per script. The Chinese subset has no bold face: bold Chinese is regular.
FACES: dict[Script, tuple[str, str]] = {
    Script.LATIN: (SANS, SANS_BOLD),
    Script.CJK: (SC, SC),
    Script.ARABIC: (ARABIC, ARABIC_BOLD),
}


def face(script: Script, bold: bool = False) -> str:
    """The reportlab font name that draws ``script``, bold or not."""
    return FACES[script][1 if bold else 0]


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the shipped fonts with reportlab once, each with its family so that ``<b>``
    inside a run picks the bold face (or, for Chinese, the regular one) instead of raising.

    TrueType fonts registered this way are embedded, as a subset of the glyphs used, in
    every PDF that draws with them.
    """
    folder = resources_dir() / "fonts"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    for regular, bold in FACES.values():
        # No italic is shipped: italic maps to upright. The plain mappings go last, as the
        # last one made for a font name is what reportlab reads back for it (a regular
        # font named in a style or a <font> tag must mean "not bold").
        for is_bold, is_italic, name in ((1, 1, bold), (0, 1, regular), (1, 0, bold)):
            addMapping(regular, is_bold, is_italic, name)
        addMapping(regular, 0, 0, regular)
    # A table sets its cells' default font (Helvetica) before drawing each cell, even one
    # that holds only Paragraphs, which leaves Helvetica named in the PDF: start cells in
    # the shipped font instead (this process writes no other PDFs).
    CellStyle.fontname = SANS


def _cmap(name: str) -> dict[int, int]:
    register_fonts()
    return pdfmetrics.getFont(name).face.charToGlyph  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- languages


@dataclass(frozen=True)
class Fonts:
    """The fonts of one document language: the body font, its bold, and the direction.

    ``Fonts("ar")`` is right-to-left: paragraphs and table cells align right, tables and the
    page header read from the right. Text in any script is drawn in any document: only the
    runs the body font cannot draw get another font.
    """

    language: str

    def __post_init__(self) -> None:
        # One of the catalogue's six for any tag (zh-CN, ar_EG, ru-RU), else English.
        object.__setattr__(self, "language", normalise(self.language))

    @property
    def chinese(self) -> bool:
        return self.language == "zh_CN"

    @property
    def rtl(self) -> bool:
        """Whether the document reads from right to left (Arabic)."""
        return self.language == "ar"

    @property
    def script(self) -> Script:
        """The script of the body font."""
        if self.chinese:
            return Script.CJK
        return Script.ARABIC if self.rtl else Script.LATIN

    @property
    def base(self) -> str:
        return face(self.script)

    @property
    def bold(self) -> str:
        return face(self.script, bold=True)


def fonts_for(language: str) -> Fonts:
    """The fonts for a document in ``language`` (any of the six UN languages)."""
    return Fonts(language)


# --------------------------------------------------------------------------- characters

#: Arabic, Arabic Supplement, Extended-B/A, Presentation Forms-A and -B.
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF))
_ARABIC_FORMS_B = (0xFE70, 0xFEFF)
#: Bidi classes that need the reordering: right-to-left letters and Arabic digits.
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
#: Chinese punctuation that never starts a line: it stays with the character before it.
_CLOSING_CJK = frozenset("，。：；、）》」』”’！？】〕…")
_reported: set[str] = set()
#: Layout arithmetic tolerance, reportlab's own (points).
_FUZZ = 1e-6


def _is_arabic_block(code: int) -> bool:
    if _ARABIC_FORMS_B[0] <= code <= _ARABIC_FORMS_B[1]:
        return True
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


@lru_cache(maxsize=8192)
def script_of(ch: str) -> Script | None:
    """The font that draws ``ch``, or None when no shipped font has it.

    Arabic letters go to the Arabic font and wide East Asian characters to the Chinese one
    (although Noto Sans has a few of them, e.g. some punctuation); everything else to Noto
    Sans where it has it, then to whichever font has it.
    """
    code = ord(ch)
    if _is_arabic_block(code) and code in _cmap(ARABIC):
        return Script.ARABIC
    if unicodedata.east_asian_width(ch) in ("W", "F") and code in _cmap(SC):
        return Script.CJK
    for script, name in ((Script.LATIN, SANS), (Script.CJK, SC), (Script.ARABIC, ARABIC)):
        if code in _cmap(name):
            return script
    return None


def clean(text: str) -> str:
    """``text`` with every character a shipped font can draw: line breaks kept (``\\n``), tabs
    as spaces, anything else no font has replaced by U+FFFD and logged (once per character)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if all(ch == "\n" or script_of(ch) is not None for ch in text):
        return text
    out = []
    for ch in text:
        if ch != "\n" and script_of(ch) is None:
            if ch not in _reported:
                _reported.add(ch)
                name = unicodedata.name(ch, "unnamed")
                log.warning(
                    "No font shipped for the PDFs draws U+%04X (%s): printed as U+FFFD",
                    ord(ch),
                    name,
                )
            ch = REPLACEMENT
        out.append(ch)
    return "".join(out)


def _script(ch: str) -> Script:
    return script_of(ch) or Script.LATIN


def runs(text: str) -> Iterator[tuple[Script, str]]:
    """Split cleaned ``text`` into ``(script, chunk)`` runs of one font; a space joins the run
    it is in (every shipped font has one)."""
    current = ""
    script: Script | None = None
    for ch in text:
        ch_script = script if ch == " " and script is not None else _script(ch)
        if script is None or ch_script is script:
            current += ch
            script = ch_script
        else:
            yield script, current
            current, script = ch, ch_script
    if current and script is not None:
        yield script, current


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left characters (Arabic letters or digits)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


# --------------------------------------------------------------------------- shaping and order

# Lam-alef and the word "Allah" are the ligatures the reshaper is left to make (its defaults;
# the Arabic font has all of them); vowel marks (harakat) are dropped by it, as reportlab
# could not place them over their letter.
_RESHAPER = ArabicReshaper()


def shape(text: str) -> str:
    """Arabic letters replaced by their contextual forms (Arabic Presentation Forms-A/B), in
    logical order; other text unchanged."""
    if not any(_is_arabic_block(ord(ch)) for ch in text):
        return text
    return str(_RESHAPER.reshape(text))


def base_rtl(text: str, default: bool) -> bool:
    """The direction of one paragraph: the document's (``default``), unless the paragraph is
    written only in the other direction's letters.

    An Arabic address in an English document reads from the right (its final full stop on
    the left), and so does "Ghana (GH)" in an Arabic one from the left; a line mixing both,
    such as an Arabic party name followed by its English country, keeps the document's
    direction, so that its parts come in the order the document's reader expects.
    """
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    rtl = bool(kinds & {"R", "AL"})
    ltr = "L" in kinds
    if rtl != ltr:
        return rtl
    return default


_LEVELS = re.compile(r"\n\s*levels: \[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
#: Characters drawn mirrored in right-to-left text (rule L4): brackets, quotes, comparisons.
_MIRROR_PAIRS = (
    "()<>[]{}«»‹›⁅⁆⁽⁾₍₎≤≥≦≧≪≫⟨⟩⟪⟫⟦⟧〈〉《》「」『』【】〔〕〖〗〘〙〚〛（）＜＞［］｛｝｟｠｢｣"
)
_MIRROR = {
    **dict(zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2], strict=True)),
    **dict(zip(_MIRROR_PAIRS[1::2], _MIRROR_PAIRS[::2], strict=True)),
}


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one line (Unicode bidirectional
    algorithm up to rule I2: even is left-to-right, odd right-to-left).

    python-bidi computes them (its Rust ``unicode-bidi`` core, paired brackets included) and
    reports them, one per UTF-8 byte, when asked with ``debug=True``; its ``get_display``
    alone returns only the reordered string, which loses which character came from where
    (a line mixing bold and regular text needs that) and leaves brackets unmirrored.
    """
    report = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    match = _LEVELS.search(report)
    by_byte = [int(level) for level in _LEVEL.findall(match.group(1))] if match else []
    if len(by_byte) != len(text.encode("utf-8")):
        raise RuntimeError(
            "python-bidi did not report the embedding levels of a line of text: install the "
            "version pyproject.toml names (python-bidi>=0.6, whose debug report lists them)"
        )
    levels = []
    offset = 0
    for ch in text:
        levels.append(by_byte[offset])
        offset += len(ch.encode("utf-8"))
    return levels


def visual_order(text: str, rtl: bool) -> list[tuple[str, int]]:
    """One *line* in display order, left to right: each character as drawn (mirrored where
    right-to-left) with its index in ``text``.

    Rules L1 (trailing spaces take the paragraph's level), L2 (reverse every run at or above
    each level, from the highest down to the lowest odd one) and L4 (mirroring) applied to
    the levels python-bidi resolves (``embedding_levels``).
    """
    if not text:
        return []
    base = 1 if rtl else 0
    levels = embedding_levels(text, rtl)
    i = len(text)
    while i and unicodedata.bidirectional(text[i - 1]) in ("WS", "BN", "S"):
        i -= 1
        levels[i] = base
    order = list(range(len(text)))
    odd = [level for level in levels if level % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):
            start = None
            for pos in range(len(order) + 1):
                inside = pos < len(order) and levels[order[pos]] >= level
                if inside and start is None:
                    start = pos
                elif not inside and start is not None:
                    order[start:pos] = order[start:pos][::-1]
                    start = None
    return [(_MIRROR.get(text[i], text[i]) if levels[i] % 2 else text[i], i) for i in order]


def visual(text: str, rtl: bool = False) -> str:
    """One line of text as drawn: cleaned, Arabic shaped, in display order. ``rtl`` is the
    direction when the line has no strong character of its own."""
    text = shape(clean(text))
    if not has_rtl(text) and not (rtl and base_rtl(text, rtl)):
        return text
    return "".join(ch for ch, _ in visual_order(text, base_rtl(text, rtl)))


# --------------------------------------------------------------------------- measuring and drawing


def escape(text: str) -> str:
    """Escape user text for reportlab's Paragraph markup (``<``, ``>``, ``&``; newlines kept)."""
    return _xml_escape(text).replace("\n", "<br/>")


def _run_markup(script: Script, chunk: str, base: Script, bold: bool) -> str:
    """One run: a ``<font>`` tag only where the style's font cannot draw it, naming the bold
    face where bold (a ``<font>`` tag resets reportlab's bold to that of the face named)."""
    body = escape(chunk)
    return body if script is base else f'<font name="{face(script, bold)}">{body}</font>'


def markup(text: str, fonts: Fonts, *, bold: bool = False) -> str:
    """Escaped Paragraph markup for one piece of text, with a font per script run.

    The style's font is the document's body font; only runs it cannot draw get a ``<font>``
    tag (``bold``: in bold, the style's or a ``<b>``'s). Arabic is shaped and put in display
    order as one line: text that may wrap goes through ``para`` / ``BidiParagraph``, which
    orders each line once it is broken.
    """
    shown = "\n".join(visual(line, fonts.rtl) for line in text.split("\n"))
    return "".join(_run_markup(script, chunk, fonts.script, bold) for script, chunk in runs(shown))


def _width(text: str, size: float, bold: bool) -> float:
    return float(sum(pdfmetrics.stringWidth(chunk, face(s, bold), size) for s, chunk in runs(text)))


def string_width(text: str, size: float, fonts: Fonts, *, bold: bool = False) -> float:
    """Width of one line of mixed-script text as ``visual_runs`` lays it out (Arabic shaped)."""
    return _width(shape(clean(text)), size, bold)


def visual_runs(
    text: str, size: float, fonts: Fonts, *, bold: bool = False
) -> list[tuple[str, str, float]]:
    """One line as drawn, left to right: ``(font name, chunk, width)`` per run."""
    return [
        (face(s, bold), chunk, pdfmetrics.stringWidth(chunk, face(s, bold), size))
        for s, chunk in runs(visual(text, fonts.rtl))
    ]


def wrap_text(
    text: str, width: float, size: float, fonts: Fonts, *, bold: bool = False
) -> list[str]:
    """Greedy line breaking for drawings (no Paragraph there): at spaces, between any two
    Chinese characters (never before closing Chinese punctuation), and inside a word only
    when the word alone is wider than ``width``. The lines come back shaped, in logical
    order: draw each with ``visual_runs`` (``pdf_common.draw_text``), which orders it."""
    text = clean(text).replace("\n", " ")
    if not text.strip():
        return []
    chars = [(ch, bold) for ch in shape(text)]
    return ["".join(ch for ch, _ in line) for line in _break(chars, width, size)]


# --------------------------------------------------------------------------- line breaking

#: A character with its boldness: what a line of a ``BidiParagraph`` is made of.
StyledChar: TypeAlias = tuple[str, bool]


def _styled_width(chars: Sequence[StyledChar], size: float) -> float:
    """Width of styled characters: reportlab draws glyph after glyph, with no kerning, so the
    width of a line is the sum of its pieces' whatever their order."""
    total = 0.0
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or chars[i][1] != chars[start][1]:
            total += _width("".join(ch for ch, _ in chars[start:i]), size, chars[start][1])
            start = i
    return total


def _is_cjk(ch: str) -> bool:
    return script_of(ch) is Script.CJK and ch not in " \u00a0"


def _tokens(chars: Sequence[StyledChar]) -> list[list[StyledChar]]:
    """Break opportunities: words with their trailing spaces, Chinese characters one by one
    (closing punctuation stays with the character before it)."""
    tokens: list[list[StyledChar]] = []
    for char in chars:
        ch = char[0]
        if not tokens:
            tokens.append([char])
            continue
        last = tokens[-1]
        if ch == " ":
            last.append(char)
        elif last[-1][0] == " ":
            tokens.append([char])
        elif _is_cjk(ch):
            if ch in _CLOSING_CJK:
                last.append(char)
            else:
                tokens.append([char])
        elif _is_cjk(last[-1][0]):
            tokens.append([char])
        else:
            last.append(char)
    return tokens


def _trimmed(token: Sequence[StyledChar]) -> list[StyledChar]:
    end = len(token)
    while end and token[end - 1][0] == " ":
        end -= 1
    return list(token[:end])


def _split_long(token: list[StyledChar], width: float, size: float) -> list[list[StyledChar]]:
    """A word wider than the line, cut between characters (as reportlab cuts long words)."""
    pieces: list[list[StyledChar]] = []
    piece: list[StyledChar] = []
    for char in token:
        if piece and _styled_width([*piece, char], size) > width + _FUZZ:
            pieces.append(piece)
            piece = []
        piece.append(char)
    if piece:
        pieces.append(piece)
    return pieces


def _break(chars: Sequence[StyledChar], width: float, size: float) -> list[list[StyledChar]]:
    """Greedy line breaking of one logical paragraph (shaped, no line break inside); trailing
    spaces are left out of each line."""
    lines: list[list[StyledChar]] = []
    line: list[StyledChar] = []
    line_width = 0.0
    for token in _tokens(chars):
        wide = _styled_width(_trimmed(token), size) > width + _FUZZ
        pieces = _split_long(token, width, size) if wide else [token]
        for piece in pieces:
            piece_core = _trimmed(piece)
            # A hair stricter than reportlab, which must never break these lines again over
            # a rounding difference; a word that fits exactly stays whole, as in reportlab.
            if line and line_width + _styled_width(piece_core, size) > width - _FUZZ:
                lines.append(_trimmed(line))
                line, line_width = [], 0.0
            line.extend(piece)
            line_width += _styled_width(piece, size)
    if _trimmed(line) or not lines:
        lines.append(_trimmed(line))
    return lines


# --------------------------------------------------------------------------- paragraphs


class CellParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that keeps its line breaks while its width stays the same.

    reportlab wraps a table cell's content several times per page break (to measure the
    row, to split it, to draw it); a row that runs over many pages (300 sources, pages of
    reasoning) would otherwise be broken into lines again and again, in quadratic time.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and hasattr(self, "blPara"):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return width, height


#: Pieces of one paragraph: (text, bold).
Segments: TypeAlias = Sequence[tuple[str, bool]]


def _style_script(style: ParagraphStyle) -> tuple[Script, bool]:
    """The script of a style's font and whether it is bold."""
    family, bold, _ = ps2tt(style.fontName)
    for script, (regular, _bold) in FACES.items():
        if family == regular.lower():
            return script, bool(bold)
    return Script.LATIN, bool(bold)


class BidiParagraph(CellParagraph):
    """A Paragraph with right-to-left text: lines broken here, then each put in display order.

    reportlab would break a paragraph given in display order from its *end* (the first
    right-to-left words would land on the last line), so the logical text is kept, broken
    into lines at the width the frame or cell offers, and each line is reordered on its
    own; reportlab then only draws the lines it is given. Paragraphs made by splitting one
    across pages are plain ``CellParagraph``s of lines already in order.
    """

    _logical: list[tuple[list[StyledChar], bool]] | None = None

    @classmethod
    def of(cls, segments: Segments, style: ParagraphStyle, fonts: Fonts) -> BidiParagraph:
        """The paragraph of ``segments`` (text, bold) in ``style``; ``fonts`` gives the
        document's direction, used for lines without a strong character of their own."""
        _, style_bold = _style_script(style)
        chars: list[StyledChar] = []
        for text, bold in segments:
            chars += [(ch, bold or style_bold) for ch in shape(clean(text))]
        logical: list[tuple[list[StyledChar], bool]] = []
        start = 0
        for i in range(len(chars) + 1):
            if i == len(chars) or chars[i][0] == "\n":
                line = chars[start:i]
                text = "".join(ch for ch, _ in line)
                logical.append((line, base_rtl(text, fonts.rtl)))
                start = i + 1
        paragraph = cls("", style)
        paragraph._logical = logical
        paragraph._set_lines(float("inf"))
        return paragraph

    def _set_lines(self, width: float) -> None:
        """Break the logical text at ``width`` and give reportlab the lines in display order."""
        assert self._logical is not None
        base, _ = _style_script(self.style)
        size = self.style.fontSize
        shown: list[str] = []
        for chars, rtl in self._logical:
            for line in _break(chars, width, size):
                shown.append(_line_markup(line, rtl, base))
        self._setup("<br/>".join(shown), self.style, self.bulletText, None, cleanBlockQuotedText)
        if hasattr(self, "blPara"):
            del self.blPara

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and availWidth != self._wrapped_at:
            style = self.style
            self._set_lines(availWidth - style.leftIndent - style.rightIndent)
        return super().wrap(availWidth, availHeight)


def _line_markup(line: Sequence[StyledChar], rtl: bool, base: Script) -> str:
    """Markup of one line in display order: a ``<font>`` per script run, ``<b>`` where bold."""
    text = "".join(ch for ch, _ in line)
    if has_rtl(text) or rtl:
        ordered = [(ch, line[i][1]) for ch, i in visual_order(text, rtl)]
    else:
        ordered = list(line)
    parts: list[str] = []
    start = 0
    for i in range(1, len(ordered) + 1):
        if i == len(ordered) or ordered[i][1] != ordered[start][1]:
            chunk = "".join(ch for ch, _ in ordered[start:i])
            bold = ordered[start][1]
            body = "".join(_run_markup(s, c, base, bold) for s, c in runs(chunk))
            parts.append(f"<b>{body}</b>" if bold else body)
            start = i
    return "".join(parts)


def para_parts(segments: Segments, style: ParagraphStyle, fonts: Fonts) -> Paragraph:
    """A Paragraph of plain (unescaped) text pieces, each bold or not: the only way user text
    should enter a PDF (``para`` for a single piece)."""
    if fonts.rtl or any(has_rtl(text) for text, _ in segments):
        return BidiParagraph.of(segments, style, fonts)
    _, style_bold = _style_script(style)
    body = "".join(
        f"<b>{markup(t, fonts, bold=True)}</b>" if b else markup(t, fonts, bold=style_bold)
        for t, b in segments
    )
    return CellParagraph(body, style)


def para(text: str, style: ParagraphStyle, fonts: Fonts, *, bold: bool = False) -> Paragraph:
    """A Paragraph of plain (unescaped) text, in the fonts its scripts need."""
    return para_parts([(text, bold)], style, fonts)
