"""Case files as use cases: export one registered case to JSON, import one into the register.

The file format itself (reading, checking, the field paths in every problem) is
``att_desktop.formats.case_file``; this module adds what needs the database: permissions,
clashes with what is registered, the decision rules, and the history.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Assessment, Decision, Licence
from att_desktop.domain.application import (
    normalise_application,
)
from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.decision import DecisionRefused, validate_decision
from att_desktop.domain.assessment.model import Ground, Recommendation
from att_desktop.domain.casefile import CaseFileError, dump_assessment
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
)
from att_desktop.formats.case_file import (
    FORMAT,
    VERSION,
    CaseFile,
    case_number_text,
    parse_case_file,
)
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.assessment import current_row, read_input, result_as_json, store_input
from att_desktop.services.cases import case_detail, insert_application, load_application
from att_desktop.services.decisions import (
    DecisionInput,
    LicenceLineTerms,
    LicenceTerms,
    record_decision,
    reevaluate_at,
    reserve_licence_number,
)
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail
from att_desktop.services.errors import ServiceError, ValidationFailed, problem_text
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize, four_eyes_conflict
from att_desktop.services.provenance import (
    Decider,
    ImportSource,
    Provenance,
    decision_provenance,
    migration_refusal,
    provenance,
    resolve_decider,
)

log = logging.getLogger(__name__)


def _at(path: str, problem: Message | str) -> Message:
    """One problem of a case file, named by its field path (``decision.outcome``)."""
    return msg(
        "{path}: {problem}",
        context="case file problem (field path: problem)",
        path=path,
        problem=problem,
    )


class CaseImportError(ServiceError):
    """The file was not imported; each problem names its field and what is wrong.

    ``messages`` are Messages where the services wrote them (the file parser's own
    problems are still plain English strings, shown as written); ``problems`` is their
    English, one string each."""

    def __init__(self, problems: Sequence[Message | str]) -> None:
        self.messages = tuple(problems)
        self.problems = tuple(problem_text(p, "en") for p in self.messages)
        super().__init__(self.translated("en"))

    def translated(self, language: str) -> str:
        lines = "\n".join(f"- {problem_text(p, language)}" for p in self.messages)
        return translate(
            "The case file was not imported. Nothing was written. Problems:\n{lines}",
            language,
            lines=lines,
        )


def export_case(db: Database, application_id: int) -> dict[str, Any]:
    """The case as a case file: current parties and items, the live (or last) assessment,
    the latest decision and its licence, and the engine's verdict for a human reader."""
    with db.session() as session:
        app = load_application(session, application_id)
        return _export(session, app)


def _export(session: Session, app: Application) -> dict[str, Any]:
    items = [i for i in app.items if not i.superseded]
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "application": {
            "reference": app.reference,
            "status": app.status.value,
            "transfer_type": app.transfer_type.value,
            "applicant": {
                "name": app.applicant.name,
                "country_code": app.applicant.country_code,
                "registration_number": app.applicant.registration_number,
                "address": app.applicant.address,
            },
            "destination_code": app.destination_code,
            "exporting_code": app.exporting_code,
            "received_on": app.received_on.isoformat(),
            "intended_end_use": app.intended_end_use,
            "euc_number": app.euc_number,
            "euc_issuer": app.euc_issuer,
            "euc_date": app.euc_date.isoformat() if app.euc_date else None,
            "transit_codes": [t.country_code for t in app.transit_states if not t.superseded],
        },
        "parties": [
            {
                "role": p.role.value,
                "party_type": p.party_type.value,
                "name": p.name,
                "country_code": p.country_code,
                "address": p.address,
                "acts_for": p.acts_for,
            }
            for p in app.parties
            if not p.superseded
        ],
        "items": [
            {
                "line_no": i.line_no,
                "description": i.description,
                "quantity": case_number_text(i.quantity),
                "unit": i.unit,
                "att_category": i.att_category,
                "not_reportable_reason": i.not_reportable_reason.value
                if i.not_reportable_reason
                else None,
                "model": i.model,
                "control_rating": i.control_rating,
                "value": case_number_text(i.value),
                "currency": i.currency,
                "origin_code": i.origin_code,
                "withheld": i.withheld,
                "withheld_reason": i.withheld_reason,
                "report_comment": i.report_comment,
            }
            for i in items
        ],
        "assessment": None,
        "assessment_record": None,
        "decision": None,
    }
    row = _assessment_for_export(session, app)
    if row is not None:
        inp = read_input(row)
        data["assessment"] = dump_assessment(inp)
        data["assessment_record"] = {
            "revision": row.revision,
            "status": row.status.value,
            "decision_date": row.decision_date.isoformat() if row.decision_date else None,
        }
        data["result"] = result_as_json(evaluate(inp))
    data["decision"] = _export_decision(session, app)
    return data


