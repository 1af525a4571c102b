"""The register as a spreadsheet (CSV or XLSX): its columns, and rows to cases and back.

One row per line item, with the case's columns repeated, so an authority can move its existing
spreadsheets in and take the register out to any tool. The format is documented for users in
``docs/register-spreadsheet-format.md``; keep the two in step. Nothing here touches the
database: the import and export use cases are ``att_desktop.services.register_files``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, Literal, TextIO, TypeVar

from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
    normalise_application,
)
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import find_country
from att_desktop.domain.enums import (
    CaseStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.domain.parties import GOVERNMENT_TYPES
from att_desktop.domain.validation import decimal_phrase, validate_application
from att_desktop.formats.table_files import (
    CellError,
    RowError,
    Table,
    bool_cell,
    cell_text,
    country_cell,
    csv_cell,
    date_cell,
    decimal_cell,
    enum_cell,
    keep_formulas_as_text,
    xlsx_value,
)
from att_desktop.i18n import Message, msg

Level = Literal["case", "item", "outcome"]


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
    Column("decided_by", "outcome", width=20),
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

#: Leading characters that make Excel treat a CSV cell as a formula (CSV injection).
_PARTY_SEPARATORS = re.compile(r"[;\n]")
_PARTY_CELL = re.compile(r"^(?P<name>.*)\((?P<inner>[^()]*)\)\s*$", re.DOTALL)
#: A cited ground as ``format_grounds`` writes it (``Article 7(3) [b_ii]``) or as people type
#: it (``Art. 6(1): embargo``, ``7(4)``); without a paragraph the word "Article" is needed.
_GROUND = re.compile(
    r"^(?:(?P<word>art(?:icle)?\.?)\s*)?(?P<article>\d+)\s*(?:\((?P<paragraph>\d+)\))?\s*"
    r"(?:[:–-]\s*(?P<rest>.*)|\[(?P<bracketed>[^\]]*)\])?$",
    re.IGNORECASE,
)


_T = TypeVar("_T")


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
    grounds: tuple[Ground, ...]
    licence: ImportedLicence | None
    #: Who decided, as the file names them ("" when it does not): the import resolves it.
    decided_by: str = ""

    @property
    def decided(self) -> bool:
        """A historical decision: importing it needs the records-migration right."""
        return self.status in (CaseStatus.AUTHORISED, CaseStatus.DENIED)


# --- file level -----------------------------------------------------------------------------


#: What Excel shows in a cell whose formula failed.
#: A formula element in a worksheet's XML, with or without a namespace prefix.


# --- cells ----------------------------------------------------------------------------------


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


#: Other words for the party types, so a register written by hand or elsewhere reads.
PARTY_TYPE_ALIASES = {
    "national_government": PartyType.GOVERNMENT,
    "federal_government": PartyType.GOVERNMENT,
    "central_government": PartyType.GOVERNMENT,
    "regional": PartyType.REGIONAL_GOVERNMENT,
    "sub_national_government": PartyType.REGIONAL_GOVERNMENT,
    "subnational_government": PartyType.REGIONAL_GOVERNMENT,
    "federal_member_state": PartyType.REGIONAL_GOVERNMENT,
    "armed_group": PartyType.NON_STATE_ARMED_GROUP,
    "non_state_actor": PartyType.NON_STATE_ARMED_GROUP,
    "nsag": PartyType.NON_STATE_ARMED_GROUP,
    "militia": PartyType.NON_STATE_ARMED_GROUP,
    "company": PartyType.COMMERCIAL,
    "person": PartyType.INDIVIDUAL,
}
_ACTS_FOR = re.compile(r"^for\s+(?P<name>\S.*)$", re.IGNORECASE | re.DOTALL)


def party_type_cell(text: str) -> PartyType:
    """A party type by its value or one of ``PARTY_TYPE_ALIASES``; anything else is refused."""
    return enum_cell(PartyType, text, "party type", PARTY_TYPE_ALIASES)


def _party_type_word(text: str) -> PartyType | None:
    try:
        return party_type_cell(text)
    except CellError:
        return None


def parse_party_entries(text: str, role: PartyRole) -> list[tuple[PartyInput, str]]:
    """'Name (DE); Trading Co (IQ, commercial, for Ministry of Defence)' -> (party, the name
    of the government it acts for or ''); see the format document."""
    parties: list[tuple[PartyInput, str]] = []
    for chunk in _PARTY_SEPARATORS.split(text):
        entry = chunk.strip()
        if not entry:
            continue
        match = _PARTY_CELL.match(entry)
        if match is None or not match["name"].strip():
            raise CellError(
                msg(
                    "'{entry}': write each party as 'Name (country)' or 'Name (country, type)', "
                    "separated by ';'",
                    context="register file problem",
                    entry=entry,
                )
            )
        country_text = match["inner"].strip()
        acts_for = ""
        head, _, tail = country_text.rpartition(",")
        if head and (found := _ACTS_FOR.match(tail.strip())):
            acts_for, country_text = " ".join(found["name"].split()), head.strip()
        party_type = PartyType.COMMERCIAL
        head, _, tail = country_text.rpartition(",")
        if head and (kind := _party_type_word(tail.strip())) is not None:
            party_type, country_text = kind, head.strip()
        party = PartyInput(role, party_type, match["name"].strip(), country_cell(country_text))
        parties.append((party, acts_for))
    return parties


def parse_parties(text: str, role: PartyRole) -> list[PartyInput]:
    """'Name (DE); Other Ltd (France, government)' -> parties; see the format document."""
    return [party for party, _ in parse_party_entries(text, role)]


def format_parties(parties: Iterable[tuple[str, str, PartyType, str]]) -> str:
    """(name, country, type, name of the government it acts for or '') -> a party list."""
    return "; ".join(
        f"{name} ({code}, {ptype.value}{f', for {acts_for}' if acts_for else ''})"
        for name, code, ptype, acts_for in parties
    )


def parse_countries(text: str) -> list[str]:
    codes: list[str] = []
    for chunk in _PARTY_SEPARATORS.split(text):
        piece = chunk.strip()
        if not piece:
            continue
        if find_country(piece) is None and "," in piece:
            codes += [country_cell(p.strip()) for p in piece.split(",") if p.strip()]
        else:
            codes.append(country_cell(piece))
    return codes


def parse_grounds(text: str) -> tuple[Ground, ...]:
    """'Article 7(3); Article 6(1): arms embargo' -> structured grounds, as Decision keeps them;
    a piece that cites no article is kept as its words (the ground's criterion)."""
    grounds: list[Ground] = []
    for chunk in text.split(";"):
        piece = chunk.strip()
        if not piece:
            continue
        match = _GROUND.match(piece)
        if match is None or (match["paragraph"] is None and match["word"] is None):
            grounds.append(Ground(None, None, piece, ""))
            continue
        criterion = (match["rest"] or match["bracketed"] or "").strip() or None
        paragraph = int(match["paragraph"]) if match["paragraph"] else None
        grounds.append(Ground(int(match["article"]), paragraph, criterion, ""))
    return tuple(grounds)


def format_grounds(grounds: Iterable[Ground]) -> str:
    """The cell ``parse_grounds`` reads back: each ground's citation."""
    return "; ".join(g.citation() for g in grounds)


# --- parsing and checking a whole table ------------------------------------------------------


@dataclass
class _Row:
    number: int
    cells: dict[str, Any]

    def text(self, column: str) -> str:
        return cell_text(self.cells.get(column))

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

    def add(self, row: int | None, column: str | None, message: Message | str) -> None:
        if (row, column) in self.seen:
            return
        self.seen.add((row, column))
        self.errors.append(RowError(row, column, message))

    def cell(self, row: int, column: str, parse: Callable[[], _T], fallback: _T) -> _T:
        try:
            return parse()
        except CellError as exc:
            self.add(row, column, exc.message)
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
            elif cell_text(values[column][1]) != text and column != "reference":
                first_row, first = values[column]
                check.add(
                    row.number,
                    column,
                    msg(
                        "'{text}' differs from row {first_row} ('{first}') for the same case; "
                        "give case columns the same value on every row of a case, or leave "
                        "them empty",
                        context="register file problem",
                        text=text,
                        first_row=first_row,
                        first=cell_text(first),
                    ),
                )
    return values


class _CaseCells:
    """The case columns of one group: each value with its row, parsed through the checker."""

    def __init__(self, group: _Group, check: _Checker) -> None:
        self.values = _case_values(group, check)
        self.first = group.rows[0].number
        self.check = check

    def cell(self, column: str) -> tuple[int, Any]:
        return self.values.get(column, (self.first, None))

    def text(self, column: str) -> str:
        return cell_text(self.cell(column)[1])

    def parsed(self, column: str, parse: Callable[[Any], _T], fallback: _T) -> _T:
        row, raw = self.cell(column)
        return self.check.cell(row, column, lambda: parse(raw), fallback)

    def country(self, column: str) -> str:
        return self.parsed(column, lambda v: country_cell(cell_text(v)), "")

    def required(self, column: str, message: Message | str) -> bool:
        if self.text(column):
            return True
        self.check.add(self.cell(column)[0], column, message)
        return False

    def add(self, column: str, message: Message | str) -> None:
        """An error at the cell the column's value came from."""
        self.check.add(self.cell(column)[0], column, message)


def _build_case(
    group: _Group, check: _Checker, today: date, categories: dict[str, str]
) -> ImportedCase | None:
    cells = _CaseCells(group, check)
    transfer_type, status, received_on = _case_heading(cells)
    application = _case_application(
        cells, group, today, categories, transfer_type, received_on or today
    )
    reference = group.reference or None
    if reference is not None and len(reference) > 60:
        cells.add(
            "reference",
            msg("a reference may have at most 60 characters", context="register file problem"),
        )
    decided_on = _case_decided_on(cells, status, received_on, today)
    grounds = parse_grounds(cells.text("decision_grounds"))
    if grounds and status is not CaseStatus.DENIED:
        cells.add(
            "decision_grounds",
            msg("only a denied case has decision grounds", context="register file problem"),
        )
    decided_by = cells.text("decided_by")
    if decided_by and status not in (CaseStatus.AUTHORISED, CaseStatus.DENIED):
        cells.add(
            "decided_by",
            msg(
                "a {status} case has no decider; leave it empty",
                context="register file problem",
                status=status.value,
            ),
        )
    return ImportedCase(
        rows=tuple(r.number for r in group.rows),
        reference=reference,
        status=status,
        application=application,
        decided_on=decided_on,
        grounds=grounds,
        licence=_case_licence(cells, status, decided_on),
        decided_by=decided_by,
    )


def _case_heading(cells: _CaseCells) -> tuple[TransferType, CaseStatus, date | None]:
    """The transfer type, status and date received, each required."""
    transfer_type = TransferType.EXPORT
    if cells.required(
        "transfer_type", msg("give the transfer type, e.g. export", context="register file problem")
    ):
        transfer_type = cells.parsed(
            "transfer_type",
            lambda v: enum_cell(TransferType, cell_text(v), "transfer type", _TRANSFER_ALIASES),
            transfer_type,
        )
    status = CaseStatus.SUBMITTED
    if cells.required(
        "status", msg("give the case status, e.g. submitted", context="register file problem")
    ):
        status = cells.parsed(
            "status",
            lambda v: enum_cell(CaseStatus, cell_text(v), "case status", _STATUS_ALIASES),
            status,
        )
    received_on = None
    if cells.required(
        "received_on",
        msg("give the date the application was received", context="register file problem"),
    ):
        received_on = cells.parsed("received_on", date_cell, None)
    return transfer_type, status, received_on


def _case_parties(cells: _CaseCells) -> tuple[list[PartyInput], list[tuple[str, str]]]:
    """The parties, with the cells each came from so validation messages point at them."""
    party_cells: list[tuple[str, str]] = []
    parties: list[PartyInput] = []
    if cells.text("end_user") or cells.text("end_user_country"):
        end_user_type = cells.parsed(
            "end_user_type",
            lambda v: party_type_cell(cell_text(v)) if cell_text(v) else PartyType.GOVERNMENT,
            PartyType.GOVERNMENT,
        )
        parties.append(
            PartyInput(
                PartyRole.END_USER,
                end_user_type,
                cells.text("end_user"),
                cells.country("end_user_country"),
            )
        )
        party_cells.append(("end_user", "end_user_country"))
    acting: dict[int, tuple[str, str]] = {}
    for column, role in PARTY_COLUMNS.items():
        where, raw = cells.cell(column)
        none: list[tuple[PartyInput, str]] = []
        read = partial(parse_party_entries, cell_text(raw), role)
        for party, acts_for in cells.check.cell(where, column, read, none):
            if acts_for:
                acting[len(parties)] = (acts_for, column)
            parties.append(party)
            party_cells.append((column, column))
    for index, (name, column) in acting.items():
        target = _government_named(parties, name)
        if target is None:
            cells.add(
                column,
                msg(
                    "'{name}': no national or regional government party of that name",
                    context="register file problem",
                    name=name,
                ),
            )
        else:
            parties[index] = replace(parties[index], acts_for=target)
    return parties, party_cells


def _government_named(parties: Sequence[PartyInput], name: str) -> int | None:
    """The index of the (national or regional) government party called ``name``, if any."""
    wanted = " ".join(name.split()).casefold()
    for index, party in enumerate(parties):
        named = " ".join(party.name.split()).casefold() == wanted
        if named and party.party_type in GOVERNMENT_TYPES:
            return index
    return None


def _case_application(
    cells: _CaseCells,
    group: _Group,
    today: date,
    categories: dict[str, str],
    transfer_type: TransferType,
    received_on: date,
) -> ApplicationInput:
    """The application as the services take it, validated with errors put on their cells."""
    parties, party_cells = _case_parties(cells)
    items: list[LineItemInput] = []
    item_rows: list[int] = []
    for row in group.rows:
        if not row.has_item():
            continue
        items.append(_build_item(row, cells.check, categories))
        item_rows.append(row.number)

    application = ApplicationInput(
        transfer_type=transfer_type,
        applicant=OrganisationInput(cells.text("applicant"), cells.country("applicant_country")),
        destination_code=cells.country("destination"),
        received_on=received_on,
        parties=tuple(parties),
        items=tuple(items),
        transit_codes=tuple(
            cells.parsed("transit_states", lambda v: parse_countries(cell_text(v)), [])
        ),
        exporting_code=cells.country("exporting_state"),
        intended_end_use=cells.text("intended_end_use"),
        euc_number=cells.text("euc_number"),
        euc_issuer=cells.text("euc_issuer"),
        euc_date=cells.parsed("euc_date", date_cell, None),
    )
    application = normalise_application(application)
    for error in validate_application(application, today=today):
        where, column = _locate(error.field, cells.cell, party_cells, item_rows, cells.first)
        cells.check.add(where, column, error.message)
    return application


def _case_decided_on(
    cells: _CaseCells, status: CaseStatus, received_on: date | None, today: date
) -> date | None:
    """The decision date: needed once decided, never before receipt nor in the future."""
    decided_on = cells.parsed("decided_on", date_cell, None)
    decided = status in (CaseStatus.AUTHORISED, CaseStatus.DENIED)
    if decided and decided_on is None and not cells.text("decided_on"):
        cells.add(
            "decided_on",
            msg(
                "give the date the case was {status}",
                context="register file problem",
                status=status.value,
            ),
        )
    if decided_on is not None:
        if status not in (CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.WITHDRAWN):
            cells.add(
                "decided_on",
                msg(
                    "a {status} case has no decision date; leave it empty or fix the status",
                    context="register file problem",
                    status=status.value,
                ),
            )
        elif decided_on > today:
            cells.add(
                "decided_on",
                msg("the decision date is in the future", context="register file problem"),
            )
        elif received_on is not None and decided_on < received_on:
            cells.add(
                "decided_on",
                msg(
                    "{decided_on} is before the date received ({received_on})",
                    context="register file problem",
                    decided_on=decided_on.isoformat(),
                    received_on=received_on.isoformat(),
                ),
            )
    return decided_on


def _case_licence(
    cells: _CaseCells, status: CaseStatus, decided_on: date | None
) -> ImportedLicence | None:
    """An authorised case's licence: its number and a validity that does not end early."""
    number = cells.text("licence_number")
    valid_from = cells.parsed("licence_valid_from", date_cell, None)
    valid_until = cells.parsed("licence_valid_until", date_cell, None)
    if not number:
        if cells.text("licence_valid_from") or cells.text("licence_valid_until"):
            cells.add(
                "licence_number",
                msg(
                    "licence dates are given but the licence number is missing",
                    context="register file problem",
                ),
            )
        return None
    if status is not CaseStatus.AUTHORISED:
        cells.add(
            "licence_number",
            msg(
                "a {status} case has no licence; only authorised cases do",
                context="register file problem",
                status=status.value,
            ),
        )
    elif valid_until is None and not cells.text("licence_valid_until"):
        cells.add(
            "licence_valid_until",
            msg(
                "give the date licence {number} expires",
                context="register file problem",
                number=number,
            ),
        )
    elif len(number) > 60:
        cells.add("licence_number", msg("at most 60 characters", context="register file problem"))
    else:
        start = valid_from or decided_on
        if start is not None and valid_until is not None:
            if valid_until < start:
                cells.add(
                    "licence_valid_until",
                    msg(
                        "{valid_until} is before the licence's start ({start})",
                        context="register file problem",
                        valid_until=valid_until.isoformat(),
                        start=start.isoformat(),
                    ),
                )
            return ImportedLicence(number, start, valid_until)
    return None


def _build_item(row: _Row, check: _Checker, categories: dict[str, str]) -> LineItemInput:
    def parsed(column: str, parse: Callable[[Any], _T], fallback: _T) -> _T:
        raw = row.cells.get(column)
        return check.cell(row.number, column, lambda: parse(raw), fallback)

    def amount(column: str, allow_zero: bool) -> Decimal | None:
        def parse(raw: Any) -> Decimal | None:
            value = decimal_cell(raw, column)
            if value is not None:
                problem = decimal_phrase(value, allow_zero=allow_zero)
                if problem:
                    raise CellError(
                        msg(
                            "'{text}' {problem}",
                            context="spreadsheet cell (value: problem)",
                            text=cell_text(raw),
                            problem=problem,
                        )
                    )
            return value

        return parsed(column, parse, None)

    def category(raw: Any) -> str | None:
        text = cell_text(raw)
        if not text:
            return None
        code = categories.get(text.casefold())
        if code is None:
            raise CellError(
                msg(
                    "'{text}' is not an ATT category; use a code such as I, IV.a or VIII.SA.2, "
                    "or leave it empty and give the not_reportable_reason",
                    context="register file problem",
                    text=text,
                )
            )
        return code

    def reason(raw: Any) -> NotReportableReason | None:
        text = cell_text(raw)
        if not text:
            return None
        return enum_cell(NotReportableReason, text, "not-reportable reason", _REASON_ALIASES)

    quantity = amount("quantity", allow_zero=False)
    if quantity is None and not row.text("quantity"):
        check.add(row.number, "quantity", msg("give the quantity", context="register file problem"))
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
        origin_code=parsed("origin", lambda v: country_cell(cell_text(v)), ""),
        withheld=parsed("withheld", lambda v: bool_cell(cell_text(v)), False),
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
                1,
                name,
                msg(
                    "the column appears twice (columns {first} and {second})",
                    context="register file problem",
                    first=seen[name] + 1,
                    second=index + 1,
                ),
            )
        seen[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        check.add(
            1,
            None,
            msg(
                "the header row lacks the column(s) {columns}. The first row must name the "
                "columns; see docs/register-spreadsheet-format.md or export a register to see "
                "them",
                context="register file problem",
                columns=", ".join(missing),
            ),
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
        check.add(
            None,
            None,
            msg("the file has a header row but no data rows", context="register file problem"),
        )
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
                msg(
                    "licence {number} is also given to the case on row {row}",
                    context="register file problem",
                    number=case.licence.number,
                    row=licence_rows[key],
                ),
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


# --- out of the database -------------------------------------------------------------------


def write_register_csv(handle: TextIO, rows: Iterable[dict[str, Any]]) -> int:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMN_NAMES)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in COLUMN_NAMES])
        count += 1
    return count


def write_register_xlsx(target: Path, rows: Iterable[dict[str, Any]]) -> int:
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
        sheet.append([xlsx_value(row.get(c)) for c in COLUMN_NAMES])
        for cell in sheet[count + 1]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    keep_formulas_as_text(sheet)  # text that looks like a formula stays text
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(
            column.width, len(column.name) + 2
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    workbook.save(target)
    return count
