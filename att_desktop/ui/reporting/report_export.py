"""Writing the previewed annual report to a file: where, under what name, and what went wrong.

``ReportBuilderDialog.export`` runs ``write_report_file`` on a worker thread; the texts here
are translated in the dialog's context (``ReportBuilderDialog``), as before the split.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from att_desktop.domain.reporting import AnnualReport
from att_desktop.ui.messages import error_text

log = logging.getLogger("att_desktop.ui.reporting.report_builder")

#: ``(parent, title, suggested path, filter) -> chosen path or None``: tests replace it.
SavePath = Callable[[QWidget, str, str, str], str | None]


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def file_filter(fmt: str) -> str:
    """The save dialog's filter for ``fmt``."""
    return {
        "pdf": QCoreApplication.translate("ReportBuilderDialog", "PDF (*.pdf)"),
        "xlsx": QCoreApplication.translate("ReportBuilderDialog", "Excel workbook (*.xlsx)"),
        "csv": QCoreApplication.translate("ReportBuilderDialog", "CSV (*.csv)"),
        "json": QCoreApplication.translate("ReportBuilderDialog", "JSON (*.json)"),
    }[fmt]


def suggested_name(report: AnnualReport, fmt: str) -> str:
    """The file name offered first: the year and the Reporting State (XX if not set)."""
    state = report.title_page.reporting_state or "XX"
    return f"ATT-annual-report-{report.title_page.year}-{state}.{fmt}"


def with_extension(chosen: str, fmt: str) -> Path:
    """The chosen path, with ``.fmt`` added unless it already ends so."""
    out = Path(chosen)
    if out.suffix.lower() != f".{fmt}":
        out = out.with_name(out.name + f".{fmt}")
    return out


def write_report_file(
    report: AnnualReport, out: Path, fmt: str, *, language: str, charts_annex: bool
) -> Path:
    """Write ``report`` as ``fmt`` (the PDF has the charts annex only if asked); worker thread."""
    if fmt == "pdf":
        from att_desktop.formats.pdf_annual_report import write_annual_report_pdf

        printable = report if charts_annex else replace(report, charts=None)
        write_annual_report_pdf(printable, out, language=language)
    else:
        from att_desktop.formats.report_writers import write_report

        write_report(report, out, fmt, language=language)
    return out


def write_failure_text(exc: BaseException, out: Path, fmt: str) -> str:
    """What to tell the person: the OS error as it is, a writer's own failure logged in full."""
    if isinstance(exc, OSError):
        text = QCoreApplication.translate("ReportBuilderDialog", "Could not write %1: %2")
        return text.replace("%1", str(out)).replace("%2", error_text(exc))
    # a writer's own failure (reportlab, openpyxl): say what failed
    log.exception("Writing the annual report as %s to %s failed", fmt, out, exc_info=exc)
    return (
        QCoreApplication.translate(
            "ReportBuilderDialog",
            "The %1 file could not be written: %2\nThe details are in the log.",
        )
        .replace("%1", fmt.upper())
        .replace("%2", f"{type(exc).__name__}: {exc}")
    )
