"""Recording decisions (authorise with a licence, or deny with grounds) and managing licences.

A decision is checked against the case's completed assessment, re-evaluated with the embargo
screen as at the decision date: Article 6 applies to the law in force when the State
authorises. The engine's guard (``validate_decision``) stops an authorisation the assessment
does not support; a denial of an authorisable case is allowed, with grounds cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Assessment,
    Decision,
    DenialNotice,
    Event,
    Licence,
    LicenceLine,
    LineItem,
    ReferenceCounter,
    User,
)
from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.decision import DecisionRefused, validate_decision
from att_desktop.domain.assessment.model import (
    PLAIN_CITATION,
    AssessmentInput,
    AssessmentResult,
    CitationStyle,
    Ground,
)
from att_desktop.domain.criteria import CriteriaSet
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    PartyRole,
)
from att_desktop.domain.validation import FieldError, decimal_message
from att_desktop.formats.pdf_labels import citation_style
from att_desktop.i18n import msg
from att_desktop.services.anchoring import append_witness
from att_desktop.services.assessment import (
    current_row,
    decision_date_problem,
    read_input,
    rescreen,
)
from att_desktop.services.cases import case_detail, load_application
from att_desktop.services.committee import check_majority_reason_in
from att_desktop.services.conditions import (
    DEFAULT_CONDITIONS as DEFAULT_CONDITIONS,  # where the tests and benchmarks look
)
from att_desktop.services.conditions import (
    ProposedCondition,
    proposed_conditions,
    standard_conditions_in,
)
from att_desktop.services.criteria_sets import criteria_record, denial_criteria_set
from att_desktop.services.criteria_sets import denial_criteria as denial_criteria
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail
from att_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from att_desktop.services.history import change_status, event_view, record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.provenance import DECISION_IMPORTED, Provenance, decision_provenance
from att_desktop.services.references import ensure_counter, next_sequence
from att_desktop.services.sanctions import sanctions_blockers, screen_case
from att_desktop.services.screening import applied_sets, screen_records
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.signing import sign_decision

LICENCE_PREFIX = "LIC"
#: Authority settings: the longest validity a licence may have, and the authority's State.
MAX_VALIDITY_YEARS = "licence_max_validity_years"
AUTHORITY_COUNTRY = "authority_country"
DEFAULT_MAX_VALIDITY_YEARS = 3


class DecisionRefusedError(ServiceError):
    """The decision contradicts the assessment (or the assessment cannot support one yet)."""


@dataclass(frozen=True)
class LicenceLineTerms:
    line_item_id: int
    quantity: Decimal
    value: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class LicenceTerms:
    valid_from: date
    valid_until: date
    lines: tuple[LicenceLineTerms, ...]
    conditions: tuple[str, ...] = ()
    #: From ``suggested_terms``: the same conditions with their origins, for the decision
    #: form to group; ignored when a licence is issued or amended.
    proposed: tuple[ProposedCondition, ...] = ()


@dataclass(frozen=True)
class DecisionInput:
    outcome: DecisionOutcome
    decided_on: date
    rationale: str
    #: Denials: the grounds cited; the engine's grounds are always added to them.
    grounds: tuple[Ground, ...] = ()
    licence: LicenceTerms | None = None
    #: Required when the decision goes against the committee's majority: why it departs.
    against_majority_reason: str = ""
    #: Denials (issue 16): codes of the active national criteria set cited (EU CP "1"-"8").
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True)
class LicenceLineView:
    id: int
    line_item_id: int
    line_no: int
    description: str
    quantity: Decimal
    value: Decimal | None
    currency: str
    unit: str


@dataclass(frozen=True)
class LicenceDetail:
    id: int
    number: str
    application_id: int
    reference: str
    status: LicenceStatus
    version: int
    issued_on: date
    valid_from: date
    valid_until: date
    conditions: tuple[str, ...]
    lines: tuple[LicenceLineView, ...]
    history: tuple[Any, ...] = field(default=())


@dataclass(frozen=True)
class DecisionView:
    id: int
    application_id: int
    assessment_id: int | None
    outcome: DecisionOutcome
    decided_on: date
    decided_by: str
    grounds: tuple[Ground, ...]
    rationale: str
    licence: LicenceDetail | None
    #: The decider's job title as their account holds it now ("" when not set): the
    #: signature block of the licence or letter prints it under their name.
    decided_by_title: str = ""
    #: Set when the decision was imported from a file (issue 13): where it came from.
    provenance: Provenance | None = None
    #: Issue 16: the national criteria the denial cites, and their set (None: none cited).
    criteria: tuple[str, ...] = ()
    criteria_set: CriteriaSet | None = None


# --------------------------------------------------------------------------- settings


def max_validity_years(db: Database) -> int:
    with db.session() as session:
        return _max_years(session)


def _max_years(session: Session) -> int:
    text = get_setting(session, MAX_VALIDITY_YEARS)
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_MAX_VALIDITY_YEARS


def set_max_validity_years(db: Database, years: int, *, actor: Actor = LOCAL_OFFICER) -> None:
    if not 1 <= years <= 20:
        raise ServiceError(msg("A licence's maximum validity must be between 1 and 20 years."))
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        before = _max_years(session)
        change_setting(
            session,
            actor,
            MAX_VALIDITY_YEARS,
            str(years),
            f"Maximum licence validity {before} → {years} years",
            before=before,
            after=years,
        )


def set_authority_country(db: Database, code: str, *, actor: Actor = LOCAL_OFFICER) -> None:
    """The authority's own State, written on the denial notices it issues."""
    from att_desktop.domain.countries import is_valid_country

    if not is_valid_country(code):
        raise ServiceError(msg("{code!r} is not a known country code.", code=code))
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        change_setting(session, actor, AUTHORITY_COUNTRY, code, f"Authority's State set to {code}")


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --------------------------------------------------------------------------- suggestions


