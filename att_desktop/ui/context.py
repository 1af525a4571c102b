"""One application context handed to every window, instead of copies of what it holds.

Like git-cola's ``ApplicationContext``: the open database, where the data lives, the user's
settings, the person signed in, the language and the prompter live here once. Widgets keep
the context and read ``ctx.db`` / ``ctx.actor()`` when they act, so switching the database
(File → Open) or the person (sign-in, switch user, lock) happens in one place; a widget that
caches something from the database follows ``databaseChanged``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services.dto import LOCAL_OFFICER, Actor, UserSession
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter

#: Who acts while the workstation is locked: every service refuses it once accounts exist.
LOCKED = Actor(user_id=None, name="Locked workstation")


class AppContext(QObject):
    """The database, paths, settings, signed-in person, language and prompter of the app.

    Until a sign-in is installed (``set_user`` is first called, by the session manager) the
    context acts as ``fallback_actor``: a single-user database, or a test's officer.
    """

    #: The new ``Database`` (the old one is closed by whoever switched).
    databaseChanged = Signal(object)
    #: The signed-in ``UserSession``, or None after a lock or sign-out.
    userChanged = Signal(object)
    #: The language code the windows are (re)built in.
    languageChanged = Signal(str)

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        settings: UserSettings,
        prompter: Prompter | None = None,
        *,
        fallback_actor: Actor = LOCAL_OFFICER,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.paths = paths
        self.settings = settings
        self.prompter: Prompter = prompter or MessageBoxPrompter()
        self._language = settings.language
        self._fallback_actor = fallback_actor
        self._user: UserSession | None = None
        self._signs_in = False

    # --- the database -----------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """The open database: read it when acting, never keep a copy."""
        return self._db

    def set_database(self, db: Database) -> Database:
        """Switch every window to ``db``; returns the previous one (the caller closes it)."""
        old = self._db
        self._db = db
        if db is not old:
            self.databaseChanged.emit(db)
        return old

    # --- who is acting ----------------------------------------------------------------------

    @property
    def signs_in(self) -> bool:
        """Whether a sign-in drives this context (else it acts as its fallback actor)."""
        return self._signs_in

    def user_session(self) -> UserSession | None:
        """The signed-in person; None while locked or when no sign-in is installed."""
        return self._user

    def actor(self) -> Actor:
        """Who the services are told is acting: the signed-in person, ``LOCKED`` while the
        workstation is locked, or the fallback actor when no sign-in is installed."""
        if not self._signs_in:
            return self._fallback_actor
        return self._user.actor if self._user is not None else LOCKED

    def set_user(self, session: UserSession | None) -> None:
        """Called by the session manager when it attaches and on every sign-in, lock and
        sign-out; always emits, so a window built later catches up with who is signed in."""
        self._signs_in = True
        self._user = session
        self.userChanged.emit(session)

    # --- language and settings --------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language the windows are built in (a saved choice may apply only at restart)."""
        return self._language

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.languageChanged.emit(language)
