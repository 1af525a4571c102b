"""The embargo reference data and the Article 6 screen against it."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from att_desktop.domain.embargoes import (
    Effect,
    EmbargoDataError,
    EmbargoSet,
    LegalBasisKind,
    check,
    enabled_sets,
    load_embargo_set,
    load_shipped_sets,
    normalise_item_kind,
    parse_embargo_set,
    shipped_embargo_dir,
)
from att_desktop.domain.enums import PartyType, TransferType

GOV = PartyType.GOVERNMENT
COM = PartyType.COMMERCIAL


@pytest.fixture(scope="module")
def sets() -> tuple[EmbargoSet, ...]:
    return enabled_sets(load_shipped_sets())


def effects(sets: tuple[EmbargoSet, ...], **kwargs: Any) -> dict[str, Effect]:
    kwargs.setdefault("party_name", "Example End User Ltd")
    return {m.embargo.id: m.effect for m in check(sets, **kwargs)}


def test_shipped_sets_load_and_declare_their_legal_basis() -> None:
    loaded = {s.id: s for s in load_shipped_sets()}
    un = loaded["un_security_council"]
    assert un.legal_basis_kind is LegalBasisKind.UN_CHAPTER_VII
    assert un.enabled_by_default
    assert un.legal_basis_kind.article6_paragraph == 1
    regional = loaded["regional_optional"]
    assert regional.legal_basis_kind.article6_paragraph == 2
    assert not regional.enabled_by_default
    assert all(e.resolutions or e.instruments for s in loaded.values() for e in s.entries)


def test_regional_sets_apply_only_when_enabled() -> None:
    all_sets = load_shipped_sets()
    assert "regional_optional" not in {s.id for s in enabled_sets(all_sets)}
    on = enabled_sets(all_sets, {"regional_optional": True})
    found = check(
        on,
        country="RU",
        party_type=GOV,
        party_name="x",
        item_kinds=["II"],
        on_date=date(2025, 1, 1),
    )
    assert [m.article6_paragraph for m in found] == [2]


def test_full_embargo_prohibits_any_recipient(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(sets, country="SS", party_type=GOV, item_kinds=["I"], on_date=date(2025, 6, 1))
    assert found == {"ss-2428": Effect.PROHIBITED}


def test_ammunition_only_export_to_embargoed_state_is_prohibited(
    sets: tuple[EmbargoSet, ...],
) -> None:
    found = check(
        sets,
        country="KP",
        party_type=GOV,
        party_name="x",
        item_kinds=["ammunition"],
        on_date=date(2024, 1, 1),
    )
    assert [m.embargo.id for m in found if m.prohibits] == ["kp-2270-to"]


def test_parts_are_screened_too(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets,
        country="SS",
        party_type=COM,
        item_kinds=["parts_components"],
        on_date=date(2025, 1, 1),
    )
    assert found["ss-2428"] is Effect.PROHIBITED


def test_non_state_embargo_with_government_end_user_is_not_prohibited(
    sets: tuple[EmbargoSet, ...],
) -> None:
    found = check(
        sets,
        country="CD",
        party_type=GOV,
        party_name="FARDC",
        item_kinds=["VIII"],
        on_date=date(2024, 5, 1),
    )
    assert [(m.embargo.id, m.effect) for m in found] == [("cd-2667", Effect.NOT_APPLICABLE)]
    assert not any(m.prohibits for m in found)
    assert "Article 7 continues" in found[0].explanation


def test_non_state_embargo_with_commercial_end_user_is_prohibited(
    sets: tuple[EmbargoSet, ...],
) -> None:
    found = effects(
        sets, country="CF", party_type=COM, item_kinds=["VIII"], on_date=date(2025, 1, 1)
    )
    assert found == {"cf-armed-groups": Effect.PROHIBITED}


def test_committee_approval_path_is_still_a_prohibition(sets: tuple[EmbargoSet, ...]) -> None:
    found = check(
        sets,
        country="LY",
        party_type=GOV,
        party_name="x",
        item_kinds=["II"],
        on_date=date(2025, 1, 1),
    )
    assert found[0].effect is Effect.PROHIBITED_WITHOUT_APPROVAL
    assert found[0].prohibits
    assert "approval" in found[0].explanation


def test_notification_path_flags_without_prohibiting(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets, country="CD", party_type=GOV, item_kinds=["VIII"], on_date=date(2015, 1, 1)
    )
    assert found == {"cd-1807": Effect.NOTIFICATION_REQUIRED}


def test_lifted_embargo_applies_before_but_not_after_its_end(sets: tuple[EmbargoSet, ...]) -> None:
    kwargs: dict[str, Any] = {"country": "CI", "party_type": COM, "item_kinds": ["VIII"]}
    assert effects(sets, on_date=date(2015, 6, 1), **kwargs) == {"ci-1572": Effect.PROHIBITED}
    assert effects(sets, on_date=date(2016, 4, 27), **kwargs) == {"ci-1572": Effect.PROHIBITED}
    assert effects(sets, on_date=date(2016, 4, 28), **kwargs) == {}
    assert effects(sets, on_date=date(2017, 1, 1), **kwargs) == {}


def test_embargo_does_not_apply_before_it_starts(sets: tuple[EmbargoSet, ...]) -> None:
    kwargs: dict[str, Any] = {"country": "HT", "party_type": COM, "item_kinds": ["I"]}
    assert "ht-2752" not in effects(sets, on_date=date(2024, 10, 17), **kwargs)
    assert effects(sets, on_date=date(2024, 10, 18), **kwargs)["ht-2752"] is Effect.PROHIBITED


def test_narrow_coverage_only_catches_covered_items(sets: tuple[EmbargoSet, ...]) -> None:
    kwargs: dict[str, Any] = {"country": "HT", "party_type": COM, "on_date": date(2024, 1, 1)}
    assert effects(sets, item_kinds=["VIII.SA.2"], **kwargs)["ht-2699"] is Effect.PROHIBITED
    assert effects(sets, item_kinds=["II"], **kwargs)["ht-2699"] is Effect.NOT_APPLICABLE


def test_government_exemption_without_notification(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets, country="HT", party_type=GOV, item_kinds=["VIII"], on_date=date(2025, 1, 1)
    )
    assert found["ht-2752"] is Effect.NOT_APPLICABLE


def test_listed_entity_matched_by_name(sets: tuple[EmbargoSet, ...]) -> None:
    kwargs: dict[str, Any] = {"country": "YE", "party_type": COM, "item_kinds": ["VIII"]}
    hit = effects(sets, party_name="Ansar Allah", on_date=date(2023, 1, 1), **kwargs)
    assert hit == {"ye-2216": Effect.PROHIBITED}
    # The Houthis were listed as an entity only from 28 February 2022 (resolution 2624).
    before = effects(sets, party_name="Ansar Allah", on_date=date(2021, 1, 1), **kwargs)
    assert before == {"ye-2216": Effect.NOT_APPLICABLE}


def test_anywhere_regime_matches_by_name_in_any_country(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets,
        country="KE",
        party_type=COM,
        party_name="Al-Shabaab",
        item_kinds=["VIII"],
        on_date=date(2024, 2, 1),
    )
    assert found == {"al-shabaab": Effect.PROHIBITED}
    assert (
        effects(sets, country="KE", party_type=COM, item_kinds=["VIII"], on_date=date(2024, 2, 1))
        == {}
    )


def test_name_inside_another_name_needs_confirmation(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets,
        country="DE",
        party_type=COM,
        party_name="ISIS Electronics GmbH",
        item_kinds=["parts_components"],
        on_date=date(2024, 2, 1),
    )
    assert found == {"isil-al-qaida": Effect.NEEDS_CONFIRMATION}


def test_region_scope_needs_officer_confirmation(sets: tuple[EmbargoSet, ...]) -> None:
    found = check(
        sets,
        country="SD",
        party_type=GOV,
        party_name="x",
        item_kinds=["VIII"],
        on_date=date(2025, 1, 1),
    )
    assert found[0].effect is Effect.NEEDS_CONFIRMATION
    assert "Darfur" in found[0].explanation


def test_somalia_government_not_embargoed_after_2023(sets: tuple[EmbargoSet, ...]) -> None:
    """2093 (2013) paras 33-38: the Federal Government's annexed items needed the Committee's
    approval (not a mere notification) until 2714/2713 (1 Dec 2023) freed its security forces."""
    kwargs: dict[str, Any] = {"country": "SO", "party_type": GOV, "item_kinds": ["VIII"]}
    assert effects(sets, on_date=date(2020, 1, 1), **kwargs) == {
        "so-2093": Effect.PROHIBITED_WITHOUT_APPROVAL
    }
    assert effects(sets, on_date=date(2024, 1, 1), **kwargs) == {"so-2713": Effect.NOT_APPLICABLE}


def test_iran_snapback_periods_and_direction(sets: tuple[EmbargoSet, ...]) -> None:
    kwargs: dict[str, Any] = {"country": "IR", "party_type": GOV, "item_kinds": ["IV.a"]}
    assert effects(sets, on_date=date(2023, 1, 1), **kwargs) == {}
    assert effects(sets, on_date=date(2018, 1, 1), **kwargs) == {
        "ir-2231-to": Effect.PROHIBITED_WITHOUT_APPROVAL
    }
    after = check(sets, party_name="x", on_date=date(2025, 10, 1), **kwargs)
    assert [m.embargo.id for m in after] == ["ir-snapback-to"]
    assert any("contested" in w for w in after[0].warnings)
    imports = effects(
        sets,
        on_date=date(2025, 10, 1),
        transfer=TransferType.IMPORT,
        country="IR",
        party_type=GOV,
        item_kinds=["VIII"],
    )
    assert imports == {"ir-snapback-from": Effect.PROHIBITED}


def test_exports_from_dprk_are_screened_for_imports(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets,
        country="KP",
        party_type=GOV,
        item_kinds=["VIII"],
        on_date=date(2020, 1, 1),
        transfer=TransferType.IMPORT,
    )
    assert found == {"kp-from-1874": Effect.PROHIBITED}


def test_related_items_need_confirmation(sets: tuple[EmbargoSet, ...]) -> None:
    found = effects(
        sets, country="IR", party_type=GOV, item_kinds=["ammunition"], on_date=date(2012, 1, 1)
    )
    assert found == {"ir-1929-to": Effect.NEEDS_CONFIRMATION}


def test_renewal_due_and_stale_data_are_warned(sets: tuple[EmbargoSet, ...]) -> None:
    found = check(
        sets,
        country="SS",
        party_type=COM,
        party_name="x",
        item_kinds=["VIII"],
        on_date=date(2027, 1, 1),
    )
    assert any("renewal" in w for w in found[0].warnings)
    assert any("verification date" in w for w in found[0].warnings)


def test_item_kinds_are_normalised() -> None:
    assert normalise_item_kind("VIII.SA.2") == "VIII"
    assert normalise_item_kind("IV.a") == "IV"
    assert normalise_item_kind("ammunition") == "ammunition"
    with pytest.raises(ValueError, match="not an ATT category"):
        normalise_item_kind("IX")


# --------------------------------------------------------------------------- validation


def _raw() -> dict[str, Any]:
    path = shipped_embargo_dir() / "un_security_council.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def _entry(data: dict[str, Any], embargo_id: str) -> dict[str, Any]:
    return next(e for e in data["entries"] if e["id"] == embargo_id)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("start", "2011-13-01", r"entry 'ly-1970', field 'start': '2011-13-01' is not a date"),
        ("scope", "everywhere", r"entry 'ly-1970', field 'scope': 'everywhere' is not one of"),
        ("covers", ["IX"], r"entry 'ly-1970', field 'covers': 'IX' is not one of"),
        ("target", "Libya", r"entry 'ly-1970', field 'target': 'Libya' is not an ISO"),
        ("end", "2001-01-01", r"entry 'ly-1970', field 'end': 2001-01-01 is not after start"),
        ("direction", None, r"entry 'ly-1970', field 'direction': is missing"),
        ("resolutions", [], r"field 'resolutions': an entry must cite"),
    ],
)
def test_malformed_entry_names_entry_and_field(field: str, value: Any, message: str) -> None:
    data = _raw()
    _entry(data, "ly-1970")[field] = value
    with pytest.raises(EmbargoDataError, match=message):
        parse_embargo_set(data, source_name="un_security_council.json")


def test_malformed_exemption_kind_is_named() -> None:
    data = _raw()
    _entry(data, "ly-1970")["exemptions"][0]["kind"] = "maybe"
    with pytest.raises(EmbargoDataError, match=r"entry 'ly-1970', field 'kind': 'maybe'"):
        parse_embargo_set(data, source_name="x.json")


def test_duplicate_ids_are_refused() -> None:
    data = _raw()
    data["entries"].append(copy.deepcopy(_entry(data, "ly-1970")))
    with pytest.raises(EmbargoDataError, match="duplicate id 'ly-1970'"):
        parse_embargo_set(data, source_name="x.json")


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(EmbargoDataError, match=r"broken\.json: not valid JSON"):
        load_embargo_set(bad)


def test_format_fields_of_issue_12_are_optional_and_parsed() -> None:
    """A file without paragraphs, verified_on, renewal_confirmed or published still loads (the
    fields are optional); with them, the citation names the paragraphs."""
    data = _raw()
    del data["published"]
    for entry in data["entries"]:
        entry.pop("verified_on", None)
        entry.pop("renewal_confirmed", None)
        for resolution in entry["resolutions"]:
            resolution.pop("paragraphs", None)
    old_style = parse_embargo_set(data, source_name="old.json")
    libya = next(e for e in old_style.entries if e.id == "ly-1970")
    assert old_style.published is None and libya.verified_on is None
    assert libya.citation() == (
        "S/RES/1970 (2011), S/RES/2009 (2011), S/RES/2174 (2014), S/RES/2292 (2016)"
    )
    shipped = next(e for e in load_shipped_sets()[1].entries if e.id == "ly-1970")
    assert shipped.citation() == (
        "S/RES/1970 (2011), para 9; S/RES/2009 (2011); S/RES/2174 (2014), para 8; S/RES/2292 (2016)"
    )
    assert shipped.verified_on == date(2016, 6, 14)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: _entry(d, "ly-1970")["resolutions"][0].update(paragraphs=["9", " "]),
            r"entry 'ly-1970', field 'resolutions.paragraphs': every paragraph",
        ),
        (
            lambda d: _entry(d, "ly-1970").update(renewal_confirmed=True),
            r"entry 'ly-1970', field 'renewal_confirmed': true needs the renewal_due",
        ),
        (
            lambda d: _entry(d, "ly-1970").update(verified_on="2016-02-30"),
            r"entry 'ly-1970', field 'verified_on': '2016-02-30' is not a date",
        ),
        (
            lambda d: d.update(published="2020-01-01"),
            r"field 'published': 2020-01-01 is before as_of",
        ),
    ],
)
def test_malformed_issue_12_fields_are_named(change: Any, message: str) -> None:
    data = _raw()
    change(data)
    with pytest.raises(EmbargoDataError, match=message):
        parse_embargo_set(data, source_name="x.json")


def test_a_confirmed_renewal_stops_the_renewal_warning_an_unconfirmed_one_keeps_it() -> None:
    """S/RES/2781 (2025) renewed South Sudan's embargo to 31 May 2026: until a source confirms
    the next renewal the screen warns from that day; a confirmed one (renewal_confirmed) does
    not, while the stale-data warning stays."""
    kwargs: dict[str, Any] = {
        "country": "SS",
        "party_type": COM,
        "party_name": "x",
        "item_kinds": ["VIII"],
        "on_date": date(2026, 6, 1),
    }
    data = _raw()
    assert _entry(data, "ss-2428")["renewal_confirmed"] is False
    unconfirmed = check([parse_embargo_set(data, source_name="x.json")], **kwargs)
    assert any("due for renewal on 2026-05-31" in w for w in unconfirmed[0].warnings)
    _entry(data, "ss-2428")["renewal_confirmed"] = True
    confirmed = check([parse_embargo_set(data, source_name="x.json")], **kwargs)
    assert not any("renewal" in w for w in confirmed[0].warnings)
    assert any("verification date" in w for w in confirmed[0].warnings)


# --------------------------------------------------------------------------- re-checked facts


def test_car_government_forces_are_free_since_2693_armed_groups_still_embargoed(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """2693 (27 Jul 2023) ended the measures for CAR security forces; 2745 (30 Jul 2024)
    lifted the territorial embargo formally; armed groups stay embargoed."""
    before = effects(
        sets, country="CF", party_type=GOV, item_kinds=["VIII"], on_date=date(2023, 7, 1)
    )
    assert set(before) == {"cf-2127"} and not before["cf-2127"].prohibits
    after = check(
        sets,
        country="CF",
        party_type=GOV,
        party_name="FACA",
        item_kinds=["VIII"],
        on_date=date(2025, 1, 1),
    )
    assert all(not m.effect.prohibits for m in after)
    armed = effects(
        sets, country="CF", party_type=COM, item_kinds=["VIII"], on_date=date(2025, 1, 1)
    )
    assert armed == {"cf-armed-groups": Effect.PROHIBITED}


def test_sudan_darfur_measures_were_renewed_to_september_2026(
    sets: tuple[EmbargoSet, ...],
) -> None:
    found = check(
        sets,
        country="SD",
        party_type=GOV,
        party_name="x",
        item_kinds=["II"],
        on_date=date(2026, 3, 1),
    )
    darfur = [m for m in found if m.embargo.id == "sd-1591"]
    assert darfur and darfur[0].embargo.renewal_due == date(2026, 9, 12)
    assert not any("renewal" in w for w in darfur[0].warnings)
    assert 2791 in {r.number for r in darfur[0].embargo.resolutions}


def test_al_shabaab_embargo_is_open_ended_and_somali_government_is_free(
    sets: tuple[EmbargoSet, ...],
) -> None:
    hit = check(
        sets,
        country="SO",
        party_type=COM,
        party_name="Harakat al-Shabaab al-Mujahideen",
        item_kinds=["VIII"],
        on_date=date(2026, 11, 1),
    )
    shabaab = [m for m in hit if m.embargo.id == "al-shabaab"]
    assert shabaab and shabaab[0].effect is Effect.PROHIBITED
    assert shabaab[0].embargo.end is None and shabaab[0].embargo.renewal_due is None
    government = check(
        sets,
        country="SO",
        party_type=GOV,
        party_name="Somali National Army",
        item_kinds=["VIII"],
        on_date=date(2024, 6, 1),
    )
    assert all(not m.effect.prohibits for m in government)
    # Before 2714 (1 Dec 2023) the territorial embargo covered the Government too.
    old = effects(sets, country="SO", party_type=COM, item_kinds=["VIII"], on_date=date(2010, 1, 1))
    assert old == {"so-733": Effect.PROHIBITED}


def test_lifted_embargoes_end_on_the_lifting_resolution(sets: tuple[EmbargoSet, ...]) -> None:
    for country, lifted_on, embargo_id in (
        ("CI", date(2016, 4, 28), "ci-1572"),
        ("LR", date(2016, 5, 25), "lr-1903"),
        ("ER", date(2018, 11, 14), "er-1907"),
    ):
        day_before = date.fromordinal(lifted_on.toordinal() - 1)
        assert embargo_id in effects(
            sets, country=country, party_type=COM, item_kinds=["VIII"], on_date=day_before
        )
        assert (
            effects(sets, country=country, party_type=COM, item_kinds=["VIII"], on_date=lifted_on)
            == {}
        )


def test_iran_arms_measures_expired_in_2020_and_snapped_back_in_2025(
    sets: tuple[EmbargoSet, ...],
) -> None:
    gap = effects(sets, country="IR", party_type=GOV, item_kinds=["I"], on_date=date(2023, 11, 1))
    assert gap == {}
    back = check(
        sets,
        country="IR",
        party_type=GOV,
        party_name="x",
        item_kinds=["I"],
        on_date=date(2025, 10, 1),
    )
    assert [m.embargo.id for m in back] == ["ir-snapback-to"]
    assert back[0].effect is Effect.PROHIBITED
    assert any("contested" in w for w in back[0].warnings)


@pytest.mark.parametrize(
    ("country", "embargo_id"),
    [("BY", "eu-belarus-2011"), ("MM", "eu-myanmar-1991"), ("CN", "eu-china-1989")],
)
def test_eu_embargoes_are_article_6_2_and_only_when_applied(country: str, embargo_id: str) -> None:
    all_sets = load_shipped_sets()
    kwargs: dict[str, Any] = {
        "country": country,
        "party_type": GOV,
        "party_name": "x",
        "item_kinds": ["VIII"],
        "on_date": date(2025, 1, 1),
    }
    assert not check(enabled_sets(all_sets), **kwargs)
    found = check(enabled_sets(all_sets, {"regional_optional": True}), **kwargs)
    assert [(m.embargo.id, m.article6_paragraph, m.effect) for m in found] == [
        (embargo_id, 2, Effect.PROHIBITED)
    ]


def test_embargoes_are_named_by_country_body_and_resolution_never_by_id() -> None:
    from att_desktop.domain.assessment.model import Ground
    from att_desktop.domain.countries import country_name
    from att_desktop.domain.embargoes import embargo_name_for_id
    from att_desktop.formats.pdf_labels import citation_style

    assert embargo_name_for_id("ly-1970", country_name) == (
        "Libya — UN Security Council arms embargo (resolution 1970 (2011))"
    )
    # the resolution the entry is known by, not the regime's first one
    assert embargo_name_for_id(
        "kp-2270-to",
        country_name,
    ).endswith("(resolution 2270 (2016))")
    assert embargo_name_for_id("al-shabaab", country_name) == (
        "Al-Shabaab — UN Security Council arms embargo (resolution 2713 (2023))"
    )
    assert embargo_name_for_id("eu-russia-2014", country_name) == (
        "EU arms embargo on Russia (Council Decision 2014/512/CFSP)"
    )
    assert embargo_name_for_id("not-shipped", country_name) is None
    ground = Ground(6, 1, "ly-1970", "Arms embargo: ...")
    assert ground.citation(citation_style("zh_CN")) == (
        "第6条第1款，利比亚——联合国安全理事会武器禁运（第1970（2011）号决议）"
    )
