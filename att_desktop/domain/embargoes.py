"""Arms embargo reference data and the Article 6 screen against it.

Embargoes live in JSON files under ``resources/reference/embargoes/`` (one file per set) so an
authority can update them without a new release. A file that does not validate is refused with
a message naming the entry and the field: guessing at a malformed embargo would be worse than
not loading it. The screen is made as at the decision date, because Article 6 applies to the
law in force when the State authorises, not to today's list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from att_desktop.config import resources_dir
from att_desktop.domain import bounded_json
from att_desktop.domain.enums import NotReportableReason, PartyType, TransferType
from att_desktop.domain.names import fold
from att_desktop.domain.parties import GOVERNMENT_TYPES
from att_desktop.i18n import EMBARGO_CONTEXT, Joined, Message, data_message, msg, translate

EMBARGO_DIR = ("reference", "embargoes")
ATT_CATEGORIES = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
ITEM_KINDS = frozenset(ATT_CATEGORIES) | frozenset(r.value for r in NotReportableReason)
#: "All arms and related materiel" covers everything except dual-use goods, which need a look.
ALL_ARMS = frozenset(ITEM_KINDS) - {NotReportableReason.DUAL_USE.value}


class EmbargoDataError(ValueError):
    """An embargo file is missing or malformed; the message names the file, entry and field."""


class LegalBasisKind(StrEnum):
    UN_CHAPTER_VII = "un_chapter_vii"  # Article 6(1)
    OTHER_INTERNATIONAL_OBLIGATION = "other_international_obligation"  # Article 6(2)

    @property
    def article6_paragraph(self) -> int:
        return 1 if self is LegalBasisKind.UN_CHAPTER_VII else 2


class Scope(StrEnum):
    COUNTRY = "country"
    NON_STATE = "non_state"
    LISTED = "listed"
    REGION = "region"


class Direction(StrEnum):
    TO = "to"
    FROM = "from"
    BOTH = "both"


class ExemptionKind(StrEnum):
    NOTIFICATION = "notification"
    APPROVAL = "approval"
    EXEMPT = "exempt"


class Beneficiary(StrEnum):
    """Whom an exemption path serves; every value but ``other`` changes the screen.

    ``government`` serves only the national (federal, central) government and its
    institutions; ``sub_national_government`` federal member states, regional governments and
    their forces; ``non_state`` everyone else (companies, individuals, non-State armed groups).
    """

    GOVERNMENT = "government"
    NON_STATE = "non_state"
    ANY = "any"
    OTHER = "other"
    SUB_NATIONAL_GOVERNMENT = "sub_national_government"


class NameMatch(StrEnum):
    PROHIBIT = "prohibit"
    CONFIRM = "confirm"


class Effect(StrEnum):
    """What a match means for the application, most severe first."""

    PROHIBITED = "prohibited"
    PROHIBITED_WITHOUT_APPROVAL = "prohibited_without_approval"
    NEEDS_CONFIRMATION = "needs_confirmation"
    NOTIFICATION_REQUIRED = "notification_required"
    NOT_APPLICABLE = "not_applicable"

    @property
    def prohibits(self) -> bool:
        return self in (Effect.PROHIBITED, Effect.PROHIBITED_WITHOUT_APPROVAL)


_SEVERITY = {effect: rank for rank, effect in enumerate(Effect)}


class _Make(Protocol):
    def __call__(
        self, effect: Effect, why: Message, exemptions: Sequence[Exemption] = ()
    ) -> EmbargoMatch: ...


@dataclass(frozen=True)
class Resolution:
    number: int
    date: date
    note: str = ""
    #: The operative paragraphs that set the scope and the exemptions ("9", "13(a)", "33-41").
    paragraphs: tuple[str, ...] = ()

    def citation(self) -> str:
        """The citation with the paragraphs an officer looks up: S/RES/2713 (2023), paras 33-41."""
        text = f"S/RES/{self.number} ({self.date.year})"
        if not self.paragraphs:
            return text
        several = len(self.paragraphs) > 1 or "-" in self.paragraphs[0]
        label = "paras" if several else "para"
        return f"{text}, {label} {', '.join(self.paragraphs)}"


@dataclass(frozen=True)
class Instrument:
    """A non-UN legal act (EU decision, convention) behind an Article 6(2) entry."""

    reference: str
    date: date


@dataclass(frozen=True)
class Exemption:
    kind: ExemptionKind
    beneficiary: Beneficiary
    who: str
    text: str
    #: Notification paths: the days the committee has to object, as the entry states them
    #: (0 = notifying is enough); None = not stated, so no objection must be recorded.
    waiting_days: int | None = None


@dataclass(frozen=True)
class ListedEntity:
    name: str
    aliases: tuple[str, ...] = ()
    since: date | None = None
    match: NameMatch = NameMatch.PROHIBIT

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Embargo:
    id: str
    title: str
    target: str | None
    scope: Scope
    covers: frozenset[str]
    start: date
    end: date | None
    direction: Direction
    resolutions: tuple[Resolution, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    also_targets: tuple[str, ...] = ()
    region: str = ""
    listed_entities: tuple[ListedEntity, ...] = ()
    #: Item kinds covered only insofar as they relate to the covered categories.
    covers_related: frozenset[str] = frozenset()
    covers_note: str = ""
    exemptions: tuple[Exemption, ...] = ()
    renewal_due: date | None = None
    #: True only when a source confirms the renewal due on ``renewal_due`` was adopted; until
    #: then the screen warns on any decision from that date.
    renewal_confirmed: bool = False
    contested: bool = False
    notes: str = ""
    verification: str = ""
    sources: tuple[str, ...] = ()
    #: The date of the newest information this entry was checked against.
    verified_on: date | None = None

    @property
    def targets(self) -> tuple[str, ...]:
        return ((self.target,) if self.target else ()) + self.also_targets

    def in_force_on(self, on: date) -> bool:
        """Start inclusive, end exclusive: the end date is the day the measure stopped applying."""
        return self.start <= on and (self.end is None or on < self.end)

    def applies_to_direction(self, transfer: TransferType) -> bool:
        wanted = Direction.FROM if transfer is TransferType.IMPORT else Direction.TO
        return self.direction in (wanted, Direction.BOTH)

    def citation(self) -> str:
        if self.resolutions:
            separator = "; " if any(r.paragraphs for r in self.resolutions) else ", "
            return separator.join(r.citation() for r in self.resolutions)
        return "; ".join(i.reference for i in self.instruments)


@dataclass(frozen=True)
class EmbargoSet:
    id: str
    title: str
    legal_basis_kind: LegalBasisKind
    source: str
    as_of: date
    enabled_by_default: bool
    entries: tuple[Embargo, ...]
    coverage_note: str = ""
    path: Path | None = None
    #: When the file was issued; ``as_of`` is the date of the newest information verified.
    published: date | None = None


@dataclass(frozen=True)
class EmbargoMatch:
    """One embargo that touches the screened party, and what it means for the decision."""

    embargo: Embargo
    set_id: str
    legal_basis_kind: LegalBasisKind
    effect: Effect
    explanation: str
    exemptions: tuple[Exemption, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: ``explanation`` as a catalogue message (the record keeps the English).
    message: Message | None = field(default=None, compare=False)

    @property
    def prohibits(self) -> bool:
        return self.effect.prohibits

    @property
    def article6_paragraph(self) -> int:
        return self.legal_basis_kind.article6_paragraph


# --------------------------------------------------------------------------- loading


def shipped_embargo_dir(resources: Path | None = None) -> Path:
    return (resources or resources_dir()).joinpath(*EMBARGO_DIR)


def load_shipped_sets(resources: Path | None = None) -> tuple[EmbargoSet, ...]:
    """Every set shipped with the application, in file-name order."""
    folder = shipped_embargo_dir(resources)
    if not folder.is_dir():
        raise EmbargoDataError(f"The embargo reference folder is missing: {folder}")
    return tuple(load_embargo_set(p) for p in sorted(folder.glob("*.json")))


def load_embargo_set(path: Path) -> EmbargoSet:
    """Read and validate one set; raises ``EmbargoDataError`` naming the file, entry and field."""
    try:
        raw: Any = bounded_json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EmbargoDataError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    except ValueError as exc:
        raise EmbargoDataError(f"{path.name}: not valid JSON ({exc})") from exc
    return parse_embargo_set(raw, source_name=path.name, path=path)


def parse_embargo_set(raw: Any, *, source_name: str, path: Path | None = None) -> EmbargoSet:
    where = _Where(source_name)
    obj = where.mapping(raw, "the file")
    entries_raw = where.field(obj, "entries", list)
    set_id = where.text(obj, "set")
    as_of = where.a_date(obj, "as_of")
    published = where.optional_date(obj, "published")
    if published is not None and published < as_of:
        raise where.error("published", f"{published} is before as_of {as_of}")
    entries: list[Embargo] = []
    seen: set[str] = set()
    for index, entry_raw in enumerate(entries_raw):
        entry_where = where.entry(entry_raw, index)
        embargo = _parse_entry(entry_where, entry_where.mapping(entry_raw, "the entry"))
        if embargo.id in seen:
            raise entry_where.error("id", f"duplicate id {embargo.id!r}")
        seen.add(embargo.id)
        entries.append(embargo)
    return EmbargoSet(
        id=set_id,
        title=where.text(obj, "title"),
        legal_basis_kind=where.choice(obj, "legal_basis_kind", LegalBasisKind),
        source=where.text(obj, "source"),
        as_of=as_of,
        enabled_by_default=where.field(obj, "enabled_by_default", bool),
        entries=tuple(entries),
        coverage_note=where.text(obj, "coverage_note", required=False),
        path=path,
        published=published,
    )


def _parse_entry(w: _Where, obj: Mapping[str, Any]) -> Embargo:
    scope = w.choice(obj, "scope", Scope)
    target = w.optional_country(obj, "target")
    also = tuple(w.country(v, "also_targets") for v in w.field(obj, "also_targets", list, []))
    covers_raw = w.field(obj, "covers", (str, list))
    covers = _parse_covers(w, covers_raw, "covers")
    covers_related = _parse_covers(w, w.field(obj, "covers_related", list, []), "covers_related")
    start = w.a_date(obj, "start")
    end = w.optional_date(obj, "end")
    if end is not None and end <= start:
        raise w.error("end", f"{end.isoformat()} is not after start {start.isoformat()}")
    listed = tuple(_parse_listed(w, v) for v in w.field(obj, "listed_entities", list, []))
    if target is None and not also and scope is not Scope.LISTED:
        raise w.error("target", "null (anywhere) is allowed only with scope 'listed'")
    if scope is Scope.LISTED and target is None and not listed:
        raise w.error("listed_entities", "an 'anywhere' listed regime needs at least one name")
    resolutions = tuple(_parse_resolution(w, v) for v in w.field(obj, "resolutions", list, []))
    instruments = tuple(_parse_instrument(w, v) for v in w.field(obj, "instruments", list, []))
    if not resolutions and not instruments:
        raise w.error("resolutions", "an entry must cite at least one resolution or instrument")
    renewal_due = w.optional_date(obj, "renewal_due")
    renewal_confirmed = w.field(obj, "renewal_confirmed", bool, False)
    if renewal_confirmed and renewal_due is None:
        raise w.error("renewal_confirmed", "true needs the renewal_due it confirms")
    return Embargo(
        id=w.text(obj, "id"),
        title=w.text(obj, "title"),
        target=target,
        also_targets=also,
        scope=scope,
        region=w.text(obj, "region", required=scope is Scope.REGION),
        listed_entities=listed,
        covers=covers,
        covers_related=covers_related,
        covers_note=w.text(obj, "covers_note", required=False),
        exemptions=tuple(_parse_exemption(w, v) for v in w.field(obj, "exemptions", list, [])),
        resolutions=resolutions,
        instruments=instruments,
        start=start,
        end=end,
        renewal_due=renewal_due,
        renewal_confirmed=renewal_confirmed,
        direction=w.choice(obj, "direction", Direction),
        contested=w.field(obj, "contested", bool, False),
        notes=w.text(obj, "notes", required=False),
        verification=w.text(obj, "verification", required=False),
        sources=tuple(w.field(obj, "sources", list, [])),
        verified_on=w.optional_date(obj, "verified_on"),
    )


def _parse_covers(w: _Where, raw: str | list[Any], name: str) -> frozenset[str]:
    if isinstance(raw, str):
        if raw != "all_arms":
            raise w.error(name, f"{raw!r} is not 'all_arms' or a list of item kinds")
        return ALL_ARMS
    kinds = set()
    for value in raw:
        if not isinstance(value, str) or value not in ITEM_KINDS:
            raise w.error(name, f"{value!r} is not one of {', '.join(sorted(ITEM_KINDS))}")
        kinds.add(value)
    return frozenset(kinds)


def _parse_resolution(w: _Where, raw: Any) -> Resolution:
    obj = w.mapping(raw, "resolutions[]")
    number = w.field(obj, "number", int)
    paragraphs = w.field(obj, "paragraphs", list, [])
    if not all(isinstance(p, str) and p.strip() for p in paragraphs):
        raise w.error("resolutions.paragraphs", "every paragraph must be a non-empty text")
    return Resolution(
        number=number,
        date=w.a_date(obj, "date"),
        note=w.text(obj, "note", False),
        paragraphs=tuple(p.strip() for p in paragraphs),
    )


def _parse_instrument(w: _Where, raw: Any) -> Instrument:
    obj = w.mapping(raw, "instruments[]")
    return Instrument(reference=w.text(obj, "reference"), date=w.a_date(obj, "date"))


def _parse_exemption(w: _Where, raw: Any) -> Exemption:
    obj = w.mapping(raw, "exemptions[]")
    return Exemption(
        kind=w.choice(obj, "kind", ExemptionKind),
        beneficiary=w.choice(obj, "beneficiary", Beneficiary),
        who=w.text(obj, "who", required=False),
        text=w.text(obj, "text"),
        waiting_days=_waiting_days(w, obj),
    )


def _waiting_days(w: _Where, obj: Mapping[str, Any]) -> int | None:
    value = w.field(obj, "waiting_days", int, None)
    if value is not None and value < 0:
        raise w.error("waiting_days", f"{value} is negative")
    return None if value is None else int(value)


def _parse_listed(w: _Where, raw: Any) -> ListedEntity:
    obj = w.mapping(raw, "listed_entities[]")
    aliases = w.field(obj, "aliases", list, [])
    if not all(isinstance(a, str) and a.strip() for a in aliases):
        raise w.error("listed_entities.aliases", "every alias must be a non-empty text")
    return ListedEntity(
        name=w.text(obj, "name"),
        aliases=tuple(aliases),
        since=w.optional_date(obj, "since"),
        match=w.choice(obj, "match", NameMatch) if obj.get("match") else NameMatch.PROHIBIT,
    )


class _Where:
    """Builds error messages that point at the file, the entry and the field."""

    def __init__(self, source: str, entry: str | None = None) -> None:
        self.source = source
        self.entry_label = entry

    def entry(self, raw: Any, index: int) -> _Where:
        label = f"entry #{index + 1}"
        if isinstance(raw, Mapping) and isinstance(raw.get("id"), str):
            label = f"entry {raw['id']!r}"
        return _Where(self.source, label)

    def error(self, name: str, problem: str) -> EmbargoDataError:
        place = f"{self.entry_label}, " if self.entry_label else ""
        return EmbargoDataError(f"{self.source}: {place}field {name!r}: {problem}")

    def mapping(self, raw: Any, what: str) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            raise EmbargoDataError(f"{self.source}: {what} must be a JSON object")
        return raw

    def field(self, obj: Mapping[str, Any], name: str, kind: Any, default: Any = ...) -> Any:
        if name not in obj or obj[name] is None:
            if default is ...:
                raise self.error(name, "is missing")
            return default
        value = obj[name]
        bad_bool = isinstance(value, bool) and kind is int
        if not isinstance(value, kind) or bad_bool:
            raise self.error(name, f"{value!r} has the wrong type")
        return value

    def text(self, obj: Mapping[str, Any], name: str, required: bool = True) -> str:
        value = self.field(obj, name, str, ... if required else "")
        if required and not str(value).strip():
            raise self.error(name, "is empty")
        return str(value)

    def choice(self, obj: Mapping[str, Any], name: str, enum: type[Any]) -> Any:
        value = self.field(obj, name, str)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise self.error(name, f"{value!r} is not one of {allowed}") from None

    def a_date(self, obj: Mapping[str, Any], name: str) -> date:
        value = self.optional_date(obj, name)
        if value is None:
            raise self.error(name, "is missing")
        return value

    def optional_date(self, obj: Mapping[str, Any], name: str) -> date | None:
        value = obj.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(name, f"{value!r} is not a date (YYYY-MM-DD)")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(name, f"{value!r} is not a date (YYYY-MM-DD)") from None

    def country(self, value: Any, name: str) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
            raise self.error(name, f"{value!r} is not an ISO 3166 alpha-2 code")
        return value

    def optional_country(self, obj: Mapping[str, Any], name: str) -> str | None:
        if name not in obj:
            raise self.error(name, "is missing (use null for 'anywhere' regimes)")
        value = obj[name]
        return None if value is None else self.country(value, name)


# --------------------------------------------------------------------------- names


@dataclass(frozen=True)
class EmbargoWords:
    """The words an embargo's name is built from, so the UI and the PDFs translate them."""

    un_body: str = "UN Security Council arms embargo"
    #: With its brackets and any space before them, which differ between languages.
    resolution: str = " (resolution {number} ({year}))"
    dash: str = " — "
    #: The language of the entry's own title (translated through the catalogue).
    language: str = "en"


