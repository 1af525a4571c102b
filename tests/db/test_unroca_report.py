"""The UN Register of Conventional Arms report (issue 16) on the known-numbers register.

The register is tests/report_register.py's (report year 2025, actual shipments), with these
shipments added to the ones ``build_with_shipments`` records:

- EXP/2 (4 armoured combat vehicles made in Germany to Norway via Denmark): 3 shipped on
  1 July 2025, 1 on 3 February 2026 (next year's); the 6 withheld MANPADS: 2 shipped.
- EXP/1 (to Brazil): 4 of the 10 mortars < 75 mm shipped on 1 August 2025.
- IMP/1 (12 sniper rifles from Germany, 2024 licence): all 12 arrived on 3 March 2025.

Already recorded: EXP/4's 120 rifles shipped 20 January 2025 (2024 licence), EXP/1's 60
assault rifles and 20,000 cartridges (ammunition: not in the Register) on 5 May 2025.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.unroca import BackgroundEntry, BackgroundKind
from att_desktop.formats.unroca_writers import write_unroca
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.unroca import collect_unroca, list_background, set_background
from tests.report_register import YEAR, Register, build_with_shipments, ship

TODAY = date(2026, 3, 2)


@pytest.fixture
def register(db: Database) -> Register:
    reg = build_with_shipments(db)
    assert ship(db, reg, "EXP/2", date(2025, 7, 1), "C-2507", (1, 3, 1_500_000)).saved
    assert ship(db, reg, "EXP/2", date(2025, 7, 1), "C-2507B", (2, 2, 300_000)).saved
    assert ship(db, reg, "EXP/2", date(2026, 2, 3), "C-2602", (1, 1, 500_000)).saved
    assert ship(db, reg, "EXP/1", date(2025, 8, 1), "C-2508", (3, 4, 16_000)).saved
    assert ship(db, reg, "IMP/1", date(2025, 3, 3), "C-2503", (1, 12, 60_000)).saved
    return reg


def _rows(table: object) -> list[tuple[object, ...]]:
    return [
        (r.category, r.counterpart, r.number_of_items, r.origins, r.intermediate)
        for r in table.rows  # type: ignore[attr-defined]
    ]


def test_known_register_gives_the_register_figures_total_by_total(
    db: Database, register: Register
) -> None:
    report = collect_unroca(db, YEAR, today=TODAY)
    catalogue = load_categories()
    assert report.reporting_state == "SE" and report.basis.value == "actual"
    # Exports, categories I-VII: the 3 vehicles of 2025 (not the 2026 one), made in Germany,
    # via Denmark; the 2 MANPADS are withheld and left out.
    assert _rows(report.exports) == [("II", "NO", Decimal(3), ("DE",), ("DK",))]
    assert report.exports.total_items == 3
    assert report.exports.totals_by_top_level(catalogue) == {"II": Decimal(3)}
    assert report.exports.rows[0].descriptions == ("Armoured personnel carrier",)
    assert report.withheld_lines == 1
    # Imports, categories I-VII: nil.
    assert report.imports.nil and report.imports.total_items == 0
    # SALW exports: 120 rifles (2024 licence, shipped 2025), 60 assault rifles, 4 mortars;
    # the cartridges are ammunition and the 30 pistols were never shipped.
    assert _rows(report.salw_exports) == [
        ("VIII.SA.2", "BR", Decimal(120), (), ()),
        ("VIII.SA.4", "BR", Decimal(60), (), ()),
        ("VIII.LW.6", "BR", Decimal(4), (), ()),
    ]
    assert report.salw_exports.totals_by_top_level(catalogue) == {
        "VIII.SA": Decimal(180),
        "VIII.LW": Decimal(4),
    }
    assert report.salw_exports.total_items == 184
    # SALW imports: the 12 sniper rifles from Germany.
    assert _rows(report.salw_imports) == [("VIII.SA.2", "DE", Decimal(12), (), ())]
    assert report.salw_imports.total_items == 12
    assert not report.has_errors, [f.english for f in report.errors]
    # Nothing entered: no background information.
    assert report.background == ()


def test_files_carry_the_same_figures(db: Database, register: Register, tmp_path: Path) -> None:
    set_background(
        db,
        YEAR,
        [
            BackgroundEntry(BackgroundKind.HOLDINGS, "I", Decimal(120), "Leopard 2A5", ""),
            BackgroundEntry(BackgroundKind.PRODUCTION, "II", Decimal(14), "CV90", "Delivered"),
        ],
    )
    report = collect_unroca(db, YEAR, today=TODAY)
    for fmt in ("json", "csv", "xlsx", "pdf"):
        write_unroca(report, tmp_path / f"unroca.{fmt}", fmt)
    data = json.loads((tmp_path / "unroca.json").read_text(encoding="utf-8"))
    assert data["basis"] == "actual" and data["values_reported"] is False
    tables = data["tables"]
    assert {k: (t["nil"], t["total_items"]) for k, t in tables.items()} == {
        "exports": (False, "3"),
        "imports": (True, "0"),
        "salw_exports": (False, "184"),
        "salw_imports": (False, "12"),
    }
    assert "value" not in tables["exports"]["rows"][0]
    assert [(e["category"], e["number_of_items"]) for e in data["background"]["holdings"]] == [
        ("I", "120")
    ]
    with (tmp_path / "unroca.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["table"], r["category_code"], r["number_of_items"]) for r in rows] == [
        ("exports", "II", "3"),
        ("imports", "", ""),
        ("salw_exports", "VIII.SA.2", "120"),
        ("salw_exports", "VIII.SA.4", "60"),
        ("salw_exports", "VIII.LW.6", "4"),
        ("salw_imports", "VIII.SA.2", "12"),
        ("holdings", "I", "120"),
        ("production", "II", "14"),
    ]
    assert rows[1]["comments"] == "Nil: no imports in categories I-VII in 2025."
    wb = load_workbook(tmp_path / "unroca.xlsx")
    exports = wb.worksheets[1]
    values = [c for row in exports.iter_rows(values_only=True) for c in row]
    assert "Final importer State(s)" in values and 3 in values
    assert not any("Value" in str(v) for v in values if v)
    from pypdf import PdfReader

    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(tmp_path / "unroca.pdf").pages).split()
    )
    for needle in (
        "United Nations Register of Conventional Arms",
        "Final importer State(s)",
        "State of origin (if not exporter)",
        "Nil: no imports in categories I-VII in 2025.",
        "Military holdings",
        "Leopard 2A5",
        "Actual transfers",
    ):
        assert needle in text, needle


def test_background_is_kept_per_year_corrected_and_cleared(db: Database) -> None:
    holdings = BackgroundEntry(BackgroundKind.HOLDINGS, "I", Decimal(120), "Leopard 2A5")
    assert set_background(db, YEAR, [holdings]) == (holdings,)
    corrected = BackgroundEntry(BackgroundKind.HOLDINGS, "I", Decimal(118), "Leopard 2A5")
    production = BackgroundEntry(BackgroundKind.PRODUCTION, "VII.b", Decimal(40), "RBS 70")
    assert set_background(db, YEAR, [production, corrected]) == (corrected, production)
    assert list_background(db, YEAR - 1) == ()
    assert set_background(db, YEAR, [production]) == (production,)
    with pytest.raises(ValidationFailed) as caught:
        set_background(
            db,
            YEAR,
            [
                BackgroundEntry(BackgroundKind.HOLDINGS, "VIII.SA.2", Decimal(5)),
                BackgroundEntry(BackgroundKind.HOLDINGS, "I", Decimal("2.5")),
            ],
        )
    assert [e.field for e in caught.value.errors] == ["category", "number_of_items"]
    assert list_background(db, YEAR) == (production,)


def test_cli_writes_the_register_report(
    db: Database, register: Register, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.json"
    args = ["--db", db.url, "report", "unroca", "--year", str(YEAR), "--format", "json"]
    assert main([*args, "--out", str(out)]) == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert "UN Register report 2025" in said and "imports I-VII: nil" in said
    assert json.loads(out.read_text(encoding="utf-8"))["tables"]["salw_exports"]["total_items"] == (
        "184"
    )
    pdf = tmp_path / "cli.pdf"
    assert main([*args[:-2], "--format", "pdf", "--out", str(pdf), "--language", "ru"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_demo_register_att_and_register_figures_agree(db: Database) -> None:
    """On the demo register, the ATT annual report's actual category I-VII (and SALW) numbers
    of items equal the UN Register report's, State by State, for the same year."""
    from att_desktop.domain.reporting import Basis, ReportOptions
    from att_desktop.services.demo import fill_demo_register
    from att_desktop.services.reporting import collect

    today = date(2026, 3, 2)
    fill_demo_register(db, cases=150, today=today)
    year = today.year - 1
    att = collect(
        db,
        ReportOptions(year=year, exports_basis=Basis.ACTUAL, imports_basis=Basis.ACTUAL),
        today=today,
    )
    unroca = collect_unroca(db, year, today=today)
    catalogue = load_categories()

    def figures(rows: object, salw: bool) -> dict[tuple[str, str], Decimal]:
        return {
            (r.category, r.counterpart): r.number_of_items  # type: ignore[attr-defined]
            for r in rows  # type: ignore[attr-defined]
            if (catalogue.top_level(r.category) == "VIII") is salw  # type: ignore[attr-defined]
        }

    for att_table, standard, salw in (
        (att.exports, unroca.exports, unroca.salw_exports),
        (att.imports, unroca.imports, unroca.salw_imports),
    ):
        expected = figures(att_table.rows, salw=False)
        assert figures(standard.rows, salw=False) == expected
        assert figures(salw.rows, salw=True) == figures(att_table.rows, salw=True)
    assert unroca.exports.rows and unroca.salw_exports.rows  # the demo ships both every year
    assert sum(unroca.exports.totals_by_top_level(catalogue).values()) == sum(
        n for (code, _), n in figures(att.exports.rows, salw=False).items()
    )
