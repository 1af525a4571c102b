"""The Article 6/7/11 assessment of a case: open, screen, save, complete, revise.

The officer's answers are stored as the case file's JSON (``Assessment.data``): that is the
record the engine re-evaluates, years later if need be. The structured rows
(``AssessmentFinding``, ``MitigationMeasure``) mirror it so findings can be queried. A
completed revision is never edited: a reassessment starts a new revision and the old one is
kept, superseded (Article 12).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Assessment, AssessmentFinding
from att_desktop.db.models import MitigationMeasure as MitigationRow
from att_desktop.db.types import utcnow
from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.decision import DecisionRefused, validate_decision
from att_desktop.domain.assessment.mitigation import counts
from att_desktop.domain.assessment.model import (
    Answer,
    Article7Basis,
    AssessmentInput,
    AssessmentResult,
    EmbargoMatchRecord,
    Finding,
    Recommendation,
    Source,
)
from att_desktop.domain.casefile import CaseFileError, dump_assessment, parse_assessment
from att_desktop.domain.enums import AssessmentStatus, CaseStatus, TransferType
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.cases import load_application
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from att_desktop.services.gbv_consultation import completion_check
from att_desktop.services.history import change_status, in_words, record_event
from att_desktop.services.mitigation_policy import mitigation_policy_in
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.reassessment import (
    AffectedLicence,
    ReassessmentReason,
    affected_licences,
    record_destination_information,
    record_reassessment,
)
from att_desktop.services.screening import (
    EmbargoSetInfo,
    EmbargoUpdate,
    applied_sets,
    enabled_embargo_sets,
    list_embargo_sets,
    load_embargo_update,
    screen_records,
    set_enabled_embargo_sets,
)
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.training import GBV_TRAINING_KEY, lacks_gbv_training_in

__all__ = [
    "ARTICLE7_FOR_TRANSFER_TYPES",
    "AffectedLicence",
    "AssessmentIncomplete",
    "AssessmentState",
    "EmbargoSetInfo",
    "EmbargoUpdate",
    "ReassessmentReason",
    "affected_licences",
    "apply_screen",
    "article7_transfer_types",
    "complete_assessment",
    "current_assessment",
    "decision_date_problem",
    "enabled_embargo_sets",
    "evaluate_case_file",
    "get_assessment",
    "list_embargo_sets",
    "load_embargo_update",
    "missing_answers",
    "new_revision",
    "open_assessment",
    "record_destination_information",
    "record_reassessment",
    "rescreen",
    "result_as_json",
    "save_assessment",
    "screen_article6",
    "set_article7_transfer_types",
    "set_enabled_embargo_sets",
]

#: Authority setting (JSON list): the transfer types other than export whose assessment asks
#: Article 7 under national policy. Article 7(1) binds the exporting State; by default an
#: import, transit, trans-shipment or brokering case is screened under Article 6 only.
ARTICLE7_FOR_TRANSFER_TYPES = "article7_for_transfer_types"


@dataclass(frozen=True)
class AssessmentState:
    """One revision of a case's assessment with the engine's verdict on it."""

    assessment_id: int
    application_id: int
    revision: int
    status: AssessmentStatus
    input: AssessmentInput
    result: AssessmentResult
    decision_date: date | None
    updated_at: datetime

    @property
    def editable(self) -> bool:
        return self.status is AssessmentStatus.DRAFT


class AssessmentIncomplete(ServiceError):
    """The assessment still has unanswered questions; ``missing`` lists them (in English, the
    field keys first), ``missing_messages`` the same as catalogue messages."""

    def __init__(
        self, missing: tuple[str, ...], missing_messages: tuple[Message, ...] = ()
    ) -> None:
        self.missing = missing
        self.missing_messages = missing_messages
        super().__init__(self._message("en"))

    def _message(self, language: str) -> Message:
        items = self.missing
        if len(self.missing_messages) == len(self.missing):
            items = tuple(translate(m, language) for m in self.missing_messages)
        return msg(
            "The assessment cannot be completed yet. Still missing:\n{lines}",
            lines="\n".join(f"- {m}" for m in items),
        )

    def translated(self, language: str) -> str:
        return translate(self._message(language), language)


# --------------------------------------------------------------------------- policy


def _policy_types(session: Session) -> frozenset[TransferType]:
    try:
        raw = json.loads(get_setting(session, ARTICLE7_FOR_TRANSFER_TYPES) or "[]")
    except ValueError:
        return frozenset()
    values = {t.value for t in TransferType}
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(TransferType(v) for v in raw if v in values and v != "export")


def article7_transfer_types(db: Database) -> frozenset[TransferType]:
    """The transfer types other than export for which national policy asks Article 7."""
    with db.session() as session:
        return _policy_types(session)


def set_article7_transfer_types(
    db: Database, types: Iterable[TransferType], *, actor: Actor = LOCAL_OFFICER
) -> frozenset[TransferType]:
    """An administrator's choice (``MANAGE_REFERENCE_DATA``), kept in the history."""
    chosen = sorted({t.value for t in types} - {TransferType.EXPORT.value})
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        before = sorted(t.value for t in _policy_types(session))
        change_setting(
            session,
            actor,
            ARTICLE7_FOR_TRANSFER_TYPES,
            json.dumps(chosen),
            "Article 7 asked under national policy for: " + (", ".join(chosen) or "exports only"),
            before=before,
            after=chosen,
        )
        return frozenset(TransferType(v) for v in chosen)


