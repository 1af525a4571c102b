"""Parties the register could not describe: non-State armed groups, regional governments and a
consignee acting for a government end user, on the Article 6 screen and in validation.

Each test names the Security Council resolution (and paragraph) whose scope it enforces. The
small in-test entries keep the semantics apart from the shipped data, which other tests check.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from att_desktop.domain.application import PartyInput
from att_desktop.domain.embargoes import (
    Beneficiary,
    Effect,
    EmbargoMatch,
    EmbargoSet,
    beneficiary_of,
    check,
    enabled_sets,
    load_shipped_sets,
    parse_embargo_set,
)
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.parties import acting_for_type, acts_for_problem
from att_desktop.domain.validation import validate_application
from att_desktop.i18n import translate
from tests.factories import application

GOV = PartyType.GOVERNMENT
REGIONAL = PartyType.REGIONAL_GOVERNMENT
ARMED_GROUP = PartyType.NON_STATE_ARMED_GROUP
COM = PartyType.COMMERCIAL
IND = PartyType.INDIVIDUAL
ON = date(2026, 6, 1)


def _entry(entry_id: str, target: str, scope: str, exemptions: list[dict[str, str]]) -> Any:
    return {
        "id": entry_id,
        "title": f"test entry {entry_id}",
        "target": target,
        "scope": scope,
        "covers": "all_arms",
        "start": "2000-01-01",
        "end": None,
        "direction": "to",
        "resolutions": [{"number": int(entry_id.split("-")[1]), "date": "2000-01-01"}],
        "exemptions": exemptions,
    }


def _path(kind: str, beneficiary: str, who: str = "Committee") -> dict[str, str]:
    return {"kind": kind, "beneficiary": beneficiary, "who": who, "text": f"{kind} path"}


def _set(*entries: Any) -> tuple[EmbargoSet, ...]:
    raw = {
        "set": "test",
        "title": "test",
        "legal_basis_kind": "un_chapter_vii",
        "source": "test",
        "as_of": "2026-12-01",
        "enabled_by_default": True,
        "entries": list(entries),
    }
    return (parse_embargo_set(raw, source_name="test.json"),)


#: Lebanon, resolution 1701 (2006) para. 15: no sale to any entity or individual in Lebanon
#: except as authorised by the Government of Lebanon or UNIFIL (a non-State scope).
LEBANON_1701 = _set(_entry("lb-1701", "LB", "non_state", [_path("approval", "non_state")]))
#: Iraq, resolution 1546 (2004) para. 21: the embargo no longer applies to arms required by
#: the Government of Iraq; it still binds non-State actors.
IRAQ_1546 = _set(_entry("iq-1546", "IQ", "non_state", [_path("exempt", "government", "-")]))
#: Somalia, resolution 2713 (2023) paras. 34-38, reaffirmed by 2776 (2025): every delivery to
#: Somalia is prohibited except to the Federal Government's security institutions; Annex A
#: items to federal member states and regional forces go through the notification procedure.
SOMALIA_2713 = _set(
    _entry(
        "so-2713",
        "SO",
        "country",
        [_path("exempt", "government", "-"), _path("notification", "sub_national_government")],
    )
)


def screen(
    sets: tuple[EmbargoSet, ...],
    country: str,
    party_type: PartyType,
    acting_for: PartyType | None = None,
) -> EmbargoMatch:
    (match,) = check(
        sets,
        country=country,
        party_type=party_type,
        party_name="Someone",
        item_kinds=["VIII"],
        on_date=ON,
        acting_for=acting_for,
    )
    return match


@pytest.mark.parametrize("party_type", [ARMED_GROUP, COM, IND])
def test_res_1701_para_15_binds_armed_groups_companies_and_individuals(
    party_type: PartyType,
) -> None:
    """Resolution 1701 (2006) para. 15: a non-State armed group in Lebanon is exactly whom the
    non-State scope targets; it is prohibited unless authorised, never cleared."""
    assert screen(LEBANON_1701, "LB", party_type).effect is Effect.PROHIBITED_WITHOUT_APPROVAL


def test_res_1701_para_15_leaves_the_government_of_lebanon_to_article_7() -> None:
    """Resolution 1701 (2006) para. 15 exempts the Government of Lebanon."""
    assert screen(LEBANON_1701, "LB", GOV).effect is Effect.NOT_APPLICABLE


def test_res_1546_para_21_consignee_for_iraqs_government_is_not_a_non_state_actor() -> None:
    """Resolution 1546 (2004) para. 21: a company importing for the Government of Iraq is
    screened as that government (exempt), and the match says so; on its own it is prohibited."""
    acting = screen(IRAQ_1546, "IQ", COM, acting_for=GOV)
    assert acting.effect is Effect.NOT_APPLICABLE
    assert "acts for" in acting.explanation
    assert screen(IRAQ_1546, "IQ", COM).effect is Effect.PROHIBITED
    assert screen(IRAQ_1546, "IQ", ARMED_GROUP).effect is Effect.PROHIBITED


def test_res_1546_para_21_acting_for_a_non_government_changes_nothing() -> None:
    """Resolution 1546 (2004) para. 21: only a government end user lifts the non-State scope;
    "acting for" a company or an armed group is screened as the consignee itself."""
    for other in (COM, ARMED_GROUP, IND):
        assert screen(IRAQ_1546, "IQ", COM, acting_for=other).effect is Effect.PROHIBITED


def test_res_1546_para_21_a_regional_government_is_flagged_not_cleared() -> None:
    """Resolution 1546 (2004) para. 21 exempts the Government of Iraq, not a regional
    government: the screen asks a person instead of clearing (nor is it silently a militia)."""
    match = screen(IRAQ_1546, "IQ", REGIONAL)
    assert match.effect is Effect.NEEDS_CONFIRMATION
    assert "regional government" in match.explanation


def test_res_2713_federal_government_exempt_regions_notify_others_prohibited() -> None:
    """Resolution 2713 (2023) paras. 34-38: the Federal Government's security institutions are
    exempt; federal member states and regional forces need the notification; a non-State armed
    group, company or individual is prohibited."""
    assert screen(SOMALIA_2713, "SO", GOV).effect is Effect.NOT_APPLICABLE
    assert screen(SOMALIA_2713, "SO", REGIONAL).effect is Effect.NOTIFICATION_REQUIRED
    for other in (ARMED_GROUP, COM, IND):
        assert screen(SOMALIA_2713, "SO", other).effect is Effect.PROHIBITED


def test_res_2713_consignee_takes_the_path_of_the_government_it_acts_for() -> None:
    """Resolution 2713 (2023) paras. 34-38: a company importing for a federal member state goes
    through the regional notification, one importing for the Federal Government is exempt."""
    assert screen(SOMALIA_2713, "SO", COM, acting_for=REGIONAL).effect is (
        Effect.NOTIFICATION_REQUIRED
    )
    assert screen(SOMALIA_2713, "SO", COM, acting_for=GOV).effect is Effect.NOT_APPLICABLE


def test_res_2713_a_national_government_exemption_never_serves_a_region() -> None:
    """Resolution 751 Committee practice under 2713 (2023): a "government" exemption serves
    the national government only; without a sub-national path a regional government is
    prohibited like anyone else."""
    national_only = _set(_entry("so-2713", "SO", "country", [_path("exempt", "government")]))
    assert screen(national_only, "SO", REGIONAL).effect is Effect.PROHIBITED
    assert beneficiary_of(GOV) is Beneficiary.GOVERNMENT
    assert beneficiary_of(REGIONAL) is Beneficiary.SUB_NATIONAL_GOVERNMENT
    assert beneficiary_of(ARMED_GROUP) is Beneficiary.NON_STATE


# --------------------------------------------------------------------------- shipped data


@pytest.fixture(scope="module")
def shipped() -> tuple[EmbargoSet, ...]:
    return enabled_sets(load_shipped_sets())


def shipped_effect(
    sets: tuple[EmbargoSet, ...],
    embargo_id: str,
    country: str,
    party_type: PartyType,
    acting_for: PartyType | None = None,
) -> Effect:
    found = check(
        sets,
        country=country,
        party_type=party_type,
        party_name="Someone",
        item_kinds=["VIII"],
        on_date=ON,
        acting_for=acting_for,
    )
    return {m.embargo.id: m.effect for m in found}[embargo_id]


def test_shipped_lebanon_1701_para_15_binds_an_armed_group(
    shipped: tuple[EmbargoSet, ...],
) -> None:
    """Resolution 1701 (2006) para. 15, as shipped: a militia in Lebanon is not cleared."""
    effect = shipped_effect(shipped, "lb-1701", "LB", ARMED_GROUP)
    assert effect.prohibits


def test_shipped_iraq_1546_para_21_consignee_for_the_ministry_of_defence(
    shipped: tuple[EmbargoSet, ...],
) -> None:
    """Resolution 1546 (2004) para. 21, as shipped: exempt when acting for the Government of
    Iraq; prohibited for a company on its own or an armed group."""
    assert shipped_effect(shipped, "iq-1546", "IQ", COM, acting_for=GOV) is Effect.NOT_APPLICABLE
    assert shipped_effect(shipped, "iq-1546", "IQ", COM).prohibits
    assert shipped_effect(shipped, "iq-1546", "IQ", ARMED_GROUP).prohibits
    assert not shipped_effect(shipped, "iq-1546", "IQ", REGIONAL).prohibits
    assert shipped_effect(shipped, "iq-1546", "IQ", REGIONAL) is not Effect.NOT_APPLICABLE


def test_shipped_car_2127_armed_groups_are_prohibited(shipped: tuple[EmbargoSet, ...]) -> None:
    """Resolutions 2127 (2013) para. 54 and 2745 (2024) para. 1, as shipped: armed groups in the
    Central African Republic remain under embargo; the government is not."""
    assert shipped_effect(shipped, "cf-armed-groups", "CF", ARMED_GROUP).prohibits
    assert shipped_effect(shipped, "cf-armed-groups", "CF", GOV) is Effect.NOT_APPLICABLE


def test_shipped_drc_non_state_scope_binds_armed_groups(shipped: tuple[EmbargoSet, ...]) -> None:
    """Resolution 2667 (2022) para. 1, as shipped: non-governmental entities and individuals in
    the DRC (armed groups first) need the Committee's approval; the Government does not."""
    assert shipped_effect(shipped, "cd-2667", "CD", ARMED_GROUP).prohibits
    assert not shipped_effect(shipped, "cd-2667", "CD", GOV).prohibits


