"""The shipped UN embargo entries as the resolutions set them (issue 12, embargo data).

Each test names the resolution and paragraph it enforces. Dates are the entries' own
boundaries: an entry's ``end`` is the first day it no longer applies.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from att_desktop.domain.embargoes import (
    Beneficiary,
    Effect,
    EmbargoMatch,
    EmbargoSet,
    ExemptionKind,
    Scope,
    check,
    enabled_sets,
    load_shipped_sets,
)
from att_desktop.domain.enums import PartyType, TransferType

GOV = PartyType.GOVERNMENT
REGIONAL = PartyType.REGIONAL_GOVERNMENT
ARMED_GROUP = PartyType.NON_STATE_ARMED_GROUP
COM = PartyType.COMMERCIAL
IND = PartyType.INDIVIDUAL
#: The stored sources stop in December 2025 (issue 12): no set may claim a later as_of.
SOURCES_END = date(2025, 12, 31)


@pytest.fixture(scope="module")
def sets() -> tuple[EmbargoSet, ...]:
    return enabled_sets(load_shipped_sets())


def screen(sets: tuple[EmbargoSet, ...], **kwargs: Any) -> dict[str, EmbargoMatch]:
    kwargs.setdefault("party_name", "Example End User")
    kwargs.setdefault("item_kinds", ["VIII"])
    return {m.embargo.id: m for m in check(sets, **kwargs)}


def effects(sets: tuple[EmbargoSet, ...], **kwargs: Any) -> dict[str, Effect]:
    return {k: m.effect for k, m in screen(sets, **kwargs).items()}


# --------------------------------------------------------------------------- the files


def test_every_shipped_entry_parses_with_honest_dates_and_cited_paragraphs() -> None:
    """Issue 12: as_of is the date the entries were verified (the sources end in December
    2025), never the publication date; each in-force entry cites the paragraphs that set its
    scope and exemptions or says in its verification that they were not verified."""
    loaded = load_shipped_sets()
    assert {s.id for s in loaded} == {"un_security_council", "regional_optional"}
    for embargo_set in loaded:
        assert embargo_set.as_of <= SOURCES_END, embargo_set.id
        assert embargo_set.published is not None and embargo_set.published >= embargo_set.as_of
        for entry in embargo_set.entries:
            assert entry.resolutions or entry.instruments, entry.id
            for resolution in entry.resolutions:
                assert all(p.strip() for p in resolution.paragraphs), entry.id
            if entry.verified_on is not None:
                assert entry.verified_on <= embargo_set.as_of, entry.id
            if entry.end is None and embargo_set.legal_basis_kind.article6_paragraph == 1:
                cites = any(r.paragraphs for r in entry.resolutions)
                assert cites or "aragraph" in entry.verification, entry.id


def test_renewals_due_in_2026_are_flagged_unconfirmed_and_warned(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """South Sudan (2781), DR Congo (2783), CAR (2789), Sudan (2791) and Haiti (2794) run to
    dates in 2026 that the December 2025 sources cannot confirm: the data says so, and the
    screen warns from the renewal date."""
    un = next(s for s in sets if s.id == "un_security_council")
    due = {e.id: e for e in un.entries if e.renewal_due and e.renewal_due.year == 2026}
    assert set(due) == {"ss-2428", "cd-2667", "cf-armed-groups", "sd-1591", "ht-2653", "ht-2752"}
    assert not any(e.renewal_confirmed for e in due.values())
    for entry in due.values():
        assert "could NOT be confirmed" in entry.verification, entry.id
    darfur = screen(sets, country="SD", party_type=COM, on_date=date(2026, 9, 12))["sd-1591"]
    assert any("due for renewal on 2026-09-12" in w for w in darfur.warnings)
    before = screen(sets, country="SD", party_type=COM, on_date=date(2026, 9, 11))["sd-1591"]
    assert not any("renewal" in w for w in before.warnings)


# --------------------------------------------------------------------------- Somalia


def test_somalia_2713_federal_security_institutions_are_exempt(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """S/RES/2713 (2023) paras 33-41, reaffirmed by 2776 (2025): the measures do not apply to
    the Federal Government's army, NISA, police and custodial corps."""
    found = screen(
        sets,
        country="SO",
        party_type=GOV,
        party_name="Somali National Army",
        on_date=date(2026, 6, 1),
    )
    assert {k: m.effect for k, m in found.items()} == {"so-2713": Effect.NOT_APPLICABLE}
    match = found["so-2713"]
    assert [(e.kind, e.beneficiary) for e in match.exemptions] == [
        (ExemptionKind.EXEMPT, Beneficiary.GOVERNMENT)
    ]
    assert {2713, 2776} <= {r.number for r in match.embargo.resolutions}
    assert "S/RES/2713 (2023), paras 33-41, 36" in match.explanation