def _assessment_for_export(session: Session, app: Application) -> Assessment | None:
    decision = _latest_decision(session, app.id)
    if decision is not None and decision.assessment_id is not None:
        return session.get(Assessment, decision.assessment_id)
    return current_row(session, app.id)


def _latest_decision(session: Session, application_id: int) -> Decision | None:
    return session.scalars(
        select(Decision)
        .where(Decision.application_id == application_id)
        .order_by(Decision.id.desc())
        .limit(1)
    ).first()


def _export_decision(session: Session, app: Application) -> dict[str, Any] | None:
    row = _latest_decision(session, app.id)
    if row is None:
        return None
    from att_desktop.db.models import Event

    by = session.scalars(
        select(Event.actor_name).where(
            Event.entity == "decision", Event.entity_id == row.id, Event.action == "decided"
        )
    ).first()
    rationale = row.rationale
    origin = decision_provenance(session, row.id)
    if origin is not None:
        # The file carries the decision, not this register's record of importing it.
        by = origin.decided_by
        rationale = rationale.removesuffix(f"\n\n{origin.sentence()}")
    out: dict[str, Any] = {
        "outcome": row.outcome.value,
        "decided_on": row.decided_on.isoformat(),
        "decided_by": by or "",
        "rationale": rationale,
        "grounds": [Ground.from_json(g).to_json() for g in row.grounds],
        "licence": None,
    }
    lic = session.scalars(select(Licence).where(Licence.decision_id == row.id)).first()
    if lic is not None:
        line_nos = {i.id: i.line_no for i in app.items}
        out["licence"] = {
            "number": lic.number,
            "status": lic.status.value,
            "issued_on": lic.issued_on.isoformat(),
            "valid_from": lic.valid_from.isoformat(),
            "valid_until": lic.valid_until.isoformat(),
            "conditions": list(lic.conditions),
            "lines": [
                {
                    "line_no": line_nos[line.line_item_id],
                    "quantity": case_number_text(line.quantity),
                    "value": case_number_text(line.value),
                    "currency": line.currency,
                }
                for line in lic.lines
                if line.quantity > 0
            ],
        }
    return out


# --------------------------------------------------------------------------- import


def import_case(
    db: Database,
    data: Any,
    *,
    actor: Actor = LOCAL_OFFICER,
    new_reference: bool = False,
    today: date | None = None,
    source: ImportSource | None = None,
) -> CaseDetail:
    """Import a case file in one transaction: all of it, or nothing.

    The file's reference is kept unless ``new_reference``; a reference already in the
    register is refused. A file carrying a decision needs the records-migration right, must
    name a decider who could have decided here (or who decided outside the app), and goes
    through the wizard's rules: a completed assessment the decision agrees with, re-screened
    under Article 6 as at the decision date. ``source`` names the file for the provenance
    (default: the canonical JSON's hash).
    """
    try:
        case = parse_case_file(data, require_application=True, today=today)
    except CaseFileError as exc:
        raise CaseImportError(exc.messages) from exc
    assert case.application is not None
    problems = _decision_problems(case)
    if problems:
        raise CaseImportError(problems)
    with db.session() as session:
        authorize(session, actor, Permission.IMPORT_RECORDS)
        origin = None
        if case.decision is not None:
            decider = _historical_decider(session, case, actor)
            source = source or ImportSource.of_data("case file", data)
            origin = provenance(source, (), actor, decider)
        problems = _clashes(session, case, new_reference)
        if problems:
            raise CaseImportError(problems)
        try:
            app = _write(session, case, actor, new_reference, origin)
        except ValidationFailed as exc:
            raise CaseImportError(
                [_at(f"decision.{e.field}", e.message) for e in exc.errors]
            ) from exc
        session.expire(app)
        detail = case_detail(session, load_application(session, app.id))
    log.info("Imported a case file as %s", detail.reference)
    return detail


def _historical_decider(session: Session, case: CaseFile, actor: Actor) -> Decider:
    """Issue 13: who may bring a decision in, and who it records as the decider."""
    assert case.decision is not None
    refusal = migration_refusal(session, actor)
    if refusal is not None:
        raise CaseImportError(
            [
                _at(
                    "decision",
                    msg(
                        "the file carries a historical decision, which only a holder of the "
                        "records-migration right may import. {refusal}",
                        refusal=refusal,
                    ),
                )
            ]
        )
    decider = resolve_decider(session, case.decision.decided_by, actor)
    if isinstance(decider, Message):
        raise CaseImportError([_at("decision.decided_by", decider)])
    return decider


