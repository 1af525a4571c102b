"""The UN Security Council Consolidated List: import, screening of every party, review.

An administrator imports the Council's XML file (``formats.sanctions_list``); the whole list
goes in one transaction or nothing does. Every party of a case (name, country, address) is
screened against the newest imported list with the one name matcher
(``domain.name_matching``); each resemblance is kept as a hit with its score and the listed
entry, and an officer confirms or rejects it with a reason (the history keeps both). A new
list re-screens the parties of valid licences and open cases; licences with a confirmed or
unreviewed hit are listed for reassessment under Article 7(7) (``services.reassessment``).

Scale: the list has a few thousand names (entries × aliases); a register may hold 500,000
parties, many sharing a name. Each distinct party name is compared once against all listed
names in rapidfuzz's C++ loop (``process.extract`` with a score cutoff) to find candidates;
only those are scored in full. See docs/sanctions-list.md for measured timings.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Licence,
    Party,
    SanctionsAddress,
    SanctionsEntry,
    SanctionsHit,
    SanctionsListVersion,
    SanctionsName,
)
from att_desktop.db.types import utcnow
from att_desktop.domain.enums import CaseStatus, LicenceStatus, PartyRole
from att_desktop.domain.name_matching import (
    Candidate,
    ListedName,
    NameKind,
    match_entry,
    normalise,
    skeleton,
)
from att_desktop.formats.sanctions_list import (
    ConsolidatedList,
    SanctionsListError,
    country_code,
)
from att_desktop.formats.sanctions_list import parse_consolidated_list as parse_list
from att_desktop.i18n import Message, msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import NotFoundError, ServiceError
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize

UNREVIEWED = "unreviewed"
CONFIRMED = "confirmed"
REJECTED = "rejected"
#: Candidates for full scoring: whole-name similarities (phonetic skeleton, words joined)
#: kept well below the matcher's threshold, and any word as close as the matcher's mean word
#: score must be; measured so that the prefilter drops no name the matcher would flag.
PREFILTER_CUTOFF = 70.0
WORD_CUTOFF = 80.0

#: ``progress(done, total)``; the GUI's op raises from it to cancel.
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class SanctionsListInfo:
    id: int
    generated_at: datetime
    file_name: str
    sha256: str
    entries: int
    imported_at: datetime


@dataclass(frozen=True)
class ScreeningResult:
    list_id: int
    parties: int
    new_hits: int


@dataclass(frozen=True)
class SanctionsImport:
    info: SanctionsListInfo
    screening: ScreeningResult
    #: Valid licences with a confirmed or unreviewed hit: to reassess under Article 7(7).
    licences: tuple[SanctionedLicence, ...]


@dataclass(frozen=True)
class HitView:
    id: int
    application_id: int
    reference: str
    party_name: str
    party_role: PartyRole
    party_country: str
    entry_reference: str
    entry_name: str
    un_list_type: str
    matched_name: str
    score: int
    explanation: str
    status: str
    review_reason: str
    reviewed_at: datetime | None


@dataclass(frozen=True)
class SanctionedLicence:
    licence_id: int
    number: str
    application_id: int
    reference: str
    hits: tuple[HitView, ...]

    @property
    def confirmed(self) -> bool:
        return any(h.status == CONFIRMED for h in self.hits)


# --------------------------------------------------------------------------- the list


def _info(row: SanctionsListVersion) -> SanctionsListInfo:
    return SanctionsListInfo(
        row.id, row.generated_at, row.file_name, row.sha256, row.entries_count, row.imported_at
    )


def _current(session: Session) -> SanctionsListVersion | None:
    return session.scalars(
        select(SanctionsListVersion).order_by(SanctionsListVersion.id.desc()).limit(1)
    ).first()


def current_list(db: Database) -> SanctionsListInfo | None:
    """The list parties are screened against (the newest import), or None before any."""
    with db.session() as session:
        row = _current(session)
        return _info(row) if row is not None else None


def read_list_file(path: Path) -> ConsolidatedList:
    """Parse a Consolidated List file, as a ServiceError naming the problem if it is not one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ServiceError(
            msg("{name}: cannot be read ({strerror}).", name=path.name, strerror=exc.strerror)
        ) from exc
    try:
        return parse_list(data, path.name)
    except SanctionsListError as exc:
        raise ServiceError(str(exc)) from exc


