"""The wizard's PDF buttons: the assessment record, and the licence or denial letter.

Thin glue between the services' plain data and ``att_desktop.formats``' writers; the
documents themselves are laid out there.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.formats import pdf_data
from att_desktop.services.assessment import AssessmentState
from att_desktop.services.decisions import DecisionView
from att_desktop.services.dto import CaseDetail
from att_desktop.services.settings import AUTHORITY_NAME, get_setting


@cache
def available() -> bool:
    """Whether the PDF writers are installed (they always are in a release).

    Asked without importing reportlab: the writers are imported when a PDF is written, so
    opening the wizard (and starting the app) does not pay for them.
    """
    return find_spec("reportlab") is not None


def _authority(db: Database) -> str:
    with db.session() as session:
        return get_setting(session, AUTHORITY_NAME)


def _grounds(decision: DecisionView) -> tuple[Ground, ...]:
    grounds = []
    for g in decision.grounds:
        article = g.get("article", "")
        paragraph = g.get("paragraph", "")
        grounds.append(
            Ground(
                int(article) if article.isdigit() else 0,
                int(paragraph) if paragraph.isdigit() else None,
                g.get("criterion") or None,
                g.get("explanation", ""),
            )
        )
    return tuple(grounds)


def write_assessment(
    db: Database,
    case: CaseDetail,
    state: AssessmentState,
    decision: DecisionView | None,
    path: Path,
    language: str,
) -> None:
    from att_desktop.formats import pdf_assessment

    decision_data = None
    if decision is not None:
        decision_data = pdf_data.DecisionData(
            decision.outcome,
            decision.decided_by,
            decision.decided_on,
            decision.rationale,
            _grounds(decision),
        )
    data = pdf_data.assessment_record_data(
        case, state, authority=_authority(db), decision=decision_data
    )
    pdf_assessment.write_assessment_record(data, path, language=language)


def write_decision(
    db: Database, case: CaseDetail, decision: DecisionView, path: Path, language: str
) -> None:
    from att_desktop.formats import pdf_denial, pdf_licence

    authority = _authority(db)
    if decision.outcome is DecisionOutcome.AUTHORISE and decision.licence is not None:
        lic = decision.licence
        applied = {i.line_no: i for i in case.items}
        lines = []
        for line in lic.lines:
            item = applied.get(line.line_no)
            if item is None or line.quantity == 0:
                continue
            lines.append(
                replace(
                    pdf_data.item_from_view(item),
                    quantity=line.quantity,
                    value=line.value,
                    currency=line.currency or item.currency,
                )
            )
        data = pdf_data.licence_data(
            case,
            authority=authority,
            number=lic.number,
            issued_on=lic.issued_on,
            valid_from=lic.valid_from,
            valid_until=lic.valid_until,
            lines=lines,
            conditions=lic.conditions,
        )
        pdf_licence.write_licence(data, path, language=language)
        return
    letter = pdf_data.denial_letter_data(
        case,
        authority=authority,
        letter_date=decision.decided_on,
        grounds=_grounds(decision),
        reasoning=decision.rationale,
    )
    pdf_denial.write_denial_letter(letter, path, language=language)