def suggested_terms(db: Database, application_id: int, *, valid_from: date) -> LicenceTerms:
    """Every line in full, the longest validity allowed, and the proposed conditions: the
    committee's, the mitigation measures the findings relied on, those the assessment
    requires (e.g. sanctions-committee notifications) and the authority's standard ones."""
    with db.session() as session:
        app = load_application(session, application_id)
        row = current_row(session, application_id)
        inp = read_input(row) if row is not None else None
        result = evaluate(inp) if inp is not None else None
        proposed = proposed_conditions(session, application_id, inp, result)
        return LicenceTerms(
            valid_from=valid_from,
            valid_until=_add_years(valid_from, _max_years(session)),
            lines=tuple(
                LicenceLineTerms(i.id, i.quantity, i.value, i.currency)
                for i in app.items
                if not i.superseded
            ),
            conditions=tuple(p.text for p in proposed),
            proposed=proposed,
        )


# --------------------------------------------------------------------------- deciding


def _refuse_if_listed(session: Session, app: Application) -> None:
    """Issue 12: no authorisation while a party is confirmed as, or may be, on the UN
    Consolidated List (Article 6(1)): an unreviewed hit is judged first, never cleared."""
    listed = sanctions_blockers(session, app.id)
    if listed:
        names = "; ".join(
            f"{h.party_name} ~ {h.entry_name} ({h.entry_reference}, {h.status})" for h in listed
        )
        raise DecisionRefusedError(
            msg(
                "{reference} cannot be authorised: parties resemble the UN "
                "Consolidated List ({names}). Review the hits in the case's "
                "Sanctions list hits tab first.",
                reference=app.reference,
                names=names,
            )
        )