def _principal_resolution(embargo: Embargo) -> Resolution:
    """The resolution the entry is known by: the one its id names, else the first cited."""
    numbers = {int(n) for n in re.findall(r"\d+", embargo.id)}
    return next((r for r in embargo.resolutions if r.number in numbers), embargo.resolutions[0])


def _subject(embargo: Embargo, country: Callable[[str], str], language: str = "en") -> str:
    """Whom the embargo targets: the country by name, or a regime's listed group (the title
    up to its colon, without the bracket that cites a resolution: the name adds it)."""
    if embargo.target:
        return country(embargo.target)
    head = re.split(r"\s*[:：]", _title(embargo, language))[0]
    return re.sub(r"\s*[(（][^()（）]*\d{3,4}[^()（）]*[)）]", "", head).strip()


def _title(embargo: Embargo, language: str) -> str:
    return translate(entry_text(embargo.id, embargo.title), language)


def embargo_name(
    embargo: Embargo,
    legal_basis_kind: LegalBasisKind,
    country: Callable[[str], str],
    words: EmbargoWords = EmbargoWords(),
) -> str:
    """The embargo as people name it, never its data id: "Libya — UN Security Council arms
    embargo (resolution 1970 (2011))"; other obligations by their title and legal act."""
    if legal_basis_kind is LegalBasisKind.UN_CHAPTER_VII and embargo.resolutions:
        first = _principal_resolution(embargo)
        resolution = words.resolution.format(number=first.number, year=first.date.year)
        return (
            f"{_subject(embargo, country, words.language)}{words.dash}{words.un_body}{resolution}"
        )
    title = _title(embargo, words.language)
    if embargo.instruments:
        return translate(
            "{name} ({details})",
            words.language,
            context="parenthesis",
            name=title,
            details=entry_text(embargo.id, embargo.instruments[0].reference),
        )
    return title


