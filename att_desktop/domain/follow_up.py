"""Licence follow-up (issue 14): what a licence still owes after it is issued.

Seed 002 asks for post-delivery cooperation, physical verification of storage and continued
compliance with the export documents. Each licence therefore carries *obligations* with due
dates: a delivery verification certificate (DVC) owed after each shipment, verification
visits, and end-use or storage assurances to check. This module holds their vocabulary and
the rules that need no database: when a licence calls for a DVC, and what "overdue" means.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any


class ObligationKind(StrEnum):
    DELIVERY_CERTIFICATE = "delivery_certificate"
    VERIFICATION_VISIT = "verification_visit"
    END_USE_ASSURANCE = "end_use_assurance"
    STORAGE_ASSURANCE = "storage_assurance"

    @property
    def is_assurance(self) -> bool:
        return self in (ObligationKind.END_USE_ASSURANCE, ObligationKind.STORAGE_ASSURANCE)


class ObligationStatus(StrEnum):
    OPEN = "open"
    FULFILLED = "fulfilled"
    WAIVED = "waived"


class VisitOutcome(StrEnum):
    """What a verification visit found. ``BREACH_FOUND`` is the one that must be acted on
    (a diversion or breach incident, Article 11(4)-(5))."""

    SATISFACTORY = "satisfactory"
    CONCERNS = "concerns"
    BREACH_FOUND = "breach_found"


class DvcRule(StrEnum):
    """The authority's setting: which shipments owe a delivery verification certificate."""

    #: After every shipment under every licence.
    ALL = "all"
    #: Only under a licence whose terms call for one (``licence_calls_for_dvc``).
    WHEN_REQUIRED = "when_required"
    #: Never created automatically (officers may still add one by hand).
    NEVER = "never"


DEFAULT_DVC_DAYS = 90
MAX_DVC_DAYS = 730
DEFAULT_DVC_RULE = DvcRule.WHEN_REQUIRED

#: A licence condition mentioning one of these asks for a DVC (the standard proviso does).
_DVC_WORDS = ("delivery verification", "交付核查")


def licence_calls_for_dvc(
    conditions: Iterable[object], assessment_data: Mapping[str, Any] | None
) -> bool:
    """Do the licence's terms call for a delivery verification certificate?

    Yes when one of its conditions mentions delivery verification, when the assessment
    recorded a DVC as agreed (post-shipment cooperation), or when one of its mitigation
    measures is a delivery verification.
    """
    for condition in conditions:
        text = str(condition).casefold()
        if any(word in text for word in _DVC_WORDS):
            return True
    data = assessment_data or {}
    diversion = data.get("diversion")
    if isinstance(diversion, Mapping):
        post = diversion.get("post_shipment")
        if isinstance(post, Mapping) and post.get("delivery_verification") is True:
            return True
    measures = data.get("mitigation")
    if isinstance(measures, list):
        for measure in measures:
            if isinstance(measure, Mapping) and measure.get("kind") == "delivery_verification":
                return True
    return False


def is_overdue(status: ObligationStatus, due_on: date, today: date) -> bool:
    """Open and past its due date (due today is not yet overdue)."""
    return status is ObligationStatus.OPEN and due_on < today