def decide(
    db: Database, application_id: int, decision: DecisionInput, *, actor: Actor = LOCAL_OFFICER
) -> CaseDetail:
    """Record the decision on a case whose assessment is complete.

    Authorise ⇒ a licence with a number, validity, lines and conditions. Deny ⇒ the grounds
    (the engine's, plus any the officer cites) and a denial notice for each end user and
    consignee, so later applications naming them are matched (like cases treated alike).
    """
    if not decision.rationale.strip():
        raise ValidationFailed(
            [FieldError("rationale", msg("give the reasoning for the decision"))]
        )
    if decision.outcome is DecisionOutcome.AUTHORISE:
        screen_case(db, application_id, actor)  # issue 12: parties added since the last screen
    with db.session() as session:
        authorize(session, actor, Permission.DECIDE, application_id=application_id)
        app = load_application(session, application_id)
        if app.status.is_closed:
            raise ServiceError(
                msg(
                    "{reference} is already {value}.",
                    reference=app.reference,
                    value=app.status.value,
                )
            )
        problem = decision_date_problem(decision.decided_on, app.received_on, date.today())
        if problem:
            raise ValidationFailed([FieldError("decided_on", problem)])
        committee = check_majority_reason_in(
            session, app.id, decision.outcome, decision.against_majority_reason
        )
        if committee.requested and not committee.quorum_met:
            waiting = ", ".join(a.code for a in committee.missing)
            raise DecisionRefusedError(
                msg(
                    "{reference} went to the committee and its quorum is not met: "
                    "{answered} of {requested} agencies answered, "
                    "{quorum} are needed (waiting for {waiting}).",
                    reference=app.reference,
                    answered=len(committee.answered),
                    requested=len(committee.requested),
                    quorum=committee.quorum,
                    waiting=waiting,
                )
            )
        assessment = current_row(session, application_id)
        if assessment is None or assessment.status is not AssessmentStatus.COMPLETE:
            raise DecisionRefusedError(
                msg(
                    "{reference} has no completed assessment. Complete the Article "
                    "6/7 assessment first: an incomplete assessment cannot be "
                    "decided.",
                    reference=app.reference,
                )
            )
        result = reevaluate_at(session, app, read_input(assessment), decision.decided_on)
        try:
            validate_decision(result, decision.outcome)
        except DecisionRefused as exc:
            raise DecisionRefusedError(exc.message) from exc
        if decision.outcome is DecisionOutcome.AUTHORISE:
            _refuse_if_listed(session, app)
        row = record_decision(session, app, assessment, decision, result, actor)
        if committee.requested:
            record_event(
                session,
                actor,
                entity="decision",
                entity_id=row.id,
                application_id=app.id,
                action="committee_position_noted",
                summary=(
                    f"Committee: {len(committee.answered)} of {len(committee.requested)} "
                    f"agencies answered (quorum {committee.quorum}"
                    f"{'' if committee.quorum_met else ', not met'}); majority "
                    f"{committee.majority.value if committee.majority else 'none'}"
                ),
                after={
                    "answered": [a.code for a in committee.answered],
                    "missing": [a.code for a in committee.missing],
                    "quorum": committee.quorum,
                    "quorum_met": committee.quorum_met,
                    "majority": committee.majority,
                    "outcome": decision.outcome,
                },
                reason=decision.against_majority_reason.strip(),
            )
        session.expire(app)
        detail = case_detail(session, load_application(session, application_id))
    append_witness(db, f"decision {row.id}")  # issue 13: the head, outside the database
    return detail


