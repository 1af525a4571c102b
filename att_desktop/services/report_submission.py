"""The annual report as submitted (Article 13(3); seed 004, Annex A 14-18).

A report is prepared before it is sent: the focal point opens a submission for a year, asks
agencies to contribute (customs confirms the actual exports...), and records the report's
choices with who made them and why. A member of each agency signs off its contribution; a
named approver (never the person who prepared it) approves, and at that moment the files are
built once and their exact bytes are stored with their SHA-256 (``report_files``). What was
sent is shown from those bytes, never recomputed: the PDF builder is not byte-for-byte
deterministic, and the register keeps changing after the report goes out. A correction is a
new frozen version; version 1 stays as it was.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Agency,
    Application,
    ExchangeRate,
    Licence,
    LicenceLine,
    LineItem,
    ReportChoice,
    ReportContribution,
    ReportFile,
    ReportSubmission,
    ReportVersion,
    Shipment,
    User,
)
from att_desktop.db.types import utcnow
from att_desktop.domain.reporting import AnnualReport, Basis, ContactPoint, Measure, ReportOptions
from att_desktop.domain.reporting.options import NationalDefinition
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, PermissionDenied, allowed, authorize
from att_desktop.services.reporting import AUTHORITY_COUNTRY
from att_desktop.services.settings import get_setting

ATT_ANNUAL = "att_annual"
ENTITY = "report_submission"


def _now() -> datetime:
    """The moment (aware, UTC), in one place so tests can move the clock."""
    return utcnow()


def local_date(moment: datetime) -> date:
    """The date on the workstation's calendar at ``moment`` (stored in UTC): an approval at
    22:30 in New York is on that day, not on the next day's UTC date."""
    return moment.astimezone().date()


def local_today() -> date:
    """Today where the focal point is: what "sent on" defaults to and is checked against."""
    return local_date(_now())


class SubmissionStatus(StrEnum):
    PREPARING = "preparing"
    APPROVED = "approved"
    SUBMITTED = "submitted"


class FrozenFileTampered(ServiceError):
    """A stored file no longer has the SHA-256 recorded when it was frozen."""


@dataclass(frozen=True)
class FrozenFile:
    """One file exactly as sent: its bytes and their SHA-256 (checked when read)."""

    name: str
    media_type: str
    data: bytes
    sha256: str


@dataclass(frozen=True)
class ContributionView:
    agency_id: int
    agency_name: str
    text: str
    signed_off_by: str
    signed_off_at: datetime | None

    @property
    def signed_off(self) -> bool:
        return self.signed_off_at is not None


@dataclass(frozen=True)
class ChoiceView:
    key: str
    value: str
    set_by: str
    reason: str
    recorded_at: datetime


@dataclass(frozen=True)
class FileView:
    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class VersionView:
    version: int
    reason: str
    made_by: str
    made_at: datetime
    files: tuple[FileView, ...]


@dataclass(frozen=True)
class SubmissionView:
    id: int
    kind: str
    year: int
    status: SubmissionStatus
    opened_by_id: int | None
    opened_by: str
    approver_id: int | None
    approver: str
    approved_at: datetime | None
    submitted_on: date | None
    contributions: tuple[ContributionView, ...]
    #: The newest value of each choice, in the order first made.
    choices: tuple[ChoiceView, ...]
    versions: tuple[VersionView, ...]

    @property
    def awaiting_sign_off(self) -> tuple[str, ...]:
        return tuple(c.agency_name for c in self.contributions if not c.signed_off)


#: The options a submission records as choices, in the order the window shows them.
OPTION_KEYS = (
    "exports_basis",
    "imports_basis",
    "measure",
    "report_currency",
    "include_civilian_small_arms",
    "include_national_categories",
    "exports_public",
    "imports_public",
    "reporting_state",
    "contact",
    "national_definitions",
)

_MEDIA = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "json": "application/json",
}


# --------------------------------------------------------------------------- reading


def _name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    return user.full_name if user is not None else ""


def _find(session: Session, year: int, kind: str) -> ReportSubmission | None:
    return session.scalar(
        select(ReportSubmission).where(ReportSubmission.year == year, ReportSubmission.kind == kind)
    )


