"""The main window: the case register on top, the open case below, menus and shortcuts.

Every database call here is one short service call (a unit of work) made in response to one
user action; the window keeps plain data, never a session or an ORM object. The database,
the person acting and the prompter come from the application context (``ui/context.py``);
the menus and their actions are declared in ``ui/menus.py``; the register, the reporting
windows and the committee's widgets are parts built here (``register_panel``,
``report_windows``, ``committee/integration``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QWidget,
)

from att_desktop import APP_NAME
from att_desktop.config import SUPPORTED_LANGUAGES, AppPaths, UserSettings, save_settings
from att_desktop.db.engine import Database, open_database
from att_desktop.services import cases
from att_desktop.services.anchoring import append_witness
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail, RegisterFilter
from att_desktop.services.errors import ServiceError
from att_desktop.ui import ops
from att_desktop.ui.about import AboutDialog
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.committee.integration import CommitteeIntegration
from att_desktop.ui.context import LOCKED, AppContext
from att_desktop.ui.help import GuideHelp
from att_desktop.ui.icons import app_icon
from att_desktop.ui.menus import DeclaredMenus
from att_desktop.ui.messages import error_text, notice_text
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.register_panel import NAME_COLUMN_MIN_CHARS, RegisterPanel
from att_desktop.ui.report_windows import ReportWindows
from att_desktop.ui.widgets.screen_fit import fitted_size

if TYPE_CHECKING:
    from att_desktop.services.dto import UserSession
    from att_desktop.ui.accounts.session_manager import SessionManager
    from att_desktop.ui.application_dialog import ApplicationDialog
    from att_desktop.ui.assessment.denial_notices import DenialNoticesDialog
    from att_desktop.ui.assessment.wizard import AssessmentWizard
    from att_desktop.ui.database_dialog import DatabaseDialog
    from att_desktop.ui.reassessment import EmbargoDataDialog, ReassessmentDialog
    from att_desktop.ui.reporting.report_builder import SavePath

__all__ = ["DEFAULT_SIZE", "LOCKED", "NAME_COLUMN_MIN_CHARS", "MainWindow", "WizardFactory"]

#: Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor).
#: Tests pass their own, with scripted answers to the wizard's questions.
WizardFactory = Callable[[Database, int, str, QWidget, Prompter, Actor], "AssessmentWizard"]


def build_assessment_wizard(
    db: Database, case_id: int, language: str, parent: QWidget, prompter: Prompter, actor: Actor
) -> AssessmentWizard:
    # Imported when first used: the register opens without loading the assessment pages.
    from att_desktop.ui.assessment.wizard import AssessmentWizard

    return AssessmentWizard(db, case_id, language, parent, prompter=prompter, actor=actor)


DEFAULT_SIZE = QSize(1400, 850)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    """The case register and the case view.

    Built from a database, paths, settings and a prompter (an ``AppContext`` is made of
    them), or with ``MainWindow.for_context`` from a context the application keeps across
    windows. ``on_language_change`` lets the application rebuild the window in the new
    language; when it is absent the choice is saved and applies at the next start.
    ``actor`` is who acts while no sign-in is installed.
    """

    #: Emitted after the register was re-queried (tests wait on it).
    registerReloaded = Signal(int)

    # Set from the declaration in ui/menus.py (DeclaredMenus); listed for the type checker.
    action_new: QAction
    action_open_case: QAction
    action_open_db: QAction
    action_connect_server: QAction
    action_quit: QAction
    action_find: QAction
    action_refresh: QAction
    action_clear_filters: QAction
    action_edit: QAction
    action_add_document: QAction
    action_assess: QAction
    action_complete_assessment: QAction
    action_submit_to_committee: QAction
    action_reassessment: QAction
    action_incidents: QAction
    action_embargo_data: QAction
    action_denial_notices: QAction
    action_my_work: QAction
    action_sessions: QAction
    action_annual_report: QAction
    action_reporting_calendar: QAction
    action_record_shipment: QAction
    action_customs_import: QAction
    action_imports: QAction
    action_follow_up: QAction
    action_user_guide: QAction
    action_about: QAction
    action_about_qt: QAction
    reports_menu: QWidget

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        settings: UserSettings,
        prompter: Prompter | None = None,
        *,
        on_language_change: Callable[[str], None] | None = None,
        actor: Actor = LOCAL_OFFICER,
        wizard_factory: WizardFactory = build_assessment_wizard,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        read_register: bool = True,  # False: read when someone signs in (install_sessions)
    ) -> None:
        super().__init__(parent)
        if context is None:
            context = AppContext(db, paths, settings, prompter, fallback_actor=actor, parent=self)
        elif context.db is not db:
            raise ValueError("the window's database must be its context's")
        #: The database, paths, settings, signed-in person, language and prompter.
        self.ctx = context
        self._on_language_change = on_language_change
        self.application_dialog: ApplicationDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self._wizard_factory = wizard_factory
        #: Open assessment wizards by case id: one per case, non-modal.
        self.assessment_wizards: dict[int, AssessmentWizard] = {}
        #: Sign-in, switch user and the idle lock (the application installs them).
        self.sessions: SessionManager | None = None
        self.setWindowIcon(app_icon())
        #: Help → User guide and F1 (ui/help.py).
        self.help = GuideHelp(self.ctx, self)
        self._build_parts()
        self._build_menus()
        self.location_label = QLabel(self)
        self.location_label.setObjectName("databaseLocation")
        self.statusBar().addPermanentWidget(self.location_label)
        self._show_location()
        self.ctx.userChanged.connect(self._session_changed)
        self.resize(fitted_size(self, DEFAULT_SIZE))
        if read_register:
            self.refresh()

    @classmethod
    def for_context(
        cls,
        ctx: AppContext,
        *,
        on_language_change: Callable[[str], None] | None = None,
        wizard_factory: WizardFactory = build_assessment_wizard,
        read_register: bool = True,
    ) -> MainWindow:
        """A window on the application's context (kept when the window is rebuilt)."""
        return cls(
            ctx.db,
            ctx.paths,
            ctx.settings,
            ctx.prompter,
            on_language_change=on_language_change,
            wizard_factory=wizard_factory,
            context=ctx,
            read_register=read_register,
        )

    # --- what the context holds -------------------------------------------------------------

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def paths(self) -> AppPaths:
        return self.ctx.paths

    @property
    def settings(self) -> UserSettings:
        return self.ctx.settings

    @settings.setter
    def settings(self, value: UserSettings) -> None:
        self.ctx.settings = value

    @property
    def language(self) -> str:
        return self.ctx.language

    @property
    def prompter(self) -> Prompter:
        return self.ctx.prompter

    def actor(self) -> Actor:
        """Who the services are told is acting (``AppContext.actor``)."""
        return self.ctx.actor()

    def user_session(self) -> UserSession | None:
        return self.ctx.user_session()

    def set_sessions(self, manager: SessionManager) -> None:
        """Called by ``install_sessions``: the account actions call this manager, which sets
        the signed-in person on the context."""
        self.sessions = manager

    def detach(self) -> None:
        """Stop following the context: this window is being replaced by a rebuilt one (a
        language change), which reads the register for the person still signed in."""
        with suppress(RuntimeError, TypeError):  # already disconnected
            self.ctx.userChanged.disconnect(self._session_changed)

    def _session_changed(self, session: object) -> None:
        self._show_location()
        self.menus.update_offers()
        self._update_case_actions()
        if session is not None:
            self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build_parts(self) -> None:
        """The register above the case view; the committee's tabs and its dock."""
        ctx = self.ctx
        self.register = RegisterPanel(ctx, self)
        self.filters = self.register.filters
        self.count_label = self.register.count_label
        self.model = self.register.model
        self.table = self.register.table
        self.filters.filterChanged.connect(self.apply_filter)
        self.register.caseActivated.connect(self.open_case)
        self.register.currentCaseChanged.connect(self._current_case_changed)

        self.case_view = CaseView(ctx, self)
        self.case_view.setObjectName("caseView")
        self.case_view.editRequested.connect(self.edit_case)
        self.case_view.assessRequested.connect(lambda detail: self.assess_case(detail.id))
        self.case_view.caseChanged.connect(self._case_saved)

        self.committee = CommitteeIntegration(ctx, self.case_view, self)
        for widget, title in self.committee.tabs():
            self.case_view.tabs.addTab(widget, title)
        self.committee.openCase.connect(self.open_case)
        self.committee.caseChanged.connect(self.refresh_case)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.committee.dock)
        self.committee.dock.hide()

        self.reports = ReportWindows(
            ctx, self, open_record=self.open_case, licence_in_view=self._licence_in_view
        )
        self.committee.openReport.connect(self.reports.open_submission)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.register)
        splitter.addWidget(self.case_view)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 450])
        self.setCentralWidget(splitter)

    def _build_menus(self) -> None:
        """The menu bar and the toolbar, from the declaration in ``ui/menus.py``."""
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, native_name in SUPPORTED_LANGUAGES.items():
            # Each language is named in itself, so a user can find theirs in any UI language.
            action = QAction(native_name, self)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.menus = DeclaredMenus(self, self.ctx)
        self.menus.build_menu_bar({"language_actions": self.language_actions})
        # "My work" is ticked while its dock is shown, however it was shown or closed.
        self.committee.dock.visibilityChanged.connect(self.action_my_work.setChecked)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.menus.build_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.menus.update_offers()
        self._update_case_actions()

    def show_about_qt(self) -> None:
        QApplication.aboutQt()

    # --- reports: the windows live in ui/report_windows.py ----------------------------------

    @property
    def report_windows(self) -> dict[str, QWidget]:
        """Open reporting windows by kind: one of each, brought forward when asked again."""
        return self.reports.windows

    @property
    def report_save_path(self) -> SavePath | None:
        return self.reports.save_path

    @report_save_path.setter
    def report_save_path(self, value: SavePath | None) -> None:
        self.reports.save_path = value

    def close_report_windows(self) -> None:
        self.reports.close_all()

    def open_annual_report(self) -> QWidget:
        return self.reports.open_annual_report()

    def open_reporting_calendar(self) -> QWidget:
        return self.reports.open_reporting_calendar()

    def open_shipment(self, licence_id: int | None = None) -> QWidget:
        dialog = self.reports.open_shipment(licence_id)
        recorded = getattr(dialog, "shipmentRecorded", None)
        if recorded is not None and not dialog.property("refreshesCaseView"):
            # A shipment owes follow-up (a certificate) and counts against the licence: the
            # case in view shows it at once. Once per dialog: the window is reused.
            dialog.setProperty("refreshesCaseView", True)
            recorded.connect(self._shipment_recorded)
        return dialog

    def _shipment_recorded(self, _shipment_id: int) -> None:
        shown = self.case_view.case
        if shown is not None:
            current = self.case_view.tabs.currentIndex()
            self._show_case_by_id(shown.id)
            self.case_view.tabs.setCurrentIndex(current)

    def open_customs_import(self) -> QWidget:
        return self.reports.open_customs_import()

    def open_imports(self) -> QWidget:
        return self.reports.open_imports()

    def open_follow_up(self) -> QWidget:
        """Case → Licence follow-up…: one register window, brought forward when asked again."""
        from att_desktop.ui.follow_up.register import open_follow_up_window

        return self.reports._window(
            "follow_up", lambda: open_follow_up_window(self, self.ctx, self.open_case)
        )

    def _licence_in_view(self) -> int | None:
        """The licence chosen in the case view's Licences tab, or the case's only licence."""
        case = self.case_view.case
        if case is None or not case.licences:
            return None
        row = self.case_view.licences_table.currentRow()
        if 0 <= row < len(case.licences):
            return case.licences[row].id
        return case.licences[0].id if len(case.licences) == 1 else None

    # --- the register -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the filter choices, the register and the open case (F5)."""
        self.register.reload_facets()
        self.apply_filter(self.filters.current_filter())
        current = self.case_view.case
        if current is not None:
            self._show_case_by_id(current.id)

    def apply_filter(self, flt: RegisterFilter) -> None:
        count = self.register.query(flt)
        self.count_label.setText(self.tr("%n case(s)", "", count))
        current = self.case_view.case
        if current is not None:
            self.register.select_case(current.id)
        self.registerReloaded.emit(count)

    def _current_case_changed(self, case_id: int) -> None:
        shown = self.case_view.case
        if shown is None or shown.id != case_id:
            self._show_case_by_id(case_id)

    def focus_search(self) -> None:
        self.register.focus_search()

    # --- cases ------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        if self._show_case_by_id(case_id):
            self.register.select_case(case_id)

    def _show_case_by_id(self, case_id: int) -> bool:
        try:
            detail = cases.get_case(self.db, case_id)
        except ServiceError as exc:
            self.prompter.error(self, self.tr("Cannot open the case"), error_text(exc))
            return False
        self._show(detail)
        return True

    def _show(self, detail: CaseDetail | None) -> None:
        self.case_view.show_case(detail)
        self._update_case_actions()
        self.committee.show_case(detail, self.case_view.tabs)

    def _update_case_actions(self) -> None:
        case = self.case_view.case
        # Offered as declared in ui/menus.py (by permission); the services check again.
        registers = self.menus.offered_attr("action_new")
        self.action_new.setEnabled(registers)
        self.action_edit.setEnabled(registers and case is not None and not case.status.is_closed)
        self.action_add_document.setEnabled(registers and case is not None)
        if not registers:
            self.case_view.edit_button.setEnabled(False)
            self.case_view.add_document_button.setEnabled(False)
        self.action_assess.setEnabled(self.case_view.can_assess)
        open_case = self.case_view.can_assess and case is not None and not case.status.is_closed
        self.action_complete_assessment.setEnabled(
            open_case and self.menus.offered_attr("action_complete_assessment")
        )
        self.action_submit_to_committee.setEnabled(
            open_case and self.menus.offered_attr("action_submit_to_committee")
        )

    def ask_open_case(self) -> None:
        reference = self.prompter.ask_text(
            self, self.tr("Open case"), self.tr("Case reference (for example EXP/2026/00042):")
        )
        if not reference or not reference.strip():
            return
        try:
            case_id = cases.find_case_id(self.db, reference)
        except ServiceError as exc:
            self.prompter.error(self, self.tr("Case not found"), error_text(exc))
            return
        self.open_case(case_id)

    def new_application(self) -> None:
        self._open_application_dialog(None)

    def edit_current(self) -> None:
        if self.case_view.case is not None:
            self.edit_case(self.case_view.case)

    def edit_case(self, detail: CaseDetail) -> None:
        wizard = self.assessment_wizards.get(detail.id)
        if wizard is not None and wizard.isVisible():
            # The open assessment (and the licence lines it proposes) is of the case as it
            # was read: changing the application under it would leave it out of date.
            self.prompter.inform(
                self,
                self.tr("Assessment open"),
                self.tr(
                    "The assessment of %1 is open. Save and close it before you edit the "
                    "application, then open the assessment again."
                ).replace("%1", detail.reference),
            )
            wizard.raise_()
            wizard.activateWindow()
            return
        self._open_application_dialog(detail)

    def _open_application_dialog(self, original: CaseDetail | None) -> None:
        # Imported here so the register works even while the dialog is being built or fails
        # to import; the dialog is window-modal but does not block (tests drive it).
        try:
            from att_desktop.ui.application_dialog import ApplicationDialog
        except ImportError as exc:
            self.prompter.error(
                self,
                self.tr("Not available"),
                self.tr("The application form could not be loaded: %1").replace(
                    "%1", error_text(exc)
                ),
            )
            return
        dialog = ApplicationDialog(self.db, self.language, original, self, actor=self.actor())
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.application_dialog = dialog
        dialog.open()

    # --- assessment -------------------------------------------------------------------------

    def assess_current(self) -> None:
        if self.case_view.case is not None and self.case_view.can_assess:
            self.assess_case(self.case_view.case.id)

    def complete_current_assessment(self) -> AssessmentWizard | None:
        """Case menu: the open case's wizard completes its assessment, or shows what is
        missing (nothing typed there is lost)."""
        wizard = self._current_wizard()
        if wizard is not None:
            wizard.complete_assessment()
        return wizard

    def submit_current_to_committee(self) -> AssessmentWizard | None:
        """Case menu: complete the open case's assessment if need be, then choose agencies."""
        wizard = self._current_wizard()
        if wizard is not None:
            wizard.submit_to_committee()
        return wizard

    def _current_wizard(self) -> AssessmentWizard | None:
        case = self.case_view.case
        if case is None or not self.case_view.can_assess:
            return None
        return self.assess_case(case.id)

    def assess_case(self, case_id: int) -> AssessmentWizard | None:
        """Open the assessment wizard for a case (non-modal), or bring its open one forward."""
        wizard = self.assessment_wizards.get(case_id)
        if wizard is not None and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            wizard = self._wizard_factory(
                self.db, case_id, self.language, self, self.prompter, self.actor()
            )
        except ServiceError as exc:
            self.prompter.error(self, self.tr("Cannot open the assessment"), error_text(exc))
            return None
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # A decision refreshes the register, and the case view if it still shows that case.
        wizard.decided.connect(lambda detail: self._case_changed_elsewhere(detail.id))
        wizard.progressed.connect(lambda detail: self._case_changed_elsewhere(detail.id))
        # Forgotten once Qt has deleted it (it deletes itself on close), unless a newer one
        # for the case took its place; touches no widget, since it may run while this window
        # is being destroyed too.
        open_wizards = self.assessment_wizards

        def forget(_obj: object = None, cid: int = case_id, mine: object = wizard) -> None:
            if open_wizards.get(cid) is mine:
                del open_wizards[cid]

        wizard.destroyed.connect(forget)
        open_wizards[case_id] = wizard
        wizard.show()
        # Opening the assessment moves a submitted case to "under assessment".
        self._case_changed_elsewhere(case_id)
        return wizard

    def _case_changed_elsewhere(self, case_id: int) -> None:
        """Bring the register (and the case view, if it shows that case) up to date."""
        self.register.reload_facets()
        shown = self.case_view.case
        if shown is not None and shown.id == case_id:
            self._show_case_by_id(case_id)
        self.apply_filter(self.filters.current_filter())

    def close_assessments(self) -> bool:
        """Close every open wizard (each asks about unsaved answers); False if one stays open."""
        for wizard in list(self.assessment_wizards.values()):
            with suppress(RuntimeError):  # already deleted by Qt
                if wizard.isVisible() and not wizard.close():
                    return False
        return True

    def _dialog_saved(self, dialog: ApplicationDialog) -> None:
        if dialog.saved_case is not None:
            self._case_saved(dialog.saved_case)

    def refresh_case(self, case_id: int) -> None:
        """A committee step changed a case: show it again and bring the register up to date."""
        if self._show_case_by_id(case_id):
            self.register.reload_facets()
            self.apply_filter(self.filters.current_filter())

    def _case_saved(self, detail: CaseDetail) -> None:
        """A case was created or changed: show it, and bring the register up to date."""
        self._show(detail)
        self.register.reload_facets()
        self.apply_filter(self.filters.current_filter())

    # --- database, language, about ----------------------------------------------------------

    def choose_database(self) -> None:
        start = str(self.db.path.parent) if self.db.path is not None else str(Path.home())
        path = self.prompter.open_file(
            self,
            self.tr("Open database"),
            start,
            self.tr("ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database_at(path)

    def choose_database_server(self) -> DatabaseDialog:
        """The database dialog (a file or a PostgreSQL server, tested before it is opened)."""
        from att_desktop.ui.database_dialog import DatabaseDialog

        def choose_file(parent: QWidget, start: str) -> str | None:
            return self.prompter.open_file(
                parent,
                self.tr("Open database"),
                start,
                self.tr("ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            )

        dialog = DatabaseDialog(
            self.db.display_location, choose_file=choose_file, prompter=self.prompter, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_database_at(dialog.target()))
        dialog.open()
        return dialog

    # --- assessment tools (Article 7(7), embargo data, denials of other States) -------------

    def open_reassessment(self) -> ReassessmentDialog:
        from att_desktop.ui.reassessment import open_reassessment

        return open_reassessment(
            self.db, self.language, self, prompter=self.prompter, actor=self.actor()
        )

    def open_embargo_data(self) -> EmbargoDataDialog:
        from att_desktop.ui.reassessment import open_embargo_data

        return open_embargo_data(
            self.db, self.language, self, prompter=self.prompter, actor=self.actor()
        )

    def open_authority_settings(self) -> QWidget:
        """Settings → Authority…: the profile every document prints (administrators)."""
        from att_desktop.ui.authority_dialog import open_authority_dialog

        self.authority_dialog = open_authority_dialog(self.ctx, self)
        return self.authority_dialog

    def open_incidents(self) -> QWidget:
        """Assessment → Diversion and breach incidents… (issue 14)."""
        from att_desktop.ui.incidents.window import open_incidents

        self.incidents_window = open_incidents(self.ctx, self)
        return self.incidents_window

    def open_sanctions_list(self) -> QWidget:
        """Assessment → UN sanctions list and hits…: import (administrators) and review."""
        from att_desktop.ui.sanctions import open_sanctions_list

        self.sanctions_dialog = open_sanctions_list(self.ctx, self)
        self.sanctions_dialog.panel.hitsChanged.connect(self._sanctions_hits_changed)
        return self.sanctions_dialog

    def _sanctions_hits_changed(self, case_id: int) -> None:
        """Hits reviewed or found in the list's dialog: the open case shows them too."""
        shown = self.case_view.case
        if shown is not None and case_id in (0, shown.id):
            self.refresh_case(shown.id)

    def open_destination_files(self) -> QWidget:
        """Assessment → Destination files…: standing findings per State (issue 14)."""
        from att_desktop.ui.destination.window import open_destination_files

        self.destination_files = open_destination_files(
            self.db, self.language, self.actor(), self, open_reassessment=self.open_reassessment
        )
        return self.destination_files

    def open_denial_notices(self) -> DenialNoticesDialog:
        from att_desktop.ui.assessment.denial_notices import open_denial_notices

        return open_denial_notices(self.db, self.language, self, actor=self.actor())

    def open_database_at(self, path: str) -> bool:
        """Switch to another database; on failure the current one stays open, unchanged.

        Opening (an upgrade copies the file, or runs ``pg_dump``, first) runs on a worker
        thread behind a progress dialog; the window switches when it is done. True if the
        opening started; False if the open assessments were kept, or another database is
        being opened already.
        """
        if ops.running(self, "database") or not self.close_assessments():
            return False

        def switch(new_db: Database) -> None:
            self.close_report_windows()  # they read and write the database being closed
            new_db.witness = self.db.witness
            old = self.ctx.set_database(new_db)  # every window, and the sign-in, follow
            append_witness(old, "closed")
            old.close()
            self._show(None)
            self.filters.clear()
            self._show_location()
            self.refresh()
            for notice in new_db.notices:
                self.prompter.inform(self, self.tr("Database upgraded"), notice_text(notice))
            others = [p for p in self.settings.recent_databases if p != new_db.display_location]
            recent = (new_db.display_location, *others)
            self.settings = replace(self.settings, recent_databases=recent[:MAX_RECENT])
            self._save_settings()

        names = ("actionOpenDatabase", "actionConnectServer")
        op = ops.run_op(
            self,
            lambda _progress: open_database(path, create=False),
            switch,
            title=self.tr("Cannot open the database"),
            prompter=self.prompter,
            label=self.tr("Opening %1…").replace("%1", path),
            key="database",
            triggers=[a for a in self.findChildren(QAction) if a.objectName() in names],
            view=ops.DialogProgress(self, self.tr("Opening the database")),
        )
        return op is not None

    def _show_location(self) -> None:
        location = self.db.display_location
        self.location_label.setText(self.tr("Database: %1").replace("%1", location))
        self.location_label.setToolTip(location)
        name = Path(location).name if self.db.path is not None else location
        user = self.user_session()
        if not self.ctx.signs_in:
            self.setWindowTitle(f"{name} — {APP_NAME}")
        elif user is None:
            self.setWindowTitle(self.tr("Locked") + f" — {name} — {APP_NAME}")
        else:
            self.setWindowTitle(f"{user.full_name} — {name} — {APP_NAME}")

    def set_language(self, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            return
        if language == self.language:
            self.language_actions[language].setChecked(True)
            return
        # The window is rebuilt in the new language: open assessments are closed first.
        if self._on_language_change is not None and not self.close_assessments():
            self.language_actions[self.language].setChecked(True)
            return
        self.language_actions[language].setChecked(True)
        self.settings = self.settings.with_language(language)
        self._save_settings()
        if self._on_language_change is not None:
            self.ctx.set_language(language)
            self._on_language_change(language)
            return
        self.prompter.inform(
            self,
            self.tr("Language"),
            self.tr("The language was changed to %1. It applies the next time you start %2.")
            .replace("%1", SUPPORTED_LANGUAGES[language])
            .replace("%2", APP_NAME),
        )

    def _save_settings(self) -> None:
        try:
            save_settings(self.paths, self.settings)
        except OSError as exc:
            self.prompter.error(
                self,
                self.tr("Settings not saved"),
                self.tr("Your settings could not be saved: %1").replace("%1", error_text(exc)),
            )

    def show_about(self) -> None:
        dialog = AboutDialog(
            self.db.display_location,
            self,
            data_folder=str(self.paths.data_dir),
            settings_file=str(self.paths.settings_file),
        )
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_assessments():
            event.ignore()
            return
        for dialog in (self.application_dialog, self.about_dialog, self.case_view.document_dialog):
            if dialog is not None:
                with suppress(RuntimeError):  # already deleted by Qt
                    dialog.close()
        self.committee.close_windows()
        self.close_report_windows()
        super().closeEvent(event)
