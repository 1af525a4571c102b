"""Agencies' mandates, the rules that say which agencies a case must go to, and when their
opinions are due (issue 14; seed 001 ¶8 and ¶14).

The committee's ``request_review`` asks ``check_choice`` whether the officer's choice follows
the rules (a departure needs a stated reason) and ``add_deadlines`` for the due dates; the
window shows ``required_agencies`` pre-selected. Rules are reference data: deactivated, never
deleted. Due dates count working days (Monday to Friday) from the day of the request.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Agency,
    Application,
    ConsultationRule,
    LineItem,
    Opinion,
    ReviewDeadline,
    TransitState,
    User,
)
from att_desktop.db.types import max_length
from att_desktop.domain.assessment.model import Criterion, RiskLevel
from att_desktop.domain.consultation import (
    DEFAULT_RULES,
    NORMAL_WORKING_DAYS,
    URGENT_WORKING_DAYS,
    CaseFacts,
    FindingCondition,
    Rule,
    add_working_days,
    at_least,
    code_problems,
    describe,
    required,
)
from att_desktop.domain.enums import CaseStatus, Role, TransferType
from att_desktop.domain.validation import FieldError, too_long
from att_desktop.i18n import msg
from att_desktop.services.assessment import current_row, read_input
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

#: Authority settings: working days an agency has for its opinion, normal and urgent.
OPINION_DAYS = "opinion_due_working_days"
URGENT_OPINION_DAYS = "opinion_due_working_days_urgent"


def _today() -> date:
    """Today, in one place, so tests can move the clock."""
    return date.today()


# --- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyDetails:
    id: int
    code: str
    name: str
    active: bool
    mandate: str
    contact_name: str
    contact: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class MandateInput:
    mandate: str
    contact_name: str = ""
    contact: str = ""
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleInput:
    agency_code: str
    transfer_types: frozenset[TransferType] = frozenset()
    category: str = ""
    destinations: frozenset[str] = frozenset()
    finding: FindingCondition = FindingCondition.ANY
    criterion: Criterion | None = None
    min_level: RiskLevel | None = None
    note: str = ""


@dataclass(frozen=True)
class RuleView:
    rule: Rule
    description: str
    #: An active agency with the rule's code exists: the rule takes effect.
    in_force: bool


@dataclass(frozen=True)
class RequiredAgency:
    agency: AgencyDetails
    #: The rules that require it, in English words (the window words them from ``rules``).
    rule_description: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class DeadlineView:
    agency_id: int
    agency_code: str
    requested_on: date
    due_on: date
    urgent: bool
    urgent_reason: str
    answered: bool
    #: Not answered and past its due date (as of the day asked).
    overdue: bool


# --- agencies' mandates -------------------------------------------------------------------


def _details(agency: Agency) -> AgencyDetails:
    return AgencyDetails(
        id=agency.id,
        code=agency.code,
        name=agency.name,
        active=agency.active,
        mandate=agency.mandate or "",
        contact_name=agency.contact_name or "",
        contact=agency.contact or "",
        questions=tuple(str(q) for q in agency.questions or ()),
    )


def agency_details(db: Database, *, include_inactive: bool = False) -> tuple[AgencyDetails, ...]:
    """Every agency with its mandate, by code: anyone signed in may read them."""
    with db.session() as session:
        query = select(Agency).order_by(Agency.code)
        if not include_inactive:
            query = query.where(Agency.active.is_(True))
        return tuple(_details(a) for a in session.scalars(query))


def agency_by_code(db: Database, code: str) -> AgencyDetails:
    with db.session() as session:
        return _details(_agency_by_code(session, code))


def _agency_by_code(session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
    if agency is None:
        raise NotFoundError(
            msg("There is no agency with the code {code}.", code=code.strip().upper())
        )
    return agency


def set_mandate(
    db: Database, who: UserSession | Actor, agency_id: int, mandate: MandateInput
) -> AgencyDetails:
    """Record what an agency is for, whom to contact and the questions it answers; the
    history keeps the earlier text. Administrators only (as for agencies themselves)."""
    questions = tuple(q.strip() for q in mandate.questions if q.strip())
    errors: list[FieldError] = []
    if not mandate.mandate.strip():
        errors.append(FieldError("mandate", msg("describe the agency's mandate")))
    if any(len(q) > 300 for q in questions):
        errors.append(FieldError("questions", msg("keep each question under 300 characters")))
    if len(mandate.contact) > 300 or len(mandate.contact_name) > 200:
        errors.append(FieldError("contact", msg("shorten the contact to 300 characters")))
    with db.session() as session:
        user = authorize(session, _actor(who), Permission.MANAGE_USERS)
        if errors:
            raise ValidationFailed(errors)
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(msg("There is no agency with id {agency_id}.", agency_id=agency_id))
        before = _mandate_dict(agency)
        agency.mandate = mandate.mandate.strip()
        agency.contact_name = mandate.contact_name.strip()
        agency.contact = mandate.contact.strip()
        agency.questions = list(questions)
        session.flush()
        record_event(
            session,
            _acting_actor(who, user),
            entity="agency",
            entity_id=agency.id,
            action="agency_mandate_changed",
            summary=f"Mandate of {agency.code} recorded",
            before=before,
            after=_mandate_dict(agency),
        )
        return _details(agency)


def _mandate_dict(agency: Agency) -> dict[str, Any]:
    return {
        "mandate": agency.mandate or "",
        "contact_name": agency.contact_name or "",
        "contact": agency.contact or "",
        "questions": list(agency.questions or []),
    }


def _actor(who: UserSession | Actor) -> Actor:
    return who if isinstance(who, Actor) else Actor(who.user_id, who.full_name)


def _acting_actor(who: UserSession | Actor, user: User | None) -> Actor:
    return Actor(user.id, user.full_name) if user is not None else _actor(who)


# --- rules --------------------------------------------------------------------------------


def _rule(row: ConsultationRule) -> Rule:
    return Rule(
        id=row.id,
        agency_code=row.agency_code,
        transfer_types=frozenset(TransferType(t) for t in row.transfer_types or ()),
        category=row.category or "",
        destinations=frozenset(str(d) for d in row.destinations or ()),
        finding=FindingCondition(row.finding),
        criterion=Criterion(row.criterion) if row.criterion else None,
        min_level=RiskLevel(row.min_level) if row.min_level else None,
        note=row.note or "",
        active=row.active,
    )


def _active_codes(session: Session) -> set[str]:
    return set(session.scalars(select(Agency.code).where(Agency.active.is_(True))))


def _rules(session: Session, *, include_inactive: bool = False) -> list[Rule]:
    query = select(ConsultationRule).order_by(ConsultationRule.id)
    if not include_inactive:
        query = query.where(ConsultationRule.active.is_(True))
    return [_rule(r) for r in session.scalars(query)]


def list_rules(db: Database, *, include_inactive: bool = False) -> tuple[RuleView, ...]:
    with db.session() as session:
        codes = _active_codes(session)
        return tuple(
            RuleView(r, describe(r), r.active and r.agency_code in codes)
            for r in _rules(session, include_inactive=include_inactive)
        )


def _check_rule(inp: RuleInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if not inp.agency_code.strip():
        errors.append(FieldError("agency", msg("name the agency the rule requires (its code)")))
    errors += code_problems(inp.category, inp.destinations)
    long_code = too_long(
        inp.agency_code.strip(),
        max_length(ConsultationRule.agency_code),
        "agency",
        msg("agency code", context="field"),
    )
    if long_code is not None:
        errors.append(long_code)
    if inp.finding is FindingCondition.RISK and inp.criterion is None:
        errors.append(FieldError("criterion", msg("choose the risk the rule looks at")))
    return errors


def _add_rule_row(session: Session, actor: Actor, inp: RuleInput) -> ConsultationRule:
    row = ConsultationRule(
        agency_code=inp.agency_code.strip().upper(),
        transfer_types=[t.value for t in TransferType if t in inp.transfer_types],
        category=inp.category.strip(),
        destinations=sorted(d.strip().upper() for d in inp.destinations),
        finding=inp.finding.value,
        criterion=inp.criterion.value if inp.criterion else "",
        min_level=inp.min_level.value if inp.min_level else "",
        note=inp.note.strip(),
        active=True,
    )
    session.add(row)
    session.flush()
    rule = _rule(row)
    record_event(
        session,
        actor,
        entity="consultation_rule",
        entity_id=row.id,
        action="consultation_rule_added",
        summary="Consultation rule: " + describe(rule),
        after={"rule": describe(rule), "note": row.note},
    )
    return row


def add_rule(db: Database, who: UserSession | Actor, inp: RuleInput) -> RuleView:
    """A new consultation rule; administrators only (reference data)."""
    errors = _check_rule(inp)
    with db.session() as session:
        user = authorize(session, _actor(who), Permission.MANAGE_REFERENCE_DATA)
        if errors:
            raise ValidationFailed(errors)
        row = _add_rule_row(session, _acting_actor(who, user), inp)
        rule = _rule(row)
        return RuleView(rule, describe(rule), rule.agency_code in _active_codes(session))


def deactivate_rule(db: Database, who: UserSession | Actor, rule_id: int, reason: str) -> None:
    """Retire a rule (kept, with why): cases submitted after this no longer need that agency."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why the rule no longer applies"))])
    with db.session() as session:
        user = authorize(session, _actor(who), Permission.MANAGE_REFERENCE_DATA)
        row = session.get(ConsultationRule, rule_id)
        if row is None:
            raise NotFoundError(
                msg("There is no consultation rule with id {rule_id}.", rule_id=rule_id)
            )
        if not row.active:
            raise ServiceError(
                msg("Consultation rule {rule_id} is already inactive.", rule_id=rule_id)
            )
        row.active = False
        session.flush()
        record_event(
            session,
            _acting_actor(who, user),
            entity="consultation_rule",
            entity_id=row.id,
            action="consultation_rule_deactivated",
            summary="Consultation rule retired: " + describe(_rule(row)),
            before={"active": True},
            after={"active": False},
            reason=reason.strip(),
        )


