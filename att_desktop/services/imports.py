"""Import authorisations and actual imports: the records behind the report's Imports table.

Article 8 asks the importing State to regulate imports; Article 7 is the exporting State's
obligation, but Article 6 applies to any transfer (Art. 2(2)): the exporting State and every
party are screened as at the issue date against the embargoes that cover supplies *from* a
State, and an import that a match prohibits, or that needs a person's confirmation, is
refused with the embargo named. Otherwise it is recorded directly: an import case
(exporting State, the importer, the items with their State of origin, quantities and values)
and the authorisation (licence) issued for it, in one transaction with its history events.
Actual imports are shipments against that authorisation (``services.shipments``), so the
same warnings apply (more than authorised, outside validity, suspended or revoked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Decision, Licence, LicenceLine
from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
    normalise_application,
)
from att_desktop.domain.assessment.model import EmbargoMatchRecord
from att_desktop.domain.embargoes import Effect
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, LicenceStatus, TransferType
from att_desktop.domain.validation import FieldError, validate_application
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.cases import insert_application
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.references import next_sequence
from att_desktop.services.screening import applied_sets, screen_records

#: Import authorisation numbers: ``IL/2025/00001``.
IMPORT_LICENCE_PREFIX = "IL"


@dataclass(frozen=True)
class ImportAuthorisationInput:
    importer: OrganisationInput
    #: The exporting State (the Imports table's counterpart).
    exporting_code: str
    #: The importing State (normally the authority's own).
    importing_code: str
    end_user: PartyInput
    items: tuple[LineItemInput, ...]
    issued_on: date
    valid_until: date
    #: The authority's own number; empty = the next ``IL/<year>/<seq>``.
    number: str = ""
    received_on: date | None = None
    euc_number: str = ""


@dataclass(frozen=True)
class ImportAuthorisationView:
    application_id: int
    reference: str
    licence_id: int
    licence_number: str
    issued_on: date
    valid_until: date
    exporting_code: str


def _check(inp: ImportAuthorisationInput) -> ApplicationInput:
    app_input = normalise_application(
        ApplicationInput(
            transfer_type=TransferType.IMPORT,
            applicant=inp.importer,
            destination_code=inp.importing_code,
            exporting_code=inp.exporting_code,
            received_on=inp.received_on or inp.issued_on,
            parties=(inp.end_user,),
            items=inp.items,
            euc_number=inp.euc_number,
        )
    )
    errors = list(validate_application(app_input, today=max(inp.issued_on, date.today())))
    if inp.valid_until < inp.issued_on:
        errors.append(FieldError("valid_until", msg("the authorisation ends before it is issued")))
    if inp.received_on is not None and inp.received_on > inp.issued_on:
        errors.append(
            FieldError("received_on", msg("the request cannot come after the issue date"))
        )
    if errors:
        raise ValidationFailed(errors)
    return app_input


class ImportProhibited(ServiceError):
    """Article 6 forbids the import (or a match needs a person's confirmation first)."""

    def __init__(self, records: tuple[EmbargoMatchRecord, ...]) -> None:
        self.records = records
        super().__init__(self._refusal("en"))

    def _refusal(self, language: str) -> Message:
        # The embargoes' ids, parties and explanations are the screen's own data: as they are.
        lines = "\n".join(
            translate(
                "- Article 6({paragraph}) [{embargo}] {party}: {explanation}",
                language,
                context="import screen",
                paragraph=r.legal_basis_kind.article6_paragraph,
                embargo=r.embargo_id,
                party=r.party,
                explanation=r.explanation,
            )
            for r in self.records
        )
        return msg(
            "The import cannot be authorised: the Article 6 screen as at the issue date "
            "found embargoes on supplies from this State or to these parties:\n{lines}\n"
            "Where a match only needs confirmation or an approval, register the import as "
            "an application and assess it, so the officer's confirmation and evidence are "
            "recorded.",
            lines=lines,
        )

    def translated(self, language: str) -> str:
        return translate(self._refusal(language), language)


def _screen_import(session: Session, app: Application, on: date) -> str:
    """Article 6 on the import (Art. 2(2)); raises ``ImportProhibited`` unless every match is
    not applicable; returns the screen in words for the decision's rationale."""
    records = screen_records(applied_sets(session), app, on)
    blocking = tuple(r for r in records if r.effect is not Effect.NOT_APPLICABLE)
    if blocking:
        raise ImportProhibited(blocking)
    found = f"; {len(records)} match(es) not applicable" if records else ""
    return f"Article 6 screen as at {on.isoformat()}: no embargo prohibits the import{found}."


def record_import_authorisation(
    db: Database, inp: ImportAuthorisationInput, *, actor: Actor = LOCAL_OFFICER
) -> ImportAuthorisationView:
    """Record an import case and its authorisation; counted in the year it was issued.

    A licensing officer or the national focal point records it (``RECORD_IMPORT_AUTHORISATION``).
    """
    app_input = _check(inp)
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_IMPORT_AUTHORISATION)
        number = inp.number.strip()
        if number and session.scalars(select(Licence).where(Licence.number == number)).first():
            raise ValidationFailed(
                [FieldError("number", msg("licence number {number} is taken", number=number))]
            )
        app = insert_application(session, app_input, actor=actor, status=CaseStatus.AUTHORISED)
        screen = _screen_import(session, app, inp.issued_on)
        app.decided_on = inp.issued_on
        decision = Decision(
            application_id=app.id,
            outcome=DecisionOutcome.AUTHORISE,
            decided_on=inp.issued_on,
            decided_by_id=actor.user_id,
            grounds=[],
            rationale=f"Import authorisation (Article 8). {screen} Article 7 not applicable: "
            "import (Article 7 binds the exporting State).",
        )
        session.add(decision)
        session.flush()
        if not number:
            year = inp.issued_on.year
            seq = next_sequence(session, IMPORT_LICENCE_PREFIX, year)
            number = f"{IMPORT_LICENCE_PREFIX}/{year}/{seq:05d}"
        licence = Licence(
            application_id=app.id,
            decision_id=decision.id,
            number=number,
            issued_on=inp.issued_on,
            valid_from=inp.issued_on,
            valid_until=inp.valid_until,
            status=LicenceStatus.VALID,
            conditions=[],
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
                    currency=item.currency if item.value is not None else "",
                )
            )
        session.flush()
        record_event(
            session,
            actor,
            entity="licence",
            entity_id=licence.id,
            application_id=app.id,
            action="import_authorised",
            summary=f"Import authorisation {number} from {inp.exporting_code.upper()}, valid "
            f"{inp.issued_on.isoformat()} to {inp.valid_until.isoformat()}",
            after={
                "number": number,
                "issued_on": inp.issued_on,
                "valid_until": inp.valid_until,
                "exporting_state": inp.exporting_code.upper(),
            },
        )
        return ImportAuthorisationView(
            app.id,
            app.reference,
            licence.id,
            number,
            inp.issued_on,
            inp.valid_until,
            app.exporting_code,
        )


