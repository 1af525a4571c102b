"""The documents of a case: the assessment record, the licence, the denial letter.

Builds the PDF writers' plain data (``formats.pdf_data``) from what the services return,
then writes the file; the documents themselves are laid out in ``att_desktop.formats``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Assessment, Event, User
from att_desktop.domain.assessment.model import AssessmentInput, AssessmentResult, Ground
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.formats.pdf_data import (
    AssessmentRecordData,
    CaseData,
    DecisionData,
    DenialLetterData,
    ItemData,
    LicenceData,
    OpinionData,
    PartyData,
    Signatory,
)
from att_desktop.i18n import msg
from att_desktop.services.anchoring import head_anchor
from att_desktop.services.assessment import AssessmentState, current_assessment, get_assessment
from att_desktop.services.authority import AuthorityProfile, get_authority
from att_desktop.services.cases import get_case
from att_desktop.services.decisions import DecisionView, get_decision
from att_desktop.services.dto import CaseDetail, LineItemView
from att_desktop.services.errors import ServiceError
from att_desktop.services.euc_checks import euc_check_records, euc_flags, flag_records
from att_desktop.services.gbv_consultation import consultation_records

# --------------------------------------------------------------------------- builders
#
# The shapes below mirror ``services.assessment.AssessmentState`` and
# ``services.decisions.DecisionView`` / ``LicenceDetail`` / ``LicenceLineView``: Protocols, so
# tests can build documents from literals without a database.


class AssessmentLike(Protocol):
    @property
    def input(self) -> AssessmentInput: ...

    @property
    def result(self) -> AssessmentResult: ...


class LicenceLineLike(Protocol):
    @property
    def line_item_id(self) -> int: ...

    @property
    def line_no(self) -> int: ...

    @property
    def description(self) -> str: ...

    @property
    def quantity(self) -> Decimal: ...

    @property
    def value(self) -> Decimal | None: ...

    @property
    def currency(self) -> str: ...

    @property
    def unit(self) -> str: ...


class LicenceLike(Protocol):
    @property
    def number(self) -> str: ...

    @property
    def issued_on(self) -> date: ...

    @property
    def valid_from(self) -> date: ...

    @property
    def valid_until(self) -> date: ...

    @property
    def conditions(self) -> Sequence[str]: ...

    @property
    def lines(self) -> Sequence[LicenceLineLike]: ...


class DecisionLike(Protocol):
    @property
    def outcome(self) -> DecisionOutcome: ...

    @property
    def decided_on(self) -> date: ...

    @property
    def decided_by(self) -> str: ...

    @property
    def rationale(self) -> str: ...

    @property
    def grounds(self) -> Sequence[Ground]: ...


def item_from_view(item: LineItemView) -> ItemData:
    return ItemData(
        line_no=item.line_no,
        description=item.description,
        quantity=item.quantity,
        unit=item.unit,
        model=item.model,
        control_rating=item.control_rating,
        att_category=item.att_category,
        not_reportable_reason=item.not_reportable_reason,
        value=item.value,
        currency=item.currency,
    )


def case_data(detail: CaseDetail) -> CaseData:
    """The documents' view of a case, from the case service's ``CaseDetail``."""
    return CaseData(
        reference=detail.reference,
        transfer_type=detail.transfer_type,
        applicant_name=detail.applicant.name,
        applicant_country=detail.applicant.country_code,
        applicant_address=detail.applicant.address,
        applicant_registration=detail.applicant.registration_number,
        destination_code=detail.destination_code,
        received_on=detail.received_on,
        exporting_code=detail.exporting_code,
        intended_end_use=detail.intended_end_use,
        euc_number=detail.euc_number,
        euc_issuer=detail.euc_issuer,
        euc_date=detail.euc_date,
        parties=tuple(
            PartyData(p.role, p.party_type, p.name, p.country_code, p.address)
            for p in detail.parties
        ),
        transit_codes=detail.transit_codes,
        items=tuple(item_from_view(i) for i in detail.items),
    )


def decision_data(decision: DecisionLike) -> DecisionData:
    """Who decided what and why, from ``services.decisions.DecisionView``."""
    return DecisionData(
        outcome=decision.outcome,
        decided_by=decision.decided_by,
        decided_on=decision.decided_on,
        rationale=decision.rationale,
        grounds=tuple(decision.grounds),
        criteria=tuple(getattr(decision, "criteria", ())),
        criteria_set=getattr(decision, "criteria_set", None),
    )


def assessment_record_data(
    detail: CaseDetail,
    state: AssessmentLike,
    *,
    authority: str,
    decision: DecisionData | DecisionLike | None = None,
    assessed_by: str = "",
    generated_on: date | None = None,
) -> AssessmentRecordData:
    """The record of ``state`` (an ``AssessmentState``) for the case, with its decision (a
    ``DecisionView`` or ready-made ``DecisionData``) if there is one."""
    revision = getattr(state, "revision", None)
    if decision is not None and not isinstance(decision, DecisionData):
        decision = decision_data(decision)
    return AssessmentRecordData(
        authority=authority,
        case=case_data(detail),
        assessment=state.input,
        result=state.result,
        decision=decision,
        assessed_by=assessed_by,
        revision=revision if isinstance(revision, int) else None,
        generated_on=generated_on or date.today(),
    )


def licence_data(
    detail: CaseDetail,
    *,
    authority: str,
    number: str,
    issued_on: date,
    valid_from: date,
    valid_until: date,
    lines: Sequence[ItemData] | None = None,
    conditions: Iterable[str] = (),
    national_law: str = "",
    authority_address: str = "",
    signatory: Signatory | None = None,
    generated_on: date | None = None,
) -> LicenceData:
    """A licence from its particulars; without ``lines`` every applied-for item as it is."""
    case = case_data(detail)
    return LicenceData(
        authority=authority,
        number=number,
        case=case,
        issued_on=issued_on,
        valid_from=valid_from,
        valid_until=valid_until,
        lines=tuple(lines) if lines is not None else case.items,
        conditions=tuple(conditions),
        national_law=national_law,
        authority_address=authority_address,
        signatory=signatory or Signatory(),
        generated_on=generated_on or date.today(),
    )


def licence_data_from_view(
    detail: CaseDetail,
    licence: LicenceLike,
    *,
    authority: str,
    national_law: str = "",
    authority_address: str = "",
    signatory: Signatory | None = None,
    generated_on: date | None = None,
) -> LicenceData:
    """The licence document for ``licence`` (a ``LicenceDetail``) on the case ``detail``.

    Quantities, values and currencies come from the licence lines (they may be less than was
    applied for); model, rating and category from the case's line items. Lines with a zero
    quantity authorise nothing and are left off.
    """
    by_id = {i.id: item_from_view(i) for i in detail.items}
    lines = []
    for line in licence.lines:
        if line.quantity == 0:
            continue
        base = by_id.get(line.line_item_id) or ItemData(
            line.line_no, line.description, line.quantity
        )
        lines.append(
            replace(
                base,
                line_no=line.line_no,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit or base.unit,
                value=line.value,
                currency=line.currency or base.currency,
            )
        )
    return licence_data(
        detail,
        authority=authority,
        number=licence.number,
        issued_on=licence.issued_on,
        valid_from=licence.valid_from,
        valid_until=licence.valid_until,
        lines=lines,
        conditions=licence.conditions,
        national_law=national_law,
        authority_address=authority_address,
        signatory=signatory,
        generated_on=generated_on,
    )


def denial_letter_data(
    detail: CaseDetail,
    *,
    authority: str,
    letter_date: date,
    grounds: Sequence[Ground],
    reasoning: str,
    review_text: str = "",
    authority_address: str = "",
    signatory: Signatory | None = None,
    generated_on: date | None = None,
) -> DenialLetterData:
    """A denial letter from the grounds and reasoning given directly."""
    return DenialLetterData(
        authority=authority,
        case=case_data(detail),
        letter_date=letter_date,
        grounds=tuple(grounds),
        reasoning=reasoning,
        review_text=review_text,
        authority_address=authority_address,
        signatory=signatory or Signatory(),
        generated_on=generated_on or date.today(),
    )


def denial_letter_from_decision(
    detail: CaseDetail,
    decision: DecisionLike,
    *,
    authority: str,
    letter_date: date | None = None,
    review_text: str = "",
    authority_address: str = "",
    signatory: Signatory | None = None,
    generated_on: date | None = None,
) -> DenialLetterData:
    """The letter for a denial (a ``DecisionView``): its stored grounds, criteria (issue 16)
    and rationale, dated the day of the decision unless told otherwise."""
    letter = denial_letter_data(
        detail,
        authority=authority,
        letter_date=letter_date or decision.decided_on,
        grounds=decision.grounds,
        reasoning=decision.rationale,
        review_text=review_text,
        authority_address=authority_address,
        signatory=signatory,
        generated_on=generated_on,
    )
    return replace(
        letter,
        criteria=tuple(getattr(decision, "criteria", ())),
        criteria_set=getattr(decision, "criteria_set", None),
    )


# --------------------------------------------------------------------------- writing
#
# The authority's profile heads and signs every document; the people come from the records:
# the officer who drafted the assessment, each agency's current opinion, the decider.


class DocumentKind(StrEnum):
    """The documents a case can produce, once it has what each one needs."""

    ASSESSMENT = "assessment"
    LICENCE = "licence"
    DENIAL = "denial"


def signatory(profile: AuthorityProfile, decision: DecisionLike | None) -> Signatory:
    """The deciding person signs, under the authority's signatory wording."""
    if decision is None:
        return Signatory(wording=profile.signatory_wording)
    title = getattr(decision, "decided_by_title", "")
    return Signatory(
        name=decision.decided_by,
        title=title if isinstance(title, str) else "",
        wording=profile.signatory_wording,
    )


