"""Issue 12, headless: ``screen --case``, ``evaluate --db`` and ``shipment record/import``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from att_desktop.cli import main
from att_desktop.cli_context import PASSWORD_ENV
from att_desktop.db.engine import Database
from att_desktop.db.models import Event, Shipment
from att_desktop.domain.enums import Role
from att_desktop.services import accounts
from att_desktop.services.assessment import load_embargo_update
from tests.accounts_helpers import PASSWORD, committee
from tests.db.assessment_helpers import assess, register
from tests.db.test_reassessment_service import licence_to, un_file
from tests.unit.assessment_cases import complete
from tests.unit.test_cli_screen import case_data, write

LICENCE = "LIC/2026/00001"


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db_url: str) -> Run:
    """``att-desktop --db DB ARGS...`` in this process: (exit status, stdout, stderr)."""

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def shipments(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(Shipment.id))) or 0)


def run_without_db(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- screen, evaluate


def test_screen_a_registered_case_as_at_its_decision_date(db: Database, run: Run) -> None:
    """Article 6(1), S/RES/1718 (2006) para. 8(a): ``screen --case`` screens the register's
    case (destination, parties, items) and exits 3 when an embargo prohibits it."""
    to_dprk = register(db, "KP")
    code, out, _ = run("screen", "--case", to_dprk.reference)
    assert code == 3
    assert f"Article 6 screen of {to_dprk.reference} as at " in out
    assert "(today: the case has no decision date)" in out
    assert "Resolutions: S/RES/1718 (2006)" in out and "Matched: Destination KP" in out

    to_brazil = register(db, "BR")
    assess(db, to_brazil.id, complete())
    code, out, _ = run("screen", "--case", to_brazil.reference, "--json")
    assert code == 0
    screen = json.loads(out)
    assert screen["as_at"] == "2026-04-01" and screen["as_at_source"] == "the case's decision date"
    assert screen["matches"] == []

    code, _, err = run("screen", "--case", "EXP/1999/99999")
    assert code == 1 and "There is no case with reference EXP/1999/99999" in err


def test_evaluate_with_db_adds_the_authoritys_loaded_embargo_data(
    db: Database, run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Article 6(1): with --db the screen also applies the sets the authority loaded (here a
    fictional UN embargo on Brazil, S/RES/9999, from 2026-06-01); both data sets and their
    as_of dates are named. Without --db the shipped data alone does not know it."""
    load_embargo_update(db, un_file(tmp_path))
    path = write(tmp_path, case_data("BR", decision_date="2026-07-01"))

    code, out, err = run("evaluate", "--json", str(path))
    assert code == 0, err
    answer = json.loads(out)
    assert answer["recommendation"] == "deny"
    assert [g["criterion"] for g in answer["grounds"]] == ["br-test"]
    origins = {(s["id"], s["origin"]) for s in answer["screen"]["data_sets"]}
    assert ("un_security_council", "database") in origins
    assert ("un_security_council", "shipped") in origins  # shipped data is never dropped

    code, out, _ = run_without_db(capsys, "evaluate", "--json", str(path))
    assert code == 0 and json.loads(out)["recommendation"] == "authorise_possible"


# --------------------------------------------------------------------------- shipments


def test_shipment_record_books_a_line_and_warnings_need_acknowledging(
    db: Database, run: Run
) -> None:
    """Article 12(3): actual exports are recorded; a shipment beyond the licence is saved only
    once the warnings are acknowledged, and bad input saves nothing."""
    licence_to(db, "BR")
    base = ("shipment", "record", "--licence", LICENCE, "--date", "2026-05-01", "--line", "1")

    code, out, err = run(
        *base, "--quantity", "30", "--value", "37500", "--customs-reference", "MRN-1"
    )
    assert code == 0, err
    assert f"Recorded a shipment of 30 on line 1 of licence {LICENCE}" in out
    assert shipments(db) == 1

    code, _, err = run(*base, "--quantity", "500", "--customs-reference", "MRN-2")
    assert code == 1 and "Warning: " in err and "--acknowledge-warnings" in err
    assert shipments(db) == 1
    code, _, err = run(
        *base, "--quantity", "500", "--customs-reference", "MRN-2", "--acknowledge-warnings"
    )
    assert code == 0, err
    assert shipments(db) == 2

    for args, message in (
        (("--quantity", "many"), "--quantity: 'many' is not a quantity"),
        (("--quantity", "-1"), "quantity"),
        (("--quantity", "1", "--value", "10", "--currency", "euro"), "currency"),
    ):
        code, _, err = run(*base, *args)
        assert code == 1 and message in err, (args, err)
    code, _, err = run(
        "shipment",
        "record",
        "--licence",
        LICENCE,
        "--date",
        "2026-05-01",
        "--line",
        "7",
        "--quantity",
        "1",
    )
    assert code == 1 and "has no line 7 (its lines: 1)" in err
    code, _, err = run(
        "shipment",
        "record",
        "--licence",
        "LIC/0000/1",
        "--date",
        "2026-05-01",
        "--line",
        "1",
        "--quantity",
        "1",
    )
    assert code == 1 and "There is no licence numbered LIC/0000/1" in err
    code, _, err = run(
        "shipment",
        "record",
        "--licence",
        LICENCE,
        "--date",
        "May 1",
        "--line",
        "1",
        "--quantity",
        "1",
    )
    assert code == 2 and "is not a date" in err
    assert shipments(db) == 2