def list_import_authorisations(
    db: Database, year: int | None = None
) -> tuple[ImportAuthorisationView, ...]:
    """Import authorisations (licences on import cases), newest first."""
    with db.session() as session:
        query = (
            select(Licence, Application)
            .join(Application, Application.id == Licence.application_id)
            .where(Application.transfer_type == TransferType.IMPORT)
            .order_by(Licence.issued_on.desc(), Licence.id.desc())
        )
        if year is not None:
            query = query.where(
                Licence.issued_on >= date(year, 1, 1), Licence.issued_on <= date(year, 12, 31)
            )
        return tuple(
            ImportAuthorisationView(
                app.id,
                app.reference,
                lic.id,
                lic.number,
                lic.issued_on,
                lic.valid_until,
                app.exporting_code,
            )
            for lic, app in session.execute(query)
        )


__all__ = [
    "IMPORT_LICENCE_PREFIX",
    "ImportAuthorisationInput",
    "ImportAuthorisationView",
    "ImportProhibited",
    "authority_country",
    "list_import_authorisations",
    "record_import_authorisation",
]


def authority_country(db: Database) -> str:
    """The authority's own State (the importing State of its import authorisations)."""
    from att_desktop.services.decisions import AUTHORITY_COUNTRY
    from att_desktop.services.settings import get_setting

    with db.session() as session:
        return get_setting(session, AUTHORITY_COUNTRY).upper()