def _decision_problems(case: CaseFile) -> list[Message]:
    if case.decision is None or case.assessment is None:
        return []
    result = evaluate(case.assessment)
    if result.recommendation is Recommendation.INCOMPLETE:
        missing = msg("the assessment is incomplete ({missing})", missing="; ".join(result.missing))
        return [_at("decision", missing)]
    try:
        validate_decision(result, case.decision.outcome)
    except DecisionRefused as exc:
        return [_at("decision.outcome", exc.message)]
    known = set(case.line_numbers)
    lic = case.decision.licence
    return [
        _at(
            f"decision.licence.lines[{n}].line_no",
            msg("there is no item with line_no {line}", line=line[0]),
        )
        for n, line in enumerate(lic.lines if lic else ())
        if line[0] not in known
    ]


def _clashes(session: Session, case: CaseFile, new_reference: bool) -> list[Message]:
    problems = []
    if case.reference and not new_reference:
        taken = session.scalar(
            select(Application.id).where(Application.reference == case.reference)
        )
        if taken is not None:
            problems.append(
                _at(
                    "application.reference",
                    msg(
                        "{reference} is already in this register (import it with a new "
                        "reference, or it is already here)",
                        reference=case.reference,
                    ),
                )
            )
    lic = case.decision.licence if case.decision else None
    if lic is not None and lic.number:
        taken = session.scalar(select(Licence.id).where(Licence.number == lic.number))
        if taken is not None:
            problems.append(
                _at(
                    "decision.licence.number",
                    msg("{number} is already in this register", number=lic.number),
                )
            )
    return problems


def _status(case: CaseFile) -> CaseStatus:
    if case.decision is not None:
        return (
            CaseStatus.AUTHORISED
            if case.decision.outcome is DecisionOutcome.AUTHORISE
            else CaseStatus.DENIED
        )
    return CaseStatus.UNDER_ASSESSMENT if case.assessment is not None else CaseStatus.SUBMITTED


def _write(
    session: Session,
    case: CaseFile,
    actor: Actor,
    new_reference: bool,
    origin: Provenance | None = None,
) -> Application:
    assert case.application is not None
    inp = normalise_application(case.application)
    initial = CaseStatus.UNDER_ASSESSMENT if case.decision else _status(case)
    app = insert_application(
        session,
        inp,
        actor=actor,
        status=initial,
        reference=None if new_reference or not case.reference else case.reference,
        action="imported",
        summary="Imported from a case file",
    )
    if case.assessment is None:
        return app
    row = Assessment(
        application_id=app.id,
        revision=1,
        status=AssessmentStatus.DRAFT,
        drafted_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    result = store_input(session, row, case.assessment, decision_date=case.decision_date)
    complete = result.recommendation is not Recommendation.INCOMPLETE and (
        case.decision is not None or case.assessment_status is AssessmentStatus.COMPLETE
    )
    if complete:
        row.status = AssessmentStatus.COMPLETE
        row.completed_at = row.updated_at
    record_event(
        session,
        actor,
        entity="assessment",
        entity_id=row.id,
        application_id=app.id,
        action="assessment_imported",
        summary=f"Assessment imported ({row.status.value}): {result.recommendation}",
        after={"status": row.status, "recommendation": result.recommendation},
    )
    if case.decision is not None:
        assert origin is not None
        _write_decision(session, app, row, case, actor, origin)
    return app


def _write_decision(
    session: Session,
    app: Application,
    row: Assessment,
    case: CaseFile,
    actor: Actor,
    origin: Provenance,
) -> None:
    d = case.decision
    assert d is not None and case.assessment is not None
    if row.status is not AssessmentStatus.COMPLETE:
        raise CaseImportError([_at("decision", msg("the assessment it rests on is not complete"))])
    if origin.decided_by_id is not None:
        conflict = four_eyes_conflict(session, origin.decided_by_id, app.id)
        if conflict is not None:
            raise CaseImportError(
                [_at("decision.decided_by", _at(origin.decided_by or "", conflict))]
            )
    by_line = {n: item.id for n, item in zip(case.line_numbers, app.items, strict=True)}
    terms = None
    if d.licence is not None:
        terms = LicenceTerms(
            valid_from=d.licence.valid_from,
            valid_until=d.licence.valid_until,
            lines=tuple(
                LicenceLineTerms(by_line[no], qty, value, currency)
                for no, qty, value, currency in d.licence.lines
            ),
            conditions=d.licence.conditions,
        )
    decision = DecisionInput(d.outcome, d.decided_on, d.rationale, d.grounds, terms)
    number = d.licence.number if d.licence and d.licence.number else None
    if number:
        reserve_licence_number(session, number)
    # The register's own embargo data, as at the decision date, has the last word.
    result = reevaluate_at(session, app, read_input(row), d.decided_on)
    try:
        validate_decision(result, d.outcome)
    except DecisionRefused as exc:
        raise CaseImportError([_at("decision.outcome", exc.message)]) from exc
    record_decision(
        session, app, row, decision, result, actor, licence_number=number, imported=origin
    )
    if d.licence is not None and d.licence.status is not LicenceStatus.VALID:
        lic = session.scalars(select(Licence).where(Licence.application_id == app.id)).one()
        lic.status = d.licence.status
        session.flush()
