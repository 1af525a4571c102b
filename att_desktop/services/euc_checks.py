"""End-user certificate checks (Article 11): how a certificate was verified, and reuse flagged.

A certificate is only as good as its verification: the officer records whom they contacted at
the issuing authority, how, when, and the result (authentic, not authentic, no reply). A
certificate number that appears on another case (the case's own certificate or a check
recorded there), compared without case, spaces or separators, is a red flag for diversion:
the case view and the Article 11 page say so in words, and the assessment record prints it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, EucCheck, User
from att_desktop.db.types import max_length
from att_desktop.domain.application import normalise_euc_number
from att_desktop.domain.validation import FieldError, too_long
from att_desktop.formats.pdf_data import EucCheckData
from att_desktop.i18n import msg
from att_desktop.services.cases import load_application
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize


class EucResult(StrEnum):
    AUTHENTIC = "authentic"
    NOT_AUTHENTIC = "not_authentic"
    NO_REPLY = "no_reply"


RESULT_WORDS = {
    EucResult.AUTHENTIC: "authentic",
    EucResult.NOT_AUTHENTIC: "NOT AUTHENTIC",
    EucResult.NO_REPLY: "no reply",
}


@dataclass(frozen=True)
class EucCheckInput:
    euc_number: str
    issuing_authority: str
    contacted: str
    contacted_on: date | None
    result: EucResult
    issued_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class EucCheckView:
    id: int
    application_id: int
    euc_number: str
    issuing_authority: str
    issued_on: date | None
    contacted: str
    contacted_on: date | None
    result: EucResult
    notes: str
    recorded_by: str


class FlagKind(StrEnum):
    ALSO_ON_CASE = "also_on_case"
    NOT_AUTHENTIC = "not_authentic"
    NO_REPLY = "no_reply"


@dataclass(frozen=True)
class EucFlag:
    """Something wrong with a case's certificate; the UI words it from these fields."""

    kind: FlagKind
    number: str
    #: For ALSO_ON_CASE: the other case and whether its end user is the same one.
    other_reference: str = ""
    same_end_user: bool = False

    @property
    def words(self) -> str:
        if self.kind is FlagKind.ALSO_ON_CASE:
            who = "same end user" if self.same_end_user else "different end user"
            return f"EUC number {self.number} is also on case {self.other_reference} ({who})"
        if self.kind is FlagKind.NOT_AUTHENTIC:
            return (
                f"EUC number {self.number}: the issuing authority says the certificate is NOT "
                "authentic"
            )
        return f"EUC number {self.number}: the issuing authority has not replied"

    @property
    def loud(self) -> bool:
        """A certificate found not authentic, or used for another end user."""
        return self.kind is FlagKind.NOT_AUTHENTIC or (
            self.kind is FlagKind.ALSO_ON_CASE and not self.same_end_user
        )


# --------------------------------------------------------------------------- recording


def record_euc_check(
    db: Database, actor: Actor | UserSession, application_id: int, inp: EucCheckInput
) -> EucCheckView:
    """Record one verification (a licensing officer: ``DRAFT_ASSESSMENT``). Never edited:
    a later reply is a new check, and the newest check of a number is its standing result."""
    with db.session() as session:
        recorder = authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        app = load_application(session, application_id)
        errors = _problems(inp, date.today())
        if errors:
            raise ValidationFailed(errors)
        row = EucCheck(
            application_id=app.id,
            euc_number=inp.euc_number.strip(),
            number_key=normalise_euc_number(inp.euc_number),
            issuing_authority=inp.issuing_authority.strip(),
            issued_on=inp.issued_on,
            contacted=inp.contacted.strip(),
            contacted_on=inp.contacted_on,
            result=inp.result.value,
            notes=inp.notes.strip(),
            recorded_by_id=recorder.id if recorder is not None else None,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor.actor if isinstance(actor, UserSession) else actor,
            entity="euc_check",
            entity_id=row.id,
            application_id=app.id,
            action="euc_check_recorded",
            summary=f"End-user certificate {row.euc_number} checked with "
            f"{row.issuing_authority or 'its issuing authority'}: {RESULT_WORDS[inp.result]}",
            after={
                "euc_number": row.euc_number,
                "issuing_authority": row.issuing_authority,
                "issued_on": inp.issued_on,
                "contacted": row.contacted,
                "contacted_on": inp.contacted_on,
                "result": inp.result,
            },
        )
        return _view(row, recorder.full_name if recorder is not None else "")


