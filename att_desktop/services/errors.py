"""Errors the services raise for the person at the keyboard; each says what to fix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from att_desktop.domain.validation import FieldError


class ServiceError(Exception):
    """A refusal with a message fit to show as it is."""


class NotFoundError(ServiceError):
    pass


class ValidationFailed(ServiceError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        lines = "\n".join(f"- {e}" for e in errors)
        super().__init__(f"The application was not saved. Please correct:\n{lines}")


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
        message: str,
        changed_fields: tuple[str, ...] = (),
        differences: tuple[FieldChange, ...] = (),
    ) -> None:
        self.changed_fields = changed_fields or tuple(d.field for d in differences)
        self.differences = differences
        super().__init__(message)