def import_sanctions_list(
    db: Database,
    path: Path,
    actor: Actor = LOCAL_OFFICER,
    progress: ProgressFn | None = None,
) -> SanctionsImport:
    """Import the list and re-screen valid licences and open cases, in one transaction.

    Refused (nothing changes) if the file is not a whole list, if it is the list in use, or if
    it was generated before the list in use (importing it would forget later listings).
    """
    parsed = read_list_file(path)
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        current = _current(session)
        if current is not None and current.sha256 == parsed.sha256:
            raise ServiceError(
                msg("{name} is the list already in use. Nothing was imported.", name=path.name)
            )
        if current is not None and parsed.generated_at < current.generated_at:
            raise ServiceError(
                msg(
                    "{name} was generated on {generated_at:%Y-%m-%d %H:%M}, before "
                    "the list in use ({current_generated_at:%Y-%m-%d %H:%M}). "
                    "Nothing was imported.",
                    name=path.name,
                    generated_at=parsed.generated_at,
                    current_generated_at=current.generated_at,
                )
            )
        version = _store(session, parsed, path.name, actor)
        record_event(
            session,
            actor,
            entity="sanctions_list",
            entity_id=version.id,
            action="sanctions_list_imported",
            summary=f"Imported the UN Consolidated List generated {parsed.generated_at:%Y-%m-%d} "
            f"from {path.name}: {len(parsed.entries)} entries "
            f"({parsed.individuals} individuals)",
            before={"list_id": current.id if current else None},
            after={"list_id": version.id, "sha256": parsed.sha256, "entries": len(parsed.entries)},
        )
        parties = _parties_in_force(session, utcnow().date())
        screened = _screen(session, version, parties, actor, progress)
        return SanctionsImport(_info(version), screened, tuple(_sanctioned(session, version)))


def _store(
    session: Session, parsed: ConsolidatedList, file_name: str, actor: Actor
) -> SanctionsListVersion:
    version = SanctionsListVersion(
        generated_at=parsed.generated_at,
        file_name=file_name[:300],
        sha256=parsed.sha256,
        entries_count=len(parsed.entries),
        imported_by_id=actor.user_id,
    )
    session.add(version)
    session.flush()
    for entry in parsed.entries:
        digest = hashlib.sha256("\n".join(n for n, _ in entry.names).encode()).hexdigest()
        row = SanctionsEntry(
            list_id=version.id,
            data_id=entry.data_id,
            kind=entry.kind,
            reference_number=entry.reference_number[:60],
            un_list_type=entry.un_list_type[:100],
            listed_on=entry.listed_on,
            name=entry.name[:500],
            nationalities=list(entry.nationalities),
            comments=entry.comments,
            names_digest=digest,
        )
        row.names = [SanctionsName(name=n[:500], kind=k.value) for n, k in entry.names]
        row.addresses = [
            SanctionsAddress(
                country=a.country[:200], country_code=a.country_code, city=a.city[:200], text=a.text
            )
            for a in entry.addresses
        ]
        session.add(row)
    session.flush()
    return version


# --------------------------------------------------------------------------- screening


@dataclass(frozen=True)
class IndexedEntry:
    """A listed entry as the screen holds it in memory: names, countries and towns."""

    entry_id: int
    data_id: str
    digest: str
    names: tuple[ListedName, ...]
    countries: tuple[str, ...]
    cities: tuple[str, ...]


def _load_index(session: Session, version: SanctionsListVersion) -> dict[int, IndexedEntry]:
    entries = session.scalars(
        select(SanctionsEntry)
        .where(SanctionsEntry.list_id == version.id)
        .options(selectinload(SanctionsEntry.names), selectinload(SanctionsEntry.addresses))
    )
    index = {}
    for e in entries:
        codes = [a.country_code for a in e.addresses] + [country_code(n) for n in e.nationalities]
        index[e.id] = IndexedEntry(
            e.id,
            e.data_id,
            e.names_digest,
            tuple(ListedName(n.name, NameKind(n.kind)) for n in e.names),
            tuple(dict.fromkeys(c for c in codes if c)),
            tuple(a.city for a in e.addresses if a.city),
        )
    return index


def _parties_in_force(session: Session, today: date) -> list[Party]:
    """Parties of open cases and of cases with a valid licence: what a new list concerns."""
    licensed = select(Licence.application_id).where(
        Licence.status == LicenceStatus.VALID, Licence.valid_until >= today
    )
    open_statuses = [s for s in CaseStatus if not s.is_closed]
    return list(
        session.scalars(
            select(Party)
            .join(Application, Party.application_id == Application.id)
            .where(
                Party.superseded.is_(False),
                or_(Application.status.in_(open_statuses), Application.id.in_(licensed)),
            )
            .order_by(Party.id)
        )
    )


@dataclass(frozen=True)
class _Keys:
    """The listed names in the forms the prefilter compares, each with its entry's id."""

    whole: list[str]
    joined: list[str]
    plain: list[str]
    owners: list[int]
    words: list[str]
    word_owners: list[set[int]]


