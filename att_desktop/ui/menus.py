"""The main window's menus and actions, declared in one table.

``MENUS`` lists the menu bar in order and, in each menu, its actions: object name, text
(with its mnemonic), shortcut, icon, the handler (a method of the window, or of one of its
parts, named by a dotted path) and who is offered it. Offering follows the permissions the
services enforce (``services.permissions.permitted``): the UI keeps no list of roles, and
the service still checks when the action is used. ``DeclaredMenus`` builds the actions and
the menu bar from the table and re-applies the offers when the signed-in person changes.

Texts are marked with ``QT_TRANSLATE_NOOP`` in the context whose catalogue holds them, and
translated when the window is built, so a window rebuilt in another language shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import reduce

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from att_desktop import APP_NAME
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.context import AppContext
from att_desktop.ui.icons import icon


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which knows this name) in ``context``; translated when
    the window is built."""
    return text


# Translation contexts: the classes that held these strings before they were declared here,
# so their catalogue entries still apply. lupdate reads only literal contexts, which is why
# each QT_TRANSLATE_NOOP spells its own.
_MW = "MainWindow"
_COMMITTEE = "CommitteeIntegration"
_SESSIONS = "SessionManager"


@dataclass(frozen=True)
class ActionSpec:
    """One action: what it is called, what it says and does, and who is offered it."""

    #: The window attribute that holds it (``window.action_new``).
    attr: str
    object_name: str
    text: str
    #: Dotted path from the window to a callable taking no argument, looked up when
    #: triggered (``"committee.open_sessions"``, ``"sessions.switch_user"``).
    handler: str
    shortcut: str | QKeySequence.StandardKey = ""
    icon: str = ""
    tooltip: str = ""
    #: Offered to whoever holds any one of these permissions; () offers it to everyone.
    offered_to: tuple[Permission, ...] = ()
    #: The tooltip of a greyed-out action: who may use it.
    why: str = ""
    #: Hidden (rather than greyed out) from those who are not offered it.
    hide_unless_offered: bool = False
    #: Shown only once a sign-in is installed (the account actions).
    needs_sign_in: bool = False
    #: Enabled only while someone is signed in (not while the workstation is locked).
    signed_in_only: bool = False
    checkable: bool = False
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole
    #: The translation context holding ``text`` and ``tooltip``.
    context: str = _MW


@dataclass(frozen=True)
class SubmenuSpec:
    """A submenu whose actions the window makes itself (the languages, one per catalogue)."""

    object_name: str
    title: str
    #: Window attribute: a mapping of its actions, in order.
    actions_attr: str
    context: str = _MW


#: A separator line in a menu or the toolbar.
SEPARATOR = None

MenuItem = ActionSpec | SubmenuSpec | None


@dataclass(frozen=True)
class MenuSpec:
    object_name: str
    title: str
    items: tuple[MenuItem, ...]
    #: The window attribute that holds the menu, if the window needs it.
    attr: str = ""
    tooltips_visible: bool = False
    context: str = _MW


_ONLY_FOCAL = QT_TRANSLATE_NOOP(
    "MainWindow", "Only the national focal point builds the annual report."
)
_ONLY_FOCAL_REPORTS = QT_TRANSLATE_NOOP(
    "MainWindow", "Only the national focal point builds the national and Wassenaar reports."
)
_OFFICER_OR_FOCAL = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Only a licensing officer or the national focal point records shipments and imports.",
)
_REGISTERS = (Permission.REGISTER_APPLICATION,)
_SHIPMENTS = (Permission.RECORD_SHIPMENT,)

