"""Reading register spreadsheets: every problem is reported by row and column, nothing guessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.enums import CaseStatus, PartyRole, PartyType, TransferType
from att_desktop.formats.register_sheet import (
    COLUMN_NAMES,
    format_grounds,
    parse_grounds,
    parse_parties,
    parse_register,
)
from att_desktop.formats.table_files import (
    RegisterFileError,
    Table,
    file_format,
    normalise_header,
    read_table,
)

TODAY = date(2026, 6, 30)


def row(**cells: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "transfer_type": "export",
        "status": "submitted",
        "received_on": "2026-03-02",
        "applicant": "Nordic Arms AS",
        "applicant_country": "SE",
        "destination": "Norway",
        "end_user": "Ministry of Defence",
        "end_user_country": "NOR",
        "description": "Assault rifle, 5.56 mm",
        "quantity": "100",
        "att_category": "VIII.SA.4",
        "value": "125000",
        "currency": "EUR",
    }
    base.update(cells)
    return base


def table(*rows: dict[str, Any], headers: tuple[str, ...] = COLUMN_NAMES) -> Table:
    return Table(
        headers, tuple((n, tuple(r.get(h) for h in headers)) for n, r in enumerate(rows, 2))
    )


def messages(*rows: dict[str, Any]) -> list[str]:
    return [str(e) for e in parse_register(table(*rows), today=TODAY).errors]


def test_a_valid_row_becomes_a_case_with_countries_resolved() -> None:
    parsed = parse_register(table(row()), today=TODAY)
    assert parsed.errors == ()
    (case,) = parsed.cases
    assert case.status is CaseStatus.SUBMITTED
    assert case.application.transfer_type is TransferType.EXPORT
    assert case.application.destination_code == "NO"
    assert case.application.parties[0].country_code == "NO"
    assert case.application.items[0].quantity == Decimal(100)


def test_negative_quantity_is_reported_with_row_column_and_value() -> None:
    # Rows 2 and 3 differ in nothing but the item, so they are one case.
    assert messages(row(), row(quantity="-3")) == [
        "row 3, column quantity: '-3' must not be negative"
    ]


def test_errors_name_row_and_column() -> None:
    found = messages(
        row(reference="A"),
        row(reference="B", received_on="02/03/2026"),
        row(reference="C", destination="Atlantis"),
        row(reference="D", att_category="IX"),
        row(reference="E", quantity="-3"),
    )
    assert found == [
        "row 3, column received_on: '02/03/2026' is not a date; write it as YYYY-MM-DD, "
        "e.g. 2026-03-31",
        "row 4, column destination: 'Atlantis' is not a country; give its ISO code (DE or DEU) "
        "or its English name",
        "row 5, column att_category: 'IX' is not an ATT category; use a code such as I, IV.a or "
        "VIII.SA.2, or leave it empty and give the not_reportable_reason",
        "row 6, column quantity: '-3' must not be negative",
    ]


def test_row_problems_are_worded_in_french_and_arabic_too() -> None:
    """Issue 15: the same problems, translated around the file's own values and columns."""
    errors = parse_register(
        table(
            row(reference="A"),
            row(reference="B", received_on="02/03/2026"),
            row(reference="C", att_category="IX", quantity="-3"),
        ),
        today=TODAY,
    ).errors
    french = [e.text("fr") for e in errors]
    assert french == [
        "ligne 3, colonne received_on\u00a0: «\u00a002/03/2026\u00a0» n’est pas une date\u00a0; "
        "écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31",
        "ligne 4, colonne att_category\u00a0: «\u00a0IX\u00a0» n’est pas une catégorie du TCA"
        "\u00a0; utilisez un code tel que I, IV.a ou VIII.SA.2, ou laissez la cellule vide et "
        "indiquez le not_reportable_reason",
        "ligne 4, colonne quantity\u00a0: «\u00a0-3\u00a0» ne doit pas être négatif",
    ]
    arabic = [e.text("ar") for e in errors]
    for text in arabic:
        assert "الصف" in text and "row" not in text and "is not" not in text
    assert "must not be negative" not in " ".join(arabic)