def _problems(inp: EucCheckInput, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not normalise_euc_number(inp.euc_number):
        errors.append(FieldError("euc_number", msg("give the certificate's number")))
    if not inp.issuing_authority.strip():
        errors.append(FieldError("issuing_authority", msg("name the authority that issued it")))
    if not inp.contacted.strip():
        errors.append(
            FieldError("contacted", msg("say whom you contacted at the issuing authority, and how"))
        )
    for problem in (
        too_long(
            inp.euc_number.strip(),
            max_length(EucCheck.euc_number),
            "euc_number",
            msg("number", context="field"),
        ),
        too_long(
            inp.issuing_authority.strip(),
            max_length(EucCheck.issuing_authority),
            "issuing_authority",
            msg("issuing authority", context="field"),
        ),
        too_long(
            inp.contacted.strip(),
            max_length(EucCheck.contacted),
            "contacted",
            msg("contact", context="field"),
        ),
    ):
        if problem is not None:
            errors.append(problem)
    if inp.issued_on is not None and inp.issued_on > today:
        errors.append(FieldError("issued_on", msg("the issue date cannot be in the future")))
    if inp.contacted_on is None:
        errors.append(FieldError("contacted_on", msg("give the date the authority was contacted")))
    elif inp.contacted_on > today:
        errors.append(FieldError("contacted_on", msg("the date contacted cannot be in the future")))
    elif inp.issued_on is not None and inp.contacted_on < inp.issued_on:
        errors.append(
            FieldError(
                "contacted_on", msg("the authority cannot be contacted before the issue date")
            )
        )
    return errors


# --------------------------------------------------------------------------- reading


def euc_checks(db: Database, application_id: int) -> tuple[EucCheckView, ...]:
    with db.session() as session:
        return tuple(_rows(session, application_id))


def _rows(session: Session, application_id: int) -> list[EucCheckView]:
    rows = session.execute(
        select(EucCheck, User.full_name)
        .outerjoin(User, User.id == EucCheck.recorded_by_id)
        .where(EucCheck.application_id == application_id)
        .order_by(EucCheck.id)
    ).all()
    return [_view(row, name or "") for row, name in rows]


def euc_flags(db: Database, application_id: int) -> tuple[EucFlag, ...]:
    """What is wrong with the case's certificates: a newest check saying not authentic or no
    reply, and each other case carrying one of its numbers."""
    with db.session() as session:
        app = load_application(session, application_id)
        checks = _rows(session, application_id)
        flags: list[EucFlag] = []
        newest: dict[str, EucCheckView] = {}
        for check in checks:
            newest[normalise_euc_number(check.euc_number)] = check
        for check in newest.values():
            if check.result is EucResult.NOT_AUTHENTIC:
                flags.append(EucFlag(FlagKind.NOT_AUTHENTIC, check.euc_number))
            elif check.result is EucResult.NO_REPLY:
                flags.append(EucFlag(FlagKind.NO_REPLY, check.euc_number))
        numbers = {normalise_euc_number(c.euc_number): c.euc_number for c in checks}
        if normalise_euc_number(app.euc_number):
            numbers.setdefault(normalise_euc_number(app.euc_number), app.euc_number.strip())
        flags += _also_on(session, app, numbers)
        return tuple(flags)


def _also_on(session: Session, app: Application, numbers: dict[str, str]) -> list[EucFlag]:
    """Other cases holding one of ``numbers`` (key -> as written), by case reference: the
    cases' own certificates and the checks recorded on them, each found through its indexed
    key (``applications.euc_number_key``, ``euc_checks.number_key``) in one query."""
    if not numbers:
        return []
    keys = list(numbers)
    on_cases = select(
        Application.euc_number_key.label("key"), Application.id.label("application_id")
    ).where(Application.id != app.id, Application.euc_number_key.in_(keys))
    in_checks = select(
        EucCheck.number_key.label("key"), EucCheck.application_id.label("application_id")
    ).where(EucCheck.application_id != app.id, EucCheck.number_key.in_(keys))
    holders = union(on_cases, in_checks).subquery()
    # A handful of rows: sorted here, so both engines list them alike (collations differ).
    rows = sorted(
        (key, reference, end_user)
        for key, reference, end_user in session.execute(
            select(holders.c.key, Application.reference, Application.end_user_name).join(
                Application, Application.id == holders.c.application_id
            )
        )
    )
    mine = _end_user(app.end_user_name)
    return [
        EucFlag(
            FlagKind.ALSO_ON_CASE,
            numbers[key],
            other_reference=reference,
            same_end_user=bool(mine) and _end_user(end_user) == mine,
        )
        for key, reference, end_user in rows
    ]


def _end_user(name: str) -> str:
    return " ".join(name.casefold().split())


def euc_check_records(db: Database, application_id: int) -> tuple[EucCheckData, ...]:
    """The checks as the assessment record PDF prints them."""
    return tuple(
        EucCheckData(
            number=c.euc_number,
            issuing_authority=c.issuing_authority,
            issued_on=c.issued_on,
            contacted=c.contacted,
            contacted_on=c.contacted_on,
            result=c.result.value,
            recorded_by=c.recorded_by,
            notes=c.notes,
        )
        for c in euc_checks(db, application_id)
    )


def flag_words(flags: Iterable[EucFlag]) -> tuple[str, ...]:
    return tuple(f.words for f in flags)


def flag_records(flags: Iterable[EucFlag]) -> tuple[tuple[str, str, str, bool], ...]:
    """The flags as the assessment record PDF words them (in its own language)."""
    return tuple((f.kind.value, f.number, f.other_reference, f.same_end_user) for f in flags)


def _view(row: EucCheck, recorded_by: str) -> EucCheckView:
    return EucCheckView(
        id=row.id,
        application_id=row.application_id,
        euc_number=row.euc_number,
        issuing_authority=row.issuing_authority,
        issued_on=row.issued_on,
        contacted=row.contacted,
        contacted_on=row.contacted_on,
        result=EucResult(row.result),
        notes=row.notes,
        recorded_by=recorded_by,
    )