def record_decision(
    session: Session,
    app: Application,
    assessment: Assessment,
    decision: DecisionInput,
    result: AssessmentResult,
    actor: Actor,
    licence_number: str | None = None,
    imported: Provenance | None = None,
) -> Decision:
    """Write an already validated decision: the row, its licence or denial notices, the
    case's new status, and the events (shared with the case-file import).

    ``imported`` (a historical decision from a file): the decider is the one the file
    names (None when they decided outside the app), never the importer; the rationale ends
    with the provenance line and the event is ``decision_imported`` carrying it."""
    grounds = _grounds(decision, result)
    cited = criteria_record(session, decision.outcome, decision.criteria, required=not imported)
    rationale = decision.rationale.strip()
    if imported is not None:
        rationale = f"{rationale}\n\n{imported.sentence()}"
    row = Decision(
        application_id=app.id,
        assessment_id=assessment.id,
        outcome=decision.outcome,
        decided_on=decision.decided_on,
        decided_by_id=actor.user_id if imported is None else imported.decided_by_id,
        grounds=[g.to_json() for g in grounds],
        rationale=rationale,
        denial_criteria=cited,
    )
    session.add(row)
    session.flush()
    after: dict[str, Any] = {
        "outcome": decision.outcome,
        "decided_on": decision.decided_on,
        "grounds": row.grounds,
        "rationale": row.rationale,
        "assessment_revision": assessment.revision,
        "recommendation": result.recommendation,
    }
    if cited:
        after["denial_criteria"] = cited
    if imported is not None:
        after["decided_by_id"] = row.decided_by_id
        after["provenance"] = imported.to_json()
    record_event(
        session,
        actor,
        entity="decision",
        entity_id=row.id,
        application_id=app.id,
        action="decided" if imported is None else DECISION_IMPORTED,
        summary=f"{decision.outcome.value.capitalize()} on {decision.decided_on.isoformat()}"
        + (" (imported)" if imported is not None else "")
        + (f": {_citations(grounds, citation_style('en'))}" if grounds else ""),
        after=after,
    )
    if decision.outcome is DecisionOutcome.AUTHORISE:
        _issue_licence(session, app, row, decision, result, actor, licence_number)
        status = CaseStatus.AUTHORISED
    else:
        _notify_denial(session, app, row, actor)
        status = CaseStatus.DENIED
    app.decided_on = decision.decided_on
    change_status(
        session,
        app,
        status,
        actor,
        before={"decided_on": None},
        after={"decided_on": decision.decided_on},
    )
    sign_decision(session, row, actor)  # issue 13: needs the decider's password (at sign-in)
    return row


def reevaluate_at(
    session: Session, app: Application, inp: AssessmentInput, on_date: date
) -> AssessmentResult:
    """The assessment with the screen re-run as at the decision date: a match that appeared
    since (a new embargo) is added, one that no longer applies is dropped, and the officer's
    follow-ups (with their evidence) are kept."""
    return evaluate(rescreen(session, app, inp, on_date))


def _grounds(decision: DecisionInput, result: AssessmentResult) -> list[Ground]:
    """The grounds cited, then the engine's own (a denial always rests on those too)."""
    if decision.outcome is DecisionOutcome.AUTHORISE:
        return []
    if any(g.article is None for g in decision.grounds):
        raise ValidationFailed([FieldError("grounds", msg("each ground must name the article"))])
    cited = list(decision.grounds)
    keys = {(g.article, g.paragraph, g.criterion or None) for g in cited}
    cited += [g for g in result.grounds if (g.article, g.paragraph, g.criterion) not in keys]
    if not cited:
        raise ValidationFailed(
            [
                FieldError(
                    "grounds",
                    msg(
                        "the assessment found no ground for denial: cite the article, paragraph "
                        "and criterion the denial rests on"
                    ),
                )
            ]
        )
    return cited


def _citations(grounds: Iterable[Ground], style: CitationStyle = PLAIN_CITATION) -> str:
    """The grounds cited; the history's summary in words (embargoes by name, not by id)."""
    return "; ".join(dict.fromkeys(g.citation(style) for g in grounds))