@cache
def _shipped_index() -> dict[str, tuple[Embargo, LegalBasisKind]]:
    try:
        sets = load_shipped_sets()
    except EmbargoDataError:
        return {}
    return {e.id: (e, s.legal_basis_kind) for s in sets for e in s.entries}


def shipped_embargo(embargo_id: str) -> tuple[Embargo, LegalBasisKind] | None:
    """The shipped entry with this id and its set's legal basis, or None (an id from another
    data set): what a recorded ground's embargo id is named by."""
    return _shipped_index().get(embargo_id)


def embargo_name_for_id(
    embargo_id: str, country: Callable[[str], str], words: EmbargoWords = EmbargoWords()
) -> str | None:
    """``embargo_name`` of a recorded embargo id; None when the shipped data lacks it."""
    found = shipped_embargo(embargo_id)
    return None if found is None else embargo_name(*found, country, words)


# --------------------------------------------------------------------------- screening


def normalise_item_kind(kind: str) -> str:
    """Map "VIII.SA.2", "IV.a" or "ammunition" to the kinds embargo entries are written in."""
    value = kind.strip()
    if value in ITEM_KINDS:
        return value
    head = re.split(r"[.(\s]", value, maxsplit=1)[0]
    if head in ATT_CATEGORIES:
        return head
    raise ValueError(f"{kind!r} is not an ATT category or a not-reportable reason")


