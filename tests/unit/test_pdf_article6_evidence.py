"""Issue 12: the assessment record prints the committee's evidence behind an exemption and
which Article 7 applied to the transfer type."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.model import (
    Article7Basis,
    Confirmation,
    EmbargoMatchRecord,
)
from att_desktop.domain.embargoes import Effect, ExemptionKind, LegalBasisKind
from att_desktop.domain.enums import TransferType
from att_desktop.formats.pdf_assessment import write_assessment_record
from tests.unit.test_pdfs import authorised_record, build

NOTIFIED = EmbargoMatchRecord(
    "so-2713",
    "Somalia (resolution 2713)",
    LegalBasisKind.UN_CHAPTER_VII,
    Effect.NOTIFICATION_REQUIRED,
    "Annex A items to a federal member state: notification procedure.",
    party="Puntland Maritime Police Force",
    confirmation=Confirmation.NOTIFIED,
    exemption_paths=(ExemptionKind.NOTIFICATION,),
    waiting_days=5,
    committee_reference="S/AC.29/2026/NOTE.12",
    committee_date=date(2026, 1, 2),
    no_objection_on=date(2026, 1, 12),
)


def record_with(match: EmbargoMatchRecord, **changes: object):  # type: ignore[no-untyped-def]
    data = authorised_record()
    article6 = replace(data.assessment.article6, embargo_matches=(match,))
    inp = replace(data.assessment, article6=article6, **changes)
    return replace(data, assessment=inp, result=evaluate(inp))


def test_res_2713_notification_evidence_is_printed_in_the_record() -> None:
    """S/RES/2713 (2023) notification procedure: reference, date, waiting period and the
    day no objection had been received appear beside the match (Art. 6(1), Art. 12)."""
    data = record_with(NOTIFIED)
    _, _, text = build(write_assessment_record, data, "en")
    squeezed = text.replace(" ", "")  # the narrow column wraps inside the reference
    for expected in (
        "Committeereference",
        "S/AC.29/2026/NOTE.12of2January2026",
        "Waitingperiod:5days",
        # Two lines of the cell, which a page break may separate (the row splits).
        "Noobjection",
        "receivedby12January2026",
    ):
        assert expected in squeezed, expected
    _, _, chinese = build(write_assessment_record, data, "zh_CN")
    assert "NOTE.12" in chinese and "等待期" in chinese
    bare = record_with(replace(NOTIFIED, committee_reference=""))
    _, _, text = build(write_assessment_record, bare, "en")
    assert "No committee reference and date recorded: the match still prohibits" in text


def test_art7_not_applicable_to_a_brokering_case_is_stated_in_the_record() -> None:
    """Art. 7(1) binds the exporting State: a brokering case's record says Article 7 was not
    applicable, rather than printing empty Article 7 sections."""
    data = authorised_record()
    inp = replace(
        data.assessment,
        transfer_type=TransferType.BROKERING,
        article7_basis=Article7Basis.NOT_APPLICABLE,
    )
    data = replace(data, assessment=inp, result=evaluate(inp))
    _, _, text = build(write_assessment_record, data, "en")
    assert "Article 7 not applicable: Brokering." in text
    assert "7(1)(b)(ii) International human rights law" not in text
