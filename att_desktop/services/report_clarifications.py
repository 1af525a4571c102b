"""After the report is sent: the ATT Secretariat's clarification requests and the answers
(seed 004, Annex A 18), what changed in the register since the report was frozen, and the
report's items in My work (contributions to sign off, the approval awaited).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Agency,
    Event,
    ReportClarification,
    ReportContribution,
    ReportSubmission,
    User,
)
from att_desktop.db.types import max_length
from att_desktop.domain.enums import CaseStatus
from att_desktop.domain.validation import FieldError, too_long
from att_desktop.i18n import msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor, EventView
from att_desktop.services.errors import NotFoundError, ValidationFailed
from att_desktop.services.history import event_view, record_event
from att_desktop.services.permissions import Permission, allowed, authorize, permitted
from att_desktop.services.report_submission import (
    ATT_ANNUAL,
    ENTITY,
    SubmissionStatus,
    frozen_files,
    get_submission,
    local_today,
    options_of,
)
from att_desktop.services.work_items import WorkItem, WorkReason


@dataclass(frozen=True)
class ClarificationView:
    id: int
    received_on: date
    reference: str
    text: str
    recorded_by: str
    answered_on: date | None
    answered_by: str
    answer: str

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


def _name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    return user.full_name if user is not None else ""


def _submission(session: Session, year: int, kind: str) -> ReportSubmission:
    sub = session.scalar(
        select(ReportSubmission).where(ReportSubmission.year == year, ReportSubmission.kind == kind)
    )
    if sub is None:
        raise NotFoundError(
            msg("No report for {year} was opened, so nothing was sent to clarify.", year=year)
        )
    return sub


def _clarification_view(session: Session, row: ReportClarification) -> ClarificationView:
    return ClarificationView(
        row.id,
        row.received_on,
        row.reference,
        row.text,
        _name(session, row.recorded_by_id),
        row.answered_on,
        _name(session, row.answered_by_id),
        row.answer,
    )


def list_clarifications(
    db: Database, year: int, kind: str = ATT_ANNUAL
) -> tuple[ClarificationView, ...]:
    with db.session() as session:
        sub = session.scalar(
            select(ReportSubmission).where(
                ReportSubmission.year == year, ReportSubmission.kind == kind
            )
        )
        if sub is None:
            return ()
        rows = session.scalars(
            select(ReportClarification)
            .where(ReportClarification.submission_id == sub.id)
            .order_by(ReportClarification.received_on, ReportClarification.id)
        )
        return tuple(_clarification_view(session, r) for r in rows)


def _check_date(field: str, on: date) -> None:
    """Not after today on the workstation's calendar (the same clock as "sent on")."""
    if on > local_today():
        raise ValidationFailed([FieldError(field, msg("the date cannot be in the future"))])


