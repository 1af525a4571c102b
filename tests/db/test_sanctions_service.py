"""The UN Consolidated List end to end in the services: import (administrator only, all or
nothing), screening every party, the officer's review with its reason, and the Article 7(7)
listing of valid licences a new list concerns.

Listed individuals and entities are under the Security Council's targeted measures
(Chapter VII; e.g. res. 1718 (2006) para. 8(d) for the DPRK, res. 2161 (2014) para. 1 for
Al-Qaida): ATT Article 6(1) forbids authorising a transfer that would breach them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event, SanctionsEntry, SanctionsHit, SanctionsListVersion
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.services import sanctions
from att_desktop.services.decisions import DecisionRefusedError, decide
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.reassessment import affected_licences
from tests.accounts_helpers import committee
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.factories import end_user
from tests.unit.assessment_cases import complete

SAMPLE = Path(__file__).parents[1] / "data" / "un_consolidated_sample.xml"


def write(tmp_path: Path, data: bytes, name: str = "consolidated.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(SanctionsListVersion)) or 0,
            session.scalar(select(func.count()).select_from(SanctionsEntry)) or 0,
            session.scalar(select(func.count()).select_from(SanctionsHit)) or 0,
            session.scalar(select(func.count()).select_from(Event)) or 0,
        )


def listed_party_case(db: Database, name: str = "Mouammar Kadhafi", country: str = "LY") -> int:
    parties = (
        end_user("Ministry of Defence", "NO"),
        end_user(name, country, role=PartyRole.CONSIGNEE, party_type=PartyType.INDIVIDUAL),
    )
    return register(db, "NO", parties=parties).id


def test_import_screens_open_cases_and_the_officer_reviews(db: Database) -> None:
    """Res. 1970 (2011) para. 17 (Libya asset freeze) and para. 9 (arms embargo): a consignee
    named as the listed Qadhafi, in another spelling, is a hit the officer must judge."""
    case_id = listed_party_case(db)
    clean_id = register(db, "NO").id
    result = sanctions.import_sanctions_list(db, SAMPLE)
    assert result.info.entries == 5 and result.screening.new_hits == 1
    hits = sanctions.list_hits(db)
    assert [(h.application_id, h.entry_reference, h.status) for h in hits] == [
        (case_id, "LYi.009", "unreviewed")
    ]
    assert hits[0].party_name == "Mouammar Kadhafi" and hits[0].score >= 85
    assert "same country LY" in hits[0].explanation
    assert sanctions.list_hits(db, application_id=clean_id) == []

    with pytest.raises(ServiceError, match="reason"):
        sanctions.review_hit(db, hits[0].id, confirmed=True, reason="  ")
    done = sanctions.review_hit(
        db, hits[0].id, confirmed=True, reason="Same date of birth as on the passport copy."
    )
    assert done.status == "confirmed" and done.reviewed_at is not None
    with db.session() as session:
        event = session.scalars(
            select(Event).where(Event.action == "sanctions_hit_confirmed")
        ).one()
        assert event.application_id == case_id
        assert event.reason == "Same date of birth as on the passport copy."
        actions = set(session.scalars(select(Event.action)))
    assert {"sanctions_list_imported", "sanctions_screened"} <= actions


def test_a_malformed_or_truncated_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    listed_party_case(db)
    before = counts(db)
    data = SAMPLE.read_bytes()
    with pytest.raises(ServiceError, match="not well-formed XML"):
        sanctions.import_sanctions_list(db, write(tmp_path, data[: len(data) // 2]))
    with pytest.raises(ServiceError, match="has no DATAID"):
        bad = data.replace(b"<DATAID>120002</DATAID>", b"")
        sanctions.import_sanctions_list(db, write(tmp_path, bad))
    assert counts(db) == before
    assert sanctions.current_list(db) is None


def test_screening_fails_atomically_when_it_breaks(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction: if the re-screen after an import fails, the list is not kept."""
    listed_party_case(db)
    before = counts(db)

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(sanctions, "match_entry", broken)
    with pytest.raises(RuntimeError):
        sanctions.import_sanctions_list(db, SAMPLE)
    assert counts(db) == before


def test_only_an_administrator_imports(tmp_path: Path, db: Database) -> None:
    people = committee(db)
    with pytest.raises(PermissionDenied, match="administrator"):
        sanctions.import_sanctions_list(db, SAMPLE, people.officer.actor)
    sanctions.import_sanctions_list(db, SAMPLE, people.admin.actor)
    with pytest.raises(ServiceError, match="already in use"):
        sanctions.import_sanctions_list(db, SAMPLE, people.admin.actor)
    older = SAMPLE.read_bytes().replace(b"2026-11-20T06", b"2025-11-20T06")
    with pytest.raises(ServiceError, match="before the list in use"):
        sanctions.import_sanctions_list(db, write(tmp_path, older), people.admin.actor)


def test_screen_one_case_and_every_case(db: Database) -> None:
    first = listed_party_case(db, "Korea Mining Development Trading Corp", "KP")
    with pytest.raises(ServiceError, match="No UN Consolidated List"):
        sanctions.screen_parties(db)
    sanctions.import_sanctions_list(db, SAMPLE)
    second = listed_party_case(db, "Виктор Бутов", "RU")  # registered after the import
    assert sanctions.list_hits(db, application_id=second) == []
    result = sanctions.screen_parties(db, application_id=second)
    assert result.parties == 2 and result.new_hits == 1
    assert sanctions.list_hits(db, application_id=second)[0].entry_reference == "CDi.900"
    # Screening again finds nothing new: hits are kept once per party and entry.
    assert sanctions.screen_parties(db).new_hits == 0
    assert {h.application_id for h in sanctions.list_hits(db)} == {first, second}


