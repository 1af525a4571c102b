"""The national (parliamentary) report and the Wassenaar report from a register with known
numbers (``tests.national_register``), stated cell by cell and total by total."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.reporting.pivot import Cell, Dimension, treaty_criterion
from att_desktop.domain.reporting.wassenaar import load_participating_states
from att_desktop.formats.national_report import write_national_report
from att_desktop.formats.wassenaar_report import write_wassenaar_report
from att_desktop.services.national_report import (
    collect_national,
    collect_wassenaar,
    treaty_grounds,
)
from tests.national_register import START, build_national

D = Decimal
ROWS = (Dimension.DESTINATION,)
COLUMNS = (Dimension.OUTCOME,)


@pytest.fixture
def register(db: Database) -> Database:
    build_national(db)
    return db


def _cell(count: int, items: str, value: str, complete: bool = True) -> Cell:
    return Cell(count, D(items), D(value), complete)


def test_pivot_by_destination_and_outcome(register: Database) -> None:
    report = collect_national(register, START, date.today(), rows=ROWS, columns=COLUMNS)
    p = report.pivot
    expected = {
        # Brazil: LIC/2025/00001 (125,000 + 30,000 EUR + 40,000 USD = 36,000 EUR) and
        # LIC/2025/00004 (5,000 EUR); 100 + 50,000 + 10 + 5 items.
        (("BR",), ("authorised",)): _cell(2, "50115", "196000.00"),
        (("BR",), ("revoked",)): _cell(1, "5", "5000.00"),
        # Norway: LIC/2025/00002, 2,000,000 + 900,000 EUR (withheld from the ATT report only).
        (("NO",), ("authorised",)): _cell(1, "10", "2900000.00"),
        # United States: 12,000 GBP and no GBP rate: counted, value left out.
        (("US",), ("authorised",)): _cell(1, "30", "0", complete=False),
        (("US",), ("suspended",)): _cell(1, "30", "0", complete=False),
        (("AE",), ("authorised",)): _cell(1, "4", "400000.00"),
        (("KP",), ("denied",)): _cell(1, "2", "9000000.00"),
        # 100,000 USD at 0.90.
        (("SY",), ("denied",)): _cell(1, "50", "90000.00"),
    }
    assert dict(p.cells) == expected
    assert p.column_keys == (("authorised",), ("denied",), ("revoked",), ("suspended",))
    # Rows by the State's English name: Brazil, North Korea, Norway, Syria, UAE, US.
    assert p.row_keys == (("BR",), ("KP",), ("NO",), ("SY",), ("AE",), ("US",))
    assert p.column_totals[("authorised",)] == _cell(5, "50159", "3496000.00", complete=False)
    assert p.column_totals[("denied",)] == _cell(2, "52", "9090000.00")
    assert p.row_totals[("BR",)] == _cell(3, "50120", "201000.00")
    assert p.total == _cell(9, "50246", "12591000.00", complete=False)
    assert report.rates_used == {(2025, "USD"): D("0.90")}


def test_criterion_pivot_counts_a_denial_once_in_the_total(register: Database) -> None:
    report = collect_national(
        register,
        START,
        date.today(),
        rows=(Dimension.CRITERION,),
        columns=COLUMNS,
    )
    p = report.pivot
    denied = ("denied",)
    assert p.cell(("att:6(1)",), denied) == _cell(1, "50", "90000.00")
    assert p.cell(("att:7(1)(b)(ii)",), denied) == _cell(1, "50", "90000.00")
    # EXP/5 (North Korea) cites no ground: "no criterion", with a warning to fix it.
    assert p.cell(("",), denied) == _cell(1, "2", "9000000.00")
    assert p.column_totals[denied] == _cell(2, "52", "9090000.00")
    assert p.row_keys == (("",), ("att:6(1)",), ("att:7(1)(b)(ii)",))
    codes = {f.code for f in report.findings}
    assert "denial_without_criterion" in codes
    missing = [f for f in report.findings if f.code == "exchange_rate_missing"]
    assert len(missing) == 1 and missing[0].link.currency == "GBP"
    assert missing[0].link.year == 2025 and len(missing[0].related) == 2
    assert report.has_errors


def test_rating_rows_and_a_second_criterion_source(register: Database) -> None:
    def national(session: object, ids: object) -> dict[int, tuple[str, ...]]:
        return {i: ("eu:2",) for i in ids}  # type: ignore[attr-defined]

    report = collect_national(
        register,
        START,
        date(2025, 12, 31),
        rows=(Dimension.RATING, Dimension.CRITERION),
        columns=(),
        criteria=("att", "eu"),
        sources={"att": treaty_grounds, "eu": national},
    )
    p = report.pivot
    # Up to 31 December 2025: no revocation or suspension (they are dated today).
    assert p.cell(("ML1", "eu:2")) == _cell(2, "52", "9090000.00")
    assert p.cell(("ML1", "att:6(1)")) == _cell(1, "50", "90000.00")
    assert p.cell(("ML6", "")) == _cell(1, "4", "400000.00")
    assert p.cell(("ML3", "")) == _cell(1, "50000", "30000.00")
    assert p.total.count == 7


def test_period_bounds_and_nil(register: Database) -> None:
    report = collect_national(register, date(2023, 1, 1), date(2023, 12, 31))
    assert report.nil and report.pivot.total == Cell(0, D(0), D(0))
    with pytest.raises(ValueError):
        collect_national(register, date(2025, 2, 1), date(2025, 1, 1))


def test_national_files(register: Database, tmp_path: Path) -> None:
    report = collect_national(register, START, date.today(), rows=ROWS, columns=COLUMNS)
    out = tmp_path / "n.json"
    write_national_report(report, out, "json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"] == {
        "count": 9,
        "number_of_items": "50246",
        "value": "12591000.00",
        "value_complete": False,
    }
    cell = next(c for c in data["cells"] if c["row"]["destination"]["code"] == "SY")
    assert cell["column"]["outcome"]["label"] == "Denied" and cell["value"] == "90000.00"
    write_national_report(report, tmp_path / "n.csv", "csv", language="es")
    rows = list(csv.DictReader((tmp_path / "n.csv").read_text(encoding="utf-8-sig").splitlines()))
    sy = next(r for r in rows if r["destination_code"] == "SY")
    assert (sy["kind"], sy["outcome"], sy["count"], sy["value"]) == (
        "cell",
        "Denegadas",
        "1",
        "90000.00",
    )
    assert rows[-1]["kind"] == "total" and rows[-1]["value"] == "12591000.00"
    write_national_report(report, tmp_path / "n.xlsx", "xlsx")
    ws = load_workbook(tmp_path / "n.xlsx").worksheets[0]
    values = [[c.value for c in r] for r in ws.iter_rows()]
    assert values[2][:3] == ["Destination", "Authorised: Count", "Authorised: Value (EUR)"]
    total = values[-1]
    assert total[0] == "TOTAL" and total[-2:] == [9, D("12591000.00")]
    for language in ("en", "es"):
        write_national_report(report, tmp_path / f"n-{language}.pdf", "pdf", language=language)
        assert (tmp_path / f"n-{language}.pdf").read_bytes().startswith(b"%PDF")


# --------------------------------------------------------------------------- Wassenaar


def test_participating_states_reference_data() -> None:
    states = load_participating_states()
    assert len(states.codes) == 42
    assert all(is_valid_country(c) for c in states.codes)
    assert {"IN", "MX", "ZA", "KR", "US", "RU"} <= states.codes
    assert "BR" not in states and "AE" not in states and "CN" not in states
    assert states.source and states.as_of


def test_wassenaar_first_half(register: Database) -> None:
    report = collect_wassenaar(register, 2025, 1)
    assert (report.start, report.end) == (date(2025, 1, 1), date(2025, 6, 30))
    assert not report.nil
    # Category II: 3 carriers to the UAE (15 March); Norway's 2 (2 April) are to a
    # Participating State and not reported.
    (ae,) = report.tables["II"]
    assert (ae.state, ae.number_of_items, ae.descriptions) == (
        "AE",
        D(3),
        ("Armoured personnel carrier 8x8",),
    )
    # SALW to Brazil: 120 rifles (20 January, EXP/4), 60 assault rifles (5 May) and 4 mortars
    # (30 June); the 20,000 cartridges are ammunition, outside the categories.
    (br,) = report.tables["SALW"]
    assert (br.state, br.number_of_items) == ("BR", D(184))
    assert br.att_categories == ("VIII.SA.2", "VIII.SA.4", "VIII.LW.6")
    assert report.total("SALW") == D(184) and report.total("II") == D(3)
    assert all(not report.tables[c] for c in ("I", "III", "IV", "V", "VI", "VII"))
    assert report.to_participants == 1
    assert report.findings == ()


def test_wassenaar_second_half_and_nil(register: Database) -> None:
    second = collect_wassenaar(register, 2025, 2)
    assert [(r.state, r.number_of_items) for r in second.tables["II"]] == [("AE", D(1))]
    assert second.total("SALW") == 0
    nil = collect_wassenaar(register, 2024, 1)
    assert nil.nil


def test_wassenaar_files(register: Database, tmp_path: Path) -> None:
    report = collect_wassenaar(register, 2025, 1)
    write_wassenaar_report(report, tmp_path / "w.json", "json")
    data = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    salw = next(c for c in data["categories"] if c["category"] == "SALW")
    assert salw["total_items"] == "184" and salw["rows"][0]["state"]["code"] == "BR"
    assert next(c for c in data["categories"] if c["category"] == "I")["nil"] is True
    write_wassenaar_report(report, tmp_path / "w.csv", "csv")
    rows = list(csv.DictReader((tmp_path / "w.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 8  # six nil categories, one row for II, one for SALW
    assert [r["number_of_items"] for r in rows if r["state_code"]] == ["3", "184"]
    write_wassenaar_report(report, tmp_path / "w.xlsx", "xlsx", language="fr")
    assert load_workbook(tmp_path / "w.xlsx").worksheets[0]["A1"].value
    for language in ("en", "es"):
        write_wassenaar_report(report, tmp_path / f"w-{language}.pdf", "pdf", language=language)
        assert (tmp_path / f"w-{language}.pdf").read_bytes().startswith(b"%PDF")


def test_treaty_criterion_codes() -> None:
    assert treaty_criterion(Ground(6, 1, "un-sy", "")) == "att:6(1)"
    assert treaty_criterion(Ground(6, 3, None, "")) == "att:6(3)"
    assert treaty_criterion(Ground(7, 3, "a", "")) == "att:7(1)(a)"
    assert treaty_criterion(Ground(7, 3, "b_iv", "")) == "att:7(1)(b)(iv)"
    assert treaty_criterion(Ground(7, 4, "gbv", "")) == "att:7(4)"
    assert treaty_criterion(Ground(7, 3, "gbv", "")) == "att:7(4)"
    assert treaty_criterion(Ground(11, 2, "diversion", "")) == "att:11"
    assert treaty_criterion(Ground(None, None, "overriding risk", "")) == "att:other"


# --------------------------------------------------------------------------- CLI


def test_cli_national(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "national.json"
    args = ["--db", register.url, "report", "national", "--from", "2025-01-01"]
    args += ["--to", date.today().isoformat(), "--format", "json", "--out", str(out)]
    assert main(args) == 1  # the GBP value has no rate: an error, nothing written
    assert "GBP" in capsys.readouterr().err and not out.exists()
    assert main([*args, "--force", "--rows", "criterion", "--columns", "outcome"]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["rows"] == ["criterion"] and data["total"]["count"] == 9
    denied = [c for c in data["cells"] if c["column"]["outcome"]["code"] == "denied"]
    assert {c["row"]["criterion"]["code"]: c["count"] for c in denied} == {
        "": 1,
        "att:6(1)": 1,
        "att:7(1)(b)(ii)": 1,
    }
    assert "9 decision(s)" in capsys.readouterr().out
    # Up to the end of 2025 with a GBP rate recorded: no errors, exit 0, a PDF in Spanish.
    assert main(
        ["--db", register.url, "report", "rate", "--year", "2025", "--from", "GBP", "--to", "EUR",
         "--rate", "1.15", "--source", "Central bank 2025"]
    ) == 0  # fmt: skip
    pdf = tmp_path / "national.pdf"
    code = main(
        ["--db", register.url, "report", "national", "--from", "2025-01-01", "--to",
         "2025-12-31", "--format", "pdf", "--out", str(pdf), "--language", "es"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main([*args[:-4], "--rows", "outcome", "--columns", "outcome", "--format", "csv",
                 "--out", str(tmp_path / "x.csv")]) == 1  # fmt: skip
    assert "both" in capsys.readouterr().err


def test_cli_wassenaar(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wa.csv"
    args = ["--db", register.url, "report", "wassenaar", "--year", "2025", "--half", "1"]
    assert main([*args, "--format", "csv", "--out", str(out)]) == 0
    assert "II: 3, SALW: 184" in capsys.readouterr().out
    assert "184" in out.read_text(encoding="utf-8-sig")
    nil = tmp_path / "nil.json"
    args = ["--db", register.url, "report", "wassenaar", "--year", "2024", "--half", "1"]
    assert main([*args, "--format", "json", "--out", str(nil)]) == 0
    assert "nil report" in capsys.readouterr().out
    assert json.loads(nil.read_text(encoding="utf-8"))["nil_report"] is True


def test_the_national_frameworks_criteria_recorded_on_denials_make_the_criterion_dimension(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Criteria recorded on a denial (EU Common Position 1-8, migration 0018) are a second
    criterion source, from the command line as from the service."""
    build_national(db, denial_criteria={"set": "eu-cp-2008-944", "codes": ["1", "2"]})
    report = collect_national(
        db,
        START,
        date(2025, 12, 31),
        rows=(Dimension.CRITERION,),
        columns=(),
        criteria=("framework",),
    )
    p = report.pivot
    # EXP/7 cites criteria 1 and 2; EXP/5 (North Korea) cites none: a warning to fix it.
    assert p.row_keys == (("",), ("eu-cp-2008-944:1",), ("eu-cp-2008-944:2",))
    assert p.cell(("eu-cp-2008-944:1",)) == _cell(1, "50", "90000.00")
    assert p.cell(("eu-cp-2008-944:2",)) == _cell(1, "50", "90000.00")
    assert p.total.count == 7  # every decision once, whatever the criteria
    assert "denial_without_criterion" in {f.code for f in report.findings}
    out = tmp_path / "criteria.csv"
    args = ["--db", db.url, "report", "national", "--from", "2025-01-01", "--to"]
    args += ["2025-12-31", "--rows", "criterion", "--columns", "outcome", "--criteria"]
    assert main([*args, "framework,att", "--format", "csv", "--out", str(out), "--force"]) in (0, 1)
    text = out.read_text(encoding="utf-8")
    assert "Criterion 2 (eu-cp-2008-944)" in text and "ATT Article 6(1)" in text
    capsys.readouterr()
    assert main([*args, "nato", "--format", "csv", "--out", str(out)]) == 2
    assert "unknown criterion source nato" in capsys.readouterr().err
