"""Every document of the open case: open, save and print the assessment record, the licence
and the denial letter as the case stands, from the case view.

The PDFs are written by ``services.documents.write_case_document`` on a worker thread
(``ops.run_op``): a case with hundreds of lines never freezes the window. "Open" writes a
copy to a temporary folder and hands it to the system's PDF viewer. "Save…" starts in the
person's Documents folder (then wherever they last saved, for the rest of the session) with
the suggested name, and offers to open the file once saved. "Print…" opens the PDF in the
system viewer to print from there: the Qt installed with ATT Desktop (PySide6-Essentials)
has no QtPdf module to render pages to a printer.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from att_desktop.services import documents
from att_desktop.services.documents import DocumentKind
from att_desktop.services.dto import CaseDetail
from att_desktop.services.errors import ServiceError
from att_desktop.ui import ops
from att_desktop.ui.context import AppContext
from att_desktop.ui.icons import icon

#: In menu order.
KINDS = (DocumentKind.LICENCE, DocumentKind.DENIAL, DocumentKind.ASSESSMENT)
VERBS = ("open", "save", "print")


class SaveFolder:
    """Where save dialogs start: the Documents folder, then the last folder saved to.

    One per window, so "remembered per session" and never written to the settings file.
    """

    def __init__(self, start: Path | None = None) -> None:
        self._folder = start

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(platformdirs.user_documents_dir())
        return self._folder

    def suggest(self, file_name: str) -> str:
        return str(self.folder / file_name)

    def remember(self, saved: Path) -> None:
        self._folder = saved.parent


_SESSION_FOLDER = SaveFolder()


def session_folder() -> SaveFolder:
    """The folder every save dialog of this run starts in (the Documents folder at first)."""
    return _SESSION_FOLDER


def document_name(kind: DocumentKind) -> str:
    names = {
        DocumentKind.LICENCE: QCoreApplication.translate("CaseDocuments", "Licence"),
        DocumentKind.DENIAL: QCoreApplication.translate("CaseDocuments", "Denial letter"),
        DocumentKind.ASSESSMENT: QCoreApplication.translate("CaseDocuments", "Assessment record"),
    }
    return names[kind]


def _action_text(kind: DocumentKind, verb: str) -> str:
    texts = {
        "open": QCoreApplication.translate("CaseDocuments", "Open %1"),
        "save": QCoreApplication.translate("CaseDocuments", "Save %1…"),
        "print": QCoreApplication.translate("CaseDocuments", "Print %1…"),
    }
    return texts[verb].replace("%1", document_name(kind).lower())


class CaseDocuments(QObject):
    """The open case's documents: a "Documents" button with its menu, and the actions."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        #: Where "Save…" starts; shared with the assessment wizard for the whole session.
        self.folder = session_folder()
        self._case: CaseDetail | None = None
        self._temp: Path | None = None
        self.available: tuple[DocumentKind, ...] = ()

        self.button = QToolButton(parent)
        self.button.setObjectName("caseDocumentsButton")
        self.button.setText(self.tr("&PDF documents"))
        self.button.setIcon(icon("attach"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip(
            self.tr("Open, save or print the licence, denial letter or assessment record")
        )
        self.menu = QMenu(self.button)
        self.menu.setObjectName("caseDocumentsMenu")
        self.menu.setToolTipsVisible(True)
        self.button.setMenu(self.menu)
        self.actions: dict[tuple[DocumentKind, str], QAction] = {}
        for n, kind in enumerate(KINDS):
            if n:
                self.menu.addSeparator()
            for verb in VERBS:
                action = QAction(_action_text(kind, verb), self.menu)
                action.setObjectName(f"document_{verb}_{kind.value}")
                if verb == "print":
                    action.setToolTip(
                        self.tr("Opens the PDF in your PDF viewer: print it from there.")
                    )
                action.triggered.connect(lambda _checked=False, k=kind, v=verb: self.act(k, v))
                self.menu.addAction(action)
                self.actions[kind, verb] = action
        self.set_case(None)

    # --- state ------------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail | None) -> None:
        """Offer the documents this case has now (a small read, like the rest of the view)."""
        self._case = detail
        try:
            self.available = documents.available_documents(self.ctx.db, detail.id) if detail else ()
        except ServiceError:
            self.available = ()
        for (kind, _verb), action in self.actions.items():
            action.setVisible(kind in self.available)
        self.button.setEnabled(bool(self.available))
        if detail is not None and not self.available:
            self.button.setToolTip(
                self.tr("The documents appear here once the case has an assessment or a decision.")
            )

    def action(self, kind: DocumentKind, verb: str) -> QAction:
        return self.actions[kind, verb]

    # --- acting -----------------------------------------------------------------------------

    def act(self, kind: DocumentKind, verb: str) -> None:
        if self._case is None or kind not in self.available:
            return
        if verb == "save":
            self.save(kind)
        else:
            self.open(kind)  # print: the system viewer prints (see the module's docstring)

    def _file_name(self, kind: DocumentKind) -> str:
        assert self._case is not None
        return documents.suggested_file_name(self._case.reference, kind)

    def _temp_path(self, kind: DocumentKind) -> Path:
        if self._temp is None or not self._temp.is_dir():
            self._temp = Path(tempfile.mkdtemp(prefix="att-desktop-documents-"))
        return self._temp / self._file_name(kind)

    def _write(self, kind: DocumentKind, path: Path, then: Callable[[Path], None]) -> None:
        """Write the document on a worker thread, then call ``then(path)`` on this thread."""
        assert self._case is not None
        db, case_id, language = self.ctx.db, self._case.id, self.ctx.language
        ops.run_op(
            self._parent,
            lambda _progress: documents.write_case_document(db, case_id, kind, path, language),
            then,
            title=document_name(kind),
            prompter=self.ctx.prompter,
            label=self.tr("Writing the %1…").replace("%1", document_name(kind).lower()),
            key="case-document",
            triggers=(self.button,),
            expected=(ServiceError, OSError),
        )

    def open(self, kind: DocumentKind) -> None:
        """Write a copy to a temporary folder and show it in the system's PDF viewer."""
        self._write(kind, self._temp_path(kind), self._show)

    def _show(self, path: Path) -> None:
        if not self.ctx.prompter.open_path(str(path)):
            self.ctx.prompter.error(
                self._parent,
                self.tr("No PDF viewer"),
                self.tr("No program opened %1. Save the document and open it yourself.").replace(
                    "%1", str(path)
                ),
            )

    def save(self, kind: DocumentKind) -> None:
        title = self.tr("Save %1").replace("%1", document_name(kind).lower())
        chosen = self.ctx.prompter.save_file(
            self._parent,
            title,
            self.folder.suggest(self._file_name(kind)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._write(kind, path, lambda saved: self._saved(title, saved))

    def _saved(self, title: str, path: Path) -> None:
        self.folder.remember(path)
        text = self.tr("Saved to %1").replace("%1", str(path))
        if self.ctx.prompter.offer_open(self._parent, title, text):
            self._show(path)
