"""The licensing authority's profile: who issues the documents, and how they are signed.

Every PDF of a case (licence, denial letter, assessment record) prints the authority's name,
address and letterhead from here, the licence and the letter its signatory wording, and the
letter its appeal information; an officer can sign nothing that says "National licensing
authority". Stored in the authority-wide settings table: the name under ``authority_name``
and the reporting State under ``authority_country`` (the keys older releases already wrote),
the rest as one JSON setting and the letterhead image as base64 text. Only an administrator
changes it, and every change is one history event (the letterhead by size and fingerprint,
never its bytes).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from att_desktop.config import DOCUMENT_LANGUAGES
from att_desktop.db.engine import Database
from att_desktop.domain.countries import is_valid_country
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import AUTHORITY_NAME, get_setting, put_setting

#: The authority's State (the same key as ``decisions.AUTHORITY_COUNTRY``).
AUTHORITY_COUNTRY = "authority_country"
PROFILE_KEY = "authority_profile"
LETTERHEAD_KEY = "authority_letterhead"
#: A letterhead is a banner, not a photograph: 512 KB is plenty and keeps every PDF small.
MAX_LETTERHEAD_BYTES = 512 * 1024
#: Letterhead formats every PDF viewer shows and reportlab embeds as they are.
IMAGE_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[+0-9 ()./-]{5,40}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class AuthorityProfile:
    """What the documents say about the authority that issues them."""

    name: str = ""
    address: str = ""
    #: A PNG or JPEG image printed at the top of the first page; empty: none.
    letterhead: bytes = b""
    #: The reporting State (ISO 3166 alpha-2), also written on denial notices.
    reporting_state: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    default_currency: str = "EUR"
    #: Printed above the signatory's name, e.g. "For the Minister, by delegation".
    signatory_wording: str = ""
    #: How an applicant asks for a review of a denial; empty: the letters' generic text.
    appeal_information: str = ""
    #: The language licences, letters and the case's records are written in (one of
    #: ``config.DOCUMENT_LANGUAGES``); empty: the language of the screen that makes them.
    document_language: str = ""

    def document_language_or(self, screen_language: str) -> str:
        """The language a document is written in when made from a screen in another."""
        return self.document_language or screen_language

    @property
    def contact_line(self) -> str:
        """The national point of contact on one line, as a document's header prints it."""
        return " · ".join(
            p for p in (self.contact_name, self.contact_email, self.contact_phone) if p
        )


class AuthorityProfileInvalid(ServiceError):
    """Some fields cannot be saved; ``problems`` holds a Message per field name, shown one
    per line in the window's language."""

    def __init__(self, problems: dict[str, Message]) -> None:
        self.problems = problems
        super().__init__(self.translated("en"))

    def translated(self, language: str) -> str:
        return "\n".join(translate(problem, language) for problem in self.problems.values())


class LetterheadInvalid(ServiceError):
    """The letterhead file is not a usable PNG or JPEG image."""


def image_format(data: bytes) -> str:
    """``"PNG"`` or ``"JPEG"`` for a readable image of that kind; else LetterheadInvalid."""
    if len(data) > MAX_LETTERHEAD_BYTES:
        raise LetterheadInvalid(
            msg(
                "The letterhead image is {size} KB; at most "
                "{limit} KB is accepted. Save it smaller (a "
                "banner of about 2000 × 300 pixels is enough).",
                size=len(data) // 1024,
                limit=MAX_LETTERHEAD_BYTES // 1024,
            )
        )
    from PIL import Image, UnidentifiedImageError  # reportlab's own image library

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = str(image.format or "")
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise LetterheadInvalid(msg("The letterhead is not a readable PNG or JPEG image.")) from exc
    if kind not in IMAGE_FORMATS:
        raise LetterheadInvalid(
            msg("The letterhead is a {kind} image; use a PNG or JPEG image.", kind=kind)
        )
    return kind