def install_default_rules(session: Session, actor: Actor) -> None:
    """The rules a new authority starts with (``domain.consultation.DEFAULT_RULES``); called
    when the first administrator is created, and only if there are no rules at all."""
    if session.scalar(select(ConsultationRule.id).limit(1)) is not None:
        return
    for rule in DEFAULT_RULES:
        _add_rule_row(
            session,
            actor,
            RuleInput(
                agency_code=rule.agency_code,
                transfer_types=rule.transfer_types,
                category=rule.category,
                destinations=rule.destinations,
                finding=rule.finding,
                criterion=rule.criterion,
                min_level=rule.min_level,
                note=rule.note,
            ),
        )


# --- which agencies a case needs -----------------------------------------------------------


def case_facts(session: Session, app: Application) -> CaseFacts:
    """What the rules look at: the case and its live assessment (draft or complete)."""
    transit = tuple(
        session.scalars(
            select(TransitState.country_code)
            .where(TransitState.application_id == app.id, TransitState.superseded.is_(False))
            .order_by(TransitState.position)
        )
    )
    categories = frozenset(
        c
        for c in session.scalars(
            select(LineItem.att_category).where(
                LineItem.application_id == app.id, LineItem.superseded.is_(False)
            )
        )
        if c
    )
    row = current_row(session, app.id)
    gbv_serious, article6, risks = False, False, {}
    if row is not None:
        inp = read_input(row)
        gbv_serious = inp.gbv.serious.answer is True
        risks = {c: f.finding for c, f in inp.article7 if f.finding is not None}
        if inp.gbv.risk.finding is not None:
            risks[Criterion.GBV] = inp.gbv.risk.finding
        worst: RiskLevel | None = None
        for _stage, finding in inp.diversion.stages:
            level = finding.finding
            if level is not None and (worst is None or at_least(level, worst)):
                worst = level
        if worst is not None:
            risks[Criterion.DIVERSION] = worst
        a6 = inp.article6
        article6 = (
            any(m.effect.prohibits for m in a6.embargo_matches)
            or a6.other_obligations.answer is True
            or a6.knowledge.answer is True
        )
    return CaseFacts(
        transfer_type=app.transfer_type,
        destination=app.destination_code or "",
        categories=categories,
        transit_states=transit,
        gbv_serious=gbv_serious,
        risks=risks,
        article6_concern=article6,
    )