def _get(session: Session, year: int, kind: str) -> ReportSubmission:
    found = _find(session, year, kind)
    if found is None:
        raise NotFoundError(
            msg("No report for {year} is in preparation: open the submission first.", year=year)
        )
    return found


def _latest_choices(session: Session, submission_id: int) -> dict[str, ReportChoice]:
    latest: dict[str, ReportChoice] = {}
    rows = session.scalars(
        select(ReportChoice)
        .where(ReportChoice.submission_id == submission_id)
        .order_by(ReportChoice.id)
    )
    for row in rows:
        latest[row.key] = row
    return latest


def _versions(session: Session, submission_id: int) -> tuple[VersionView, ...]:
    out = []
    for version in session.scalars(
        select(ReportVersion)
        .where(ReportVersion.submission_id == submission_id)
        .order_by(ReportVersion.version)
    ):
        files = session.execute(
            select(
                ReportFile.name,
                ReportFile.media_type,
                ReportFile.sha256,
                func.length(ReportFile.data),
            )
            .where(ReportFile.version_id == version.id)
            .order_by(ReportFile.id)
        ).all()
        out.append(
            VersionView(
                version.version,
                version.reason,
                _name(session, version.made_by_id),
                version.made_at,
                tuple(FileView(n, m, int(size or 0), h) for n, m, h, size in files),
            )
        )
    return tuple(out)


def _view(session: Session, sub: ReportSubmission) -> SubmissionView:
    contributions = tuple(
        ContributionView(
            c.agency_id,
            _agency_name(session, c.agency_id),
            c.text,
            _name(session, c.signed_off_by_id),
            c.signed_off_at,
        )
        for c in session.scalars(
            select(ReportContribution)
            .where(ReportContribution.submission_id == sub.id)
            .order_by(ReportContribution.id)
        )
    )
    choices = tuple(
        ChoiceView(c.key, c.value, c.set_by_name, c.reason, c.recorded_at)
        for c in sorted(_latest_choices(session, sub.id).values(), key=lambda c: _order(c.key))
    )
    return SubmissionView(
        id=sub.id,
        kind=sub.kind,
        year=sub.year,
        status=SubmissionStatus(sub.status),
        opened_by_id=sub.opened_by_id,
        opened_by=_name(session, sub.opened_by_id),
        approver_id=sub.approver_id,
        approver=_name(session, sub.approver_id),
        approved_at=sub.approved_at,
        submitted_on=sub.submitted_on,
        contributions=contributions,
        choices=choices,
        versions=_versions(session, sub.id),
    )


def _agency_name(session: Session, agency_id: int) -> str:
    agency = session.get(Agency, agency_id)
    return agency.name if agency is not None else ""


def _order(key: str) -> tuple[int, str]:
    return (OPTION_KEYS.index(key), "") if key in OPTION_KEYS else (len(OPTION_KEYS), key)


def get_submission(db: Database, year: int, kind: str = ATT_ANNUAL) -> SubmissionView | None:
    """The year's submission as it stands, or None when none was opened."""
    with db.session() as session:
        found = _find(session, year, kind)
        return _view(session, found) if found is not None else None


def list_submissions(db: Database, kind: str = ATT_ANNUAL) -> tuple[SubmissionView, ...]:
    with db.session() as session:
        rows = session.scalars(
            select(ReportSubmission)
            .where(ReportSubmission.kind == kind)
            .order_by(ReportSubmission.year.desc())
        )
        return tuple(_view(session, r) for r in rows)


# --------------------------------------------------------------------------- choices


