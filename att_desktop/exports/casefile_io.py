"""The JSON case file: one case (application, parties, items, assessment, decision) out and in.

The format is documented in ``docs/case-file-format.md``. Reading is strict and exhaustive:
every problem is reported at once with its field path (``items[1].quantity: ...``), unknown
fields are errors, and an import writes nothing unless the whole file is sound, including
the decision, which must be one the engine allows on the file's own assessment.
``parse_case_file`` touches no database, so ``att-desktop evaluate`` can use it anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Assessment, Decision, Licence
from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.decision import DecisionRefused, validate_decision
from att_desktop.domain.assessment.model import AssessmentInput, Recommendation
from att_desktop.domain.casefile import CaseFileError, _Reader, dump_assessment, parse_assessment
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.domain.validation import validate_application
from att_desktop.services.assessment import current_row, read_input, result_as_json, store_input
from att_desktop.services.cases import _detail, _load, insert_application, normalise_application
from att_desktop.services.decisions import (
    DecisionInput,
    LicenceLineTerms,
    LicenceTerms,
    record_decision,
    reevaluate_at,
    reserve_licence_number,
)
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize

log = logging.getLogger(__name__)

FORMAT = "att-desktop-case"
VERSION = 1


class CaseImportError(ServiceError):
    """The file was not imported; ``problems`` name each field and what is wrong."""

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"- {p}" for p in self.problems)
        super().__init__(f"The case file was not imported. Nothing was written. Problems:\n{lines}")


@dataclass(frozen=True)
class LicenceRecord:
    number: str
    status: LicenceStatus
    valid_from: date
    valid_until: date
    conditions: tuple[str, ...]
    #: (line_no, quantity, value, currency)
    lines: tuple[tuple[int, Decimal, Decimal | None, str], ...]


@dataclass(frozen=True)
class DecisionRecord:
    outcome: DecisionOutcome
    decided_on: date
    rationale: str
    grounds: tuple[dict[str, str], ...]
    licence: LicenceRecord | None


@dataclass(frozen=True)
class CaseFile:
    reference: str
    application: ApplicationInput | None
    #: The items' own line numbers, in file order (licence lines refer to them).
    line_numbers: tuple[int, ...]
    assessment: AssessmentInput | None
    assessment_status: AssessmentStatus | None
    decision_date: date | None
    decision: DecisionRecord | None


# --------------------------------------------------------------------------- reading


class _Case(_Reader):
    """The assessment reader's conventions, plus numbers and required fields."""

    def need_text(self, raw: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(raw, key, path)
        if key in raw and raw[key] is not None and not value.strip():
            self.fail(f"{path}.{key}", "is empty")
        elif key not in raw or raw[key] is None:
            self.fail(f"{path}.{key}", "is missing")
        return value.strip()

    def need(self, raw: Mapping[str, Any], key: str, path: str) -> bool:
        if raw.get(key) is None:
            self.fail(f"{path}.{key}", "is missing")
            return False
        return True

    def decimal(self, raw: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.fail(f"{path}.{key}", f"{value!r} is not a number")
            return None
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            self.fail(f"{path}.{key}", f"{value!r} is not a number")
            return None
        if not number.is_finite():
            self.fail(f"{path}.{key}", f"{value!r} is not a number")
            return None
        return number

    def whole(self, raw: Mapping[str, Any], key: str, path: str) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.fail(f"{path}.{key}", f"{value!r} is not a positive whole number")
            return None
        return value

    def a_list(self, raw: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{path}.{key}", "expected a list")
            return []
        return value


_APPLICATION_KEYS = {
    "reference",
    "status",
    "transfer_type",
    "applicant",
    "destination_code",
    "exporting_code",
    "received_on",
    "intended_end_use",
    "euc_number",
    "euc_issuer",
    "euc_date",
    "transit_codes",
}
_PARTY_KEYS = {"role", "party_type", "name", "country_code", "address"}
_ITEM_KEYS = {
    "line_no",
    "description",
    "quantity",
    "unit",
    "att_category",
    "not_reportable_reason",
    "model",
    "control_rating",
    "value",
    "currency",
    "origin_code",
    "withheld",
    "withheld_reason",
    "report_comment",
}
_TOP_KEYS = {
    "format",
    "version",
    "application",
    "parties",
    "items",
    "assessment",
    "assessment_record",
    "decision",
    "result",
}


def parse_case_file(
    data: Any,
    *,
    require_application: bool = False,
    require_assessment: bool = False,
    today: date | None = None,
) -> CaseFile:
    """Check and read a case file; raises ``CaseFileError`` listing every problem."""
    r = _Case()
    top = r.obj(data, "file", _TOP_KEYS)
    if not isinstance(data, Mapping):
        raise CaseFileError(r.problems)
    if top.get("format", FORMAT) != FORMAT:
        r.fail("file.format", f"{top.get('format')!r} is not {FORMAT!r}")
    if top.get("version", VERSION) != VERSION:
        r.fail("file.version", f"{top.get('version')!r}: this version reads version {VERSION}")
    reference, application, line_numbers = "", None, ()
    if top.get("application") is not None:
        reference, application, line_numbers = _application(r, top)
    elif require_application:
        r.fail("application", "is missing")
    elif top.get("parties") or top.get("items"):
        r.fail("application", "is missing (parties and items belong to an application)")
    assessment = None
    if top.get("assessment") is not None:
        try:
            assessment = parse_assessment(top["assessment"])
        except CaseFileError as exc:
            r.problems.extend(exc.problems)
    elif require_assessment:
        r.fail("assessment", "is missing: there is nothing to evaluate")
    status, decision_date = _assessment_record(r, top.get("assessment_record"))
    decision = _decision(r, top.get("decision"), "decision")
    if decision is not None and top.get("assessment") is None:
        r.fail("decision", "a decision needs the assessment it rests on")
    if application is not None:
        _domain_checks(r, top, application, today)
    if r.problems:
        raise CaseFileError(r.problems)
    return CaseFile(
        reference, application, line_numbers, assessment, status, decision_date, decision
    )


def _domain_checks(
    r: _Case, top: Mapping[str, Any], application: ApplicationInput, today: date | None
) -> None:
    """The register's own checks (countries, categories, dates), each reported once.

    A malformed party or item is dropped while parsing, which shifts the indexes of the
    ones after it; their domain checks wait until the file's structure is right.
    """
    reported = {p.split(":", 1)[0] for p in r.problems}
    whole = len(application.parties) == len(r.a_list(top, "parties", "file")) and len(
        application.items
    ) == len(r.a_list(top, "items", "file"))
    for error in validate_application(normalise_application(application), today=today):
        field = error.field
        listed = field.startswith(("parties", "items"))
        path = field if listed else f"application.{field}"
        if path not in reported and (whole or not listed):
            r.fail(path, error.message)


def _application(r: _Case, top: Mapping[str, Any]) -> tuple[str, ApplicationInput | None, Any]:
    path = "application"
    a = r.obj(top["application"], path, _APPLICATION_KEYS)
    applicant = r.obj(
        a.get("applicant"),
        f"{path}.applicant",
        {"name", "country_code", "registration_number"} | {"address"},
    )
    r.need(a, "applicant", path)
    transfer = r.choice(a, "transfer_type", path, TransferType)
    r.need(a, "transfer_type", path)
    received = r.day(a, "received_on", path)
    r.need(a, "received_on", path)
    r.need(a, "destination_code", path)
    if a.get("status") is not None:
        r.choice(a, "status", path, CaseStatus)
    parties = tuple(
        p
        for i, raw in enumerate(r.a_list(top, "parties", "file"))
        if (p := _party(r, raw, f"parties[{i}]")) is not None
    )
    items_raw = r.a_list(top, "items", "file")
    items = []
    numbers = []
    for i, raw in enumerate(items_raw):
        parsed = _item(r, raw, f"items[{i}]")
        if parsed is not None:
            items.append(parsed[0])
            numbers.append(parsed[1] or i + 1)
    if len(set(numbers)) != len(numbers):
        r.fail("items", "two items have the same line_no")
    if transfer is None or received is None:
        return r.text(a, "reference", path), None, tuple(numbers)
    inp = ApplicationInput(
        transfer_type=transfer,
        applicant=OrganisationInput(
            name=r.text(applicant, "name", f"{path}.applicant"),
            country_code=r.text(applicant, "country_code", f"{path}.applicant"),
            registration_number=r.text(applicant, "registration_number", f"{path}.applicant"),
            address=r.text(applicant, "address", f"{path}.applicant"),
        ),
        destination_code=r.text(a, "destination_code", path),
        received_on=received,
        parties=parties,
        items=tuple(items),
        transit_codes=r.texts(a, "transit_codes", path),
        exporting_code=r.text(a, "exporting_code", path),
        intended_end_use=r.text(a, "intended_end_use", path),
        euc_number=r.text(a, "euc_number", path),
        euc_issuer=r.text(a, "euc_issuer", path),
        euc_date=r.day(a, "euc_date", path),
    )
    return r.text(a, "reference", path).strip(), inp, tuple(numbers)


def _party(r: _Case, raw: Any, path: str) -> PartyInput | None:
    p = r.obj(raw, path, _PARTY_KEYS)
    role = r.choice(p, "role", path, PartyRole)
    kind = r.choice(p, "party_type", path, PartyType)
    for key in ("role", "party_type", "name", "country_code"):
        r.need(p, key, path)
    if role is None or kind is None:
        return None
    return PartyInput(
        role,
        kind,
        r.text(p, "name", path),
        r.text(p, "country_code", path),
        r.text(p, "address", path),
    )


def _item(r: _Case, raw: Any, path: str) -> tuple[LineItemInput, int | None] | None:
    i = r.obj(raw, path, _ITEM_KEYS)
    quantity = r.decimal(i, "quantity", path)
    r.need(i, "quantity", path)
    r.need(i, "description", path)
    withheld = r.flag(i, "withheld", path)
    item = LineItemInput(
        description=r.text(i, "description", path),
        quantity=quantity if quantity is not None else Decimal(0),
        att_category=r.text(i, "att_category", path) or None,
        not_reportable_reason=r.choice(i, "not_reportable_reason", path, NotReportableReason),
        model=r.text(i, "model", path),
        control_rating=r.text(i, "control_rating", path),
        unit=r.text(i, "unit", path) or "pcs",
        value=r.decimal(i, "value", path),
        currency=r.text(i, "currency", path),
        origin_code=r.text(i, "origin_code", path),
        withheld=bool(withheld),
        withheld_reason=r.text(i, "withheld_reason", path),
        report_comment=r.text(i, "report_comment", path),
    )
    return item, r.whole(i, "line_no", path)


def _assessment_record(r: _Case, raw: Any) -> tuple[AssessmentStatus | None, date | None]:
    path = "assessment_record"
    rec = r.obj(raw, path, {"revision", "status", "decision_date"})
    r.whole(rec, "revision", path)
    return r.choice(rec, "status", path, AssessmentStatus), r.day(rec, "decision_date", path)


def _decision(r: _Case, raw: Any, path: str) -> DecisionRecord | None:
    if raw is None:
        return None
    keys = {"outcome", "decided_on", "decided_by", "rationale", "grounds", "licence"}
    d = r.obj(raw, path, keys)
    outcome = r.choice(d, "outcome", path, DecisionOutcome)
    decided_on = r.day(d, "decided_on", path)
    rationale = r.need_text(d, "rationale", path)
    for key in ("outcome", "decided_on"):
        r.need(d, key, path)
    grounds = []
    for n, g in enumerate(r.a_list(d, "grounds", path)):
        where = f"{path}.grounds[{n}]"
        obj = r.obj(g, where, {"article", "paragraph", "criterion", "explanation"})
        article = obj.get("article")
        if article is None or str(article).strip() == "":
            r.fail(f"{where}.article", "is missing")
        grounds.append({k: "" if obj.get(k) is None else str(obj[k]) for k in sorted(obj)})
    licence = _licence(r, d.get("licence"), f"{path}.licence")
    if outcome is DecisionOutcome.AUTHORISE and d.get("licence") is None:
        r.fail(f"{path}.licence", "an authorisation needs its licence")
    if outcome is DecisionOutcome.DENY and d.get("licence") is not None:
        r.fail(f"{path}.licence", "a denial has no licence")
    if outcome is None or decided_on is None:
        return None
    return DecisionRecord(outcome, decided_on, rationale, tuple(grounds), licence)


def _licence(r: _Case, raw: Any, path: str) -> LicenceRecord | None:
    if raw is None:
        return None
    keys = {"number", "status", "issued_on", "valid_from", "valid_until", "conditions", "lines"}
    lic = r.obj(raw, path, keys)
    valid_from, valid_until = r.day(lic, "valid_from", path), r.day(lic, "valid_until", path)
    r.day(lic, "issued_on", path)
    for key in ("valid_from", "valid_until"):
        r.need(lic, key, path)
    status = r.choice(lic, "status", path, LicenceStatus) or LicenceStatus.VALID
    lines = []
    for n, raw_line in enumerate(r.a_list(lic, "lines", path)):
        where = f"{path}.lines[{n}]"
        line = r.obj(raw_line, where, {"line_no", "quantity", "value", "currency"})
        line_no, quantity = r.whole(line, "line_no", where), r.decimal(line, "quantity", where)
        r.need(line, "line_no", where)
        r.need(line, "quantity", where)
        if line_no is not None and quantity is not None:
            value = r.decimal(line, "value", where)
            lines.append((line_no, quantity, value, r.text(line, "currency", where)))
    if valid_from is None or valid_until is None:
        return None
    return LicenceRecord(
        number=r.text(lic, "number", path).strip(),
        status=status,
        valid_from=valid_from,
        valid_until=valid_until,
        conditions=r.texts(lic, "conditions", path),
        lines=tuple(lines),
    )


# --------------------------------------------------------------------------- export


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def export_case(db: Database, application_id: int) -> dict[str, Any]:
    """The case as a case file: current parties and items, the live (or last) assessment,
    the latest decision and its licence, and the engine's verdict for a human reader."""
    with db.session() as session:
        app = _load(session, application_id)
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
            }
            for p in app.parties
            if not p.superseded
        ],
        "items": [
            {
                "line_no": i.line_no,
                "description": i.description,
                "quantity": _num(i.quantity),
                "unit": i.unit,
                "att_category": i.att_category,
                "not_reportable_reason": i.not_reportable_reason.value
                if i.not_reportable_reason
                else None,
                "model": i.model,
                "control_rating": i.control_rating,
                "value": _num(i.value),
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
    out: dict[str, Any] = {
        "outcome": row.outcome.value,
        "decided_on": row.decided_on.isoformat(),
        "decided_by": by or "",
        "rationale": row.rationale,
        "grounds": [dict(g) for g in row.grounds],
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
                    "quantity": _num(line.quantity),
                    "value": _num(line.value),
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
) -> CaseDetail:
    """Import a case file in one transaction: all of it, or nothing.

    The file's reference is kept unless ``new_reference``; a reference already in the
    register is refused. A decision must be one the engine allows on the file's assessment.
    """
    try:
        case = parse_case_file(data, require_application=True, today=today)
    except CaseFileError as exc:
        raise CaseImportError(exc.problems) from exc
    assert case.application is not None
    problems = _decision_problems(case)
    if problems:
        raise CaseImportError(problems)
    with db.session() as session:
        authorize(session, actor, Permission.IMPORT_RECORDS)
        problems = _clashes(session, case, new_reference)
        if problems:
            raise CaseImportError(problems)
        try:
            app = _write(session, case, actor, new_reference)
        except ValidationFailed as exc:
            raise CaseImportError([f"decision.{e.field}: {e.message}" for e in exc.errors]) from exc
        session.expire(app)
        detail = _detail(session, _load(session, app.id))
    log.info("Imported a case file as %s", detail.reference)
    return detail


def _decision_problems(case: CaseFile) -> list[str]:
    if case.decision is None or case.assessment is None:
        return []
    result = evaluate(case.assessment)
    if result.recommendation is Recommendation.INCOMPLETE:
        return [f"decision: the assessment is incomplete ({'; '.join(result.missing)})"]
    try:
        validate_decision(result, case.decision.outcome)
    except DecisionRefused as exc:
        return [f"decision.outcome: {exc}"]
    known = set(case.line_numbers)
    lic = case.decision.licence
    return [
        f"decision.licence.lines[{n}].line_no: there is no item with line_no {line[0]}"
        for n, line in enumerate(lic.lines if lic else ())
        if line[0] not in known
    ]


def _clashes(session: Session, case: CaseFile, new_reference: bool) -> list[str]:
    problems = []
    if case.reference and not new_reference:
        taken = session.scalar(
            select(Application.id).where(Application.reference == case.reference)
        )
        if taken is not None:
            problems.append(
                f"application.reference: {case.reference} is already in this register "
                "(import it with a new reference, or it is already here)"
            )
    lic = case.decision.licence if case.decision else None
    if lic is not None and lic.number:
        taken = session.scalar(select(Licence.id).where(Licence.number == lic.number))
        if taken is not None:
            problems.append(f"decision.licence.number: {lic.number} is already in this register")
    return problems


def _status(case: CaseFile) -> CaseStatus:
    if case.decision is not None:
        return (
            CaseStatus.AUTHORISED
            if case.decision.outcome is DecisionOutcome.AUTHORISE
            else CaseStatus.DENIED
        )
    return CaseStatus.UNDER_ASSESSMENT if case.assessment is not None else CaseStatus.SUBMITTED


def _write(session: Session, case: CaseFile, actor: Actor, new_reference: bool) -> Application:
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
        _write_decision(session, app, row, case, actor)
    return app


def _write_decision(
    session: Session, app: Application, row: Assessment, case: CaseFile, actor: Actor
) -> None:
    d = case.decision
    assert d is not None and case.assessment is not None
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
        raise CaseImportError([f"decision.outcome: {exc}"]) from exc
    record_decision(session, app, row, decision, result, actor, licence_number=number)
    if d.licence is not None and d.licence.status is not LicenceStatus.VALID:
        lic = session.scalars(select(Licence).where(Licence.application_id == app.id)).one()
        lic.status = d.licence.status
        session.flush()
