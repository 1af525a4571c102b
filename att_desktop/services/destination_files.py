"""A file per destination State (issue 14): standing findings that outlive the cases.

What an officer learns about a State (the prevalent types of gender-based violence and its
prevention, seed 003 ¶26; the human rights and IHL situation; diversion history) is kept here,
dated, with its sources and author, so new assessments start from it and staff turnover does
not lose it (seed 001 ¶8, ¶14). Each topic has one current finding; a new version supersedes
it and the old one stays (Article 12). Saving a finding can put the valid licences to that
State up for reassessment (Article 7(7)) through ``services.reassessment``.

Everyone who sees cases reads the files; officers and the gender adviser write them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import DestinationEntry, User
from att_desktop.db.types import max_length
from att_desktop.domain.assessment.model import Source, SourceKind
from att_desktop.domain.countries import country_name, is_valid_country
from att_desktop.domain.destination import (
    DEFAULT_REFRESH_MONTHS,
    TOPIC_NAMES,
    DestinationTopic,
    is_stale,
    months_between,
)
from att_desktop.domain.validation import too_long
from att_desktop.i18n import msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor, UserSession
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.reassessment import AffectedLicence, flag_destination_information
from att_desktop.services.settings import change_setting, get_setting

ENTITY = "destination_entry"
RECORDED_ACTION = "destination_finding_recorded"
REFRESH_MONTHS = "destination_refresh_months"
#: The oldest assessment date accepted: earlier is a typing mistake, not a finding.
EARLIEST = date(1945, 1, 1)
MAX_TEXT = 20_000


@dataclass(frozen=True)
class DestinationEntryView:
    """One version of a topic's finding."""

    id: int
    country_code: str
    topic: DestinationTopic
    text: str
    assessed_on: date
    sources: tuple[Source, ...]
    author: str
    recorded_at: datetime
    reason: str
    supersedes_id: int | None


@dataclass(frozen=True)
class TopicView:
    topic: DestinationTopic
    current: DestinationEntryView | None
    #: The superseded versions, newest first.
    history: tuple[DestinationEntryView, ...] = ()


@dataclass(frozen=True)
class StaleTopic:
    """A topic whose current finding is older than the authority asks for; ``text`` is the
    English sentence (the window builds its own, translated, from the fields)."""

    country_code: str
    topic: DestinationTopic
    assessed_on: date
    months_old: int
    limit_months: int

    @property
    def text(self) -> str:
        return (
            f"{TOPIC_NAMES[self.topic]} for {country_name(self.country_code)} was last "
            f"assessed {self.assessed_on.isoformat()}, {self.months_old} months ago; the "
            f"authority asks for material under {self.limit_months} months."
        )


@dataclass(frozen=True)
class DestinationFileView:
    """A State's file: every topic in order, with its current finding (or none) and history."""

    country_code: str
    topics: tuple[TopicView, ...]

    def topic(self, topic: DestinationTopic) -> TopicView:
        return next(t for t in self.topics if t.topic is topic)

    @property
    def current(self) -> tuple[DestinationEntryView, ...]:
        return tuple(t.current for t in self.topics if t.current is not None)

    @property
    def is_empty(self) -> bool:
        return not self.current

    @property
    def sources(self) -> tuple[Source, ...]:
        """The current findings' sources, each once, in topic order."""
        return tuple(dict.fromkeys(s for e in self.current for s in e.sources))


@dataclass(frozen=True)
class RecordedFinding:
    entry: DestinationEntryView
    #: The valid licences put up for reassessment (empty when not offered).
    affected: tuple[AffectedLicence, ...]


@dataclass(frozen=True)
class FileSummary:
    """A State that has a file: for the country chooser."""

    country_code: str
    topics: int
    newest: date


# --------------------------------------------------------------------------- reading


def _code(country_code: str) -> str:
    code = (country_code or "").strip().upper()
    if not is_valid_country(code):
        raise ServiceError(
            msg(
                "{country_code!r} is not a known country code: give the "
                "two-letter ISO 3166 code, e.g. BR for Brazil.",
                country_code=country_code,
            )
        )
    return code


def _sources_json(sources: Sequence[Source]) -> list[dict[str, Any]]:
    return [
        {
            "kind": s.kind.value,
            "title": s.title,
            "dated": s.date.isoformat() if s.date else None,
            "reference": s.reference,
        }
        for s in sources
    ]


