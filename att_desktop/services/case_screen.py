"""The Article 6 screen for the headless commands: a case file or a registered case, any date.

``att-desktop evaluate`` must never trust a case file's own list of embargo matches: a file
for rifles to the DPRK army with no match written in it would otherwise come back
"authorise possible". So the file is screened here against the reference data (the shipped
sets, plus the database's own when one is given) as at its decision date, and what the file
wrote may add to the screen's matches but never remove one. ``att-desktop screen`` prints the
same screen, match by match, for a file or a registered case.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from att_desktop.db.engine import Database
from att_desktop.db.models import Application
from att_desktop.domain.assessment.model import (
    Article7Basis,
    AssessmentInput,
    EmbargoMatchRecord,
    KindPolicy,
)
from att_desktop.domain.casefile import dump_assessment
from att_desktop.domain.countries import country_name
from att_desktop.domain.embargoes import (
    Effect,
    EmbargoMatch,
    EmbargoSet,
    LegalBasisKind,
    embargo_name,
    enabled_sets,
    load_shipped_sets,
    normalise_item_kind,
)
from att_desktop.domain.enums import TransferType
from att_desktop.formats.case_file import CaseFile, parse_case_file
from att_desktop.services.assessment import (
    apply_screen,
    article7_basis,
    article7_transfer_types,
    current_assessment,
    evaluate_case_file,
)
from att_desktop.services.cases import find_case_id, load_application, unsaved_application
from att_desktop.services.errors import ServiceError
from att_desktop.services.mitigation_policy import mitigation_policy
from att_desktop.services.screening import applied_sets, item_kinds, screen_matches, screen_records

#: How the screen's date was chosen, as the output says it.
DATE_GIVEN = "given with --as-at"
DATE_DECISION = "the case's decision date"
DATE_TODAY = "today: the case has no decision date"


@dataclass(frozen=True)
class ScreenedSet:
    """A data set the screen used, with the date its entries were verified."""

    id: str
    title: str
    as_of: date
    #: "shipped" (with this version of ATT Desktop) or "database" (the authority's set).
    origin: str


@dataclass(frozen=True)
class ScreenLine:
    """One embargo that touches the case: what it is, what it means, and what matched."""

    embargo_id: str
    name: str
    set_id: str
    article6_paragraph: int
    resolutions: tuple[str, ...]
    scope: str
    region: str
    #: The embargo's direction ("to", "from", "both") and the case's transfer type.
    direction: str
    transfer: str
    effect: Effect
    explanation: str
    #: (kind, beneficiary, who, text) of the exemption paths open to the matched party.
    exemptions: tuple[tuple[str, str, str, str], ...]
    parties: tuple[str, ...]
    items: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ScreenReport:
    """The screen of one case as at ``on_date``; ``screened`` is False when it could not run
    (``not_screened`` says why), which never counts as a clear screen."""

    reference: str
    on_date: date
    date_source: str
    sets: tuple[ScreenedSet, ...]
    lines: tuple[ScreenLine, ...]
    records: tuple[EmbargoMatchRecord, ...]
    screened: bool = True
    not_screened: str = ""

    @property
    def prohibited(self) -> bool:
        return any(line.effect.prohibits for line in self.lines)

    @property
    def needs_confirmation(self) -> bool:
        return not self.screened or any(
            line.effect is Effect.NEEDS_CONFIRMATION for line in self.lines
        )


# --------------------------------------------------------------------------- the data


def reference_sets(db: Database | None) -> tuple[tuple[EmbargoSet, ScreenedSet], ...]:
    """The sets the headless screen applies, each with how the output names it.

    Without a database: the shipped sets applied by default (every UN set). With one: the
    sets the authority applies there, plus any shipped UN set newer than, or different from,
    the database's version, so that stale data in a database can add matches but never hide
    the ones the shipped data finds.
    """
    shipped = load_shipped_sets()
    un = [s for s in shipped if s.legal_basis_kind is LegalBasisKind.UN_CHAPTER_VII]
    if db is None:
        chosen = enabled_sets(shipped, {s.id: True for s in un})
        return tuple((s, _described(s, "shipped")) for s in chosen)
    with db.session() as session:
        applied = applied_sets(session)
    shipped_keys = {(s.id, s.as_of, s.entries) for s in shipped}
    result = [
        (s, _described(s, "shipped" if (s.id, s.as_of, s.entries) in shipped_keys else "database"))
        for s in applied
    ]
    have = {(s.id, s.as_of, s.entries) for s in applied}
    result += [(s, _described(s, "shipped")) for s in un if (s.id, s.as_of, s.entries) not in have]
    return tuple(result)


def _described(s: EmbargoSet, origin: str) -> ScreenedSet:
    return ScreenedSet(s.id, s.title, s.as_of, origin)


# --------------------------------------------------------------------------- the screen


def screen_application(
    app: Application,
    sets: tuple[tuple[EmbargoSet, ScreenedSet], ...],
    on_date: date,
    date_source: str,
) -> ScreenReport:
    """Screen ``app`` (registered, or built from a file and never stored) as at ``on_date``."""
    data = tuple(s for s, _ in sets)
    described = tuple(d for _, d in sets)
    try:
        found = screen_matches(data, app, on_date)
        records = screen_records(data, app, on_date)
    except ServiceError as exc:
        return ScreenReport(app.reference, on_date, date_source, described, (), (), False, str(exc))
    grouped: dict[tuple[str, Effect, str], list[tuple[EmbargoMatch, str]]] = {}
    for match, label in found:
        grouped.setdefault((match.embargo.id, match.effect, match.explanation), []).append(
            (match, label)
        )
    kinds = item_kinds(app)
    lines = tuple(_line(pairs, kinds, app.transfer_type) for pairs in grouped.values())
    return ScreenReport(app.reference, on_date, date_source, described, lines, records)


def _line(
    pairs: list[tuple[EmbargoMatch, str]], kinds: tuple[str, ...], transfer: TransferType
) -> ScreenLine:
    match = pairs[0][0]
    embargo = match.embargo
    covered = embargo.covers | embargo.covers_related
    return ScreenLine(
        embargo_id=embargo.id,
        name=embargo_name(embargo, match.legal_basis_kind, country_name),
        set_id=match.set_id,
        article6_paragraph=match.article6_paragraph,
        resolutions=tuple(
            f"S/RES/{r.number} ({r.date.year})" + (f": {r.note}" if r.note else "")
            for r in embargo.resolutions
        )
        or tuple(i.reference for i in embargo.instruments),
        scope=embargo.scope.value,
        region=embargo.region,
        direction=embargo.direction.value,
        transfer=transfer.value,
        effect=match.effect,
        explanation=match.explanation,
        exemptions=tuple(
            (e.kind.value, e.beneficiary.value, e.who, e.text) for e in match.exemptions
        ),
        parties=tuple(dict.fromkeys(label for _, label in pairs)),
        items=tuple(k for k in kinds if normalise_item_kind(k) in covered),
        warnings=match.warnings,
    )


def screen_case(
    db: Database, reference: str, on_date: date | None = None, *, today: date | None = None
) -> ScreenReport:
    """Screen a registered case as at ``on_date``, else its assessment's decision date, else
    today, against the sets the authority applies (see ``reference_sets``)."""
    application_id = find_case_id(db, reference)
    source = DATE_GIVEN
    if on_date is None:
        state = current_assessment(db, application_id)
        on_date = state.decision_date if state is not None else None
        source = DATE_DECISION
    if on_date is None:
        on_date, source = today or date.today(), DATE_TODAY
    sets = reference_sets(db)
    with db.session() as session:
        app = load_application(session, application_id)
        return screen_application(app, sets, on_date, source)


def screen_case_file(
    data: Any,
    on_date: date | None = None,
    *,
    db: Database | None = None,
    today: date | None = None,
) -> ScreenReport:
    """Screen a case file's application (raises ``CaseFileError`` for a malformed file)."""
    case = parse_case_file(data, require_application=True)
    assert case.application is not None
    day, source = _file_date(case, on_date, today)
    app = unsaved_application(case.application, case.reference or "the case file")
    return screen_application(app, reference_sets(db), day, source)