def article7_basis(transfer: TransferType, asked: frozenset[TransferType]) -> Article7Basis:
    """Why Article 7 applies to a transfer, if it does: the exporter's obligation (7(1)), or
    national policy for the other transfer types in ``asked``."""
    if transfer is TransferType.EXPORT:
        return Article7Basis.EXPORT
    return Article7Basis.NATIONAL_POLICY if transfer in asked else Article7Basis.NOT_APPLICABLE


def with_transfer(session: Session, app: Application, inp: AssessmentInput) -> AssessmentInput:
    """The input with the case's transfer type and which Article 7 applies to it."""
    transfer = app.transfer_type
    basis = article7_basis(transfer, _policy_types(session))
    return replace(inp, transfer_type=transfer, article7_basis=basis)


def decision_date_problem(decided_on: date, received_on: date, today: date) -> Message | None:
    """Why a decision date cannot be used (None when it can): never in the future, since the
    screen would be made against law not yet in force, nor before the application arrived."""
    if decided_on > today:
        return msg("the decision date {date} is in the future", date=decided_on.isoformat())
    if decided_on < received_on:
        return msg(
            "the decision date {date} is before the application was received ({received})",
            date=decided_on.isoformat(),
            received=received_on.isoformat(),
        )
    return None


# --------------------------------------------------------------------------- reading


#: The assessment's sections as the history's summaries name them.
_SECTION_WORDS = {
    "article6": "Article 6",
    "article7": "Article 7",
    "gbv": "Article 7(4) GBV",
    "diversion": "Article 11 diversion",
    "mitigation": "mitigation",
}


def read_input(row: Assessment) -> AssessmentInput:
    try:
        return parse_assessment(row.data or {})
    except CaseFileError as exc:  # pragma: no cover - only written by dump_assessment
        raise ServiceError(msg("Assessment {id} is damaged: {exc}", id=row.id, exc=exc)) from exc


def _state(row: Assessment) -> AssessmentState:
    inp = read_input(row)
    return AssessmentState(
        assessment_id=row.id,
        application_id=row.application_id,
        revision=row.revision,
        status=row.status,
        input=inp,
        result=evaluate(inp),
        decision_date=row.decision_date,
        updated_at=row.updated_at,
    )


def _row(session: Session, assessment_id: int) -> Assessment:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFoundError(
            msg("There is no assessment with id {assessment_id}.", assessment_id=assessment_id)
        )
    return row


def current_row(session: Session, application_id: int) -> Assessment | None:
    """The case's live revision (draft or complete); superseded ones are history."""
    return session.scalars(
        select(Assessment)
        .where(
            Assessment.application_id == application_id,
            Assessment.status != AssessmentStatus.SUPERSEDED,
        )
        .order_by(Assessment.revision.desc())
        .limit(1)
    ).first()


def get_assessment(db: Database, assessment_id: int) -> AssessmentState:
    with db.session() as session:
        return _state(_row(session, assessment_id))


def current_assessment(db: Database, application_id: int) -> AssessmentState | None:
    """The live revision, or None if the case was never assessed (nothing is created)."""
    with db.session() as session:
        row = current_row(session, application_id)
        return _state(row) if row is not None else None


