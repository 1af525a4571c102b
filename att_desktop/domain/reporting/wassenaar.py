"""The Wassenaar Arrangement's half-yearly report of arms delivered to non-participating States.

Participating States exchange, every six months (January-June, July-December), the
deliveries of conventional arms to States outside the Arrangement, by the seven categories of
the UN Register of Conventional Arms (I-VII) and, since 2003, small arms and light weapons.
Here: the actual exports (shipments) of the half year whose final importing State is not in
``resources/reference/wassenaar_participating_states.json``, one table per category with the
State, the number of items and the description.

Pure Python: the service reads the shipments (``services.reporting``'s actual records), this
sorts them into the tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from att_desktop.config import resources_dir
from att_desktop.domain.categories import CategoryCatalogue
from att_desktop.domain.countries import country_name, is_valid_country
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.domain.reporting.options import Basis
from att_desktop.domain.reporting.records import Direction, RecordLink, ReportableTransfer
from att_desktop.domain.reporting.validation import link_where
from att_desktop.i18n import msg

PARTICIPATING_FILE = "wassenaar_participating_states.json"
#: The report's categories: UN Register I-VII, then small arms and light weapons.
CATEGORIES = ("I", "II", "III", "IV", "V", "VI", "VII", "SALW")


@dataclass(frozen=True)
class ParticipatingStates:
    codes: frozenset[str]
    source: str
    as_of: str

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.upper() in self.codes


@cache
def _load(path: Path) -> ParticipatingStates:
    data = json.loads(path.read_text(encoding="utf-8"))
    codes = [str(s["code"]).upper() for s in data["states"]]
    bad = [c for c in codes if not is_valid_country(c)]
    if bad or len(set(codes)) != len(codes):
        raise ValueError(f"{path.name}: invalid or repeated ISO codes {bad}")
    return ParticipatingStates(frozenset(codes), str(data["source"]), str(data["as_of"]))


def load_participating_states(resources: Path | None = None) -> ParticipatingStates:
    base = resources if resources is not None else resources_dir()
    return _load((base / "reference" / PARTICIPATING_FILE).resolve())


def half_year(year: int, half: int) -> tuple[date, date]:
    """The six-month reporting period: half 1 = January-June, half 2 = July-December."""
    if half == 1:
        return date(year, 1, 1), date(year, 6, 30)
    if half == 2:
        return date(year, 7, 1), date(year, 12, 31)
    raise ValueError(f"half must be 1 or 2, not {half}")


def wa_category(code: str, catalogue: CategoryCatalogue) -> str:
    """The report's category of an ATT category code: its Roman numeral, VIII as SALW."""
    top = catalogue.top_level(code)
    return "SALW" if top == "VIII" else top


@dataclass(frozen=True)
class WassenaarRow:
    category: str
    state: str
    number_of_items: Decimal
    descriptions: tuple[str, ...]
    #: The ATT (sub-)categories of the lines, e.g. "VIII.SA.4", for the reader's detail.
    att_categories: tuple[str, ...] = ()
    links: tuple[RecordLink, ...] = ()


@dataclass(frozen=True)
class WassenaarReport:
    year: int
    half: int
    start: date
    end: date
    reporting_state: str
    #: Every category, in ``CATEGORIES`` order; an empty tuple is "nil" for that category.
    tables: Mapping[str, tuple[WassenaarRow, ...]]
    findings: tuple[Finding, ...]
    participating_source: str
    participating_as_of: str
    #: Shipment lines to participating States in the period (not reported, counted).
    to_participants: int = 0
    withheld_lines: int = 0
    generated_on: date = field(default_factory=date.today)
    record_anchor: str = ""

    @property
    def nil(self) -> bool:
        """Nothing to report for the period: the whole report is a nil report."""
        return not any(self.tables.values())

    def total(self, category: str) -> Decimal:
        return sum((r.number_of_items for r in self.tables.get(category, ())), Decimal(0))

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)


def _finding(record: ReportableTransfer) -> Finding | None:
    """The reason a delivery cannot be placed in the report, or None."""
    if not record.counterpart or not is_valid_country(record.counterpart):
        return Finding(
            Severity.ERROR,
            "destination_missing",
            msg(
                "The final importing State is not recorded; the delivery cannot be reported.",
                context="report finding",
            ),
            record.link,
            where=link_where(record.link, record.on),
        )
    if record.category is None and record.not_reportable_reason is None:
        return Finding(
            Severity.ERROR,
            "category_missing",
            msg("The line has no ATT category and no reason why not.", context="report finding"),
            record.link,
            where=link_where(record.link, record.on),
        )
    return None


def build_wassenaar(
    records: Sequence[ReportableTransfer],
    year: int,
    half: int,
    *,
    states: ParticipatingStates,
    catalogue: CategoryCatalogue,
    reporting_state: str = "",
    today: date | None = None,
) -> WassenaarReport:
    """The half year's tables from actual export records (other records are ignored)."""
    start, end = half_year(year, half)
    groups: dict[tuple[str, str], list[ReportableTransfer]] = {}
    findings: list[Finding] = []
    to_participants = withheld = 0
    for record in records:
        if record.direction is not Direction.EXPORT or record.basis is not Basis.ACTUAL:
            continue
        if not start <= record.on <= end:
            continue
        problem = _finding(record)
        if problem is not None:
            findings.append(problem)
            continue
        if record.category is None:
            continue  # ammunition, parts, dual-use: outside the report's categories
        if record.counterpart.upper() in states:
            to_participants += 1
            continue
        if record.withheld:
            withheld += 1
            continue
        key = (wa_category(record.category, catalogue), record.counterpart.upper())
        groups.setdefault(key, []).append(record)
    tables: dict[str, list[WassenaarRow]] = {c: [] for c in CATEGORIES}
    for (category, state), lines in sorted(
        groups.items(), key=lambda kv: (country_name(kv[0][1]), kv[0][1])
    ):
        tables[category].append(
            WassenaarRow(
                category=category,
                state=state,
                number_of_items=sum((r.quantity for r in lines), Decimal(0)),
                descriptions=tuple(dict.fromkeys(r.description for r in lines if r.description)),
                att_categories=tuple(
                    sorted({r.category for r in lines if r.category}, key=_category_key(catalogue))
                ),
                links=tuple(r.link for r in lines),
            )
        )
    return WassenaarReport(
        year=year,
        half=half,
        start=start,
        end=end,
        reporting_state=reporting_state.upper(),
        tables={c: tuple(rows) for c, rows in tables.items()},
        findings=tuple(findings),
        participating_source=states.source,
        participating_as_of=states.as_of,
        to_participants=to_participants,
        withheld_lines=withheld,
        generated_on=today or date.today(),
    )


def _category_key(catalogue: CategoryCatalogue) -> Callable[[str], int]:
    def key(code: str) -> int:
        return catalogue.get(code).order

    return key
