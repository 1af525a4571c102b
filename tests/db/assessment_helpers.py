"""Shared steps for the assessment and decision service tests: register, assess, complete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import AssessmentInput, Criterion
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.services import cases
from att_desktop.services.assessment import (
    AssessmentState,
    apply_screen,
    complete_assessment,
    open_assessment,
    save_assessment,
    screen_article6,
)
from att_desktop.services.decisions import DecisionInput, LicenceTerms, suggested_terms
from att_desktop.services.dto import CaseDetail
from tests.factories import application, end_user
from tests.unit.assessment_cases import complete, measure, serious_gbv

DECISION_DAY = date(2026, 4, 1)


def register(db: Database, destination: str = "BR", **overrides: Any) -> CaseDetail:
    overrides.setdefault("parties", (end_user("Ministry of Defence", destination),))
    return cases.create_application(db, application(destination_code=destination, **overrides))


def assess(
    db: Database, case_id: int, inp: AssessmentInput, *, on: date = DECISION_DAY
) -> AssessmentState:
    """Open, screen as at ``on`` and save ``inp`` (the screen replaces its Article 6 matches)."""
    state = open_assessment(db, case_id)
    screened = apply_screen(inp, screen_article6(db, case_id, on_date=on), on)
    return save_assessment(db, state.assessment_id, screened, decision_date=on)


def assessed_and_completed(
    db: Database, case_id: int, inp: AssessmentInput, *, on: date = DECISION_DAY
) -> AssessmentState:
    return complete_assessment(db, assess(db, case_id, inp, on=on).assessment_id)


def gbv_case(reliable: bool) -> AssessmentInput:
    """Serious, prevalent GBV, no effective prevention, overriding before mitigation."""
    return complete(gbv=serious_gbv(), mitigation=(measure(Criterion.GBV, reliable),))


def authorise(db: Database, case_id: int, on: date = DECISION_DAY, **terms: Any) -> DecisionInput:
    base: LicenceTerms = suggested_terms(db, case_id, valid_from=on)
    return DecisionInput(
        DecisionOutcome.AUTHORISE,
        on,
        "No prohibition; no overriding risk after mitigation.",
        licence=replace(base, **terms),
    )


def deny(on: date = DECISION_DAY, **kw: Any) -> DecisionInput:
    return DecisionInput(DecisionOutcome.DENY, on, "Denied on the grounds cited.", **kw)
