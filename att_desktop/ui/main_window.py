"""The main window: the case register on top, the open case below, menus and shortcuts.

Every database call here is one short service call (a unit of work) made in response to one
user action; the window keeps plain data, never a session or an ORM object.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from att_desktop import APP_NAME
from att_desktop.config import SUPPORTED_LANGUAGES, AppPaths, UserSettings, save_settings
from att_desktop.db.engine import Database, DatabaseError, open_database
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services import cases, register
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail, RegisterFilter
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import Permission, allowed
from att_desktop.ui.about import AboutDialog
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.i18n import status_label, transfer_type_label
from att_desktop.ui.icons import app_icon, icon
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.register_filters import RegisterFilters
from att_desktop.ui.register_model import Column, RegisterModel
from att_desktop.ui.register_table import RegisterTable
from att_desktop.ui.widgets.screen_fit import fitted_size

if TYPE_CHECKING:
    from att_desktop.services.dto import UserSession
    from att_desktop.ui.accounts.session_manager import SessionManager
    from att_desktop.ui.application_dialog import ApplicationDialog
    from att_desktop.ui.assessment.denial_notices import DenialNoticesDialog
    from att_desktop.ui.assessment.wizard import AssessmentWizard
    from att_desktop.ui.database_dialog import DatabaseDialog
    from att_desktop.ui.reassessment import EmbargoDataDialog, ReassessmentDialog

#: Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor).
#: Tests pass their own, with scripted answers to the wizard's questions.
WizardFactory = Callable[[Database, int, str, QWidget, Prompter, Actor], "AssessmentWizard"]


def build_assessment_wizard(
    db: Database, case_id: int, language: str, parent: QWidget, prompter: Prompter, actor: Actor
) -> AssessmentWizard:
    # Imported when first used: the register opens without loading the assessment pages.
    from att_desktop.ui.assessment.wizard import AssessmentWizard

    return AssessmentWizard(db, case_id, language, parent, prompter=prompter, actor=actor)


#: Who acts while the workstation is locked: every service refuses it once accounts exist.
LOCKED = Actor(user_id=None, name="Locked workstation")

DEFAULT_SIZE = QSize(1400, 850)
#: The exporter and end-user columns never get narrower than this (in average characters).
NAME_COLUMN_MIN_CHARS = 20
MAX_RECENT = 8

#: Register column widths, in average character widths of the table's font.
_COLUMN_CHARS: dict[Column, int] = {
    Column.REFERENCE: 17,
    Column.TYPE: 12,
    Column.DESTINATION: 18,
    Column.CATEGORIES: 14,
    Column.VALUE: 18,
    Column.STATUS: 17,
    Column.RECEIVED: 11,
    Column.DECIDED: 11,
}


class MainWindow(QMainWindow):
    """The case register and the case view.

    ``on_language_change`` lets the application rebuild the window in the new language; when
    it is absent the choice is saved and applies at the next start. ``actor`` is who acts while
    no sign-in is installed; once ``install_sessions`` is, ``actor()`` is the signed-in person.
    """

    #: Emitted after the register was re-queried (tests wait on it).
    registerReloaded = Signal(int)

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
        parent: QWidget | None = None,
        read_register: bool = True,  # False: read when someone signs in (install_sessions)
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.settings = settings
        self.language = settings.language
        self.prompter: Prompter = prompter or MessageBoxPrompter()
        self._on_language_change = on_language_change
        self.application_dialog: ApplicationDialog | None = None
        self.about_dialog: AboutDialog | None = None
        #: Who acts when no sign-in is installed (a single-user database, or a test).
        self._fallback_actor = actor
        self._wizard_factory = wizard_factory
        #: Open assessment wizards by case id: one per case, non-modal.
        self.assessment_wizards: dict[int, AssessmentWizard] = {}
        #: Sign-in, switch user and the idle lock (the application installs them).
        self.sessions: SessionManager | None = None

        self.setWindowIcon(app_icon())
        self._build_register()
        self.case_view = CaseView(db, self.language, self.prompter, self)
        self.case_view.setObjectName("caseView")
        self.case_view.editRequested.connect(self.edit_case)
        self.case_view.assessRequested.connect(lambda detail: self.assess_case(detail.id))
        self.case_view.caseChanged.connect(self._case_saved)
        self.case_view.actor = self.actor

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self._register_panel)
        splitter.addWidget(self.case_view)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 450])
        self.setCentralWidget(splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.location_label = QLabel(self)
        self.location_label.setObjectName("databaseLocation")
        self.statusBar().addPermanentWidget(self.location_label)
        self._show_location()
        self._build_committee()
        self.resize(fitted_size(self, DEFAULT_SIZE))
        if read_register:
            self.refresh()

    # --- who is signed in -------------------------------------------------------------------

    def actor(self) -> Actor:
        """Who the services are told is acting: the signed-in person; while the workstation
        is locked an anonymous actor the services refuse. A window without sign-in (tests of
        a single-user database) acts as the local officer."""
        if self.sessions is None:
            return self._fallback_actor
        current = self.sessions.current
        return current.actor if current is not None else LOCKED

    def user_session(self) -> UserSession | None:
        return self.sessions.current if self.sessions is not None else None

    def set_sessions(self, manager: SessionManager) -> None:
        """Called by ``install_sessions``: follow who signs in and out."""
        self.sessions = manager
        manager.sessionChanged.connect(self._session_changed)
        self._session_changed(manager.current)

    def _session_changed(self, _session: object) -> None:
        self._show_location()
        self._update_case_actions()
        self._update_report_actions()
        self.committee.session_changed()
        if _session is not None:
            self.refresh()

    def _build_committee(self) -> None:
        from att_desktop.ui.committee.integration import CommitteeIntegration

        self.committee = CommitteeIntegration(self)

    # --- building ---------------------------------------------------------------------------

    def _build_register(self) -> None:
        panel = QWidget(self)
        self._register_panel = panel
        self.filters = RegisterFilters(self.language, panel)
        self.filters.filterChanged.connect(self.apply_filter)
        self.count_label = QLabel(panel)
        self.count_label.setObjectName("caseCount")
        self.count_label.setMinimumWidth(90)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = RegisterModel(
            lambda ids: register.fetch_rows(self.db, ids), self.language, self
        )
        table = RegisterTable(panel)
        self.table = table
        table.setObjectName("registerTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setShowGrid(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures rows it does not paint (lazy model).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        char = metrics.averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 24)
        # Columns of fixed vocabularies fit their longest label in this language, whole.
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        widest = {
            Column.STATUS: max(metrics.horizontalAdvance(status_label(s)) for s in CaseStatus)
            + table.iconSize().width()
            + 22,
            Column.TYPE: max(
                metrics.horizontalAdvance(transfer_type_label(t)) for t in TransferType
            ),
            Column.REFERENCE: metrics.horizontalAdvance("EXP/2026/00000"),
        }
        for column, width in widest.items():
            header_text = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(width, metrics.horizontalAdvance(str(header_text)))
            header.resizeSection(column, max(header.sectionSize(column), width + padding))
        table.set_flexible_columns((Column.EXPORTER, Column.END_USER), NAME_COLUMN_MIN_CHARS)
        table.activated.connect(self._row_activated)
        # The case view follows the selected row, so the case actions act on what is selected.
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filters, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(table, 1)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        # Toolbar labels drop the mnemonic and the ellipsis: "新建申请(&N)…" -> "新建申请".
        action.setIconText(re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…."))
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            self.tr("&New application…"), self.new_application, "Ctrl+N", "new", "actionNew"
        )
        self.action_new.setToolTip(self.tr("Register a new application (Ctrl+N)"))
        self.action_open_case = self._action(
            self.tr("&Open case…"), self.ask_open_case, "Ctrl+O", "open-case", "actionOpenCase"
        )
        self.action_open_case.setToolTip(self.tr("Open a case by its reference (Ctrl+O)"))
        self.action_open_db = self._action(
            self.tr("Open &database…"),
            self.choose_database,
            "Ctrl+Shift+O",
            "database",
            "actionOpenDatabase",
        )
        self.action_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", None, "actionQuit")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_find = self._action(
            self.tr("&Find"), self.focus_search, "Ctrl+F", "search", "actionFind"
        )
        self.action_edit = self._action(
            self.tr("&Edit case…"), self._edit_current, "Ctrl+E", "edit", "actionEditCase"
        )
        self.action_add_document = self._action(
            self.tr("Add &document…"),
            self.case_view.open_add_document,
            None,
            "attach",
            "actionAddDocument",
        )
        self.action_assess = self._action(
            self.tr("&Assess…"), self._assess_current, "Ctrl+Shift+A", "assess", "actionAssess"
        )
        self.action_assess.setToolTip(
            self.tr("Open the assessment of the selected case (Ctrl+Shift+A)")
        )
        self.action_connect_server = self._action(
            self.tr("Connect to a database &server…"),
            self.choose_database_server,
            None,
            None,
            "actionConnectServer",
        )
        self.action_connect_server.setToolTip(
            self.tr("Open a database file or a shared PostgreSQL server, after testing it")
        )
        self.action_reassessment = self._action(
            self.tr("Article 7(7) &reassessment…"),
            self.open_reassessment,
            None,
            None,
            "actionReassessment",
        )
        self.action_embargo_data = self._action(
            self.tr("&Embargo reference data…"),
            self.open_embargo_data,
            None,
            None,
            "actionEmbargoData",
        )
        self.action_denial_notices = self._action(
            self.tr("&Denials notified by other States…"),
            self.open_denial_notices,
            None,
            None,
            "actionDenialNotices",
        )
        self.action_refresh = self._action(
            self.tr("&Refresh"), self.refresh, "F5", "refresh", "actionRefresh"
        )
        self.action_clear_filters = self._action(
            self.tr("&Clear filters"),
            self.filters.clear,
            "Ctrl+Shift+L",
            "clear-filters",
            "actionClearFilters",
        )
        self.action_about = self._action(
            self.tr("&About %1").replace("%1", APP_NAME), self.show_about, None, None, "actionAbout"
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_qt = self._action(
            self.tr("About &Qt"), QApplication.aboutQt, None, None, "actionAboutQt"
        )
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

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
        self._update_case_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open_case)
        file_menu.addSeparator()
        file_menu.addAction(self.action_open_db)
        file_menu.addAction(self.action_connect_server)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.action_find)

        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.setObjectName("caseMenu")
        case_menu.addAction(self.action_edit)
        case_menu.addAction(self.action_add_document)
        case_menu.addSeparator()
        case_menu.addAction(self.action_assess)

        assessment_menu = bar.addMenu(self.tr("Assessmen&t"))
        assessment_menu.setObjectName("assessmentMenu")
        assessment_menu.addAction(self.action_reassessment)
        assessment_menu.addAction(self.action_embargo_data)
        assessment_menu.addAction(self.action_denial_notices)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.action_refresh)
        view_menu.addAction(self.action_clear_filters)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settingsMenu")
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)

        self._build_reports_menu()

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_about)
        help_menu.addAction(self.action_about_qt)

    # --- reports (issue 5): records behind the annual report, and the report itself ----------

    def _build_reports_menu(self) -> None:
        """The Reports menu, after Settings. Each window acts as ``self.actor`` (who is signed in
        when a button is pressed); the actions follow the role, and the services check again."""
        from att_desktop.ui.reporting.report_builder import SavePath

        #: Open reporting windows by kind: one of each, brought forward when asked again.
        self.report_windows: dict[str, QWidget] = {}
        #: Where the report builder asks to save a file (tests answer it themselves).
        self.report_save_path: SavePath | None = None
        menu = self.menuBar().addMenu(self.tr("&Reports"))
        menu.setObjectName("reportsMenu")
        menu.setToolTipsVisible(True)
        self.reports_menu = menu
        self.action_annual_report = self._action(
            self.tr("&Annual report…"), self.open_annual_report, None, None, "actionAnnualReport"
        )
        self.action_reporting_calendar = self._action(
            self.tr("Reporting &calendar…"),
            self.open_reporting_calendar,
            None,
            None,
            "actionReportingCalendar",
        )
        self.action_record_shipment = self._action(
            self.tr("Record a &shipment…"), self.open_shipment, None, None, "actionRecordShipment"
        )
        self.action_customs_import = self._action(
            self.tr("Import shipments from a c&ustoms file…"),
            self.open_customs_import,
            None,
            None,
            "actionCustomsImport",
        )
        self.action_imports = self._action(
            self.tr("&Imports: authorisations and actual imports…"),
            self.open_imports,
            None,
            None,
            "actionImports",
        )
        menu.addAction(self.action_annual_report)
        menu.addAction(self.action_reporting_calendar)
        menu.addSeparator()
        menu.addAction(self.action_record_shipment)
        menu.addAction(self.action_customs_import)
        menu.addAction(self.action_imports)
        only_focal = self.tr("Only the national focal point builds the annual report.")
        officer_or_focal = self.tr(
            "Only a licensing officer or the national focal point records shipments and imports."
        )
        #: Who is offered each action: any one of these permissions.
        self._report_action_rules: list[tuple[QAction, tuple[Permission, ...], str]] = [
            (self.action_annual_report, (Permission.BUILD_REPORT,), only_focal),
            (self.action_reporting_calendar, (Permission.VIEW_CASES,), ""),
            (self.action_record_shipment, (Permission.RECORD_SHIPMENT,), officer_or_focal),
            (self.action_customs_import, (Permission.RECORD_SHIPMENT,), officer_or_focal),
            (
                self.action_imports,
                (Permission.RECORD_IMPORT_AUTHORISATION, Permission.RECORD_SHIPMENT),
                officer_or_focal,
            ),
        ]
        self._update_report_actions()

    def _update_report_actions(self) -> None:
        """Offer each report action to the roles that may use it; none while locked."""
        user = self.user_session()
        for action, permissions, why in self._report_action_rules:
            if user is None:
                enabled = self.sessions is None  # a single-user window acts as its fallback
            else:
                enabled = any(allowed(user.role, p) for p in permissions)
            action.setEnabled(enabled)
            action.setToolTip("" if enabled or user is None else why)

    def _report_window(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        """The open window of this kind brought forward, or a new one from ``make``."""
        existing = self.report_windows.get(key)
        if existing is not None:
            with suppress(RuntimeError):  # deleted by Qt when it was closed
                if existing.isVisible():
                    existing.raise_()
                    existing.activateWindow()
                    return existing
        window = make()
        windows = self.report_windows

        def forget(_obj: object = None, mine: QWidget = window) -> None:
            if windows.get(key) is mine:
                del windows[key]

        window.destroyed.connect(forget)
        windows[key] = window
        window.activateWindow()  # typing goes to the new window, not the register behind it
        return window

    def close_report_windows(self) -> None:
        """Close the reporting windows (the database is switched or the window closes)."""
        for window in list(self.report_windows.values()):
            with suppress(RuntimeError):
                window.close()
        self.report_windows.clear()

    def open_annual_report(self) -> QWidget:
        from att_desktop.ui.reporting import open_report_builder
        from att_desktop.ui.reporting.report_builder import ask_save_path

        return self._report_window(
            "annual_report",
            lambda: open_report_builder(
                self,
                self.db,
                actor=self.actor,
                prompter=self.prompter,
                language=self.language,
                open_record=self.open_case,
                save_path=self.report_save_path or ask_save_path,
            ),
        )

    def open_reporting_calendar(self) -> QWidget:
        from att_desktop.ui.reporting import open_reporting_calendar

        return self._report_window(
            "reporting_calendar",
            lambda: open_reporting_calendar(
                self, self.db, actor=self.actor, prompter=self.prompter
            ),
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

    def open_shipment(self, licence_id: int | None = None) -> QWidget:
        """Record a shipment; against ``licence_id``, or the licence of the case in view."""
        from att_desktop.ui.reporting import ShipmentDialog, open_shipment_dialog

        chosen = licence_id if licence_id is not None else self._licence_in_view()
        dialog = self._report_window(
            "shipment",
            lambda: open_shipment_dialog(
                self, self.db, actor=self.actor, prompter=self.prompter, licence_id=chosen
            ),
        )
        # An open window already on a licence keeps it (and what was typed for it).
        if isinstance(dialog, ShipmentDialog) and chosen is not None and dialog.licence is None:
            dialog.choose_licence(chosen)
        return dialog

    def open_customs_import(self) -> QWidget:
        from att_desktop.ui.reporting import open_customs_import

        return self._report_window(
            "customs_import",
            lambda: open_customs_import(self, self.db, actor=self.actor, prompter=self.prompter),
        )

    def open_imports(self) -> QWidget:
        from att_desktop.ui.reporting import open_import_authorisations

        return self._report_window(
            "imports",
            lambda: open_import_authorisations(
                self, self.db, actor=self.actor, prompter=self.prompter, language=self.language
            ),
        )

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.action_new)
        toolbar.addAction(self.action_open_case)
        toolbar.addSeparator()
        toolbar.addAction(self.action_edit)
        toolbar.addAction(self.action_add_document)
        toolbar.addAction(self.action_assess)
        toolbar.addSeparator()
        toolbar.addAction(self.action_refresh)
        self.addToolBar(toolbar)

    # --- the register -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the filter choices, the register and the open case (F5)."""
        self.filters.set_facets(register.facets(self.db))
        self.apply_filter(self.filters.current_filter())
        current = self.case_view.case
        if current is not None:
            self._show_case_by_id(current.id)

    def apply_filter(self, flt: RegisterFilter) -> None:
        ids = register.RegisterIds(self.db, flt)
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n case(s)", "", len(ids)))
        current = self.case_view.case
        if current is not None:
            self._select_row(current.id)
        self.registerReloaded.emit(len(ids))

    def _select_row(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_case(self.model.case_id(index.row()))

    def _current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        if not current.isValid():
            return
        case_id = self.model.case_id(current.row())
        shown = self.case_view.case
        if shown is None or shown.id != case_id:
            self._show_case_by_id(case_id)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # --- cases ------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        if self._show_case_by_id(case_id):
            self._select_row(case_id)

    def _show_case_by_id(self, case_id: int) -> bool:
        try:
            detail = cases.get_case(self.db, case_id)
        except ServiceError as exc:
            self.prompter.error(self, self.tr("Cannot open the case"), str(exc))
            return False
        self._show(detail)
        return True

    def _show(self, detail: CaseDetail | None) -> None:
        self.case_view.show_case(detail)
        self._update_case_actions()
        if hasattr(self, "committee"):
            self.committee.show_case(detail)

    def _update_case_actions(self) -> None:
        case = self.case_view.case
        # Offered to those whose role allows it; the services check again in any case.
        user = self.user_session()
        registers = user is None or allowed(user.role, Permission.REGISTER_APPLICATION)
        self.action_new.setEnabled(registers)
        self.action_edit.setEnabled(registers and case is not None and not case.status.is_closed)
        self.action_add_document.setEnabled(registers and case is not None)
        if not registers:
            self.case_view.edit_button.setEnabled(False)
            self.case_view.add_document_button.setEnabled(False)
        self.action_assess.setEnabled(self.case_view.can_assess)

    def ask_open_case(self) -> None:
        reference = self.prompter.ask_text(
            self, self.tr("Open case"), self.tr("Case reference (for example EXP/2026/00042):")
        )
        if not reference or not reference.strip():
            return
        try:
            case_id = cases.find_case_id(self.db, reference)
        except ServiceError as exc:
            self.prompter.error(self, self.tr("Case not found"), str(exc))
            return
        self.open_case(case_id)

    def new_application(self) -> None:
        self._open_application_dialog(None)

    def _edit_current(self) -> None:
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
                self.tr("The application form could not be loaded: %1").replace("%1", str(exc)),
            )
            return
        dialog = ApplicationDialog(self.db, self.language, original, self, actor=self.actor())
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.application_dialog = dialog
        dialog.open()

    # --- assessment -------------------------------------------------------------------------

    def _assess_current(self) -> None:
        if self.case_view.case is not None and self.case_view.can_assess:
            self.assess_case(self.case_view.case.id)

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
            self.prompter.error(self, self.tr("Cannot open the assessment"), str(exc))
            return None
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # A decision refreshes the register, and the case view if it still shows that case.
        wizard.decided.connect(lambda detail: self._case_changed_elsewhere(detail.id))
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
        self.filters.set_facets(register.facets(self.db))
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
            self.filters.set_facets(register.facets(self.db))
            self.apply_filter(self.filters.current_filter())

    def _case_saved(self, detail: CaseDetail) -> None:
        """A case was created or changed: show it, and bring the register up to date."""
        self._show(detail)
        self.filters.set_facets(register.facets(self.db))
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

        dialog = DatabaseDialog(self.db.display_location, choose_file=choose_file, parent=self)
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

    def open_denial_notices(self) -> DenialNoticesDialog:
        from att_desktop.ui.assessment.denial_notices import open_denial_notices

        return open_denial_notices(self.db, self.language, self, actor=self.actor())

    def open_database_at(self, path: str) -> bool:
        """Switch to another database; on failure the current one stays open, unchanged."""
        if not self.close_assessments():
            return False
        try:
            new_db = open_database(path, create=False)
        except DatabaseError as exc:
            self.prompter.error(self, self.tr("Cannot open the database"), str(exc))
            return False
        self.close_report_windows()  # they read and write the database being closed
        old = self.db
        self.db = new_db
        self.case_view.db = new_db
        old.close()
        if self.sessions is not None:
            self.sessions.set_database(new_db)
        self._show(None)
        self.filters.clear()
        self._show_location()
        self.refresh()
        for notice in new_db.notices:
            self.prompter.inform(self, self.tr("Database upgraded"), notice)
        others = [p for p in self.settings.recent_databases if p != new_db.display_location]
        recent = (new_db.display_location, *others)
        self.settings = replace(self.settings, recent_databases=recent[:MAX_RECENT])
        self._save_settings()
        return True

    def _show_location(self) -> None:
        location = self.db.display_location
        self.location_label.setText(self.tr("Database: %1").replace("%1", location))
        self.location_label.setToolTip(location)
        name = Path(location).name if self.db.path is not None else location
        user = self.user_session()
        if self.sessions is None:
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
                self.tr("Your settings could not be saved: %1").replace("%1", str(exc)),
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
