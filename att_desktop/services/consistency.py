"""Like cases treated alike (Article 7(1): objectively and without discrimination).

Beside an assessment the officer sees earlier decisions for the same destination, the same
end user and the same ATT categories, and any recorded denial (ours or another State's)
whose party resembles one of this case's parties. Names are compared after normalisation
(case, accents, punctuation and legal-form suffixes such as Ltd, LLC, GmbH or SA removed),
exactly and then by similarity, because a denied buyer often comes back slightly renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Decision, DenialNotice, LineItem, Party
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.enums import DecisionOutcome, PartyRole
from att_desktop.domain.names import MatchKind, name_similarity, normalise_name, weighted_score
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg
from att_desktop.services.cases import load_application
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.incidents import IncidentMatch, matching_incidents
from att_desktop.services.permissions import Permission, authorize

PRECEDENT_LIMIT = 25


@dataclass(frozen=True)
class DenialNoticeInput:
    notifying_state: str
    denied_on: date
    party_name: str
    party_country: str
    reference: str = ""
    items: str = ""
    grounds: str = ""


@dataclass(frozen=True)
class DenialNoticeView:
    id: int
    notifying_state: str
    reference: str
    denied_on: date
    party_name: str
    party_country: str
    items: str
    grounds: str


@dataclass(frozen=True)
class DenialMatch:
    notice: DenialNoticeView
    #: This case's party that resembles the denied party.
    party_name: str
    party_role: PartyRole
    score: float
    kind: MatchKind
    same_country: bool


@dataclass(frozen=True)
class Precedent:
    application_id: int
    reference: str
    decided_on: date
    outcome: DecisionOutcome
    #: The decision's grounds (none for an authorisation).
    grounds: tuple[Ground, ...]
    destination_code: str
    end_user_name: str
    categories_summary: str


@dataclass(frozen=True)
class Precedents:
    same_destination: tuple[Precedent, ...]
    same_end_user: tuple[Precedent, ...]
    same_category: tuple[Precedent, ...]
    denials: tuple[DenialMatch, ...]
    #: Diversion and breach incidents with the same parties or destination (issue 14).
    incidents: tuple[IncidentMatch, ...] = ()


# --------------------------------------------------------------------------- denial notices


def _view(n: DenialNotice) -> DenialNoticeView:
    return DenialNoticeView(
        n.id,
        n.notifying_state,
        n.reference,
        n.denied_on,
        n.party_name,
        n.party_country,
        n.items,
        n.grounds,
    )


def record_denial_notice(
    db: Database,
    notice: DenialNoticeInput,
    actor: Actor = LOCAL_OFFICER,
    *,
    today: date | None = None,
) -> DenialNoticeView:
    """Record a denial notified by another State (or our own, issued outside the app)."""
    errors = []
    if not is_valid_country(notice.notifying_state):
        errors.append(FieldError("notifying_state", msg("choose the State that issued the denial")))
    if not is_valid_country(notice.party_country):
        errors.append(FieldError("party_country", msg("choose the denied party's country")))
    if not " ".join(notice.party_name.split()):
        errors.append(FieldError("party_name", msg("enter the denied party's name")))
    if notice.denied_on > (today or date.today()):
        errors.append(FieldError("denied_on", msg("the denial date cannot be in the future")))
    if errors:
        raise ValidationFailed(errors)
    with db.session() as session:
        authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        row = DenialNotice(
            notifying_state=notice.notifying_state,
            reference=notice.reference.strip(),
            denied_on=notice.denied_on,
            party_name=" ".join(notice.party_name.split()),
            party_country=notice.party_country,
            items=notice.items.strip(),
            grounds=notice.grounds.strip(),
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor,
            entity="denial_notice",
            entity_id=row.id,
            action="denial_notice_recorded",
            summary=f"Denial by {row.notifying_state} of {row.party_name} ({row.party_country})",
            after={
                "notifying_state": row.notifying_state,
                "reference": row.reference,
                "denied_on": row.denied_on,
                "party_name": row.party_name,
                "party_country": row.party_country,
                "grounds": row.grounds,
            },
        )
        return _view(row)


def list_denial_notices(db: Database) -> list[DenialNoticeView]:
    with db.session() as session:
        rows = session.scalars(
            select(DenialNotice).order_by(DenialNotice.denied_on.desc(), DenialNotice.id.desc())
        )
        return [_view(n) for n in rows]


def match_denials(db: Database, application_id: int) -> list[DenialMatch]:
    """Recorded denials whose party resembles one of this case's parties, best first."""
    with db.session() as session:
        return _match_denials(session, application_id)


