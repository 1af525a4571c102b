"""The committee's rules (domain/committee.py): quorum, majority, reasons for departing."""

from __future__ import annotations

from collections import Counter

import pytest

from att_desktop.domain.committee import (
    against_majority,
    majority,
    majority_reason_problem,
    quorum_for,
    quorum_met,
)
from att_desktop.domain.enums import DecisionOutcome, OpinionKind

APPROVE, REFUSE = OpinionKind.APPROVE, OpinionKind.REFUSE
AUTHORISE, DENY = DecisionOutcome.AUTHORISE, DecisionOutcome.DENY


@pytest.mark.parametrize(
    ("requested", "setting", "quorum"),
    [
        (0, None, 0),
        (0, 3, 0),
        (1, None, 1),
        (2, None, 2),
        (3, None, 2),
        (4, None, 3),
        (5, 2, 2),
        (2, 5, 2),
    ],
)
def test_quorum_is_a_majority_unless_set_and_never_more_than_asked(
    requested: int, setting: int | None, quorum: int
) -> None:
    assert quorum_for(requested, setting) == quorum


def test_quorum_is_met_by_enough_answers_from_a_committee_that_was_asked() -> None:
    assert quorum_met(3, 2, 2) and not quorum_met(3, 1, 2)
    assert not quorum_met(0, 0, 0)


def test_majority_counts_conditional_approvals_for_and_abstentions_for_neither() -> None:
    assert majority(Counter([APPROVE])) is APPROVE
    assert majority(Counter([OpinionKind.APPROVE_WITH_CONDITIONS, REFUSE, APPROVE])) is APPROVE
    assert majority(Counter([REFUSE, REFUSE, APPROVE])) is REFUSE
    assert majority(Counter([APPROVE, REFUSE])) is None
    assert majority(Counter([OpinionKind.ABSTAIN, OpinionKind.ABSTAIN, REFUSE])) is REFUSE
    assert majority(Counter()) is None


def test_a_decision_against_the_majority_needs_reasons() -> None:
    assert against_majority(APPROVE, DENY) and not against_majority(APPROVE, AUTHORISE)
    assert against_majority(REFUSE, AUTHORISE) and not against_majority(REFUSE, DENY)
    assert not against_majority(None, DENY) and not against_majority(None, AUTHORISE)

    problem = majority_reason_problem(REFUSE, AUTHORISE, "  ")
    assert problem is not None and problem.field == "against_majority_reason"
    assert "advised to refuse" in problem.text("en") and "goes against it" in problem.text("en")
    approve_problem = majority_reason_problem(APPROVE, DENY, "")
    assert approve_problem is not None and "advised to approve" in approve_problem.text("en")
    assert majority_reason_problem(REFUSE, AUTHORISE, "New end-use assurances.") is None
    assert majority_reason_problem(APPROVE, AUTHORISE, "") is None
