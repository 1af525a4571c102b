"""The consent letter of a change request consented to (issue 14), as a PDF.

Plain data in, a file out, so the window runs it on a worker thread: the request as
recorded, the case's exporter and destination, the authority's profile (letterhead,
address, signatory wording) and the decider's name and title as their account holds them.
"""

from __future__ import annotations

from pathlib import Path

from att_desktop.db.engine import Database
from att_desktop.db.models import LicenceChangeRequest, User
from att_desktop.formats.pdf_data import Signatory
from att_desktop.i18n import msg
from att_desktop.services.anchoring import head_anchor
from att_desktop.services.authority import get_authority
from att_desktop.services.cases import get_case
from att_desktop.services.change_requests import ChangeRequestView, RequestStatus, get_request
from att_desktop.services.decisions import get_licence
from att_desktop.services.errors import ServiceError


def consent_letter_name(request: ChangeRequestView) -> str:
    """``LIC-2026-00001-consent-3.pdf``: the licence number made safe for any file system."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in request.licence_number)
    return f"{safe}-consent-{request.id}.pdf"


def write_consent_letter(db: Database, request_id: int, path: Path, language: str) -> Path:
    """Write the consent letter of a consented request to ``path``; return ``path``."""
    from att_desktop.formats import pdf_change_consent as pdf  # reportlab only when needed

    request = get_request(db, request_id)
    if request.status is not RequestStatus.CONSENTED or request.decided_on is None:
        raise ServiceError(
            msg(
                "The request on licence {licence_number} was not consented to: "
                "there is no consent letter.",
                licence_number=request.licence_number,
            )
        )
    case = get_case(db, request.application_id)
    licence = get_licence(db, request.licence_id)
    profile = get_authority(db)
    head = head_anchor(db)
    data = pdf.ChangeConsentData(
        authority=profile.name,
        reference=case.reference,
        licence_number=licence.number,
        licence_issued_on=licence.issued_on,
        destination_code=case.destination_code,
        applicant_name=case.applicant.name,
        applicant_country=case.applicant.country_code,
        kind=request.kind.value,
        requested_by=request.requested_by.value,
        received_on=request.received_on,
        decided_on=request.decided_on,
        new_party_name=request.new_party_name,
        new_country_code=request.new_country_code
        if request.new_country_code != case.destination_code
        else "",
        proposed_change=request.proposed_change,
        lines=tuple(
            pdf.ConsentLine(line.line_no, line.description, line.quantity, line.unit)
            for line in request.lines
        ),
        conditions=request.conditions,
        authority_address="\n".join(p for p in (profile.address, profile.contact_line) if p),
        signatory=Signatory(
            name=request.decided_by,
            title=_title(db, request_id),
            wording=profile.signatory_wording,
        ),
        anchor=head.printed if head is not None else "",
        letterhead=profile.letterhead,
    )
    pdf.write_change_consent(data, path, language=profile.document_language_or(language))
    return path


def _title(db: Database, request_id: int) -> str:
    with db.session() as session:
        row = session.get(LicenceChangeRequest, request_id)
        user = session.get(User, row.decided_by_id) if row and row.decided_by_id else None
        return user.job_title if user is not None else ""
