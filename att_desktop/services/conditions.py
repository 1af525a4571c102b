"""The conditions a licence is proposed with, each with where it came from.

A decider should not have to copy conditions by hand from the committee's opinions and the
assessment's mitigation: what the committee asked for, the mitigation measures the findings
relied on (a risk judged "not overriding" only because a measure reduces it), the conditions
the assessment requires (sanctions notifications: these cannot be dropped) and the
authority's standard provisos are proposed together, grouped by origin, for the decider to
keep, edit, untick or add to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Agency, Opinion, User
from att_desktop.domain.assessment.model import (
    AssessmentInput,
    AssessmentResult,
    Criterion,
    ResidualRisk,
)
from att_desktop.i18n import msg
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import change_setting, get_setting

#: Authority setting: the standard provisos every licence is proposed with (a JSON list).
STANDARD_CONDITIONS = "licence_standard_conditions"
DEFAULT_CONDITIONS = (
    "No re-export or transfer to another end user without the prior written consent of the "
    "licensing authority.",
    "A delivery verification certificate must be provided within 90 days of delivery.",
)
#: A condition is printed in full on the licence; this only stops a pasted document.
MAX_CONDITION_LENGTH = 2000


class ConditionOrigin(StrEnum):
    """Where a proposed condition comes from, in the order the groups are shown."""

    COMMITTEE = "committee"
    MITIGATION = "mitigation"
    REQUIRED = "required"
    STANDARD = "standard"


@dataclass(frozen=True)
class ProposedCondition:
    """One proposed condition: its text and its origin, with what the reader needs to
    recognise it (the agency that asked for it, or the risks a measure reduced)."""

    text: str
    origin: ConditionOrigin
    #: Committee: the agency's code and name (or the member's name without an agency).
    source: str = ""
    #: Mitigation: the criteria whose residual risk the measure lowered.
    criteria: tuple[Criterion, ...] = ()

    @property
    def required(self) -> bool:
        """The assessment's own conditions (Article 6 notifications) cannot be dropped."""
        return self.origin is ConditionOrigin.REQUIRED


# --------------------------------------------------------------------------- the setting


def standard_conditions(db: Database) -> tuple[str, ...]:
    """The authority's standard provisos (the built-in two until an administrator sets them)."""
    with db.session() as session:
        return standard_conditions_in(session)


def standard_conditions_in(session: Session) -> tuple[str, ...]:
    text = get_setting(session, STANDARD_CONDITIONS)
    if not text:
        return DEFAULT_CONDITIONS
    try:
        stored = json.loads(text)
    except ValueError:
        return DEFAULT_CONDITIONS
    if not isinstance(stored, list):
        return DEFAULT_CONDITIONS
    return tuple(str(c) for c in stored if str(c).strip())


def set_standard_conditions(db: Database, conditions: tuple[str, ...], *, actor: Actor) -> None:
    """Replace the standard provisos (an administrator's task, kept in the history).

    An empty list is allowed: an authority may have no standard provisos at all.
    """
    cleaned = tuple(dict.fromkeys(c.strip() for c in conditions if c.strip()))
    too_long = [c for c in cleaned if len(c) > MAX_CONDITION_LENGTH]
    if too_long:
        raise ServiceError(
            msg(
                "A standard condition may have at most {limit} characters ({start}… has {count}).",
                limit=MAX_CONDITION_LENGTH,
                start=too_long[0][:40],
                count=len(too_long[0]),
            )
        )
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        before = list(standard_conditions_in(session))
        change_setting(
            session,
            actor,
            STANDARD_CONDITIONS,
            json.dumps(list(cleaned), ensure_ascii=False),
            f"Standard licence conditions: {len(before)} → {len(cleaned)}",
            before=before,
            after=list(cleaned),
        )


# --------------------------------------------------------------------------- proposals


def committee_conditions(session: Session, application_id: int) -> list[ProposedCondition]:
    """Each agency's current opinion's conditions, one per line, naming the agency."""
    rows = session.scalars(
        select(Opinion)
        .where(
            Opinion.application_id == application_id,
            Opinion.superseded.is_(False),
            Opinion.conditions != "",
        )
        .order_by(Opinion.id)
    ).all()
    proposed: list[ProposedCondition] = []
    for row in rows:
        if row.agency_id is not None:
            agency = session.get(Agency, row.agency_id)
            source = f"{agency.code} — {agency.name}" if agency is not None else ""
        else:
            user = session.get(User, row.user_id)
            source = user.full_name if user is not None else ""
        for line in row.conditions.splitlines():
            text = line.strip().lstrip("•-*").strip()
            if text:
                proposed.append(ProposedCondition(text, ConditionOrigin.COMMITTEE, source))
    return proposed


def mitigation_conditions(
    inp: AssessmentInput, result: AssessmentResult
) -> list[ProposedCondition]:
    """The measures the findings relied on: those that lowered a risk that is, after them,
    not overriding. A measure judged unreliable lowered nothing and is not proposed."""
    relied: dict[str, list[Criterion]] = {}
    for row in result.criteria:
        if row.residual is None or row.residual is ResidualRisk.OVERRIDING:
            continue
        for measure_id in row.mitigated_by:
            relied.setdefault(measure_id, []).append(row.criterion)
    return [
        ProposedCondition(
            m.description.strip(), ConditionOrigin.MITIGATION, criteria=tuple(relied[m.id])
        )
        for m in inp.mitigation
        if m.id in relied and m.description.strip()
    ]


def proposed_conditions(
    session: Session,
    application_id: int,
    inp: AssessmentInput | None,
    result: AssessmentResult | None,
) -> tuple[ProposedCondition, ...]:
    """Every proposal, grouped by origin; a text proposed twice is kept once, under the
    origin that weighs most (required, then the committee, mitigation, the standard)."""
    groups = [
        committee_conditions(session, application_id),
        mitigation_conditions(inp, result) if inp is not None and result is not None else [],
        [ProposedCondition(c, ConditionOrigin.REQUIRED) for c in result.conditions]
        if result is not None
        else [],
        [ProposedCondition(c, ConditionOrigin.STANDARD) for c in standard_conditions_in(session)],
    ]
    weight = [1, 2, 0, 3]  # the index of each group above in the order of precedence
    keep: dict[str, tuple[int, int]] = {}
    for group_index in sorted(range(len(groups)), key=weight.__getitem__):
        for n, proposal in enumerate(groups[group_index]):
            keep.setdefault(_key(proposal.text), (group_index, n))
    kept = set(keep.values())
    return tuple(
        proposal
        for group_index, group in enumerate(groups)
        for n, proposal in enumerate(group)
        if (group_index, n) in kept
    )


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