def _option_values(options: ReportOptions) -> dict[str, str]:
    return {
        "exports_basis": options.exports_basis.value,
        "imports_basis": options.imports_basis.value,
        "measure": options.measure.value,
        "report_currency": options.report_currency.strip().upper(),
        "include_civilian_small_arms": _yes(options.include_civilian_small_arms),
        "include_national_categories": _yes(options.include_national_categories),
        "exports_public": _yes(options.exports_public),
        "imports_public": _yes(options.imports_public),
        "reporting_state": options.reporting_state.strip().upper(),
        "contact": json.dumps(asdict(options.contact), sort_keys=True, ensure_ascii=False),
        "national_definitions": json.dumps(
            [asdict(d) for d in options.national_definitions], ensure_ascii=False
        ),
    }


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def options_of(view: SubmissionView) -> ReportOptions:
    """The report options the submission's choices make (what approval builds the files
    from)."""
    values = {c.key: c.value for c in view.choices}
    contact = json.loads(values.get("contact") or "{}")
    definitions = json.loads(values.get("national_definitions") or "[]")
    return ReportOptions(
        year=view.year,
        exports_basis=Basis(values.get("exports_basis", Basis.AUTHORISED.value)),
        imports_basis=Basis(values.get("imports_basis", Basis.AUTHORISED.value)),
        measure=Measure(values.get("measure", Measure.BOTH.value)),
        report_currency=values.get("report_currency", "EUR"),
        include_civilian_small_arms=values.get("include_civilian_small_arms") != "no",
        include_national_categories=values.get("include_national_categories") == "yes",
        # Submissions opened before the question was asked per form recorded one answer.
        exports_public=values.get("exports_public", values.get("may_be_made_public")) == "yes",
        imports_public=values.get("imports_public", values.get("may_be_made_public")) == "yes",
        reporting_state=values.get("reporting_state", ""),
        contact=ContactPoint(**{k: str(v) for k, v in contact.items()}),
        national_definitions=tuple(
            NationalDefinition(str(d["category"]), str(d["definition"])) for d in definitions
        ),
    )


