"""The submission's stored keys and values in words (``ui/reporting/submission.py``).

Choices are stored under keys ("exports_basis", "withheld:EXP/2 line 2", "rate:USD->EUR")
with values as the services write them ("authorised", "yes", JSON for the contact); the
window shows each as people say it, translated in the dialog's context.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.categories import load_categories
from att_desktop.services.report_clarifications import CategoryChange
from att_desktop.services.report_submission import SubmissionStatus, SubmissionView, local_date
from att_desktop.ui.i18n import current_language


def _option_labels() -> dict[str, str]:
    return {
        "exports_basis": QCoreApplication.translate("SubmissionDialog", "Exports reported as"),
        "imports_basis": QCoreApplication.translate("SubmissionDialog", "Imports reported as"),
        "measure": QCoreApplication.translate("SubmissionDialog", "Number of items and/or value"),
        "report_currency": QCoreApplication.translate("SubmissionDialog", "Report currency"),
        "include_civilian_small_arms": QCoreApplication.translate(
            "SubmissionDialog", "Small arms for civilian use included"
        ),
        "include_national_categories": QCoreApplication.translate(
            "SubmissionDialog", "National categories included"
        ),
        "may_be_made_public": QCoreApplication.translate("SubmissionDialog", "May be made public"),
        "exports_public": QCoreApplication.translate(
            "SubmissionDialog", "Exports form may be made public"
        ),
        "imports_public": QCoreApplication.translate(
            "SubmissionDialog", "Imports form may be made public"
        ),
        "reporting_state": QCoreApplication.translate("SubmissionDialog", "Reporting State"),
        "contact": QCoreApplication.translate("SubmissionDialog", "National point of contact"),
        "national_definitions": QCoreApplication.translate(
            "SubmissionDialog", "National definitions (Annex 2)"
        ),
    }


def line_words(where: str) -> str:
    """A stored line key's place ("EXP/2 line 2", English since it is a key) in words of the
    window's language: "EXP/2, ligne 2"; anything else as it is."""
    reference, sep, line = where.rpartition(" line ")
    if not sep or not line.isdigit():
        return where
    return (
        QCoreApplication.translate("SubmissionDialog", "%1, line %2")
        .replace("%1", reference)
        .replace("%2", line)
    )


def choice_label(key: str) -> str:
    labels = _option_labels()
    if key in labels:
        return labels[key]
    kind, _, stored = key.partition(":")
    where = line_words(stored) if kind in ("withheld", "excluded", "comment") else stored
    if kind == "withheld":
        return QCoreApplication.translate("SubmissionDialog", "Withheld: %1").replace("%1", where)
    if kind == "excluded":
        return QCoreApplication.translate(
            "SubmissionDialog", "Left out as not reportable: %1"
        ).replace("%1", where)
    if kind == "comment":
        return QCoreApplication.translate("SubmissionDialog", "Comment printed with %1").replace(
            "%1", where
        )
    if kind == "rate":
        return QCoreApplication.translate("SubmissionDialog", "Exchange rate %1").replace(
            "%1", where.replace("->", " → ")
        )
    return key


def choice_reason(key: str, reason: str) -> str:
    """A choice's reason: the not-reportable reason of an excluded line is stored as its code
    ("ammunition") and shown as the catalogue's label in the window's language."""
    if key.startswith("excluded:") and reason:
        return load_categories().reason_label(reason, current_language())
    return reason


def choice_value(key: str, value: str) -> str:
    words = {
        "authorised": QCoreApplication.translate("SubmissionDialog", "authorised"),
        "actual": QCoreApplication.translate("SubmissionDialog", "actual"),
        "items": QCoreApplication.translate("SubmissionDialog", "number of items"),
        "value": QCoreApplication.translate("SubmissionDialog", "value"),
        "both": QCoreApplication.translate("SubmissionDialog", "number of items and value"),
        "yes": QCoreApplication.translate("SubmissionDialog", "yes"),
        "no": QCoreApplication.translate("SubmissionDialog", "no"),
        "withheld": QCoreApplication.translate(
            "SubmissionDialog", "withheld (commercially sensitive or national security)"
        ),
        "not reportable": QCoreApplication.translate("SubmissionDialog", "not reportable"),
    }
    if key == "contact":
        try:
            contact = json.loads(value)
        except ValueError:
            return value
        return ", ".join(str(v) for v in contact.values() if str(v).strip())
    if key == "national_definitions":
        try:
            count = len(json.loads(value))
        except (ValueError, TypeError):
            return value
        return QCoreApplication.translate("SubmissionDialog", "%1 definition(s)").replace(
            "%1", str(count)
        )
    return words.get(value, value)


