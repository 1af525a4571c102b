"""My work on a crowded register: each source asks the database for this person's items only,
open ones only, oldest first, and no more than ``WORK_LIMIT`` (real registers hold 500,000
cases; nothing may read a whole table into Python to pick out one person's work).

Every test fills the tables with rows that must *not* be listed (other people's, closed,
answered, not yet due, superseded, already reassessed), each older than the rows that must,
so a source that filtered in Python after a limit, or listed them, would show them first. The
overdue opinions and the reassessment list are each one SQL statement, whatever they hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Agency,
    Application,
    CaseHandover,
    GbvConsultation,
    Incident,
    IncidentLicence,
    Licence,
    LicenceChangeRequest,
    Note,
    Opinion,
    Organisation,
    ReviewDeadline,
    User,
)
from att_desktop.domain.enums import (
    CaseStatus,
    LicenceStatus,
    OpinionKind,
    OrganisationKind,
    Role,
    TransferType,
)
from att_desktop.domain.incidents import IncidentKind, IncidentSource, IncidentStatus
from att_desktop.services import consultation
from att_desktop.services.change_requests import change_request_work
from att_desktop.services.committee import committee_work
from att_desktop.services.dto import Actor
from att_desktop.services.gbv_consultation import gbv_consultation_work
from att_desktop.services.handover import handover_work
from att_desktop.services.history import record_event
from att_desktop.services.incidents import reassessment_work
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

TODAY = date.today()
#: More than one source may list: the limit must cut it.
MINE = WORK_LIMIT + 30
#: Rows of each kind that must not be listed.
NOISE = 40
#: Change requests the decider recorded (so may not decide), among the oldest.
RECORDED_BY_DECIDER = 20


@dataclass
class People:
    officer: int
    colleague: int
    decider: int
    mfa_member: int
    adviser: int
    other_adviser: int
    mfa: int
    mod: int


def _ids(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one statement; their ids in the order given."""
    return list(
        session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows)
    )


def _people(session: Session) -> People:
    mfa, mod = _ids(
        session,
        Agency,
        [{"code": "MFA", "name": "Foreign affairs"}, {"code": "MOD", "name": "Defence"}],
    )
    roles = (
        ("officer", Role.LICENSING_OFFICER, None),
        ("colleague", Role.LICENSING_OFFICER, None),
        ("decider", Role.DECIDING_AUTHORITY, None),
        ("mfa.member", Role.COMMITTEE_MEMBER, mfa),
        ("adviser", Role.GENDER_ADVISER, None),
        ("other.adviser", Role.GENDER_ADVISER, None),
    )
    users = _ids(
        session,
        User,
        [
            {"username": name, "full_name": name.title(), "role": role, "agency_id": agency}
            for name, role, agency in roles
        ],
    )
    return People(*users, mfa=mfa, mod=mod)


def _exporter(session: Session) -> int:
    found = session.scalar(select(Organisation.id).limit(1))
    if found is not None:
        return found
    rows = [{"name": "Exporter", "kind": OrganisationKind.EXPORTER, "country_code": "SE"}]
    return _ids(session, Organisation, rows)[0]


def _cases(
    session: Session, count: int, *, assigned_to: int | None, status: CaseStatus, tag: str
) -> list[int]:
    """``count`` cases, received one a day back from today (the first is the newest)."""
    exporter = _exporter(session)
    return _ids(
        session,
        Application,
        [
            {
                "reference": f"{tag}/{n:04d}",
                "year": TODAY.year,
                "transfer_type": TransferType.EXPORT,
                "status": status,
                "applicant_id": exporter,
                "destination_code": "BR",
                "received_on": TODAY - timedelta(days=n),
                "assigned_to_id": assigned_to,
            }
            for n in range(count)
        ],
    )


def _me(session: Session, user_id: int) -> User:
    me = session.get(User, user_id)
    assert me is not None
    return me


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements the engine runs meanwhile."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _single_query(db: Database, source: Callable[[Session, User], list[WorkItem]], me: int) -> Any:
    with db.session() as session:
        user = _me(session, me)
        with _statements(db) as seen:
            items = source(session, user)
        assert len(seen) == 1, seen
        return items


# --------------------------------------------------------------------------- overdue opinions