def test_shipment_record_refuses_a_day_an_embargo_prohibits(
    db: Database, run: Run, tmp_path: Path
) -> None:
    """Article 6(1) and 7(7): from the day an embargo starts (fictional S/RES/9999 on Brazil,
    2026-06-01) no licence covers a shipment, acknowledged or not."""
    licence_to(db, "BR")
    load_embargo_update(db, un_file(tmp_path))
    code, _, err = run(
        "shipment",
        "record",
        "--licence",
        LICENCE,
        "--date",
        "2026-06-01",
        "--line",
        "1",
        "--quantity",
        "1",
        "--acknowledge-warnings",
    )
    assert code == 1 and "cannot cover a shipment on 2026-06-01" in err
    assert "S/RES/9999" in err and shipments(db) == 0


def test_shipment_commands_sign_in_once_the_database_has_accounts(
    db: Database, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Article 12: the history records who recorded a shipment; anonymous changes and a
    one-time password are refused."""
    licence_to(db, "BR")
    people = committee(db)
    args = (
        "shipment",
        "record",
        "--licence",
        LICENCE,
        "--date",
        "2026-05-01",
        "--line",
        "1",
        "--quantity",
        "1",
    )
    code, _, err = run(*args)
    assert code == 1 and shipments(db) == 0

    fresh = accounts.add_user(db, people.admin, "newbie", "New Officer", Role.LICENSING_OFFICER)
    monkeypatch.setenv(PASSWORD_ENV, fresh.temporary_password)
    code, _, err = run(*args, "--user", "newbie")
    assert code == 1 and "must first choose a new password" in err
    assert shipments(db) == 0

    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    code, _, err = run(*args, "--user", "officer")
    assert code == 0, err
    with db.session() as session:
        event = session.scalars(
            select(Event).where(Event.action == "shipment_recorded").order_by(Event.id.desc())
        ).first()
        assert event is not None and event.actor_name == people.officer.full_name


def test_shipment_import_all_or_nothing(db: Database, run: Run, tmp_path: Path) -> None:
    """Article 12(3): a customs file is imported whole or not at all; warnings are saved only
    when acknowledged; --dry-run saves nothing."""
    licence_to(db, "BR")
    header = "Licence number,Line,Date,Customs reference,Quantity,Value,Currency\n"
    good = tmp_path / "good.csv"
    good.write_text(
        header + f"{LICENCE},1,2026-05-01,MRN-1,30,37500,EUR\n{LICENCE},1,2026-05-02,MRN-2,5,,\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        header + f"{LICENCE},1,2026-05-01,MRN-1,30,,\n{LICENCE},1,01/05/2026,MRN-3,1,,\n",
        encoding="utf-8",
    )
    over = tmp_path / "over.csv"
    over.write_text(header + f"{LICENCE},1,2026-05-03,MRN-9,900,,\n", encoding="utf-8")

    code, out, err = run("shipment", "import", str(good), "--dry-run")
    assert code == 0, err
    assert "good.csv is valid: 2 shipment(s) in 2 row(s) would be imported" in out
    assert shipments(db) == 0
    code, _, err = run("shipment", "import", str(bad))
    assert code == 1 and "row 3, shipped_on" in err and "Nothing was saved" in err
    assert shipments(db) == 0
    code, out, err = run("shipment", "import", str(good))
    assert code == 0, err
    assert "Imported 2 shipment(s) from good.csv" in out and shipments(db) == 2
    code, _, err = run("shipment", "import", str(over))
    assert code == 1 and "Warning: row 2" in err and shipments(db) == 2
    code, _, err = run("shipment", "import", str(over), "--acknowledge-warnings")
    assert code == 0, err
    assert shipments(db) == 3
    code, _, err = run("shipment", "import", str(tmp_path / "missing.csv"))
    assert code != 0 and "missing.csv" in err and shipments(db) == 3
