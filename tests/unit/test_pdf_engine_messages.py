"""Issue 15: the assessment record and the denial letter give the engine's grounds, notes and
embargo explanations in the document's language, not in the English the record keeps."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from att_desktop.domain.assessment.article6 import record_from_match
from att_desktop.domain.assessment.decision import evaluate
from att_desktop.domain.assessment.model import Article6Input, AssessmentInput, Confirmation
from att_desktop.domain.embargoes import check, load_shipped_sets
from att_desktop.domain.enums import PartyType
from att_desktop.formats.pdf_assessment import write_assessment_record
from att_desktop.formats.pdf_data import AssessmentRecordData, DenialLetterData, Signatory
from att_desktop.formats.pdf_denial import write_denial_letter
from tests.unit.test_pdfs import AUTHORITY, _answer, build, embargoed_case

DAY = date(2026, 3, 2)


def libya_input() -> AssessmentInput:
    """A real screen (Libya, government end user: approval in advance), approval recorded
    without the committee's reference: the embargo still prohibits (a ground that says why)."""
    (match, *_rest) = check(
        load_shipped_sets(),
        country="LY",
        party_type=PartyType.GOVERNMENT,
        party_name="Ministry of Defence",
        item_kinds=("II",),
        on_date=DAY,
    )
    record = replace(record_from_match(match), confirmation=Confirmation.APPROVAL_OBTAINED)
    return AssessmentInput(
        article6=Article6Input(
            screened_on=DAY,
            embargo_matches=(record,),
            other_obligations=_answer(False, "Covered by the UN embargo."),
            knowledge=_answer(False, "No specific knowledge."),
        )
    )


def record_data() -> AssessmentRecordData:
    inp = libya_input()
    return AssessmentRecordData(
        authority=AUTHORITY,
        case=replace(embargoed_case(), destination_code="LY"),
        assessment=inp,
        result=evaluate(inp),
        decision=None,
        generated_on=DAY,
    )


def letter_data() -> DenialLetterData:
    record = record_data()
    return DenialLetterData(
        authority=AUTHORITY,
        authority_address="",
        case=record.case,
        letter_date=DAY,
        grounds=record.result.grounds,
        reasoning="",
        signatory=Signatory("A. Mensah", "Head of Licensing"),
        generated_on=DAY,
    )


ENGLISH = ("Arms embargo", "The match still prohibits", "approval recorded as obtained")


def _latin_words(text: str) -> list[str]:
    """Words in Latin letters, but for codes and references (S/RES/1970, LY, para)."""
    text = re.sub(r"S/RES/\S+|\bparas?\b|EXP-\S+", "", text)
    return re.findall(r"[A-Za-z]{4,}", text)


def test_the_english_record_says_it_in_english() -> None:
    _, _, text = build(write_assessment_record, record_data(), "en")
    for words in ENGLISH:
        assert words in text


@pytest.mark.parametrize("language", ("ar", "fr", "zh_CN"))
def test_the_record_gives_the_ground_in_its_language(language: str) -> None:
    data = record_data()
    assert data.result.grounds and data.result.grounds[0].message is not None
    _, _, text = build(write_assessment_record, data, language)
    for words in ENGLISH:
        assert words not in text
    if language == "fr":
        assert "Embargo sur les armes" in text
        assert "Cet embargo interdit toujours le transfert" in text


def test_an_arabic_denial_letter_gives_its_grounds_in_arabic() -> None:
    _, _, text = build(write_denial_letter, letter_data(), "ar")
    for words in ENGLISH:
        assert words not in text
    # The grounds (and the reasoning, empty here) come after the items' total, in euros, and
    # before the signature; the items above are the applicant's own (English) words.
    grounds = text.rsplit("EUR", 1)[1].split("A. Mensah")[0]
    assert len(re.findall(r"[\u0600-\u06ff\ufb50-\ufeff]+", grounds)) > 30
    assert _latin_words(grounds) == []
