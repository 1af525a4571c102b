"""What "My work" lists: one plain item per thing waiting for the signed-in person.

Each feature that can leave something waiting (the committee, licence follow-up, change
requests, consultations...) contributes its own items through ``services.my_work``; this
module only holds the vocabulary they share, so none of them imports another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from att_desktop.domain.enums import CaseStatus

#: The most items one source lists for a person: each source asks the database for no more
#: (oldest or most urgent first), so a register of 500,000 cases never reaches Python whole.
WORK_LIMIT = 200


class WorkReason(StrEnum):
    ASSIGNED = "assigned"
    OPINION_AWAITED = "opinion_awaited"
    DECISION_AWAITED = "decision_awaited"
    MENTIONED = "mentioned"
    #: An agency's opinion is past its due date (issue 14: consultation rules).
    OPINION_OVERDUE = "opinion_overdue"
    #: A licence obligation (delivery verification certificate, visit, assurance) is overdue.
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    #: A re-transfer, re-export or change request waits for a decision.
    CHANGE_REQUEST_AWAITED = "change_request_awaited"
    #: The gender adviser is asked about a case's GBV risk (Article 7(4)).
    GBV_CONSULTATION_AWAITED = "gbv_consultation_awaited"
    #: A valid licence must be reassessed (Article 7(7)), e.g. after a diversion incident.
    REASSESSMENT_AWAITED = "reassessment_awaited"
    #: A case or opinion was handed over from a colleague whose account was deactivated.
    HANDED_OVER = "handed_over"
    #: A contribution to, or approval of, a report is awaited (Article 13).
    REPORT_SIGN_OFF_AWAITED = "report_sign_off_awaited"


@dataclass(frozen=True)
class WorkItem:
    application_id: int
    reference: str
    status: CaseStatus
    reason: WorkReason
    detail: str = ""
    #: When the thing is or was due; None when it has no date.
    due_on: date | None = None
    #: The plain values ``detail`` is made of (a licence number, a kind's value...), so the
    #: window can word the item in its own language; ``detail`` is the English fallback
    #: (the command line, and sources that have nothing but the user's own text).
    facts: tuple[tuple[str, str], ...] = ()
