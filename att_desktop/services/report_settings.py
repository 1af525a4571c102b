"""What the focal point enters once and reuses every year: contact point, report currency,
national definitions (Annex 2). Stored as one authority-wide setting, each change an event.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from att_desktop.db.engine import Database
from att_desktop.domain.reporting.options import ContactPoint, NationalDefinition
from att_desktop.services.authority import AuthorityProfile, read_profile
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import get_setting, put_setting

KEY = "annual_report_defaults"


@dataclass(frozen=True)
class ReportDefaults:
    contact: ContactPoint = field(default_factory=ContactPoint)
    report_currency: str = "EUR"
    national_definitions: tuple[NationalDefinition, ...] = ()


def _as_dict(defaults: ReportDefaults) -> dict[str, Any]:
    return {
        "contact": asdict(defaults.contact),
        "report_currency": defaults.report_currency,
        "national_definitions": [asdict(d) for d in defaults.national_definitions],
    }


def _parse(raw: str) -> ReportDefaults:
    if not raw:
        return ReportDefaults()
    try:
        data = json.loads(raw)
        contact = ContactPoint(
            **{
                k: str(v)
                for k, v in data.get("contact", {}).items()
                if k in ContactPoint.__annotations__
            }
        )
        definitions = tuple(
            NationalDefinition(str(d["category"]), str(d["definition"]))
            for d in data.get("national_definitions", [])
        )
        currency = str(data.get("report_currency") or "EUR")
    except (ValueError, TypeError, KeyError, AttributeError):
        return ReportDefaults()  # unreadable: start from the defaults, never break the builder
    return ReportDefaults(contact, currency, definitions)


def _from_authority(profile: AuthorityProfile) -> ReportDefaults:
    """Before the focal point saves their own: the authority's profile (Settings →
    Authority…) gives the contact point and the currency."""
    contact = ContactPoint(
        name=profile.contact_name,
        organisation=profile.name,
        address=profile.address,
        telephone=profile.contact_phone,
        email=profile.contact_email,
    )
    return ReportDefaults(contact, profile.default_currency or "EUR")


def get_report_defaults(db: Database) -> ReportDefaults:
    with db.session() as session:
        raw = get_setting(session, KEY)
        return _parse(raw) if raw else _from_authority(read_profile(session))


def save_report_defaults(
    db: Database, defaults: ReportDefaults, *, actor: Actor = LOCAL_OFFICER
) -> None:
    """Keep the choices for next time; nothing is written when nothing changed.

    The focal point's settings: anyone else is refused, even when nothing would change.
    """
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        before = _parse(get_setting(session, KEY))
        if before == defaults:
            return
        value = _as_dict(defaults)
        put_setting(session, KEY, json.dumps(value, sort_keys=True))
        session.flush()
        record_event(
            session,
            actor,
            entity="setting",
            entity_id=None,
            action="annual_report_defaults_set",
            summary="Annual report contact point, currency and national definitions",
            before=_as_dict(before),
            after=value,
        )