def _keys(index: dict[int, IndexedEntry]) -> _Keys:
    keys = _Keys([], [], [], [], [], [])
    by_word: dict[str, set[int]] = defaultdict(set)
    for listed in index.values():
        for name in listed.names:
            sound = skeleton(name.text)
            keys.whole.append(sound)
            keys.joined.append(sound.replace(" ", ""))
            keys.plain.append(normalise(name.text).replace(" ", ""))
            keys.owners.append(listed.entry_id)
            for word in sound.split():
                by_word[word].add(listed.entry_id)
    keys.words.extend(by_word)
    keys.word_owners.extend(by_word[w] for w in keys.words)
    return keys


def _prefilter(party_name: str, keys: _Keys) -> set[int]:
    """Entries worth scoring in full: four passes in rapidfuzz's C++ loop, each looser than the
    matcher, so that none drops a name the matcher would flag (docs/sanctions-list.md)."""
    sound = skeleton(party_name)
    found: set[int] = set()
    passes = (
        (sound, keys.whole, fuzz.token_set_ratio, PREFILTER_CUTOFF),
        (sound.replace(" ", ""), keys.joined, fuzz.ratio, PREFILTER_CUTOFF),
        (normalise(party_name).replace(" ", ""), keys.plain, fuzz.ratio, PREFILTER_CUTOFF),
    )
    for query, choices, scorer, cutoff in passes:
        for _key, _score, i in process.extract(
            query, choices, scorer=scorer, score_cutoff=cutoff, limit=None
        ):
            found.add(keys.owners[i])
    for word in sound.split():
        for _key, _score, i in process.extract(
            word, keys.words, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=None
        ):
            found |= keys.word_owners[i]
    return found


def candidate_entries(
    names: Iterable[str], index: dict[int, IndexedEntry], progress: ProgressFn | None
) -> dict[str, set[int]]:
    """Distinct party name → ids of entries with a listed name close enough to score."""
    keys = _keys(index)
    distinct = sorted(set(names))
    found: dict[str, set[int]] = {}
    for done, party_name in enumerate(distinct, start=1):
        matches = _prefilter(party_name, keys)
        if matches:
            found[party_name] = matches
        if progress is not None and (done % 500 == 0 or done == len(distinct)):
            progress(done, len(distinct))
    return found


def _screen(
    session: Session,
    version: SanctionsListVersion,
    parties: list[Party],
    actor: Actor,
    progress: ProgressFn | None = None,
    application_id: int | None = None,
) -> ScreeningResult:
    index = _load_index(session, version)
    candidates = candidate_entries((p.name for p in parties), index, progress)
    existing = set(
        session.execute(
            select(SanctionsHit.party_id, SanctionsHit.entry_id).where(
                SanctionsHit.list_id == version.id
            )
        ).all()
    )
    earlier = _earlier_reviews(session, version.id)
    new = 0
    for party in parties:
        for entry_id in sorted(candidates.get(party.name, ())):
            if (party.id, entry_id) in existing:
                continue
            listed = index[entry_id]
            hit = match_entry(
                Candidate(party.name, party.country_code, party.address),
                listed.names,
                listed.countries,
                listed.cities,
            )
            if hit is None:
                continue
            row = SanctionsHit(
                list_id=version.id,
                entry_id=entry_id,
                party_id=party.id,
                application_id=party.application_id,
                score=round(hit.score),
                matched_name=hit.matched_name[:500],
                explanation=hit.explanation,
                status=UNREVIEWED,
                review_reason="",
            )
            _carry_review(row, earlier.get((party.id, listed.data_id)), listed.digest)
            session.add(row)
            new += 1
    session.flush()
    result = ScreeningResult(version.id, len(parties), new)
    record_event(
        session,
        actor,
        entity="sanctions_list",
        entity_id=version.id,
        action="sanctions_screened",
        application_id=application_id,
        summary=f"Screened {len(parties)} parties against the UN Consolidated List "
        f"generated {version.generated_at:%Y-%m-%d}: {new} new hits",
        after={"list_id": version.id, "parties": len(parties), "new_hits": new},
    )
    return result


def _earlier_reviews(
    session: Session, list_id: int
) -> dict[tuple[int, str], tuple[SanctionsHit, str]]:
    """(party, DATAID) → the latest reviewed hit on an earlier list, with its entry's digest."""
    rows = session.execute(
        select(SanctionsHit, SanctionsEntry.data_id, SanctionsEntry.names_digest)
        .join(SanctionsEntry, SanctionsHit.entry_id == SanctionsEntry.id)
        .where(SanctionsHit.list_id < list_id, SanctionsHit.status != UNREVIEWED)
        .order_by(SanctionsHit.id)
    )
    return {(hit.party_id, data_id): (hit, digest) for hit, data_id, digest in rows}