def enabled_sets(
    sets: Iterable[EmbargoSet], overrides: Mapping[str, bool] | None = None
) -> tuple[EmbargoSet, ...]:
    """The sets the authority applies: defaults, changed by its own settings."""
    chosen = overrides or {}
    return tuple(s for s in sets if chosen.get(s.id, s.enabled_by_default))


def check(
    sets: Iterable[EmbargoSet],
    *,
    country: str | None,
    party_type: PartyType,
    party_name: str,
    item_kinds: Collection[str],
    on_date: date,
    transfer: TransferType = TransferType.EXPORT,
    acting_for: PartyType | None = None,
) -> tuple[EmbargoMatch, ...]:
    """Screen one party (end user, consignee, broker...) in ``country`` as at ``on_date``.

    ``country`` is the party's State (the exporting State for imports). Every embargo in force
    for that State is returned, including those that do not prohibit (so the officer sees why);
    "anywhere" regimes are returned only when the party's name matches. Most severe first.
    ``acting_for`` is the government type a commercial consignee imports for: its exemption
    paths and non-State scope are those of that government, its name is still screened.
    """
    kinds = frozenset(normalise_item_kind(k) for k in item_kinds)
    if not kinds:
        raise ValueError("screening needs at least one item kind")
    matches: list[EmbargoMatch] = []
    for embargo_set in sets:
        for embargo in embargo_set.entries:
            if not (embargo.in_force_on(on_date) and embargo.applies_to_direction(transfer)):
                continue
            match = _screen(
                embargo, embargo_set, country, (party_type, acting_for), party_name, kinds, on_date
            )
            if match is not None:
                matches.append(match)
    return tuple(sorted(matches, key=lambda m: (_SEVERITY[m.effect], m.embargo.id)))


