"""Reading a sheet (CSV or XLSX) and its cells, for every file an authority brings in.

Shared by the register spreadsheet and the customs files: a file that cannot be read at
all, or a workbook whose formulas have no stored value, is refused as a whole with what to
do; a cell that does not parse raises ``CellError`` with what is wrong, for the caller to
locate.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, TypeVar
from xml.etree.ElementTree import ParseError

from att_desktop.domain.countries import find_country
from att_desktop.domain.validation import ParseProblem, parse_decimal
from att_desktop.i18n import Message, msg, translate

FileFormat = Literal["csv", "xlsx"]
_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)


#: Cells that list several parties of one role ("Name (country, type); ...").

#: Spellings that spreadsheets in the wild use for our columns.

#: Other spellings of the register's column names, met in authorities' own sheets and in
#: customs files.
HEADER_ALIASES: dict[str, str] = {
    "ref": "reference",
    "case_reference": "reference",
    "type": "transfer_type",
    "exporter": "applicant",
    "exporter_country": "applicant_country",
    "applicant_name": "applicant",
    "destination_country": "destination",
    "importing_state": "destination",
    "final_importing_state": "destination",
    "end_user_name": "end_user",
    "category": "att_category",
    "item": "description",
    "item_description": "description",
    "model_type": "model",
    "rating": "control_rating",
    "qty": "quantity",
    "origin_country": "origin",
    "state_of_origin": "origin",
    "license_number": "licence_number",
    "license_valid_from": "licence_valid_from",
    "license_valid_until": "licence_valid_until",
    "grounds": "decision_grounds",
}

#: Leading characters that make a spreadsheet program treat a cell as a formula (CSV
#: injection; tab and carriage return too, which some programs skip before looking).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TRUE = {"yes", "y", "true", "1", "x"}
_FALSE = {"no", "n", "false", "0", ""}


class RegisterFileError(Exception):
    """The file cannot be read as a register spreadsheet at all (not one bad row): ``str`` is
    the English, ``message`` the same to translate (a plain string is shown as written)."""

    def __init__(self, message: Message | str) -> None:
        self.message = message
        super().__init__(translate(message, "en"))


@dataclass(frozen=True)
class RowError:
    """One problem, located as a spreadsheet user sees it: row 1 is the header row."""

    row: int | None
    column: str | None
    #: A Message to show in the reader's language (a plain string is shown as written).
    message: Message | str

    def __str__(self) -> str:
        """The English, for the command line and the log."""
        return self.text("en")

    def text(self, language: str) -> str:
        """The problem and where it is, in ``language`` (the column name as the file has it)."""
        problem = translate(self.message, language)
        if self.row is not None and self.column:
            return translate(
                "row {row}, column {column}: {problem}",
                language,
                context="register file problem",
                row=self.row,
                column=self.column,
                problem=problem,
            )
        if self.row is not None:
            return translate(
                "row {row}: {problem}",
                language,
                context="register file problem",
                row=self.row,
                problem=problem,
            )
        if self.column:
            return translate(
                "column {column}: {problem}",
                language,
                context="register file problem",
                column=self.column,
                problem=problem,
            )
        return problem


@dataclass(frozen=True)
class Table:
    """A sheet as read: normalised column names and data rows with their row numbers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


# --- file level -----------------------------------------------------------------------------