def add_clarification(
    db: Database,
    year: int,
    received_on: date,
    text: str,
    *,
    reference: str = "",
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> ClarificationView:
    """Log a clarification request received from the ATT Secretariat (the focal point)."""
    if not text.strip():
        raise ValidationFailed([FieldError("request", msg("write what the Secretariat asks"))])
    _check_date("received on", received_on)
    long_reference = too_long(
        reference.strip(),
        max_length(ReportClarification.reference),
        "reference",
        msg("reference", context="field"),
    )
    if long_reference is not None:
        raise ValidationFailed([long_reference])
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        sub = _submission(session, year, kind)
        row = ReportClarification(
            submission_id=sub.id,
            received_on=received_on,
            reference=reference.strip(),
            text=text.strip(),
            recorded_by_id=actor.user_id,
            answer="",
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=sub.id,
            action="report_clarification_received",
            summary=f"Annual report {year}: clarification requested by the ATT Secretariat "
            f"on {received_on.isoformat()}",
            after={
                "clarification": row.id,
                "received_on": received_on,
                "reference": row.reference,
                "text": row.text,
            },
        )
        return _clarification_view(session, row)


def answer_clarification(
    db: Database,
    clarification_id: int,
    answered_on: date,
    answer: str,
    *,
    actor: Actor = LOCAL_OFFICER,
) -> ClarificationView:
    """Record the answer sent to the Secretariat (the focal point); a corrected answer is
    recorded again, the history keeps the earlier one."""
    if not answer.strip():
        raise ValidationFailed([FieldError("answer", msg("write the answer that was sent"))])
    _check_date("answered on", answered_on)
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        row = session.get(ReportClarification, clarification_id)
        if row is None:
            raise NotFoundError(
                msg(
                    "There is no clarification request with id {clarification_id}.",
                    clarification_id=clarification_id,
                )
            )
        if answered_on < row.received_on:
            raise ValidationFailed(
                [FieldError("answered on", msg("the answer cannot precede the request"))]
            )
        before = {"answered_on": row.answered_on, "answer": row.answer}
        row.answered_on = answered_on
        row.answer = answer.strip()
        row.answered_by_id = actor.user_id
        session.flush()
        sub = session.get(ReportSubmission, row.submission_id)
        year = sub.year if sub is not None else 0
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=row.submission_id,
            action="report_clarification_answered",
            summary=f"Annual report {year}: clarification answered on {answered_on.isoformat()}",
            before=before,
            after={"clarification": row.id, "answered_on": answered_on, "answer": row.answer},
        )
        return _clarification_view(session, row)


# --------------------------------------------------------------------------- what changed


@dataclass(frozen=True)
class CategoryChange:
    """One category of one table whose rows or totals differ from the report as sent."""

    table: str  # "exports" or "imports"
    category: str
    label: str
    rows_sent: int
    rows_now: int
    items_sent: Decimal | None
    items_now: Decimal | None
    value_sent: Decimal | None
    value_now: Decimal | None

    def words(self) -> str:
        """In English, for the headless command (the window words it itself)."""
        parts = [f"{self.rows_sent} row(s) sent, {self.rows_now} now"]
        if self.items_sent != self.items_now:
            parts.append(f"items {_text(self.items_sent)} → {_text(self.items_now)}")
        if self.value_sent != self.value_now:
            parts.append(f"value {_text(self.value_sent)} → {_text(self.value_now)}")
        return f"{self.table.capitalize()}, {self.label}: " + "; ".join(parts)


def _text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.normalize():f}"


def _amount(raw: Any) -> Decimal | None:
    return Decimal(str(raw)) if raw not in (None, "") else None


def _per_category(table: dict[str, Any]) -> dict[str, tuple[str, int, Any, Any]]:
    out: dict[str, tuple[str, int, Any, Any]] = {}
    for row in table.get("rows", []):
        code = str(row.get("category", ""))
        label, count, items, value = out.get(
            code, (str(row.get("category_label") or code), 0, None, None)
        )
        row_items, row_value = _amount(row.get("number_of_items")), _amount(row.get("value"))
        items = row_items if items is None else items + (row_items or 0)
        value = row_value if value is None else value + (row_value or 0)
        out[code] = (label, count + 1, items, value)
    return out


def compare_tables(sent: dict[str, Any], now: dict[str, Any]) -> tuple[CategoryChange, ...]:
    """Per table and category, where the rows or totals of ``now`` differ from ``sent``
    (both the report's JSON export)."""
    changes = []
    for table in ("exports", "imports"):
        before = _per_category(sent.get(table, {}))
        after = _per_category(now.get(table, {}))
        for code in list(before) + [c for c in after if c not in before]:
            b = before.get(code, ("", 0, None, None))
            a = after.get(code, ("", 0, None, None))
            if b[1:] != a[1:]:
                changes.append(
                    CategoryChange(table, code, a[0] or b[0], b[1], a[1], b[2], a[2], b[3], a[3])
                )
    return tuple(changes)