def _match_denials(session: Session, application_id: int) -> list[DenialMatch]:
    app = load_application(session, application_id)
    parties = [p for p in app.parties if not p.superseded]
    notices = session.scalars(select(DenialNotice).where(DenialNotice.reference != app.reference))
    found: list[DenialMatch] = []
    for notice in notices:
        best: DenialMatch | None = None
        for party in parties:
            score, kind = name_similarity(party.name, notice.party_name)
            if kind is None:
                continue
            same = party.country_code == notice.party_country
            weighted = weighted_score(score, same)
            if best is None or weighted > best.score:
                best = DenialMatch(_view(notice), party.name, party.role, weighted, kind, same)
        if best is not None:
            found.append(best)
    found.sort(key=lambda m: (-m.score, m.notice.party_name))
    return found


# --------------------------------------------------------------------------- precedents


def _precedent_rows(
    session: Session, app: Application, condition: ColumnElement[bool]
) -> tuple[Precedent, ...]:
    """The newest decision of each other case meeting ``condition``."""
    rows = session.execute(
        select(Decision, Application)
        .join(Application, Decision.application_id == Application.id)
        .where(Application.id != app.id, condition)
        .order_by(Decision.decided_on.desc(), Decision.id.desc())
    )
    seen: set[int] = set()
    result = []
    for decision, other in rows:
        if other.id in seen:
            continue
        seen.add(other.id)
        result.append(
            Precedent(
                application_id=other.id,
                reference=other.reference,
                decided_on=decision.decided_on,
                outcome=decision.outcome,
                grounds=tuple(Ground.from_json(g) for g in decision.grounds if isinstance(g, dict)),
                destination_code=other.destination_code,
                end_user_name=other.end_user_name,
                categories_summary=other.categories_summary,
            )
        )
        if len(result) >= PRECEDENT_LIMIT:
            break
    return tuple(result)


def precedents(db: Database, application_id: int) -> Precedents:
    """Earlier decisions on like cases, newest first, and matching denial notices."""
    with db.session() as session:
        app = load_application(session, application_id)
        same_destination = _precedent_rows(
            session, app, Application.destination_code == app.destination_code
        )
        end_user_ids = _same_end_user_cases(session, app)
        same_end_user = (
            _precedent_rows(session, app, Application.id.in_(end_user_ids)) if end_user_ids else ()
        )
        categories = {i.att_category for i in app.items if i.att_category and not i.superseded}
        same_category: tuple[Precedent, ...] = ()
        if categories:
            with_category = (
                select(LineItem.application_id)
                .where(LineItem.att_category.in_(categories), LineItem.superseded.is_(False))
                .scalar_subquery()
            )
            same_category = _precedent_rows(session, app, Application.id.in_(with_category))
        return Precedents(
            same_destination,
            same_end_user,
            same_category,
            tuple(_match_denials(session, app.id)),
            tuple(matching_incidents(session, app.id)),
        )


def _same_end_user_cases(session: Session, app: Application) -> list[int]:
    """Decided cases whose end user has the same normalised name."""
    names = {
        normalise_name(p.name)
        for p in app.parties
        if p.role is PartyRole.END_USER and not p.superseded
    }
    names.discard("")
    if not names:
        return []
    rows = session.execute(
        select(Party.application_id, Party.name)
        .join(Decision, Decision.application_id == Party.application_id)
        .where(
            Party.role == PartyRole.END_USER,
            Party.superseded.is_(False),
            Party.application_id != app.id,
        )
    )
    return sorted({case_id for case_id, name in rows if normalise_name(name) in names})
