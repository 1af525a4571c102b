"""How the national and Wassenaar reports name their rows, columns and periods, in the
report's language: one place that the data files, the PDFs and the builders share (so the
PDF writer and the data writers need not import each other)."""

from __future__ import annotations

from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.pivot import NONE, TREATY_PREFIX, Dimension, NationalReport
from att_desktop.domain.reporting.wassenaar import WassenaarReport
from att_desktop.formats.pdf_labels import format_date
from att_desktop.formats.report_labels import report_text, state_name


def dimension_label(dimension: Dimension, t: str) -> str:
    if dimension is Dimension.DESTINATION:
        return report_text("Destination", t)
    if dimension is Dimension.RATING:
        return report_text("Control-list rating", t)
    if dimension is Dimension.OUTCOME:
        return report_text("Outcome", t)
    return report_text("Criterion", t)


def outcome_label(outcome: str, t: str) -> str:
    if outcome == "authorised":
        return report_text("Authorised", t)
    if outcome == "denied":
        return report_text("Denied", t)
    if outcome == "revoked":
        return report_text("Revoked", t)
    return report_text("Suspended", t) if outcome == "suspended" else outcome


def criterion_label(code: str, t: str) -> str:
    """``att:7(1)(b)(ii)`` -> "Article 7(1)(b)(ii)"; another source's code as it is."""
    if code == NONE:
        return report_text("(no criterion)", t)
    if code.startswith(TREATY_PREFIX):
        ref = code.removeprefix(TREATY_PREFIX)
        if ref == "other":
            return report_text("Other ground (free text)", t)
        return report_text("ATT Article {ref}", t, ref=ref)
    set_id, colon, criterion = code.partition(":")
    if colon and criterion:  # a national framework's criterion, ``<set id>:<code>``
        return report_text("Criterion {code} ({set})", t, code=criterion, set=set_id)
    return code


def value_label(dimension: Dimension, value: str, t: str) -> str:
    """How one cell key part is printed in ``t``."""
    if dimension is Dimension.DESTINATION:
        return state_name(value, t) if value else report_text("(destination not recorded)", t)
    if dimension is Dimension.RATING:
        return value or report_text("(unrated)", t)
    if dimension is Dimension.OUTCOME:
        return outcome_label(value, t)
    return criterion_label(value, t)


def key_labels(dims: tuple[Dimension, ...], key: tuple[str, ...], t: str) -> list[str]:
    return [value_label(d, v, t) for d, v in zip(dims, key, strict=True)]


def period_text(report: NationalReport, t: str) -> str:
    return report_text(
        "{start} to {end}", t, start=format_date(report.start, t), end=format_date(report.end, t)
    )


def wa_category_label(code: str, t: str) -> str:
    """ "II. Armoured combat vehicles" (the UN Register's name), "Small arms and light weapons"."""
    if code == "SALW":
        return report_text("Small arms and light weapons", t)
    category = load_categories().get(code)
    return f"{category.roman}. {category.name(t)}"


def period_label(report: WassenaarReport, t: str) -> str:
    first = report_text("January-June {year}", t, year=report.year)
    second = report_text("July-December {year}", t, year=report.year)
    return first if report.half == 1 else second