def _line_choices(session: Session, year: int) -> dict[str, tuple[str, str]]:
    """The record's own choices for the year's lines, ``{key: (value, reason)}``: lines
    withheld (Art. 13(3): commercially sensitive or national security), lines left out as not
    reportable, comments printed with a line; and the exchange rates with their sources."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    shipped = select(Shipment.licence_id).where(
        Shipment.shipped_on >= start, Shipment.shipped_on <= end
    )
    rows = session.execute(
        select(
            Application.reference,
            LineItem.line_no,
            LineItem.withheld,
            LineItem.withheld_reason,
            LineItem.not_reportable_reason,
            LineItem.report_comment,
        )
        .distinct()
        .select_from(LineItem)
        .join(LicenceLine, LicenceLine.line_item_id == LineItem.id)
        .join(Licence, Licence.id == LicenceLine.licence_id)
        .join(Application, Application.id == LineItem.application_id)
        .where(
            or_(
                Licence.issued_on.between(start, end),
                Licence.id.in_(shipped),
            ),
            or_(
                LineItem.withheld.is_(True),
                LineItem.not_reportable_reason.is_not(None),
                LineItem.report_comment != "",
            ),
        )
        .order_by(Application.reference, LineItem.line_no)
    ).all()
    out: dict[str, tuple[str, str]] = {}
    for ref, line, withheld, why, not_reportable, comment in rows:
        where = f"{ref} line {line}"
        if withheld:
            out[f"withheld:{where}"] = ("withheld", why.strip())
        if not_reportable is not None:
            out[f"excluded:{where}"] = ("not reportable", not_reportable.value)
        if comment.strip():
            out[f"comment:{where}"] = (comment.strip(), "")
    for rate in session.scalars(
        select(ExchangeRate).where(ExchangeRate.year == year).order_by(ExchangeRate.id)
    ):
        key = f"rate:{rate.currency}->{rate.report_currency}"
        out[key] = (str(rate.rate), rate.source)
    return out


def _append_choices(
    session: Session,
    sub: ReportSubmission,
    values: dict[str, tuple[str, str]],
    actor: Actor,
) -> dict[str, dict[str, str]]:
    """Append each choice whose value or reason differs from the newest; what changed."""
    latest = _latest_choices(session, sub.id)
    changed: dict[str, dict[str, str]] = {}
    for key, (value, reason) in values.items():
        old = latest.get(key)
        if old is not None and old.value == value and old.reason == reason:
            continue
        session.add(
            ReportChoice(
                submission_id=sub.id,
                key=key,
                value=value,
                set_by_id=actor.user_id,
                set_by_name=actor.name,
                reason=reason,
            )
        )
        changed[key] = {"value": value, "reason": reason}
    return changed


def _require_withholding_reasons(values: dict[str, tuple[str, str]]) -> None:
    missing = [
        FieldError(
            key.removeprefix("withheld:"),
            msg(
                "give the reason it is withheld (commercial "
                "sensitivity or national security) on the line, then record the choices again"
            ),
        )
        for key, (_value, reason) in values.items()
        if key.startswith("withheld:") and not reason
    ]
    if missing:
        raise ValidationFailed(missing)


def _preparing(sub: ReportSubmission) -> None:
    if sub.status != SubmissionStatus.PREPARING:
        raise ServiceError(
            msg(
                "The {year} report is already {status}: its choices and "
                "contributions are frozen. Record a correction instead.",
                year=sub.year,
                status=sub.status,
            )
        )


def open_submission(
    db: Database,
    year: int,
    options: ReportOptions,
    *,
    agency_ids: tuple[int, ...] = (),
    reason: str = "",
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """Open the year's report in preparation (the focal point): its choices as of now,
    with ``reason``, and the agencies asked to contribute. Opening it again records only the
    choices that changed since."""
    with db.session() as session:
        user = authorize(session, actor, Permission.BUILD_REPORT)
        if not options.reporting_state.strip():  # as the report itself does (collect)
            state = get_setting(session, AUTHORITY_COUNTRY)
            options = replace(options, reporting_state=state)
        values = {k: (v, reason.strip()) for k, v in _option_values(options).items()}
        values.update(_line_choices(session, year))
        _require_withholding_reasons(values)
        sub = _find(session, year, kind)
        created = sub is None
        if sub is None:
            sub = ReportSubmission(
                kind=kind,
                year=year,
                status=SubmissionStatus.PREPARING.value,
                opened_by_id=user.id if user else None,
            )
            session.add(sub)
            session.flush()
        _preparing(sub)
        changed = _append_choices(session, sub, values, actor)
        added = _add_contributors(session, sub, agency_ids)
        session.flush()
        if created or changed or added:
            record_event(
                session,
                actor,
                entity=ENTITY,
                entity_id=sub.id,
                action="report_opened" if created else "report_choices_recorded",
                summary=f"Annual report {year}: "
                + ("opened for preparation" if created else "choices recorded"),
                after={"year": year, "kind": kind, "choices": changed, "agencies": added},
                reason=reason.strip(),
            )
        return _view(session, sub)


def set_choice(
    db: Database,
    year: int,
    key: str,
    value: str,
    reason: str,
    *,
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """Change one choice, saying why (a reason is required: the next person must know)."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why this choice is made"))])
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        sub = _get(session, year, kind)
        _preparing(sub)
        latest = _latest_choices(session, sub.id)
        before = latest[key].value if key in latest else None
        changed = _append_choices(session, sub, {key: (value, reason.strip())}, actor)
        if changed:
            session.flush()
            record_event(
                session,
                actor,
                entity=ENTITY,
                entity_id=sub.id,
                action="report_choice_set",
                summary=f"Annual report {year}: choice {key} set to {value}",
                before={"key": key, "value": before},
                after={"key": key, "value": value},
                reason=reason.strip(),
            )
        return _view(session, sub)


# --------------------------------------------------------------------------- contributions


def _add_contributors(
    session: Session, sub: ReportSubmission, agency_ids: tuple[int, ...]
) -> list[str]:
    have = set(
        session.scalars(
            select(ReportContribution.agency_id).where(ReportContribution.submission_id == sub.id)
        )
    )
    added = []
    for agency_id in dict.fromkeys(agency_ids):
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(msg("There is no agency with id {agency_id}.", agency_id=agency_id))
        if agency_id in have:
            continue
        session.add(ReportContribution(submission_id=sub.id, agency_id=agency_id, text=""))
        added.append(agency.name)
    return added


