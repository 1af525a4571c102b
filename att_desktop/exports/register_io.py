"""The register as a spreadsheet (CSV or XLSX), out and in.

One row per line item, with the case's columns repeated, so an authority can move its existing
spreadsheets in and take the register out to any tool. The format is documented for users in
``docs/register-spreadsheet-format.md``; keep the two in step.

Import is all or nothing: every row is checked first and the file is written in one
transaction only if nothing is wrong, so a half-imported register never exists.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, Literal, TextIO, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Decision, Licence, LicenceLine
from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import find_country
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.domain.validation import decimal_problem, parse_decimal, validate_application
from att_desktop.services.cases import insert_application, normalise_application
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize

Level = Literal["case", "item", "outcome"]
FileFormat = Literal["csv", "xlsx"]
_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)


@dataclass(frozen=True)
class Column:
    name: str
    level: Level
    required: bool = False
    #: Width in the XLSX export, in characters.
    width: int = 14


COLUMNS: tuple[Column, ...] = (
    Column("reference", "case", width=16),
    Column("transfer_type", "case", required=True, width=12),
    Column("status", "case", required=True, width=16),
    Column("received_on", "case", required=True, width=12),
    Column("applicant", "case", required=True, width=30),
    Column("applicant_country", "case", required=True, width=10),
    Column("destination", "case", required=True, width=10),
    Column("exporting_state", "case", width=10),
    Column("end_user", "case", required=True, width=30),
    Column("end_user_type", "case", width=12),
    Column("end_user_country", "case", required=True, width=10),
    Column("other_end_users", "case", width=24),
    Column("consignees", "case", width=30),
    Column("intermediate_consignees", "case", width=24),
    Column("brokers", "case", width=24),
    Column("transit_states", "case", width=12),
    Column("intended_end_use", "case", width=30),
    Column("euc_number", "case", width=14),
    Column("euc_issuer", "case", width=24),
    Column("euc_date", "case", width=12),
    Column("line_no", "item", width=8),
    Column("description", "item", required=True, width=36),
    Column("model", "item", width=16),
    Column("control_rating", "item", width=10),
    Column("att_category", "item", required=True, width=12),
    Column("not_reportable_reason", "item", width=16),
    Column("quantity", "item", required=True, width=10),
    Column("unit", "item", width=8),
    Column("value", "item", width=14),
    Column("currency", "item", width=9),
    Column("origin", "item", width=9),
    Column("withheld", "item", width=9),
    Column("withheld_reason", "item", width=20),
    Column("report_comment", "item", width=30),
    Column("decided_on", "outcome", width=12),
    Column("decision_grounds", "outcome", width=24),
    Column("licence_number", "outcome", width=18),
    Column("licence_valid_from", "outcome", width=12),
    Column("licence_valid_until", "outcome", width=12),
)
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
CASE_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.level != "item")
ITEM_COLUMNS: tuple[str, ...] = tuple(
    c.name for c in COLUMNS if c.level == "item" and c.name != "line_no"
)
REQUIRED_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.required)
#: Cells that list several parties of one role ("Name (country, type); ...").
PARTY_COLUMNS: dict[str, PartyRole] = {
    "other_end_users": PartyRole.END_USER,
    "consignees": PartyRole.CONSIGNEE,
    "intermediate_consignees": PartyRole.INTERMEDIATE_CONSIGNEE,
    "brokers": PartyRole.BROKER,
}

#: Spellings that spreadsheets in the wild use for our columns.
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

#: Leading characters that make Excel treat a CSV cell as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@")
_PARTY_SEPARATORS = re.compile(r"[;\n]")
_PARTY_CELL = re.compile(r"^(?P<name>.*)\((?P<inner>[^()]*)\)\s*$", re.DOTALL)
_GROUND = re.compile(
    r"^(?:art(?:icle)?\.?\s*)?(?P<article>\d+)\s*\((?P<paragraph>\d+)\)\s*(?:[:–-]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_TRUE = {"yes", "y", "true", "1", "x"}
_FALSE = {"no", "n", "false", "0", ""}


class RegisterFileError(Exception):
    """The file cannot be read as a register spreadsheet at all (not one bad row)."""


@dataclass(frozen=True)
class RowError:
    """One problem, located as a spreadsheet user sees it: row 1 is the header row."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass(frozen=True)
class ImportedLicence:
    number: str
    valid_from: date
    valid_until: date


@dataclass(frozen=True)
class ImportedCase:
    """One case read from the file, ready to be written."""

    rows: tuple[int, ...]
    reference: str | None
    status: CaseStatus
    application: ApplicationInput
    decided_on: date | None
    grounds: tuple[dict[str, str], ...]
    licence: ImportedLicence | None