def _assessed_by(db: Database, assessment_id: int) -> str:
    """The officer who drafted the assessment; for one drafted without an account (a
    single-user database), whoever the history says saved it."""
    with db.session() as session:
        row = session.get(Assessment, assessment_id)
        if row is not None and row.drafted_by_id is not None:
            user = session.get(User, row.drafted_by_id)
            if user is not None:
                return user.full_name
        name = session.scalars(
            select(Event.actor_name)
            .where(Event.entity == "assessment", Event.entity_id == assessment_id)
            .order_by(Event.id)
            .limit(1)
        ).first()
        return name or ""


def opinions_data(db: Database, application_id: int) -> tuple[OpinionData, ...]:
    """Each agency's current opinion on the case, by agency name (none for an unreviewed
    case)."""
    from att_desktop.services.committee import review_status

    status = review_status(db, application_id)
    names = {a.id: a.name for a in (*status.requested, *status.answered)}
    return tuple(
        OpinionData(
            agency=names.get(o.agency_id, o.agency_code) if o.agency_id else o.agency_code,
            opinion=o.opinion,
            given_by=o.user_name,
            given_on=o.given_at.date(),
            reasons=o.reasons,
            conditions=o.conditions,
        )
        for o in status.opinions
        if not o.superseded
    )


def write_assessment(
    db: Database,
    case: CaseDetail,
    state: AssessmentState,
    decision: DecisionView | None,
    path: Path,
    language: str,
) -> None:
    """The assessment record: the answers, who assessed, the committee, who decided."""
    from att_desktop.formats import pdf_assessment  # reportlab only when a PDF is written

    profile = get_authority(db)
    decided = decision_data(decision) if decision is not None else None
    if decided is not None and decision is not None:
        decided = replace(decided, decided_by_title=decision.decided_by_title)
    data = assessment_record_data(
        case,
        state,
        authority=profile.name,
        decision=decided,
        assessed_by=_assessed_by(db, state.assessment_id),
    )
    data = replace(
        data,
        opinions=opinions_data(db, case.id),
        letterhead=profile.letterhead,
        anchor=_anchor(db),
        gbv_consultations=consultation_records(db, case.id),
        euc_checks=euc_check_records(db, case.id),
        euc_warnings=flag_records(euc_flags(db, case.id)),
    )
    pdf_assessment.write_assessment_record(
        data, path, language=profile.document_language_or(language)
    )


