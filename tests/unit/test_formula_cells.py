"""Issue 13: one test of formula-like text, used by every CSV and XLSX writer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from att_desktop.formats.register_sheet import write_register_csv, write_register_xlsx
from att_desktop.formats.table_files import cell_text, csv_cell, csv_text, formula_like

ATTACKS = ("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0")


@pytest.mark.parametrize("attack", ATTACKS)
def test_formula_like_text_is_neutralised_and_read_back_unchanged(attack: str) -> None:
    assert formula_like(attack)
    assert csv_text(attack) == "'" + attack
    assert csv_cell(attack) == "'" + attack
    assert cell_text("'" + attack) == attack


@pytest.mark.parametrize("plain", ("-5", "+3.25", "Rifle", "", "e-mail", "1-2"))
def test_numbers_and_ordinary_words_are_left_alone(plain: str) -> None:
    assert not formula_like(plain)
    assert csv_text(plain) == plain


def test_register_writers_neutralise_every_kind_of_formula(tmp_path: Path) -> None:
    """Before the fix the register CSV left tab- and CR-prefixed formulas alive."""
    rows = [{"end_user": attack} for attack in ATTACKS]
    buffer = io.StringIO()
    write_register_csv(buffer, rows)
    for attack in ATTACKS:
        assert "'" + attack in buffer.getvalue()
    write_register_xlsx(tmp_path / "r.xlsx", rows)
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    # XML turns a carriage return into a line end: that one comes back as '=1+1', as text.
    assert {str(c.value) for c in cells} >= {a.replace("\r", "") for a in ATTACKS}