# --------------------------------------------------------------------------- opening


def open_assessment(
    db: Database, application_id: int, *, actor: Actor = LOCAL_OFFICER
) -> AssessmentState:
    """The case's live assessment, starting a draft if there is none.

    Starting work moves a draft or submitted case to ``under_assessment``.
    """
    with db.session() as session:
        app = load_application(session, application_id)
        row = current_row(session, application_id)
        if row is None or app.status in (CaseStatus.DRAFT, CaseStatus.SUBMITTED):
            # Reading an existing assessment needs no permission; starting one does.
            authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        if row is None:
            if app.status is CaseStatus.WITHDRAWN:
                raise ServiceError(
                    msg(
                        "{reference} was withdrawn: there is nothing to assess.",
                        reference=app.reference,
                    )
                )
            row = _new_row(session, app, AssessmentInput(), actor, reason="")
        _start_assessment(session, app, actor)
        return _state(row)


def _start_assessment(session: Session, app: Application, actor: Actor) -> None:
    if app.status not in (CaseStatus.DRAFT, CaseStatus.SUBMITTED):
        return
    change_status(session, app, CaseStatus.UNDER_ASSESSMENT, actor, note=": assessment started")


def _new_row(
    session: Session, app: Application, inp: AssessmentInput, actor: Actor, *, reason: str
) -> Assessment:
    last = session.scalar(
        select(func.max(Assessment.revision)).where(Assessment.application_id == app.id)
    )
    row = Assessment(
        application_id=app.id,
        revision=(last or 0) + 1,
        status=AssessmentStatus.DRAFT,
        drafted_by_id=actor.user_id,
        data={},
    )
    session.add(row)
    session.flush()
    store_input(session, row, inp, decision_date=None)
    record_event(
        session,
        actor,
        entity="assessment",
        entity_id=row.id,
        application_id=app.id,
        action="assessment_started",
        summary=f"Assessment revision {row.revision} started",
        after={"revision": row.revision, "recommendation": row.recommendation},
        reason=reason,
    )
    return row


def new_revision(
    db: Database, application_id: int, reason: str, actor: Actor = LOCAL_OFFICER
) -> AssessmentState:
    """Start a reassessment: the live revision is superseded (kept) and copied into a draft.

    Used when new information arrives (Article 7(7)) or a completed assessment must change.
    """
    if not reason.strip():
        raise ServiceError(
            msg("Say why the case is reassessed: the reason is kept in the history.")
        )
    with db.session() as session:
        authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        app = load_application(session, application_id)
        old = current_row(session, application_id)
        inp = AssessmentInput()
        if old is not None:
            inp = read_input(old)
            old_status = old.status
            old.status = AssessmentStatus.SUPERSEDED
            session.flush()
            record_event(
                session,
                actor,
                entity="assessment",
                entity_id=old.id,
                application_id=app.id,
                action="assessment_superseded",
                summary=f"Assessment revision {old.revision} superseded",
                before={"status": old_status},
                after={"status": AssessmentStatus.SUPERSEDED},
                reason=reason,
            )
        row = _new_row(session, app, inp, actor, reason=reason)
        if old is not None:
            row.decision_date = old.decision_date
        _start_assessment(session, app, actor)
        return _state(row)


# --------------------------------------------------------------------------- screening


def screen_article6(
    db: Database, application_id: int, *, on_date: date
) -> tuple[EmbargoMatchRecord, ...]:
    """Screen the destination, every current party and transit State as at ``on_date``.

    Nothing is stored: the caller puts the records into the assessment (see
    ``apply_screen``) and saves it, so the screen and its date become part of the record.
    """
    with db.session() as session:
        app = load_application(session, application_id)
        return screen_records(applied_sets(session), app, on_date)


def apply_screen(
    inp: AssessmentInput, records: tuple[EmbargoMatchRecord, ...], on_date: date
) -> AssessmentInput:
    """Put a fresh screen into ``inp``, keeping the officer's confirmations of matches that
    are still there (same embargo, same effect)."""
    previous = {(m.embargo_id, m.effect): m for m in inp.article6.embargo_matches}
    merged = []
    for record in records:
        old = previous.get((record.embargo_id, record.effect))
        if old is not None:
            record = replace(
                record,
                confirmation=old.confirmation,
                reasoning=old.reasoning,
                committee_reference=old.committee_reference,
                committee_date=old.committee_date,
                no_objection_on=old.no_objection_on,
            )
        merged.append(record)
    article6 = replace(inp.article6, screened_on=on_date, embargo_matches=tuple(merged))
    return replace(inp, article6=article6)