def required_in(session: Session, application_id: int) -> list[RequiredAgency]:
    """``required_agencies`` inside a unit of work a service already holds."""
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(
            msg("There is no case with id {application_id}.", application_id=application_id)
        )
    by_code = required(_rules(session), case_facts(session, app))
    agencies = {
        a.code: a
        for a in session.scalars(
            select(Agency).where(Agency.code.in_(by_code), Agency.active.is_(True))
        )
    }
    return [
        RequiredAgency(_details(agencies[code]), "; ".join(describe(r) for r in rules), rules)
        for code, rules in sorted(by_code.items())
        if code in agencies
    ]


def required_agencies(db: Database, application_id: int) -> list[RequiredAgency]:
    """The active agencies the authority's rules require for this case, each with the rules
    that require it (a rule naming an agency the authority does not have is left out)."""
    with db.session() as session:
        return required_in(session, application_id)


def rules_in_force(session: Session) -> bool:
    """Does any active rule name an existing agency? If none does, the choice is free."""
    codes = _active_codes(session)
    return any(r.agency_code in codes for r in _rules(session))


def check_choice(
    session: Session,
    application_id: int,
    chosen: Sequence[Agency],
    reasons: Mapping[str, str],
    already: Iterable[int] = (),
) -> dict[str, dict[str, str]]:
    """Does the officer's choice follow the rules? A required agency left out, or one added
    that no rule requires, needs a stated reason (keyed by agency code). Agencies asked
    before count as chosen. Returns what the event records: required, skipped and added,
    each code with its reason or rule."""
    if not rules_in_force(session):
        return {}
    needed = {r.agency.code: r for r in required_in(session, application_id)}
    asked_before = set(already)
    chosen_codes = {a.code for a in chosen} | {
        a.code for a in session.scalars(select(Agency).where(Agency.id.in_(asked_before)))
    }
    said = {k.strip().upper(): v.strip() for k, v in reasons.items() if v.strip()}
    skipped = sorted(c for c in needed if c not in chosen_codes)
    added = sorted(a.code for a in chosen if a.code not in needed and a.id not in asked_before)
    errors = [
        FieldError(
            f"reason:{code}",
            msg(
                "{code} is required ({rule}): choose it, or say why it is not consulted",
                code=code,
                rule=needed[code].rule_description,
            ),
        )
        for code in skipped
        if code not in said
    ] + [
        FieldError(
            f"reason:{code}",
            msg("no rule requires {code} for this case: say why it is consulted", code=code),
        )
        for code in added
        if code not in said
    ]
    if errors:
        raise ValidationFailed(errors)
    return {
        "required": {c: r.rule_description for c, r in needed.items()},
        "skipped": {c: said[c] for c in skipped},
        "added": {c: said[c] for c in added},
    }


