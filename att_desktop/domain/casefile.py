"""The JSON case file's assessment section: parse into the model, and write it back.

The format is documented in ``docs/case-file-format.md``. Parsing collects every problem
rather than stopping at the first, and names each by its path, e.g.
``assessment.article7.b_ii.finding: 'hgih' is not one of none_identified, low, ...``, so
that a file written by hand or by another system can be fixed in one pass. Unknown fields
are errors too: a misspelt field silently ignored would be a finding silently lost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from att_desktop.domain.assessment.mitigation import legacy_links
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    Article6Input,
    Article7Basis,
    AssessmentInput,
    Confirmation,
    Criterion,
    DiversionInput,
    EmbargoMatchRecord,
    EndUserAssurances,
    Finding,
    GbvInput,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    PostShipment,
    RedFlag,
    RedFlagRecord,
    RiskLevel,
    RiskLink,
    Source,
    SourceKind,
    SupplyChainStage,
)
from att_desktop.domain.embargoes import Effect, ExemptionKind, LegalBasisKind
from att_desktop.domain.enums import TransferType
from att_desktop.i18n import Message, msg, translate

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class CaseFileError(ValueError):
    """One or more problems in a case file, each naming the field path: ``messages`` to
    translate where they are shown, ``problems`` their English (``str`` joins them)."""

    def __init__(self, problems: Sequence[Message | str]) -> None:
        self.messages = tuple(problems)
        self.problems = tuple(translate(p, "en") for p in self.messages)
        super().__init__("\n".join(self.problems))


class Reader:
    def __init__(self) -> None:
        self.problems: list[Message | str] = []
        #: The field paths that have a problem (a check reports a field once).
        self.paths: set[str] = set()

    def fail(self, path: str, problem: Message | str) -> None:
        self.paths.add(path)
        self.problems.append(
            msg(
                "{path}: {problem}",
                context="case file problem (field path: problem)",
                path=path,
                problem=problem,
            )
        )

    def obj(self, raw: Any, path: str, allowed: set[str]) -> Mapping[str, Any]:
        if raw is None:
            return {}
        if not isinstance(raw, Mapping):
            self.fail(
                path,
                msg("expected an object, got {kind}", context="case file problem", kind=_kind(raw)),
            )
            return {}
        for key in raw:
            if key not in allowed:
                self.fail(f"{path}.{key}", msg("unknown field", context="case file problem"))
        return raw

    def text(self, raw: Mapping[str, Any], key: str, path: str) -> str:
        value = raw.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(
                f"{path}.{key}",
                msg("expected text, got {kind}", context="case file problem", kind=_kind(value)),
            )
            return ""
        return value

    def flag(self, raw: Mapping[str, Any], key: str, path: str) -> bool | None:
        value = raw.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.fail(
            f"{path}.{key}",
            msg(
                "expected true, false or null, got {kind}",
                context="case file problem",
                kind=_kind(value),
            ),
        )
        return None

    def choice(self, raw: Mapping[str, Any], key: str, path: str, enum: type[E]) -> E | None:
        value = raw.get(key)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.fail(
                f"{path}.{key}",
                msg(
                    "{value} is not one of {allowed}",
                    context="case file problem",
                    value=repr(value),
                    allowed=allowed,
                ),
            )
            return None

    def day(self, raw: Mapping[str, Any], key: str, path: str) -> date | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(
            f"{path}.{key}",
            msg(
                "{value} is not a date (YYYY-MM-DD)", context="case file problem", value=repr(value)
            ),
        )
        return None

    def items(
        self, raw: Mapping[str, Any], key: str, path: str, parse: Callable[[Any, str], T | None]
    ) -> tuple[T, ...]:
        value = raw.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(
                f"{path}.{key}",
                msg("expected a list, got {kind}", context="case file problem", kind=_kind(value)),
            )
            return ()
        parsed = (parse(item, f"{path}.{key}[{i}]") for i, item in enumerate(value))
        return tuple(p for p in parsed if p is not None)

    def texts(self, raw: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        def one(item: Any, where: str) -> str | None:
            if isinstance(item, str):
                return item
            self.fail(
                where,
                msg("expected text, got {kind}", context="case file problem", kind=_kind(item)),
            )
            return None

        return self.items(raw, key, path, one)


def _kind(value: Any) -> Message:
    """What a JSON value is, in words a translator agrees with ``got``."""
    if value is None:
        return msg("null", context="case file JSON value")
    kinds = {
        dict: msg("an object", context="case file JSON value"),
        list: msg("a list", context="case file JSON value"),
        str: msg("text", context="case file JSON value"),
        bool: msg("true/false", context="case file JSON value"),
    }
    return kinds.get(type(value), msg("a number", context="case file JSON value"))


# --------------------------------------------------------------------------- parsing


def parse_assessment(raw: Any, path: str = "assessment") -> AssessmentInput:
    """Parse the ``assessment`` section; raises ``CaseFileError`` listing every problem."""
    r = Reader()
    sections = {"article6", "article7", "gbv", "diversion", "mitigation"}
    top = r.obj(
        raw,
        path,
        sections | {"transfer_type", "article7_basis", "peace_contribution", "mitigation_policy"},
    )
    result = AssessmentInput(
        transfer_type=r.choice(top, "transfer_type", path, TransferType) or TransferType.EXPORT,
        article7_basis=r.choice(top, "article7_basis", path, Article7Basis) or Article7Basis.EXPORT,
        article6=_article6(r, top.get("article6"), f"{path}.article6"),
        article7=_article7(r, top.get("article7"), f"{path}.article7"),
        gbv=_gbv(r, top.get("gbv"), f"{path}.gbv"),
        diversion=_diversion(r, top.get("diversion"), f"{path}.diversion"),
        mitigation=r.items(top, "mitigation", path, lambda v, p: _measure(r, v, p)),
        peace_contribution=_answer(r, top.get("peace_contribution"), f"{path}.peace_contribution"),
        mitigation_policy=r.choice(top, "mitigation_policy", path, KindPolicy)
        or KindPolicy.TREATY_KINDS_ONLY,
    )
    if r.problems:
        raise CaseFileError(r.problems)
    return result


def _source(r: Reader, raw: Any, path: str) -> Source | None:
    obj = r.obj(raw, path, {"kind", "title", "date", "reference"})
    kind = r.choice(obj, "kind", path, SourceKind)
    title = r.text(obj, "title", path)
    if kind is None:
        r.fail(f"{path}.kind", msg("is missing", context="case file problem"))
    if not title.strip():
        r.fail(f"{path}.title", msg("is missing", context="case file problem"))
    if kind is None:
        return None
    return Source(kind, title, r.day(obj, "date", path), r.text(obj, "reference", path))


def _sources(r: Reader, obj: Mapping[str, Any], path: str) -> tuple[Source, ...]:
    return r.items(obj, "sources", path, lambda v, p: _source(r, v, p))


def _finding(r: Reader, raw: Any, path: str) -> Finding:
    obj = r.obj(raw, path, {"finding", "reasoning", "sources"})
    return Finding(
        r.choice(obj, "finding", path, RiskLevel),
        r.text(obj, "reasoning", path),
        _sources(r, obj, path),
    )


def _answer(r: Reader, raw: Any, path: str, extra: set[str] | None = None) -> Answer:
    obj = r.obj(raw, path, {"answer", "reasoning", "sources", *(extra or set())})
    return Answer(
        r.flag(obj, "answer", path), r.text(obj, "reasoning", path), _sources(r, obj, path)
    )


def _match(r: Reader, raw: Any, path: str) -> EmbargoMatchRecord | None:
    fields = {"embargo_id", "title", "legal_basis_kind", "effect", "explanation", "party"}
    obj = r.obj(raw, path, fields | {"confirmation", "reasoning"} | _EVIDENCE)
    embargo_id = r.text(obj, "embargo_id", path)
    basis = r.choice(obj, "legal_basis_kind", path, LegalBasisKind)
    effect = r.choice(obj, "effect", path, Effect)
    for key in ("embargo_id", "legal_basis_kind", "effect"):
        if key not in obj:
            r.fail(f"{path}.{key}", msg("is missing", context="case file problem"))
    if not embargo_id or basis is None or effect is None:
        return None
    return EmbargoMatchRecord(
        embargo_id=embargo_id,
        title=r.text(obj, "title", path),
        legal_basis_kind=basis,
        effect=effect,
        explanation=r.text(obj, "explanation", path),
        party=r.text(obj, "party", path),
        confirmation=r.choice(obj, "confirmation", path, Confirmation),
        reasoning=r.text(obj, "reasoning", path),
        exemption_paths=tuple(
            p
            for i, v in enumerate(r.texts(obj, "exemption_paths", path))
            if (p := r.choice({"k": v}, "k", f"{path}.exemption_paths[{i}]", ExemptionKind))
        ),
        waiting_days=_days(r, obj, "waiting_days", path),
        committee_reference=r.text(obj, "committee_reference", path),
        committee_date=r.day(obj, "committee_date", path),
        no_objection_on=r.day(obj, "no_objection_on", path),
    )


#: The exemption evidence a match may carry (Article 6: approvals and notifications).
_EVIDENCE = {
    "exemption_paths",
    "waiting_days",
    "committee_reference",
    "committee_date",
    "no_objection_on",
}


def _days(r: Reader, obj: Mapping[str, Any], key: str, path: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        r.fail(
            f"{path}.{key}",
            msg(
                "expected a whole number of days, got {value}",
                context="case file problem",
                value=repr(value),
            ),
        )
        return None
    return value


def _article6(r: Reader, raw: Any, path: str) -> Article6Input:
    obj = r.obj(raw, path, {"screened_on", "embargo_matches", "other_obligations", "knowledge"})
    return Article6Input(
        screened_on=r.day(obj, "screened_on", path),
        embargo_matches=r.items(obj, "embargo_matches", path, lambda v, p: _match(r, v, p)),
        other_obligations=_answer(r, obj.get("other_obligations"), f"{path}.other_obligations"),
        knowledge=_answer(r, obj.get("knowledge"), f"{path}.knowledge"),
    )


def _article7(r: Reader, raw: Any, path: str) -> tuple[tuple[Criterion, Finding], ...]:
    obj = r.obj(raw, path, {c.value for c in ARTICLE7_1})
    return tuple(
        (c, _finding(r, obj[c.value], f"{path}.{c.value}")) for c in ARTICLE7_1 if c.value in obj
    )


def _gbv(r: Reader, raw: Any, path: str) -> GbvInput:
    keys = {
        "prevalent",
        "serious",
        "effective_prevention",
        "risk",
        "no_mitigation_available",
        "overriding_reasoning",
    }
    obj = r.obj(raw, path, keys)
    prevalent_raw = obj.get("prevalent")
    types: tuple[str, ...] = ()
    if isinstance(prevalent_raw, Mapping):
        types = r.texts(prevalent_raw, "types", f"{path}.prevalent")
    return GbvInput(
        prevalent=_answer(r, prevalent_raw, f"{path}.prevalent", {"types"}),
        prevalent_types=types,
        serious=_answer(r, obj.get("serious"), f"{path}.serious"),
        effective_prevention=_answer(
            r, obj.get("effective_prevention"), f"{path}.effective_prevention"
        ),
        risk=_finding(r, obj.get("risk"), f"{path}.risk"),
        no_mitigation_available=r.flag(obj, "no_mitigation_available", path) is True,
        overriding_reasoning=r.text(obj, "overriding_reasoning", path),
    )


def _diversion(r: Reader, raw: Any, path: str) -> DiversionInput:
    obj = r.obj(raw, path, {"stages", "red_flags", "assurances", "post_shipment"})
    stages_obj = r.obj(obj.get("stages"), f"{path}.stages", {s.value for s in SupplyChainStage})
    stages = tuple(
        (s, _finding(r, stages_obj[s.value], f"{path}.stages.{s.value}"))
        for s in SupplyChainStage
        if s.value in stages_obj
    )
    a_path, p_path = f"{path}.assurances", f"{path}.post_shipment"
    a = r.obj(obj.get("assurances"), a_path, {*_ASSURANCE_FLAGS, "reference"})
    ps = r.obj(obj.get("post_shipment"), p_path, {*_POST_SHIPMENT_FLAGS, "note"})
    return DiversionInput(
        stages=stages,
        red_flags=r.items(obj, "red_flags", path, lambda v, p: _red_flag(r, v, p)),
        assurances=EndUserAssurances(
            **{k: r.flag(a, k, a_path) for k in _ASSURANCE_FLAGS},
            reference=r.text(a, "reference", a_path),
        ),
        post_shipment=PostShipment(
            **{k: r.flag(ps, k, p_path) for k in _POST_SHIPMENT_FLAGS},
            note=r.text(ps, "note", p_path),
        ),
    )


_ASSURANCE_FLAGS = (
    "certificate_received",
    "certificate_authenticated",
    "no_reexport_without_consent",
    "stockpile_security_assurance",
)
_POST_SHIPMENT_FLAGS = ("delivery_verification", "on_site_inspection", "cooperation_agreed")


def _red_flag(r: Reader, raw: Any, path: str) -> RedFlagRecord | None:
    obj = r.obj(raw, path, {"flag", "present", "note"})
    flag = r.choice(obj, "flag", path, RedFlag)
    if flag is None:
        if "flag" not in obj:
            r.fail(f"{path}.flag", msg("is missing", context="case file problem"))
        return None
    return RedFlagRecord(flag, r.flag(obj, "present", path), r.text(obj, "note", path))


def _criterion(r: Reader, value: Any, where: str) -> Criterion | None:
    try:
        return Criterion(value)
    except ValueError:
        allowed = ", ".join(c.value for c in Criterion)
        r.fail(
            where,
            msg(
                "{value} is not one of {allowed}",
                context="case file problem",
                value=repr(value),
                allowed=allowed,
            ),
        )
        return None


def _link(r: Reader, raw: Any, path: str) -> RiskLink | None:
    obj = r.obj(raw, path, {"criterion", "reliably_reduces", "reasoning", "kind_reason"})
    if "criterion" not in obj:
        r.fail(f"{path}.criterion", msg("is missing", context="case file problem"))
        return None
    criterion = _criterion(r, obj["criterion"], f"{path}.criterion")
    if criterion is None:
        return None
    return RiskLink(
        criterion,
        r.flag(obj, "reliably_reduces", path),
        r.text(obj, "reasoning", path),
        r.text(obj, "kind_reason", path),
    )


def _measure(r: Reader, raw: Any, path: str) -> MitigationMeasure | None:
    """A measure with ``links`` (one judgement per risk), or an older one with ``addresses``
    and a single ``reliably_reduces``, read as that judgement on each linked risk, carried
    over and noted for review (never both forms in one measure)."""
    keys = {"id", "kind", "description", "links", "reasoning", "sources"}
    obj = r.obj(raw, path, keys | {"addresses", "reliably_reduces"})
    measure_id = r.text(obj, "id", path)
    kind = r.choice(obj, "kind", path, MitigationKind)
    if not measure_id.strip():
        r.fail(f"{path}.id", msg("is missing", context="case file problem"))
    if kind is None and "kind" not in obj:
        r.fail(f"{path}.kind", msg("is missing", context="case file problem"))
    reasoning = r.text(obj, "reasoning", path)
    if "links" in obj and ({"addresses", "reliably_reduces"} & obj.keys()):
        r.fail(
            f"{path}.addresses",
            msg("give either links or addresses, not both", context="case file problem"),
        )
    if "links" in obj:
        links = r.items(obj, "links", path, lambda v, p: _link(r, v, p))
        repeated = [c for c, n in Counter(lk.criterion for lk in links).items() if n > 1]
        for criterion in repeated:
            r.fail(
                f"{path}.links",
                msg(
                    "the risk {criterion} is linked twice",
                    context="case file problem",
                    criterion=criterion.value,
                ),
            )
    else:
        addresses = r.items(obj, "addresses", path, lambda v, p: _criterion(r, v, p))
        flag = r.flag(obj, "reliably_reduces", path)
        links = legacy_links(addresses, flag, reasoning)
    if kind is None or not measure_id.strip():
        return None
    return MitigationMeasure(
        id=measure_id,
        kind=kind,
        description=r.text(obj, "description", path),
        links=links,
        reasoning=reasoning,
        sources=_sources(r, obj, path),
    )


def dump_assessment(inp: AssessmentInput) -> dict[str, Any]:
    """The inverse of ``parse_assessment``: plain JSON-ready data."""
    a6 = inp.article6
    return {
        "article6": {
            "screened_on": _iso(a6.screened_on),
            "embargo_matches": [_dump_match(m) for m in a6.embargo_matches],
            "other_obligations": _dump_answer(a6.other_obligations),
            "knowledge": _dump_answer(a6.knowledge),
        },
        "article7": {c.value: _dump_finding(f) for c, f in inp.article7},
        "gbv": {
            "prevalent": {
                **_dump_answer(inp.gbv.prevalent),
                "types": list(inp.gbv.prevalent_types),
            },
            "serious": _dump_answer(inp.gbv.serious),
            "effective_prevention": _dump_answer(inp.gbv.effective_prevention),
            "risk": _dump_finding(inp.gbv.risk),
            "no_mitigation_available": inp.gbv.no_mitigation_available,
            "overriding_reasoning": inp.gbv.overriding_reasoning,
        },
        "diversion": _dump_diversion(inp.diversion),
        "mitigation": [_dump_measure(m) for m in inp.mitigation],
        # Written only when not the defaults, so an export's record is unchanged.
        **(
            {"transfer_type": inp.transfer_type.value}
            if inp.transfer_type.value != "export"
            else {}
        ),
        **(
            {"article7_basis": inp.article7_basis.value}
            if inp.article7_basis is not Article7Basis.EXPORT
            else {}
        ),
        "peace_contribution": _dump_answer(inp.peace_contribution),
        "mitigation_policy": inp.mitigation_policy.value,
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _dump_sources(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    return [
        {"kind": s.kind.value, "title": s.title, "date": _iso(s.date), "reference": s.reference}
        for s in sources
    ]


def _dump_finding(f: Finding) -> dict[str, Any]:
    level = f.finding.value if f.finding else None
    return {"finding": level, "reasoning": f.reasoning, "sources": _dump_sources(f.sources)}


def _dump_answer(a: Answer) -> dict[str, Any]:
    return {"answer": a.answer, "reasoning": a.reasoning, "sources": _dump_sources(a.sources)}


def _dump_match(m: EmbargoMatchRecord) -> dict[str, Any]:
    return {
        "embargo_id": m.embargo_id,
        "title": m.title,
        "legal_basis_kind": m.legal_basis_kind.value,
        "effect": m.effect.value,
        "explanation": m.explanation,
        "party": m.party,
        "confirmation": m.confirmation.value if m.confirmation else None,
        "reasoning": m.reasoning,
        **_dump_evidence(m),
    }


def _dump_evidence(m: EmbargoMatchRecord) -> dict[str, Any]:
    """The exemption paths and evidence, only where there are any."""
    out: dict[str, Any] = {}
    if m.exemption_paths:
        out["exemption_paths"] = [k.value for k in m.exemption_paths]
    if m.waiting_days is not None:
        out["waiting_days"] = m.waiting_days
    if m.committee_reference:
        out["committee_reference"] = m.committee_reference
    if m.committee_date is not None:
        out["committee_date"] = m.committee_date.isoformat()
    if m.no_objection_on is not None:
        out["no_objection_on"] = m.no_objection_on.isoformat()
    return out


def _dump_diversion(d: DiversionInput) -> dict[str, Any]:
    return {
        "stages": {s.value: _dump_finding(f) for s, f in d.stages},
        "red_flags": [
            {"flag": f.flag.value, "present": f.present, "note": f.note} for f in d.red_flags
        ],
        "assurances": {
            **{k: getattr(d.assurances, k) for k in _ASSURANCE_FLAGS},
            "reference": d.assurances.reference,
        },
        "post_shipment": {
            **{k: getattr(d.post_shipment, k) for k in _POST_SHIPMENT_FLAGS},
            "note": d.post_shipment.note,
        },
    }


def _dump_measure(m: MitigationMeasure) -> dict[str, Any]:
    return {
        "id": m.id,
        "kind": m.kind.value,
        "description": m.description,
        "links": [
            {
                "criterion": lk.criterion.value,
                "reliably_reduces": lk.reliably_reduces,
                "reasoning": lk.reasoning,
                "kind_reason": lk.kind_reason,
            }
            for lk in m.links
        ],
        "reasoning": m.reasoning,
        "sources": _dump_sources(m.sources),
    }