def licensed_case(db: Database, consignee: str, country: str) -> tuple[int, int]:
    parties = (
        end_user("Ministry of Defence", "BR"),
        end_user(consignee, country, role=PartyRole.CONSIGNEE, party_type=PartyType.COMMERCIAL),
    )
    case = register(db, "BR", parties=parties)
    assessed_and_completed(db, case.id, complete())
    detail = decide(db, case.id, authorise(db, case.id))
    return case.id, detail.licences[0].id


def test_a_new_list_lists_licences_for_article_7_7(db: Database, tmp_path: Path) -> None:
    """ATT Article 7(7): a valid licence whose consignee a new list names is listed for
    reassessment while the hit is unreviewed or confirmed; a rejected hit carries over to the
    next list only while the entry's names are unchanged."""
    case_id, licence_id = licensed_case(db, "Victor Boutov Trading", "RU")
    licensed_case(db, "Atlas Freight", "RU")
    result = sanctions.import_sanctions_list(db, SAMPLE)
    assert [(lic.licence_id, lic.application_id) for lic in result.licences] == [
        (licence_id, case_id)
    ]
    assert not result.licences[0].confirmed
    assert [a.licence_id for a in affected_licences(db, date.today())] == [licence_id]
    reason = next(r for r in affected_licences(db, date.today())[0].reasons)
    assert reason.kind == "sanctions" and "CDi.900" in reason.text and not reason.prohibits

    hit = sanctions.list_hits(db, application_id=case_id)[0]
    sanctions.review_hit(db, hit.id, confirmed=False, reason="A different company, est. 2019.")
    assert sanctions.sanctioned_licences(db) == []
    assert affected_licences(db, date.today()) == []

    newer = SAMPLE.read_bytes().replace(b"2026-11-20T06", b"2026-11-27T06")
    sanctions.import_sanctions_list(db, write(tmp_path, newer))
    carried = sanctions.list_hits(db, application_id=case_id)[0]
    assert carried.status == "rejected" and "Carried over" in carried.review_reason
    renamed = newer.replace(b"2026-11-27T06", b"2026-11-28T06").replace(
        b"Victor Butov", b"Victor Boutov Trading"
    )
    again = sanctions.import_sanctions_list(db, write(tmp_path, renamed))
    assert [lic.licence_id for lic in again.licences] == [licence_id]
    assert sanctions.list_hits(db, application_id=case_id)[0].status == "unreviewed"


def test_a_confirmed_hit_prohibits_under_article_6(db: Database) -> None:
    """ATT Article 6(1): a transfer to a party the officer confirmed as listed would breach
    the Council's targeted measures; no reassessment makes that go away."""
    _, licence_id = licensed_case(db, "Korea Mining Development Trading Corporation", "CN")
    sanctions.import_sanctions_list(db, SAMPLE)
    hit = sanctions.list_hits(db)[0]
    sanctions.review_hit(db, hit.id, confirmed=True, reason="Same registration number.")
    affected = affected_licences(db, date.today())
    assert [a.licence_id for a in affected] == [licence_id] and affected[0].prohibited


def test_no_authorisation_while_a_hit_waits_or_is_confirmed(db: Database) -> None:
    """ATT Article 6(1) with res. 1718 (2006) para. 8(d): a case whose consignee resembles a
    listed DPRK entity is not authorised until the officer has rejected the hit; an
    unreviewed hit is never read as clear."""
    parties = (
        end_user("Ministry of Defence", "BR"),
        end_user(
            "Changgwang Sinyong Corp",
            "CN",
            role=PartyRole.CONSIGNEE,
            party_type=PartyType.COMMERCIAL,
        ),
    )
    case = register(db, "BR", parties=parties)
    assessed_and_completed(db, case.id, complete())
    sanctions.import_sanctions_list(db, SAMPLE)
    with pytest.raises(DecisionRefusedError, match=r"KPe\.001, unreviewed"):
        decide(db, case.id, authorise(db, case.id))
    hit = sanctions.list_hits(db, application_id=case.id)[0]
    assert hit.matched_name == "CHANGGWANG SINYONG CORPORATION"
    sanctions.review_hit(db, hit.id, confirmed=True, reason="Same company registry number.")
    with pytest.raises(DecisionRefusedError, match="confirmed"):
        decide(db, case.id, authorise(db, case.id))
    # A case registered after the import is screened when it is decided.
    other = register(db, "BR", parties=parties)
    assessed_and_completed(db, other.id, complete())
    assert sanctions.list_hits(db, application_id=other.id) == []
    with pytest.raises(DecisionRefusedError, match="unreviewed"):
        decide(db, other.id, authorise(db, other.id))
    other_hit = sanctions.list_hits(db, application_id=other.id)[0]
    sanctions.review_hit(db, other_hit.id, confirmed=False, reason="A different firm.")
    assert decide(db, other.id, authorise(db, other.id)).licences
