"""Issue 15: the reasons for a reassessment, the import problems of a case file and the
deciders the imports refuse are Messages: English where they are kept (``text``, ``str``,
``problems``), French and Arabic in the window, with no English word of the sentence left."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from att_desktop.db.engine import Database
from att_desktop.i18n import Message
from att_desktop.services.assessment import (
    affected_licences,
    load_embargo_update,
    record_destination_information,
    record_reassessment,
)
from att_desktop.services.case_files import CaseImportError, import_case
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.errors import ServiceError
from att_desktop.services.provenance import resolve_decider
from tests.db.test_reassessment_service import licence_to, un_file


def _no_english(text: str, *words: str) -> None:
    for word in words:
        assert word not in text, f"{word!r} left in {text!r}"


def test_a_reassessment_reason_for_new_information_is_said_in_the_window_language(
    db: Database,
) -> None:
    licence_to(db, "BR")
    record_destination_information(db, "BR", "Reports of abuses.", on_date=date(2026, 5, 1))
    (affected,) = affected_licences(db, date(2026, 5, 2))
    (reason,) = affected.reasons
    assert reason.text.startswith("New information on BR recorded on ")
    assert reason.text.endswith(": Reports of abuses.")
    french = reason.translated("fr")
    assert french.startswith("Nouvelles informations sur BR enregistrées le ")
    assert french.endswith("Reports of abuses.")  # what the officer typed stays as typed
    arabic = reason.translated("ar")
    assert arabic != reason.text and "معلومات جديدة" in arabic
    for text in (french, arabic):
        _no_english(text, "New information", "recorded on")


def test_an_embargo_reason_translates_the_explanation_and_the_screened_subject(
    db: Database, tmp_path: Path
) -> None:
    _, licence_id = licence_to(db, "BR")
    load_embargo_update(db, un_file(tmp_path))
    (affected,) = affected_licences(db, date(2026, 5, 1))
    (reason,) = affected.reasons
    assert " Concerns Destination BR. In force from 2026-06-01." in reason.text
    french = reason.translated("fr")
    assert "Concerne\u00a0: Destination\u00a0: Brésil. En vigueur à partir du 2026-06-01." in french
    chinese = reason.translated("zh_CN")
    assert "自 2026-06-01 起生效" in chinese
    for text in (french, reason.translated("ar"), chinese):
        _no_english(text, "Concerns", "In force from", "Destination BR")
    # The refusal that quotes it is translated whole; its English stays for the log.
    with pytest.raises(ServiceError) as refused:
        record_reassessment(db, licence_id, conclusion="Stands.", on_date=date(2026, 7, 1))
    assert "Concerns Destination BR." in str(refused.value)
    _no_english(refused.value.translated("fr"), "Concerns", "Destination BR")


def _case_file(**decision: object) -> dict[str, object]:
    return {
        "format": "att-desktop-case",
        "version": 1,
        "application": {
            "transfer_type": "export",
            "applicant": {"name": "Acme", "country_code": "DE"},
            "destination_code": "NO",
            "received_on": "2026-01-10",
        },
        "parties": [{"role": "end_user", "name": "MoD", "country_code": "NO"}],
        "items": [{"line_no": 1, "category": "II", "description": "Guns", "quantity": "nope"}],
        "surprise": 1,
        **decision,
    }


def test_case_file_problems_are_translated_and_their_english_kept(db: Database) -> None:
    with pytest.raises(CaseImportError) as refused:
        import_case(db, _case_file(), actor=LOCAL_OFFICER, today=date(2026, 3, 1))
    exc = refused.value
    assert "file.surprise: unknown field" in exc.problems
    assert "items[0].quantity: 'nope' is not a number" in exc.problems
    assert "parties[0].party_type: is missing" in exc.problems
    french = exc.translated("fr")
    assert "- file.surprise\u00a0: champ inconnu" in french
    assert "- items[0].quantity\u00a0: 'nope' n’est pas un nombre" in french
    assert "- parties[0].party_type\u00a0: manque" in french
    arabic = exc.translated("ar")
    assert "حقل غير معروف" in arabic
    for text in (french, arabic):
        _no_english(text, "unknown field", "is not a number", "is missing")


def test_a_decider_the_import_cannot_record_is_said_in_the_window_language(
    db: Database,
) -> None:
    with db.session() as session:
        missing = resolve_decider(session, "  ", LOCAL_OFFICER)
    assert isinstance(missing, Message)
    error = CaseImportError([missing])
    assert "name who decided (the decider)" in str(error)
    for language in ("fr", "ar"):
        text = error.translated(language)
        _no_english(text, "name who decided", "the record must say")
