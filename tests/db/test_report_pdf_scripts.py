"""The four reports added beside the ATT annual report (UN Register, EU, national, Wassenaar)
pass the same script checks as every other PDF (tests/unit/test_pdf_scripts.py), in each of
the six languages: only shipped fonts, embedded; every character in the cmap of the font that
drew it; every Arabic letter shaped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from att_desktop.db.engine import Database, open_database
from att_desktop.formats.eu_report import write_eu_report
from att_desktop.formats.national_report import write_national_report
from att_desktop.formats.unroca_writers import write_unroca
from att_desktop.formats.wassenaar_report import write_wassenaar_report
from att_desktop.i18n import LANGUAGES
from att_desktop.services.eu_report import collect_eu_report
from att_desktop.services.national_report import collect_national, collect_wassenaar
from att_desktop.services.unroca import collect_unroca
from tests.national_register import START, build_national
from tests.unit.test_pdf_scripts import SHIPPED, base_name, cmap, drawn, embedded, page_fonts

Writer = Callable[[Path, str], None]


@pytest.fixture
def reports(fresh_sqlite: Callable[[Path], Path], tmp_path: Path) -> Iterator[dict[str, bytes]]:
    """Each report of the known-numbers register in each language, as PDF bytes (on SQLite
    only: the PDFs do not depend on the engine, and 24 of them take a while)."""
    db = open_database(fresh_sqlite(tmp_path / "scripts.sqlite3"))
    try:
        yield _write_all(db, tmp_path)
    finally:
        db.close()


def _write_all(db: Database, tmp_path: Path) -> dict[str, bytes]:
    build_national(db)
    unroca = collect_unroca(db, 2025)
    eu = collect_eu_report(db, 2025)
    national = collect_national(db, START, date(2025, 12, 31))
    wassenaar = collect_wassenaar(db, 2025, 1)
    writers: dict[str, Writer] = {
        "UN Register": lambda out, lang: write_unroca(unroca, out, "pdf", language=lang),
        "EU": lambda out, lang: write_eu_report(eu, out, "pdf", language=lang),
        "national": lambda out, lang: write_national_report(national, out, "pdf", language=lang),
        "Wassenaar": lambda out, lang: write_wassenaar_report(wassenaar, out, "pdf", language=lang),
    }
    out: dict[str, bytes] = {}
    for name, write in writers.items():
        for language in LANGUAGES:
            path = tmp_path / f"{name}-{language}.pdf"
            write(path, language)
            out[f"{name} ({language})"] = path.read_bytes()
    return out


def test_the_new_reports_draw_every_script_with_shipped_embedded_fonts_arabic_shaped(
    reports: dict[str, bytes],
) -> None:
    bare_arabic = {chr(c) for c in range(0x0620, 0x064B)}
    for name, pdf in reports.items():
        shaped = 0
        fonts = page_fonts(pdf)
        names = {base_name(font) for font in fonts}
        assert fonts and names <= set(SHIPPED), (name, names - set(SHIPPED))
        assert all(embedded(font) for font in fonts), name
        for page in drawn(pdf):
            for piece in page:
                assert piece.font in SHIPPED and "\ufffd" not in piece.text, (name, piece)
                missing = {
                    ch for ch in piece.text if not ch.isspace() and ord(ch) not in cmap(piece.font)
                }
                assert not missing, (name, piece.font, piece.text)
                assert not bare_arabic & set(piece.text), (name, piece.text)
                shaped += sum(0xFB50 <= ord(ch) <= 0xFEFF for ch in piece.text)
        if name.endswith("(ar)"):
            assert shaped > 0, name  # headings and State names in Arabic, drawn shaped
