"""Diversion and breach incidents (Article 11(4)–(5), Article 14): what they are and how
they are answered, and the checks an incident passes before it is recorded.

An incident is learned from a source (a customs seizure, another State's notification, a
UN panel of experts' report...), names the licences, parties and items involved, and is
answered: a licence suspended or revoked (Article 7(7)), a referral for enforcement
(Article 14), information shared with other States (Article 11(5), 13(2)). The checks here
are pure; the service adds what only the register knows (which licence numbers exist).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.validation import FieldError, not_in_future
from att_desktop.i18n import Message, msg


class IncidentKind(StrEnum):
    DIVERSION = "diversion"
    SUSPECTED_DIVERSION = "suspected_diversion"
    UNAUTHORISED_REEXPORT = "unauthorised_reexport"
    END_USE_BREACH = "end_use_breach"
    CONDITIONS_BREACH = "conditions_breach"
    OTHER = "other"


class IncidentSource(StrEnum):
    CUSTOMS_SEIZURE = "customs_seizure"
    INTELLIGENCE = "intelligence"
    #: Another State's notification (Article 11(4)–(5)).
    STATE_NOTIFICATION = "state_notification"
    UN_PANEL_REPORT = "un_panel_report"
    MEDIA = "media"
    POST_SHIPMENT_VERIFICATION = "post_shipment_verification"
    OTHER = "other"


class ResponseKind(StrEnum):
    NONE_YET = "none_yet"
    LICENCE_SUSPENDED = "licence_suspended"
    LICENCE_REVOKED = "licence_revoked"
    #: Referred for enforcement (Article 14): to whom is required.
    ENFORCEMENT_REFERRAL = "enforcement_referral"
    INFORMATION_SHARED = "information_shared"

    @property
    def changes_licence(self) -> bool:
        """Suspending or revoking is a decision (Article 7(7)): it needs the DECIDE right."""
        return self in (ResponseKind.LICENCE_SUSPENDED, ResponseKind.LICENCE_REVOKED)


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class IncidentParty:
    """A party involved, as the source names it; matched against the register's parties."""

    name: str
    country_code: str


@dataclass(frozen=True)
class IncidentItem:
    description: str
    att_category: str = ""


@dataclass(frozen=True)
class IncidentResponse:
    kind: ResponseKind
    on_date: date
    #: The licence suspended or revoked.
    licence_number: str = ""
    #: Who the incident was referred to for enforcement (Article 14).
    referred_to: str = ""
    note: str = ""


@dataclass(frozen=True)
class StateInformed:
    """A State told of the incident (Article 11(5), 13(2)): when and through which channel."""

    country_code: str
    informed_on: date
    channel: str


def _text(value: str) -> str:
    return " ".join(value.split())


def check_parties(parties: Sequence[IncidentParty]) -> list[FieldError]:
    errors = []
    for n, party in enumerate(parties):
        if not _text(party.name):
            errors.append(FieldError(f"parties[{n}].name", msg("enter the party's name")))
        if not is_valid_country(party.country_code):
            errors.append(
                FieldError(f"parties[{n}].country_code", msg("choose the party's country"))
            )
    return errors


def check_items(items: Sequence[IncidentItem]) -> list[FieldError]:
    catalogue = load_categories()
    errors = []
    for n, item in enumerate(items):
        if not _text(item.description):
            errors.append(FieldError(f"items[{n}].description", msg("describe the items involved")))
        if item.att_category and not catalogue.is_valid(item.att_category, selectable_only=False):
            errors.append(
                FieldError(
                    f"items[{n}].att_category",
                    msg(
                        "'{code}' is not an ATT category; leave it empty if unknown",
                        code=item.att_category,
                    ),
                )
            )
    return errors


def check_responses(responses: Sequence[IncidentResponse], today: date) -> list[FieldError]:
    errors = []
    for n, r in enumerate(responses):
        where = f"responses[{n}]"
        if r.on_date > today:
            errors.append(
                FieldError(f"{where}.on_date", msg("a response cannot be dated later than today"))
            )
        if r.kind.changes_licence and not r.licence_number.strip():
            errors.append(
                FieldError(f"{where}.licence_number", msg("name the licence suspended or revoked"))
            )
        if r.kind is ResponseKind.ENFORCEMENT_REFERRAL and not _text(r.referred_to):
            errors.append(
                FieldError(
                    f"{where}.referred_to",
                    msg("say who the incident was referred to (e.g. the prosecutor, customs)"),
                )
            )
    return errors


def check_states(states: Sequence[StateInformed], today: date) -> list[FieldError]:
    errors = []
    for n, s in enumerate(states):
        where = f"states_informed[{n}]"
        if not is_valid_country(s.country_code):
            errors.append(FieldError(f"{where}.country_code", msg("choose the State informed")))
        if s.informed_on > today:
            errors.append(not_in_future(f"{where}.informed_on"))
        if not _text(s.channel):
            errors.append(
                FieldError(
                    f"{where}.channel",
                    msg(
                        "say through which channel (e.g. diplomatic note, ATT national points of "
                        "contact)"
                    ),
                )
            )
    return errors


def check_dates(occurred_on: date | None, learned_on: date, today: date) -> list[FieldError]:
    errors = []
    if learned_on > today:
        errors.append(FieldError("learned_on", msg("the date learned cannot be in the future")))
    if occurred_on is not None and occurred_on > learned_on:
        errors.append(
            FieldError(
                "occurred_on", msg("the incident cannot have happened after it was learned of")
            )
        )
    return errors


_KIND_WORDS = {
    IncidentKind.DIVERSION: "diversion",
    IncidentKind.SUSPECTED_DIVERSION: "suspected diversion",
    IncidentKind.UNAUTHORISED_REEXPORT: "unauthorised re-export",
    IncidentKind.END_USE_BREACH: "end-use breach",
    IncidentKind.CONDITIONS_BREACH: "breach of licence conditions",
    IncidentKind.OTHER: "incident",
}


_KIND_MESSAGES = {
    IncidentKind.DIVERSION: msg("diversion", context="incident kind in a sentence"),
    IncidentKind.SUSPECTED_DIVERSION: msg(
        "suspected diversion", context="incident kind in a sentence"
    ),
    IncidentKind.UNAUTHORISED_REEXPORT: msg(
        "unauthorised re-export", context="incident kind in a sentence"
    ),
    IncidentKind.END_USE_BREACH: msg("end-use breach", context="incident kind in a sentence"),
    IncidentKind.CONDITIONS_BREACH: msg(
        "breach of licence conditions", context="incident kind in a sentence"
    ),
    IncidentKind.OTHER: msg("incident", context="incident kind in a sentence"),
}


def kind_message(kind: IncidentKind) -> Message:
    """The kind as a Message for a sentence shown to the officer (the reassessment reason)."""
    return _KIND_MESSAGES[kind]


def kind_words(kind: IncidentKind) -> str:
    """The kind in English words, for the history's summaries and the reassessment reason
    (the window words them in the reader's language from the stored value)."""
    return _KIND_WORDS[kind]