# --- due dates ----------------------------------------------------------------------------


def _days(session: Session, key: str, default: int) -> int:
    try:
        value = int(get_setting(session, key).strip())
    except ValueError:
        return default
    return value if value > 0 else default


def due_days(db: Database) -> tuple[int, int]:
    """(normal, urgent) working days an agency has for its opinion."""
    with db.session() as session:
        return (
            _days(session, OPINION_DAYS, NORMAL_WORKING_DAYS),
            _days(session, URGENT_OPINION_DAYS, URGENT_WORKING_DAYS),
        )


def set_due_days(db: Database, who: UserSession | Actor, normal: int, urgent: int) -> None:
    """Set the working days for opinions; the urgent track must be the shorter one."""
    errors: list[FieldError] = []
    if not 1 <= normal <= 60:
        errors.append(FieldError("normal", msg("give from 1 to 60 working days")))
    if not 1 <= urgent <= normal:
        errors.append(FieldError("urgent", msg("give from 1 working day up to the normal time")))
    with db.session() as session:
        user = authorize(session, _actor(who), Permission.MANAGE_REFERENCE_DATA)
        if errors:
            raise ValidationFailed(errors)
        actor = _acting_actor(who, user)
        for key, value, words in (
            (OPINION_DAYS, normal, "Opinions due in"),
            (URGENT_OPINION_DAYS, urgent, "Urgent opinions due in"),
        ):
            if get_setting(session, key) != str(value):
                change_setting(session, actor, key, str(value), f"{words} {value} working days")


def add_deadlines(
    session: Session,
    application_id: int,
    agencies: Iterable[Agency],
    *,
    urgent: bool,
    urgent_reason: str,
) -> dict[str, str]:
    """Write each newly asked agency's due date (the caller's event vouches for the rows);
    returns code → due date (ISO) for that event."""
    today = _today()
    days = (
        _days(session, URGENT_OPINION_DAYS, URGENT_WORKING_DAYS)
        if urgent
        else _days(session, OPINION_DAYS, NORMAL_WORKING_DAYS)
    )
    due = add_working_days(today, days)
    written: dict[str, str] = {}
    for agency in agencies:
        session.add(
            ReviewDeadline(
                application_id=application_id,
                agency_id=agency.id,
                requested_on=today,
                due_on=due,
                urgent=urgent,
                urgent_reason=urgent_reason.strip() if urgent else "",
            )
        )
        written[agency.code] = due.isoformat()
    session.flush()
    return written


