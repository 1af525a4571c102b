"""Every "still missing" entry the engine can produce has words and a place in the wizard.

The entries are taken from the engine itself, by evaluating inputs that reach each of its
branches; a second test reads the engine's source so a new kind of entry that these inputs do
not reach fails here instead of reaching an officer as a key.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment import missing as catalogue
from att_desktop.domain.assessment.model import (
    Answer,
    Article6Input,
    AssessmentInput,
    Confirmation,
    Criterion,
    DiversionInput,
    Finding,
    GbvInput,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    RedFlag,
    RedFlagRecord,
    RiskLevel,
    RiskLink,
)
from att_desktop.domain.embargoes import Effect
from tests.unit.assessment_cases import (
    SOURCE,
    answer,
    clean_article6,
    complete,
    embargo_record,
    finding,
)

ENGINE = Path(catalogue.__file__).parent
BARE = Answer(True)


def _inputs() -> list[AssessmentInput]:
    """Inputs that, between them, reach every branch that reports something missing."""
    unreasoned_no = Answer(False)
    article6 = Article6Input(
        embargo_matches=(
            embargo_record(Effect.NEEDS_CONFIRMATION),
            embargo_record(Effect.NEEDS_CONFIRMATION, confirmation=Confirmation.DOES_NOT_APPLY),
            # An approval claimed on a match with no approval path open (issue 12).
            embargo_record(Effect.NEEDS_CONFIRMATION, confirmation=Confirmation.APPROVAL_OBTAINED),
        ),
        other_obligations=unreasoned_no,
        knowledge=unreasoned_no,
    )
    measure = MitigationMeasure("M1", MitigationKind.TRAINING, "", ())
    gbv_measure = MitigationMeasure("M2", MitigationKind.TRAINING, "x", (RiskLink(Criterion.GBV),))
    return [
        AssessmentInput(),
        AssessmentInput(article6=article6),
        # GBV: each step in turn, as the flowchart stops at the first unanswered one.
        complete(gbv=GbvInput(prevalent=BARE)),
        complete(gbv=GbvInput(prevalent=answer(True), serious=Answer(True))),
        complete(
            gbv=GbvInput(
                prevalent=answer(True),
                prevalent_types=("femicide",),
                serious=answer(True),
                effective_prevention=Answer(False),
            )
        ),
        complete(
            gbv=GbvInput(
                prevalent=answer(True),
                prevalent_types=("femicide",),
                serious=answer(True),
                risk=finding(RiskLevel.OVERRIDING_BEFORE_MITIGATION),
            ),
            mitigation=(gbv_measure,),
        ),
        complete(
            gbv=GbvInput(
                prevalent=answer(True),
                prevalent_types=("femicide",),
                serious=answer(True),
                effective_prevention=answer(False),
                risk=finding(RiskLevel.LOW),
            )
        ),
        complete(
            diversion=DiversionInput(red_flags=tuple(RedFlagRecord(flag) for flag in RedFlag))
        ),
        complete(mitigation=(measure, measure)),
        # Per-risk judgements (Art. 7(2)): an unreasoned one, and a kind the treaty does not
        # name against IHL counted only on a reason the authority's policy requires (11(2)).
        complete(
            mitigation=(
                MitigationMeasure(
                    "M3",
                    MitigationKind.RE_EXPORT_CLAUSE,
                    "x",
                    (RiskLink(Criterion.B_I, True, "why"), RiskLink(Criterion.DIVERSION, True)),
                ),
            ),
            mitigation_policy=KindPolicy.OFFICER_REASON,
            peace_contribution=Answer(True),
        ),
        complete(article6=replace(clean_article6(), knowledge=Answer(None, "", (SOURCE,)))),
        complete(article7=((Criterion.A, Finding(RiskLevel.LOW)),)),
    ]


def _entries() -> list[tuple[str, AssessmentInput]]:
    return [(entry, inp) for inp in _inputs() for entry in evaluate(inp).missing]


def test_every_entry_the_engine_reports_has_words_and_a_field() -> None:
    entries = _entries()
    assert len(entries) > 60
    described = [catalogue.describe(entry, inp) for entry, inp in entries]
    unknown = [d.entry for d in described if not d.known]
    assert unknown == []
    for item in described:
        assert item.page in catalogue.PAGES, item
        assert item.field, item
        assert item.place in catalogue.PLACES and item.what in catalogue.WHATS, item
        # Words, never the engine's key.
        assert item.entry.partition(": ")[0] not in item.label, item


def test_the_catalogue_holds_no_words_the_engine_never_needs() -> None:
    described = [catalogue.describe(entry, inp) for entry, inp in _entries()]
    assert {d.place for d in described} == set(catalogue.PLACES)
    assert {d.what for d in described} == set(catalogue.WHATS)


def _engine_messages() -> set[str]:
    """The message half of every entry the engine's source can report: each is a catalogue
    message ``msg("{key}: …", context="assessment missing", key=…)``."""
    messages: set[str] = set()
    for name in ("article6", "article7", "gbv", "diversion", "mitigation"):
        tree = ast.parse((ENGINE / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            context = next((k.value for k in node.keywords if k.arg == "context"), None)
            if node.func.id != "msg" or not isinstance(context, ast.Constant):
                continue
            if context.value != "assessment missing":
                continue
            first = node.args[0]
            assert isinstance(first, ast.Constant) and isinstance(first.value, str)
            assert first.value.startswith("{key}: "), first.value
            messages.add(first.value.split(": ", 1)[1])
    return messages


def test_the_inputs_reach_every_kind_of_entry_in_the_engine_source() -> None:
    messages = _engine_messages()
    assert len(messages) > 15
    produced = {entry.split(": ", 1)[1] for entry, _inp in _entries()}
    assert messages - produced == set()


def test_an_embargo_is_named_by_its_title_and_an_unknown_entry_is_kept() -> None:
    inp = AssessmentInput(
        article6=Article6Input(embargo_matches=(embargo_record(Effect.NEEDS_CONFIRMATION),))
    )
    entry = next(e for e in evaluate(inp).missing if e.startswith("article6.embargo"))
    item = catalogue.describe(entry, inp)
    assert item.label == "Article 6(1) embargo Test embargo: confirm whether it applies"
    assert (item.page, item.field) == ("article6", "embargo_matches.0.confirmation")
    odd = catalogue.describe("somewhere.new: something")
    assert not odd.known and odd.label == "somewhere.new: something"