def _file_date(case: CaseFile, on_date: date | None, today: date | None) -> tuple[date, str]:
    if on_date is not None:
        return on_date, DATE_GIVEN
    decided = case.decision.decided_on if case.decision is not None else None
    recorded = case.decision_date or decided
    if recorded is not None:
        return recorded, DATE_DECISION
    return today or date.today(), DATE_TODAY


# --------------------------------------------------------------------------- evaluate


def evaluate_screened_case_file(
    data: Any,
    on_date: date | None = None,
    *,
    db: Database | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """``evaluate_case_file`` after the screen has been run on the file (see the module).

    The screen's records replace the file's ``embargo_matches``, keeping the file's
    confirmations of the same embargo and effect; a match only the file names is kept too.
    A file the screen cannot read (no application, no items) is never cleared: an
    "authorise possible" becomes "incomplete". Raises ``CaseFileError``.
    """
    case = parse_case_file(data, require_assessment=True)
    assert case.assessment is not None
    if case.application is not None:
        report = screen_case_file(data, on_date, db=db, today=today)
    else:
        day, source = _file_date(case, on_date, today)
        sets = tuple(d for _, d in reference_sets(db))
        why = "the file has no application (destination, parties, items) to screen"
        report = ScreenReport("", day, source, sets, (), (), False, why)
    merged = _stamp_policies(_merge(case.assessment, report), case, db)
    screened_data = copy.deepcopy(data)
    screened_data["assessment"] = dump_assessment(merged)
    answer = evaluate_case_file(screened_data)
    if not report.screened:
        missing = f"article6.screen: the Article 6 screen could not be run: {report.not_screened}"
        answer["missing"] = [*answer.get("missing", []), missing]
        if answer["recommendation"] == "authorise_possible":
            answer["recommendation"] = "incomplete"
    answer["screen"] = report_as_json(report)
    return answer


def _stamp_policies(inp: AssessmentInput, case: CaseFile, db: Database | None) -> AssessmentInput:
    """The authority's policies replace what a file claims, as when the app saves an
    assessment: a file may not let an officer's reason count for a measure of the wrong kind
    (7(2), 11(2)), nor call an export's Article 7 "not applicable". Without a database the
    strict defaults apply: treaty kinds only; Article 7 for exports, and for other transfer
    types only where the file itself asks it (asking more is never less safe)."""
    policy = mitigation_policy(db) if db is not None else KindPolicy.TREATY_KINDS_ONLY
    inp = replace(inp, mitigation_policy=policy)
    if case.application is None:
        return inp
    transfer = case.application.transfer_type
    if db is not None:
        asked = article7_transfer_types(db)
    elif inp.article7_basis is Article7Basis.NATIONAL_POLICY:
        asked = frozenset({transfer})
    else:
        asked = frozenset()
    basis = article7_basis(transfer, asked)
    return replace(inp, transfer_type=transfer, article7_basis=basis)


def _merge(inp: AssessmentInput, report: ScreenReport) -> AssessmentInput:
    """The screen's matches with the file's confirmations, plus the file's other matches."""
    if not report.screened:
        return inp
    screened = apply_screen(inp, report.records, report.on_date)
    keys = {(m.embargo_id, m.effect) for m in report.records}
    extra = tuple(m for m in inp.article6.embargo_matches if (m.embargo_id, m.effect) not in keys)
    article6 = replace(
        screened.article6, embargo_matches=(*screened.article6.embargo_matches, *extra)
    )
    return replace(screened, article6=article6)


def report_as_json(report: ScreenReport) -> dict[str, Any]:
    """The screen as plain JSON (``evaluate --json``, ``screen --json``)."""
    return {
        "reference": report.reference,
        "as_at": report.on_date.isoformat(),
        "as_at_source": report.date_source,
        "screened": report.screened,
        "not_screened": report.not_screened,
        "prohibited": report.prohibited,
        "needs_confirmation": report.needs_confirmation,
        "data_sets": [
            {"id": s.id, "title": s.title, "as_of": s.as_of.isoformat(), "origin": s.origin}
            for s in report.sets
        ],
        "matches": [
            {
                "embargo_id": m.embargo_id,
                "name": m.name,
                "set": m.set_id,
                "article6_paragraph": m.article6_paragraph,
                "resolutions": list(m.resolutions),
                "scope": m.scope,
                "region": m.region,
                "direction": m.direction,
                "transfer": m.transfer,
                "effect": m.effect.value,
                "explanation": m.explanation,
                "exemptions": [
                    {"kind": k, "beneficiary": b, "who": w, "text": t}
                    for k, b, w, t in m.exemptions
                ],
                "parties": list(m.parties),
                "items": list(m.items),
                "warnings": list(m.warnings),
            }
            for m in report.lines
        ],
    }


__all__ = [
    "ScreenLine",
    "ScreenReport",
    "ScreenedSet",
    "evaluate_screened_case_file",
    "reference_sets",
    "report_as_json",
    "screen_application",
    "screen_case",
    "screen_case_file",
]
