"""The JSON case file's assessment section: round trip and field-path errors."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.model import Criterion, Recommendation
from att_desktop.domain.casefile import CaseFileError, dump_assessment, parse_assessment
from att_desktop.domain.embargoes import Effect
from tests.unit.assessment_cases import (
    clean_article6,
    complete,
    embargo_record,
    measure,
    serious_gbv,
)


def sample() -> dict[str, Any]:
    inp = complete(
        article6=replace(
            clean_article6(), embargo_matches=(embargo_record(Effect.NOT_APPLICABLE),)
        ),
        gbv=serious_gbv(),
        mitigation=(measure(Criterion.GBV, True),),
    )
    return dump_assessment(inp)


def test_round_trip_preserves_the_assessment() -> None:
    data = json.loads(json.dumps(sample()))
    parsed = parse_assessment(data)
    assert dump_assessment(parsed) == data
    assert evaluate(parsed).recommendation is Recommendation.AUTHORISE_POSSIBLE


def test_misspelt_level_names_the_field_and_choices() -> None:
    data = sample()
    data["article7"]["b_ii"]["finding"] = "hgih"
    with pytest.raises(CaseFileError) as info:
        parse_assessment(data)
    assert str(info.value) == (
        "assessment.article7.b_ii.finding: 'hgih' is not one of none_identified, low, "
        "substantial, overriding_before_mitigation"
    )


def test_every_problem_is_reported_at_once() -> None:
    data = sample()
    data["article6"]["screened_on"] = "15/01/2026"
    data["gbv"]["serious"]["answer"] = "yes"
    del data["mitigation"][0]["links"]  # an older file's form: one list of risks
    data["mitigation"][0]["addresses"] = ["gbv", "peace"]
    data["diversion"]["stages"]["transit"]["sources"][0]["kind"] = "rumour"
    data["article7"]["a"]["findng"] = "low"
    with pytest.raises(CaseFileError) as info:
        parse_assessment(data)
    problems = info.value.problems
    assert "assessment.article6.screened_on: '15/01/2026' is not a date (YYYY-MM-DD)" in problems
    assert "assessment.gbv.serious.answer: expected true, false or null, got text" in problems
    assert any(p.startswith("assessment.mitigation[0].addresses[1]: 'peace'") for p in problems)
    assert any(
        p.startswith("assessment.diversion.stages.transit.sources[0].kind: 'rumour'")
        for p in problems
    )
    assert "assessment.article7.a.findng: unknown field" in problems


def test_wrong_container_types_are_named() -> None:
    with pytest.raises(CaseFileError, match=r"^assessment: expected an object, got a list$"):
        parse_assessment([])
    data = sample()
    data["mitigation"] = {"id": "m1"}
    with pytest.raises(CaseFileError, match=r"assessment.mitigation: expected a list"):
        parse_assessment(data)


def test_missing_required_fields_in_list_items() -> None:
    data = sample()
    data["article6"]["embargo_matches"][0].pop("effect")
    data["mitigation"][0].pop("kind")
    with pytest.raises(CaseFileError) as info:
        parse_assessment(data)
    assert "assessment.article6.embargo_matches[0].effect: is missing" in info.value.problems
    assert "assessment.mitigation[0].kind: is missing" in info.value.problems


def test_empty_section_parses_as_unanswered() -> None:
    result = evaluate(parse_assessment({}))
    assert result.recommendation is Recommendation.INCOMPLETE