FILE = MenuSpec(
    "fileMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    (
        ActionSpec(
            "action_new",
            "actionNew",
            QT_TRANSLATE_NOOP("MainWindow", "&New application…"),
            "new_application",
            "Ctrl+N",
            "new",
            QT_TRANSLATE_NOOP("MainWindow", "Register a new application (Ctrl+N)"),
            offered_to=_REGISTERS,
        ),
        ActionSpec(
            "action_open_case",
            "actionOpenCase",
            QT_TRANSLATE_NOOP("MainWindow", "&Open case…"),
            "ask_open_case",
            "Ctrl+O",
            "open-case",
            QT_TRANSLATE_NOOP("MainWindow", "Open a case by its reference (Ctrl+O)"),
        ),
        SEPARATOR,
        ActionSpec(
            "action_open_db",
            "actionOpenDatabase",
            QT_TRANSLATE_NOOP("MainWindow", "Open &database…"),
            "choose_database",
            "Ctrl+Shift+O",
            "database",
        ),
        ActionSpec(
            "action_connect_server",
            "actionConnectServer",
            QT_TRANSLATE_NOOP("MainWindow", "Connect to a database &server…"),
            "choose_database_server",
            tooltip=QT_TRANSLATE_NOOP(
                "MainWindow", "Open a database file or a shared PostgreSQL server, after testing it"
            ),
        ),
        SEPARATOR,
        ActionSpec(
            "action_switch_user",
            "actionSwitchUser",
            QT_TRANSLATE_NOOP("SessionManager", "S&witch user…"),
            "sessions.switch_user",
            "Ctrl+L",
            tooltip=QT_TRANSLATE_NOOP(
                "SessionManager", "Lock the window and let someone else sign in (Ctrl+L)"
            ),
            needs_sign_in=True,
            context=_SESSIONS,
        ),
        ActionSpec(
            "action_lock",
            "actionLock",
            QT_TRANSLATE_NOOP("SessionManager", "Loc&k"),
            "sessions.lock",
            needs_sign_in=True,
            signed_in_only=True,
            context=_SESSIONS,
        ),
        ActionSpec(
            "action_change_password",
            "actionChangePassword",
            QT_TRANSLATE_NOOP("SessionManager", "C&hange password…"),
            "sessions.open_change_password",
            needs_sign_in=True,
            signed_in_only=True,
            context=_SESSIONS,
        ),
        ActionSpec(  # issue 14: each person sees their own training register
            "action_my_training",
            "actionMyTraining",
            QT_TRANSLATE_NOOP("SessionManager", "My &training…"),
            "sessions.open_my_training",
            needs_sign_in=True,
            signed_in_only=True,
            context=_SESSIONS,
        ),
        ActionSpec(
            "action_accounts",
            "actionUsersAgencies",
            QT_TRANSLATE_NOOP("SessionManager", "&Users and agencies…"),
            "sessions.open_accounts",
            offered_to=(Permission.MANAGE_USERS,),
            hide_unless_offered=True,
            needs_sign_in=True,
            context=_SESSIONS,
        ),
        SEPARATOR,
        ActionSpec(
            "action_quit",
            "actionQuit",
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            "close",
            "Ctrl+Q",
            role=QAction.MenuRole.QuitRole,
        ),
    ),
)

EDIT = MenuSpec(
    "editMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    (
        ActionSpec(
            "action_find",
            "actionFind",
            QT_TRANSLATE_NOOP("MainWindow", "&Find"),
            "focus_search",
            "Ctrl+F",
            "search",
        ),
    ),
)

VIEW = MenuSpec(
    "viewMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    (
        ActionSpec(
            "action_refresh",
            "actionRefresh",
            QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
            "refresh",
            "F5",
            "refresh",
        ),
        ActionSpec(
            "action_clear_filters",
            "actionClearFilters",
            QT_TRANSLATE_NOOP("MainWindow", "&Clear filters"),
            "filters.clear",
            "Ctrl+Shift+L",
            "clear-filters",
        ),
    ),
)

CASE = MenuSpec(
    "caseMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&Case"),
    (
        ActionSpec(
            "action_edit",
            "actionEditCase",
            QT_TRANSLATE_NOOP("MainWindow", "&Edit case…"),
            "edit_current",
            "Ctrl+E",
            "edit",
            offered_to=_REGISTERS,
        ),
        ActionSpec(
            "action_add_document",
            "actionAddDocument",
            QT_TRANSLATE_NOOP("MainWindow", "Add &document…"),
            "case_view.open_add_document",
            icon="attach",
            offered_to=_REGISTERS,
        ),
        SEPARATOR,
        ActionSpec(
            "action_assess",
            "actionAssess",
            QT_TRANSLATE_NOOP("MainWindow", "&Assess…"),
            "assess_current",
            "Ctrl+Shift+A",
            "assess",
            QT_TRANSLATE_NOOP(
                "MainWindow", "Open the assessment of the selected case (Ctrl+Shift+A)"
            ),
        ),
        # The end of the officer's path: the wizard opens and does it, or shows what is missing.
        ActionSpec(
            "action_complete_assessment",
            "actionCompleteAssessment",
            QT_TRANSLATE_NOOP("MainWindow", "C&omplete assessment"),
            "complete_current_assessment",
            offered_to=(Permission.DRAFT_ASSESSMENT,),
            hide_unless_offered=True,
        ),
        ActionSpec(
            "action_submit_to_committee",
            "actionSubmitToCommittee",
            QT_TRANSLATE_NOOP("MainWindow", "&Submit to the committee…"),
            "submit_current_to_committee",
            offered_to=(Permission.SUBMIT_FOR_REVIEW,),
            hide_unless_offered=True,
        ),
        SEPARATOR,
        # Issue 14: every licence's obligations, overdue ones first to hand.
        ActionSpec(
            "action_follow_up",
            "actionFollowUp",
            QT_TRANSLATE_NOOP("MainWindow", "Licence &follow-up…"),
            "open_follow_up",
            "Ctrl+Shift+U",
            tooltip=QT_TRANSLATE_NOOP(
                "MainWindow",
                "Delivery verification certificates, verification visits and assurances of "
                "every licence (Ctrl+Shift+U)",
            ),
            offered_to=(Permission.VIEW_CASES,),
        ),
    ),
)