def test_overdue_opinions_are_one_limited_query_of_my_unanswered_open_deadlines(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consultation, "_today", lambda: TODAY)
    with db.session() as session:
        p = _people(session)
        mine = _cases(session, MINE, assigned_to=p.officer, status=CaseStatus.IN_COMMITTEE, tag="M")
        closed = _cases(session, NOISE, assigned_to=p.officer, status=CaseStatus.DENIED, tag="C")
        answered = _cases(
            session, NOISE, assigned_to=p.officer, status=CaseStatus.SUBMITTED, tag="A"
        )
        later = _cases(session, NOISE, assigned_to=p.officer, status=CaseStatus.SUBMITTED, tag="L")
        others = _cases(session, 300, assigned_to=p.colleague, status=CaseStatus.SUBMITTED, tag="O")
        # The noise is due earliest: listed, it would come first.
        long_ago = TODAY - timedelta(days=2000)
        deadlines = [
            (case, p.mfa, TODAY - timedelta(days=MINE + 1 - n)) for n, case in enumerate(mine)
        ]
        deadlines += [(case, p.mfa, long_ago) for case in closed + answered]
        deadlines += [(case, p.mfa, TODAY + timedelta(days=1)) for case in later]
        deadlines += [(case, p.mod, long_ago) for case in others]
        deadlines += [(case, p.mod, TODAY) for case in mine[:NOISE]]  # due today: not overdue
        _ids(
            session,
            ReviewDeadline,
            [
                {
                    "application_id": case,
                    "agency_id": agency,
                    "requested_on": due - timedelta(days=14),
                    "due_on": due,
                    "urgent": case == mine[1],
                    "urgent_reason": "deployment" if case == mine[1] else "",
                }
                for case, agency, due in deadlines
            ],
        )
        opinion = {"user_id": p.mfa_member, "opinion": OpinionKind.APPROVE, "reasons": "Fine."}
        _ids(
            session,
            Opinion,
            [{**opinion, "application_id": case, "agency_id": p.mfa} for case in answered]
            # A superseded opinion is no answer, and another agency's is not this one's.
            + [
                {**opinion, "application_id": mine[0], "agency_id": p.mfa, "superseded": True},
                {**opinion, "application_id": mine[2], "agency_id": p.mod},
            ],
        )
        references = {case: f"M/{n:04d}" for n, case in enumerate(mine)}

    items = _single_query(db, consultation.overdue_work, p.officer)
    assert len(items) == WORK_LIMIT
    assert [i.application_id for i in items] == mine[:WORK_LIMIT]
    first_due = TODAY - timedelta(days=MINE + 1)
    assert items[0] == WorkItem(
        mine[0],
        references[mine[0]],
        CaseStatus.IN_COMMITTEE,
        WorkReason.OPINION_OVERDUE,
        f"MFA: opinion due {first_due.isoformat()}",
        first_due,
        (("agency", "MFA"), ("urgent", "")),
    )
    assert items[1].detail.endswith(" (urgent)") and items[1].facts[1] == ("urgent", "yes")
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)  # type: ignore[type-var]

    # The agency's member owes the MFA's opinions, whoever the case is assigned to; the MOD's
    # (the colleague's cases) are not theirs.
    for_member = _single_query(db, consultation.overdue_work, p.mfa_member)
    assert [i.application_id for i in for_member] == mine[:WORK_LIMIT]
    assert _single_query(db, consultation.overdue_work, p.decider) == []
    assert {i.facts[0] for i in _single_query(db, consultation.overdue_work, p.colleague)} == {
        ("agency", "MOD")
    }


# --------------------------------------------------------------------------- reassessment


