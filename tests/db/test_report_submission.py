"""The annual report as submitted (issue 14): contributions, choices, approval, the frozen
copy, clarifications and corrections, on both engines.

The register is tests/report_register.py's 2025 register, made free of errors (a GBP rate,
a category on EXP/6's night sight) so it can be approved.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Event,
    ReportFile,
)
from att_desktop.services import report_clarifications as clar
from att_desktop.services import report_submission as rs
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.reporting import collect
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import Committee, committee
from tests.report_register import YEAR
from tests.report_submission_helpers import (
    OPTIONS,
    add_authorised_case,
    clean_register,
    give_withholding_reason,
)


@dataclass(frozen=True)
class World:
    db: Database
    people: Committee


@pytest.fixture
def world(db: Database) -> World:
    clean_register(db)
    return World(db, committee(db))


def opened(w: World) -> rs.SubmissionView:
    give_withholding_reason(w.db)
    p = w.people
    return rs.open_submission(
        w.db,
        YEAR,
        OPTIONS,
        agency_ids=(p.customs, p.mod),
        reason="Authorised exports, as every year",
        actor=p.focal.actor,
    )


def approved(w: World) -> rs.SubmissionView:
    p = w.people
    opened(w)
    rs.sign_off_contribution(w.db, YEAR, "Actual exports confirmed.", actor=p.customs_member.actor)
    rs.sign_off_contribution(w.db, YEAR, "No remarks.", actor=p.mod_member.actor)
    rs.name_approver(w.db, YEAR, p.decider.user_id, actor=p.focal.actor)
    return rs.approve_report(w.db, YEAR, actor=p.decider.actor)


# --------------------------------------------------------------------------- preparing


def test_withholding_needs_a_reason_and_choices_say_who_and_why(world: World) -> None:
    p = world.people
    with pytest.raises(ValidationFailed, match="EXP/2 line 2: give the reason it is withheld"):
        rs.open_submission(world.db, YEAR, OPTIONS, actor=p.focal.actor)
    view = opened(world)
    choices = {c.key: c for c in view.choices}
    assert choices["exports_basis"].value == "authorised"
    assert choices["exports_basis"].set_by == "Focal"
    assert choices["exports_basis"].reason == "Authorised exports, as every year"
    assert choices["withheld:EXP/2 line 2"].reason == "national security"
    assert choices["rate:USD->EUR"].value == "0.9"
    assert choices["rate:USD->EUR"].reason == "Central bank average 2025"
    assert choices["excluded:EXP/1 line 2"].reason == "ammunition"
    assert [c.agency_name for c in view.contributions] == ["Customs", "Ministry of Defence"]
    assert view.status is rs.SubmissionStatus.PREPARING
    changed = rs.set_choice(
        world.db, YEAR, "exports_basis", "actual", "Customs data is complete", actor=p.focal.actor
    )
    now = {c.key: c for c in changed.choices}["exports_basis"]
    assert (now.value, now.reason) == ("actual", "Customs data is complete")
    assert rs.options_of(changed).exports_basis.value == "actual"
    with pytest.raises(ValidationFailed, match="say why"):
        rs.set_choice(world.db, YEAR, "measure", "items", " ", actor=p.focal.actor)


def test_only_the_focal_point_prepares(world: World) -> None:
    p = world.people
    give_withholding_reason(world.db)
    for who in (p.officer, p.decider, p.customs_member, p.admin):
        with pytest.raises(PermissionDenied, match="focal point builds reports"):
            rs.open_submission(world.db, YEAR, OPTIONS, actor=who.actor)
    opened(world)
    with pytest.raises(PermissionDenied, match="focal point builds reports"):
        rs.ask_agencies(world.db, YEAR, (p.mfa,), actor=p.decider.actor)


def test_contributions_only_by_the_agencys_members_and_shown_in_my_work(world: World) -> None:
    p = world.people
    opened(world)
    waiting = my_work(world.db, p.customs_member)
    report_items = [w for w in waiting if w.application_id == 0]
    assert [(w.reference, w.reason, w.detail) for w in report_items] == [
        ("Annual report 2025", WorkReason.REPORT_SIGN_OFF_AWAITED, "contribution of Customs")
    ]
    assert clar.work_item_year(report_items[0].reference) == YEAR
    assert not [w for w in my_work(world.db, p.mfa_member) if w.application_id == 0]
    with pytest.raises(PermissionDenied, match="not asked to contribute"):
        rs.sign_off_contribution(world.db, YEAR, "MFA view", actor=p.mfa_member.actor)
    with pytest.raises(PermissionDenied, match="committee member signs off"):
        rs.sign_off_contribution(world.db, YEAR, "x", actor=p.focal.actor)
    view = rs.sign_off_contribution(
        world.db, YEAR, "Actual exports confirmed.", actor=p.customs_member.actor
    )
    customs = next(c for c in view.contributions if c.agency_name == "Customs")
    assert customs.signed_off and customs.signed_off_by == "Cus.Member"
    assert customs.text == "Actual exports confirmed."
    assert view.awaiting_sign_off == ("Ministry of Defence",)
    assert not [w for w in my_work(world.db, p.customs_member) if w.application_id == 0]
    with pytest.raises(ServiceError, match="Waiting for the sign-off of Ministry of Defence"):
        rs.approve_report(world.db, YEAR, actor=p.decider.actor)


def test_the_approver_is_not_the_preparer_and_must_be_named(world: World) -> None:
    p = world.people
    opened(world)
    with pytest.raises(ServiceError, match="may not approve reports"):
        rs.name_approver(world.db, YEAR, p.officer.user_id, actor=p.focal.actor)
    with pytest.raises(PermissionDenied, match="prepared the 2025 report"):
        rs.name_approver(world.db, YEAR, p.focal.user_id, actor=p.focal.actor)
    with pytest.raises(PermissionDenied, match="deciding authority approves"):
        rs.approve_report(world.db, YEAR, actor=p.focal.actor)
    rs.sign_off_contribution(world.db, YEAR, "", actor=p.customs_member.actor)
    rs.sign_off_contribution(world.db, YEAR, "", actor=p.mod_member.actor)
    assert [w.detail for w in my_work(world.db, p.decider) if w.application_id == 0] == ["approval"]
    view = rs.name_approver(world.db, YEAR, p.decider.user_id, actor=p.focal.actor)
    assert view.approver == "Decider"


# --------------------------------------------------------------------------- frozen


def test_the_frozen_copy_is_exactly_what_was_approved_after_the_register_changes(
    world: World,
) -> None:
    p = world.people
    view = approved(world)
    assert view.status is rs.SubmissionStatus.APPROVED
    assert [f.name for f in view.versions[0].files] == [
        "att-annual-report-2025-v1.pdf",
        "att-annual-report-2025-v1.xlsx",
        "att-annual-report-2025-v1.csv",
        "att-annual-report-2025-v1.json",
    ]
    sent = rs.frozen_files(world.db, YEAR)
    pdf = next(f for f in sent if f.media_type == "application/pdf")
    assert pdf.data.startswith(b"%PDF") and hashlib.sha256(pdf.data).hexdigest() == pdf.sha256
    with world.db.session() as session:
        event = session.scalars(select(Event).where(Event.action == "report_approved")).one()
        assert event.after is not None
        assert event.after["sha256"] == {f.name: f.sha256 for f in sent}
    assert clar.changes_since_submission(world.db, YEAR, actor=p.focal.actor) == ()
    rs.mark_submitted(world.db, YEAR, date.today(), actor=p.focal.actor)

    add_authorised_case(world.db)

    again = rs.frozen_files(world.db, YEAR)
    assert [(f.name, f.data, f.sha256) for f in again] == [(f.name, f.data, f.sha256) for f in sent]
    sent_json = json.loads(next(f for f in again if f.name.endswith(".json")).data)
    assert "III" not in {r["category"] for r in sent_json["exports"]["rows"]}
    live = collect(world.db, rs.options_of(view), actor=p.focal.actor)
    assert "III" in {r.category for r in live.exports.rows}
    changes = clar.changes_since_submission(world.db, YEAR, actor=p.focal.actor)
    assert [(c.table, c.category, c.rows_sent, c.rows_now) for c in changes] == [
        ("exports", "III", 0, 1)
    ]
    assert changes[0].value_now == Decimal("3000000.00")
    assert "0 row(s) sent, 1 now" in changes[0].words()


def test_tampering_with_the_stored_bytes_is_reported(world: World) -> None:
    approved(world)
    with world.db.session() as session:
        row = session.scalars(select(ReportFile).where(ReportFile.name.like("%.pdf"))).one()
        recorded = row.sha256
        # Behind the app's back: the triggers refuse an UPDATE of the append-only table, so
        # the test drops to what an intruder with file access would do on SQLite/PostgreSQL.
    _overwrite_bytes(world.db, recorded)
    with pytest.raises(rs.FrozenFileTampered, match="is NOT the file that was sent"):
        rs.frozen_files(world.db, YEAR)


def _overwrite_bytes(db: Database, sha256: str) -> None:
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS report_files_append_only")
        else:
            conn.exec_driver_sql("ALTER TABLE report_files DISABLE TRIGGER USER")
        conn.execute(
            text("UPDATE report_files SET data = :data WHERE sha256 = :sha256"),
            {"data": b"%PDF-1.4 forged", "sha256": sha256},
        )


def test_the_frozen_rows_cannot_be_updated_through_sql(world: World) -> None:
    approved(world)
    with pytest.raises(DBAPIError), world.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE report_files SET name = 'other.pdf'")


def test_a_correction_is_version_2_and_version_1_stays(world: World) -> None:
    p = world.people
    approved(world)
    first = rs.frozen_files(world.db, YEAR, version=1)
    add_authorised_case(world.db)
    with pytest.raises(ValidationFailed, match="say what the correction corrects"):
        rs.correct_report(world.db, YEAR, "", actor=p.decider.actor)
    with pytest.raises(PermissionDenied):
        rs.correct_report(world.db, YEAR, "Late licence", actor=p.focal.actor)
    view = rs.correct_report(
        world.db, YEAR, "A licence of December was missing", actor=p.decider.actor
    )
    assert [(v.version, v.reason) for v in view.versions] == [
        (1, ""),
        (2, "A licence of December was missing"),
    ]
    assert rs.frozen_files(world.db, YEAR, version=1) == first
    newest = rs.frozen_files(world.db, YEAR)
    assert newest[0].name == "att-annual-report-2025-v2.pdf"
    assert clar.changes_since_submission(world.db, YEAR, actor=p.decider.actor) == ()


def test_clarifications_are_logged_with_their_answers(world: World) -> None:
    p = world.people
    approved(world)
    with pytest.raises(PermissionDenied):
        clar.add_clarification(world.db, YEAR, date(2026, 6, 2), "?", actor=p.officer.actor)
    asked = clar.add_clarification(
        world.db,
        YEAR,
        date(2026, 6, 2),
        "Please confirm the number of armoured combat vehicles.",
        reference="ATT/SEC/2026/114",
        actor=p.focal.actor,
    )
    with pytest.raises(ValidationFailed, match="cannot precede"):
        clar.answer_clarification(world.db, asked.id, date(2026, 6, 1), "x", actor=p.focal.actor)
    clar.answer_clarification(
        world.db, asked.id, date(2026, 6, 9), "Four vehicles, confirmed.", actor=p.focal.actor
    )
    (logged,) = clar.list_clarifications(world.db, YEAR)
    assert logged.reference == "ATT/SEC/2026/114" and logged.recorded_by == "Focal"
    assert (logged.answered_on, logged.answered_by, logged.answer) == (
        date(2026, 6, 9),
        "Focal",
        "Four vehicles, confirmed.",
    )


@pytest.fixture
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The workstation's time zone for one test (a POSIX TZ string: no tz database needed)."""
    zone = str(request.param)
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield zone
    monkeypatch.undo()
    time.tzset()


