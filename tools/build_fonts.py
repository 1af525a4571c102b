"""Build the fonts ATT Desktop ships in ``resources/fonts/`` from the system's Noto fonts.

    .venv/bin/pip install fonttools      (in the dev extra)
    .venv/bin/python tools/build_fonts.py [--noto DIR] [--cjk FILE] [--only NAME ...]

Needs Debian's ``fonts-noto-core`` and ``fonts-noto-cjk`` (or the same files from
notofonts.github.io). Writes:

- ``ATTNotoSans-Regular.ttf``, ``ATTNotoSans-Bold.ttf``: Noto Sans (Latin, Greek, Cyrillic),
  every glyph kept, renamed to the family "ATT Noto Sans" (window and PDFs);
- ``ATTNotoSansSC-Regular.ttf``: Noto Sans CJK SC cut down to GB2312, ASCII and every
  character of ``resources/translations/*.ts``, renamed to "ATT Noto Sans SC", its CFF
  outlines converted to TrueType (quadratic) ones (window and PDFs: reportlab embeds only
  TrueType-flavoured fonts, and one file serves both);
- ``ATTNotoSansArabic-Regular.ttf``, ``ATTNotoSansArabic-Bold.ttf``: Noto Sans Arabic, every
  glyph kept (the Arabic Presentation Forms the PDFs draw included), renamed to
  "ATT Noto Sans Arabic" (PDFs).

Why renamed: the application asks for these family names, which no machine has installed,
so the window's text is always drawn with these files, whatever fonts the machine has (the
layout tests depend on it). The SIL Open Font License allows modified versions under another
name and Noto declares no Reserved Font Name. Rerun after adding translated strings that use
a Chinese character outside GB2312 (``--check`` says whether that is needed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
TRANSLATIONS = ROOT / "resources" / "translations"
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
CJK_FILE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

LATIN_FAMILY = "ATT Noto Sans"
SC_FAMILY = "ATT Noto Sans SC"
SC_FILE = "ATTNotoSansSC-Regular.ttf"
ARABIC_FAMILY = "ATT Noto Sans Arabic"
#: What ``--only`` accepts, in build order.
PARTS = ("latin", "sc", "arabic")
#: The largest distance, in font units (1000 per em), between a CFF cubic curve and the
#: quadratic ones that replace it: invisible at any print size, as fontTools' otf2ttf does.
MAX_CURVE_ERROR = 1.0


def gb2312() -> set[str]:
    """Every character of the GB2312 set (the simplified Chinese national standard)."""
    chars: set[str] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def translation_chars() -> set[str]:
    """Every character in the translation sources (sources and translations)."""
    chars: set[str] = set()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        chars |= set(ts.read_text(encoding="utf-8"))
    return chars


def wanted_chars() -> set[str]:
    ascii_printable = {chr(c) for c in range(0x20, 0x7F)}
    punctuation = {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF00, 0xFFF0)}
    return gb2312() | translation_chars() | ascii_printable | punctuation


def rename(font: TTFont, family: str, style: str) -> None:
    """Give the font its own family name (name IDs 1, 2, 4, 6, 16, 17)."""
    table = font["name"]
    postscript = f"{family.replace(' ', '')}-{style}"
    for record in list(table.names):
        if record.nameID in (16, 17, 21, 22):
            table.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, family),
        (2, style),
        (3, f"{postscript};ATT Desktop"),
        (4, f"{family} {style}" if style != "Regular" else family),
        (6, postscript),
    ):
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FamilyName = family
        top.FullName = f"{family} {style}"


def build_latin(noto_dir: Path) -> list[Path]:
    written = []
    for style in ("Regular", "Bold"):
        font = TTFont(noto_dir / f"NotoSans-{style}.ttf")
        rename(font, LATIN_FAMILY, style)
        out = FONTS / f"ATTNotoSans-{style}.ttf"
        font.save(out)
        written.append(out)
    return written


def build_sc(cjk_file: Path) -> Path:
    collection = TTCollection(cjk_file)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(wanted_chars())))
    subsetter.subset(font)
    rename(font, SC_FAMILY, "Regular")
    to_truetype(font)
    out = FONTS / SC_FILE
    font.save(out)
    return out


def build_arabic(noto_dir: Path) -> list[Path]:
    """Noto Sans Arabic, every glyph kept and renamed; the timestamps stay the source's, so a
    rebuild from the same package gives the same bytes."""
    written = []
    for style in ("Regular", "Bold"):
        font = TTFont(noto_dir / f"NotoSansArabic-{style}.ttf", recalcTimestamp=False)
        rename(font, ARABIC_FAMILY, style)
        out = FONTS / f"ATTNotoSansArabic-{style}.ttf"
        font.save(out)
        written.append(out)
    return written


def _quadratic_glyphs(font: TTFont) -> dict[str, Any]:
    """Every glyph redrawn with quadratic curves (TrueType ``glyf``) from its CFF cubics."""
    glyph_set = font.getGlyphSet()
    glyphs: dict[str, Any] = {}
    for name in glyph_set:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise: reverse them.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_CURVE_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    return glyphs


def to_truetype(font: TTFont) -> None:
    """Give a CFF-flavoured font TrueType outlines, in place (fontTools' otf2ttf recipe).

    reportlab embeds only TrueType-flavoured fonts. The glyph order, advance widths, cmap,
    layout tables and names stay; only the outline tables change (``CFF ``/``VORG`` out,
    ``glyf``/``loca``/``maxp`` 1.0 in). About 1.4 times the size of the CFF subset.
    """
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        raise SystemExit("the Chinese font has no CFF outlines to convert")
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = _quadratic_glyphs(font)
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):  # the left side bearing is the new outline's
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
    ):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.maxComponentElements = max(len(getattr(g, "components", ())) for g in glyf.glyphs.values())
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: 14,000 CID names would only add weight
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def missing_from_shipped() -> set[str]:
    """Characters of the translations that the shipped SC font cannot draw."""
    cmap = TTFont(FONTS / SC_FILE).getBestCmap()
    latin = TTFont(FONTS / "ATTNotoSans-Regular.ttf").getBestCmap()
    return {c for c in translation_chars() if c.isprintable() and ord(c) not in cmap | latin}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noto", type=Path, default=NOTO_DIR, help="folder of NotoSans-*.ttf")
    parser.add_argument("--cjk", type=Path, default=CJK_FILE, help="NotoSansCJK-Regular.ttc")
    parser.add_argument(
        "--only",
        action="append",
        choices=PARTS,
        help="build only these fonts (repeatable)",
    )
    parser.add_argument(
        "--check", action="store_true", help="only say whether the shipped fonts need a rebuild"
    )
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_from_shipped()
        print("missing:", "".join(sorted(missing)) if missing else "none")
        return 1 if missing else 0
    FONTS.mkdir(parents=True, exist_ok=True)
    parts = args.only or PARTS
    written: list[Path] = []
    if "latin" in parts:
        written += build_latin(args.noto)
    if "sc" in parts:
        written.append(build_sc(args.cjk))
    if "arabic" in parts:
        written += build_arabic(args.noto)
    for path in written:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