def _anchor(db: Database) -> str:
    """The chain's head as the footer prints it (issue 13): a document made today proves
    that the history up to this event had this hash."""
    head = head_anchor(db)
    return head.printed if head is not None else ""


def write_decision(
    db: Database, case: CaseDetail, decision: DecisionView, path: Path, language: str
) -> None:
    """The licence of an authorisation, or the denial letter, as the builders above make them,
    headed and signed as the authority's profile says."""
    from att_desktop.formats import pdf_denial, pdf_licence  # reportlab only when needed

    profile = get_authority(db)
    signed_by = signatory(profile, decision)
    if decision.outcome is DecisionOutcome.AUTHORISE and decision.licence is not None:
        data = licence_data_from_view(
            case,
            decision.licence,
            authority=profile.name,
            authority_address=profile.address,
            signatory=signed_by,
        )
        data = replace(data, letterhead=profile.letterhead, anchor=_anchor(db))
        pdf_licence.write_licence(data, path, language=profile.document_language_or(language))
        return
    letter = denial_letter_from_decision(
        case,
        decision,
        authority=profile.name,
        # The applicant writes back: the letter gives the national point of contact too.
        authority_address="\n".join(p for p in (profile.address, profile.contact_line) if p),
        review_text=profile.appeal_information,
        signatory=signed_by,
    )
    letter = replace(letter, letterhead=profile.letterhead, anchor=_anchor(db))
    pdf_denial.write_denial_letter(letter, path, language=profile.document_language_or(language))


