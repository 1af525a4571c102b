"""The register spreadsheet as use cases: import an authority's register, export ours.

Import is all or nothing: every row is checked first and the file is written in one
transaction only if nothing is wrong, so a half-imported register never exists. The
spreadsheet itself (columns, parsing, writing) is ``att_desktop.formats.register_sheet``.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Decision, Event, Licence, LicenceLine, Party
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    PartyRole,
)
from att_desktop.formats.register_sheet import (
    ImportedCase,
    ImportedLicence,
    format_grounds,
    format_parties,
    parse_register,
    write_register_csv,
    write_register_xlsx,
)
from att_desktop.formats.table_files import RegisterFileError, RowError, file_format, read_table
from att_desktop.i18n import Message, msg
from att_desktop.services.cases import insert_application
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.provenance import (
    DECISION_IMPORTED,
    Decider,
    ImportSource,
    article6_refusals,
    migration_refusal,
    provenance,
    provenance_by_decision,
    resolve_decider,
)
from att_desktop.services.references import counter_keys, lock_counters

#: Cells that list several parties of one role ("Name (country, type); ...").

#: Spellings that spreadsheets in the wild use for our columns.

#: Leading characters that make Excel treat a CSV cell as a formula (CSV injection).

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportReport:
    source: str
    cases: int
    items: int
    errors: tuple[RowError, ...]
    warnings: tuple[str, ...]
    written: bool

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ExportReport:
    path: Path
    cases: int
    rows: int


# --- file level -----------------------------------------------------------------------------


#: What Excel shows in a cell whose formula failed.
#: A formula element in a worksheet's XML, with or without a namespace prefix.


# --- into the database ---------------------------------------------------------------------


def _existing(session: Session, cases: Sequence[ImportedCase]) -> list[RowError]:
    errors: list[RowError] = []
    references = [c.reference for c in cases if c.reference]
    if references:
        taken = set(
            session.scalars(
                select(Application.reference).where(Application.reference.in_(references))
            )
        )
        for case in cases:
            if case.reference in taken:
                errors.append(
                    RowError(
                        case.rows[0],
                        "reference",
                        msg(
                            "{reference} is already in the register; remove these rows, or "
                            "leave the reference empty to register them as a new case",
                            context="register file problem",
                            reference=case.reference,
                        ),
                    )
                )
    numbers = [c.licence.number for c in cases if c.licence is not None]
    if numbers:
        taken = set(session.scalars(select(Licence.number).where(Licence.number.in_(numbers))))
        for case in cases:
            if case.licence is not None and case.licence.number in taken:
                errors.append(
                    RowError(
                        case.rows[0],
                        "licence_number",
                        msg(
                            "licence {number} is already in the register",
                            context="register file problem",
                            number=case.licence.number,
                        ),
                    )
                )
    return errors


def _rows_message(rows: Sequence[int]) -> Message:
    """``row 4`` / ``rows 4-6``, to translate within a problem."""
    if len(rows) == 1:
        return msg("row {row}", context="register file problem", row=rows[0])
    return msg("rows {first}-{last}", context="register file problem", first=rows[0], last=rows[-1])


def _rows_label(rows: Sequence[int]) -> str:
    return f"row {rows[0]}" if len(rows) == 1 else f"rows {rows[0]}-{rows[-1]}"


def _historical_problems(
    session: Session, cases: Sequence[ImportedCase], actor: Actor
) -> tuple[list[RowError], dict[int, Decider]]:
    """Issue 13: decided rows need the records-migration right and a decider who could
    have decided here (or decided outside the app); the deciders by case index."""
    decided = [(n, c) for n, c in enumerate(cases) if c.decided]
    if not decided:
        return [], {}
    refusal = migration_refusal(session, actor)
    if refusal is not None:
        return [
            RowError(
                c.rows[0],
                "status",
                msg(
                    "{rows}: an {status} case is a historical decision; only a holder of the "
                    "records-migration right imports those. {refusal}",
                    context="register file problem",
                    rows=_rows_message(c.rows),
                    status=c.status.value,
                    refusal=refusal,
                ),
            )
            for _, c in decided
        ], {}
    errors: list[RowError] = []
    deciders: dict[int, Decider] = {}
    for n, case in decided:
        who = resolve_decider(session, case.decided_by, actor)
        if isinstance(who, Message):
            errors.append(RowError(case.rows[0], "decided_by", who))
        else:
            deciders[n] = who
    return errors, deciders


def _write_case(
    session: Session,
    case: ImportedCase,
    source: ImportSource,
    actor: Actor,
    today: date,
    decider: Decider | None,
) -> list[RowError]:
    """Write one case; an authorisation the Article 6 screen refuses as at its decision
    date comes back as errors (the caller then rolls the whole file back)."""
    app = insert_application(
        session,
        case.application,
        actor=actor,
        status=case.status,
        reference=case.reference,
        action="imported",
        summary=f"Imported from {source.name}, {_rows_label(case.rows)}",
    )
    if case.status is not CaseStatus.DRAFT:
        app.submitted_on = case.application.received_on
    if case.decided_on is None:
        return []
    app.decided_on = case.decided_on
    if case.status is CaseStatus.WITHDRAWN:
        return []
    assert decider is not None
    outcome = (
        DecisionOutcome.AUTHORISE if case.status is CaseStatus.AUTHORISED else DecisionOutcome.DENY
    )
    if outcome is DecisionOutcome.AUTHORISE:
        session.refresh(app, ["items", "parties", "transit_states"])
        refusals = article6_refusals(session, app, case.decided_on)
        if refusals:
            return [RowError(case.rows[0], "status", r) for r in refusals]
    origin = provenance(source, case.rows, actor, decider)
    decision = Decision(
        application_id=app.id,
        outcome=outcome,
        decided_on=case.decided_on,
        decided_by_id=decider.user_id,
        grounds=[g.to_json() for g in case.grounds],
        rationale=f"Recorded from the register spreadsheet {source.name}.\n\n{origin.sentence()}",
    )
    session.add(decision)
    session.flush()
    record_event(
        session,
        actor,
        entity="decision",
        entity_id=decision.id,
        application_id=app.id,
        action=DECISION_IMPORTED,
        summary=f"{outcome.value.capitalize()} on {case.decided_on} (imported)",
        after={
            "outcome": outcome,
            "decided_on": case.decided_on,
            "grounds": decision.grounds,
            "rationale": decision.rationale,
            "decided_by_id": decision.decided_by_id,
            "provenance": origin.to_json(),
        },
    )
    if case.licence is not None:
        _write_licence(session, app, decision, case.licence, actor, today)
    return []


def _write_licence(
    session: Session,
    app: Application,
    decision: Decision,
    imported: ImportedLicence,
    actor: Actor,
    today: date,
) -> None:
    """The imported authorisation's licence: every line item in full."""
    licence = Licence(
        application_id=app.id,
        decision_id=decision.id,
        number=imported.number,
        issued_on=decision.decided_on,
        valid_from=imported.valid_from,
        valid_until=imported.valid_until,
        status=LicenceStatus.VALID if imported.valid_until >= today else LicenceStatus.EXPIRED,
    )
    session.add(licence)
    session.flush()
    for item in app.items:
        session.add(
            LicenceLine(
                licence_id=licence.id,
                line_item_id=item.id,
                quantity=item.quantity,
                value=item.value,
                currency=item.currency,
            )
        )
    session.flush()
    record_event(
        session,
        actor,
        entity="licence",
        entity_id=licence.id,
        application_id=app.id,
        action="licence_imported",
        summary=f"Licence {licence.number} valid {licence.valid_from} to {licence.valid_until}",
        after={
            "number": licence.number,
            "valid_from": licence.valid_from,
            "valid_until": licence.valid_until,
        },
    )


