"""The headless commands, run through ``main([...])`` as the console script runs them."""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from att_desktop.cli import main
from att_desktop.config import AppPaths
from att_desktop.db.engine import backup_sqlite, head_revision
from tests.conftest import FreshSqlite

Run = Callable[..., tuple[int, str, str]]
DEMO_CASES = 40


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """One small demo register per module; tests copy it rather than regenerate it."""
    path = backup_sqlite(sqlite_template, tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    assert main(["demo", "--db", str(path), "--cases", str(DEMO_CASES)]) == 0
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite3"
    with closing(sqlite3.connect(demo_template)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    return copy


def counts(path: Path) -> dict[str, int]:
    tables = ("applications", "line_items", "parties", "events", "licences", "organisations")
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


# --- help, init, --db ----------------------------------------------------------------------


def test_help_lists_every_command(run: Run) -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("init", "demo", "import", "export", "backup", "check", "version", "gui"):
        assert command in out


def test_no_command_or_unknown_option_is_a_usage_error(run: Run) -> None:
    assert run()[0] == 2
    code, _, err = run("export", "x.csv", "--colour")
    assert code == 2
    assert "unrecognised arguments: --colour" in err


def test_init_uses_the_default_database_in_the_data_dir(run: Run, isolated_data_dir: Path) -> None:
    code, out, _ = run("init")
    assert code == 0
    default = AppPaths.default().default_db
    assert default.parent == isolated_data_dir
    assert default.is_file()
    assert str(default) in out
    code, out, _ = run("init")
    assert "up to date" in out


@pytest.mark.parametrize("before", [True, False])
def test_db_option_is_accepted_before_or_after_the_command(
    run: Run, tmp_path: Path, before: bool
) -> None:
    target = tmp_path / "other.sqlite3"
    argv = ["--db", str(target), "init"] if before else ["init", "--db", str(target)]
    assert run(*argv)[0] == 0
    assert target.is_file()
    assert not AppPaths.default().default_db.exists()


# --- demo ----------------------------------------------------------------------------------


def test_demo_if_empty_fills_once_then_does_nothing(
    fresh_sqlite: FreshSqlite, run: Run, tmp_path: Path
) -> None:
    db = fresh_sqlite(tmp_path / "demo.sqlite3")
    code, out, _ = run("demo", "--if-empty", "--db", str(db), "--cases", "20")
    assert code == 0
    assert "Added 20 demo cases" in out
    before = counts(db)
    code, out, _ = run("demo", "--if-empty", "--db", str(db))
    assert code == 0
    assert "already holds 20 cases" in out
    assert counts(db) == before


def test_demo_refuses_to_mix_with_existing_cases(run: Run, demo_db: Path) -> None:
    before = counts(demo_db)
    code, _, err = run("demo", "--db", str(demo_db))
    assert code == 1
    assert "only added to an empty database" in err
    assert counts(demo_db) == before


# --- export and import ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_register(
    fresh_sqlite: FreshSqlite, run: Run, demo_db: Path, tmp_path: Path, suffix: str
) -> None:
    first = tmp_path / f"register{suffix}"
    code, out, _ = run("export", str(first), "--db", str(demo_db))
    assert code == 0
    assert f"Exported {DEMO_CASES} case(s)" in out
    fresh = fresh_sqlite(tmp_path / "fresh.sqlite3")
    code, out, err = run("import", str(first), "--db", str(fresh))
    assert (code, err) == (0, "")
    assert f"Imported {DEMO_CASES} case(s)" in out
    # Same cases: exporting the imported register yields the same file, cell for cell.
    again = tmp_path / "again.csv"
    original = tmp_path / "original.csv"
    assert run("export", str(again), "--db", str(fresh))[0] == 0
    assert run("export", str(original), "--db", str(demo_db))[0] == 0
    assert again.read_bytes() == original.read_bytes()
    assert counts(fresh)["applications"] == DEMO_CASES
    assert counts(fresh)["licences"] == counts(demo_db)["licences"]
    # ...and the imported register passes the integrity check (counters, chain, summaries).
    assert run("check", "--db", str(fresh))[0] == 0


def test_xlsx_export_has_a_bold_frozen_header(run: Run, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    assert run("export", str(target), "--db", str(demo_db))[0] == 0
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "reference"
    assert sheet["A1"].font.bold


def test_csv_export_opens_in_excel_as_utf8(run: Run, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "register.csv"
    assert run("export", str(target), "--db", str(demo_db), "--year", "2026")[0] == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert rows
    assert {r["received_on"][:4] for r in rows} == {"2026"}


def test_imported_reference_is_kept_and_the_counter_moves_past_it(
    fresh_sqlite: FreshSqlite, run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "one.csv"
    _write_csv(source, [_row(reference="EXP/2026/00042")])
    db = fresh_sqlite(tmp_path / "db.sqlite3")
    assert run("import", str(source), "--db", str(db))[0] == 0
    code, _, err = run("import", str(source), "--db", str(db))
    assert code == 1
    assert "EXP/2026/00042 is already in the register" in err
    with closing(sqlite3.connect(db)) as conn:
        counter = conn.execute(
            "SELECT last_value FROM reference_counters WHERE prefix='EXP' AND year=2026"
        ).fetchone()[0]
    assert counter == 42


BAD_ROWS = [
    pytest.param({"quantity": "-3"}, "row 3, column quantity: '-3' must not be negative", id="neg"),
    pytest.param(
        {"received_on": "31/12/2025"},
        "row 3, column received_on: '31/12/2025' is not a date",
        id="date",
    ),
    pytest.param(
        {"destination": "Narnia"}, "row 3, column destination: 'Narnia' is not a country", id="cc"
    ),
    pytest.param(
        {"att_category": "VIII.SA.9"},
        "row 3, column att_category: 'VIII.SA.9' is not an ATT category",
        id="category",
    ),
]


@pytest.mark.parametrize(("bad", "message"), BAD_ROWS)
@pytest.mark.parametrize("dry_run", [False, True])
def test_one_bad_row_refuses_the_whole_file(
    run: Run, demo_db: Path, tmp_path: Path, bad: dict[str, str], message: str, dry_run: bool
) -> None:
    source = tmp_path / "bad.csv"
    # The bad row is a case of its own (its own end user), between two good cases.
    second = _row(end_user="Danish Army", **bad)
    _write_csv(source, [_row(), second, _row(applicant="X")])
    before = counts(demo_db)
    argv = ["import", str(source), "--db", str(demo_db)] + (["--dry-run"] if dry_run else [])
    code, _, err = run(*argv)
    assert code == 1
    assert message in err
    assert "Nothing was written" in err
    assert counts(demo_db) == before


def test_dry_run_of_a_good_file_writes_nothing(run: Run, demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "good.csv"
    _write_csv(source, [_row(), _row(description="Spare barrels", not_reportable_reason="parts")])
    before = counts(demo_db)
    code, out, _ = run("import", str(source), "--dry-run", "--db", str(demo_db))
    assert code == 0
    assert "1 case(s) with 2 line item(s) would be imported" in out
    assert counts(demo_db) == before


def test_dry_run_does_not_create_a_database(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "good.csv"
    _write_csv(source, [_row()])
    target = tmp_path / "none.sqlite3"
    assert run("import", str(source), "--dry-run", "--db", str(target))[0] == 0
    assert not target.exists()


def test_wrong_headers_are_named(run: Run, demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "wrong.csv"
    source.write_text("Case,Exporter,Country,Qty\nA,B,SE,1\n", encoding="utf-8")
    before = counts(demo_db)
    code, _, err = run("import", str(source), "--db", str(demo_db))
    assert code == 1
    assert "lacks the column(s) transfer_type, status, received_on" in err
    assert "Ignored unknown column(s): case, country" in err
    assert counts(demo_db) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty.csv is empty"),
        ("photo.xlsx", b"\xff\xd8\xff\xe0 JFIF not a workbook", "not an Excel workbook"),
        ("photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF", "not a CSV text file"),
        ("notes.txt", b"hello", ".csv or .xlsx"),
    ],
)
def test_unreadable_files_exit_2_with_a_message(
    run: Run, demo_db: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    before = counts(demo_db)
    code, _, err = run("import", str(source), "--db", str(demo_db))
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert counts(demo_db) == before


def test_missing_import_file(run: Run, tmp_path: Path) -> None:
    code, _, err = run("import", str(tmp_path / "nowhere.csv"), "--db", str(tmp_path / "d.db"))
    assert code == 2
    assert "There is no file" in err


def test_export_without_a_database_says_to_run_init(run: Run, tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path / "x.csv"), "--db", str(tmp_path / "none.db"))
    assert code == 2
    assert "Run 'att-desktop init' first" in err
    assert not (tmp_path / "none.db").exists()


# --- backup, check, version, gui -----------------------------------------------------------


def test_backup_makes_a_readable_copy_in_the_backup_folder(run: Run, demo_db: Path) -> None:
    code, out, _ = run("backup", "--db", str(demo_db))
    assert code == 0
    (copy,) = AppPaths.default().backup_dir.glob("demo-*.sqlite3")
    assert str(copy) in out
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == DEMO_CASES
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert run("check", "--db", str(copy))[0] == 0


def test_backup_never_overwrites(run: Run, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite3"
    assert run("backup", "--out", str(out), "--db", str(demo_db))[0] == 0
    code, _, err = run("backup", "--out", str(out), "--db", str(demo_db))
    assert code == 2
    assert "already exists" in err


def test_backup_of_an_unreachable_postgresql_server_says_so(run: Run, tmp_path: Path) -> None:
    """The pg_dump backup itself is tested against a real server in test_postgres.py."""
    out = tmp_path / "backups"  # its own folder: the command's log is in the data folder
    out.mkdir()
    code, _, err = run(
        "backup", "--db", "postgresql+psycopg://att@127.0.0.1:1/att", "--out", str(out)
    )
    assert code == 2
    assert "Cannot connect to the PostgreSQL server" in err
    assert list(out.iterdir()) == []


def test_check_passes_on_the_demo_register(run: Run, demo_db: Path) -> None:
    code, out, _ = run("check", "--db", str(demo_db))
    assert code == 0
    assert "hash chain intact" in out
    assert "No problems found." in out


def test_check_finds_an_event_altered_behind_the_apps_back(run: Run, demo_db: Path) -> None:
    with closing(sqlite3.connect(demo_db)) as conn:
        # Someone bypasses the app: drops the append-only trigger and rewrites history.
        conn.execute("DROP TRIGGER events_append_only")
        conn.execute("UPDATE events SET summary = 'nothing to see' WHERE id = 5")
        conn.commit()
    code, out, err = run("check", "--db", str(demo_db))
    assert code == 1
    assert "FAIL event history" in out
    assert "event 5 (" in out
    assert "altered after it was recorded" in out
    assert "problem(s) found" in err


def test_check_finds_a_removed_event_and_inconsistent_summaries(run: Run, demo_db: Path) -> None:
    with closing(sqlite3.connect(demo_db)) as conn:
        conn.execute("DROP TRIGGER retain_events")
        conn.execute("DELETE FROM events WHERE id = 7")
        conn.execute("UPDATE applications SET categories_summary = 'VI' WHERE id = 3")
        conn.execute("UPDATE line_items SET att_category = NULL, not_reportable_reason = NULL")
        conn.commit()
    code, out, _ = run("check", "--db", str(demo_db))
    assert code == 1
    assert "event 8 (" in out
    assert "does not link to event 6" in out
    assert "the register shows categories_summary = 'VI'" in out
    assert "neither an ATT category nor a reason" in out


def test_check_of_a_non_database_exits_2(run: Run, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database")
    code, _, err = run("check", "--db", str(bogus))
    assert code == 2
    assert "not an ATT Desktop database" in err


def test_version_prints_the_versions(run: Run, demo_db: Path) -> None:
    code, out, _ = run("version", "--db", str(demo_db))
    assert code == 0
    for label in ("ATT Desktop", "Schema", "Python", "SQLAlchemy", "Qt (PySide6)", "SQLite"):
        assert label in out
    assert f"schema {head_revision()} (current)" in out
    assert "not installed" not in out.split("Qt (PySide6)")[1].splitlines()[0]


def test_version_without_a_database(run: Run) -> None:
    code, out, _ = run("version")
    assert code == 0
    assert "not created yet" in out
    assert not AppPaths.default().default_db.exists()


def test_headless_commands_never_import_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from att_desktop.cli import main\n"
        f"assert main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'demo', '--cases', '5']) == 0\n"
        f"assert main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'check']) == 0\n"
        f"assert main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'version']) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("att-desktop")
    if not script.exists():
        pytest.skip("not installed as a console script in this environment")
    assert shutil.which(str(script))


# --- helpers -------------------------------------------------------------------------------

HEADER = [
    "reference",
    "transfer_type",
    "status",
    "received_on",
    "applicant",
    "applicant_country",
    "destination",
    "end_user",
    "end_user_type",
    "end_user_country",
    "description",
    "att_category",
    "not_reportable_reason",
    "quantity",
    "value",
    "currency",
]


def _row(**overrides: str) -> dict[str, str]:
    row = {
        "reference": "",
        "transfer_type": "export",
        "status": "submitted",
        "received_on": "2026-03-02",
        "applicant": "Nordic Arms AS",
        "applicant_country": "Sweden",
        "destination": "NOR",
        "end_user": "Ministry of Defence",
        "end_user_type": "government",
        "end_user_country": "NO",
        "description": "Assault rifle, 5.56 mm",
        "att_category": "VIII.SA.4",
        "not_reportable_reason": "",
        "quantity": "100",
        "value": "125000.50",
        "currency": "EUR",
    }
    if overrides.get("not_reportable_reason"):
        row["att_category"] = ""
    row.update(overrides)
    return row


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)


def test_check_finds_a_reference_counter_behind_the_references(
    fresh_sqlite: FreshSqlite, run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "one.csv"
    _write_csv(source, [_row(reference="EXP/2026/00042")])
    db = fresh_sqlite(tmp_path / "db.sqlite3")
    assert run("import", str(source), "--db", str(db))[0] == 0
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE reference_counters SET last_value = 3")
        conn.commit()
    code, out, _ = run("check", "--db", str(db))
    assert code == 1
    assert "the EXP counter for 2026 is at 3 but number 42 is taken" in out


def test_a_database_from_a_newer_version_is_refused_by_every_command(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(demo_db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
        conn.commit()
    before = demo_db.read_bytes()
    for argv in (["init"], ["check"], ["export", str(tmp_path / "x.csv")], ["demo"]):
        code, _, err = run(*argv, "--db", str(demo_db))
        assert code == 2, argv
        assert "newer version of ATT Desktop" in err
        assert "Traceback" not in err
    assert demo_db.read_bytes() == before
    code, out, _ = run("version", "--db", str(demo_db))
    assert code == 0
    assert "written by a newer ATT Desktop" in out


# --- accounts on the command line ------------------------------------------------------------


def test_demo_creates_a_person_for_each_role_with_the_documented_password(demo_db: Path) -> None:
    from att_desktop.db.engine import open_database
    from att_desktop.domain.enums import Role
    from att_desktop.services import accounts
    from att_desktop.services.demo_accounts import DEMO_PASSWORD

    db = open_database(demo_db)
    try:
        roles = {u.role for u in accounts.list_users(db)}
        assert roles == set(Role)
        officer = accounts.sign_in(db, "officer", DEMO_PASSWORD)
        assert officer.role is Role.LICENSING_OFFICER and not officer.must_change_password
        member = accounts.sign_in(db, "mfa", DEMO_PASSWORD)
        assert member.agency_name == "Ministry of Foreign Affairs"
        # The cases in committee await opinions: something to show in the members' queues.
        from att_desktop.services import committee
        from att_desktop.services.my_work import my_work

        customs = accounts.sign_in(db, "customs", DEMO_PASSWORD)
        waiting = my_work(db, customs)
        assert waiting and all(w.status.value == "in_committee" for w in waiting)
        status = committee.review_status(db, waiting[0].application_id)
        assert [a.code for a in status.requested] == ["MFA", "MOD", "CUS"]
        assert my_work(db, officer)  # pending cases are assigned to the officers
    finally:
        db.close()


def test_demo_committee_cases_carry_the_assessment_their_officer_completed(demo_db: Path) -> None:
    """A case reaches the committee only with a completed assessment; members can read it."""
    from att_desktop.db.engine import open_database
    from att_desktop.domain.enums import AssessmentStatus, CaseStatus
    from att_desktop.services import accounts, assessment, cases, committee, register
    from att_desktop.services.demo_accounts import DEMO_PASSWORD
    from att_desktop.services.dto import RegisterFilter

    db = open_database(demo_db)
    try:
        ids = register.query_ids(db, RegisterFilter(status=CaseStatus.IN_COMMITTEE))
        assert ids
        member = accounts.sign_in(db, "mfa", DEMO_PASSWORD)
        for case_id in ids:
            state = assessment.open_assessment(db, case_id, actor=member.actor)
            assert state.status is AssessmentStatus.COMPLETE
            assert state.result.recommendation.value == "authorise_possible"
            history = cases.get_case(db, case_id).history
            done = [e for e in history if e.action == "assessment_completed"]
            sent = [e for e in history if e.action == "review_requested"]
            assert len(done) == 1 and sent and done[0].id < sent[0].id
            assert done[0].actor_name == committee.assignee_name(db, case_id)
    finally:
        db.close()


def test_demo_is_refused_on_a_database_with_accounts_but_no_cases(
    fresh_sqlite: FreshSqlite, run: Run, tmp_path: Path
) -> None:
    from att_desktop.db.engine import open_database
    from att_desktop.services import accounts

    target = fresh_sqlite(tmp_path / "real.sqlite3")
    db = open_database(target)
    accounts.create_first_admin(db, "root", "Real Admin", "a real long passphrase")
    db.close()
    code, _, err = run("demo", "--db", str(target), "--cases", "5")
    assert code == 1 and "already has user accounts" in err
    code, out, _ = run("demo", "--if-empty", "--db", str(target), "--cases", "5")
    assert code == 0 and "already has user accounts" in out


def test_import_into_a_database_with_accounts_needs_a_permitted_user(
    run: Run, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from att_desktop.services.demo_accounts import DEMO_PASSWORD

    source = tmp_path / "good.csv"
    _write_csv(source, [_row()])
    before = counts(demo_db)
    code, _, err = run("import", str(source), "--db", str(demo_db))
    assert code != 0 and "sign in first" in err
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", DEMO_PASSWORD)
    code, _, err = run("import", str(source), "--db", str(demo_db), "--user", "mfa")
    assert code != 0 and "imports records" in err
    assert counts(demo_db)["applications"] == before["applications"]
    code, out, _ = run("import", str(source), "--db", str(demo_db), "--user", "officer")
    assert code == 0 and "Imported 1 case(s)" in out


def test_the_annual_report_command_is_the_focal_points(
    run: Run, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from att_desktop.services.demo_accounts import DEMO_PASSWORD

    out_file = tmp_path / "report.json"
    base = ("report", "annual", "--year", "2025", "--format", "json", "--out", str(out_file))
    code, _, err = run(*base, "--db", str(demo_db))
    assert code != 0 and "sign in first" in err
    # A scheduled job with no terminal and no password: a message saying what to set.
    import getpass

    def no_terminal(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", no_terminal)
    code, _, err = run(*base, "--db", str(demo_db), "--user", "focal")
    assert code != 0 and "Set ATT_DESKTOP_PASSWORD" in err and "unexpected" not in err
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", DEMO_PASSWORD)
    code, _, err = run(*base, "--db", str(demo_db), "--user", "officer")
    assert code != 0 and "focal point builds reports" in err
    assert not out_file.exists()
    code, out, _ = run(*base, "--db", str(demo_db), "--user", "focal", "--force")
    assert out_file.exists() and "Annual report 2025 written" in out