# --------------------------------------------------------------------------- validation


def _parties(*extra: PartyInput) -> list[PartyInput]:
    return [PartyInput(PartyRole.END_USER, GOV, "Ministry of Defence", "IQ"), *extra]


def test_acts_for_must_name_a_government_of_the_same_case_and_country() -> None:
    """Resolution 1546 (2004) para. 21: only a link to the Government (or a regional one) of
    the consignee's own country may lift the non-State scope; anything else is refused."""
    good = _parties(PartyInput(PartyRole.CONSIGNEE, COM, "Al-Noor Trading", "IQ", acts_for=0))
    assert acts_for_problem(good, 1) is None
    assert acting_for_type(good, 1) is GOV

    def problem(party: PartyInput, *others: PartyInput) -> str | None:
        parties = _parties(*others, party)
        found = acts_for_problem(parties, len(parties) - 1)
        return None if found is None else translate(found, "en")

    region = PartyInput(PartyRole.END_USER, REGIONAL, "Regional Guard", "IQ")
    for_region = PartyInput(PartyRole.CONSIGNEE, COM, "Erbil Supply", "IQ", acts_for=1)
    assert problem(for_region, region) is None
    itself = PartyInput(PartyRole.CONSIGNEE, COM, "Loop Ltd", "IQ", acts_for=1)
    assert problem(itself) == "choose a government party of this case"
    abroad = PartyInput(PartyRole.CONSIGNEE, COM, "Amman Freight", "JO", acts_for=0)
    assert problem(abroad) == "the government it acts for must be of the consignee's country"
    militia = PartyInput(PartyRole.END_USER, ARMED_GROUP, "Brigade", "IQ")
    to_militia = PartyInput(PartyRole.CONSIGNEE, COM, "Front Co", "IQ", acts_for=1)
    assert problem(to_militia, militia) == ("it may act only for a national or regional government")
    broker = PartyInput(PartyRole.BROKER, COM, "Broker", "IQ", acts_for=0)
    assert problem(broker) == "only a commercial consignee can act for a government party"
    group = PartyInput(PartyRole.CONSIGNEE, ARMED_GROUP, "Brigade", "IQ", acts_for=0)
    assert problem(group) == "only a commercial consignee can act for a government party"
    missing = PartyInput(PartyRole.CONSIGNEE, COM, "Al-Noor Trading", "IQ", acts_for=7)
    assert problem(missing) == "choose a government party of this case"
    assert acting_for_type(_parties(missing), 1) is None


def test_validation_puts_a_bad_acts_for_on_the_party_field() -> None:
    """Resolution 1546 (2004) para. 21: a consignee cannot be saved acting for a militia."""
    app = application(
        destination_code="IQ",
        parties=(
            PartyInput(PartyRole.END_USER, ARMED_GROUP, "Brigade", "IQ"),
            PartyInput(PartyRole.CONSIGNEE, COM, "Front Co", "IQ", acts_for=0),
        ),
    )
    errors = validate_application(app, today=date(2026, 6, 1))
    assert [(e.field, e.text("en")) for e in errors] == [
        ("parties[1].acts_for", "it may act only for a national or regional government")
    ]