def import_register(
    db: Database | None,
    path: Path,
    *,
    dry_run: bool = False,
    actor: Actor = LOCAL_OFFICER,
    today: date | None = None,
) -> ImportReport:
    """Check a whole file, then write all of it in one transaction, or nothing.

    ``db`` None checks the file against an empty register (a dry run before ``init``).
    Raises RegisterFileError if the file cannot be read as a spreadsheet at all. Authorised
    and denied rows are historical decisions (issue 13): they need the records-migration
    right, a decider (``decided_by``), and an authorisation must pass the Article 6 screen as
    at its decision date; otherwise the rows are named and nothing is written.
    """
    today = today or date.today()
    parsed = parse_register(read_table(path), today=today)
    items = sum(len(c.application.items) for c in parsed.cases)

    def report(errors: Sequence[RowError], written: bool) -> ImportReport:
        return ImportReport(
            path.name, len(parsed.cases), items, tuple(errors), parsed.warnings, written
        )

    if parsed.errors:
        return report(parsed.errors, False)
    if db is None:
        if not dry_run:
            raise ValueError("importing needs a database")
        return report((), False)
    source = ImportSource.of_file(path)
    with db.session() as session:
        errors = _existing(session, parsed.cases)
        if not dry_run:
            authorize(session, actor, Permission.IMPORT_RECORDS)
        historical, deciders = _historical_problems(session, parsed.cases, actor)
        errors += historical
        if errors or dry_run:
            session.rollback()
            return report(errors, False)
        # history.LOCK_ORDER: every counter first, sorted; the chain joins at the commit.
        wanted = [
            (c.application.transfer_type, c.application.received_on.year, c.reference)
            for c in parsed.cases
        ]
        lock_counters(session, counter_keys(session, wanted))
        for n, case in enumerate(parsed.cases):
            errors += _write_case(session, case, source, actor, today, deciders.get(n))
        if errors:
            session.rollback()
            return report(errors, False)
    log.info("Imported %d cases (%d items) from %s", len(parsed.cases), items, path)
    return report((), True)