def status_words(view: SubmissionView | None, year: int) -> str:
    if view is None:
        return QCoreApplication.translate(
            "SubmissionDialog", "No report for %1 is in preparation yet."
        ).replace("%1", str(year))
    if view.status is SubmissionStatus.PREPARING:
        waiting = view.awaiting_sign_off
        text = QCoreApplication.translate(
            "SubmissionDialog", "In preparation (opened by %1)."
        ).replace("%1", view.opened_by)
        if waiting:
            text += " " + QCoreApplication.translate(
                "SubmissionDialog", "Waiting for the sign-off of: %1."
            ).replace("%1", ", ".join(waiting))
        elif view.contributions:
            text += " " + QCoreApplication.translate(
                "SubmissionDialog", "Every agency asked has signed off."
            )
        if view.approver:
            text += " " + QCoreApplication.translate("SubmissionDialog", "Approver: %1.").replace(
                "%1", view.approver
            )
        return text
    approved = local_date(view.approved_at).isoformat() if view.approved_at else ""
    text = (
        QCoreApplication.translate("SubmissionDialog", "Approved by %1 on %2.")
        .replace("%1", view.approver)
        .replace("%2", approved)
    )
    if view.status is SubmissionStatus.SUBMITTED and view.submitted_on is not None:
        text += " " + QCoreApplication.translate(
            "SubmissionDialog", "Sent to the ATT Secretariat on %1."
        ).replace("%1", view.submitted_on.isoformat())
    if len(view.versions) > 1:
        text += " " + QCoreApplication.translate(
            "SubmissionDialog", "%1 versions (corrections)."
        ).replace("%1", str(len(view.versions)))
    return text


def _amount(value: object) -> str:
    return "—" if value is None else f"{value:f}" if hasattr(value, "normalize") else str(value)


def change_words(change: CategoryChange) -> str:
    table = (
        QCoreApplication.translate("SubmissionDialog", "Exports")
        if change.table == "exports"
        else QCoreApplication.translate("SubmissionDialog", "Imports")
    )
    text = (
        QCoreApplication.translate(
            "SubmissionDialog", "%1, %2: %3 row(s) in the report as sent, %4 in the register now"
        )
        .replace("%1", table)
        .replace("%2", change.label)
        .replace("%3", str(change.rows_sent))
        .replace("%4", str(change.rows_now))
    )
    if change.items_sent != change.items_now:
        text += "; " + QCoreApplication.translate("SubmissionDialog", "items %1 → %2").replace(
            "%1", _amount(change.items_sent)
        ).replace("%2", _amount(change.items_now))
    if change.value_sent != change.value_now:
        text += "; " + QCoreApplication.translate("SubmissionDialog", "value %1 → %2").replace(
            "%1", _amount(change.value_sent)
        ).replace("%2", _amount(change.value_now))
    return text


def _report_event_texts() -> dict[str, str]:
    return {
        "report_opened": QCoreApplication.translate(
            "SubmissionDialog", "Report opened for preparation"
        ),
        "report_choices_recorded": QCoreApplication.translate(
            "SubmissionDialog", "Choices recorded again: %1"
        ),
        "report_choice_set": QCoreApplication.translate("SubmissionDialog", "Choice changed: %1"),
        "report_contributors_asked": QCoreApplication.translate(
            "SubmissionDialog", "Contribution asked of: %1"
        ),
        "report_contribution_signed_off": QCoreApplication.translate(
            "SubmissionDialog", "%1 signed off its contribution"
        ),
        "report_approver_named": QCoreApplication.translate(
            "SubmissionDialog", "%1 named as approver"
        ),
        "report_approved": QCoreApplication.translate(
            "SubmissionDialog", "Approved; version %1 frozen"
        ),
        "report_submitted": QCoreApplication.translate(
            "SubmissionDialog", "Sent to the ATT Secretariat on %1"
        ),
        "report_corrected": QCoreApplication.translate(
            "SubmissionDialog", "Correction frozen as version %1"
        ),
        "report_clarification_received": QCoreApplication.translate(
            "SubmissionDialog", "Clarification requested on %1"
        ),
        "report_clarification_answered": QCoreApplication.translate(
            "SubmissionDialog", "Clarification answered on %1"
        ),
    }


def report_event_words(action: str, after: Mapping[str, Any]) -> str:
    """A report submission's event in words, from its recorded data ("" if not one)."""
    text = _report_event_texts().get(action, "")
    detail = {
        "report_choices_recorded": ", ".join(choice_label(k) for k in after.get("choices") or {}),
        "report_choice_set": choice_label(str(after.get("key", ""))),
        "report_contributors_asked": ", ".join(str(a) for a in after.get("agencies") or []),
        "report_contribution_signed_off": str(after.get("agency", "")),
        "report_approver_named": str(after.get("approver", "")),
        "report_approved": str(after.get("version", "")),
        "report_submitted": str(after.get("submitted_on", "")),
        "report_corrected": str(after.get("version", "")),
        "report_clarification_received": str(after.get("received_on", "")),
        "report_clarification_answered": str(after.get("answered_on", "")),
    }.get(action, "")
    return text.replace("%1", detail)
