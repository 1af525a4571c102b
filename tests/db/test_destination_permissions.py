"""Who writes and who reads a destination file (officers and the gender adviser write)."""

from __future__ import annotations

from datetime import date

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.destination import DestinationTopic
from att_desktop.domain.enums import Role
from att_desktop.services import destination_files as files
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.permissions import PermissionDenied
from tests.accounts_helpers import Committee, committee_db, committee_template, make_user

__all__ = ["committee_db", "committee_template"]  # fixtures used by name

TODAY = date(2026, 12, 3)


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def test_officer_and_gender_adviser_write_everyone_reads(
    committee_db: Database, people: Committee
) -> None:
    db = committee_db
    adviser = make_user(db, people.admin, "gender", Role.GENDER_ADVISER)
    for who in (people.decider, people.mfa_member, people.focal, people.admin):
        with pytest.raises(PermissionDenied, match="edits a destination file"):
            files.record_finding(
                db, "BR", DestinationTopic.GBV, "x", TODAY, actor=who.actor, today=TODAY
            )
    with pytest.raises(PermissionDenied):
        files.record_finding(db, "BR", DestinationTopic.GBV, "x", TODAY, actor=LOCAL_OFFICER)
    files.record_finding(
        db, "BR", DestinationTopic.GBV, "Femicide prevalent.", TODAY, actor=adviser.actor
    )
    files.record_finding(
        db, "BR", DestinationTopic.IHL, "No conflict.", TODAY, actor=people.officer.actor
    )
    for who in (people.decider, people.mfa_member, people.focal, adviser):
        file = files.current_file(db, "BR", actor=who.actor)
        gbv = file.topic(DestinationTopic.GBV).current
        assert gbv is not None and gbv.author == "Gender"
    with pytest.raises(PermissionDenied):
        files.current_file(db, "BR", actor=LOCAL_OFFICER)
    with pytest.raises(PermissionDenied, match="reference data"):
        files.set_refresh_months(db, 6, actor=people.officer.actor)
    files.set_refresh_months(db, 6, actor=people.admin.actor)
    assert files.refresh_months(db) == 6
