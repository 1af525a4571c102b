"""A file per destination State: versions kept, staleness in words, licences to reassess."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from att_desktop.db.engine import Database
from att_desktop.db.models import DestinationEntry, Event, Note
from att_desktop.domain.assessment.model import Source, SourceKind
from att_desktop.domain.destination import DestinationTopic, months_between
from att_desktop.services import destination_files as files
from att_desktop.services.errors import ServiceError
from att_desktop.services.reassessment import affected_licences
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.unit.assessment_cases import complete

TODAY = date(2026, 12, 3)
OHCHR = Source(SourceKind.UN_REPORT, "OHCHR country report", date(2026, 3, 1), "A/HRC/61/12")
NGO = Source(SourceKind.NGO_REPORT, "Women's shelter network survey", None, "https://ngo.example")


def licence_to(db: Database, destination: str) -> tuple[int, int]:
    from att_desktop.services.decisions import decide

    case = register(db, destination)
    assessed_and_completed(db, case.id, complete())
    detail = decide(db, case.id, authorise(db, case.id))
    return case.id, detail.licences[0].id


def test_a_new_version_supersedes_and_keeps_the_old_one(db: Database) -> None:
    first = files.record_finding(
        db,
        "br",
        DestinationTopic.HUMAN_RIGHTS,
        "Police violence against protesters documented.",
        date(2025, 1, 10),
        [OHCHR],
        offer_reassessment=False,
        today=TODAY,
    )
    assert first.entry.country_code == "BR" and first.affected == ()
    with pytest.raises(ServiceError, match="Say why the finding changes"):
        files.record_finding(
            db, "BR", DestinationTopic.HUMAN_RIGHTS, "Better now.", date(2026, 11, 1), today=TODAY
        )
    with pytest.raises(ServiceError, match="Nothing changed"):
        files.record_finding(
            db,
            "BR",
            DestinationTopic.HUMAN_RIGHTS,
            "Police violence against protesters documented.",
            date(2025, 1, 10),
            [OHCHR],
            reason="again",
            today=TODAY,
        )
    second = files.record_finding(
        db,
        "BR",
        DestinationTopic.HUMAN_RIGHTS,
        "Independent oversight body set up; abuses continue at a lower level.",
        date(2026, 11, 1),
        [OHCHR, NGO],
        reason="New OHCHR and NGO reporting",
        offer_reassessment=False,
        today=TODAY,
    )
    assert second.entry.supersedes_id == first.entry.id

    file = files.current_file(db, "BR")
    topic = file.topic(DestinationTopic.HUMAN_RIGHTS)
    assert topic.current is not None and topic.current.id == second.entry.id
    assert topic.current.sources == (OHCHR, NGO) and topic.current.author == "Local officer"
    assert [v.id for v in topic.history] == [first.entry.id]
    assert topic.history[0].text == "Police violence against protesters documented."
    assert file.topic(DestinationTopic.IHL).current is None
    assert file.sources == (OHCHR, NGO)
    assert files.current_file(db, "NO").is_empty
    assert [(f.country_code, f.topics) for f in files.files(db)] == [("BR", 1)]

    with db.session() as session:
        events = session.scalars(
            select(Event).where(Event.entity == files.ENTITY).order_by(Event.id)
        ).all()
        assert [e.entity_id for e in events] == [first.entry.id, second.entry.id]
        assert events[1].reason == "New OHCHR and NGO reporting"
        assert events[1].before == {"text": first.entry.text, "assessed_on": "2025-01-10"}
        assert events[1].rows_sha256 and any(
            k.startswith("destination_entries/") for k in events[1].rows_sha256
        )


def test_entries_are_never_deleted_nor_rewritten(db: Database) -> None:
    files.record_finding(
        db,
        "BR",
        DestinationTopic.DIVERSION,
        "Two cases of stockpile leakage.",
        date(2026, 1, 5),
        offer_reassessment=False,
        today=TODAY,
    )
    for statement in (
        "DELETE FROM destination_entries",
        "UPDATE destination_entries SET text = 'rewritten'",
    ):
        with pytest.raises(DBAPIError), db.session() as session:
            session.execute(text(statement))
    with db.session() as session:
        assert session.scalars(select(DestinationEntry.text)).all() == [
            "Two cases of stockpile leakage."
        ]


def test_stale_topics_say_in_words_how_old_the_material_is(db: Database) -> None:
    assert months_between(date(2025, 1, 10), date(2026, 12, 9)) == 22
    assert months_between(date(2025, 1, 10), date(2026, 12, 10)) == 23
    files.record_finding(
        db,
        "BR",
        DestinationTopic.HUMAN_RIGHTS,
        "Old finding.",
        date(2025, 1, 10),
        offer_reassessment=False,
        today=TODAY,
    )
    files.record_finding(
        db,
        "BR",
        DestinationTopic.GBV,
        "Recent finding.",
        date(2026, 6, 1),
        offer_reassessment=False,
        today=TODAY,
    )
    stale = files.stale_topics(db, "BR", date(2026, 12, 10))
    assert [s.topic for s in stale] == [DestinationTopic.HUMAN_RIGHTS]
    assert stale[0].text == (
        "Human rights situation for Brazil was last assessed 2025-01-10, 23 months ago; "
        "the authority asks for material under 12 months."
    )
    files.set_refresh_months(db, 6)
    assert files.refresh_months(db) == 6
    assert [s.topic for s in files.stale_topics(db, "BR", date(2026, 12, 10))] == [
        DestinationTopic.GBV,
        DestinationTopic.HUMAN_RIGHTS,
    ]
    assert files.stale_topics(db, "NO", TODAY) == ()
    with pytest.raises(ServiceError, match="between 1 and 120 months"):
        files.set_refresh_months(db, 0)


def test_saving_a_finding_puts_the_valid_licences_to_the_state_up_for_reassessment(
    db: Database,
) -> None:
    case_id, licence_id = licence_to(db, "NO")
    licence_to(db, "BR")
    recorded = files.record_finding(
        db,
        "NO",
        DestinationTopic.GBV,
        "Conflict-related sexual violence by a unit of the end user's forces.",
        date(2026, 5, 1),
        [NGO],
        today=date(2026, 5, 1),
    )
    assert [a.licence_id for a in recorded.affected] == [licence_id]
    reason = recorded.affected[0].reasons[0]
    assert reason.kind == "information"
    assert "Destination file, Prevalent GBV types and prevention measures" in reason.text
    assert [a.licence_id for a in affected_licences(db, date(2026, 5, 1))] == [licence_id]
    with db.session() as session:
        notes = session.scalars(select(Note.text).where(Note.application_id == case_id)).all()
    assert len(notes) == 1 and "Article 7(7)" in notes[0]

    quiet = files.record_finding(
        db,
        "NO",
        DestinationTopic.IHL,
        "No armed conflict.",
        date(2026, 5, 1),
        offer_reassessment=False,
        today=date(2026, 5, 1),
    )
    assert quiet.affected == ()


@pytest.mark.parametrize(
    ("code", "day", "body", "sources", "message"),
    [
        ("ZZ", date(2026, 1, 1), "x", (), "'ZZ' is not a known country code"),
        ("", date(2026, 1, 1), "x", (), "two-letter ISO 3166 code"),
        ("BR", date(2027, 1, 1), "x", (), r"date assessed \(2027-01-01\) is after today"),
        ("BR", date(1900, 1, 1), "x", (), "before 1945"),
        ("BR", date(2026, 1, 1), "  ", (), "Write the finding"),
        ("BR", date(2026, 1, 1), "x", (Source(SourceKind.OTHER, " "),), "Source 1 has neither"),
        (
            "BR",
            date(2026, 1, 1),
            "x",
            (Source(SourceKind.OTHER, "t", date(2027, 5, 5)),),
            "Source 1 is dated 2027-05-05",
        ),
    ],
)
def test_bad_input_is_refused_with_what_to_fix(
    db: Database,
    code: str,
    day: date,
    body: str,
    sources: tuple[Source, ...],
    message: str,
) -> None:
    with pytest.raises(ServiceError, match=message):
        files.record_finding(db, code, DestinationTopic.OTHER, body, day, sources, today=TODAY)
    with pytest.raises(ServiceError, match="not a known country code"):
        files.stale_topics(db, "XX", TODAY)