def _carry_review(row: SanctionsHit, earlier: tuple[SanctionsHit, str] | None, digest: str) -> None:
    """A review carries over to the new list only while the entry's names are unchanged: a
    new alias is new information and is looked at again."""
    if earlier is None or earlier[1] != digest:
        return
    old = earlier[0]
    row.status = old.status
    row.reviewed_by_id = old.reviewed_by_id
    row.reviewed_at = old.reviewed_at
    row.review_reason = f"Carried over from the earlier list (hit {old.id}): {old.review_reason}"


def screen_parties(
    db: Database,
    actor: Actor = LOCAL_OFFICER,
    *,
    application_id: int | None = None,
    progress: ProgressFn | None = None,
) -> ScreeningResult:
    """Screen every current party of every case (or of one case) against the list in use."""
    with db.session() as session:
        authorize(session, actor, Permission.VIEW_CASES)
        version = _current(session)
        if version is None:
            raise ServiceError(
                msg(
                    "No UN Consolidated List has been imported yet: an administrator "
                    "imports the Council's XML file first."
                )
            )
        query = select(Party).where(Party.superseded.is_(False)).order_by(Party.id)
        if application_id is not None:
            if session.get(Application, application_id) is None:
                raise NotFoundError(
                    msg("There is no case {application_id}.", application_id=application_id)
                )
            query = query.where(Party.application_id == application_id)
        parties = list(session.scalars(query))
        return _screen(session, version, parties, actor, progress, application_id)


def screen_case(db: Database, application_id: int, actor: Actor = LOCAL_OFFICER) -> int:
    """Screen one case's current parties if a list has been imported; the new hits' count.

    Run before a decision, so a party added after the last screen is never authorised
    unscreened."""
    if current_list(db) is None:
        return 0
    return screen_parties(db, actor, application_id=application_id).new_hits


def application_id_for(db: Database, reference: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Application.id).where(Application.reference == reference))
        if found is None:
            raise NotFoundError(msg("There is no case {reference}.", reference=reference))
        return found


# --------------------------------------------------------------------------- hits and review


def _hit_query(list_id: int) -> Any:
    """Hits with their party, entry and case reference (typed loosely: ``Select``'s generic
    form differs between SQLAlchemy 2.0 and 2.1)."""
    return (
        select(SanctionsHit, Party, SanctionsEntry, Application.reference)
        .join(Party, SanctionsHit.party_id == Party.id)
        .join(SanctionsEntry, SanctionsHit.entry_id == SanctionsEntry.id)
        .join(Application, SanctionsHit.application_id == Application.id)
        .where(SanctionsHit.list_id == list_id)
        .order_by(Application.reference, SanctionsHit.score.desc(), SanctionsHit.id)
    )


def _views(session: Session, query: Any) -> list[HitView]:
    return [_view(hit, party, entry, ref) for hit, party, entry, ref in session.execute(query)]


def _view(hit: SanctionsHit, party: Party, entry: SanctionsEntry, reference: str) -> HitView:
    return HitView(
        id=hit.id,
        application_id=hit.application_id,
        reference=reference,
        party_name=party.name,
        party_role=party.role,
        party_country=party.country_code,
        entry_reference=entry.reference_number,
        entry_name=entry.name,
        un_list_type=entry.un_list_type,
        matched_name=hit.matched_name,
        score=hit.score,
        explanation=hit.explanation,
        status=hit.status,
        review_reason=hit.review_reason,
        reviewed_at=hit.reviewed_at,
    )


def list_hits(
    db: Database, *, application_id: int | None = None, status: str | None = None
) -> list[HitView]:
    """Hits on the list in use (of one case, or in one review state), by case and score."""
    with db.session() as session:
        version = _current(session)
        if version is None:
            return []
        query = _hit_query(version.id)
        if application_id is not None:
            query = query.where(SanctionsHit.application_id == application_id)
        if status is not None:
            query = query.where(SanctionsHit.status == status)
        return _views(session, query)


