"""Service refusals are Messages (issue 15): ``str(exc)`` stays the English the logs and the
command line read, ``exc.translated(language)`` is what a Chinese or French window shows, and
the converted service modules raise no finished English sentence any more."""

from __future__ import annotations

import ast
import importlib
from datetime import date
from pathlib import Path

import pytest

from att_desktop.domain.assessment.model import EmbargoMatchRecord
from att_desktop.domain.embargoes import Effect, LegalBasisKind
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.accounts import PasswordProblem, PasswordRejected
from att_desktop.services.authority import AuthorityProfileInvalid
from att_desktop.services.case_files import CaseImportError
from att_desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError
from att_desktop.services.follow_up import FollowUpNotSaved
from att_desktop.services.imports import ImportProhibited
from att_desktop.services.permissions import Permission, PermissionDenied
from att_desktop.services.shipments import (
    CustomsFileError,
    RowError,
    RowWarning,
    ShipmentProhibited,
)

ROOT = Path(__file__).resolve().parents[2]

#: Service modules whose refusals are all Messages; a module joins the list once converted.
CONVERTED = (
    "accounts",
    "assessment",
    "authority",
    "case_files",
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
    "imports",
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
    """The row's words are translated around the file's own column name; a problem given
    as a plain string stays as written."""
    exc = CustomsFileError(
        msg("{name}: nothing was imported; correct these rows first:", name="c.csv"),
        (
            RowError(3, "licence", "unknown licence"),
            RowError(
                4,
                "licence_number",
                msg("no licence {number} exists", context="customs file", number="L-9"),
            ),
        ),
    )
    assert str(exc) == (
        "c.csv: nothing was imported; correct these rows first:\nrow 3, licence: unknown licence"
        "\nrow 4, licence_number: no licence L-9 exists"
    )
    assert exc.translated("es") == (
        "c.csv: no se importó nada; corrija primero estas filas:\nfila 3, licence: unknown licence"
        "\nfila 4, licence_number: no existe la licencia L-9"
    )


def test_customs_file_warnings_are_translated_around_their_rows() -> None:
    warning = RowWarning(
        (2, 3),
        msg(
            "Licence {number} is revoked: a shipment under it needs to be explained.",
            number="L-2",
        ),
    )
    assert str(warning) == (
        "row 2, 3: Licence L-2 is revoked: a shipment under it needs to be explained."
    )
    assert warning.text("ru") == (
        "строки 2, 3: Лицензия L-2 аннулирована: отгрузку по ней нужно объяснить."
    )


def test_a_rejected_password_lists_every_problem_in_the_window_language() -> None:
    exc = PasswordRejected((PasswordProblem.TOO_SHORT, PasswordProblem.SAME_AS_USERNAME))
    assert str(exc) == (
        "The password must be at least 12 characters. The password must not be the user name."
    )
    assert exc.translated("fr") == (
        "Le mot de passe doit comporter au moins 12 caractères. "
        "Le mot de passe ne doit pas être le nom d’utilisateur."
    )
    assert exc.translated("zh_CN") == "密码至少须有 12 个字符。密码不得与用户名相同。"


def test_an_invalid_authority_profile_is_translated_field_by_field() -> None:
    exc = AuthorityProfileInvalid(
        {"reporting_state": msg("'{code}' is not a known country code.", code="XX")}
    )
    assert str(exc) == "'XX' is not a known country code."
    assert exc.translated("es") == "«XX» no es un código de país conocido."


def test_a_case_import_refusal_translates_its_own_problems_and_keeps_the_parsers() -> None:
    exc = CaseImportError(
        [
            msg(
                "{path}: {problem}",
                context="case file problem (field path: problem)",
                path="decision.licence.number",
                problem=msg("{number} is already in this register", number="L-1"),
            ),
            "parties[1].name: is missing",
        ]
    )
    assert exc.problems == (
        "decision.licence.number: L-1 is already in this register",
        "parties[1].name: is missing",
    )
    assert exc.translated("ru") == (
        "Файл дела не импортирован. Ничего не записано. Проблемы:\n"
        "- decision.licence.number: L-1 уже есть в этом реестре\n"
        "- parties[1].name: is missing"
    )


def test_a_shipment_stopped_by_an_embargo_is_translated_around_the_embargo_text() -> None:
    exc = ShipmentProhibited("L-7", date(2026, 5, 1), ("Embargo X (UNSC res. 1).",))
    assert str(exc).startswith("Licence L-7 cannot cover a shipment on 2026-05-01: Embargo X")
    french = exc.translated("fr")
    assert french.startswith("La licence L-7 ne peut pas couvrir une expédition le 2026-05-01")
    assert "Embargo X (UNSC res. 1)." in french and "Nothing was saved" not in french


def test_an_import_stopped_by_article_6_is_translated() -> None:
    match = EmbargoMatchRecord(
        "un-xx",
        "UN arms embargo on X",
        LegalBasisKind.UN_CHAPTER_VII,
        Effect.PROHIBITED,
        explanation="State X is under a UN arms embargo.",
        party="Exporter Ltd",
    )
    exc = ImportProhibited((match,))
    assert str(exc).startswith("The import cannot be authorised")
    assert "\n- Article 6(1) [un-xx] Exporter Ltd: State X is under a UN arms embargo.\n" in str(
        exc
    )
    chinese = exc.translated("zh_CN")
    assert chinese.startswith("不能批准该进口")
    assert (
        "\n- 第六条第 1 款 [un-xx] Exporter Ltd：State X is under a UN arms embargo.\n" in chinese
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
