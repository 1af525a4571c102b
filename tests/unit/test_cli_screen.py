"""``att-desktop evaluate`` and ``screen`` run the Article 6 screen themselves (issue 12).

Article 6(1): a State shall not authorise a transfer that would violate its obligations under
measures adopted by the Security Council under Chapter VII, in particular arms embargoes. The
DPRK embargo of S/RES/1718 (2006) para. 8(a), widened by 1874 (2009) and 2270 (2016), is the
example: a case file for rifles to the DPRK army with no match written in it must come back
"deny" citing the resolution, never "authorise possible".
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from att_desktop.cli import main
from att_desktop.domain.casefile import dump_assessment
from att_desktop.domain.embargoes import Effect, load_shipped_sets
from tests.unit.assessment_cases import complete, embargo_record

UN_SET = "un_security_council"


def case_data(
    destination: str = "KP",
    *,
    end_user: str = "Korean People's Army",
    decision_date: str | None = "2026-04-01",
    transfer: str = "export",
    exporting: str = "",
    assessment: Any = None,
    category: str = "VIII.SA.4",
) -> dict[str, Any]:
    """A whole case file: rifles to ``destination``'s army, a complete low-risk assessment
    with no embargo match written in it."""
    country = exporting if transfer == "import" else destination
    data: dict[str, Any] = {
        "format": "att-desktop-case",
        "version": 1,
        "application": {
            "reference": "EXP/2026/00042",
            "transfer_type": transfer,
            "applicant": {"name": "Nordic Arms AS", "country_code": "SE"},
            "destination_code": destination,
            "exporting_code": exporting,
            "received_on": "2026-03-02",
        },
        "parties": [
            {
                "role": "end_user",
                "party_type": "government",
                "name": end_user,
                "country_code": country,
            }
        ],
        "items": [
            {
                "line_no": 1,
                "description": "Assault rifle, 5.56 mm",
                "quantity": "100",
                "att_category": category,
            }
        ],
        "assessment": assessment if assessment is not None else dump_assessment(complete()),
    }
    if decision_date is not None:
        data["assessment_record"] = {"decision_date": decision_date}
    return data


def write(tmp_path: Path, data: dict[str, Any], name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def shipped_as_of() -> str:
    return next(s for s in load_shipped_sets() if s.id == UN_SET).as_of.isoformat()


# --------------------------------------------------------------------------- evaluate


def test_evaluate_dprk_rifles_with_no_match_written_is_prohibited_by_res_1718_para_8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6(1); S/RES/1718 (2006) para. 8(a): the screen runs even though the file's
    ``embargo_matches`` is empty, so the recommendation is a denial citing the resolution."""
    path = write(tmp_path, case_data())
    assert json.loads(path.read_text("utf-8"))["assessment"]["article6"]["embargo_matches"] == []

    code, out, err = run(capsys, "evaluate", "--json", str(path))
    assert code == 0, err
    answer = json.loads(out)
    assert answer["recommendation"] == "deny"
    dprk = [g for g in answer["grounds"] if g["article"] == 6 and g["paragraph"] == 1]
    assert dprk and dprk[0]["criterion"].startswith("kp-")
    assert "S/RES/1718 (2006)" in dprk[0]["explanation"]
    screen = answer["screen"]
    assert screen["as_at"] == "2026-04-01" and screen["as_at_source"] == "the case's decision date"
    assert {"id": UN_SET, "as_of": shipped_as_of()}.items() <= screen["data_sets"][0].items()
    assert screen["prohibited"] is True

    code, text, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    assert text.startswith("Recommendation: deny\n")
    assert "authorise possible" not in text
    assert "S/RES/1718 (2006)" in text
    assert f"{UN_SET}: " in text and f"as of {shipped_as_of()} (shipped)" in text
    assert "as at 2026-04-01 (the case's decision date)" in text


def test_evaluate_as_at_before_the_dprk_embargo_began_is_not_prohibited_by_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """S/RES/1718 was adopted on 14 October 2006: Article 6(1) applies to the measures in
    force when the State authorises, so a screen as at 2005 finds no DPRK embargo."""
    path = write(tmp_path, case_data())
    code, out, err = run(capsys, "evaluate", "--json", "--as-at", "2005-01-01", str(path))
    assert code == 0, err
    answer = json.loads(out)
    assert not [g for g in answer["grounds"] if str(g["criterion"]).startswith("kp-")]
    assert answer["recommendation"] == "authorise_possible"
    assert answer["screen"]["as_at"] == "2005-01-01"
    assert answer["screen"]["as_at_source"] == "given with --as-at"
    assert answer["screen"]["matches"] == []


