"""Service refusals are Messages (issue 15): ``str(exc)`` stays the English the logs and the
command line read, ``exc.translated(language)`` is what a Chinese or French window shows, and
the converted service modules raise no finished English sentence any more."""

from __future__ import annotations

import ast
import importlib
import re
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from att_desktop.db.engine import (
    DatabaseError,
    DatabaseLockedError,
    DatabaseNotOursError,
    open_database,
)
from att_desktop.domain.assessment.model import EmbargoMatchRecord
from att_desktop.domain.embargoes import Effect, LegalBasisKind
from att_desktop.domain.validation import (
    FieldError,
    ParseProblem,
    decimal_message,
    decimal_phrase,
    decimal_problem,
    not_in_future,
    parse_decimal,
    parse_iso_date,
    too_long,
    validate_application,
)
from att_desktop.formats.table_files import (
    CellError,
    RegisterFileError,
    date_cell,
    decimal_cell,
    file_format,
    read_table,
)
from att_desktop.formats.table_files import RowError as TableRowError
from att_desktop.i18n import Message, msg, translate
from att_desktop.services import cases
from att_desktop.services.accounts import PasswordProblem, PasswordRejected
from att_desktop.services.authority import AuthorityProfileInvalid
from att_desktop.services.case_files import CaseImportError
from att_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from att_desktop.services.follow_up import FollowUpNotSaved
from att_desktop.services.imports import ImportProhibited
from att_desktop.services.permissions import Permission, PermissionDenied
from att_desktop.services.shipments import (
    CustomsFileError,
    RowError,
    RowWarning,
    ShipmentProhibited,
)
from tests.factories import application

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
    "consistency",
    "consultation",
    "criteria_sets",
    "decisions",
    "demo_accounts",
    "destination_files",
    "documents",
    "euc_checks",
    "follow_up",
    "gbv_consultation",
    "handover",
    "imports",
    "incidents",
    "migration_rights",
    "permissions",
    "provenance",
    "reassessment",
    "register_files",
    "report_calendar",
    "report_clarifications",
    "report_submission",
    "reporting",
    "sanctions",
    "screening",
    "shipments",
    "training",
    "unroca",
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


