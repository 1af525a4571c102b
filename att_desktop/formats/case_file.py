"""The JSON case file: one case (application, parties, items, assessment, decision) out and in.

The format is documented in ``docs/case-file-format.md``. Reading is strict and exhaustive:
every problem is reported at once with its field path (``items[1].quantity: ...``), unknown
fields are errors, and an import writes nothing unless the whole file is sound, including
the decision, which must be one the engine allows on the file's own assessment.
``parse_case_file`` touches no database, so ``att-desktop evaluate`` can use it anywhere;
the import and export use cases are ``att_desktop.services.case_files``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
    normalise_application,
)
from att_desktop.domain.assessment.model import AssessmentInput, Ground
from att_desktop.domain.casefile import CaseFileError, Reader, parse_assessment
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
from att_desktop.i18n import msg

FORMAT = "att-desktop-case"
VERSION = 1


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
    grounds: tuple[Ground, ...]
    licence: LicenceRecord | None
    #: Who decided, as the file names them ("" when it does not).
    decided_by: str = ""


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


class _Case(Reader):
    """The assessment reader's conventions, plus numbers and required fields."""

    def need_text(self, raw: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(raw, key, path)
        if key in raw and raw[key] is not None and not value.strip():
            self.fail(f"{path}.{key}", msg("is empty", context="case file problem"))
        elif key not in raw or raw[key] is None:
            self.fail(f"{path}.{key}", msg("is missing", context="case file problem"))
        return value.strip()

    def need(self, raw: Mapping[str, Any], key: str, path: str) -> bool:
        if raw.get(key) is None:
            self.fail(f"{path}.{key}", msg("is missing", context="case file problem"))
            return False
        return True

    def decimal(self, raw: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.fail(
                f"{path}.{key}",
                msg("{value} is not a number", context="case file problem", value=repr(value)),
            )
            return None
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            self.fail(
                f"{path}.{key}",
                msg("{value} is not a number", context="case file problem", value=repr(value)),
            )
            return None
        if not number.is_finite():
            self.fail(
                f"{path}.{key}",
                msg("{value} is not a number", context="case file problem", value=repr(value)),
            )
            return None
        return number

    def whole(self, raw: Mapping[str, Any], key: str, path: str) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.fail(
                f"{path}.{key}",
                msg(
                    "{value} is not a positive whole number",
                    context="case file problem",
                    value=repr(value),
                ),
            )
            return None
        return value

    def a_list(self, raw: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{path}.{key}", msg("expected a list", context="case file problem"))
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
_PARTY_KEYS = {"role", "party_type", "name", "country_code", "address", "acts_for"}
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
        if not r.problems:  # a file holding just null: once an error with no words
            r.fail("file", msg("expected an object, got null", context="case file problem"))
        raise CaseFileError(r.problems)
    if top.get("format", FORMAT) != FORMAT:
        r.fail(
            "file.format",
            msg(
                "{value} is not {format}",
                context="case file problem",
                value=repr(top.get("format")),
                format=repr(FORMAT),
            ),
        )
    if top.get("version", VERSION) != VERSION:
        r.fail(
            "file.version",
            msg(
                "{value}: this version reads version {version}",
                context="case file problem",
                value=repr(top.get("version")),
                version=VERSION,
            ),
        )
    reference, application, line_numbers = "", None, ()
    if top.get("application") is not None:
        reference, application, line_numbers = _application(r, top)
    elif require_application:
        r.fail("application", msg("is missing", context="case file problem"))
    elif top.get("parties") or top.get("items"):
        r.fail(
            "application",
            msg(
                "is missing (parties and items belong to an application)",
                context="case file problem",
            ),
        )
    assessment = None
    if top.get("assessment") is not None:
        try:
            assessment = parse_assessment(top["assessment"])
        except CaseFileError as exc:
            r.problems.extend(exc.messages)
    elif require_assessment:
        r.fail(
            "assessment",
            msg("is missing: there is nothing to evaluate", context="case file problem"),
        )
    status, decision_date = _assessment_record(r, top.get("assessment_record"))
    decision = _decision(r, top.get("decision"), "decision")
    if decision is not None and top.get("assessment") is None:
        r.fail(
            "decision",
            msg("a decision needs the assessment it rests on", context="case file problem"),
        )
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
    reported = set(r.paths)
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
        r.fail("items", msg("two items have the same line_no", context="case file problem"))
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
    acts_for = p.get("acts_for")
    if acts_for is not None and (
        isinstance(acts_for, bool) or not isinstance(acts_for, int) or acts_for < 0
    ):
        r.fail(
            f"{path}.acts_for",
            msg(
                "{value} is not the index of a party in 'parties'",
                context="case file problem",
                value=repr(acts_for),
            ),
        )
        acts_for = None
    if role is None or kind is None:
        return None
    return PartyInput(
        role,
        kind,
        r.text(p, "name", path),
        r.text(p, "country_code", path),
        r.text(p, "address", path),
        acts_for,
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
    decided_by = r.text(d, "decided_by", path)
    for key in ("outcome", "decided_on"):
        r.need(d, key, path)
    grounds = []
    for n, g in enumerate(r.a_list(d, "grounds", path)):
        where = f"{path}.grounds[{n}]"
        obj = r.obj(g, where, {"article", "paragraph", "criterion", "explanation"})
        ground = Ground.from_json(obj)
        article = obj.get("article")
        if article is None or str(article).strip() == "":
            r.fail(f"{where}.article", msg("is missing", context="case file problem"))
        elif ground.article is None:
            r.fail(f"{where}.article", msg("must be a whole number", context="case file problem"))
        if str(obj.get("paragraph") or "").strip() and ground.paragraph is None:
            r.fail(f"{where}.paragraph", msg("must be a whole number", context="case file problem"))
        grounds.append(ground)
    licence = _licence(r, d.get("licence"), f"{path}.licence")
    if outcome is DecisionOutcome.AUTHORISE and d.get("licence") is None:
        r.fail(
            f"{path}.licence",
            msg("an authorisation needs its licence", context="case file problem"),
        )
    if outcome is DecisionOutcome.DENY and d.get("licence") is not None:
        r.fail(f"{path}.licence", msg("a denial has no licence", context="case file problem"))
    if outcome is None or decided_on is None:
        return None
    return DecisionRecord(outcome, decided_on, rationale, tuple(grounds), licence, decided_by)


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


def case_number_text(value: Decimal | None) -> str | None:
    """A number as the file writes it: plain digits, never an exponent."""
    return None if value is None else format(value.normalize(), "f")
