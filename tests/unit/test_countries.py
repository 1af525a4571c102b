"""Countries from pycountry: validation, localised names and the importer's lookup."""

from __future__ import annotations

import pytest

from att_desktop.domain.countries import (
    Country,
    all_countries,
    countries_matching,
    country_name,
    find_country,
    get_country,
    is_valid_country,
)


def test_valid_codes() -> None:
    assert is_valid_country("FR")
    assert is_valid_country("fr")
    assert is_valid_country(" CN ")


@pytest.mark.parametrize("code", ["", "XX", "FRA", "UK", "EU", "XK", "F", "123"])
def test_invalid_codes_are_refused(code: str) -> None:
    assert not is_valid_country(code)


def test_country_name_in_english_and_chinese() -> None:
    assert country_name("FR") == "France"
    assert country_name("FR", "zh_CN") == "法国"
    assert country_name("cn", "zh_CN") == "中国"
    assert country_name("DE", "zh_CN") == "德国"


def test_unknown_code_name_is_the_code() -> None:
    assert country_name("XX") == "XX"
    assert country_name("XX", "zh_CN") == "XX"


def test_missing_translation_falls_back_to_english() -> None:
    assert country_name("FR", "tlh") == "France"
    assert all_countries("tlh")[0].name == all_countries("en")[0].name


def test_all_countries_english() -> None:
    countries = all_countries()
    codes = [c.code for c in countries]
    assert len(codes) == len(set(codes)) > 240
    assert Country("FR", "FRA", "France") in countries
    names = [c.name for c in countries]
    assert names.index("Albania") < names.index("France") < names.index("Zimbabwe")
    # Accents do not push a name to the end of the list.
    assert names.index("Åland Islands") < names.index("Albania")


def test_all_countries_chinese_are_translated() -> None:
    countries = all_countries("zh_CN")
    assert {c.code for c in countries} == {c.code for c in all_countries()}
    by_code = {c.code: c for c in countries}
    assert by_code["FR"].name == "法国"
    assert by_code["US"].name == "美国"
    names = [c.name for c in countries]
    assert names == sorted(names, key=lambda n: n.casefold())


def test_all_countries_returns_a_fresh_list() -> None:
    first = all_countries()
    first.clear()
    assert all_countries()


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("China", "en", "CN"),
        ("china", "en", "CN"),
        ("CN", "en", "CN"),
        ("chn", "en", "CN"),
        ("中国", "zh_CN", "CN"),
        ("法国", "zh_CN", "FR"),
        ("France", "zh_CN", "FR"),
        ("French Republic", "en", "FR"),
        ("South Korea", "en", "KR"),
        ("Korea, Republic of", "en", "KR"),
        ("韩国", "zh_CN", "KR"),
        ("Cote d'Ivoire", "en", "CI"),
        ("  united   kingdom ", "en", "GB"),
        ("USA", "en", "US"),
    ],
)
def test_find_country(text: str, language: str, code: str) -> None:
    found = find_country(text, language)
    assert found is not None
    assert found.code == code


def test_find_country_names_the_result_in_the_language() -> None:
    assert find_country("France", "zh_CN") == Country("FR", "FRA", "法国")
    # A Chinese spreadsheet is still understood when the interface is in English.
    assert find_country("法国", "en") == Country("FR", "FRA", "France")


@pytest.mark.parametrize("text", ["", "   ", "Atlantis", "XX", "Fr ance", "Kosovo"])
def test_find_country_refuses_unknown_text(text: str) -> None:
    assert find_country(text) is None


def test_get_country() -> None:
    assert get_country("gb") == Country("GB", "GBR", "United Kingdom")
    assert get_country("XX") is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("no", {"NO"}),  # a code
        ("NOR", {"NO", "MK", "MP", "NF"}),  # an alpha-3 code, and names that begin with it
        ("  norw ", {"NO"}),
        ("Côte", {"CI"}),
        ("cote d'ivoire", {"CI"}),
        ("挪威", {"NO"}),
        ("德", {"DE"}),  # one Chinese character narrows it
        ("zz", set()),
        ("ab", set()),  # two Latin letters are a code or nothing, never a name's beginning
        ("", set()),
    ],
)
def test_countries_matching_what_a_search_box_means(text: str, codes: set[str]) -> None:
    assert countries_matching(text) == codes