def test_somalia_2713_regional_forces_go_through_the_notification(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """S/RES/2713 (2023) para 36: Annex A items to federal member states and regional
    governments need the Federal Government's notification and no negative decision."""
    found = screen(
        sets,
        country="SO",
        party_type=REGIONAL,
        party_name="Puntland Security Force",
        on_date=date(2026, 6, 1),
    )
    match = found["so-2713"]
    assert match.effect is Effect.NOTIFICATION_REQUIRED
    assert not match.prohibits
    assert [e.beneficiary for e in match.exemptions] == [Beneficiary.SUB_NATIONAL_GOVERNMENT]
    assert "para. 36" in match.exemptions[0].text and "Annex A" in match.exemptions[0].text


@pytest.mark.parametrize("party_type", [ARMED_GROUP, COM, IND])
def test_somalia_2713_prohibits_everyone_else(
    sets: tuple[EmbargoSet, ...], party_type: PartyType
) -> None:
    """S/RES/2713 (2023): all deliveries of weapons and military equipment to Somalia are
    prevented; neither an armed group nor a company or an individual is exempt (a licensed
    private security company's notification is established by a person, not by the screen)."""
    found = effects(
        sets,
        country="SO",
        party_type=party_type,
        party_name="Somali Trading Co",
        on_date=date(2025, 3, 4),
    )
    assert found == {"so-2713": Effect.PROHIBITED}


def test_somalia_periods_733_2093_2713(sets: tuple[EmbargoSet, ...]) -> None:
    """733 (1992) para 5 embargoed the Government too; from 2093 (2013) paras 33-38 its
    security forces could be supplied, the annexed items only with the Committee's approval;
    from 2713/2714 (1 Dec 2023) the federal security institutions are exempt."""
    for on, expected in (
        (date(2013, 3, 5), {"so-733": Effect.PROHIBITED}),
        (date(2013, 3, 6), {"so-2093": Effect.PROHIBITED_WITHOUT_APPROVAL}),
        (date(2023, 11, 30), {"so-2093": Effect.PROHIBITED_WITHOUT_APPROVAL}),
        (date(2023, 12, 1), {"so-2713": Effect.NOT_APPLICABLE}),
    ):
        assert effects(sets, country="SO", party_type=GOV, on_date=on) == expected, on
    approval = screen(sets, country="SO", party_type=GOV, on_date=date(2020, 1, 1))["so-2093"]
    assert approval.exemptions[0].kind is ExemptionKind.APPROVAL
    assert "S/RES/2093 (2013), paras 33-38" in approval.explanation
    # Regional forces had no exemption path before 2713.
    regional = effects(sets, country="SO", party_type=REGIONAL, on_date=date(2020, 1, 1))
    assert regional == {"so-2093": Effect.PROHIBITED}


def test_al_shabaab_name_entry_is_kept_anywhere(sets: tuple[EmbargoSet, ...]) -> None:
    """S/RES/2713 (2023): Al-Shabaab named as a party is prohibited wherever it is."""
    found = effects(
        sets,
        country="KE",
        party_type=ARMED_GROUP,
        party_name="Al-Shabaab",
        on_date=date(2025, 6, 1),
    )
    assert found == {"al-shabaab": Effect.PROHIBITED}


# --------------------------------------------------------------------------- Libya


def test_libya_notification_regime_2011_to_2014_then_approval(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """S/RES/1970 (2011) para 9: approval in advance; S/RES/2009 (2011) para 13(a): security
    or disarmament assistance to the Libyan authorities by notification (no negative decision
    in five working days); S/RES/2174 (2014) para 8: approval in advance again."""
    kwargs: dict[str, Any] = {"country": "LY", "party_type": GOV}
    assert effects(sets, on_date=date(2011, 5, 1), **kwargs) == {
        "ly-1970-2011": Effect.PROHIBITED_WITHOUT_APPROVAL
    }
    in_2012 = screen(sets, on_date=date(2012, 6, 1), **kwargs)
    assert {k: m.effect for k, m in in_2012.items()} == {
        "ly-1970-2009": Effect.NOTIFICATION_REQUIRED
    }
    assert "13(a)" in in_2012["ly-1970-2009"].explanation
    assert effects(sets, on_date=date(2014, 8, 27), **kwargs) == {
        "ly-1970": Effect.PROHIBITED_WITHOUT_APPROVAL
    }
    assert effects(sets, on_date=date(2015, 6, 1), **kwargs) == {
        "ly-1970": Effect.PROHIBITED_WITHOUT_APPROVAL
    }
    militia = effects(sets, country="LY", party_type=ARMED_GROUP, on_date=date(2012, 6, 1))
    assert militia == {"ly-1970-2009": Effect.PROHIBITED}


def test_libya_procurement_from_libya_matches_once_in_every_period(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """S/RES/1970 (2011): procurement of arms from Libya is prohibited, with no exemption path
    for the seller; one match a date, whatever the period of the supplies to Libya."""
    for on in (date(2011, 5, 1), date(2012, 6, 1), date(2020, 1, 1)):
        found = effects(
            sets, country="LY", party_type=GOV, on_date=on, transfer=TransferType.IMPORT
        )
        assert found == {"ly-1970-from": Effect.PROHIBITED}, on


# --------------------------------------------------------------------------- Lebanon


def test_lebanon_unifil_path_ends_when_unifil_ceases_operations(
    sets: tuple[EmbargoSet, ...],
) -> None:
    """S/RES/1701 (2006) para 15 allows supplies authorised by the Government of Lebanon or
    UNIFIL; S/RES/2790 (2025) ends UNIFIL's operations on 31 December 2026, after which only
    the Government's authorisation remains."""
    kwargs: dict[str, Any] = {"country": "LB", "party_type": COM, "party_name": "Beirut Guards"}
    last_day = screen(sets, on_date=date(2026, 12, 30), **kwargs)
    assert last_day["lb-1701"].effect is Effect.PROHIBITED_WITHOUT_APPROVAL
    assert "UNIFIL" in last_day["lb-1701"].exemptions[0].who
    after = screen(sets, on_date=date(2026, 12, 31), **kwargs)
    assert list(after) == ["lb-1701-2790"]
    match = after["lb-1701-2790"]
    assert match.effect is Effect.PROHIBITED_WITHOUT_APPROVAL
    assert [e.who for e in match.exemptions] == ["Government of Lebanon"]
    assert 2790 in {r.number for r in match.embargo.resolutions}
    army = effects(sets, country="LB", party_type=GOV, on_date=date(2027, 3, 1))
    assert army == {"lb-1701-2790": Effect.NOT_APPLICABLE}


# --------------------------------------------------------------------------- Taliban, DPRK


def test_taliban_under_1390_in_2005(sets: tuple[EmbargoSet, ...]) -> None:
    """S/RES/1390 (2002): an arms embargo on the Taliban wherever they are, until the 1988
    split (17 June 2011)."""
    in_2005 = effects(
        sets, country="PK", party_type=ARMED_GROUP, party_name="Taliban", on_date=date(2005, 6, 1)
    )
    assert in_2005 == {"taliban-1390": Effect.PROHIBITED}
    after_split = effects(
        sets, country="PK", party_type=ARMED_GROUP, party_name="Taliban", on_date=date(2012, 1, 1)
    )
    assert set(after_split) == {"taliban-1988"}
    unrelated = effects(
        sets, country="PK", party_type=COM, party_name="Karachi Tools Ltd", on_date=date(2005, 6, 1)
    )
    assert unrelated == {}


@pytest.mark.parametrize("on", [date(2007, 1, 1), date(2012, 1, 1), date(2020, 1, 1)])
def test_import_from_the_dprk_matches_once(sets: tuple[EmbargoSet, ...], on: date) -> None:
    """S/RES/1718 (2006) and 1874 (2009) prohibit procurement from the DPRK: an import is
    matched by the 'from' entry only, once, never also by the 'to' entry."""
    found = check(
        sets,
        country="KP",
        party_type=GOV,
        party_name="Korea Mining Development Trading Corporation",
        item_kinds=["II"],
        on_date=on,
        transfer=TransferType.IMPORT,
    )
    assert len(found) == 1 and found[0].embargo.id.startswith("kp-from-")
    assert found[0].effect is Effect.PROHIBITED


def test_one_country_entry_per_direction_on_any_day(sets: tuple[EmbargoSet, ...]) -> None:
    """One match per regime per direction: no two territorial entries for the same State and
    the same items overlap in time and direction (the DPRK 1718 entry duplicated imports)."""
    un = next(s for s in sets if s.id == "un_security_council")
    territorial = [e for e in un.entries if e.scope is not Scope.LISTED and e.target]
    days = sorted({e.start for e in territorial} | {e.end for e in territorial if e.end})
    for transfer in (TransferType.EXPORT, TransferType.IMPORT):
        for day in days:
            seen: dict[tuple[str, str], str] = {}
            for entry in territorial:
                if not (entry.in_force_on(day) and entry.applies_to_direction(transfer)):
                    continue
                assert entry.target is not None
                for kind in entry.covers:
                    key = (entry.target, kind)
                    assert key not in seen, (day, transfer, entry.id, seen.get(key))
                    seen[key] = entry.id