def problems(profile: AuthorityProfile) -> dict[str, Message]:
    """What is wrong with ``profile``, by field name (empty when it can be saved)."""
    found: dict[str, Message] = {}
    if not profile.name.strip():
        found["name"] = msg("Give the authority's name: every document prints it.")
    if profile.reporting_state and not is_valid_country(profile.reporting_state):
        found["reporting_state"] = msg(
            "'{code}' is not a known country code.", code=profile.reporting_state
        )
    if profile.contact_email and not _EMAIL.match(profile.contact_email.strip()):
        found["contact_email"] = msg("Give an email address such as name@example.org.")
    if profile.contact_phone and not _PHONE.match(profile.contact_phone.strip()):
        found["contact_phone"] = msg("A telephone number has digits, spaces, + ( ) . / - only.")
    if profile.document_language and profile.document_language not in DOCUMENT_LANGUAGES:
        found["document_language"] = msg(
            "'{language}' is not one of the treaty's languages ({languages}).",
            language=profile.document_language,
            languages=", ".join(DOCUMENT_LANGUAGES),
        )
    if not _CURRENCY.match(profile.default_currency):
        found["default_currency"] = msg("The currency is a three-letter ISO 4217 code, e.g. EUR.")
    if profile.letterhead:
        try:
            image_format(profile.letterhead)
        except LetterheadInvalid as exc:
            found["letterhead"] = exc.message
    return found


def _clean(profile: AuthorityProfile) -> AuthorityProfile:
    return replace(
        profile,
        name=profile.name.strip(),
        address=profile.address.strip(),
        reporting_state=profile.reporting_state.strip().upper(),
        contact_name=profile.contact_name.strip(),
        contact_email=profile.contact_email.strip(),
        contact_phone=profile.contact_phone.strip(),
        default_currency=profile.default_currency.strip().upper(),
        signatory_wording=profile.signatory_wording.strip(),
        appeal_information=profile.appeal_information.strip(),
        document_language=profile.document_language.strip(),
    )


_JSON_FIELDS = (
    "address",
    "contact_name",
    "contact_email",
    "contact_phone",
    "default_currency",
    "signatory_wording",
    "appeal_information",
    "document_language",
)


def read_profile(session: Session) -> AuthorityProfile:
    """The stored profile; unreadable parts fall back to their defaults, never an error."""
    try:
        data = json.loads(get_setting(session, PROFILE_KEY) or "{}")
    except ValueError:
        data = {}
    stored = data if isinstance(data, dict) else {}
    fields = {k: str(stored[k]) for k in _JSON_FIELDS if k in stored}
    try:
        letterhead = base64.b64decode(get_setting(session, LETTERHEAD_KEY), validate=True)
    except (binascii.Error, ValueError):
        letterhead = b""
    return replace(
        AuthorityProfile(),
        **fields,
        name=get_setting(session, AUTHORITY_NAME),
        reporting_state=get_setting(session, AUTHORITY_COUNTRY).upper(),
        letterhead=letterhead,
    )


def get_authority(db: Database) -> AuthorityProfile:
    with db.session() as session:
        return read_profile(session)


def _event_view(profile: AuthorityProfile) -> dict[str, Any]:
    """The profile as the history shows it: the letterhead by size and fingerprint."""
    view = asdict(profile)
    image = view.pop("letterhead")
    view["letterhead"] = (
        {"bytes": len(image), "sha256": hashlib.sha256(image).hexdigest()} if image else None
    )
    return view


def save_authority(
    db: Database, profile: AuthorityProfile, *, actor: Actor = LOCAL_OFFICER
) -> AuthorityProfile:
    """Store the profile (administrators only) and record the change as one event.

    Refused as a whole with ``AuthorityProfileInvalid`` (a message per field) when a field
    is wrong; nothing is written when nothing changed. Returns the profile as stored.
    """
    profile = _clean(profile)
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        found = problems(profile)
        if found:
            raise AuthorityProfileInvalid(found)
        before = read_profile(session)
        if before == profile:
            return before
        put_setting(session, AUTHORITY_NAME, profile.name)
        put_setting(session, AUTHORITY_COUNTRY, profile.reporting_state)
        stored = {k: getattr(profile, k) for k in _JSON_FIELDS}
        put_setting(session, PROFILE_KEY, json.dumps(stored, sort_keys=True))
        put_setting(session, LETTERHEAD_KEY, base64.b64encode(profile.letterhead).decode())
        session.flush()
        record_event(
            session,
            actor,
            entity="setting",
            entity_id=None,
            action="authority_profile_set",
            summary=f"Authority profile: {profile.name}",
            before=_event_view(before),
            after=_event_view(profile),
        )
        return profile