def test_the_reassessment_list_is_one_limited_query_that_skips_what_was_reassessed(
    db: Database,
) -> None:
    with db.session() as session:
        p = _people(session)
        mine = _cases(session, MINE, assigned_to=p.officer, status=CaseStatus.AUTHORISED, tag="M")
        others = _cases(
            session, 300, assigned_to=p.colleague, status=CaseStatus.AUTHORISED, tag="O"
        )
        # Twelve incidents: "incident:1" must not be taken for "incident:12" (or the reverse).
        incidents = _ids(
            session,
            Incident,
            [
                {
                    "number": f"{TODAY.year}-{n}",
                    "kind": IncidentKind.SUSPECTED_DIVERSION,
                    "source": IncidentSource.CUSTOMS_SEIZURE,
                    "learned_on": TODAY - timedelta(days=100 - n),
                    "country_code": "BR",
                    "status": IncidentStatus.OPEN,
                }
                for n in range(1, 13)
            ],
        )
        first, last = incidents[0], incidents[-1]
        assert str(last).startswith(str(first)), (first, last)

        def licences(cases: Sequence[int], tag: str, **values: Any) -> list[int]:
            return _ids(
                session,
                Licence,
                [
                    {
                        "application_id": case,
                        "number": f"LIC/{tag}/{n:05d}",
                        "issued_on": TODAY - timedelta(days=30),
                        "valid_from": TODAY - timedelta(days=30),
                        "valid_until": TODAY + timedelta(days=365),
                        "status": LicenceStatus.VALID,
                        **values,
                    }
                    for n, case in enumerate(cases)
                ],
            )

        valid = licences(mine, "M")
        expired = licences(mine[:NOISE], "X", valid_until=TODAY - timedelta(days=1))
        suspended = licences(mine[:NOISE], "S", status=LicenceStatus.SUSPENDED)
        theirs = licences(others, "O")
        case_of = dict(zip(valid, mine, strict=True)) | dict(zip(theirs, others, strict=True))
        case_of |= dict(zip(expired, mine, strict=False)) | dict(zip(suspended, mine, strict=False))
        links = [(lic, last, False) for lic in valid]
        # The noise belongs to the oldest incident: listed, it would come first.
        links += [(lic, first, False) for lic in expired + suspended + theirs]
        links += [(lic, first, True) for lic in valid[:NOISE]]  # superseded links
        # Reassessed for the first incident (and only for it): that link is dropped, the
        # licence's link to the last incident stays.
        reassessed = valid[NOISE]
        links += [(reassessed, first, False)]
        _ids(
            session,
            IncidentLicence,
            [
                {
                    "incident_id": incident,
                    "licence_id": lic,
                    "application_id": case_of[lic],
                    "via": "named",
                    "superseded": superseded,
                }
                for lic, incident, superseded in links
            ],
        )
        record_event(
            session,
            Actor(p.decider, "Decider"),
            entity="licence",
            entity_id=reassessed,
            application_id=case_of[reassessed],
            action="reassessed",
            summary="reassessed",
            after={"addressed": [f"incident:{first}", f"incident:{last}5"], "conclusion": "ok"},
        )

    items = _single_query(db, reassessment_work, p.officer)
    assert len(items) == WORK_LIMIT
    assert {i.reason for i in items} == {WorkReason.REASSESSMENT_AWAITED}
    assert {i.application_id for i in items} <= set(mine)
    assert [i.facts for i in items] == [
        (("licence", f"LIC/M/{n:05d}"), ("incident", f"{TODAY.year}-12")) for n in range(WORK_LIMIT)
    ]
    assert items[0].detail == f"Licence LIC/M/00000: incident {TODAY.year}-12"
    # Not listed, although linked to the oldest incident (they would come first): the
    # superseded links (licences LIC/M/00000 to 00039) and the link the reassessment
    # addressed (LIC/M/00040 for incident 1, whose link to incident 12 is listed above).
    # The deciding authority sees every case's, oldest incident first: the colleague's.
    for_decider = _single_query(db, reassessment_work, p.decider)
    assert len(for_decider) == WORK_LIMIT
    assert [i.application_id for i in for_decider] == others[:WORK_LIMIT]
    assert {i.facts[1] for i in for_decider} == {("incident", f"{TODAY.year}-1")}


# --------------------------------------------------------------------------- the other sources


