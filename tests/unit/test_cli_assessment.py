"""``att-desktop evaluate`` and the other assessment commands, run through ``cli.main``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from att_desktop.cli import main
from att_desktop.domain.assessment.model import Criterion
from att_desktop.domain.casefile import dump_assessment
from att_desktop.domain.embargoes import Effect
from tests.unit.assessment_cases import complete, embargo_record, measure, serious_gbv


def case_file(tmp_path: Path, assessment: dict[str, Any], **extra: Any) -> Path:
    path = tmp_path / "case.json"
    path.write_text(
        json.dumps({"format": "att-desktop-case", "version": 1, "assessment": assessment, **extra}),
        encoding="utf-8",
    )
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_prints_recommendation_and_grounds_without_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gbv = complete(gbv=serious_gbv(), mitigation=(measure(Criterion.GBV, False),))
    path = case_file(
        tmp_path,
        dump_assessment(gbv),
        decision={
            "outcome": "authorise",
            "decided_on": "2026-04-01",
            "rationale": "x",
            "licence": {"valid_from": "2026-04-01", "valid_until": "2027-04-01"},
        },
    )
    db_path = tmp_path / "never.sqlite3"
    code, out, err = run(capsys, "--db", str(db_path), "evaluate", "--json", str(path))
    assert code == 0, err
    answer = json.loads(out)
    assert answer["recommendation"] == "deny"
    assert [(g["article"], g["paragraph"], g["criterion"]) for g in answer["grounds"]] == [
        (7, 4, "gbv"),
        (7, 3, "gbv"),
    ]
    assert answer["gbv_flowchart"]["evaluation_order"] == [1, 2, 3, 5, 4]
    assert answer["decision_check"]["allowed"] is False
    assert not db_path.exists()


def test_evaluate_article6_prohibition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = complete()
    from dataclasses import replace

    prohibited = replace(
        inp, article6=replace(inp.article6, embargo_matches=(embargo_record(Effect.PROHIBITED),))
    )
    code, out, _ = run(
        capsys, "evaluate", "--json", str(case_file(tmp_path, dump_assessment(prohibited)))
    )
    assert code == 0
    answer = json.loads(out)
    assert answer["recommendation"] == "deny"
    assert answer["grounds"][0]["citation"] == "Article 6(1) [test-embargo]"


def test_evaluate_names_the_malformed_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = dump_assessment(complete())
    data["article7"]["b_ii"]["finding"] = "hgih"
    data["gbv"]["serius"] = {}
    code, out, err = run(capsys, "evaluate", str(case_file(tmp_path, data)))
    assert code == 1 and out == ""
    assert "assessment.article7.b_ii.finding: 'hgih' is not one of" in err
    assert "assessment.gbv.serius: unknown field" in err

    broken = tmp_path / "broken.json"
    broken.write_text('{"assessment": ', encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(broken))
    assert code == 1 and "not valid JSON" in err

    empty = case_file(tmp_path, None)  # type: ignore[arg-type]
    code, _, err = run(capsys, "evaluate", str(empty))
    assert code == 1 and "assessment: is missing" in err