def test_evaluate_without_a_decision_date_screens_as_at_today_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6(1): with no decision date the screen is made as at today, stated in the
    output, so nobody mistakes it for a screen on the day of the decision."""
    path = write(tmp_path, case_data(decision_date=None))
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    assert "(today: the case has no decision date)" in out
    assert out.startswith("Recommendation: deny")


def test_matches_written_in_the_file_add_but_never_remove(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6(1): a file that records the DPRK match as not applicable, or as needing no
    more than a confirmation it says does not apply, is still denied under S/RES/1718; a
    prohibition only the file names (another data set) is kept too."""
    inp = complete()
    written = (
        embargo_record(
            Effect.NOT_APPLICABLE, embargo_id="kp-2270-to", explanation="Not applicable."
        ),
        embargo_record(Effect.PROHIBITED),
    )
    forged = replace(inp, article6=replace(inp.article6, embargo_matches=written))
    path = write(tmp_path, case_data(assessment=dump_assessment(forged)))
    code, out, _ = run(capsys, "evaluate", "--json", str(path))
    assert code == 0
    criteria = {g["criterion"] for g in json.loads(out)["grounds"]}
    assert "test-embargo" in criteria  # the file's own prohibition is kept
    assert any(c.startswith("kp-") for c in criteria)  # the screen's cannot be removed

    # The same written prohibition for Brazil (no embargo in the data) still denies.
    path = write(tmp_path, case_data("BR", assessment=dump_assessment(forged)), "br.json")
    code, out, _ = run(capsys, "evaluate", "--json", str(path))
    answer = json.loads(out)
    assert answer["recommendation"] == "deny"
    assert [g["criterion"] for g in answer["grounds"]] == ["test-embargo"]


def test_a_file_the_screen_cannot_read_is_never_cleared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6: a file with an assessment but no application (no destination, parties or
    items) cannot be screened, so "authorise possible" becomes "incomplete"."""
    path = tmp_path / "bare.json"
    path.write_text(
        json.dumps({"format": "att-desktop-case", "assessment": dump_assessment(complete())}),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "evaluate", "--json", str(path))
    assert code == 0
    answer = json.loads(out)
    assert answer["recommendation"] == "incomplete"
    assert any(m.startswith("article6.screen: ") for m in answer["missing"])
    assert answer["screen"]["screened"] is False

    code, out, _ = run(capsys, "screen", str(path))
    assert code == 1 and out == ""


def test_evaluate_with_a_missing_database_file_uses_the_shipped_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--db adds the database's sets; a SQLite file that does not exist has none and is not
    created, and the screen of S/RES/1718 still runs."""
    never = tmp_path / "never.sqlite3"
    path = write(tmp_path, case_data())
    code, out, err = run(capsys, "--db", str(never), "evaluate", "--json", str(path))
    assert code == 0 and json.loads(out)["recommendation"] == "deny"
    assert "shipped reference data is used" in err
    assert not never.exists()


# --------------------------------------------------------------------------- screen


def test_screen_of_a_dprk_file_prints_the_match_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6(1), S/RES/1718 (2006) para. 8(a): ``screen`` names the embargo, its
    resolutions, scope and direction, the parties and items matched, and exits 3."""
    path = write(tmp_path, case_data())
    code, out, _ = run(capsys, "screen", str(path))
    assert code == 3
    assert "PROHIBITED: Korea, Democratic People's Republic of — UN Security Council" in out
    assert "Resolutions: S/RES/1718 (2006)" in out
    assert "Scope: country; direction: to (this case: export)" in out
    assert "Matched: Destination KP; End user: Korean People's Army (government, KP)" in out
    assert "Items covered: VIII.SA.4" in out
    assert "Result: the transfer is PROHIBITED" in out

    code, out, _ = run(capsys, "screen", str(path), "--json", "--as-at", "2005-01-01")
    assert code == 0
    assert json.loads(out)["matches"] == [] and json.loads(out)["prohibited"] is False


def test_screen_of_an_import_from_the_dprk_matches_the_from_direction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """S/RES/1718 (2006) para. 8(b) and 1874 (2009) para. 10: procurement FROM the DPRK is
    prohibited too; an import case matches the embargo's "from" direction."""
    data = case_data("SE", transfer="import", exporting="KP", end_user="Swedish Armed Forces")
    data["parties"][0]["country_code"] = "SE"
    code, out, err = run(capsys, "screen", "--json", str(write(tmp_path, data)))
    assert code == 3, err
    matches = json.loads(out)["matches"]
    prohibiting = [m for m in matches if m["effect"] == "prohibited"]
    assert prohibiting and all(m["direction"] in ("from", "both") for m in prohibiting)
    assert all(m["transfer"] == "import" for m in prohibiting)
    assert "Exporting State KP" in prohibiting[0]["parties"]


