"""The authority's mitigation policy: may an officer's stated reason let a measure of a kind
the treaty does not name against a risk lower it (Art. 7(2), 11(2))?

Off by default (``KindPolicy.TREATY_KINDS_ONLY``): a re-export clause never lowers an IHL
risk. An administrator may allow stated reasons; the policy in force is stamped on each
assessment when it is saved, so a completed record re-evaluates as it was decided.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import KindPolicy
from att_desktop.services.dto import Actor
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import change_setting, get_setting

MITIGATION_POLICY = "mitigation_kind_policy"


def mitigation_policy_in(session: Session) -> KindPolicy:
    """The stored policy; anything unreadable is the strict default."""
    try:
        return KindPolicy(get_setting(session, MITIGATION_POLICY).strip())
    except ValueError:
        return KindPolicy.TREATY_KINDS_ONLY


def mitigation_policy(db: Database) -> KindPolicy:
    with db.session() as session:
        return mitigation_policy_in(session)


def set_mitigation_policy(db: Database, policy: KindPolicy, *, actor: Actor) -> None:
    """Change the policy (administrators only), kept in the history."""
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        before = mitigation_policy_in(session)
        if before is policy:
            return
        change_setting(
            session,
            actor,
            MITIGATION_POLICY,
            policy.value,
            f"Mitigation policy: {before.value} → {policy.value}",
            before=before.value,
        )