def _answered(session: Session, application_id: int) -> set[int]:
    return {
        a
        for a in session.scalars(
            select(Opinion.agency_id).where(
                Opinion.application_id == application_id, Opinion.superseded.is_(False)
            )
        )
        if a is not None
    }


def deadlines_in(session: Session, application_id: int) -> tuple[DeadlineView, ...]:
    rows = list(
        session.scalars(
            select(ReviewDeadline)
            .where(ReviewDeadline.application_id == application_id)
            .order_by(ReviewDeadline.id)
        )
    )
    codes = {
        a.id: a.code
        for a in session.scalars(select(Agency).where(Agency.id.in_({r.agency_id for r in rows})))
    }
    answered = _answered(session, application_id)
    today = _today()
    return tuple(
        DeadlineView(
            agency_id=r.agency_id,
            agency_code=codes.get(r.agency_id, ""),
            requested_on=r.requested_on,
            due_on=r.due_on,
            urgent=r.urgent,
            urgent_reason=r.urgent_reason,
            answered=r.agency_id in answered,
            overdue=r.agency_id not in answered and r.due_on < today,
        )
        for r in rows
    )


def deadlines(db: Database, application_id: int) -> tuple[DeadlineView, ...]:
    """Each asked agency's due date, whether it answered, and whether it is overdue."""
    with db.session() as session:
        return deadlines_in(session, application_id)


def due_date(db: Database, application_id: int, agency_code: str) -> date | None:
    """When that agency's opinion on the case is (or was) due; None if it was not asked with
    a due date (cases sent before due dates existed)."""
    with db.session() as session:
        return session.scalar(
            select(ReviewDeadline.due_on)
            .join(Agency, Agency.id == ReviewDeadline.agency_id)
            .where(
                ReviewDeadline.application_id == application_id,
                Agency.code == agency_code.strip().upper(),
            )
        )


def opinion_due_on(session: Session, application_id: int, agency_id: int) -> date | None:
    return session.scalar(
        select(ReviewDeadline.due_on).where(
            ReviewDeadline.application_id == application_id,
            ReviewDeadline.agency_id == agency_id,
        )
    )


def overdue_work(session: Session, me: User) -> list[WorkItem]:
    """My work: opinions past their due date, for the agency's members (who owe them) and
    for the officer the case is assigned to (who chases them). The reminder, offline.

    One query: the database keeps only this person's unanswered deadlines of open cases,
    oldest due first, and at most ``WORK_LIMIT`` of them (a register holds 500,000 cases)."""
    open_statuses = [s for s in CaseStatus if not s.is_closed]
    # The agencies that answered, looked up by the case (its few opinions), never by the
    # agency (all of its opinions): an agency answers thousands of cases.
    answered = select(Opinion.agency_id).where(
        Opinion.application_id == ReviewDeadline.application_id,
        Opinion.agency_id.is_not(None),
        Opinion.superseded.is_(False),
    )
    mine: ColumnElement[bool] = Application.assigned_to_id == me.id
    if me.role is Role.COMMITTEE_MEMBER and me.agency_id is not None:
        mine = or_(mine, ReviewDeadline.agency_id == me.agency_id)
    rows = session.execute(
        select(
            ReviewDeadline.due_on,
            ReviewDeadline.urgent,
            Application.id,
            Application.reference,
            Application.status,
            Agency.code,
        )
        .join(Application, Application.id == ReviewDeadline.application_id)
        .join(Agency, Agency.id == ReviewDeadline.agency_id)
        .where(
            ReviewDeadline.due_on < _today(),
            Application.status.in_(open_statuses),
            mine,
            ReviewDeadline.agency_id.not_in(answered),
        )
        .order_by(ReviewDeadline.due_on, Application.id, Agency.code)
        .limit(WORK_LIMIT)
    )
    return [
        WorkItem(
            app_id,
            reference,
            status,
            WorkReason.OPINION_OVERDUE,
            f"{code}: opinion due {due_on.isoformat()}" + (" (urgent)" if urgent else ""),
            due_on,
            (("agency", code), ("urgent", "yes" if urgent else "")),
        )
        for due_on, urgent, app_id, reference, status, code in rows
    ]