def ask_agencies(
    db: Database,
    year: int,
    agency_ids: tuple[int, ...],
    *,
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """Ask more agencies to contribute (the focal point); those already asked stay."""
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        sub = _get(session, year, kind)
        _preparing(sub)
        added = _add_contributors(session, sub, agency_ids)
        if added:
            session.flush()
            record_event(
                session,
                actor,
                entity=ENTITY,
                entity_id=sub.id,
                action="report_contributors_asked",
                summary=f"Annual report {year}: contributions asked of {', '.join(added)}",
                after={"agencies": added},
            )
        return _view(session, sub)


def sign_off_contribution(
    db: Database,
    year: int,
    text: str,
    *,
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """The signed-in member's agency contributes and signs off (one person is enough, but
    only a member of the agency asked)."""
    with db.session() as session:
        user = authorize(session, actor, Permission.CONTRIBUTE_TO_REPORT)
        sub = _get(session, year, kind)
        _preparing(sub)
        agency_id = user.agency_id if user is not None else None
        row = session.scalar(
            select(ReportContribution).where(
                ReportContribution.submission_id == sub.id,
                ReportContribution.agency_id == agency_id,
            )
        )
        if user is None or row is None:
            raise PermissionDenied(
                msg(
                    "Your agency was not asked to contribute to the {year} report: "
                    "only a member of an agency asked signs off its contribution.",
                    year=year,
                ),
                Permission.CONTRIBUTE_TO_REPORT,
            )
        before = {"text": row.text, "signed_off": row.signed_off_at is not None}
        row.text = text.strip()
        row.signed_off_by_id = user.id
        row.signed_off_at = _now()
        session.flush()
        agency = session.get(Agency, row.agency_id)
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=sub.id,
            action="report_contribution_signed_off",
            summary=f"Annual report {year}: {agency.name if agency else ''} signed off its "
            "contribution",
            before=before,
            after={"text": row.text, "signed_off": True, "agency": agency.name if agency else ""},
        )
        return _view(session, sub)


# --------------------------------------------------------------------------- approval


def name_approver(
    db: Database,
    year: int,
    user_id: int,
    *,
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """Name who approves the report (the focal point): someone who may approve reports and
    did not prepare this one."""
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        sub = _get(session, year, kind)
        _preparing(sub)
        approver = session.get(User, user_id)
        if approver is None or not approver.active:
            raise NotFoundError(msg("There is no active account with that id."))
        _check_approver(sub, approver)
        before = _name(session, sub.approver_id)
        sub.approver_id = approver.id
        session.flush()
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=sub.id,
            action="report_approver_named",
            summary=f"Annual report {year}: {approver.full_name} named as approver",
            before={"approver": before},
            after={"approver": approver.full_name},
        )
        return _view(session, sub)


def _check_approver(sub: ReportSubmission, approver: User) -> None:
    if approver.id == sub.opened_by_id:
        raise PermissionDenied(
            msg(
                "{full_name} prepared the {year} report, so someone else must "
                "approve it (four-eyes principle).",
                full_name=approver.full_name,
                year=sub.year,
            ),
            Permission.APPROVE_REPORT,
        )
    if not allowed(approver.role, Permission.APPROVE_REPORT):
        raise ServiceError(
            msg(
                "{full_name} may not approve reports: name a member of the deciding authority.",
                full_name=approver.full_name,
            )
        )


def _build_files(report: AnnualReport, year: int) -> list[FrozenFile]:
    """Write the report once in every format the app exports and read the bytes back."""
    from att_desktop.formats.report_writers import write_report

    files = []
    with tempfile.TemporaryDirectory(prefix="att-report-") as folder:
        for fmt, media in _MEDIA.items():
            name = f"att-annual-report-{year}.{fmt}"
            path = Path(folder) / name
            write_report(report, path, fmt)
            data = path.read_bytes()
            files.append(FrozenFile(name, media, data, hashlib.sha256(data).hexdigest()))
    return files


def _may_approve(session: Session, sub: ReportSubmission, actor: Actor) -> User | None:
    user = authorize(session, actor, Permission.APPROVE_REPORT)
    if user is None:
        return None
    if sub.approver_id is not None and sub.approver_id != user.id:
        raise PermissionDenied(
            msg(
                "{approver} is named to approve the {year} report; ask them, or "
                "ask the focal point to name you.",
                approver=_name(session, sub.approver_id),
                year=sub.year,
            ),
            Permission.APPROVE_REPORT,
        )
    _check_approver(sub, user)
    return user


def _ready_to_freeze(
    db: Database, year: int, kind: str, actor: Actor, *, correction: bool
) -> ReportOptions:
    """Check before the (long) build that this person may freeze the report now."""
    with db.session() as session:
        sub = _get(session, year, kind)
        _may_approve(session, sub, actor)
        if correction and sub.status == SubmissionStatus.PREPARING:
            raise ServiceError(
                msg("The {year} report is not approved yet: approve it first.", year=year)
            )
        if not correction:
            _preparing(sub)
            waiting = _view(session, sub).awaiting_sign_off
            if waiting:
                raise ServiceError(
                    msg(
                        "Waiting for the sign-off of {agencies}: the report is approved once "
                        "every agency asked has signed off its contribution.",
                        agencies=", ".join(waiting),
                    )
                )
        return options_of(_view(session, sub))


def _built(db: Database, options: ReportOptions, actor: Actor) -> list[FrozenFile]:
    from att_desktop.services.reporting import collect

    report = collect(db, options, actor=actor, permission=Permission.APPROVE_REPORT)
    if report.has_errors:
        raise ServiceError(
            msg(
                "The {year} report has {count} error(s) to fix before it is "
                "approved: open it in the annual report window to see them.",
                year=options.year,
                count=len(report.errors),
            )
        )
    return _build_files(report, options.year)


def _store_version(
    session: Session, sub: ReportSubmission, files: list[FrozenFile], reason: str, actor: Actor
) -> ReportVersion:
    number = (
        session.scalar(
            select(func.max(ReportVersion.version)).where(ReportVersion.submission_id == sub.id)
        )
        or 0
    ) + 1
    version = ReportVersion(
        submission_id=sub.id, version=number, reason=reason, made_by_id=actor.user_id
    )
    session.add(version)
    session.flush()
    for f in files:
        session.add(
            ReportFile(
                version_id=version.id,
                name=_versioned(f.name, number),
                media_type=f.media_type,
                data=f.data,
                sha256=f.sha256,
            )
        )
    session.flush()
    return version


def _versioned(name: str, number: int) -> str:
    """``att-annual-report-2025.pdf`` stored as version 2: ``att-annual-report-2025-v2.pdf``."""
    stem, _, ext = name.rpartition(".")
    return f"{stem}-v{number}.{ext}"


def _hashes(files: list[FrozenFile]) -> dict[str, str]:
    return {f.name: f.sha256 for f in files}


def approve_report(
    db: Database, year: int, *, kind: str = ATT_ANNUAL, actor: Actor = LOCAL_OFFICER
) -> SubmissionView:
    """The named approver approves: the files are built once from the submission's choices
    and frozen as version 1, their hashes recorded in the history. Long: a worker thread."""
    options = _ready_to_freeze(db, year, kind, actor, correction=False)
    files = _built(db, options, actor)
    with db.session() as session:
        sub = _get(session, year, kind)
        user = _may_approve(session, sub, actor)
        _preparing(sub)
        version = _store_version(session, sub, files, "", actor)
        stored = frozen_in(session, sub, version.version)
        sub.status = SubmissionStatus.APPROVED.value
        sub.approver_id = user.id if user is not None else sub.approver_id
        sub.approved_at = _now()
        session.flush()
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=sub.id,
            action="report_approved",
            summary=f"Annual report {year} approved; version {version.version} frozen",
            before={"status": SubmissionStatus.PREPARING.value},
            after={
                "status": SubmissionStatus.APPROVED.value,
                "version": version.version,
                "sha256": _hashes(stored),
            },
        )
        return _view(session, sub)


