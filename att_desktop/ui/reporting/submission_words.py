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

from att_desktop.services.report_clarifications import CategoryChange
from att_desktop.services.report_submission import SubmissionStatus, SubmissionView, local_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubmissionDialog", text)


def _option_labels() -> dict[str, str]:
    return {
        "exports_basis": _tr("Exports reported as"),
        "imports_basis": _tr("Imports reported as"),
        "measure": _tr("Number of items and/or value"),
        "report_currency": _tr("Report currency"),
        "include_civilian_small_arms": _tr("Small arms for civilian use included"),
        "include_national_categories": _tr("National categories included"),
        "may_be_made_public": _tr("May be made public"),
        "reporting_state": _tr("Reporting State"),
        "contact": _tr("National point of contact"),
        "national_definitions": _tr("National definitions (Annex 2)"),
    }


def choice_label(key: str) -> str:
    labels = _option_labels()
    if key in labels:
        return labels[key]
    kind, _, where = key.partition(":")
    if kind == "withheld":
        return _tr("Withheld: %1").replace("%1", where)
    if kind == "excluded":
        return _tr("Left out as not reportable: %1").replace("%1", where)
    if kind == "comment":
        return _tr("Comment printed with %1").replace("%1", where)
    if kind == "rate":
        return _tr("Exchange rate %1").replace("%1", where.replace("->", " → "))
    return key


def choice_value(key: str, value: str) -> str:
    words = {
        "authorised": _tr("authorised"),
        "actual": _tr("actual"),
        "items": _tr("number of items"),
        "value": _tr("value"),
        "both": _tr("number of items and value"),
        "yes": _tr("yes"),
        "no": _tr("no"),
        "withheld": _tr("withheld (commercially sensitive or national security)"),
        "not reportable": _tr("not reportable"),
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
        return _tr("%1 definition(s)").replace("%1", str(count))
    return words.get(value, value)


def status_words(view: SubmissionView | None, year: int) -> str:
    if view is None:
        return _tr("No report for %1 is in preparation yet.").replace("%1", str(year))
    if view.status is SubmissionStatus.PREPARING:
        waiting = view.awaiting_sign_off
        text = _tr("In preparation (opened by %1).").replace("%1", view.opened_by)
        if waiting:
            text += " " + _tr("Waiting for the sign-off of: %1.").replace("%1", ", ".join(waiting))
        elif view.contributions:
            text += " " + _tr("Every agency asked has signed off.")
        if view.approver:
            text += " " + _tr("Approver: %1.").replace("%1", view.approver)
        return text
    approved = local_date(view.approved_at).isoformat() if view.approved_at else ""
    text = _tr("Approved by %1 on %2.").replace("%1", view.approver).replace("%2", approved)
    if view.status is SubmissionStatus.SUBMITTED and view.submitted_on is not None:
        text += " " + _tr("Sent to the ATT Secretariat on %1.").replace(
            "%1", view.submitted_on.isoformat()
        )
    if len(view.versions) > 1:
        text += " " + _tr("%1 versions (corrections).").replace("%1", str(len(view.versions)))
    return text


def _amount(value: object) -> str:
    return "—" if value is None else f"{value:f}" if hasattr(value, "normalize") else str(value)


def change_words(change: CategoryChange) -> str:
    table = _tr("Exports") if change.table == "exports" else _tr("Imports")
    text = (
        _tr("%1, %2: %3 row(s) in the report as sent, %4 in the register now")
        .replace("%1", table)
        .replace("%2", change.label)
        .replace("%3", str(change.rows_sent))
        .replace("%4", str(change.rows_now))
    )
    if change.items_sent != change.items_now:
        text += "; " + _tr("items %1 → %2").replace("%1", _amount(change.items_sent)).replace(
            "%2", _amount(change.items_now)
        )
    if change.value_sent != change.value_now:
        text += "; " + _tr("value %1 → %2").replace("%1", _amount(change.value_sent)).replace(
            "%2", _amount(change.value_now)
        )
    return text


def _report_event_texts() -> dict[str, str]:
    return {
        "report_opened": _tr("Report opened for preparation"),
        "report_choices_recorded": _tr("Choices recorded again: %1"),
        "report_choice_set": _tr("Choice changed: %1"),
        "report_contributors_asked": _tr("Contribution asked of: %1"),
        "report_contribution_signed_off": _tr("%1 signed off its contribution"),
        "report_approver_named": _tr("%1 named as approver"),
        "report_approved": _tr("Approved; version %1 frozen"),
        "report_submitted": _tr("Sent to the ATT Secretariat on %1"),
        "report_corrected": _tr("Correction frozen as version %1"),
        "report_clarification_received": _tr("Clarification requested on %1"),
        "report_clarification_answered": _tr("Clarification answered on %1"),
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