def _sentence(node: ast.AST | None) -> bool:
    """A finished English sentence: a str literal or an f-string."""
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _field_error_sentences(path: Path) -> list[str]:
    """``FieldError(field, "English")`` and ``too_long(..., "label")`` calls in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        keywords = {k.arg: k.value for k in node.keywords}
        if node.func.id == "FieldError":
            message = node.args[1] if len(node.args) > 1 else keywords.get("message")
        elif node.func.id == "too_long":
            message = node.args[3] if len(node.args) > 3 else keywords.get("label")
        else:
            continue
        if _sentence(message):
            found.append(f"{path.as_posix().removeprefix(ROOT.as_posix() + '/')}:{node.lineno}")
    return found


def test_no_field_error_of_the_core_is_an_english_sentence() -> None:
    """Issue 15: every field problem of the services and the domain is a Message, so the
    window can say it in French or Arabic under the field."""
    modules = sorted((ROOT / "att_desktop" / "services").rglob("*.py")) + sorted(
        (ROOT / "att_desktop" / "domain").rglob("*.py")
    )
    sentences = [where for path in modules for where in _field_error_sentences(path)]
    assert sentences == [], "use FieldError(field, msg(...)): " + ", ".join(sentences)


def test_the_scan_sees_literal_and_f_string_field_errors(tmp_path: Path) -> None:
    """The scan above must catch each way of writing an English sentence."""
    module = tmp_path / "probe.py"
    module.write_text(
        'FieldError("a", "plain")\nFieldError("b", f"{x} formatted")\n'
        'FieldError("c", message="keyword")\ntoo_long(v, 3, "d", "label")\n'
        'FieldError("e", msg("fine"))\ntoo_long(v, 3, "f", msg("label", context="field"))\n',
        encoding="utf-8",
    )
    found = _field_error_sentences(module)
    assert [w.rsplit(":", 1)[1] for w in found] == ["1", "2", "3", "4"]


def test_field_errors_of_the_core_are_english_in_str_and_translated_in_the_window() -> None:
    long = too_long("x" * 301, 300, "source_reference", msg("source reference", context="field"))
    assert long is not None and isinstance(long.message, Message)
    assert str(long) == (
        "source_reference: the source reference is 301 characters long: shorten it to 300 "
        "characters at most"
    )
    assert long.text("fr") == (
        "référence de la source\u00a0: 301 caractères\u00a0; raccourcissez à 300 caractères "
        "au maximum"
    )
    negative = decimal_message(Decimal("-1"), allow_zero=False, what="quantity")
    assert negative is not None and translate(negative, "ar") == "لا يجوز أن تكون الكمية سالبة"
    places = decimal_message(Decimal("1.2345"), allow_zero=True, what="rate")
    assert places is not None and translate(places, "es") == (
        "el tipo puede tener como máximo 3 decimales"
    )
    assert decimal_problem(Decimal("-1"), allow_zero=False) == "must not be negative"
    assert not_in_future("on").text("zh_CN") == "日期不能晚于今天"

    errors = validate_application(application(items=()), today=date(2026, 3, 1))
    failed = ValidationFailed(errors)
    assert "- received_on: the date received cannot be in the future" in str(failed)
    assert "- items: add at least one line item" in str(failed)
    assert "- items: ajoutez au moins une ligne" in failed.translated("fr")
    assert all(isinstance(e.message, Message) for e in errors)


def test_register_sheet_problems_are_translated_around_their_row_and_column() -> None:
    """Issue 15: a register spreadsheet's row problems (``formats.table_files.RowError``)
    keep their English for the command line and are worded in French or Arabic too."""
    error = TableRowError(
        4,
        "licence_number",
        msg(
            "licence {number} is already in the register",
            context="register file problem",
            number="L-1",
        ),
    )
    assert str(error) == "row 4, column licence_number: licence L-1 is already in the register"
    french = error.text("fr")
    assert (
        french
        == "ligne 4, colonne licence_number\u00a0: la licence L-1 figure déjà dans le registre"
    )
    arabic = error.text("ar")
    assert "الترخيص" in arabic and "licence_number" in arabic
    for text in (french, arabic):
        assert "already in the register" not in text and "row 4" not in text
    assert TableRowError(None, None, "as written").text("fr") == "as written"


def test_cells_and_typed_numbers_say_what_is_wrong_in_the_reader_language() -> None:
    with pytest.raises(ParseProblem) as comma:
        parse_decimal("1,5", what="quantity")
    assert str(comma.value) == "use a dot for decimals in the quantity, not a comma"
    assert translate(comma.value.message, "fr") == (
        "utilisez un point pour les décimales (quantité), pas une virgule"
    )
    with pytest.raises(ParseProblem) as day:
        parse_iso_date("31/03/2026")
    assert str(day.value) == "'31/03/2026' is not a date; use YYYY-MM-DD, e.g. 2026-03-31"
    assert "ليس تاريخًا" in translate(day.value.message, "ar")
    with pytest.raises(CellError) as cell:
        date_cell("tomorrow")
    assert str(cell.value).startswith("'tomorrow' is not a date; write it as YYYY-MM-DD")
    french = translate(cell.value.message, "fr")
    assert "n’est pas une date" in french and "is not a date" not in french
    with pytest.raises(CellError) as number:
        decimal_cell("lots", "quantity")
    assert str(number.value) == "'lots' is not a quantity"
    assert translate(number.value.message, "fr") == "«\u00a0lots\u00a0»\u00a0: quantité non valide"
    phrase = decimal_phrase(Decimal("-2"), allow_zero=False)
    assert phrase is not None and translate(phrase, "es") == "no puede ser negativo"
    assert decimal_problem(Decimal("-2"), allow_zero=False) == "must not be negative"


def test_a_file_that_cannot_be_read_as_a_spreadsheet_is_explained_in_the_reader_language(
    tmp_path: Path,
) -> None:
    with pytest.raises(RegisterFileError) as old:
        file_format(Path("customs.xls"))
    assert str(old.value).startswith("customs.xls is in the old Excel 97-2003 format (.xls).")
    french = translate(old.value.message, "fr")
    assert french.startswith("customs.xls est au format Excel 97-2003 (.xls).")
    binary = tmp_path / "data.csv"
    binary.write_bytes(b"a,b\x00c")
    with pytest.raises(RegisterFileError) as unreadable:
        read_table(binary)
    assert "is not a CSV text file" in str(unreadable.value)
    arabic = translate(unreadable.value.message, "ar")
    assert "ليس ملف نص CSV" in arabic and "is not a CSV" not in arabic


def _database_error_names() -> set[str]:
    """DatabaseError and every subclass of it that att_desktop defines (RestoreRefused…)."""
    import att_desktop.db.errors as errors

    names = {n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)}
    classes = [
        node
        for path in (ROOT / "att_desktop").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    ]
    grown = True
    while grown:
        before = len(names)
        names |= {c.name for c in classes if any(ast.unparse(b) in names for b in c.bases)}
        grown = len(names) > before
    return names


def _database_error_sentences(path: Path, names: set[str]) -> list[str]:
    """Every ``DatabaseError``-subclass call (raised or returned) whose text is a finished
    English sentence. ``sqlite3.DatabaseError`` and SQLAlchemy's are not ours: they are
    attributes or renamed, so only bare names are looked at."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in names and node.args and _sentence(node.args[0]):
            found.append(f"{path.as_posix().removeprefix(ROOT.as_posix() + '/')}:{node.lineno}")
    return found


