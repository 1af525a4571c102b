"""Ratings are checked on entry against the EU Common Military List unless the authority's
list is a national one (issue 16); old free-text ratings stay readable."""

from __future__ import annotations

import pytest

from att_desktop.db.engine import Database
from att_desktop.db.models import LineItem
from att_desktop.domain.control_list import CONTROL_LIST_SETTING, NATIONAL
from att_desktop.services import cases
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.settings import put_setting
from tests.factories import application, item


def test_an_off_list_rating_is_refused_and_a_valid_one_normalised(db: Database) -> None:
    with pytest.raises(ValidationFailed) as refused:
        cases.create_application(db, application(items=(item(control_rating="ML10.z"),)))
    (error,) = refused.value.errors
    assert error.field == "items[0].control_rating" and "ML10.a" in error.text("en")
    case = cases.create_application(db, application(items=(item(control_rating="ml10.A"),)))
    assert case.items[0].control_rating == "ML10.a"


def test_a_national_list_allows_free_text_and_old_ratings_stay_readable(db: Database) -> None:
    with db.session() as s:
        put_setting(s, CONTROL_LIST_SETTING, NATIONAL)
    case = cases.create_application(
        db, application(items=(item(control_rating="Schedule 2, item 7"),))
    )
    assert case.items[0].control_rating == "Schedule 2, item 7"
    with db.session() as s:  # a rating stored before issue 16 is read as it is
        s.get(LineItem, case.items[0].id).control_rating = "Schedule 2"
    assert cases.get_case(db, case.id).items[0].control_rating == "Schedule 2"


def test_the_settings_command_chooses_the_control_list_and_the_criteria_set(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from att_desktop.cli import main
    from att_desktop.services.criteria_sets import active_criteria_set, control_list

    assert control_list(db) == "eu_cml" and active_criteria_set(db) is None
    args = ["--db", db.url, "settings", "--control-list", "national"]
    assert main([*args, "--criteria-set", "eu-cp-2008-944"]) == 0
    out = capsys.readouterr().out
    assert "control list: national" in out and "denial criteria set: eu-cp-2008-944" in out
    assert control_list(db) == "national"
    active = active_criteria_set(db)
    assert active is not None and active.set_id == "eu-cp-2008-944"
    assert main(["--db", db.url, "settings", "--criteria-set", "nope"]) != 0
    assert "no denial criteria set nope" in capsys.readouterr().err


def test_an_old_free_text_rating_does_not_stop_an_unrelated_edit(db: Database) -> None:
    from dataclasses import replace

    case = cases.create_application(db, application(items=(item(control_rating="ML1.a"),)))
    with db.session() as s:  # typed before issue 16
        s.get(LineItem, case.items[0].id).control_rating = "Schedule 2"
    original = cases.get_case(db, case.id)
    inp = original.to_input()
    edited = replace(inp, intended_end_use="Border guard")
    saved = cases.update_application(db, original, edited, reason="end use corrected")
    assert saved.items[0].control_rating == "Schedule 2"
    bad = replace(edited, items=(replace(edited.items[0], control_rating="ML10.z"),))
    with pytest.raises(ValidationFailed):
        cases.update_application(db, saved, bad, reason="rating changed")