def review_hit(
    db: Database, hit_id: int, *, confirmed: bool, reason: str, actor: Actor = LOCAL_OFFICER
) -> HitView:
    """The officer's judgement on a hit: the same person (confirmed) or not (rejected).

    A reason is required either way: a rejected hit is a listed name the register cleared,
    and the next reader must see why.
    """
    reason = reason.strip()
    if not reason:
        raise ServiceError(msg("Give the reason for confirming or rejecting the hit."))
    with db.session() as session:
        hit = session.get(SanctionsHit, hit_id)
        if hit is None:
            raise NotFoundError(msg("There is no sanctions list hit {hit_id}.", hit_id=hit_id))
        authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        before = hit.status
        hit.status = CONFIRMED if confirmed else REJECTED
        hit.review_reason = reason
        hit.reviewed_by_id = actor.user_id
        hit.reviewed_at = utcnow()
        session.flush()
        view = _views(session, _hit_query(hit.list_id).where(SanctionsHit.id == hit_id))[0]
        record_event(
            session,
            actor,
            entity="sanctions_hit",
            entity_id=hit.id,
            action=f"sanctions_hit_{hit.status}",
            application_id=hit.application_id,
            summary=f"{'Confirmed' if confirmed else 'Rejected'} the UN Consolidated List hit "
            f"{view.party_name} ~ {view.entry_name} ({view.entry_reference})",
            before={"status": before},
            after={"status": hit.status, "entry": view.entry_reference, "score": hit.score},
            reason=reason,
        )
        return view


# --------------------------------------------------------------------------- Article 7(7)


def _sanctioned(session: Session, version: SanctionsListVersion) -> list[SanctionedLicence]:
    today = utcnow().date()
    views = _views(
        session, _hit_query(version.id).where(SanctionsHit.status.in_([CONFIRMED, UNREVIEWED]))
    )
    by_app: dict[int, list[HitView]] = defaultdict(list)
    for view in views:
        by_app[view.application_id].append(view)
    if not by_app:
        return []
    licences = session.scalars(
        select(Licence)
        .where(
            Licence.application_id.in_(by_app),
            Licence.status == LicenceStatus.VALID,
            Licence.valid_until >= today,
        )
        .order_by(Licence.id)
    )
    return [
        SanctionedLicence(
            lic.id,
            lic.number,
            lic.application_id,
            by_app[lic.application_id][0].reference,
            tuple(by_app[lic.application_id]),
        )
        for lic in licences
    ]


def sanctions_blockers(session: Session, application_id: int) -> list[HitView]:
    """The case's confirmed or unreviewed hits on the list in use: an authorisation waits
    for them (``services.decisions``)."""
    version = _current(session)
    if version is None:
        return []
    return _views(
        session,
        _hit_query(version.id).where(
            SanctionsHit.application_id == application_id,
            SanctionsHit.status.in_([CONFIRMED, UNREVIEWED]),
        ),
    )


def open_hits_by_application(session: Session) -> dict[int, list[tuple[str, bool, Message]]]:
    """Case id → (key, prohibits, text) for each confirmed or unreviewed hit on the list in
    use: the reasons ``services.reassessment`` lists a valid licence for under 7(7).

    A confirmed hit prohibits (Article 6(1): the Council's targeted measures on a listed
    party); an unreviewed one asks a person to look, never clears. The key carries the
    review state, so confirming a hit brings the licence back even if it was reassessed.
    """
    version = _current(session)
    if version is None:
        return {}
    views = _views(
        session, _hit_query(version.id).where(SanctionsHit.status.in_([CONFIRMED, UNREVIEWED]))
    )
    found: dict[int, list[tuple[str, bool, Message]]] = defaultdict(list)
    for v in views:
        state = (
            msg("confirmed as listed", context="sanctions hit state")
            if v.status == CONFIRMED
            else msg("not yet reviewed", context="sanctions hit state")
        )
        text = msg(
            "{party} resembles {entry} ({reference}, {list_type}) on the UN Consolidated "
            "List, score {score}: {state}.",
            context="reassessment reason",
            party=v.party_name,
            entry=v.entry_name,
            reference=v.entry_reference,
            list_type=v.un_list_type,
            score=v.score,
            state=state,
        )
        found[v.application_id].append(
            (f"sanctions:{v.id}:{v.status}", v.status == CONFIRMED, text)
        )
    return found


def sanctioned_licences(db: Database) -> list[SanctionedLicence]:
    """Valid licences whose case has a confirmed or unreviewed hit on the list in use."""
    with db.session() as session:
        version = _current(session)
        return _sanctioned(session, version) if version is not None else []


def hit_counts(db: Database) -> dict[str, int]:
    """Hits on the list in use by review state (for the status line and the CLI)."""
    with db.session() as session:
        version = _current(session)
        if version is None:
            return {}
        rows = session.execute(
            select(SanctionsHit.status, func.count())
            .where(SanctionsHit.list_id == version.id)
            .group_by(SanctionsHit.status)
        )
        return {str(status): int(n) for status, n in rows}
