"""Errors the services raise for the person at the keyboard; each says what to fix.

A service raises with a ``Message`` (``msg("English {name}", name=value)``), not a finished
sentence, so the window can show the refusal in its own language (``translated``) while
``str(exc)`` stays the English text that logs, the command line and the tests read. A plain
string is still accepted (and shown as it is, in every language) for texts built elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from att_desktop.domain.validation import FieldError
from att_desktop.i18n import Message, msg, translate


class ServiceError(Exception):
    """A refusal with a message fit to show as it is, in English or translated."""

    def __init__(self, message: str | Message = "", *args: object) -> None:
        self._literal = not isinstance(message, Message)
        self.message: Message = message if isinstance(message, Message) else Message(message)
        english = message if isinstance(message, str) else translate(message, "en")
        super().__init__(english, *args)

    def translated(self, language: str) -> str:
        """The refusal in ``language``: a plain-string refusal stays as it was written."""
        if not hasattr(self, "message"):
            return str(self)
        if self._literal:
            return self.message.id or str(self)
        return translate(self.message, language)


class NotFoundError(ServiceError):
    pass


def problem_text(problem: Message | str, language: str) -> str:
    """One problem of a refusal that lists several: a Message translated, a plain string (a
    text built elsewhere, not yet a Message) as written."""
    return problem if isinstance(problem, str) else translate(problem, language)


def _lines(errors: list[FieldError], language: str) -> str:
    return "\n".join(f"- {e.field}: {e.text(language)}" for e in errors)


class ValidationFailed(ServiceError):
    """Field by field, what to correct; each FieldError is translated on its own."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__(self.heading(_lines(errors, "en")))

    def heading(self, lines: str) -> Message:
        """The sentence above the list of field errors (a subclass says what was not done)."""
        return msg("The application was not saved. Please correct:\n{lines}", lines=lines)

    def translated(self, language: str) -> str:
        return translate(self.heading(_lines(self.errors, language)), language)


@dataclass(frozen=True)
class FieldChange:
    """One field someone else changed: its value when you opened the record, and now."""

    field: str
    when_opened: Any
    now: Any


class ConcurrentEditError(ServiceError):
    """Someone else saved the record since it was opened; nothing was overwritten.

    ``changed_fields`` names what the other person changed; ``differences`` gives, for each,
    the value when this copy was opened and the value saved since.
    """

    def __init__(
        self,
        message: str | Message,
        changed_fields: tuple[str, ...] = (),
        differences: tuple[FieldChange, ...] = (),
    ) -> None:
        self.changed_fields = changed_fields or tuple(d.field for d in differences)
        self.differences = differences
        super().__init__(message)
