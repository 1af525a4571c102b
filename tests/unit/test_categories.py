"""The ATT category catalogue: the template's rows, their order, labels and summaries."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from att_desktop.config import resources_dir
from att_desktop.domain.categories import (
    CategoryCatalogue,
    ReferenceDataError,
    load_categories,
    load_control_list,
)
from att_desktop.domain.enums import NotReportableReason

SMALL_ARMS = [f"VIII.SA.{n}" for n in range(1, 7)]
LIGHT_WEAPONS = [f"VIII.LW.{n}" for n in range(1, 8)]
EXPECTED_SELECTABLE = [
    "I",
    "II",
    "III",
    "IV.a",
    "IV.b",
    "V.a",
    "V.b",
    "VI",
    "VII.a",
    "VII.b",
    *SMALL_ARMS,
    *LIGHT_WEAPONS,
]


@pytest.fixture(scope="module")
def catalogue() -> CategoryCatalogue:
    return load_categories()


def test_selectable_rows_are_the_template_rows_in_order(catalogue: CategoryCatalogue) -> None:
    assert [c.code for c in catalogue.selectable()] == EXPECTED_SELECTABLE


def test_top_level_categories_follow_article_2_1(catalogue: CategoryCatalogue) -> None:
    top = [c for c in catalogue.all() if c.parent is None]
    assert [c.code for c in top] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert [c.name("zh_CN") for c in top] == [
        "作战坦克",
        "装甲战斗车",
        "大口径火炮系统",
        "作战飞机",
        "攻击直升机",
        "军舰",
        "导弹和导弹发射器",
        "小武器和轻武器",
    ]


def test_salw_sub_rows_sit_under_their_groups(catalogue: CategoryCatalogue) -> None:
    assert [c.code for c in catalogue.children("VIII")] == ["VIII.SA", "VIII.LW"]
    assert [c.code for c in catalogue.children("VIII.SA")] == SMALL_ARMS
    assert [c.code for c in catalogue.children("VIII.LW")] == LIGHT_WEAPONS
    assert catalogue.get("VIII.SA.1").name_en == "Revolvers and self-loading pistols"
    assert catalogue.get("VIII.LW.6").name_en == "Mortars of calibres less than 75 mm"
    assert catalogue.get("VII.b").name_en.endswith("(MANPADS)")


def test_every_row_has_both_names_and_a_unique_order(catalogue: CategoryCatalogue) -> None:
    rows = catalogue.all()
    assert all(c.name_en.strip() for c in rows)
    # The Chinese names come from the catalogue (context "ATT category <code>").
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.name("zh_CN")) for c in rows)
    orders = [c.order for c in rows]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)


def test_roman_numeral_is_the_top_level_code(catalogue: CategoryCatalogue) -> None:
    for category in catalogue.all():
        assert category.roman == catalogue.top_level(category.code)


def test_headings_are_not_valid_for_line_items(catalogue: CategoryCatalogue) -> None:
    assert catalogue.is_valid("VIII.SA.2")
    assert catalogue.is_valid("I")
    for heading in ("IV", "V", "VII", "VIII", "VIII.SA", "VIII.LW"):
        assert not catalogue.is_valid(heading)
        assert catalogue.is_valid(heading, selectable_only=False)
    for bogus in ("", "IX", "VIII.SA.7", "viii.sa.2", "VIII.LW.8", " I"):
        assert not catalogue.is_valid(bogus, selectable_only=False)


def test_get_unknown_code_raises(catalogue: CategoryCatalogue) -> None:
    with pytest.raises(KeyError):
        catalogue.get("IX")
    with pytest.raises(KeyError):
        catalogue.top_level("VIII.SA.9")


def test_top_level(catalogue: CategoryCatalogue) -> None:
    assert catalogue.top_level("VIII.SA.2") == "VIII"
    assert catalogue.top_level("VIII.LW") == "VIII"
    assert catalogue.top_level("IV.b") == "IV"
    assert catalogue.top_level("VI") == "VI"


def test_is_within_is_not_a_string_prefix(catalogue: CategoryCatalogue) -> None:
    assert catalogue.is_within("V.a", "V")
    assert not catalogue.is_within("VI", "V")
    assert not catalogue.is_within("VII.a", "V")
    assert catalogue.codes_under("V") == ("V", "V.a", "V.b")
    under_viii = catalogue.codes_under("VIII")
    assert set(SMALL_ARMS + LIGHT_WEAPONS) <= set(under_viii)
    assert "VII.b" not in under_viii


def test_labels_are_localised(catalogue: CategoryCatalogue) -> None:
    assert catalogue.label("VIII.SA.2") == "VIII.SA.2 Rifles and carbines"
    assert catalogue.label("VIII.SA.2", "zh_CN") == "VIII.SA.2 步枪和卡宾枪"
    assert catalogue.label("I", "zh_CN") == "I 作战坦克"
    assert catalogue.label("VII.b", "zh_CN") == "VII.b 便携式防空系统"
    assert catalogue.label("OLD.CODE", "zh_CN") == "OLD.CODE"


def test_summary_is_sorted_by_template_order_and_deduplicated(
    catalogue: CategoryCatalogue,
) -> None:
    assert catalogue.summary(["VIII.SA.2", "I", "VIII.SA.2"]) == "I, VIII.SA.2"
    # Template order, not alphabetical order: "IV" comes before "VI", and "V" before "VI".
    assert catalogue.summary(["VI", "IV.a", "V.b", "III"]) == "III, IV.a, V.b, VI"
    assert catalogue.summary(["VIII.LW.1", "VIII.SA.6"]) == "VIII.SA.6, VIII.LW.1"
    assert catalogue.summary([]) == ""
    assert catalogue.summary(["", "  "]) == ""
    assert catalogue.summary(["ZZ", "I", "AA"]) == "I, AA, ZZ"


def test_not_reportable_reasons_match_the_enum(catalogue: CategoryCatalogue) -> None:
    reasons = catalogue.not_reportable_reasons()
    assert {r.code for r in reasons} == set(NotReportableReason)
    assert len(reasons) == len(NotReportableReason)
    by_code = {r.code: r for r in reasons}
    assert by_code[NotReportableReason.AMMUNITION].article == "3"
    assert by_code[NotReportableReason.PARTS_COMPONENTS].article == "4"
    assert all(r.name_en and r.name("zh_CN") != r.name_en for r in reasons)
    assert catalogue.reason_label("ammunition", "zh_CN") == "弹药（第3条）"
    assert catalogue.reason_label(NotReportableReason.NATIONAL) == "National control list only"


def test_source_and_date_are_recorded(catalogue: CategoryCatalogue) -> None:
    assert "CSP2" in catalogue.source and "CSP7" in catalogue.source
    assert catalogue.as_of[:4].isdigit()


def test_load_is_cached_per_path(catalogue: CategoryCatalogue) -> None:
    assert load_categories() is catalogue
    assert load_categories(resources_dir()) is catalogue


def _copy_resources(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    target = tmp_path / "resources"
    shutil.copytree(resources_dir() / "reference", target / "reference")
    path = target / "reference" / "att_categories.json"
    return target, json.loads(path.read_text(encoding="utf-8"))


def _write(resources: Path, data: dict[str, Any]) -> None:
    path = resources / "reference" / "att_categories.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_an_authority_can_load_its_own_copy(tmp_path: Path) -> None:
    resources, data = _copy_resources(tmp_path)
    data["categories"][0]["name_en"] = "Battle tanks (national definition)"
    _write(resources, data)
    assert load_categories(resources).get("I").name_en == "Battle tanks (national definition)"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["categories"].append(dict(d["categories"][0])), "duplicate"),
        (lambda d: d["categories"][15].update(parent="VIII.XX"), "unknown parent"),
        (lambda d: d["categories"][3].update(selectable=True), "selectable"),
        (lambda d: d["categories"][0].update(name_en=" "), "English name"),
        (lambda d: d["not_reportable_reasons"].pop(), "NotReportableReason"),
        (lambda d: d["not_reportable_reasons"][0].update(code="ammo"), "NotReportableReason"),
        (lambda d: d["categories"][0].update(order="first"), "order"),
    ],
)
def test_inconsistent_reference_data_is_refused(tmp_path: Path, change: Any, message: str) -> None:
    resources, data = _copy_resources(tmp_path)
    change(data)
    _write(resources, data)
    with pytest.raises(ReferenceDataError, match=message):
        load_categories(resources)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="cannot read"):
        load_categories(tmp_path)


def test_control_list_offers_ml1_to_ml22() -> None:
    ratings = load_control_list()
    assert [r.code for r in ratings] == [f"ML{n}" for n in range(1, 23)]
    assert "12.7 mm" in ratings[0].name_en
    assert ratings[2].name_en.startswith("Ammunition")
    data = json.loads(
        (resources_dir() / "reference" / "control_list_ml.json").read_text(encoding="utf-8")
    )
    assert data["source"] and data["as_of"]