@dataclass(frozen=True)
class ImportReport:
    source: str
    cases: int
    items: int
    errors: tuple[RowError, ...]
    warnings: tuple[str, ...]
    written: bool

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ExportReport:
    path: Path
    cases: int
    rows: int


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
            f"{path.name} is in the old Excel 97-2003 format (.xls). Open it in Excel or "
            "LibreOffice and save it as .xlsx or as 'CSV UTF-8', then try again."
        )
    raise RegisterFileError(
        f"{path.name}: the register can be read from and written to .csv or .xlsx files only; "
        "give the file one of those extensions."
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
        raise RegisterFileError(f"There is no file {path}.") from None
    except OSError as exc:
        raise RegisterFileError(f"Cannot read {path}: {exc.strerror}.") from exc
    raw_rows = _read_csv(path, data) if fmt == "csv" else _read_xlsx(path, data)
    numbered = [(n, tuple(r)) for n, r in enumerate(raw_rows, start=1)]
    nonempty = [(n, r) for n, r in numbered if any(_text(v) for v in r)]
    if not nonempty:
        raise RegisterFileError(
            f"{path.name} is empty. Export a register (att-desktop export) to see the format."
        )
    header_row, header = nonempty[0]
    headers = tuple(normalise_header(_text(v)) for v in header)
    return Table(headers, tuple((n, r) for n, r in nonempty[1:] if n > header_row))


def _read_csv(path: Path, data: bytes) -> list[list[str]]:
    if data.startswith(b"PK\x03\x04"):
        raise RegisterFileError(
            f"{path.name} is an Excel workbook, not a CSV file: rename it to .xlsx."
        )
    if b"\x00" in data:
        raise RegisterFileError(
            f"{path.name} is not a CSV text file (it holds binary data). Save the spreadsheet "
            "as .xlsx or as 'CSV UTF-8 (comma delimited)'."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RegisterFileError(
            f"{path.name} is not UTF-8 text (first bad byte on line {line}). In Excel use "
            "Save As > 'CSV UTF-8 (comma delimited)', or save it as .xlsx."
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise RegisterFileError(f"{path.name} is not a well-formed CSV file: {exc}.") from exc


def _read_xlsx(path: Path, data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        raise RegisterFileError(
            f"{path.name} is not an Excel workbook (.xlsx), or it is damaged. Open it in a "
            "spreadsheet program and save it again as .xlsx or as 'CSV UTF-8'."
        ) from None
    try:
        if not workbook.worksheets:
            raise RegisterFileError(f"{path.name} has no worksheet.")
        names = workbook.sheetnames
        sheet_name = "Register" if "Register" in names else names[0]
        rows = [list(row) for row in workbook[sheet_name].iter_rows(values_only=True)]
    finally:
        workbook.close()
    _refuse_unusable_formulas(path, data, sheet_name, rows)
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
        f"{path.name}: the formula in cell(s) {named} has no usable result (it was never "
        "calculated, or it gives an error), so its value cannot be imported. Open the file in "
        "Excel or LibreOffice, correct or recalculate those cells and save it again, or "
        "replace the formulas by their values."
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


def _text(value: Any) -> str:
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


class _CellError(ValueError):
    pass


def _enum_value(enum: type[_E], text: str, what: str, aliases: dict[str, _E] | None = None) -> _E:
    key = re.sub(r"[^0-9a-z]+", "_", text.casefold()).strip("_")
    if aliases and key in aliases:
        return aliases[key]
    for member in enum:
        if member.value == key:
            return member
    allowed = ", ".join(m.value for m in enum)
    raise _CellError(f"'{text}' is not a {what}; use one of: {allowed}")


_TRANSFER_ALIASES = {"trans_shipment": TransferType.TRANSSHIPMENT, "broker": TransferType.BROKERING}
_STATUS_ALIASES = {
    "authorized": CaseStatus.AUTHORISED,
    "approved": CaseStatus.AUTHORISED,
    "granted": CaseStatus.AUTHORISED,
    "refused": CaseStatus.DENIED,
    "rejected": CaseStatus.DENIED,
    "pending": CaseStatus.SUBMITTED,
    "received": CaseStatus.SUBMITTED,
    "in_assessment": CaseStatus.UNDER_ASSESSMENT,
    "committee": CaseStatus.IN_COMMITTEE,
}
_REASON_ALIASES = {
    "parts": NotReportableReason.PARTS_COMPONENTS,
    "parts_and_components": NotReportableReason.PARTS_COMPONENTS,
    "components": NotReportableReason.PARTS_COMPONENTS,
    "ammo": NotReportableReason.AMMUNITION,
    "munitions": NotReportableReason.AMMUNITION,
    "ammunition_munitions": NotReportableReason.AMMUNITION,
    "dual_use_item": NotReportableReason.DUAL_USE,
    "national_control_list_only": NotReportableReason.NATIONAL,
}


def _country(text: str) -> str:
    if not text:
        return ""
    country = find_country(text)
    if country is None:
        raise _CellError(
            f"'{text}' is not a country; give its ISO code (DE or DEU) or its English name"
        )
    return country.code


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _CellError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
        ) from None


def _decimal(value: Any, what: str) -> Decimal | None:
    if isinstance(value, bool):
        raise _CellError(f"'{_text(value)}' is not a {what}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = _text(value)
    if not text:
        return None
    try:
        return parse_decimal(text, what=what)
    except ValueError as exc:
        raise _CellError(str(exc)) from None


def _bool(text: str) -> bool:
    key = text.casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise _CellError(f"'{text}' is not yes or no")


def parse_parties(text: str, role: PartyRole) -> list[PartyInput]:
    """'Name (DE); Other Ltd (France, government)' -> parties; see the format document."""
    parties: list[PartyInput] = []
    for chunk in _PARTY_SEPARATORS.split(text):
        entry = chunk.strip()
        if not entry:
            continue
        match = _PARTY_CELL.match(entry)
        if match is None or not match["name"].strip():
            raise _CellError(
                f"'{entry}': write each party as 'Name (country)' or 'Name (country, type)', "
                "separated by ';'"
            )
        inner = match["inner"].strip()
        party_type = PartyType.COMMERCIAL
        country_text = inner
        if "," in inner:
            head, _, tail = inner.rpartition(",")
            if tail.strip().casefold() in {t.value for t in PartyType}:
                party_type = PartyType(tail.strip().casefold())
                country_text = head.strip()
        parties.append(PartyInput(role, party_type, match["name"].strip(), _country(country_text)))
    return parties


def format_parties(parties: Iterable[tuple[str, str, PartyType]]) -> str:
    return "; ".join(f"{name} ({code}, {ptype.value})" for name, code, ptype in parties)


def parse_countries(text: str) -> list[str]:
    codes: list[str] = []
    for chunk in _PARTY_SEPARATORS.split(text):
        piece = chunk.strip()
        if not piece:
            continue
        if find_country(piece) is None and "," in piece:
            codes += [_country(p.strip()) for p in piece.split(",") if p.strip()]
        else:
            codes.append(_country(piece))
    return codes


def parse_grounds(text: str) -> tuple[dict[str, str], ...]:
    """'Article 7(3); Article 6(1): arms embargo' -> structured grounds, as Decision keeps them."""
    grounds: list[dict[str, str]] = []
    for chunk in text.split(";"):
        piece = chunk.strip()
        if not piece:
            continue
        match = _GROUND.match(piece)
        if match is None:
            grounds.append({"criterion": piece})
            continue
        ground = {"article": match["article"], "paragraph": match["paragraph"]}
        if match["rest"]:
            ground["criterion"] = match["rest"].strip()
        grounds.append(ground)
    return tuple(grounds)


def format_grounds(grounds: Iterable[Any]) -> str:
    parts: list[str] = []
    for ground in grounds:
        if not isinstance(ground, dict):
            parts.append(str(ground))
            continue
        article, paragraph = ground.get("article"), ground.get("paragraph")
        criterion = str(ground.get("criterion") or "")
        if article and paragraph:
            parts.append(
                f"Article {article}({paragraph})" + (f": {criterion}" if criterion else "")
            )
        elif criterion:
            parts.append(criterion)
    return "; ".join(parts)


# --- parsing and checking a whole table ------------------------------------------------------


@dataclass
class _Row:
    number: int
    cells: dict[str, Any]

    def text(self, column: str) -> str:
        return _text(self.cells.get(column))

    def has_item(self) -> bool:
        return any(self.text(c) for c in ITEM_COLUMNS)


@dataclass
class _Group:
    reference: str
    rows: list[_Row]
    key: tuple[str, ...] = ()


@dataclass
class _Checker:
    """Collects errors, at most one per cell, in row order."""

    errors: list[RowError] = field(default_factory=list)
    seen: set[tuple[int | None, str | None]] = field(default_factory=set)

    def add(self, row: int | None, column: str | None, message: str) -> None:
        if (row, column) in self.seen:
            return
        self.seen.add((row, column))
        self.errors.append(RowError(row, column, message))

    def cell(self, row: int, column: str, parse: Callable[[], _T], fallback: _T) -> _T:
        try:
            return parse()
        except _CellError as exc:
            self.add(row, column, str(exc))
            return fallback


def _group_rows(rows: Sequence[_Row]) -> list[_Group]:
    """Rows of one case: same reference, or consecutive rows whose case columns agree.

    A row without a reference continues the case above it when its case columns are all
    empty or the same as that case's first row (a reference written only once).
    """
    groups: list[_Group] = []
    by_reference: dict[str, _Group] = {}
    current: _Group | None = None
    for row in rows:
        reference = row.text("reference")
        key = tuple(row.text(c) for c in CASE_COLUMNS if c != "reference")
        if reference:
            group = by_reference.get(reference.casefold())
            if group is None:
                group = _Group(reference, [], key)
                by_reference[reference.casefold()] = group
                groups.append(group)
            group.rows.append(row)
            current = group
        elif current is not None and (not any(key) or key == current.key):
            current.rows.append(row)
        else:
            current = _Group("", [row], key)
            groups.append(current)
    return groups


def _case_values(group: _Group, check: _Checker) -> dict[str, tuple[int, Any]]:
    """Each case column's value and the row it came from; conflicting repeats are errors."""
    values: dict[str, tuple[int, Any]] = {}
    for row in group.rows:
        for column in CASE_COLUMNS:
            text = row.text(column)
            if not text:
                continue
            if column not in values:
                values[column] = (row.number, row.cells.get(column))
            elif _text(values[column][1]) != text and column != "reference":
                first_row, first = values[column]
                check.add(
                    row.number,
                    column,
                    f"'{text}' differs from row {first_row} ('{_text(first)}') for the same case; "
                    "give case columns the same value on every row of a case, or leave them empty",
                )
    return values


def _build_case(
    group: _Group, check: _Checker, today: date, categories: dict[str, str]
) -> ImportedCase | None:
    values = _case_values(group, check)
    first = group.rows[0].number

    def cell(column: str) -> tuple[int, Any]:
        return values.get(column, (first, None))

    def text(column: str) -> str:
        return _text(cell(column)[1])

    def parsed(column: str, parse: Callable[[Any], _T], fallback: _T) -> _T:
        row, raw = cell(column)
        return check.cell(row, column, lambda: parse(raw), fallback)

    def required(column: str, message: str) -> bool:
        if text(column):
            return True
        check.add(cell(column)[0], column, message)
        return False

    transfer_type = TransferType.EXPORT
    if required("transfer_type", "give the transfer type, e.g. export"):
        transfer_type = parsed(
            "transfer_type",
            lambda v: _enum_value(TransferType, _text(v), "transfer type", _TRANSFER_ALIASES),
            transfer_type,
        )
    status = CaseStatus.SUBMITTED
    if required("status", "give the case status, e.g. submitted"):
        status = parsed(
            "status",
            lambda v: _enum_value(CaseStatus, _text(v), "case status", _STATUS_ALIASES),
            status,
        )
    received_on = None
    if required("received_on", "give the date the application was received"):
        received_on = parsed("received_on", _date, None)

    # Parties, remembering where each came from so validation messages point at the cell.
    party_cells: list[tuple[str, str]] = []
    parties: list[PartyInput] = []
    if text("end_user") or text("end_user_country"):
        end_user_type = parsed(
            "end_user_type",
            lambda v: (
                _enum_value(PartyType, _text(v), "party type") if _text(v) else PartyType.GOVERNMENT
            ),
            PartyType.GOVERNMENT,
        )
        parties.append(
            PartyInput(
                PartyRole.END_USER,
                end_user_type,
                text("end_user"),
                parsed("end_user_country", lambda v: _country(_text(v)), ""),
            )
        )
        party_cells.append(("end_user", "end_user_country"))
    for column, role in PARTY_COLUMNS.items():
        where, raw = cell(column)
        none: list[PartyInput] = []
        found = check.cell(where, column, partial(parse_parties, _text(raw), role), none)
        parties += found
        party_cells += [(column, column)] * len(found)

    items: list[LineItemInput] = []
    item_rows: list[int] = []
    for row in group.rows:
        if not row.has_item():
            continue
        items.append(_build_item(row, check, categories))
        item_rows.append(row.number)

    application = ApplicationInput(
        transfer_type=transfer_type,
        applicant=OrganisationInput(
            text("applicant"), parsed("applicant_country", lambda v: _country(_text(v)), "")
        ),
        destination_code=parsed("destination", lambda v: _country(_text(v)), ""),
        received_on=received_on or today,
        parties=tuple(parties),
        items=tuple(items),
        transit_codes=tuple(parsed("transit_states", lambda v: parse_countries(_text(v)), [])),
        exporting_code=parsed("exporting_state", lambda v: _country(_text(v)), ""),
        intended_end_use=text("intended_end_use"),
        euc_number=text("euc_number"),
        euc_issuer=text("euc_issuer"),
        euc_date=parsed("euc_date", _date, None),
    )
    application = normalise_application(application)
    for error in validate_application(application, today=today):
        where, column = _locate(error.field, cell, party_cells, item_rows, first)
        check.add(where, column, error.message)

    reference = group.reference or None
    if reference is not None and len(reference) > 60:
        check.add(cell("reference")[0], "reference", "a reference may have at most 60 characters")

    decided_on = parsed("decided_on", _date, None)
    grounds = parse_grounds(text("decision_grounds"))
    decided = status in (CaseStatus.AUTHORISED, CaseStatus.DENIED)
    if decided and decided_on is None and not text("decided_on"):
        check.add(cell("decided_on")[0], "decided_on", f"give the date the case was {status.value}")
    if decided_on is not None:
        if status not in (CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.WITHDRAWN):
            check.add(
                cell("decided_on")[0],
                "decided_on",
                f"a {status.value} case has no decision date; leave it empty or fix the status",
            )
        elif decided_on > today:
            check.add(cell("decided_on")[0], "decided_on", "the decision date is in the future")
        elif received_on is not None and decided_on < received_on:
            check.add(
                cell("decided_on")[0],
                "decided_on",
                f"{decided_on} is before the date received ({received_on})",
            )
    if grounds and status is not CaseStatus.DENIED:
        check.add(
            cell("decision_grounds")[0],
            "decision_grounds",
            "only a denied case has decision grounds",
        )

    licence = None
    number = text("licence_number")
    valid_from = parsed("licence_valid_from", _date, None)
    valid_until = parsed("licence_valid_until", _date, None)
    if number:
        if status is not CaseStatus.AUTHORISED:
            check.add(
                cell("licence_number")[0],
                "licence_number",
                f"a {status.value} case has no licence; only authorised cases do",
            )
        elif valid_until is None and not text("licence_valid_until"):
            check.add(
                cell("licence_valid_until")[0],
                "licence_valid_until",
                f"give the date licence {number} expires",
            )
        elif len(number) > 60:
            check.add(cell("licence_number")[0], "licence_number", "at most 60 characters")
        else:
            start = valid_from or decided_on
            if start is not None and valid_until is not None:
                if valid_until < start:
                    check.add(
                        cell("licence_valid_until")[0],
                        "licence_valid_until",
                        f"{valid_until} is before the licence's start ({start})",
                    )
                licence = ImportedLicence(number, start, valid_until)
    elif text("licence_valid_from") or text("licence_valid_until"):
        check.add(
            cell("licence_number")[0],
            "licence_number",
            "licence dates are given but the licence number is missing",
        )

    return ImportedCase(
        rows=tuple(r.number for r in group.rows),
        reference=reference,
        status=status,
        application=application,
        decided_on=decided_on,
        grounds=grounds,
        licence=licence,
    )


def _build_item(row: _Row, check: _Checker, categories: dict[str, str]) -> LineItemInput:
    def parsed(column: str, parse: Callable[[Any], _T], fallback: _T) -> _T:
        raw = row.cells.get(column)
        return check.cell(row.number, column, lambda: parse(raw), fallback)

    def amount(column: str, allow_zero: bool) -> Decimal | None:
        def parse(raw: Any) -> Decimal | None:
            value = _decimal(raw, column)
            if value is not None:
                problem = decimal_problem(value, allow_zero=allow_zero)
                if problem:
                    raise _CellError(f"'{_text(raw)}' {problem}")
            return value

        return parsed(column, parse, None)

    def category(raw: Any) -> str | None:
        text = _text(raw)
        if not text:
            return None
        code = categories.get(text.casefold())
        if code is None:
            raise _CellError(
                f"'{text}' is not an ATT category; use a code such as I, IV.a or VIII.SA.2, or "
                "leave it empty and give the not_reportable_reason"
            )
        return code

    def reason(raw: Any) -> NotReportableReason | None:
        text = _text(raw)
        if not text:
            return None
        return _enum_value(NotReportableReason, text, "not-reportable reason", _REASON_ALIASES)

    quantity = amount("quantity", allow_zero=False)
    if quantity is None and not row.text("quantity"):
        check.add(row.number, "quantity", "give the quantity")
    return LineItemInput(
        description=row.text("description"),
        quantity=quantity if quantity is not None else Decimal(1),
        att_category=parsed("att_category", category, None),
        not_reportable_reason=parsed("not_reportable_reason", reason, None),
        model=row.text("model"),
        control_rating=row.text("control_rating").upper(),
        unit=row.text("unit") or "pcs",
        value=amount("value", allow_zero=True),
        currency=row.text("currency").upper(),
        origin_code=parsed("origin", lambda v: _country(_text(v)), ""),
        withheld=parsed("withheld", lambda v: _bool(_text(v)), False),
        withheld_reason=row.text("withheld_reason"),
        report_comment=row.text("report_comment"),
    )


_APPLICATION_FIELDS = {
    "applicant.name": "applicant",
    "applicant.country_code": "applicant_country",
    "destination_code": "destination",
    "exporting_code": "exporting_state",
    "received_on": "received_on",
    "euc_date": "euc_date",
    "parties": "end_user",
}
_ITEM_FIELDS = {"origin_code": "origin"}
_PATH = re.compile(r"^(?P<list>\w+)\[(?P<index>\d+)\](?:\.(?P<attr>\w+))?$")


def _locate(
    path: str,
    cell: Callable[[str], tuple[int, Any]],
    party_cells: Sequence[tuple[str, str]],
    item_rows: Sequence[int],
    first: int,
) -> tuple[int, str]:
    """Turn a validation field path (``items[2].quantity``) into a row and a column."""
    if path in _APPLICATION_FIELDS:
        column = _APPLICATION_FIELDS[path]
        return cell(column)[0], column
    if path == "items":
        return first, "description"
    match = _PATH.match(path)
    if match is not None:
        index, attr = int(match["index"]), match["attr"] or ""
        if match["list"] == "items" and index < len(item_rows):
            return item_rows[index], _ITEM_FIELDS.get(attr, attr)
        if match["list"] == "parties" and index < len(party_cells):
            name_column, country_column = party_cells[index]
            column = country_column if attr == "country_code" else name_column
            return cell(column)[0], column
        if match["list"] == "transit_codes":
            return cell("transit_states")[0], "transit_states"
    return first, path


@dataclass(frozen=True)
class ParsedRegister:
    cases: tuple[ImportedCase, ...]
    errors: tuple[RowError, ...]
    warnings: tuple[str, ...]


def parse_register(table: Table, *, today: date | None = None) -> ParsedRegister:
    """Check every row of a table and build the cases; nothing touches the database."""
    today = today or date.today()
    check = _Checker()
    warnings: list[str] = []
    seen: dict[str, int] = {}
    for index, name in enumerate(table.headers):
        if not name:
            continue
        if name in seen:
            check.add(
                1, name, f"the column appears twice (columns {seen[name] + 1} and {index + 1})"
            )
        seen[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        check.add(
            1,
            None,
            f"the header row lacks the column(s) {', '.join(missing)}. The first row must name "
            "the columns; see docs/register-spreadsheet-format.md or export a register to see them",
        )
    unknown = [h for h in table.headers if h and h not in COLUMN_NAMES]
    if unknown:
        warnings.append(f"Ignored unknown column(s): {', '.join(unknown)}.")
    if check.errors:
        return ParsedRegister((), tuple(check.errors), tuple(warnings))

    rows = [
        _Row(number, {name: values[i] for name, i in seen.items() if i < len(values)})
        for number, values in table.rows
    ]
    rows = [r for r in rows if any(r.text(c) for c in COLUMN_NAMES)]
    if not rows:
        check.add(None, None, "the file has a header row but no data rows")
        return ParsedRegister((), tuple(check.errors), tuple(warnings))

    categories = {c.code.casefold(): c.code for c in load_categories().selectable()}
    cases = [_build_case(g, check, today, categories) for g in _group_rows(rows)]
    built = [c for c in cases if c is not None]

    licence_rows: dict[str, int] = {}
    for case in built:
        if case.licence is None:
            continue
        key = case.licence.number.casefold()
        if key in licence_rows:
            check.add(
                case.rows[0],
                "licence_number",
                f"licence {case.licence.number} is also given to the case on row "
                f"{licence_rows[key]}",
            )
        licence_rows.setdefault(key, case.rows[0])
    errors = sorted(
        check.errors,
        key=lambda e: (
            e.row or 0,
            COLUMN_NAMES.index(e.column) if e.column in COLUMN_NAMES else 99,
        ),
    )
    return ParsedRegister(tuple(built), tuple(errors), tuple(warnings))


# --- into the database ---------------------------------------------------------------------


def _existing(session: Session, cases: Sequence[ImportedCase]) -> list[RowError]:
    errors: list[RowError] = []
    references = [c.reference for c in cases if c.reference]
    if references:
        taken = set(
            session.scalars(
                select(Application.reference).where(Application.reference.in_(references))
            )
        )
        for case in cases:
            if case.reference in taken:
                errors.append(
                    RowError(
                        case.rows[0],
                        "reference",
                        f"{case.reference} is already in the register; remove these rows, or "
                        "leave the reference empty to register them as a new case",
                    )
                )
    numbers = [c.licence.number for c in cases if c.licence is not None]
    if numbers:
        taken = set(session.scalars(select(Licence.number).where(Licence.number.in_(numbers))))
        for case in cases:
            if case.licence is not None and case.licence.number in taken:
                errors.append(
                    RowError(
                        case.rows[0],
                        "licence_number",
                        f"licence {case.licence.number} is already in the register",
                    )
                )
    return errors


def _rows_label(rows: Sequence[int]) -> str:
    return f"row {rows[0]}" if len(rows) == 1 else f"rows {rows[0]}-{rows[-1]}"


def _write_case(
    session: Session, case: ImportedCase, source: str, actor: Actor, today: date
) -> None:
    app = insert_application(
        session,
        case.application,
        actor=actor,
        status=case.status,
        reference=case.reference,
        action="imported",
        summary=f"Imported from {source}, {_rows_label(case.rows)}",
    )
    if case.status is not CaseStatus.DRAFT:
        app.submitted_on = case.application.received_on
    if case.decided_on is None:
        return
    app.decided_on = case.decided_on
    if case.status is CaseStatus.WITHDRAWN:
        return
    outcome = (
        DecisionOutcome.AUTHORISE if case.status is CaseStatus.AUTHORISED else DecisionOutcome.DENY
    )
    decision = Decision(
        application_id=app.id,
        outcome=outcome,
        decided_on=case.decided_on,
        decided_by_id=actor.user_id,
        grounds=list(case.grounds),
        rationale=f"Recorded from the register spreadsheet {source}.",
    )
    session.add(decision)
    session.flush()
    record_event(
        session,
        actor,
        entity="decision",
        entity_id=decision.id,
        application_id=app.id,
        action="decision_imported",
        summary=f"{outcome.value.capitalize()} on {case.decided_on} (imported)",
        after={"outcome": outcome, "decided_on": case.decided_on, "grounds": list(case.grounds)},
    )
    if case.licence is None:
        return
    licence = Licence(
        application_id=app.id,
        decision_id=decision.id,
        number=case.licence.number,
        issued_on=case.decided_on,
        valid_from=case.licence.valid_from,
        valid_until=case.licence.valid_until,
        status=LicenceStatus.VALID if case.licence.valid_until >= today else LicenceStatus.EXPIRED,
    )
    session.add(licence)
    session.flush()
    for item in app.items:
        session.add(
            LicenceLine(
                licence_id=licence.id,
                line_item_id=item.id,
                quantity=item.quantity,
                value=item.value,
                currency=item.currency,
            )
        )
    session.flush()
    record_event(
        session,
        actor,
        entity="licence",
        entity_id=licence.id,
        application_id=app.id,
        action="licence_imported",
        summary=f"Licence {licence.number} valid {licence.valid_from} to {licence.valid_until}",
        after={
            "number": licence.number,
            "valid_from": licence.valid_from,
            "valid_until": licence.valid_until,
        },
    )


def import_register(
    db: Database | None,
    path: Path,
    *,
    dry_run: bool = False,
    actor: Actor = LOCAL_OFFICER,
    today: date | None = None,
) -> ImportReport:
    """Check a whole file, then write all of it in one transaction, or nothing.

    ``db`` None checks the file against an empty register (a dry run before ``init``).
    Raises RegisterFileError if the file cannot be read as a spreadsheet at all.
    """
    today = today or date.today()
    parsed = parse_register(read_table(path), today=today)
    items = sum(len(c.application.items) for c in parsed.cases)

    def report(errors: Sequence[RowError], written: bool) -> ImportReport:
        return ImportReport(
            path.name, len(parsed.cases), items, tuple(errors), parsed.warnings, written
        )

    if parsed.errors:
        return report(parsed.errors, False)
    if db is None:
        if not dry_run:
            raise ValueError("importing needs a database")
        return report((), False)
    with db.session() as session:
        errors = _existing(session, parsed.cases)
        if errors or dry_run:
            session.rollback()
            return report(errors, False)
        authorize(session, actor, Permission.IMPORT_RECORDS)
        for case in parsed.cases:
            _write_case(session, case, path.name, actor, today)
    logging.getLogger(__name__).info(
        "Imported %d cases (%d items) from %s", len(parsed.cases), items, path
    )
    return report((), True)


# --- out of the database -------------------------------------------------------------------


def _plain_decimal(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()


def register_rows(session: Session, *, year: int | None = None) -> Iterator[dict[str, Any]]:
    """The register as typed rows (dates, Decimals), oldest case first, one per line item."""
    query = (
        select(Application)
        .options(
            selectinload(Application.applicant),
            selectinload(Application.parties),
            selectinload(Application.items),
            selectinload(Application.transit_states),
        )
        .order_by(Application.received_on, Application.id)
    )
    decision_query = select(Decision).order_by(Decision.id)
    licence_query = select(Licence).order_by(Licence.id)
    if year is not None:
        query = query.where(Application.year == year)
        in_year = select(Application.id).where(Application.year == year)
        decision_query = decision_query.where(Decision.application_id.in_(in_year))
        licence_query = licence_query.where(Licence.application_id.in_(in_year))
    # The latest decision and licence of each case (later ids overwrite earlier ones).
    decisions = {d.application_id: d for d in session.scalars(decision_query)}
    licences = {lic.application_id: lic for lic in session.scalars(licence_query)}
    for app in session.scalars(query):
        yield from _case_rows(app, decisions.get(app.id), licences.get(app.id))


def _case_rows(
    app: Application, decision: Decision | None, licence: Licence | None
) -> Iterator[dict[str, Any]]:
    parties = [p for p in app.parties if not p.superseded]
    end_users = [p for p in parties if p.role is PartyRole.END_USER]
    main = end_users[0] if end_users else None

    def others(role: PartyRole, skip_first: bool = False) -> str:
        found = [p for p in parties if p.role is role]
        if skip_first:
            found = found[1:]
        return format_parties((p.name, p.country_code, p.party_type) for p in found)

    case: dict[str, Any] = {
        "reference": app.reference,
        "transfer_type": app.transfer_type.value,
        "status": app.status.value,
        "received_on": app.received_on,
        "applicant": app.applicant.name,
        "applicant_country": app.applicant.country_code,
        "destination": app.destination_code,
        "exporting_state": app.exporting_code,
        "end_user": main.name if main else "",
        "end_user_type": main.party_type.value if main else "",
        "end_user_country": main.country_code if main else "",
        "other_end_users": others(PartyRole.END_USER, skip_first=True),
        "consignees": others(PartyRole.CONSIGNEE),
        "intermediate_consignees": others(PartyRole.INTERMEDIATE_CONSIGNEE),
        "brokers": others(PartyRole.BROKER),
        "transit_states": "; ".join(t.country_code for t in app.transit_states if not t.superseded),
        "intended_end_use": app.intended_end_use,
        "euc_number": app.euc_number,
        "euc_issuer": app.euc_issuer,
        "euc_date": app.euc_date,
        "decided_on": app.decided_on,
        "decision_grounds": format_grounds(decision.grounds)
        if decision is not None and decision.outcome is DecisionOutcome.DENY
        else "",
        "licence_number": licence.number if licence else "",
        "licence_valid_from": licence.valid_from if licence else None,
        "licence_valid_until": licence.valid_until if licence else None,
    }
    items = [i for i in app.items if not i.superseded]
    if not items:
        yield {**case}
        return
    for item in items:
        yield {
            **case,
            "line_no": item.line_no,
            "description": item.description,
            "model": item.model,
            "control_rating": item.control_rating,
            "att_category": item.att_category or "",
            "not_reportable_reason": item.not_reportable_reason.value
            if item.not_reportable_reason
            else "",
            "quantity": _plain_decimal(item.quantity),
            "unit": item.unit,
            "value": _plain_decimal(item.value),
            "currency": item.currency,
            "origin": item.origin_code,
            "withheld": "yes" if item.withheld else "no",
            "withheld_reason": item.withheld_reason,
            "report_comment": item.report_comment,
        }


def _csv_cell(value: Any) -> str:
    text = _text(value) if not isinstance(value, str) else value
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _write_csv(handle: TextIO, rows: Iterable[dict[str, Any]]) -> int:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMN_NAMES)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in COLUMN_NAMES])
        count += 1
    return count


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Excel keeps 15 significant digits: larger exact amounts stay text, not rounded.
        as_float = float(value)
        return as_float if Decimal(repr(as_float)) == value else format(value, "f")
    return value


def _write_xlsx(target: Path, rows: Iterable[dict[str, Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Register"
    sheet.append(list(COLUMN_NAMES))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    count = 0
    for row in rows:
        count += 1
        sheet.append([_xlsx_value(row.get(c)) for c in COLUMN_NAMES])
        for cell in sheet[count + 1]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula stays text
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(
            column.width, len(column.name) + 2
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    workbook.save(target)
    return count


def export_register(db: Database, path: Path, *, year: int | None = None) -> ExportReport:
    """Write the register (or one year of it, by year received) to a .csv or .xlsx file.

    The file is written beside the target and then renamed, so a failure never leaves a
    half-written spreadsheet behind.
    """
    fmt = file_format(path)
    path = path.expanduser()
    if not path.parent.is_dir():
        raise RegisterFileError(f"The folder {path.parent} does not exist.")
    handle, temp_name = tempfile.mkstemp(prefix=".att-export-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        with db.session() as session:
            rows = list(register_rows(session, year=year))
        cases = len({r["reference"] for r in rows})
        if fmt == "csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as out:
                count = _write_csv(out, rows)
        else:
            count = _write_xlsx(temp, rows)
        temp.replace(path)
    except PermissionError as exc:
        raise RegisterFileError(
            f"Cannot write {path}: {exc.strerror}. If it is open in a spreadsheet program, "
            "close it and try again."
        ) from exc
    except OSError as exc:
        raise RegisterFileError(f"Cannot write {path}: {exc.strerror}.") from exc
    finally:
        temp.unlink(missing_ok=True)
    logging.getLogger(__name__).info("Exported %d cases (%d rows) to %s", cases, count, path)
    return ExportReport(path, cases, count)
