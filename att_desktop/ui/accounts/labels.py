"""Translated labels for roles and the sign-in refusals the account services raise.

The services speak English for logs and the CLI; the screens show these translations,
chosen by the type of the refusal rather than by its English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from att_desktop.domain.enums import Role
from att_desktop.services.accounts import (
    MIN_PASSWORD_LENGTH,
    AccountInactive,
    AccountLocked,
    AuthenticationFailed,
    PasswordProblem,
    PasswordRejected,
)
from att_desktop.ui.messages import error_text as translated_error


def role_label(role: Role) -> str:
    labels = {
        Role.LICENSING_OFFICER: QCoreApplication.translate("Accounts", "Licensing officer"),
        Role.COMMITTEE_MEMBER: QCoreApplication.translate("Accounts", "Committee member"),
        Role.DECIDING_AUTHORITY: QCoreApplication.translate("Accounts", "Deciding authority"),
        Role.FOCAL_POINT: QCoreApplication.translate("Accounts", "Reporting focal point"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Accounts", "Administrator"),
        Role.GENDER_ADVISER: QCoreApplication.translate("Accounts", "Gender adviser"),
    }
    return labels.get(role, role.value)


def password_problem_text(problem: PasswordProblem) -> str:
    texts = {
        PasswordProblem.TOO_SHORT: QCoreApplication.translate(
            "Accounts", "The password must be at least %1 characters long."
        ).replace("%1", str(MIN_PASSWORD_LENGTH)),
        PasswordProblem.SAME_AS_USERNAME: QCoreApplication.translate(
            "Accounts", "The password must not be your user name."
        ),
        PasswordProblem.SAME_AS_OLD: QCoreApplication.translate(
            "Accounts", "The new password must differ from the current one."
        ),
        PasswordProblem.WRONG_CURRENT: QCoreApplication.translate(
            "Accounts", "The current password is wrong."
        ),
        PasswordProblem.MISMATCH: QCoreApplication.translate(
            "Accounts", "The two new passwords are not the same."
        ),
    }
    return texts[problem]


def password_policy_hint() -> str:
    return QCoreApplication.translate(
        "Accounts", "At least %1 characters, and not your user name."
    ).replace("%1", str(MIN_PASSWORD_LENGTH))


class AccountMessages(QObject):
    """Messages with a plural: lupdate marks plurals only in ``self.tr`` calls."""

    def locked(self, minutes: int) -> str:
        return self.tr(
            "This account is locked after repeated failed sign-ins. Try again in %n "
            "minute(s), or ask an administrator to reset the password.",
            "",
            minutes,
        )


def error_text(exc: BaseException) -> str:
    """The message for a refusal, in the interface language where we know the refusal."""
    if isinstance(exc, AccountLocked):
        return AccountMessages().locked(exc.remaining_minutes)
    if isinstance(exc, AccountInactive):
        return QCoreApplication.translate(
            "Accounts",
            "This account has been deactivated. Ask an administrator if you still need access.",
        )
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate(
            "Accounts", "Unknown user name or wrong password. Check both and try again."
        )
    if isinstance(exc, PasswordRejected):
        return "\n".join(password_problem_text(p) for p in exc.problems)
    return translated_error(exc)
