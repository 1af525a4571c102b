"""Errors the services raise for the person at the keyboard; each says what to fix."""

from __future__ import annotations

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


class ConcurrentEditError(ServiceError):
    """Someone else saved the record since it was opened; nothing was overwritten."""

    def __init__(self, message: str, changed_fields: tuple[str, ...] = ()) -> None:
        self.changed_fields = changed_fields
        super().__init__(message)
