"""The UN Register report's own wording, shared by the PDF, the data files and the preview.

Every text is a message of the gettext catalogue in the context "UN Register report"
(``unroca_text``); category and State names come from ``report_labels`` like the ATT
report's, so both reports name a row the same way in every language.
"""

from __future__ import annotations

from att_desktop.domain.reporting.records import Direction
from att_desktop.domain.reporting.unroca import BackgroundKind, UnrocaTable
from att_desktop.i18n import render, translate

#: The catalogue's context of the UN Register report's texts.
UNROCA_CONTEXT = "UN Register report"

#: The form's source as kept in the JSON (docs/unroca_report.md gives the references).
FORM_SOURCE = (
    "United Nations Register of Conventional Arms: standardized form for reporting "
    "international transfers (General Assembly resolution 46/36 L; categories as revised "
    "following A/71/259) and the optional standardized form for small arms and light weapons"
)


def form_source(language: str) -> str:
    """``FORM_SOURCE`` for print, in ``language``."""
    return unroca_text(
        "United Nations Register of Conventional Arms: standardized form for reporting "
        "international transfers (General Assembly resolution 46/36 L; categories as revised "
        "following A/71/259) and the optional standardized form for small arms and light weapons",
        language,
    )


def unroca_text(text: str, language: str, **values: object) -> str:
    """One of the UN Register report's fixed texts in ``language`` (English the message id)."""
    return render(text, language, values, context=UNROCA_CONTEXT)


def table_title(table: UnrocaTable, language: str) -> str:
    if table.salw:
        if table.direction is Direction.EXPORT:
            return unroca_text("Exports of small arms and light weapons (voluntary)", language)
        return unroca_text("Imports of small arms and light weapons (voluntary)", language)
    if table.direction is Direction.EXPORT:
        return unroca_text("Exports of conventional arms, categories I-VII", language)
    return unroca_text("Imports of conventional arms, categories I-VII", language)


def columns(table: UnrocaTable, language: str) -> list[str]:
    """The form's columns in order (description, comments: its "Remarks"); no value column."""
    t = language
    state = (
        unroca_text("Final importer State(s)", t)
        if table.direction is Direction.EXPORT
        else unroca_text("Exporter State(s)", t)
    )
    return [
        unroca_text("Category", t),
        state,
        unroca_text("Number of items", t),
        unroca_text("State of origin (if not exporter)", t),
        unroca_text("Intermediate location (if any)", t),
        unroca_text("Description of item", t),
        unroca_text("Comments on the transfer", t),
    ]


def nil_text(table: UnrocaTable, year: int, language: str) -> str:
    """The form's "nil" for one table."""
    t = language
    if table.salw:
        if table.direction is Direction.EXPORT:
            return unroca_text(
                "Nil: no exports of small arms and light weapons in {year}.", t, year=year
            )
        return unroca_text(
            "Nil: no imports of small arms and light weapons in {year}.", t, year=year
        )
    if table.direction is Direction.EXPORT:
        return unroca_text("Nil: no exports in categories I-VII in {year}.", t, year=year)
    return unroca_text("Nil: no imports in categories I-VII in {year}.", t, year=year)


def background_title(kind: BackgroundKind, language: str) -> str:
    if kind is BackgroundKind.HOLDINGS:
        return unroca_text("Military holdings", language)
    return unroca_text("Procurement through national production", language)


def basis_note(language: str) -> str:
    """What the figures are, printed under the title and in every file."""
    return unroca_text(
        "Actual transfers: the shipments recorded in the calendar year (not the licences "
        "issued), in numbers of items; the Register's form has no value column.",
        language,
    )


def withheld_note(lines: int, language: str) -> str:
    return translate(
        "{n} shipment line was withheld as commercially sensitive or national "
        "security-related information and is not included.",
        language,
        context="UN Register report",
        plural="{n} shipment lines were withheld as commercially sensitive or national "
        "security-related information and are not included.",
        n=lines,
    )