def changes_since_submission(
    db: Database, year: int, *, kind: str = ATT_ANNUAL, actor: Actor = LOCAL_OFFICER
) -> tuple[CategoryChange, ...]:
    """The live report, recomputed with the submission's choices, against the newest frozen
    version's data export: what the register now says differently."""
    from att_desktop.formats.report_writers import report_dict
    from att_desktop.services.reporting import collect

    view = get_submission(db, year, kind)
    if view is None:
        raise NotFoundError(msg("No report for {year} was opened.", year=year))
    sent_json = next(
        (f for f in frozen_files(db, year, kind) if f.media_type == "application/json"), None
    )
    if sent_json is None:
        raise NotFoundError(
            msg("The {year} report as sent has no data export to compare with.", year=year)
        )
    permission = (
        Permission.BUILD_REPORT
        if permitted(db, actor, Permission.BUILD_REPORT)
        else Permission.APPROVE_REPORT
    )
    live = collect(db, options_of(view), actor=actor, permission=permission)
    return compare_tables(json.loads(sent_json.data.decode("utf-8")), report_dict(live))


# --------------------------------------------------------------------------- my work

#: My work items of a report carry no case: application id 0 and this reference.
REPORT_REFERENCE = "Annual report {year}"
_REFERENCE = re.compile(r"^Annual report (\d{4})$")


def work_item_year(reference: str) -> int | None:
    """The year of a report's My work item (``REPORT_REFERENCE``), None for a case's."""
    found = _REFERENCE.match(reference)
    return int(found.group(1)) if found else None


def report_work(session: Session, me: User) -> list[WorkItem]:
    """Contributions waiting for my agency's sign-off; the approval waiting for me."""
    items: list[WorkItem] = []
    preparing = session.scalars(
        select(ReportSubmission)
        .where(ReportSubmission.status == SubmissionStatus.PREPARING.value)
        .order_by(ReportSubmission.year)
    ).all()
    for sub in preparing:
        reference = REPORT_REFERENCE.format(year=sub.year)
        waiting = session.scalars(
            select(ReportContribution).where(
                ReportContribution.submission_id == sub.id,
                ReportContribution.signed_off_at.is_(None),
            )
        ).all()
        mine = [c for c in waiting if c.agency_id == me.agency_id]
        if mine and allowed(me.role, Permission.CONTRIBUTE_TO_REPORT):
            agency = session.get(Agency, mine[0].agency_id)
            detail = f"contribution of {agency.name}" if agency is not None else ""
            items.append(
                WorkItem(
                    0,
                    reference,
                    CaseStatus.DRAFT,
                    WorkReason.REPORT_SIGN_OFF_AWAITED,
                    detail,
                    facts=(
                        ("what", "contribution"),
                        ("year", str(sub.year)),
                        ("agency", agency.name if agency is not None else ""),
                    ),
                )
            )
        named = sub.approver_id == me.id or (
            sub.approver_id is None and allowed(me.role, Permission.APPROVE_REPORT)
        )
        if not waiting and named and sub.opened_by_id != me.id:
            items.append(
                WorkItem(
                    0,
                    reference,
                    CaseStatus.DRAFT,
                    WorkReason.REPORT_SIGN_OFF_AWAITED,
                    "approval",
                    facts=(("what", "approval"), ("year", str(sub.year))),
                )
            )
    return items


def submission_history(db: Database, year: int, kind: str = ATT_ANNUAL) -> tuple[EventView, ...]:
    """Every recorded step of the year's report (it belongs to no case, so no case's
    timeline shows it): who did what, when and why, oldest first."""
    with db.session() as session:
        sub = session.scalar(
            select(ReportSubmission).where(
                ReportSubmission.year == year, ReportSubmission.kind == kind
            )
        )
        if sub is None:
            return ()
        events = session.scalars(
            select(Event)
            .where(Event.entity == ENTITY, Event.entity_id == sub.id)
            .order_by(Event.id)
        )
        return tuple(event_view(e) for e in events)