# --- out of the database -------------------------------------------------------------------


def _plain_decimal(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()


def register_rows(session: Session, *, year: int | None = None) -> Iterator[dict[str, Any]]:
    """The register as typed rows (dates, Decimals), oldest case first, one per line item."""
    query = (
        select(Application)
        .options(
            selectinload(Application.applicant),
            selectinload(Application.parties),
            selectinload(Application.items),
            selectinload(Application.transit_states),
        )
        .order_by(Application.received_on, Application.id)
    )
    decision_query = select(Decision).order_by(Decision.id)
    licence_query = select(Licence).order_by(Licence.id)
    if year is not None:
        query = query.where(Application.year == year)
        in_year = select(Application.id).where(Application.year == year)
        decision_query = decision_query.where(Decision.application_id.in_(in_year))
        licence_query = licence_query.where(Licence.application_id.in_(in_year))
    # The latest decision and licence of each case (later ids overwrite earlier ones).
    decisions = {d.application_id: d for d in session.scalars(decision_query)}
    licences = {lic.application_id: lic for lic in session.scalars(licence_query)}
    deciders = _decider_names(session)
    for app in session.scalars(query):
        decision = decisions.get(app.id)
        decided_by = deciders.get(decision.id, "") if decision is not None else ""
        yield from _case_rows(app, decision, licences.get(app.id), decided_by)


def _decider_names(session: Session) -> dict[int, str]:
    """Who decided each decision: the person who recorded it in the app, or the decider an
    imported one's provenance names (never its importer)."""
    rows = session.execute(
        select(Event.entity_id, Event.actor_name).where(
            Event.entity == "decision", Event.action == "decided"
        )
    )
    names = {entity_id: name for entity_id, name in rows if entity_id is not None}
    names.update({k: p.decided_by for k, p in provenance_by_decision(session).items()})
    return names


def _acts_for_name(parties: Sequence[Party], party: Party) -> str:
    """The name of the government party a consignee acts for, as the party list writes it."""
    index = party.acts_for
    return parties[index].name if index is not None and 0 <= index < len(parties) else ""


def _case_rows(
    app: Application, decision: Decision | None, licence: Licence | None, decided_by: str = ""
) -> Iterator[dict[str, Any]]:
    parties = [p for p in app.parties if not p.superseded]
    end_users = [p for p in parties if p.role is PartyRole.END_USER]
    main = end_users[0] if end_users else None

    def others(role: PartyRole, skip_first: bool = False) -> str:
        found = [p for p in parties if p.role is role]
        if skip_first:
            found = found[1:]
        return format_parties(
            (p.name, p.country_code, p.party_type, _acts_for_name(parties, p)) for p in found
        )

    case: dict[str, Any] = {
        "reference": app.reference,
        "transfer_type": app.transfer_type.value,
        "status": app.status.value,
        "received_on": app.received_on,
        "applicant": app.applicant.name,
        "applicant_country": app.applicant.country_code,
        "destination": app.destination_code,
        "exporting_state": app.exporting_code,
        "end_user": main.name if main else "",
        "end_user_type": main.party_type.value if main else "",
        "end_user_country": main.country_code if main else "",
        "other_end_users": others(PartyRole.END_USER, skip_first=True),
        "consignees": others(PartyRole.CONSIGNEE),
        "intermediate_consignees": others(PartyRole.INTERMEDIATE_CONSIGNEE),
        "brokers": others(PartyRole.BROKER),
        "transit_states": "; ".join(t.country_code for t in app.transit_states if not t.superseded),
        "intended_end_use": app.intended_end_use,
        "euc_number": app.euc_number,
        "euc_issuer": app.euc_issuer,
        "euc_date": app.euc_date,
        "decided_on": app.decided_on,
        "decided_by": decided_by if decision is not None else "",
        "decision_grounds": format_grounds(
            Ground.from_json(g) for g in decision.grounds if isinstance(g, dict)
        )
        if decision is not None and decision.outcome is DecisionOutcome.DENY
        else "",
        "licence_number": licence.number if licence else "",
        "licence_valid_from": licence.valid_from if licence else None,
        "licence_valid_until": licence.valid_until if licence else None,
    }
    items = [i for i in app.items if not i.superseded]
    if not items:
        yield {**case}
        return
    for item in items:
        yield {
            **case,
            "line_no": item.line_no,
            "description": item.description,
            "model": item.model,
            "control_rating": item.control_rating,
            "att_category": item.att_category or "",
            "not_reportable_reason": item.not_reportable_reason.value
            if item.not_reportable_reason
            else "",
            "quantity": _plain_decimal(item.quantity),
            "unit": item.unit,
            "value": _plain_decimal(item.value),
            "currency": item.currency,
            "origin": item.origin_code,
            "withheld": "yes" if item.withheld else "no",
            "withheld_reason": item.withheld_reason,
            "report_comment": item.report_comment,
        }


def export_register(db: Database, path: Path, *, year: int | None = None) -> ExportReport:
    """Write the register (or one year of it, by year received) to a .csv or .xlsx file.

    The file is written beside the target and then renamed, so a failure never leaves a
    half-written spreadsheet behind.
    """
    fmt = file_format(path)
    path = path.expanduser()
    if not path.parent.is_dir():
        raise RegisterFileError(f"The folder {path.parent} does not exist.")
    handle, temp_name = tempfile.mkstemp(prefix=".att-export-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        with db.session() as session:
            rows = list(register_rows(session, year=year))
        cases = len({r["reference"] for r in rows})
        if fmt == "csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as out:
                count = write_register_csv(out, rows)
        else:
            count = write_register_xlsx(temp, rows)
        temp.replace(path)
    except PermissionError as exc:
        raise RegisterFileError(
            f"Cannot write {path}: {exc.strerror}. If it is open in a spreadsheet program, "
            "close it and try again."
        ) from exc
    except OSError as exc:
        raise RegisterFileError(f"Cannot write {path}: {exc.strerror}.") from exc
    finally:
        temp.unlink(missing_ok=True)
    log.info("Exported %d cases (%d rows) to %s", cases, count, path)
    return ExportReport(path, cases, count)