ASSESSMENT = MenuSpec(
    "assessmentMenu",
    QT_TRANSLATE_NOOP("MainWindow", "Assessmen&t"),
    (
        ActionSpec(
            "action_reassessment",
            "actionReassessment",
            QT_TRANSLATE_NOOP("MainWindow", "Article 7(7) &reassessment…"),
            "open_reassessment",
        ),
        ActionSpec(
            "action_embargo_data",
            "actionEmbargoData",
            QT_TRANSLATE_NOOP("MainWindow", "&Embargo reference data…"),
            "open_embargo_data",
        ),
        ActionSpec(
            "action_denial_notices",
            "actionDenialNotices",
            QT_TRANSLATE_NOOP("MainWindow", "&Denials notified by other States…"),
            "open_denial_notices",
        ),
        ActionSpec(
            "action_sanctions_list",
            "actionSanctionsList",
            QT_TRANSLATE_NOOP("MainWindow", "&UN sanctions list and hits…"),
            "open_sanctions_list",
        ),
        ActionSpec(
            "action_destination_files",
            "actionDestinationFiles",
            QT_TRANSLATE_NOOP("MainWindow", "Destination &files…"),
            "open_destination_files",
        ),
        # Issue 14: diversion and breach incidents (Article 11(4)-(5), Article 14).
        ActionSpec(
            "action_incidents",
            "actionIncidents",
            QT_TRANSLATE_NOOP("MainWindow", "Diversion and breach &incidents…"),
            "open_incidents",
        ),
    ),
)

COMMITTEE = MenuSpec(
    "committeeMenu",
    QT_TRANSLATE_NOOP("CommitteeIntegration", "Co&mmittee"),
    (
        ActionSpec(
            "action_my_work",
            "actionMyWork",
            QT_TRANSLATE_NOOP("CommitteeIntegration", "&My work"),
            "committee.toggle_my_work",
            "Ctrl+Shift+M",
            tooltip=QT_TRANSLATE_NOOP(
                "CommitteeIntegration", "The cases waiting for you (Ctrl+Shift+M)"
            ),
            checkable=True,
            context=_COMMITTEE,
        ),
        ActionSpec(
            "action_sessions",
            "actionCommitteeSessions",
            QT_TRANSLATE_NOOP("CommitteeIntegration", "Committee &sessions…"),
            "committee.open_sessions",
            "Ctrl+Shift+K",
            context=_COMMITTEE,
        ),
    ),
    context=_COMMITTEE,
)