def mark_submitted(
    db: Database,
    year: int,
    sent_on: date | None = None,
    *,
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """Record the date the approved report was sent to the ATT Secretariat (the focal
    point): what was sent is the frozen version the approver approved. ``sent_on`` defaults
    to today on the workstation's calendar, never the UTC date (they differ near midnight)."""
    today = local_today()
    sent_on = sent_on or today
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        sub = _get(session, year, kind)
        if sub.status == SubmissionStatus.PREPARING:
            raise ServiceError(
                msg("The {year} report is not approved yet: it is sent once approved.", year=year)
            )
        if sent_on > today:
            raise ValidationFailed(
                [
                    FieldError(
                        "sent on",
                        msg("the date cannot be in the future (today is {today})", today=today),
                    )
                ]
            )
        if sub.approved_at is not None and sent_on < local_date(sub.approved_at):
            approved = local_date(sub.approved_at).isoformat()
            raise ValidationFailed(
                [
                    FieldError(
                        "sent on",
                        msg(
                            "the report cannot have been sent before it was approved ({approved})",
                            approved=approved,
                        ),
                    )
                ]
            )
        before = {"status": sub.status, "submitted_on": sub.submitted_on}
        sub.status = SubmissionStatus.SUBMITTED.value
        sub.submitted_on = sent_on
        sub.submitted_by_id = actor.user_id
        session.flush()
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=sub.id,
            action="report_submitted",
            summary=f"Annual report {year} sent to the ATT Secretariat on {sent_on.isoformat()}",
            before=before,
            after={"status": sub.status, "submitted_on": sent_on},
        )
        return _view(session, sub)


