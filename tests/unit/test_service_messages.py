"""Service refusals are Messages (issue 15): ``str(exc)`` stays the English the logs and the
command line read, ``exc.translated(language)`` is what a Chinese or French window shows, and
the converted service modules raise no finished English sentence any more."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from att_desktop.domain.validation import FieldError
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError
from att_desktop.services.follow_up import FollowUpNotSaved
from att_desktop.services.permissions import Permission, PermissionDenied
from att_desktop.services.shipments import CustomsFileError, RowError

ROOT = Path(__file__).resolve().parents[2]

#: Service modules whose refusals are all Messages; a module joins the list once converted.
CONVERTED = (
    "accounts",
    "assessment",
    "authority",
    "cases",
    "change_consent",
    "change_requests",
    "committee",
    "conditions",
    "consultation",
    "decisions",
    "demo_accounts",
    "destination_files",
    "documents",
    "follow_up",
    "gbv_consultation",
    "handover",
    "incidents",
    "migration_rights",
    "permissions",
    "reassessment",
    "report_clarifications",
    "report_submission",
    "sanctions",
    "screening",
    "shipments",
    "training",
)


def test_a_refusal_built_from_a_message_is_english_in_str_and_translated_on_demand() -> None:
    exc = NotFoundError(msg("There is no case with reference {reference}.", reference="X/1"))
    assert str(exc) == "There is no case with reference X/1."
    assert exc.message == msg("There is no case with reference {reference}.", reference="X/1")
    assert exc.translated("en") == "There is no case with reference X/1."
    assert exc.translated("zh_CN") == "没有编号为 X/1 的案件。"
    assert translate(exc.message, "fr") == "Il n’existe aucun dossier de référence X/1."
    assert exc.translated("fr") == translate(exc.message, "fr")


def test_a_plain_string_refusal_still_works_and_is_shown_as_written() -> None:
    exc = ServiceError("Something the services wrote {as is}.")
    assert str(exc) == "Something the services wrote {as is}."
    assert isinstance(exc.message, Message)
    assert exc.translated("zh_CN") == "Something the services wrote {as is}."


def test_subclasses_keep_their_extra_attributes() -> None:
    denied = PermissionDenied(msg("Nobody is signed in: sign in first."), Permission.DECIDE)
    assert denied.permission is Permission.DECIDE
    assert denied.translated("es") == "No hay nadie con la sesión iniciada: inicie sesión primero."
    conflict = ConcurrentEditError(
        msg("Incident {number} is already closed.", number="INC-7"), changed_fields=("status",)
    )
    assert conflict.changed_fields == ("status",)
    assert str(conflict) == "Incident INC-7 is already closed."
    assert conflict.translated("ru") == "Инцидент INC-7 уже закрыт."


def test_field_errors_are_listed_in_the_window_language() -> None:
    problem = FieldError("user_id", msg("There is no user with id {user_id}.", user_id=4))
    exc = FollowUpNotSaved([problem, FieldError("note", "typed as is")])
    assert str(exc) == (
        "Nothing was recorded. Please correct:\n"
        "- user_id: There is no user with id 4.\n- note: typed as is"
    )
    assert exc.translated("zh_CN") == (
        "未记录任何内容。请更正：\n- user_id: 没有 ID 为 4 的用户。\n- note: typed as is"
    )
    assert exc.errors == [problem, FieldError("note", "typed as is")]


def test_customs_file_rows_follow_the_translated_message() -> None:
    exc = CustomsFileError(
        msg("{name}: nothing was imported; correct these rows first:", name="c.csv"),
        (RowError(3, "licence", "unknown licence"),),
    )
    assert str(exc) == (
        "c.csv: nothing was imported; correct these rows first:\nrow 3, licence: unknown licence"
    )
    assert exc.translated("es") == (
        "c.csv: no se importó nada; corrija primero estas filas:\nrow 3, licence: unknown licence"
    )


def _service_error(module: object, node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else None
    found = getattr(module, name, None) if name else None
    return isinstance(found, type) and issubclass(found, ServiceError)


@pytest.mark.parametrize("name", CONVERTED)
def test_converted_modules_raise_messages_not_sentences(name: str) -> None:
    module = importlib.import_module(f"att_desktop.services.{name}")
    path = ROOT / "att_desktop" / "services" / f"{name}.py"
    sentences = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if not _service_error(module, node.exc) or not node.exc.args:
            continue
        first = node.exc.args[0]
        if isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str)
        ):
            sentences.append(f"{path.name}:{node.lineno}")
    assert sentences == [], "raise with msg(...) so the window can translate: " + ", ".join(
        sentences
    )