REPORTS = MenuSpec(
    "reportsMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&Reports"),
    (
        ActionSpec(
            "action_annual_report",
            "actionAnnualReport",
            QT_TRANSLATE_NOOP("MainWindow", "&Annual report…"),
            "open_annual_report",
            offered_to=(Permission.BUILD_REPORT,),
            why=_ONLY_FOCAL,
        ),
        ActionSpec(  # issue 16
            "action_national_report",
            "actionNationalReport",
            QT_TRANSLATE_NOOP("MainWindow", "Na&tional report on licence decisions…"),
            "reports.open_national_report",
            offered_to=(Permission.BUILD_REPORT,),
            why=_ONLY_FOCAL_REPORTS,
        ),
        ActionSpec(  # issue 16
            "action_wassenaar_report",
            "actionWassenaarReport",
            QT_TRANSLATE_NOOP("MainWindow", "&Wassenaar Arrangement report…"),
            "reports.open_wassenaar_report",
            offered_to=(Permission.BUILD_REPORT,),
            why=_ONLY_FOCAL_REPORTS,
        ),
        ActionSpec(
            "action_unroca_report",
            "actionUnrocaReport",
            QT_TRANSLATE_NOOP("MainWindow", "U&N Register of Conventional Arms report…"),
            "reports.open_unroca_report",
            offered_to=(Permission.BUILD_REPORT,),
            why=_ONLY_FOCAL,
        ),
        ActionSpec(
            "action_eu_report",
            "actionEuReport",
            QT_TRANSLATE_NOOP("MainWindow", "&EU annual report on arms exports…"),
            "reports.open_eu_report",
            offered_to=(Permission.BUILD_REPORT,),
            why=_ONLY_FOCAL,
        ),
        ActionSpec(
            "action_reporting_calendar",
            "actionReportingCalendar",
            QT_TRANSLATE_NOOP("MainWindow", "Reporting &calendar…"),
            "open_reporting_calendar",
            offered_to=(Permission.VIEW_CASES,),
        ),
        SEPARATOR,
        ActionSpec(
            "action_record_shipment",
            "actionRecordShipment",
            QT_TRANSLATE_NOOP("MainWindow", "Record a &shipment…"),
            "open_shipment",
            offered_to=_SHIPMENTS,
            why=_OFFICER_OR_FOCAL,
        ),
        ActionSpec(
            "action_customs_import",
            "actionCustomsImport",
            QT_TRANSLATE_NOOP("MainWindow", "Import shipments from a c&ustoms file…"),
            "open_customs_import",
            offered_to=_SHIPMENTS,
            why=_OFFICER_OR_FOCAL,
        ),
        ActionSpec(
            "action_imports",
            "actionImports",
            QT_TRANSLATE_NOOP("MainWindow", "&Imports: authorisations and actual imports…"),
            "open_imports",
            offered_to=(Permission.RECORD_IMPORT_AUTHORISATION, Permission.RECORD_SHIPMENT),
            why=_OFFICER_OR_FOCAL,
        ),
    ),
    attr="reports_menu",
    tooltips_visible=True,
)

SETTINGS = MenuSpec(
    "settingsMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&Settings"),
    (
        SubmenuSpec(
            "languageMenu", QT_TRANSLATE_NOOP("MainWindow", "&Language"), "language_actions"
        ),
        ActionSpec(
            "action_authority",
            "actionAuthority",
            QT_TRANSLATE_NOOP("MainWindow", "&Authority…"),
            "open_authority_settings",
            tooltip=QT_TRANSLATE_NOOP(
                "MainWindow", "The authority's name, letterhead and signatory on every document"
            ),
            offered_to=(Permission.MANAGE_REFERENCE_DATA,),
            hide_unless_offered=True,
        ),
    ),
)

HELP = MenuSpec(
    "helpMenu",
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    (
        ActionSpec(
            "action_user_guide",
            "actionUserGuide",
            QT_TRANSLATE_NOOP("MainWindow", "&User guide"),
            "help.show_context_help",
            "F1",
            tooltip=QT_TRANSLATE_NOOP(
                "MainWindow", "The user guide, at the section for where you are (F1)"
            ),
        ),
        SEPARATOR,
        ActionSpec(
            "action_about",
            "actionAbout",
            QT_TRANSLATE_NOOP("MainWindow", "&About %1"),
            "show_about",
            role=QAction.MenuRole.AboutRole,
        ),
        ActionSpec(
            "action_about_qt",
            "actionAboutQt",
            QT_TRANSLATE_NOOP("MainWindow", "About &Qt"),
            "show_about_qt",
            role=QAction.MenuRole.AboutQtRole,
        ),
    ),
)

#: The menu bar, in order (as it has always been: people learn where things are).
MENUS: tuple[MenuSpec, ...] = (
    FILE,
    EDIT,
    CASE,
    ASSESSMENT,
    VIEW,
    COMMITTEE,
    SETTINGS,
    REPORTS,
    HELP,
)

#: The main toolbar: action attributes, None for a separator.
TOOLBAR: tuple[str | None, ...] = (
    "action_new",
    "action_open_case",
    SEPARATOR,
    "action_edit",
    "action_add_document",
    "action_assess",
    SEPARATOR,
    "action_refresh",
)


