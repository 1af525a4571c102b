"""Every document from the case view: open, save (then Open), print; save dialogs start in
the Documents folder and remember the last folder (issue 11, item 7)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Ground
from att_desktop.services import decisions
from att_desktop.services.authority import AuthorityProfile, save_authority
from att_desktop.services.documents import DocumentKind
from att_desktop.ui import ops
from att_desktop.ui.case_documents import SaveFolder
from att_desktop.ui.main_window import MainWindow
from tests.db.assessment_helpers import assessed_and_completed, authorise, deny, register
from tests.unit.assessment_cases import complete

from .conftest import ScriptedPrompter


def decided_case(db: Database, *, authorised: bool = True) -> int:
    case = register(db)
    assessed_and_completed(db, case.id, complete())
    decision = authorise(db, case.id) if authorised else deny(grounds=(Ground(7, 1, "a", ""),))
    decisions.decide(db, case.id, decision)
    return case.id


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def trigger(qtbot: QtBot, window: MainWindow, kind: DocumentKind, verb: str) -> None:
    documents = window.case_view.case_documents
    act = documents.action(kind, verb)
    assert act.isVisible() and documents.button.isEnabled()
    act.trigger()
    qtbot.waitUntil(ops.idle, timeout=30000)


def test_the_documents_menu_offers_what_the_case_has(
    window: MainWindow, db: Database, make_case: object
) -> None:
    undecided = register(db)
    window.open_case(undecided.id)
    documents = window.case_view.case_documents
    assert not documents.button.isEnabled()

    case_id = decided_case(db)
    window.open_case(case_id)
    assert documents.button.isEnabled()
    assert documents.available == (DocumentKind.ASSESSMENT, DocumentKind.LICENCE)
    visible = {n for n, a in documents.actions.items() if a.isVisible()}
    assert (DocumentKind.DENIAL, "open") not in visible
    assert (DocumentKind.LICENCE, "save") in visible


def test_save_starts_in_the_documents_folder_then_offers_to_open_the_file(
    qtbot: QtBot, window: MainWindow, db: Database, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    save_authority(db, AuthorityProfile(name="Export Control Agency of Norland"))
    case_id = decided_case(db)
    window.open_case(case_id)
    documents = window.case_view.case_documents
    documents.folder = SaveFolder()  # a new session's folder: the Documents folder
    reference = window.case_view.case.reference  # type: ignore[union-attr]
    safe = reference.replace("/", "-")

    prompter.saves = [str(tmp_path / "licence"), str(tmp_path / "record.pdf")]
    prompter.open_answers = [True, False]
    trigger(qtbot, window, DocumentKind.LICENCE, "save")

    documents_dir = Path(platformdirs.user_documents_dir())
    assert prompter.save_starts[0] == str(documents_dir / f"{safe}-licence.pdf")
    saved = tmp_path / "licence.pdf"  # the extension is added
    assert "Export Control Agency of Norland" in text_of(saved)
    assert ("offer_open", "Save licence", f"Saved to {saved}") in prompter.shown
    assert prompter.opened == [str(saved)]

    trigger(qtbot, window, DocumentKind.ASSESSMENT, "save")
    # The next dialog starts where the last file went; Close does not open the file.
    assert prompter.save_starts[1] == str(tmp_path / f"{safe}-assessment.pdf")
    assert "Assessment record" in text_of(tmp_path / "record.pdf")
    assert prompter.opened == [str(saved)]
    assert prompter.errors() == []


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window.open_case(decided_case(db))
    prompter.saves = [None]
    trigger(qtbot, window, DocumentKind.LICENCE, "save")
    assert [k for k, *_ in prompter.shown] == ["save_file"]
    assert prompter.opened == []


def test_open_and_print_hand_the_denial_letter_to_the_viewer(
    qtbot: QtBot, window: MainWindow, db: Database, prompter: ScriptedPrompter
) -> None:
    window.open_case(decided_case(db, authorised=False))
    documents = window.case_view.case_documents
    assert DocumentKind.DENIAL in documents.available
    assert not documents.action(DocumentKind.LICENCE, "open").isVisible()
    trigger(qtbot, window, DocumentKind.DENIAL, "open")
    trigger(qtbot, window, DocumentKind.DENIAL, "print")
    assert len(prompter.opened) == 2
    for path in prompter.opened:
        assert path.endswith("-denial.pdf")
        assert "refusal" in text_of(Path(path)).lower()
    assert prompter.errors() == []


def test_a_licence_row_opens_its_licence_on_double_click(
    qtbot: QtBot, window: MainWindow, db: Database, prompter: ScriptedPrompter
) -> None:
    case_id = decided_case(db)
    window.open_case(case_id)
    view = window.case_view
    view.tabs.setCurrentWidget(view.licences_page)
    table = view.licences_table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(ops.idle, timeout=30000)
    decision = decisions.get_decision(db, case_id)
    assert decision is not None and decision.licence is not None
    assert len(prompter.opened) == 1
    assert decision.licence.number in text_of(Path(prompter.opened[0]))
    # The same actions are in the table's context menu.
    names = {a.objectName() for a in table.actions()}
    assert names == {"document_open_licence", "document_save_licence", "document_print_licence"}