def _sources_of(raw: Any) -> tuple[Source, ...]:
    found = []
    for item in raw or []:
        dated = item.get("dated")
        found.append(
            Source(
                SourceKind(item.get("kind", SourceKind.OTHER.value)),
                str(item.get("title", "")),
                date.fromisoformat(dated) if dated else None,
                str(item.get("reference", "")),
            )
        )
    return tuple(found)


def _view(row: DestinationEntry, names: dict[int, str]) -> DestinationEntryView:
    return DestinationEntryView(
        id=row.id,
        country_code=row.country_code,
        topic=DestinationTopic(row.topic),
        text=row.text,
        assessed_on=row.assessed_on,
        sources=_sources_of(row.sources),
        author=names.get(row.author_id, row.author_name) if row.author_id else row.author_name,
        recorded_at=row.created_at,
        reason=row.reason,
        supersedes_id=row.supersedes_id,
    )


def _file(session: Session, code: str) -> DestinationFileView:
    rows = session.scalars(
        select(DestinationEntry)
        .where(DestinationEntry.country_code == code)
        .order_by(DestinationEntry.id.desc())
    ).all()
    ids = {r.author_id for r in rows if r.author_id is not None}
    names: dict[int, str] = {}
    if ids:
        names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())
    by_topic: dict[DestinationTopic, list[DestinationEntryView]] = {t: [] for t in DestinationTopic}
    for row in rows:
        view = _view(row, names)
        by_topic[view.topic].append(view)
    return DestinationFileView(
        code,
        tuple(
            TopicView(t, versions[0] if versions else None, tuple(versions[1:]))
            for t, versions in by_topic.items()
        ),
    )


def current_file(
    db: Database, country_code: str, *, actor: Actor | UserSession | None = None
) -> DestinationFileView:
    """The State's file (an empty one when nothing was recorded). With ``actor``, checks they
    may see cases; other services call it for their own, already checked, users."""
    code = _code(country_code)
    with db.session() as session:
        if actor is not None:
            authorize(session, actor, Permission.VIEW_CASES)
        return _file(session, code)


def files(db: Database, *, actor: Actor | UserSession | None = None) -> tuple[FileSummary, ...]:
    """Every State with a file: how many topics, and the newest assessment date."""
    with db.session() as session:
        if actor is not None:
            authorize(session, actor, Permission.VIEW_CASES)
        rows = session.execute(
            select(
                DestinationEntry.country_code,
                func.count(func.distinct(DestinationEntry.topic)),
                func.max(DestinationEntry.assessed_on),
            ).group_by(DestinationEntry.country_code)
        ).all()
    return tuple(FileSummary(code, int(n), newest) for code, n, newest in sorted(rows))


# --------------------------------------------------------------------------- staleness


def _refresh_months(session: Session) -> int:
    text = get_setting(session, REFRESH_MONTHS)
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_REFRESH_MONTHS


def refresh_months(db: Database) -> int:
    """The authority's setting: destination material older than this many months needs
    refreshing (default 12)."""
    with db.session() as session:
        return _refresh_months(session)


def set_refresh_months(db: Database, months: int, *, actor: Actor = LOCAL_OFFICER) -> None:
    if not 1 <= months <= 120:
        raise ServiceError(
            msg(
                "Destination material must be refreshed after between 1 and 120 "
                "months; {months} is outside that range.",
                months=months,
            )
        )
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        before = _refresh_months(session)
        change_setting(
            session,
            actor,
            REFRESH_MONTHS,
            str(months),
            f"Destination material needs refreshing after {before} → {months} months",
            before=before,
            after=months,
        )


def stale_in(file: DestinationFileView, today: date, limit: int) -> tuple[StaleTopic, ...]:
    """The topics of ``file`` whose current finding is at least ``limit`` months old."""
    return tuple(
        StaleTopic(
            file.country_code,
            e.topic,
            e.assessed_on,
            months_between(e.assessed_on, today),
            limit,
        )
        for e in file.current
        if is_stale(e.assessed_on, today, limit)
    )


def stale_topics(db: Database, country_code: str, today: date) -> tuple[StaleTopic, ...]:
    """The State's topics whose newest material is older than the authority's setting."""
    code = _code(country_code)
    with db.session() as session:
        return stale_in(_file(session, code), today, _refresh_months(session))


# --------------------------------------------------------------------------- writing


