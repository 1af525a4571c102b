"""Non-State armed groups, regional governments and consignees acting for a government, through
the register: saved, screened, written to and read from case files and spreadsheets, and
counted (or not) as civilian in the annual report."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Party
from att_desktop.domain.application import PartyInput
from att_desktop.domain.embargoes import Effect
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.reporting import Measure
from att_desktop.services import cases
from att_desktop.services.case_files import CaseImportError, export_case, import_case
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.register_files import export_register, import_register
from att_desktop.services.reporting import collect
from att_desktop.services.screening import applied_sets, screen_records
from tests.db.test_annual_report import options
from tests.factories import application
from tests.report_register import Register, build_with_shipments

MOD = PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "Ministry of Defence", "IQ")
TRADER = PartyInput(PartyRole.CONSIGNEE, PartyType.COMMERCIAL, "Al-Noor Trading", "IQ", "", 0)
REGION = PartyInput(PartyRole.END_USER, PartyType.REGIONAL_GOVERNMENT, "Regional Guard", "IQ")
MILITIA = PartyInput(PartyRole.BROKER, PartyType.NON_STATE_ARMED_GROUP, "Brigade 9", "IQ")


def iraq_case(db: Database) -> int:
    parties = (MOD, TRADER, REGION, MILITIA)
    return cases.create_application(db, application(destination_code="IQ", parties=parties)).id


def test_acts_for_and_new_types_are_saved_and_read_back(db: Database) -> None:
    case = cases.get_case(db, iraq_case(db))
    assert [(p.party_type, p.acts_for) for p in case.parties] == [
        (PartyType.GOVERNMENT, None),
        (PartyType.COMMERCIAL, 0),
        (PartyType.REGIONAL_GOVERNMENT, None),
        (PartyType.NON_STATE_ARMED_GROUP, None),
    ]
    assert case.to_input().parties == (MOD, TRADER, REGION, MILITIA)


def test_an_acts_for_pointing_at_a_militia_is_refused(db: Database) -> None:
    """Resolution 1546 (2004) para. 21: only the Government of Iraq is exempt; a consignee
    cannot be recorded as acting for an armed group."""
    bad = PartyInput(PartyRole.CONSIGNEE, PartyType.COMMERCIAL, "Front Co", "IQ", "", 3)
    with pytest.raises(ValidationFailed) as caught:
        cases.create_application(
            db, application(destination_code="IQ", parties=(MOD, REGION, MILITIA, MILITIA, bad))
        )
    assert [e.field for e in caught.value.errors] == ["parties[4].acts_for"]


def test_screen_of_res_1546_para_21_by_party_kind(db: Database) -> None:
    """Resolution 1546 (2004) para. 21: the Government of Iraq and a consignee acting for it are
    not embargoed; a regional government is flagged for a person; an armed group is
    prohibited."""
    app_id = iraq_case(db)
    with db.session() as session:
        app = session.get(Application, app_id)
        assert app is not None
        records = screen_records(applied_sets(session), app, app.received_on)
    by_effect: dict[Effect, list[str]] = {}
    for record in records:
        if record.embargo_id == "iq-1546":
            by_effect.setdefault(record.effect, []).append(record.party)
    assert "Al-Noor Trading" in " ".join(by_effect[Effect.NOT_APPLICABLE])
    assert "acting for Ministry of Defence" in " ".join(by_effect[Effect.NOT_APPLICABLE])
    assert "Regional Guard" in " ".join(by_effect[Effect.NEEDS_CONFIRMATION])
    assert "Brigade 9" in " ".join(by_effect[Effect.PROHIBITED])


def test_case_file_round_trip_keeps_acts_for_and_refuses_a_bad_one(
    db: Database, tmp_path: Path
) -> None:
    data = export_case(db, iraq_case(db))
    assert [p["acts_for"] for p in data["parties"]] == [None, 0, None, None]
    assert [p["party_type"] for p in data["parties"]][2:] == [
        "regional_government",
        "non_state_armed_group",
    ]
    data["application"]["reference"] = "EXP/2026/00077"
    imported = import_case(db, data)
    assert imported.to_input().parties == (MOD, TRADER, REGION, MILITIA)

    data["application"]["reference"] = "EXP/2026/00078"
    data["parties"][1]["acts_for"] = 3
    with pytest.raises(CaseImportError) as caught:
        import_case(db, data)
    assert any(p.startswith("parties[1].acts_for:") for p in caught.value.problems)
    data["parties"][1]["acts_for"] = "Ministry"
    with pytest.raises(CaseImportError) as caught:
        import_case(db, data)
    assert any(p.startswith("parties[1].acts_for:") for p in caught.value.problems)


def test_register_spreadsheet_round_trip_keeps_acts_for(db: Database, tmp_path: Path) -> None:
    iraq_case(db)
    path = tmp_path / "register.csv"
    export_register(db, path)
    text = path.read_text(encoding="utf-8")
    assert "Al-Noor Trading (IQ, commercial, for Ministry of Defence)" in text
    assert "Brigade 9 (IQ, non_state_armed_group)" in text
    path.write_text(text.replace("EXP/", "OLD/"), encoding="utf-8")
    report = import_register(db, path)
    assert report.errors == ()
    imported = cases.get_case(db, cases.find_case_id(db, "OLD/2026/00001"))
    by_name = {p.name: p for p in imported.to_input().parties}
    assert by_name["Al-Noor Trading"].acts_for is not None
    target = imported.to_input().parties[by_name["Al-Noor Trading"].acts_for]
    assert target == MOD


@pytest.mark.parametrize("kind", [PartyType.NON_STATE_ARMED_GROUP, PartyType.REGIONAL_GOVERNMENT])
def test_att_template_civilian_small_arms_never_include_armed_groups_or_regions(
    db: Database, kind: PartyType
) -> None:
    """ATT annual reporting template (CSP2, amended CSP7), small arms: only transfers to
    civilian end users (private persons and companies) may be left out. A non-State armed
    group or a regional government's forces are not civilian, so their pistols stay in."""
    register: Register = build_with_shipments(db)
    assert register.licences
    civilian_out = options(include_civilian_small_arms=False, measure=Measure.ITEMS)
    rows = {r.category for r in collect(db, civilian_out).exports.rows}
    assert "VIII.SA.1" not in rows  # EXP/3's commercial end user: civilian, left out
    with db.session() as session:
        session.execute(
            update(Party)
            .where(Party.role == PartyRole.END_USER, Party.name == _civilian_end_user(db))
            .values(party_type=kind)
        )
    rows = {r.category for r in collect(db, civilian_out).exports.rows}
    assert "VIII.SA.1" in rows


def _civilian_end_user(db: Database) -> str:
    """The name of the register's one civilian end user (EXP/3's)."""
    with db.session() as session:
        found = session.scalars(
            select(Party.name)
            .where(Party.party_type.in_([PartyType.COMMERCIAL, PartyType.INDIVIDUAL]))
            .where(Party.role == PartyRole.END_USER)
        ).all()
    (name,) = set(found)
    return name