def available_documents(db: Database, application_id: int) -> tuple[DocumentKind, ...]:
    """The documents the case can produce as it stands: the assessment record once it has
    an assessment, the licence or the denial letter once it is decided."""
    kinds: list[DocumentKind] = []
    decision = get_decision(db, application_id)
    if decision is not None or current_assessment(db, application_id) is not None:
        kinds.append(DocumentKind.ASSESSMENT)
    if decision is not None:
        authorised = decision.outcome is DecisionOutcome.AUTHORISE
        if authorised and decision.licence is not None:
            kinds.append(DocumentKind.LICENCE)
        elif not authorised:
            kinds.append(DocumentKind.DENIAL)
    return tuple(kinds)


def write_case_document(
    db: Database, application_id: int, kind: DocumentKind, path: Path, language: str
) -> Path:
    """Write one of the case's documents as the case stands now; return ``path``.

    Plain data in, a file out: the case view runs it on a worker thread. The assessment
    record is of the revision the decision rests on, or of the live one before a decision.
    """
    case = get_case(db, application_id)
    decision = get_decision(db, application_id)
    if kind is DocumentKind.ASSESSMENT:
        state = (
            get_assessment(db, decision.assessment_id)
            if decision is not None and decision.assessment_id is not None
            else current_assessment(db, application_id)
        )
        if state is None:
            raise ServiceError(
                msg("{reference} has no assessment to print yet.", reference=case.reference)
            )
        write_assessment(db, case, state, decision, path, language)
        return path
    wanted = DecisionOutcome.AUTHORISE if kind is DocumentKind.LICENCE else DecisionOutcome.DENY
    if decision is None or decision.outcome is not wanted:
        raise ServiceError(
            f"{case.reference} has no licence to print."
            if kind is DocumentKind.LICENCE
            else f"{case.reference} has not been denied: there is no denial letter."
        )
    write_decision(db, case, decision, path, language)
    return path


def suggested_file_name(reference: str, kind: DocumentKind) -> str:
    """``ATT-2025-00012-licence.pdf``: the reference made safe for any file system."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in reference)
    return f"{safe}-{kind.value}.pdf"