def test_missing_columns_are_named() -> None:
    headers = tuple(h for h in COLUMN_NAMES if h not in ("quantity", "destination"))
    parsed = parse_register(table(row(), headers=headers), today=TODAY)
    assert [str(e) for e in parsed.errors] == [
        "row 1: the header row lacks the column(s) destination, quantity. The first row must "
        "name the columns; see docs/register-spreadsheet-format.md or export a register to see "
        "them"
    ]


def test_rows_without_reference_group_while_case_columns_agree() -> None:
    second_item = row(description="Cartridges", att_category="", not_reportable_reason="ammo")
    other_case = row(destination="DK", end_user_country="DK")
    parsed = parse_register(table(row(), second_item, other_case), today=TODAY)
    assert parsed.errors == ()
    assert [len(c.application.items) for c in parsed.cases] == [2, 1]
    assert [c.rows for c in parsed.cases] == [(2, 3), (4,)]


def test_continuation_rows_may_leave_case_columns_empty() -> None:
    blank_case = {
        "description": "Spare barrels",
        "quantity": "10",
        "not_reportable_reason": "parts",
    }
    parsed = parse_register(table(row(reference="EXP/2026/00042"), blank_case), today=TODAY)
    assert parsed.errors == ()
    (case,) = parsed.cases
    assert case.reference == "EXP/2026/00042"
    assert [i.description for i in case.application.items] == [
        "Assault rifle, 5.56 mm",
        "Spare barrels",
    ]


def test_a_reference_written_once_covers_the_rows_that_repeat_the_case() -> None:
    parsed = parse_register(
        table(row(reference="LEGACY-17"), row(description="Carbine", att_category="VIII.SA.2")),
        today=TODAY,
    )
    assert parsed.errors == ()
    assert [(c.reference, len(c.application.items)) for c in parsed.cases] == [("LEGACY-17", 2)]


def test_conflicting_case_values_for_one_reference_are_refused() -> None:
    found = messages(row(reference="R1"), row(reference="R1", destination="DK"))
    assert found == [
        "row 3, column destination: 'DK' differs from row 2 ('Norway') for the same case; give "
        "case columns the same value on every row of a case, or leave them empty"
    ]


def test_decided_cases_need_a_date_and_licences_belong_to_authorised_cases() -> None:
    found = messages(
        row(reference="A", status="authorised"),
        row(reference="B", status="denied", decided_on="2026-04-01", licence_number="L1"),
        row(
            reference="C",
            status="authorised",
            decided_on="2026-04-01",
            licence_number="L2",
        ),
    )
    assert found == [
        "row 2, column decided_on: give the date the case was authorised",
        "row 3, column licence_number: a denied case has no licence; only authorised cases do",
        "row 4, column licence_valid_until: give the date licence L2 expires",
    ]


def test_validation_messages_point_at_the_right_cell() -> None:
    found = messages(row(end_user="", end_user_country="", currency="", value="10"))
    assert found == [
        "row 2, column end_user: add the end user",
        "row 2, column currency: give the value's currency as a three-letter code such as EUR",
    ]


def test_parties_cells_accept_types_and_country_names_with_commas() -> None:
    parties = parse_parties(
        "Thales (UK) Ltd (GB, commercial); Korea Arms (Korea, Republic of)\nMoD (FR, government)",
        PartyRole.CONSIGNEE,
    )
    assert [(p.name, p.country_code, p.party_type) for p in parties] == [
        ("Thales (UK) Ltd", "GB", PartyType.COMMERCIAL),
        ("Korea Arms", "KR", PartyType.COMMERCIAL),
        ("MoD", "FR", PartyType.GOVERNMENT),
    ]


def test_grounds_are_structured_when_they_cite_an_article() -> None:
    assert parse_grounds("Article 7(3); 6(1): embargo; overriding risk; Art. 11") == (
        Ground(7, 3, None, ""),
        Ground(6, 1, "embargo", ""),
        Ground(None, None, "overriding risk", ""),
        Ground(11, None, None, ""),
    )
    # Without "Article" a bare number is words, not a citation.
    assert parse_grounds("12") == (Ground(None, None, "12", ""),)