def file_format(path: Path) -> FileFormat:
    """CSV or XLSX, from the file name; anything else is refused with what to do instead."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".xls":
        raise RegisterFileError(
            msg(
                "{name} is in the old Excel 97-2003 format (.xls). Open it in Excel or "
                "LibreOffice and save it as .xlsx or as 'CSV UTF-8', then try again.",
                context="spreadsheet file",
                name=path.name,
            )
        )
    raise RegisterFileError(
        msg(
            "{name}: the file must be .csv or .xlsx; give it one of those extensions.",
            context="spreadsheet file",
            name=path.name,
        )
    )


def normalise_header(text: str) -> str:
    """'ATT category' -> 'att_category'; known aliases map to our names."""
    name = re.sub(r"[^0-9a-z]+", "_", text.strip().casefold()).strip("_")
    return HEADER_ALIASES.get(name, name)


def read_table(path: Path) -> Table:
    """The first sheet of an XLSX file or the rows of a CSV file; header row first."""
    fmt = file_format(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RegisterFileError(
            msg("There is no file {path}.", context="spreadsheet file", path=str(path))
        ) from None
    except OSError as exc:
        raise RegisterFileError(
            msg(
                "Cannot read {path}: {reason}.",
                context="spreadsheet file",
                path=str(path),
                reason=exc.strerror,
            )
        ) from exc
    raw_rows = _read_csv(path, data) if fmt == "csv" else _read_xlsx(path, data)
    numbered = [(n, tuple(r)) for n, r in enumerate(raw_rows, start=1)]
    nonempty = [(n, r) for n, r in numbered if any(cell_text(v) for v in r)]
    if not nonempty:
        raise RegisterFileError(
            msg(
                "{name} is empty: its first row must name the columns.",
                context="spreadsheet file",
                name=path.name,
            )
        )
    header_row, header = nonempty[0]
    headers = tuple(normalise_header(cell_text(v)) for v in header)
    return Table(headers, tuple((n, r) for n, r in nonempty[1:] if n > header_row))


def _read_csv(path: Path, data: bytes) -> list[list[str]]:
    if data.startswith(b"PK\x03\x04"):
        raise RegisterFileError(
            msg(
                "{name} is an Excel workbook, not a CSV file: rename it to .xlsx.",
                context="spreadsheet file",
                name=path.name,
            )
        )
    if b"\x00" in data:
        raise RegisterFileError(
            msg(
                "{name} is not a CSV text file (it holds binary data). Save the spreadsheet "
                "as .xlsx or as 'CSV UTF-8 (comma delimited)'.",
                context="spreadsheet file",
                name=path.name,
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RegisterFileError(
            msg(
                "{name} is not UTF-8 text (first bad byte on line {line}). In Excel use "
                "Save As > 'CSV UTF-8 (comma delimited)', or save it as .xlsx.",
                context="spreadsheet file",
                name=path.name,
                line=line,
            )
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise RegisterFileError(
            msg(
                "{name} is not a well-formed CSV file: {detail}.",
                context="spreadsheet file",
                name=path.name,
                detail=str(exc),
            )
        ) from exc


def _damage() -> tuple[type[BaseException], ...]:
    """What openpyxl and the libraries under it raise on a damaged or hostile workbook.

    A broken zip (``BadZipFile``, ``zlib.error``, ``EOFError``), XML that does not parse
    (``ParseError``, or lxml's, which is a SyntaxError), and openpyxl's own checks, which
    surface as ``TypeError`` (an unknown attribute), ``ValueError``, ``KeyError`` (a missing
    part) or ``IndexError``. Caught only around the third-party reading itself.
    """
    from openpyxl.utils.exceptions import InvalidFileException

    return (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ParseError,
        SyntaxError,
        InvalidFileException,
        TypeError,
        ValueError,
        KeyError,
        IndexError,
        AttributeError,
        OverflowError,
        OSError,
    )


def _damaged(path: Path, sheet: str | None, exc: BaseException) -> RegisterFileError:
    where: Message | str = (
        msg("{name}, sheet '{sheet}'", context="spreadsheet file", name=path.name, sheet=sheet)
        if sheet
        else path.name
    )
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return RegisterFileError(
        msg(
            "{where}: the workbook is damaged or is not an Excel workbook (.xlsx) ({detail}). "
            "Open it in a spreadsheet program and save it again as .xlsx or as 'CSV UTF-8'.",
            context="spreadsheet file",
            where=where,
            detail=detail,
        )
    )


def _read_xlsx(path: Path, data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # openpyxl's notes on parts it skips are no problem
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _damage() as exc:
        raise _damaged(path, None, exc) from None
    sheet_name: str | None = None
    try:
        if not workbook.worksheets:
            raise RegisterFileError(
                msg("{name} has no worksheet.", context="spreadsheet file", name=path.name)
            )
        names = workbook.sheetnames
        sheet_name = "Register" if "Register" in names else names[0]
        rows = [list(row) for row in workbook[sheet_name].iter_rows(values_only=True)]
    except _damage() as exc:
        raise _damaged(path, sheet_name, exc) from None
    finally:
        workbook.close()
    try:
        _refuse_unusable_formulas(path, data, sheet_name, rows)
    except _damage() as exc:
        raise _damaged(path, sheet_name, exc) from None
    return rows


#: What Excel shows in a cell whose formula failed.
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)
_MAX_CELLS_NAMED = 10
#: A formula element in a worksheet's XML, with or without a namespace prefix.
_FORMULA_TAGS = (b"<f>", b"<f ", b":f>", b":f ")


def _refuse_unusable_formulas(
    path: Path, data: bytes, sheet_name: str, values: list[list[Any]]
) -> None:
    """Formulas whose saved result is missing or an error would be imported as empty cells.

    A workbook stores a formula's last result beside the formula; a file written by a
    program that does not compute formulas has none, and reading it would silently lose
    the value. Such a file is refused, naming the cells, so nothing typed is lost.
    """
    if not _zipped_formulas(data):
        return
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    bad: list[str] = []
    try:
        for r, row in enumerate(workbook[sheet_name].iter_rows(values_only=True)):
            for c, formula in enumerate(row):
                if not (isinstance(formula, str) and formula.startswith("=")):
                    continue
                value = values[r][c] if r < len(values) and c < len(values[r]) else None
                if value is None or (isinstance(value, str) and value in _EXCEL_ERRORS):
                    bad.append(f"{get_column_letter(c + 1)}{r + 1}")
    finally:
        workbook.close()
    if not bad:
        return
    named = ", ".join(bad[:_MAX_CELLS_NAMED])
    if len(bad) > _MAX_CELLS_NAMED:
        named += f" and {len(bad) - _MAX_CELLS_NAMED} more"
    raise RegisterFileError(
        msg(
            "{name}: the formula in cell(s) {cells} has no usable result (it was never "
            "calculated, or it gives an error), so its value cannot be imported. Open the file "
            "in Excel or LibreOffice, correct or recalculate those cells and save it again, or "
            "replace the formulas by their values.",
            context="spreadsheet file",
            name=path.name,
            cells=named,
        )
    )


def _zipped_formulas(data: bytes) -> bool:
    """Whether any worksheet of the (zipped) workbook holds a formula element."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as member:
                        tail = b""
                        while chunk := member.read(1 << 20):
                            text = tail + chunk
                            if any(tag in text for tag in _FORMULA_TAGS):
                                return True
                            tail = text[-4:]
    except zipfile.BadZipFile:
        return False
    return False


# --- cells ----------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a spurious '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_START:
        return text[1:]
    return text


class CellError(ValueError):
    """A cell that cannot be read: ``str`` is the English, ``message`` the same to
    translate (a plain string is shown as written)."""

    def __init__(self, message: Message | str) -> None:
        self.message = message
        super().__init__(translate(message, "en"))


def enum_cell(enum: type[_E], text: str, what: str, aliases: dict[str, _E] | None = None) -> _E:
    key = re.sub(r"[^0-9a-z]+", "_", text.casefold()).strip("_")
    if aliases and key in aliases:
        return aliases[key]
    for member in enum:
        if member.value == key:
            return member
    allowed = ", ".join(m.value for m in enum)
    raise CellError(
        msg(
            "'{text}' is not a {what}; use one of: {allowed}",
            context="spreadsheet cell",
            text=text,
            what=what,
            allowed=allowed,
        )
    )


def country_cell(text: str) -> str:
    if not text:
        return ""
    country = find_country(text)
    if country is None:
        raise CellError(
            msg(
                "'{text}' is not a country; give its ISO code (DE or DEU) or its English name",
                context="spreadsheet cell",
                text=text,
            )
        )
    return country.code


def date_cell(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CellError(
            msg(
                "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31",
                context="spreadsheet cell",
                text=text,
            )
        ) from None


def decimal_cell(value: Any, what: str) -> Decimal | None:
    if isinstance(value, bool):
        raise CellError(
            msg(
                "'{text}' is not a {what}",
                context="spreadsheet cell",
                text=cell_text(value),
                what=what,
            )
        )
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = cell_text(value)
    if not text:
        return None
    try:
        return parse_decimal(text, what=what)
    except ParseProblem as exc:
        raise CellError(exc.message) from None


def bool_cell(text: str) -> bool:
    key = text.casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError(msg("'{text}' is not yes or no", context="spreadsheet cell", text=text))


# --- out of the database -------------------------------------------------------------------


def formula_like(text: str) -> bool:
    """Whether a spreadsheet program could run ``text`` as a formula (or a DDE command).

    The one test every writer of a CSV or XLSX file applies to free text: descriptions,
    comments, names, a point of contact. A plain number ("-5") is data, not a formula.
    """
    if not text.startswith(_FORMULA_START):
        return False
    try:
        return not Decimal(text).is_finite()
    except ArithmeticError:
        return True


def csv_text(text: str) -> str:
    """Free text for a CSV cell: a formula-like text gets a leading apostrophe, which
    spreadsheet programs show as text (and ``cell_text`` removes when the file is read)."""
    return "'" + text if formula_like(text) else text


def csv_cell(value: Any) -> str:
    return csv_text(value) if isinstance(value, str) else cell_text(value)


def keep_formulas_as_text(sheet: Any) -> None:
    """Make every formula-like text in an openpyxl worksheet a text cell, before saving.

    openpyxl writes a string that starts with '=' as a live formula; an XLSX cell of type
    text is never run, and keeps the person's words exactly (other prefixes are text in
    XLSX already).
    """
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and formula_like(cell.value):
                cell.data_type = "s"


def xlsx_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Excel keeps 15 significant digits: larger exact amounts stay text, not rounded.
        as_float = float(value)
        return as_float if Decimal(repr(as_float)) == value else format(value, "f")
    return value
