"""The assessment record's issue-14 sections: the gender adviser's consultation (Article 7(4))
and the end-user certificate checks (Article 11). Wording from the catalogue, as ``pdf_labels``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from att_desktop.formats.pdf_common import (
    ALERT,
    ALERT_FILL,
    Cell,
    Styles,
    boxed,
    key_values,
    para,
    table,
)
from att_desktop.formats.pdf_data import AssessmentRecordData, ConsultationData
from att_desktop.formats.pdf_labels import format_date
from att_desktop.i18n import MessageTable, message_table

#: key -> English message id (context ``gbv_euc.<key>`` in the catalogue)
LABELS: MessageTable[str] = message_table(
    "gbv_euc.",
    {
        "sec_consultation": "Gender-based violence consultation",
        "question": "Question",
        "asked": "Asked by, on",
        "asked_of": "Asked of",
        "any_adviser": "Any gender adviser",
        "answer": "Answer",
        "answered": "Answered by, on",
        "awaited": "Not answered yet",
        "consulted": "Organisations and experts consulted",
        "none": "None named",
        "womens_organisation": "women's organisation",
        "gbv_expert": "GBV expert",
        "other": "other",
        "sec_euc": "End-user certificate checks",
        "col_number": "Number",
        "col_issuer": "Issued by, on",
        "col_contacted": "Contacted, on",
        "col_result": "Result",
        "col_recorded": "Recorded by",
        "authentic": "Authentic",
        "not_authentic": "NOT AUTHENTIC",
        "no_reply": "No reply",
        "no_checks": "No verification recorded.",
        "also_on_case": "EUC number {number} is also on case {other} ({who})",
        "same_end_user": "same end user",
        "different_end_user": "different end user",
        "warn_not_authentic": (
            "EUC number {number}: the issuing authority says the certificate is NOT authentic"
        ),
        "warn_no_reply": "EUC number {number}: the issuing authority has not replied",
    },
)


def warning_text(warning: tuple[str, str, str, bool], language: str) -> str:
    """One certificate warning in the record's language."""
    kind, number, other, same = warning
    if kind == "also_on_case":
        who = _t("same_end_user" if same else "different_end_user", language)
        return _t("also_on_case", language, number=number, other=other, who=who)
    key = "warn_not_authentic" if kind == "not_authentic" else "warn_no_reply"
    return _t(key, language, number=number)


def _t(key: str, language: str, **values: object) -> str:
    return LABELS.text(key, language, **values)


def _by_on(name: str, on: object, language: str) -> str:
    when = format_date(on, language) if isinstance(on, date) else ""
    return ", ".join(part for part in (name, when) if part) or "—"


def consultation_section(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    """Every consultation of the gender adviser on the case, answered or awaited."""
    if not data.gbv_consultations:
        return []
    lang = styles.fonts.language
    out: list[Flowable] = [para(_t("sec_consultation", lang), styles.h2, styles.fonts)]
    for consultation in data.gbv_consultations:
        out.append(key_values(_consultation_pairs(consultation, lang), styles))
    return out


def _consultation_pairs(c: ConsultationData, lang: str) -> list[tuple[str, Cell]]:
    consulted = "; ".join(
        ", ".join(
            part
            for part in (name, _t(kind, lang) if kind in LABELS else kind, _date(on, lang))
            if part
        )
        for name, kind, on in c.consulted
    )
    return [
        (_t("question", lang), c.question),
        (_t("asked", lang), _by_on(c.asked_by, c.asked_on, lang)),
        (_t("asked_of", lang), c.adviser or _t("any_adviser", lang)),
        (_t("answer", lang), c.answer or _t("awaited", lang)),
        (_t("answered", lang), _by_on(c.answered_by, c.answered_on, lang)),
        (_t("consulted", lang), consulted or _t("none", lang)),
    ]


def _date(on: object, lang: str) -> str:
    return format_date(on, lang) if isinstance(on, date) else ""


def euc_section(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    """The certificate checks, and the warnings (reuse on another case, not authentic) boxed
    in red so a reader cannot miss them."""
    if not data.euc_checks and not data.euc_warnings:
        return []
    lang = styles.fonts.language
    out: list[Flowable] = [para(_t("sec_euc", lang), styles.h2, styles.fonts)]
    if data.euc_warnings:
        warnings = [
            para(warning_text(w, lang), styles.body, styles.fonts, bold=True)
            for w in data.euc_warnings
        ]
        out.append(boxed(warnings, ALERT_FILL, ALERT))
    if not data.euc_checks:
        out.append(para(_t("no_checks", lang), styles.body, styles.fonts))
        return out
    header = [
        _t("col_number", lang),
        _t("col_issuer", lang),
        _t("col_contacted", lang),
        _t("col_result", lang),
        _t("col_recorded", lang),
    ]
    rows: list[Sequence[Cell]] = []
    extra: list[tuple[object, ...]] = []
    for i, c in enumerate(data.euc_checks, start=1):
        rows.append(
            [
                c.number,
                _by_on(c.issuing_authority, c.issued_on, lang),
                _by_on(c.contacted, c.contacted_on, lang),
                _t(c.result, lang) if c.result in LABELS else c.result,
                c.recorded_by or "—",
            ]
        )
        if c.result == "not_authentic":
            extra.append(("BACKGROUND", (3, i), (3, i), ALERT_FILL))
    out.append(table(header, rows, (0.18, 0.24, 0.26, 0.14, 0.18), styles, extra=extra))
    return out
