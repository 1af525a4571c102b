"""The database's problems, each explained for the person at the keyboard.

Raised with a ``Message`` like a service refusal (``services.errors.ServiceError``), so the
window shows them in its own language; ``str(exc)`` stays English for logs and commands.
"""

from __future__ import annotations

from att_desktop.i18n import Message, translate


class DatabaseError(Exception):
    """A database problem explained for the person at the keyboard.

    Raised with a ``Message`` like a service refusal (``services.errors.ServiceError``): the
    window shows ``translated(language)``, while ``str(exc)`` stays the English text that
    logs, the command line and the tests read. A plain string is shown as written.
    """

    def __init__(self, message: str | Message = "", *args: object) -> None:
        self._literal = not isinstance(message, Message)
        self.message: Message = message if isinstance(message, Message) else Message(message)
        english = message if isinstance(message, str) else translate(message, "en")
        super().__init__(english, *args)

    def translated(self, language: str) -> str:
        """The problem in ``language``: a plain-string one stays as it was written."""
        if not hasattr(self, "message") or self._literal:
            return str(self)
        return translate(self.message, language)


class DatabaseTooNewError(DatabaseError):
    pass


class DatabaseNotOursError(DatabaseError):
    pass


class DatabaseLockedError(DatabaseError):
    """Another program held what this action needed for longer than the lock timeout."""


class DatabaseConflictError(DatabaseLockedError):
    """Two workstations' saves collided (deadlock, serialisation failure, a stale SQLite
    snapshot): the database made this one give way, and trying again succeeds."""


class DatabaseFullError(DatabaseError):
    """The disk (or the server's) is full; nothing was written."""


class DatabaseReadOnlyError(DatabaseError):
    """The database, its file or its folder cannot be written to, or it was opened read-only
    (an archive) and a change was attempted."""


class DatabaseIOError(DatabaseError):
    """The operating system could not read or write the database file."""


class DatabaseIntegrityError(DatabaseError):
    """A constraint or an Article 12 trigger refused the change (``Database.session`` lets the
    driver's own exception through for these: its message is already the explanation)."""
