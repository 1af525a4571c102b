"""The core's refusals in the window's language.

Services raise ``ServiceError`` with a ``Message``; ``str(exc)`` is the English kept for logs,
so a window that showed ``str(exc)`` spoke English whatever its language. ``error_text``
renders the message in the language of the installed translators instead. A database
problem (``DatabaseError``: locked, damaged, too new, disk full…) carries a Message the same way.
"""

from __future__ import annotations

from att_desktop.db.engine import DatabaseError
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import Message, translate
from att_desktop.services.errors import ServiceError
from att_desktop.ui.i18n import current_language


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: a service refusal or a database problem translated, anything
    else as it is."""
    if isinstance(exc, (ServiceError, DatabaseError)):
        return exc.translated(current_language())
    return str(exc)


def notice_text(notice: Message | str) -> str:
    """A notice of the core (the database was upgraded…) in the window's language."""
    return notice if isinstance(notice, str) else translate(notice, current_language())


def field_text(error: FieldError) -> str:
    """One field's problem in the window's language (a plain-string problem as it is)."""
    return error.text(current_language())