def correct_report(
    db: Database,
    year: int,
    reason: str,
    *,
    kind: str = ATT_ANNUAL,
    actor: Actor = LOCAL_OFFICER,
) -> SubmissionView:
    """A correction: the approver freezes the report as it now stands as the next version,
    with the reason; every earlier version stays exactly as it was."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say what the correction corrects"))])
    options = _ready_to_freeze(db, year, kind, actor, correction=True)
    files = _built(db, options, actor)
    with db.session() as session:
        sub = _get(session, year, kind)
        _may_approve(session, sub, actor)
        version = _store_version(session, sub, files, reason.strip(), actor)
        stored = frozen_in(session, sub, version.version)
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=sub.id,
            action="report_corrected",
            summary=f"Annual report {year}: correction frozen as version {version.version}",
            after={"version": version.version, "sha256": _hashes(stored)},
            reason=reason.strip(),
        )
        return _view(session, sub)


# --------------------------------------------------------------------------- as submitted


def frozen_in(session: Session, sub: ReportSubmission, version: int | None) -> list[FrozenFile]:
    """The stored files of ``version`` (the newest when None), each re-hashed: a mismatch
    raises ``FrozenFileTampered`` naming the file."""
    query = select(ReportVersion).where(ReportVersion.submission_id == sub.id)
    if version is None:
        query = query.order_by(ReportVersion.version.desc()).limit(1)
    else:
        query = query.where(ReportVersion.version == version)
    found = session.scalar(query)
    if found is None:
        raise NotFoundError(
            f"The {sub.year} report has no frozen version"
            + (f" {version}" if version is not None else "")
            + ": it is frozen when approved."
        )
    out = []
    for row in session.scalars(
        select(ReportFile).where(ReportFile.version_id == found.id).order_by(ReportFile.id)
    ):
        data = bytes(row.data)
        actual = hashlib.sha256(data).hexdigest()
        if actual != row.sha256:
            raise FrozenFileTampered(
                msg(
                    "{name} is NOT the file that was sent: its SHA-256 is now "
                    "{actual}, but {sha256} was recorded when it was frozen. The "
                    "stored copy was changed outside ATT Desktop; run an audit and "
                    "restore it from a backup.",
                    name=row.name,
                    actual=actual,
                    sha256=row.sha256,
                )
            )
        out.append(FrozenFile(row.name, row.media_type, data, row.sha256))
    return out


def frozen_files(
    db: Database, year: int, kind: str = ATT_ANNUAL, version: int | None = None
) -> list[FrozenFile]:
    """Exactly what was sent for ``year`` (the newest version unless ``version``), from the
    stored bytes, each checked against its recorded hash."""
    with db.session() as session:
        return frozen_in(session, _get(session, year, kind), version)