def test_the_other_sources_list_only_my_open_items_and_no_more_than_the_limit(
    db: Database,
) -> None:
    with db.session() as session:
        p = _people(session)
        mine = _cases(session, MINE, assigned_to=p.officer, status=CaseStatus.SUBMITTED, tag="M")
        closed = _cases(session, NOISE, assigned_to=p.officer, status=CaseStatus.WITHDRAWN, tag="C")
        others = _cases(
            session, NOISE, assigned_to=p.colleague, status=CaseStatus.SUBMITTED, tag="O"
        )
        # Mentions: mine on every open case (twice on the first, the newer note wins), the
        # colleague's, and mine on closed cases. Ids in a list: 1 is not 12, 12 is not 1.
        notes = [(case, [p.colleague, p.officer], f"@officer on {case}") for case in mine]
        notes += [(mine[0], [p.officer], "@officer newer")]
        notes += [(case, [p.colleague], "@colleague") for case in others]
        notes += [(case, [p.officer], "@officer closed") for case in closed]
        _ids(
            session,
            Note,
            [{"application_id": c, "text": t, "mentions": m} for c, m, t in notes],
        )
        # Handovers: to me on open cases; to the colleague; to me on closed cases.
        handovers = [(case, p.officer) for case in mine]
        handovers += [(case, p.colleague) for case in others]
        handovers += [(case, p.officer) for case in closed]
        _ids(
            session,
            CaseHandover,
            [
                {
                    "application_id": case,
                    "kind": "case",
                    "from_user_id": p.decider,
                    "to_user_id": to,
                    "summary": f"Handed over {case}",
                }
                for case, to in handovers
            ],
        )
        # GBV questions: to any adviser or to me, unanswered; answered; named for another.
        asked = {"question": "Is the GBV risk overriding?", "asked_by_id": p.officer}
        _ids(
            session,
            GbvConsultation,
            [
                {**asked, "application_id": c, "asked_on": TODAY - timedelta(days=MINE - n)}
                | ({"adviser_id": p.adviser} if n % 2 else {})
                for n, c in enumerate(mine)
            ]
            + [
                {**asked, "application_id": c, "asked_on": TODAY - timedelta(days=999)}
                | {"answered_on": TODAY, "answer": "No."}
                for c in others
            ]
            + [
                {**asked, "application_id": c, "asked_on": TODAY - timedelta(days=999)}
                | {"adviser_id": p.other_adviser}
                for c in closed
            ],
        )
        # Change requests: pending on each of my cases, and already decided ones (oldest).
        licences = _ids(
            session,
            Licence,
            [
                {
                    "application_id": case,
                    "number": f"LIC/{n:05d}",
                    "issued_on": TODAY,
                    "valid_from": TODAY,
                    "valid_until": TODAY + timedelta(days=365),
                    "status": LicenceStatus.VALID,
                }
                for n, case in enumerate(mine + others)
            ],
        )
        request = {"kind": "re_export", "requested_by": "importing_state", "justification": "-"}
        _ids(
            session,
            LicenceChangeRequest,
            [
                {
                    **request,
                    "licence_id": lic,
                    "application_id": case,
                    "received_on": TODAY - timedelta(days=MINE - n),
                    "new_country_code": "AR",
                    # The decider recorded the oldest: four eyes keeps them from them, so
                    # a second batch is read to fill the list.
                    "recorded_by_id": p.decider if n < RECORDED_BY_DECIDER else None,
                }
                for n, (lic, case) in enumerate(zip(licences, mine, strict=False))
            ]
            + [
                {
                    **request,
                    "licence_id": lic,
                    "application_id": case,
                    "received_on": TODAY - timedelta(days=999),
                    "status": "consented",
                }
                for lic, case in zip(licences[MINE:], others, strict=True)
            ],
        )

    with db.session() as session:
        officer, decider = _me(session, p.officer), _me(session, p.decider)
        adviser, colleague = _me(session, p.adviser), _me(session, p.colleague)

        work = committee_work(session, officer)
        assigned = [i.application_id for i in work if i.reason is WorkReason.ASSIGNED]
        assert assigned == mine[::-1][:WORK_LIMIT]  # the oldest received first
        mentioned = [i for i in work if i.reason is WorkReason.MENTIONED]
        assert len(mentioned) == WORK_LIMIT
        assert (mentioned[0].application_id, mentioned[0].detail) == (mine[0], "@officer newer")
        assert [i.application_id for i in mentioned[1:]] == mine[::-1][: WORK_LIMIT - 1]
        assert {i.application_id for i in mentioned} <= set(mine)
        # The colleague: the notes on their own cases are the newest.
        assert [
            i.application_id
            for i in committee_work(session, colleague)
            if i.reason is WorkReason.MENTIONED
        ] == (others[::-1] + mine[::-1])[:WORK_LIMIT]

        handed = handover_work(session, officer)
        assert len(handed) == WORK_LIMIT
        assert [i.application_id for i in handed] == mine[::-1][:WORK_LIMIT]  # newest first
        assert handed[0].detail == f"Decider: Handed over {mine[-1]}"

        questions = gbv_consultation_work(session, adviser)
        assert [i.application_id for i in questions] == mine[:WORK_LIMIT]
        assert gbv_consultation_work(session, officer) == []

        requests = change_request_work(session, decider)
        skipped = RECORDED_BY_DECIDER
        assert [i.application_id for i in requests] == mine[skipped : skipped + WORK_LIMIT]
        assert requests[0].facts[:2] == (("kind", "re_export"), ("licence", f"LIC/{skipped:05d}"))
        assert change_request_work(session, officer) == []


def test_a_handover_leaves_my_work_once_i_record_something_on_that_case(db: Database) -> None:
    """Each case's own handover event marks where the successor's actions begin, not the
    newest handover on any case (the query that says so is correlated to the case)."""
    with db.session() as session:
        p = _people(session)
        first, second = _cases(
            session, 2, assigned_to=p.officer, status=CaseStatus.SUBMITTED, tag="H"
        )
        _ids(
            session,
            CaseHandover,
            [
                {
                    "application_id": case,
                    "kind": "case",
                    "from_user_id": p.colleague,
                    "to_user_id": p.officer,
                    "summary": f"Handed over {case}",
                }
                for case in (first, second)
            ],
        )
    steps = (
        (p.decider, second, "handed_over"),
        (p.officer, second, "note_added"),  # the successor acts on the second case
        (p.decider, first, "handed_over"),  # the first case is handed over later
    )
    for actor, case, action in steps:
        with db.session() as session:
            record_event(
                session,
                Actor(actor, "Someone"),
                entity="application",
                entity_id=case,
                application_id=case,
                action=action,
                summary=action,
            )
    items = _single_query(db, handover_work, p.officer)
    assert [i.application_id for i in items] == [first]