def _screen(
    embargo: Embargo,
    embargo_set: EmbargoSet,
    country: str | None,
    party_kind: tuple[PartyType, PartyType | None],
    party_name: str,
    kinds: frozenset[str],
    on_date: date,
) -> EmbargoMatch | None:
    in_target = country is not None and country in embargo.targets
    listed = _name_hit(embargo, party_name, on_date)
    if not in_target and listed is None:
        return None

    def make(effect: Effect, why: Message, exemptions: Sequence[Exemption] = ()) -> EmbargoMatch:
        message = explained(embargo, why)
        return EmbargoMatch(
            embargo=embargo,
            set_id=embargo_set.id,
            legal_basis_kind=embargo_set.legal_basis_kind,
            effect=effect,
            explanation=translate(message, "en"),
            exemptions=tuple(exemptions),
            warnings=_warnings(embargo, embargo_set, on_date),
            message=message,
        )

    coverage = _coverage(embargo, kinds)
    if coverage is None:
        return make(Effect.NOT_APPLICABLE, NOT_COVERED)
    if listed is not None:
        entity, exact = listed
        effect = (
            Effect.PROHIBITED
            if exact and entity.match is NameMatch.PROHIBIT
            else Effect.NEEDS_CONFIRMATION
        )
        return make(effect, _name_why(entity, exact))
    if coverage is Effect.NEEDS_CONFIRMATION:
        return make(coverage, RELATED_ONLY)
    return _by_scope(embargo, party_kind, make)