def test_screen_region_regime_needs_a_person_and_shows_the_exemption_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """S/RES/1591 (2005) para. 7 (Darfur): a region-scope embargo cannot be decided by the
    data; ``screen`` exits 4 and prints the approval path open to the Government of Sudan."""
    data = case_data("SD", end_user="Sudanese Armed Forces")
    code, out, _ = run(capsys, "screen", "--json", str(write(tmp_path, data)))
    assert code == 4
    screen = json.loads(out)
    darfur = [m for m in screen["matches"] if m["scope"] == "region"]
    assert darfur and darfur[0]["effect"] == "needs_confirmation"
    assert darfur[0]["region"]
    assert any(e["kind"] == "approval" for e in darfur[0]["exemptions"])
    assert screen["needs_confirmation"] is True and screen["prohibited"] is False


def test_screen_of_a_clear_case_exits_0_and_bad_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6(1): Brazil is under no embargo in the data: exit 0. A malformed file, a bad
    date or no case at all are refused with a message."""
    code, out, _ = run(capsys, "screen", str(write(tmp_path, case_data("BR"))))
    assert code == 0
    assert "No embargo in the data touches this case on that date." in out

    bad = case_data("BR")
    bad["items"][0]["quantity"] = "many"
    code, out, err = run(capsys, "screen", str(write(tmp_path, bad, "bad.json")))
    assert code == 1 and out == "" and "items[0].quantity" in err
    code, _, err = run(capsys, "screen", str(tmp_path / "case.json"), "--as-at", "01/02/2026")
    assert code == 2 and "is not a date (YYYY-MM-DD)" in err
    code, _, err = run(capsys, "screen")
    assert code == 2
    code, out, _ = run(capsys, "screen", "--help")
    assert code == 0
    assert "3 an embargo prohibits the transfer" in " ".join(out.split())


def test_art_7_2_a_file_cannot_grant_itself_the_officer_reason_policy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Art. 7(2), 7(3): a re-export clause cannot lower an overriding human-rights risk unless
    the *authority's* policy lets an officer's reason count. A case file that claims that
    policy for itself is evaluated under the strict default, as the app would save it."""
    from att_desktop.domain.assessment import evaluate
    from att_desktop.domain.assessment.model import (
        Criterion,
        KindPolicy,
        MitigationKind,
        MitigationMeasure,
        Recommendation,
        RiskLevel,
        RiskLink,
    )
    from tests.unit.assessment_cases import finding

    reason = "The clause bars transfer to the unit named in the UN report."
    claimed = complete(
        article7=tuple(
            (
                c,
                finding(
                    RiskLevel.OVERRIDING_BEFORE_MITIGATION if c is Criterion.B_II else RiskLevel.LOW
                ),
            )
            for c in (Criterion.A, Criterion.B_I, Criterion.B_II, Criterion.B_III, Criterion.B_IV)
        ),
        mitigation=(
            MitigationMeasure(
                "M1",
                MitigationKind.RE_EXPORT_CLAUSE,
                "No re-export without our consent",
                (RiskLink(Criterion.B_II, True, "Verified.", kind_reason=reason),),
            ),
        ),
        mitigation_policy=KindPolicy.OFFICER_REASON,
    )
    # The file's own claim would lower the risk: the test reads a real difference.
    assert evaluate(claimed).recommendation is not Recommendation.DENY
    path = write(
        tmp_path, case_data("NO", end_user="Norwegian Army", assessment=dump_assessment(claimed))
    )
    _code, out, _ = run(capsys, "evaluate", str(path), "--json")
    assert json.loads(out)["recommendation"] == "deny", out