def rescreen(
    session: Session, app: Application, inp: AssessmentInput, on_date: date
) -> AssessmentInput:
    """The screen re-run as at ``on_date`` (a new decision date): new matches are added and
    follow-ups kept. A recorded match is dropped only when the screen as at the date it was
    made finds it and the screen as at ``on_date`` does not (it no longer applies); one the
    screen cannot explain (added by hand, by a case file, from another data set) is kept."""
    sets = applied_sets(session)
    fresh = screen_records(sets, app, on_date)
    screened = inp.article6.screened_on
    dated = screen_records(sets, app, screened) if screened is not None else ()
    found = {(r.embargo_id, r.effect) for r in (*fresh, *dated)}
    kept = tuple(m for m in inp.article6.embargo_matches if (m.embargo_id, m.effect) not in found)
    return apply_screen(inp, (*fresh, *kept), on_date)


# --------------------------------------------------------------------------- saving


def save_assessment(
    db: Database,
    assessment_id: int,
    inp: AssessmentInput,
    *,
    decision_date: date | None,
    actor: Actor = LOCAL_OFFICER,
    expected_updated_at: datetime | None = None,
) -> AssessmentState:
    """Store the officer's answers, evaluate them and record what changed.

    ``expected_updated_at`` (the state's ``updated_at`` when it was opened) makes a second
    officer's stale save fail instead of overwriting the first one's answers.
    """
    with db.session() as session:
        authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        row = _row(session, assessment_id)
        _check_editable(row)
        if expected_updated_at is not None and row.updated_at != expected_updated_at:
            raise ConcurrentEditError(
                msg(
                    "Assessment revision {revision} was saved by someone else after "
                    "you opened it. Your answers were not saved: reopen it and apply "
                    "them again.",
                    revision=row.revision,
                )
            )
        app = load_application(session, row.application_id)
        if decision_date is not None:
            problem = decision_date_problem(decision_date, app.received_on, date.today())
            if problem:
                raise ValidationFailed([FieldError("decision_date", problem)])
            screened = inp.article6.screened_on
            if screened is not None and screened != decision_date:
                inp = rescreen(session, app, inp, decision_date)
        before_data = copy.deepcopy(row.data or {})
        before = {"decision_date": row.decision_date, "recommendation": row.recommendation}
        store_input(session, row, inp, decision_date=decision_date)
        changed = [k for k in row.data if row.data.get(k) != before_data.get(k)]
        if before["decision_date"] != row.decision_date:
            changed.append("decision_date")
        if not changed:
            return _state(row)
        # Issue 14: GBV answers saved by someone without valid GBV training are noted.
        untrained = "gbv" in changed and lacks_gbv_training_in(session, actor, date.today())
        record_event(
            session,
            actor,
            entity="assessment",
            entity_id=row.id,
            application_id=row.application_id,
            action="assessment_saved",
            summary=f"Assessment revision {row.revision} saved "
            f"({', '.join(_SECTION_WORDS.get(k, k.replace('_', ' ')) for k in changed)}): "
            f"{str(row.recommendation).replace('_', ' ')}",
            before={**before, **{k: before_data.get(k) for k in changed if k in row.data}},
            after={
                "decision_date": row.decision_date,
                "recommendation": row.recommendation,
                **{k: row.data[k] for k in changed if k in row.data},
                **({GBV_TRAINING_KEY: False} if untrained else {}),
            },
        )
        return _state(row)


def _check_editable(row: Assessment) -> None:
    if row.status is not AssessmentStatus.DRAFT:
        raise ServiceError(
            msg(
                "Assessment revision {revision} is {value} and can no longer be "
                "edited. Start a new revision to reassess the case; this one is "
                "kept as it is.",
                revision=row.revision,
                value=row.status.value,
            )
        )


