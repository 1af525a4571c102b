"""The ATT annual report (Art. 13(3)): records in, the template's tables out.

Pure Python (no Qt, no SQLAlchemy): the service extracts plain records in one short session
and hands them here, so every total can be tested without a database.
"""

from att_desktop.domain.reporting.aggregate import build_report
from att_desktop.domain.reporting.model import (
    Annexes,
    AnnualReport,
    Finding,
    ReportRow,
    ReportTable,
    Severity,
    TitlePage,
)
from att_desktop.domain.reporting.options import (
    Basis,
    ContactPoint,
    Measure,
    NationalDefinition,
    ReportOptions,
)
from att_desktop.domain.reporting.records import (
    Direction,
    LicenceUsage,
    RecordLink,
    ReportableTransfer,
)

__all__ = [
    "Annexes",
    "AnnualReport",
    "Basis",
    "ContactPoint",
    "Direction",
    "Finding",
    "LicenceUsage",
    "Measure",
    "NationalDefinition",
    "RecordLink",
    "ReportOptions",
    "ReportRow",
    "ReportTable",
    "ReportableTransfer",
    "Severity",
    "TitlePage",
    "build_report",
]