def _check(text: str, assessed_on: date, sources: Sequence[Source], today: date) -> str:
    clean = text.strip()
    if not clean:
        raise ServiceError(msg("Write the finding: what the information shows about the State."))
    if len(clean) > MAX_TEXT:
        raise ServiceError(
            msg("The finding is too long: keep it under {limit} characters.", limit=MAX_TEXT)
        )
    if assessed_on > today:
        raise ServiceError(
            msg(
                "The date assessed ({assessed_on}) is after today ({today}): "
                "give the date the material was assessed.",
                assessed_on=assessed_on.isoformat(),
                today=today.isoformat(),
            )
        )
    if assessed_on < EARLIEST:
        raise ServiceError(
            msg(
                "The date assessed ({assessed_on}) is before 1945: check the year.",
                assessed_on=assessed_on.isoformat(),
            )
        )
    for number, source in enumerate(sources, start=1):
        if not (source.title.strip() or source.reference.strip()):
            raise ServiceError(
                msg("Source {number} has neither a title nor a reference: give one.", number=number)
            )
        if source.date is not None and source.date > today:
            raise ServiceError(
                msg(
                    "Source {number} is dated {date}, after today: check it.",
                    number=number,
                    date=source.date.isoformat(),
                )
            )
    return clean


def _plain_source(source: Source) -> str:
    dated = f", {source.date.isoformat()}" if source.date else ""
    ref = f" ({source.reference})" if source.reference else ""
    return f"{source.kind.value}: {source.title}{dated}{ref}"


def record_finding(
    db: Database,
    country_code: str,
    topic: DestinationTopic,
    text: str,
    assessed_on: date,
    sources: Sequence[Source] = (),
    *,
    actor: Actor = LOCAL_OFFICER,
    reason: str = "",
    offer_reassessment: bool = True,
    today: date | None = None,
) -> RecordedFinding:
    """Record a new finding on a topic, superseding the current one (kept in the history).

    A change needs a reason (why the finding changes). With ``offer_reassessment`` the valid
    licences concerning the State are put up for reassessment (Article 7(7)) and returned.
    """
    code = _code(country_code)
    day = today or date.today()
    clean = _check(text, assessed_on, sources, day)
    why = reason.strip()
    # The finding's text, sources and reason are unlimited; the author's name is not.
    long_name = too_long(
        actor.name,
        max_length(DestinationEntry.author_name),
        "author",
        msg("author's name", context="field"),
    )
    if long_name is not None:
        raise ValidationFailed([long_name])
    with db.session() as session:
        authorize(session, actor, Permission.EDIT_DESTINATION_FILE)
        previous = session.scalars(
            select(DestinationEntry)
            .where(DestinationEntry.country_code == code, DestinationEntry.topic == topic.value)
            .order_by(DestinationEntry.id.desc())
            .limit(1)
        ).first()
        if previous is not None:
            same = (previous.text, previous.assessed_on, _sources_of(previous.sources))
            if same == (clean, assessed_on, tuple(sources)):
                raise ServiceError(
                    msg("Nothing changed: the finding is the same as the current one.")
                )
            if not why:
                raise ServiceError(
                    msg(
                        "Say why the finding changes (new report, situation changed): "
                        "the history keeps the previous version with its date and author."
                    )
                )
        row = DestinationEntry(
            country_code=code,
            topic=topic.value,
            text=clean,
            assessed_on=assessed_on,
            sources=_sources_json(sources),
            author_id=actor.user_id,
            author_name=actor.name,
            supersedes_id=previous.id if previous is not None else None,
            reason=why,
        )
        session.add(row)
        session.flush()
        name = TOPIC_NAMES[topic]
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=row.id,
            action=RECORDED_ACTION,
            summary=f"Destination file {code}: {name} "
            + ("updated" if previous is not None else "recorded"),
            before={"text": previous.text, "assessed_on": previous.assessed_on}
            if previous is not None
            else None,
            after={
                "country_code": code,
                "topic": topic.value,
                "text": clean,
                "assessed_on": assessed_on,
                "sources": row.sources,
                "supersedes_id": row.supersedes_id,
            },
            reason=why,
        )
        affected: list[AffectedLicence] = []
        if offer_reassessment:
            affected = flag_destination_information(
                session,
                actor,
                code,
                f"Destination file, {name}: {clean}",
                [_plain_source(s) for s in sources],
                day,
                extra={"destination_entry_id": row.id, "topic": topic.value},
            )
        names = {actor.user_id: actor.name} if actor.user_id is not None else {}
        return RecordedFinding(_view(row, names), tuple(affected))
