"""The inter-agency committee's rules: how many answers make a quorum, where the majority
lies, and when a decision that departs from it needs reasons.

Pure: ``services.committee`` reads the opinions and the authority's setting and applies these.
"""

from __future__ import annotations

from collections.abc import Mapping

from att_desktop.domain.enums import DecisionOutcome, OpinionKind
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg

#: Opinions that count for authorising (approve, or approve with conditions).
FAVOURABLE = frozenset({OpinionKind.APPROVE, OpinionKind.APPROVE_WITH_CONDITIONS})


def quorum_for(requested: int, setting: int | None) -> int:
    """A majority of the requested agencies unless the authority set a number (capped at
    the number requested: a committee cannot be asked for more answers than it has)."""
    if requested == 0:
        return 0
    if setting is None:
        return requested // 2 + 1
    return min(setting, requested)


def quorum_met(requested: int, answered: int, quorum: int) -> bool:
    """Enough requested agencies answered; a case nobody was asked about has no quorum."""
    return requested > 0 and answered >= quorum


def majority(counts: Mapping[OpinionKind, int]) -> OpinionKind | None:
    """APPROVE or REFUSE by the agencies' current opinions; None on a tie or no votes
    (abstentions count for neither side)."""
    favourable = sum(counts.get(k, 0) for k in FAVOURABLE)
    against = counts.get(OpinionKind.REFUSE, 0)
    if favourable > against:
        return OpinionKind.APPROVE
    if against > favourable:
        return OpinionKind.REFUSE
    return None


def against_majority(majority: OpinionKind | None, outcome: DecisionOutcome) -> bool:
    """Whether a decision goes against the committee's majority (then reasons are due)."""
    if majority is OpinionKind.APPROVE:
        return outcome is DecisionOutcome.DENY
    if majority is OpinionKind.REFUSE:
        return outcome is DecisionOutcome.AUTHORISE
    return False


def majority_reason_problem(
    majority: OpinionKind | None, outcome: DecisionOutcome, reason: str
) -> FieldError | None:
    """Deciding against the majority needs a stated reason: the error when it is missing."""
    if not against_majority(majority, outcome) or reason.strip():
        return None
    if majority is OpinionKind.APPROVE:
        problem = msg(
            "the committee's majority advised to approve: the decision goes "
            "against it, so give the reasons for departing from it"
        )
    else:
        problem = msg(
            "the committee's majority advised to refuse: the decision goes "
            "against it, so give the reasons for departing from it"
        )
    return FieldError("against_majority_reason", problem)