def test_no_database_error_is_an_english_sentence() -> None:
    """Issue 15: a locked, damaged or too new database is explained in the window's language,
    so every DatabaseError of att_desktop is raised with msg(...)."""
    names = _database_error_names()
    assert {"DatabaseLockedError", "DatabaseNotOursError", "RestoreRefused"} <= names
    sentences = [
        where
        for path in sorted((ROOT / "att_desktop").rglob("*.py"))
        for where in _database_error_sentences(path, names)
    ]
    assert sentences == [], "raise DatabaseError(msg(...)): " + ", ".join(sentences)


def test_the_scan_sees_literal_and_f_string_database_errors(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(
        'raise DatabaseError("plain")\nraise RestoreRefused(f"{x} formatted")\n'
        'return DatabaseLockedError("returned")\nraise sqlite3.DatabaseError("theirs")\n'
        'raise DatabaseError(msg("fine {x}", x=x))\n',
        encoding="utf-8",
    )
    found = _database_error_sentences(module, _database_error_names())
    assert [w.rsplit(":", 1)[1] for w in found] == ["1", "2", "3"]


ENGLISH_WORDS = {
    "the", "database", "is", "not", "locked", "damaged", "another", "program", "nothing",
    "was", "changed", "try", "again", "file", "backup", "restore", "from", "choose", "it",
}  # fmt: skip


def _english_left(text: str, *kept: str) -> set[str]:
    """English words left in a translation once the names that stay as written are removed."""
    for name in kept:
        text = text.replace(name, " ")
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & ENGLISH_WORDS


def _locked_error(tmp_path: Path) -> DatabaseError:
    path = tmp_path / "att.sqlite3"
    open_database(path).close()
    db = open_database(path, busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError) as caught:
            cases.create_application(db, application())
        other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()
    return caught.value


def _corrupt_error(tmp_path: Path) -> DatabaseError:
    path = tmp_path / "budget.sqlite3"
    path.write_bytes(b"not a database at all, but long enough to be read as a header")
    with pytest.raises(DatabaseNotOursError) as caught:
        open_database(path)
    return caught.value


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_locked_or_corrupt_database_is_explained_with_no_english_left(
    tmp_path: Path, language: str
) -> None:
    locked, corrupt = _locked_error(tmp_path), _corrupt_error(tmp_path)
    assert str(locked).startswith(f"The database {tmp_path / 'att.sqlite3'} is locked by another")
    assert str(corrupt) == (
        f"{tmp_path / 'budget.sqlite3'} is not an ATT Desktop database (it is not a SQLite "
        "file, or it is damaged). Choose another file, or restore it from a backup. It was not "
        "changed."
    )
    for exc, where in ((locked, "att.sqlite3"), (corrupt, "budget.sqlite3")):
        text = exc.translated(language)
        assert str(tmp_path / where) in text
        assert _english_left(text, str(tmp_path / where), "ATT Desktop", "SQLite") == set(), text
        if language == "ar":
            assert re.search("[\u0600-\u06ff]", text)
    assert "verrouillée" in locked.translated("fr")
    assert "endommagé" in corrupt.translated("fr")


def test_a_plain_string_database_error_is_shown_as_written() -> None:
    exc = DatabaseLockedError("The database x is locked.")
    assert str(exc) == exc.translated("fr") == "The database x is locked."
