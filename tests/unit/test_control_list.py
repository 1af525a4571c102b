"""Control-list ratings checked against the EU Common Military List's tree (issue 16)."""

from __future__ import annotations

import pytest

from att_desktop.domain.control_list import (
    is_dual_use,
    is_valid_rating,
    load_eu_cml,
    ml_category,
    normalise_rating,
    picker_ratings,
    rating_problems,
)
from att_desktop.domain.validation import FieldError


def test_the_list_has_ml1_to_ml22_with_their_sub_entries_and_its_source() -> None:
    cml = load_eu_cml()
    assert cml.categories() == tuple(f"ML{n}" for n in range(1, 23))
    assert [e.code for e in cml.entries if e.parent == "ML1"] == [
        "ML1.a",
        "ML1.b",
        "ML1.c",
        "ML1.d",
        "ML1.e",
    ]
    assert cml.get("ML14") is not None and not [e for e in cml.entries if e.parent == "ML14"]
    assert "Common Military List" in cml.source and cml.as_of


@pytest.mark.parametrize(
    ("rating", "category"),
    [
        ("ML10.a", "ML10"),
        ("ML10", "ML10"),
        ("ml10.A", "ML10"),
        (" ML 22.b ", "ML22"),
        ("ML8.a.1", "ML8"),  # deeper levels of a listed sub-entry
        ("ML17.p", "ML17"),
        ("ML9.g", "ML9"),
    ],
)
def test_valid_ratings_give_their_category(rating: str, category: str) -> None:
    assert ml_category(rating) == category and is_valid_rating(rating)


@pytest.mark.parametrize(
    "rating",
    ["ML23", "ML0", "ML10.z", "ML10.b", "ML9.e", "ML14.a", "ML8.1", "0A501", "Schedule 2", "ML10a"],
)
def test_invalid_ratings_are_refused(rating: str) -> None:
    assert ml_category(rating) is None and not is_valid_rating(rating)


def test_normalising_keeps_what_is_not_a_rating_of_either_list() -> None:
    assert normalise_rating(" ml 3.B ") == "ML3.b"
    assert normalise_rating(" 5a002.A.1 ") == "5A002.a.1"  # a dual-use control number
    assert normalise_rating(" Schedule 2 ") == "Schedule 2"


def test_dual_use_control_numbers_are_accepted_but_have_no_ml_category() -> None:
    for rating in ("5A002", "1C011.a", "6a003.b.4.b", "0A501"):
        assert is_dual_use(rating) and ml_category(rating) is None
        assert rating_problems([rating]) == []
    assert not is_dual_use("5F002") and not is_dual_use("ML5")


def test_problems_name_the_item_and_the_accepted_form() -> None:
    errors = rating_problems(["ML1.a", "", "ML10.z"])
    assert [e.field for e in errors] == ["items[2].control_rating"]
    assert isinstance(errors[0], FieldError)
    text = errors[0].text("en")
    assert "ML10.z" in text and "ML10.a" in text
    assert "5A002" in text
    assert "ML10.a" in errors[0].text("fr") and "liste commune" in errors[0].text("fr")


def test_the_picker_offers_every_entry_in_list_order() -> None:
    codes = [r.code for r in picker_ratings()]
    assert codes[:3] == ["ML1", "ML1.a", "ML1.b"] and codes[-1] == "ML22.b"