def _notify_denial(session: Session, app: Application, row: Decision, actor: Actor) -> None:
    state = get_setting(session, AUTHORITY_COUNTRY)
    items = "; ".join(i.description for i in app.items if not i.superseded)
    roles = (PartyRole.END_USER, PartyRole.CONSIGNEE)
    for party in app.parties:
        if party.superseded or party.role not in roles:
            continue
        notice = DenialNotice(
            notifying_state=state,
            reference=app.reference,
            denied_on=row.decided_on,
            party_name=party.name,
            party_country=party.country_code,
            items=items[:2000],
            grounds=_citations(Ground.from_json(g) for g in row.grounds),
        )
        session.add(notice)
        session.flush()
        record_event(
            session,
            actor,
            entity="denial_notice",
            entity_id=notice.id,
            application_id=app.id,
            action="denial_recorded",
            summary=f"Denial notice for {party.name} ({party.country_code})",
            after={"party_name": party.name, "party_country": party.country_code},
        )


# --------------------------------------------------------------------------- licences


def _check_terms(
    session: Session, app: Application, terms: LicenceTerms, decided_on: date | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    if terms.valid_until < terms.valid_from:
        errors.append(FieldError("licence.valid_until", msg("must not be before the start date")))
    limit = _add_years(terms.valid_from, _max_years(session))
    if terms.valid_until > limit:
        errors.append(
            FieldError(
                "licence.valid_until",
                msg(
                    "a licence may be valid for at most {years} years (until {limit})",
                    years=_max_years(session),
                    limit=limit.isoformat(),
                ),
            )
        )
    if decided_on is not None and terms.valid_from < decided_on:
        errors.append(
            FieldError(
                "licence.valid_from", msg("a licence cannot start before it is decided (7(5))")
            )
        )
    if not terms.lines:
        errors.append(FieldError("licence.lines", msg("authorise at least one line")))
    items = {i.id: i for i in app.items if not i.superseded}
    seen: set[int] = set()
    for n, line in enumerate(terms.lines):
        errors += _check_line(f"licence.lines[{n}]", line, items.get(line.line_item_id), app)
        if line.line_item_id in seen:
            errors.append(FieldError(f"licence.lines[{n}]", msg("this line item is listed twice")))
        seen.add(line.line_item_id)
    return errors


def _check_line(
    where: str, line: LicenceLineTerms, item: LineItem | None, app: Application
) -> list[FieldError]:
    if item is None:
        return [
            FieldError(
                f"{where}.line_item_id",
                msg(
                    "item {item} is not a current line of {reference}",
                    item=line.line_item_id,
                    reference=app.reference,
                ),
            )
        ]
    errors = []
    problem = decimal_message(line.quantity, allow_zero=False, what="quantity")
    if problem:
        errors.append(FieldError(f"{where}.quantity", problem))
    elif line.quantity > item.quantity:
        errors.append(
            FieldError(
                f"{where}.quantity",
                msg(
                    "{asked} exceeds the {applied} {unit} applied for (line {line})",
                    asked=_fmt(line.quantity),
                    applied=_fmt(item.quantity),
                    unit=item.unit,
                    line=item.line_no,
                ),
            )
        )
    if line.value is not None:
        problem = decimal_message(line.value, allow_zero=True, what="value")
        currency = line.currency or item.currency
        if problem:
            errors.append(FieldError(f"{where}.value", problem))
        elif item.value is not None and currency == item.currency and line.value > item.value:
            errors.append(
                FieldError(
                    f"{where}.value",
                    msg(
                        "{asked} {currency} exceeds the {applied} applied for",
                        asked=_fmt(line.value),
                        currency=currency,
                        applied=_fmt(item.value),
                    ),
                )
            )
        if item.currency and currency != item.currency:
            errors.append(
                FieldError(
                    f"{where}.currency",
                    msg("the line was applied for in {currency}", currency=item.currency),
                )
            )
    return errors


def _fmt(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _conditions(session: Session, terms: LicenceTerms, result: AssessmentResult) -> list[str]:
    """The conditions chosen (the authority's standard ones if none), then any the
    assessment requires that were left out."""
    chosen = [c.strip() for c in terms.conditions if c.strip()] or list(
        standard_conditions_in(session)
    )
    for required in result.conditions:  # the assessment's conditions cannot be dropped
        if required not in chosen:
            chosen.append(required)
    return chosen


def _issue_licence(
    session: Session,
    app: Application,
    decision_row: Decision,
    decision: DecisionInput,
    result: AssessmentResult,
    actor: Actor,
    number: str | None = None,
) -> Licence:
    """Issue the licence; ``number`` keeps an imported licence's own number."""
    if decision.licence is None:
        raise ValidationFailed([FieldError("licence", msg("an authorisation needs licence terms"))])
    terms = decision.licence
    errors = _check_terms(session, app, terms, decision.decided_on)
    if errors:
        raise ValidationFailed(errors)
    if number is None:
        year = decision.decided_on.year
        number = f"{LICENCE_PREFIX}/{year}/{next_sequence(session, LICENCE_PREFIX, year):05d}"
    licence = Licence(
        application_id=app.id,
        decision_id=decision_row.id,
        number=number,
        issued_on=decision.decided_on,
        valid_from=terms.valid_from,
        valid_until=terms.valid_until,
        status=LicenceStatus.VALID,
        conditions=_conditions(session, terms, result),
    )
    session.add(licence)
    session.flush()
    _write_lines(session, licence, app, terms)
    record_event(
        session,
        actor,
        entity="licence",
        entity_id=licence.id,
        application_id=app.id,
        action="licence_issued",
        summary=f"Licence {licence.number} valid {licence.valid_from} to {licence.valid_until}",
        after=_licence_snapshot(licence),
    )
    return licence


def reserve_licence_number(session: Session, number: str) -> None:
    """Keep the counter past an imported ``LIC/YYYY/NNNNN`` so it is never handed out again."""
    match = re.fullmatch(rf"{LICENCE_PREFIX}/(\d{{4}})/(\d+)", number)
    if match is None:
        return
    year, seq = int(match[1]), int(match[2])
    ensure_counter(session, LICENCE_PREFIX, year)
    session.execute(
        update(ReferenceCounter)
        .where(
            ReferenceCounter.prefix == LICENCE_PREFIX,
            ReferenceCounter.year == year,
            ReferenceCounter.last_value < seq,
        )
        .values(last_value=seq)
    )


def _write_lines(session: Session, licence: Licence, app: Application, terms: LicenceTerms) -> None:
    """Lines are updated in place (they cannot be deleted); a line dropped by an amendment
    keeps its row with quantity zero."""
    items = {i.id: i for i in app.items}
    existing = {line.line_item_id: line for line in licence.lines}
    wanted = {t.line_item_id: t for t in terms.lines}
    for item_id, t in wanted.items():
        line = existing.get(item_id)
        if line is None:
            line = LicenceLine(licence_id=licence.id, line_item_id=item_id)
            session.add(line)
            licence.lines.append(line)
        line.quantity = t.quantity
        line.value = t.value
        line.currency = (t.currency or items[item_id].currency) if t.value is not None else ""
    for item_id, line in existing.items():
        if item_id not in wanted:
            line.quantity, line.value = Decimal(0), None
    session.flush()


def _licence_snapshot(lic: Licence) -> dict[str, Any]:
    return {
        "number": lic.number,
        "status": lic.status,
        "valid_from": lic.valid_from,
        "valid_until": lic.valid_until,
        "conditions": list(lic.conditions),
        "lines": [
            {
                "line_item_id": line.line_item_id,
                "quantity": line.quantity,
                "value": line.value,
                "currency": line.currency,
            }
            for line in lic.lines
        ],
    }


def _licence_row(session: Session, licence_id: int, expected_version: int) -> Licence:
    lic = session.get(Licence, licence_id)
    if lic is None:
        raise NotFoundError(msg("There is no licence with id {licence_id}.", licence_id=licence_id))
    if lic.version != expected_version:
        raise ConcurrentEditError(
            msg(
                "Licence {number} was changed by someone else after you opened "
                "it (now version {version}, yours {expected_version}). Nothing "
                "was saved: reopen it.",
                number=lic.number,
                version=lic.version,
                expected_version=expected_version,
            )
        )
    return lic


def _flush(session: Session, lic: Licence) -> None:
    number = lic.number  # a failed flush expires the row: read it before
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError(
            msg(
                "Licence {number} was saved by someone else a moment ago; nothing was saved.",
                number=number,
            )
        ) from exc


_TRANSITIONS = {
    LicenceStatus.VALID: {LicenceStatus.SUSPENDED, LicenceStatus.REVOKED},
    LicenceStatus.SUSPENDED: {LicenceStatus.VALID, LicenceStatus.REVOKED},
}


def change_licence_status(
    db: Database,
    licence_id: int,
    new_status: LicenceStatus,
    *,
    reason: str,
    expected_version: int,
    actor: Actor = LOCAL_OFFICER,
    on_date: date | None = None,
) -> LicenceDetail:
    """Suspend, revoke or reinstate (``valid``) a licence (Article 7(7)), with the reason kept,
    in a unit of work of its own (``set_licence_status`` does the work)."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why the licence status changes"))])
    with db.session() as session:
        return set_licence_status(
            session,
            licence_id,
            new_status,
            reason=reason,
            expected_version=expected_version,
            actor=actor,
            on_date=on_date,
        )


def set_licence_status(
    session: Session,
    licence_id: int,
    new_status: LicenceStatus,
    *,
    reason: str,
    expected_version: int,
    actor: Actor = LOCAL_OFFICER,
    on_date: date | None = None,
) -> LicenceDetail:
    """``change_licence_status`` inside the caller's unit of work, so that the status change
    and what prompted it (an incident's response) are saved together or not at all.

    Reinstating re-runs the embargo screen as at ``on_date`` (today): a licence is never
    put back into force for a destination that an embargo now covers.
    """
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why the licence status changes"))])
    lic = _licence_row(session, licence_id, expected_version)
    authorize(session, actor, Permission.DECIDE, application_id=lic.application_id)
    before = lic.status
    if new_status not in _TRANSITIONS.get(before, set()):
        raise ServiceError(
            msg(
                "Licence {number} is {value}; it cannot be made {new_status}.",
                number=lic.number,
                value=before.value,
                new_status=new_status.value,
            )
        )
    app = load_application(session, lic.application_id)
    if new_status is LicenceStatus.VALID:
        day = on_date or date.today()
        blocking = [
            r for r in screen_records(applied_sets(session), app, day) if r.effect.prohibits
        ]
        if blocking:
            raise ServiceError(
                msg(
                    "Licence {number} cannot be reinstated: {explanation}",
                    number=lic.number,
                    explanation=blocking[0].explanation,
                )
            )
    lic.status = new_status
    _flush(session, lic)
    action = {
        LicenceStatus.SUSPENDED: "licence_suspended",
        LicenceStatus.REVOKED: "licence_revoked",
        LicenceStatus.VALID: "licence_reinstated",
    }[new_status]
    record_event(
        session,
        actor,
        entity="licence",
        entity_id=lic.id,
        application_id=lic.application_id,
        action=action,
        summary=f"Licence {lic.number} {before.value} → {new_status.value}",
        before={"status": before},
        after={"status": new_status},
        reason=reason.strip(),
    )
    return _licence_detail(session, lic, app)


def amend_licence(
    db: Database,
    licence_id: int,
    terms: LicenceTerms,
    *,
    reason: str,
    expected_version: int,
    actor: Actor = LOCAL_OFFICER,
) -> LicenceDetail:
    """Change a licence's validity, lines or conditions within what was applied for."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why the licence is amended"))])
    with db.session() as session:
        lic = _licence_row(session, licence_id, expected_version)
        authorize(session, actor, Permission.DECIDE, application_id=lic.application_id)
        if lic.status not in (LicenceStatus.VALID, LicenceStatus.SUSPENDED):
            raise ServiceError(
                msg(
                    "Licence {number} is {value}: it cannot be amended.",
                    number=lic.number,
                    value=lic.status.value,
                )
            )
        app = load_application(session, lic.application_id)
        errors = _check_terms(session, app, terms, None)
        if errors:
            raise ValidationFailed(errors)
        before = _licence_snapshot(lic)
        lic.valid_from, lic.valid_until = terms.valid_from, terms.valid_until
        lic.conditions = [c.strip() for c in terms.conditions if c.strip()]
        _write_lines(session, lic, app, terms)
        # Lines live in their own rows: force an UPDATE of the licence so its version moves
        # and a stale copy of it is refused, even when only a line changed.
        flag_modified(lic, "conditions")
        _flush(session, lic)
        after = _licence_snapshot(lic)
        changed = [k for k in after if after[k] != before[k]]
        record_event(
            session,
            actor,
            entity="licence",
            entity_id=lic.id,
            application_id=lic.application_id,
            action="licence_amended",
            summary=f"Licence {lic.number} amended ({', '.join(changed) or 'no change'})",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
            reason=reason.strip(),
        )
        return _licence_detail(session, lic, app)


# --------------------------------------------------------------------------- reading


def _licence_detail(session: Session, lic: Licence, app: Application) -> LicenceDetail:
    items = {i.id: i for i in app.items}
    history = session.scalars(
        select(Event).where(Event.entity == "licence", Event.entity_id == lic.id).order_by(Event.id)
    )
    return LicenceDetail(
        id=lic.id,
        number=lic.number,
        application_id=app.id,
        reference=app.reference,
        status=lic.status,
        version=lic.version,
        issued_on=lic.issued_on,
        valid_from=lic.valid_from,
        valid_until=lic.valid_until,
        conditions=tuple(lic.conditions),
        lines=tuple(
            LicenceLineView(
                id=line.id,
                line_item_id=line.line_item_id,
                line_no=items[line.line_item_id].line_no,
                description=items[line.line_item_id].description,
                quantity=line.quantity,
                value=line.value,
                currency=line.currency,
                unit=items[line.line_item_id].unit,
            )
            for line in lic.lines
        ),
        history=tuple(event_view(e) for e in history),
    )


def get_licence(db: Database, licence_id: int) -> LicenceDetail:
    with db.session() as session:
        lic = session.get(Licence, licence_id)
        if lic is None:
            raise NotFoundError(
                msg("There is no licence with id {licence_id}.", licence_id=licence_id)
            )
        return _licence_detail(session, lic, load_application(session, lic.application_id))


def get_decision(db: Database, application_id: int) -> DecisionView | None:
    """The case's latest decision with its licence, for the case view and the PDFs."""
    with db.session() as session:
        row = session.scalars(
            select(Decision)
            .where(Decision.application_id == application_id)
            .order_by(Decision.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        app = load_application(session, application_id)
        lic = session.scalars(select(Licence).where(Licence.decision_id == row.id)).first()
        by = session.scalars(
            select(Event.actor_name).where(
                Event.entity == "decision", Event.entity_id == row.id, Event.action == "decided"
            )
        ).first()
        decider = session.get(User, row.decided_by_id) if row.decided_by_id else None
        origin = decision_provenance(session, row.id)
        criteria_set, criteria = denial_criteria_set(session, application_id)
        if origin is not None:  # the importer is never shown as the decider
            by = decider.full_name if decider is not None else origin.decided_by
        return DecisionView(
            id=row.id,
            application_id=application_id,
            assessment_id=row.assessment_id,
            outcome=row.outcome,
            decided_on=row.decided_on,
            decided_by=by or (decider.full_name if decider is not None else ""),
            decided_by_title=decider.job_title if decider is not None else "",
            grounds=tuple(Ground.from_json(g) for g in row.grounds),
            rationale=row.rationale,
            licence=_licence_detail(session, lic, app) if lic is not None else None,
            provenance=origin,
            criteria=criteria,
            criteria_set=criteria_set,
        )