def action_specs() -> list[ActionSpec]:
    """Every declared action, in menu order."""
    return [item for menu in MENUS for item in menu.items if isinstance(item, ActionSpec)]


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text).replace("%1", APP_NAME) if text else ""


def _resolve(root: object, path: str) -> Callable[[], object]:
    """``window.committee.open_sessions`` from ``"committee.open_sessions"``."""
    target = reduce(getattr, path.split("."), root)
    if not callable(target):
        raise TypeError(f"{path} is not callable")
    return target


class DeclaredMenus:
    """The actions, menus and toolbar of one window, built from ``MENUS`` and ``TOOLBAR``.

    Each action is also set as an attribute of the window (``window.action_new``), and its
    handler is looked up on the window when it is triggered, so a part built later (the
    committee, the sign-in) is found.
    """

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        #: ``offered`` by action attribute, as of the last ``update_offers``.
        self._offers: dict[str, bool] = {}
        for spec in action_specs():
            self.actions[spec.attr] = self._make_action(spec)
            setattr(window, spec.attr, self.actions[spec.attr])

    def _make_action(self, spec: ActionSpec) -> QAction:
        window = self.window
        text = _translate(spec.context, spec.text)
        action = QAction(text, window)
        action.setObjectName(spec.object_name)
        # Toolbar labels drop the mnemonic and the ellipsis: "新建申请(&N)…" -> "新建申请".
        action.setIconText(re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…."))
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.tooltip:
            action.setToolTip(_translate(spec.context, spec.tooltip))
        action.setCheckable(spec.checkable)
        action.setMenuRole(spec.role)
        action.triggered.connect(lambda _checked=False, path=spec.handler: _resolve(window, path)())
        window.addAction(action)
        return action

    def build_menu_bar(self, submenus: Mapping[str, Mapping[str, QAction]]) -> None:
        """Fill the menu bar in ``MENUS`` order; ``submenus`` holds the window-made actions
        of each ``SubmenuSpec`` by its ``actions_attr``."""
        bar = self.window.menuBar()
        for spec in MENUS:
            menu = bar.addMenu(_translate(spec.context, spec.title))
            menu.setObjectName(spec.object_name)
            menu.setToolTipsVisible(spec.tooltips_visible)
            self.menus[spec.object_name] = menu
            if spec.attr:
                setattr(self.window, spec.attr, menu)
            for item in spec.items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, SubmenuSpec):
                    sub = menu.addMenu(_translate(item.context, item.title))
                    sub.setObjectName(item.object_name)
                    sub.addActions(list(submenus[item.actions_attr].values()))
                else:
                    menu.addAction(self.actions[item.attr])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for attr in TOOLBAR:
            if attr is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[attr])

    # --- offering by permission -------------------------------------------------------------

    def offered(self, spec: ActionSpec) -> bool:
        """Whether the person acting may use this action (the service checks again).

        Without a sign-in (a single-user window) everything is offered; while locked, no
        action that needs a permission is.
        """
        if not spec.offered_to or not self.ctx.signs_in:
            return True
        user = self.ctx.user_session()
        if user is None:
            return False
        return any(permitted(self.ctx.db, user, p) for p in spec.offered_to)

    def offered_attr(self, attr: str) -> bool:
        """Whether the action held in ``window.<attr>`` is offered to who is signed in now
        (kept from the last ``update_offers``, so showing a case asks the database nothing)."""
        if attr not in self._offers:
            self._offers[attr] = self.offered(next(s for s in action_specs() if s.attr == attr))
        return self._offers[attr]

    def update_offers(self) -> None:
        """Enable (or show) each action for whoever is signed in now."""
        locked = self.ctx.signs_in and self.ctx.user_session() is None
        for spec in action_specs():
            action = self.actions[spec.attr]
            shown = self.ctx.signs_in or not spec.needs_sign_in
            offered = self.offered(spec)
            self._offers[spec.attr] = offered
            if spec.hide_unless_offered:
                shown = shown and offered
            if spec.signed_in_only:
                offered = offered and not locked
            action.setVisible(shown)
            action.setEnabled(shown and offered)
            if spec.why:
                tip = "" if offered or locked else _translate(spec.context, spec.why)
                action.setToolTip(tip or _translate(spec.context, spec.tooltip))