# The screen's reasons (context ``embargo screen``): the record keeps their English.
NOT_COVERED = msg("the items screened are not covered by this embargo.", context="embargo screen")
RELATED_ONLY = msg(
    "covers ammunition or parts only when they relate to the embargoed categories: "
    "confirm what the items are for.",
    context="embargo screen",
)
TARGETED = msg(
    "a targeted regime: only the names held here are matched automatically; check "
    "every party against the UN Security Council Consolidated List.",
    context="embargo screen",
)
GOVERNMENT_NOT_EMBARGOED = msg(
    "applies to non-State actors only; the government end user is not embargoed. "
    "Article 7 continues.",
    context="embargo screen",
)
REGIONAL_GOVERNMENT = msg(
    "applies to non-State actors; the government exemption serves the national "
    "government only: confirm whether this regional government's forces are "
    "under the national government's authority.",
    context="embargo screen",
)
CONSIGNEE_NOTE = msg(
    "The consignee is screened as the government it acts for: confirm its mandate.",
    context="embargo screen",
)
PROHIBITED_WHY = msg("the transfer is prohibited (Article 6).", context="embargo screen")
NOT_FOR_PARTY = msg("not applicable to this party.", context="embargo screen")
_EXEMPTION_WHY = {
    ExemptionKind.EXEMPT: msg("exempt for this kind of recipient", context="embargo screen"),
    ExemptionKind.APPROVAL: msg(
        "prohibited unless approval is obtained in advance", context="embargo screen"
    ),
    ExemptionKind.NOTIFICATION: msg(
        "allowed only after the required notification", context="embargo screen"
    ),
}


def entry_text(embargo_id: str, text: str) -> Message:
    """A text of an embargo entry (title, region, exemption) as the catalogue holds it."""
    return data_message(text, EMBARGO_CONTEXT.format(id=embargo_id))


def explained(embargo: Embargo, why: Message) -> Message:
    """ "Title (citation): why", the title translated, the citation as the UN writes it."""
    return msg(
        "{title} ({citation}): {why}",
        context="embargo screen",
        title=entry_text(embargo.id, embargo.title),
        citation=_citation(embargo),
        why=why,
    )