def test_grounds_written_to_the_register_read_back_the_same() -> None:
    grounds = (
        Ground(7, 3, "b_ii", ""),
        Ground(6, 1, "un-kp-1718", ""),
        Ground(11, None, "diversion", ""),
        Ground(7, 4, None, ""),
        Ground(None, None, "overriding risk", ""),
    )
    text = format_grounds(grounds)
    assert text == (
        "Article 7(3) [b_ii]; Article 6(1) [un-kp-1718]; Article 11 [diversion]; "
        "Article 7(4); overriding risk"
    )
    assert parse_grounds(text) == grounds


def test_headers_are_normalised_and_aliased() -> None:
    assert normalise_header(" ATT Category ") == "att_category"
    assert normalise_header("License number") == "licence_number"
    assert normalise_header("Exporter") == "applicant"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\xef\xbb\xbf\r\n,,\r\n", "is empty"),
        ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00", "not a CSV text file"),
        ("latin1.csv", "reference,applicant\nA,Société\n".encode("latin-1"), "not UTF-8"),
        ("zip.csv", b"PK\x03\x04rest", "rename it to .xlsx"),
        ("fake.xlsx", b"this is not a workbook", "not an Excel workbook"),
    ],
)
def test_unreadable_files_are_refused_clearly(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RegisterFileError, match=message):
        read_table(path)


def test_only_csv_and_xlsx_are_accepted() -> None:
    with pytest.raises(RegisterFileError, match=r"save it as \.xlsx"):
        file_format(Path("old.xls"))
    with pytest.raises(RegisterFileError, match=r"\.csv or \.xlsx"):
        file_format(Path("register.ods"))


def test_semicolon_csv_from_a_european_excel_is_read(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text("reference;applicant\nA;Nordic Arms AS\n", encoding="utf-8-sig")
    assert read_table(path).headers == ("reference", "applicant")


def _workbook_with(path: Path, cells: dict[str, Any]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMN_NAMES))
    sheet.append([row().get(h) for h in COLUMN_NAMES])
    for ref, value in cells.items():
        sheet[ref] = value
    workbook.save(path)
    return path


def test_formulas_without_a_saved_result_are_refused_naming_the_cells(tmp_path: Path) -> None:
    """openpyxl (like many exporters) writes formulas without results: never read them as empty."""
    value_column = COLUMN_NAMES.index("value")
    from openpyxl.utils import get_column_letter

    cell = f"{get_column_letter(value_column + 1)}2"
    path = _workbook_with(tmp_path / "formulas.xlsx", {cell: "=1000*125"})
    with pytest.raises(RegisterFileError, match=rf"cell\(s\) {cell} has no usable result"):
        read_table(path)


def test_a_plain_workbook_is_read_without_a_formula_pass(tmp_path: Path) -> None:
    path = _workbook_with(tmp_path / "plain.xlsx", {})
    table = read_table(path)
    assert table.headers == tuple(COLUMN_NAMES)
    assert len(table.rows) == 1
    assert parse_register(table, today=TODAY).errors == ()


def test_formulas_with_results_are_read_as_their_values(tmp_path: Path) -> None:
    """A file saved by Excel keeps each formula's result: the result is what is imported."""
    import zipfile

    path = _workbook_with(tmp_path / "calc.xlsx", {})
    value_column = COLUMN_NAMES.index("value")
    from openpyxl.utils import get_column_letter

    ref = f"{get_column_letter(value_column + 1)}2"
    # Rewrite the cell as Excel stores it: the formula and its cached result.
    fixed = tmp_path / "calc2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(fixed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index(f'<c r="{ref}"')
                end = text.index("</c>", start) + len("</c>")
                text = text[:start] + f'<c r="{ref}"><f>1000*125</f><v>125000</v></c>' + text[end:]
                data = text.encode()
            dst.writestr(item, data)
    table = read_table(fixed)
    report = parse_register(table, today=TODAY)
    assert report.errors == ()
    assert table.rows[0][1][value_column] == 125000