def store_input(
    session: Session, row: Assessment, inp: AssessmentInput, *, decision_date: date | None
) -> AssessmentResult:
    """Write answers, verdict and the mirrored rows into ``row`` (no event). The case's
    transfer type, the Article 7 policy and the authority's mitigation policy are stamped on
    the answers here, whatever a case file claimed."""
    inp = with_transfer(session, load_application(session, row.application_id), inp)
    inp = replace(inp, mitigation_policy=mitigation_policy_in(session))
    result = evaluate(inp)
    row.data = dump_assessment(inp)
    row.decision_date = decision_date
    row.recommendation = result.recommendation.value
    row.recommendation_grounds = [g.to_json() for g in result.grounds]
    row.updated_at = utcnow()
    _mirror(session, row, inp)
    session.flush()
    return result


# --------------------------------------------------------------------------- the mirror


def _sources(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    return [
        {
            "kind": s.kind.value,
            "title": s.title,
            "dated": s.date.isoformat() if s.date else None,
            "reference": s.reference,
        }
        for s in sources
    ]


def _yes_no(answer: Answer) -> tuple[str, str, list[dict[str, Any]]]:
    value = "" if answer.answer is None else ("yes" if answer.answer else "no")
    return value, answer.reasoning, _sources(answer.sources)


def _level(finding: Finding, extra: str = "") -> tuple[str, str, list[dict[str, Any]]]:
    reasoning = "\n\n".join(t for t in (finding.reasoning, extra) if t)
    value = finding.finding.value if finding.finding else ""
    return value, reasoning, _sources(finding.sources)


def mirrored_findings(inp: AssessmentInput) -> dict[str, tuple[str, str, list[dict[str, Any]]]]:
    """criterion → (finding, reasoning, sources), in the treaty's order."""
    a6 = inp.article6
    rows: dict[str, tuple[str, str, list[dict[str, Any]]]] = {}
    for n, m in enumerate(a6.embargo_matches):
        effect = m.effect.value + (f"/{m.confirmation.value}" if m.confirmation else "")
        text = "\n".join(t for t in (m.party, m.explanation, m.reasoning) if t)
        rows[f"art6_embargo_{n}:{m.embargo_id}"[:60]] = (effect, text, [])
    rows["art6_2"] = _yes_no(a6.other_obligations)
    rows["art6_3"] = _yes_no(a6.knowledge)
    for criterion, risk in inp.article7:
        rows[f"art7_1_{criterion.value}"] = _level(risk)
    gbv = inp.gbv
    types = "Prevalent types: " + "; ".join(gbv.prevalent_types) if gbv.prevalent_types else ""
    value, reasoning, sources = _yes_no(gbv.prevalent)
    rows["gbv_step_1"] = (value, "\n\n".join(t for t in (reasoning, types) if t), sources)
    rows["gbv_step_2"] = _yes_no(gbv.serious)
    rows["gbv_step_3"] = _yes_no(gbv.effective_prevention)
    rows["gbv_step_4"] = _level(gbv.risk, gbv.overriding_reasoning)
    for stage, stage_risk in inp.diversion.stages:
        rows[f"art11_{stage.value}"] = _level(stage_risk)
    for flag in inp.diversion.red_flags:
        present = "" if flag.present is None else ("present" if flag.present else "absent")
        rows[f"art11_red_flag:{flag.flag.value}"] = (present, flag.note, [])
    return rows


def _mirror(session: Session, row: Assessment, inp: AssessmentInput) -> None:
    """Update the rows in place: the retention triggers forbid deleting them, so a finding
    taken out of the draft is marked ``withdrawn`` instead."""
    wanted = mirrored_findings(inp)
    existing = {f.criterion: f for f in row.findings}
    for criterion, (finding, reasoning, sources) in wanted.items():
        target = existing.get(criterion)
        if target is None:
            target = AssessmentFinding(assessment_id=row.id, criterion=criterion)
            session.add(target)
            row.findings.append(target)
        target.finding, target.reasoning, target.sources = finding, reasoning, sources
    for criterion, stale in existing.items():
        if criterion not in wanted:
            stale.finding, stale.reasoning, stale.sources = "withdrawn", "", []
    measures = list(row.mitigations)
    for n, m in enumerate(inp.mitigation):
        if n >= len(measures):
            measures.append(MitigationRow(assessment_id=row.id))
            session.add(measures[-1])
            row.mitigations.append(measures[-1])
        target_m = measures[n]
        target_m.kind = m.kind.value
        target_m.description = f"[{m.id}] {m.description}"
        target_m.addresses = [c.value for c in m.addresses]
        target_m.reliably_reduces = any(
            link.reliably_reduces is True and counts(m, link, inp.mitigation_policy)
            for link in m.links
        )
    for stale_m in measures[len(inp.mitigation) :]:
        stale_m.kind, stale_m.description, stale_m.addresses = "withdrawn", "", []
        stale_m.reliably_reduces = False


# --------------------------------------------------------------------------- completing


def complete_assessment(
    db: Database, assessment_id: int, *, actor: Actor = LOCAL_OFFICER
) -> AssessmentState:
    """Freeze a finished assessment so a decision can be recorded on it.

    Refused while anything is unanswered: an incomplete assessment cannot be decided.
    """
    with db.session() as session:
        authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        row = _row(session, assessment_id)
        _check_editable(row)
        result = evaluate(read_input(row))
        if result.recommendation is Recommendation.INCOMPLETE:
            raise AssessmentIncomplete(result.missing, result.missing_messages)
        # Issue 14: serious, prevalent GBV needs the gender adviser's answer (or a note why not).
        consultation_note = completion_check(session, row.application_id, read_input(row).gbv)
        row.status = AssessmentStatus.COMPLETE
        row.completed_at = utcnow()
        session.flush()
        record_event(
            session,
            actor,
            entity="assessment",
            entity_id=row.id,
            application_id=row.application_id,
            action="assessment_completed",
            summary=f"Assessment revision {row.revision} completed: "
            f"{in_words(result.recommendation).lower()}",
            before={"status": AssessmentStatus.DRAFT},
            after={
                "status": AssessmentStatus.COMPLETE,
                "recommendation": result.recommendation,
                "grounds": [g.citation() for g in result.grounds],
                **({"gbv_consultation": consultation_note} if consultation_note else {}),
            },
        )
        return _state(row)


def missing_answers(inp: AssessmentInput) -> tuple[str, ...]:
    """What the engine would still find missing in answers not yet saved (nothing is stored):
    the wizard marks its steps with it as the officer types."""
    return evaluate(inp).missing


# --------------------------------------------------------------------------- headless


def result_as_json(result: AssessmentResult) -> dict[str, Any]:
    """The engine's verdict as plain JSON (for the CLI and interchange)."""
    gbv = result.gbv
    return {
        "recommendation": result.recommendation.value,
        "grounds": [
            {
                "article": g.article,
                "paragraph": g.paragraph,
                "criterion": g.criterion,
                "citation": g.citation(),
                "explanation": g.explanation,
            }
            for g in result.grounds
        ],
        "missing": list(result.missing),
        "article7_basis": result.article7_basis.value,
        "conditions": list(result.conditions),
        "notes": list(result.notes),
        "criteria": [
            {
                "criterion": c.criterion.value,
                "before_mitigation": c.before.value if c.before else None,
                "residual": c.residual.value if c.residual else None,
                "mitigated_by": list(c.mitigated_by),
                "explanation": c.explanation,
            }
            for c in result.criteria
        ],
        "gbv_flowchart": None
        if gbv is None
        else {
            "evaluation_order": [s.number for s in gbv.steps],
            "order_note": gbv.order_note,
            "current_step": gbv.current_step,
            "residual": gbv.residual.value if gbv.residual else None,
            "steps": [
                {
                    "number": s.number,
                    "title": s.title,
                    "status": s.status.value,
                    "explanation": s.explanation,
                }
                for s in gbv.steps
            ],
        },
    }


def evaluate_case_file(data: Any) -> dict[str, Any]:
    """Validate a whole case file and return the engine's recommendation and grounds.

    No database is involved. If the file records a decision, the answer also says whether
    the engine allows it. Raises ``CaseFileError`` naming every malformed field.
    """
    from att_desktop.formats.case_file import parse_case_file

    case = parse_case_file(data, require_assessment=True)
    assert case.assessment is not None
    result = evaluate(case.assessment)
    answer = result_as_json(result)
    if case.decision is not None:
        try:
            validate_decision(result, case.decision.outcome)
            check: dict[str, Any] = {"outcome": case.decision.outcome.value, "allowed": True}
        except DecisionRefused as exc:
            check = {"outcome": case.decision.outcome.value, "allowed": False, "reason": str(exc)}
        answer["decision_check"] = check
    return answer