def _citation(embargo: Embargo) -> str | Joined:
    """The resolutions as the UN cites them, or the legal acts by their (translated) names."""
    if embargo.resolutions or not embargo.instruments:
        return embargo.citation()
    return Joined(tuple(entry_text(embargo.id, i.reference) for i in embargo.instruments))


def _name_why(entity: ListedEntity, exact: bool) -> Message:
    if exact:
        return msg(
            "the party's name matches the listed name {name}.",
            context="embargo screen",
            name=repr(entity.name),
        )
    return msg(
        "the party's name resembles the listed name {name}.",
        context="embargo screen",
        name=repr(entity.name),
    )


def _region_why(embargo: Embargo) -> Message:
    return msg(
        "covers only {region}; confirm whether the end user or end use falls within it.",
        context="embargo screen",
        region=entry_text(embargo.id, embargo.region),
    )


def _exemption_why(embargo_id: str, kind: ExemptionKind, relevant: Sequence[Exemption]) -> Message:
    """ "Prohibited unless approval is obtained in advance (who). The path's text." """
    reason = _EXEMPTION_WHY[kind]
    whos = tuple(entry_text(embargo_id, p.who) for p in relevant if p.who and p.who != "-")
    if whos:
        reason = msg("{name} ({details})", context="parenthesis", name=reason, details=Joined(whos))
    return msg(
        "{reason}. {text}",
        context="embargo screen",
        reason=reason,
        text=entry_text(embargo_id, relevant[0].text),
    )


def _candidate_whys(embargo: Embargo) -> Iterable[Message]:
    """Every reason the screen can give for this entry (to read a recorded explanation back)."""
    yield from (NOT_COVERED, RELATED_ONLY, TARGETED, GOVERNMENT_NOT_EMBARGOED)
    yield from (REGIONAL_GOVERNMENT, PROHIBITED_WHY, NOT_FOR_PARTY)
    if embargo.region:
        yield _region_why(embargo)
    for entity in embargo.listed_entities:
        yield _name_why(entity, True)
        yield _name_why(entity, False)
    for who in (Beneficiary.GOVERNMENT, Beneficiary.SUB_NATIONAL_GOVERNMENT, Beneficiary.NON_STATE):
        paths = [e for e in embargo.exemptions if e.beneficiary in (who, Beneficiary.ANY)]
        for kind in _EXEMPTION_WHY:
            relevant = [p for p in paths if p.kind is kind]
            if relevant:
                yield _exemption_why(embargo.id, kind, relevant)


@cache
def explanation_message(embargo_id: str, english: str) -> Message | None:
    """A recorded (English) explanation read back as the message it was built from, so an
    older record is shown translated too; None when the shipped data no longer produces it
    (another data set, or the entry changed since)."""
    found = shipped_embargo(embargo_id)
    if found is None or not english:
        return None
    embargo = found[0]
    for why in _candidate_whys(embargo):
        plain = explained(embargo, why)
        noted = msg(
            "{first} {second}", context="two sentences in a row", first=plain, second=CONSIGNEE_NOTE
        )
        for candidate in (plain, noted):
            if translate(candidate, "en") == english:
                return candidate
    return None


def title_message(embargo_id: str, title: str) -> Message | None:
    """A recorded embargo title as the catalogue holds it, None if the shipped entry differs."""
    found = shipped_embargo(embargo_id)
    if found is None or found[0].title != title:
        return None
    return entry_text(embargo_id, title)


def beneficiary_of(party_type: PartyType) -> Beneficiary:
    """Whose exemption paths serve a party of this type: the national government's only the
    national government, the sub-national ones a regional government; everyone else (company,
    individual, non-State armed group) is a non-State actor."""
    if party_type is PartyType.GOVERNMENT:
        return Beneficiary.GOVERNMENT
    if party_type is PartyType.REGIONAL_GOVERNMENT:
        return Beneficiary.SUB_NATIONAL_GOVERNMENT
    return Beneficiary.NON_STATE


