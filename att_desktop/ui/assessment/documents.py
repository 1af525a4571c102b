"""The wizard's PDF buttons: the assessment record, and the licence or denial letter.

Thin glue between the services' plain data and ``att_desktop.formats``' writers; the
documents themselves are laid out there.
"""

from __future__ import annotations

from pathlib import Path

from att_desktop.db.engine import Database
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.services.assessment import AssessmentState
from att_desktop.services.decisions import DecisionView
from att_desktop.services.dto import CaseDetail
from att_desktop.services.settings import AUTHORITY_NAME, get_setting

try:
    from att_desktop.formats import pdf_assessment, pdf_data, pdf_denial, pdf_licence
except ImportError:  # pragma: no cover - the exports ship with the application
    _AVAILABLE = False
else:
    _AVAILABLE = True


def available() -> bool:
    """Whether the PDF writers are installed (they always are in a release)."""
    return _AVAILABLE


def _authority(db: Database) -> str:
    with db.session() as session:
        return get_setting(session, AUTHORITY_NAME)


def write_assessment(
    db: Database,
    case: CaseDetail,
    state: AssessmentState,
    decision: DecisionView | None,
    path: Path,
    language: str,
) -> None:
    data = pdf_data.assessment_record_data(case, state, authority=_authority(db), decision=decision)
    pdf_assessment.write_assessment_record(data, path, language=language)


def write_decision(
    db: Database, case: CaseDetail, decision: DecisionView, path: Path, language: str
) -> None:
    """The licence of an authorisation, or the denial letter, as ``pdf_data`` builds them."""
    authority = _authority(db)
    if decision.outcome is DecisionOutcome.AUTHORISE and decision.licence is not None:
        data = pdf_data.licence_data_from_view(case, decision.licence, authority=authority)
        pdf_licence.write_licence(data, path, language=language)
        return
    letter = pdf_data.denial_letter_from_decision(case, decision, authority=authority)
    pdf_denial.write_denial_letter(letter, path, language=language)