#: (zone, the clock in UTC, the date on the workstation's calendar, the UTC date)
NEAR_MIDNIGHT = [
    # New York, 22:30 on 1 March: UTC is already 2 March.
    ("EST+5", datetime(2026, 3, 2, 3, 30, tzinfo=UTC), date(2026, 3, 1), date(2026, 3, 2)),
    # Sydney-like (UTC+10), 06:00 on 2 March: UTC is still 1 March.
    ("AEST-10", datetime(2026, 3, 1, 20, 0, tzinfo=UTC), date(2026, 3, 2), date(2026, 3, 1)),
]


@pytest.mark.parametrize(
    ("local_zone", "clock", "local_day", "utc_day"),
    NEAR_MIDNIGHT,
    indirect=["local_zone"],
    ids=["west-of-utc", "east-of-utc"],
)
def test_sent_on_defaults_to_the_local_date_near_midnight(
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    local_zone: str,
    clock: datetime,
    local_day: date,
    utc_day: date,
) -> None:
    """Approved and sent in the same local evening (or early morning): "sent on" is that
    local day, it is not refused as before the approval, nor the next day as in the future."""
    assert local_day != utc_day == clock.date()
    p = world.people
    opened(world)
    rs.sign_off_contribution(world.db, YEAR, "", actor=p.customs_member.actor)
    rs.sign_off_contribution(world.db, YEAR, "", actor=p.mod_member.actor)
    monkeypatch.setattr(rs, "_now", lambda: clock)
    assert rs.local_today() == local_day
    rs.approve_report(world.db, YEAR, actor=p.decider.actor)
    day_after, day_before = local_day + timedelta(days=1), local_day - timedelta(days=1)
    with pytest.raises(ValidationFailed, match=f"future \\(today is {local_day}\\)"):
        rs.mark_submitted(world.db, YEAR, day_after, actor=p.focal.actor)
    with pytest.raises(ValidationFailed, match=f"before it was approved \\({local_day}\\)"):
        rs.mark_submitted(world.db, YEAR, day_before, actor=p.focal.actor)
    view = rs.mark_submitted(world.db, YEAR, actor=p.focal.actor)
    assert view.status is rs.SubmissionStatus.SUBMITTED and view.submitted_on == local_day


def test_mark_submitted_needs_approval_and_a_real_date(world: World) -> None:
    p = world.people
    opened(world)
    with pytest.raises(ServiceError, match="not approved yet"):
        rs.mark_submitted(world.db, YEAR, date(2026, 5, 1), actor=p.focal.actor)
    rs.sign_off_contribution(world.db, YEAR, "", actor=p.customs_member.actor)
    rs.sign_off_contribution(world.db, YEAR, "", actor=p.mod_member.actor)
    rs.approve_report(world.db, YEAR, actor=p.decider.actor)
    with pytest.raises(ValidationFailed, match="future"):
        rs.mark_submitted(world.db, YEAR, date(2999, 1, 1), actor=p.focal.actor)
    view = rs.mark_submitted(world.db, YEAR, date.today(), actor=p.focal.actor)
    assert view.status is rs.SubmissionStatus.SUBMITTED and view.submitted_on == date.today()
    with pytest.raises(ServiceError, match="already submitted"):
        rs.set_choice(world.db, YEAR, "measure", "items", "why", actor=p.focal.actor)