def _by_scope(
    embargo: Embargo, party_kind: tuple[PartyType, PartyType | None], make: _Make
) -> EmbargoMatch:
    party_type, acting_for = party_kind
    stands_as = acting_for if acting_for in GOVERNMENT_TYPES else party_type
    who = beneficiary_of(stands_as)
    government = who is Beneficiary.GOVERNMENT
    paths = [e for e in embargo.exemptions if e.beneficiary in (who, Beneficiary.ANY)]
    result: EmbargoMatch
    if embargo.scope is Scope.LISTED:
        result = make(Effect.NOT_APPLICABLE, TARGETED)
    elif embargo.scope is Scope.REGION:
        result = make(Effect.NEEDS_CONFIRMATION, _region_why(embargo), paths)
    elif embargo.scope is Scope.NON_STATE and government:
        result = _exemption_effect(embargo.id, paths, make, default=Effect.NOT_APPLICABLE)
        if result.effect is Effect.NOT_APPLICABLE:
            result = make(Effect.NOT_APPLICABLE, GOVERNMENT_NOT_EMBARGOED)
    elif embargo.scope is Scope.NON_STATE and who is Beneficiary.SUB_NATIONAL_GOVERNMENT:
        result = _exemption_effect(embargo.id, paths, make, default=Effect.NEEDS_CONFIRMATION)
        if result.effect is Effect.NEEDS_CONFIRMATION and not paths:
            result = make(Effect.NEEDS_CONFIRMATION, REGIONAL_GOVERNMENT)
    else:
        result = _exemption_effect(embargo.id, paths, make, default=Effect.PROHIBITED)
    if stands_as is not party_type:
        assert result.message is not None
        noted = msg(
            "{first} {second}",
            context="two sentences in a row",
            first=result.message,
            second=CONSIGNEE_NOTE,
        )
        result = replace(result, explanation=translate(noted, "en"), message=noted)
    return result


def _exemption_effect(
    embargo_id: str, paths: Sequence[Exemption], make: _Make, default: Effect
) -> EmbargoMatch:
    """An exemption path changes a prohibition into a flag; never into silence."""
    for kind, effect in (
        (ExemptionKind.EXEMPT, Effect.NOT_APPLICABLE),
        (ExemptionKind.APPROVAL, Effect.PROHIBITED_WITHOUT_APPROVAL),
        (ExemptionKind.NOTIFICATION, Effect.NOTIFICATION_REQUIRED),
    ):
        relevant = [p for p in paths if p.kind is kind]
        if relevant:
            return make(effect, _exemption_why(embargo_id, kind, relevant), relevant)
    if default is Effect.PROHIBITED:
        return make(default, PROHIBITED_WHY)
    return make(default, NOT_FOR_PARTY)


def _coverage(embargo: Embargo, kinds: frozenset[str]) -> Effect | None:
    """PROHIBITED-level coverage, NEEDS_CONFIRMATION for related-only kinds, None if none."""
    if kinds & embargo.covers:
        return Effect.PROHIBITED
    if kinds & embargo.covers_related:
        return Effect.NEEDS_CONFIRMATION
    if NotReportableReason.DUAL_USE.value in kinds and embargo.covers == ALL_ARMS:
        return Effect.NEEDS_CONFIRMATION
    return None


def _warnings(embargo: Embargo, embargo_set: EmbargoSet, on_date: date) -> tuple[str, ...]:
    notes: list[str] = []
    if embargo.renewal_due and not embargo.renewal_confirmed and on_date >= embargo.renewal_due:
        notes.append(
            f"The measure was due for renewal on {embargo.renewal_due.isoformat()}; the data "
            f"(as of {embargo_set.as_of.isoformat()}) does not confirm it: check it is in force."
        )
    if on_date > embargo_set.as_of:
        notes.append(
            f"The decision date is after the data's verification date "
            f"({embargo_set.as_of.isoformat()}): check for later changes."
        )
    if embargo.contested:
        notes.append("The validity of this measure is contested by some States.")
    return tuple(notes)


def _fold(text: str) -> str:
    """Listed names compare as plain lower-case words (``names.fold``, then letters and digits)."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def _name_hit(embargo: Embargo, party_name: str, on_date: date) -> tuple[ListedEntity, bool] | None:
    """(entity, exact): exact when the name is a listed name; inexact when it contains one or
    closely resembles one, which the officer must confirm (short aliases such as "ISIS" occur
    inside innocent company names)."""
    folded = _fold(party_name)
    if not folded:
        return None
    padded = f" {folded} "
    near: ListedEntity | None = None
    for entity in embargo.listed_entities:
        if entity.since is not None and on_date < entity.since:
            continue
        for name in entity.names:
            candidate = _fold(name)
            if not candidate:
                continue
            if candidate == folded:
                return entity, True
            contained = f" {candidate} " in padded
            if contained or SequenceMatcher(None, candidate, folded).ratio() >= 0.85:
                near = near or entity
    return (near, False) if near is not None else None
