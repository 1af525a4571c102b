"""Issue 13 §3: the ten crash signatures, each refused with a message naming place and problem.

Every test here failed on the code before the fix with the traceback named in its docstring
(a RecursionError, ParseError, TypeError, BadZipFile, zlib.error, AssertionError or
InvalidOperation reaching the command line as exit status 1). Now each file is refused with
the format's own error, and a real crash exits with its own status and a line naming the log.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from att_desktop.cli import main
from att_desktop.cli_context import EXIT_CRASH, EXIT_PROBLEMS
from att_desktop.config import AppPaths
from att_desktop.db.engine import Database
from att_desktop.services.shipments import preview_customs_file
from tests.conftest import FreshSqlite
from tests.report_register import build_with_shipments

Run = Callable[..., tuple[int, str, str]]
DEEP = 5000


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def sqlite_db(fresh_sqlite: FreshSqlite, tmp_path: Path) -> Path:
    return fresh_sqlite(tmp_path / "register.sqlite3")


def _deep(tmp_path: Path, name: str = "deep.json") -> Path:
    path = tmp_path / name
    path.write_text('{"items": [' + "[" * DEEP + "]" * DEEP + "]}", encoding="utf-8")
    return path


def _no_traceback(code: int, err: str) -> None:
    assert code != EXIT_CRASH, err
    assert "Traceback" not in err


# --- deeply nested JSON: once a RecursionError ------------------------------------------------


def test_deep_json_is_refused_by_evaluate(run: Run, tmp_path: Path) -> None:
    code, _, err = run("evaluate", str(_deep(tmp_path)))
    _no_traceback(code, err)
    assert code == EXIT_PROBLEMS
    assert "nested too deeply at items[0]" in err


def test_deep_json_is_refused_by_case_import(run: Run, sqlite_db: Path, tmp_path: Path) -> None:
    code, _, err = run("case", "import", str(_deep(tmp_path)), "--db", str(sqlite_db))
    _no_traceback(code, err)
    assert code == EXIT_PROBLEMS
    assert "nested too deeply at items[0]" in err and "Nothing was imported" in err


def test_deep_json_is_refused_by_embargo_update(run: Run, sqlite_db: Path, tmp_path: Path) -> None:
    code, _, err = run("embargo", "update", str(_deep(tmp_path)), "--db", str(sqlite_db))
    _no_traceback(code, err)
    assert code == EXIT_PROBLEMS
    assert "deep.json" in err and "nested too deeply at items[0]" in err


def test_embargo_covers_holding_a_list_names_the_field(
    run: Run, sqlite_db: Path, tmp_path: Path
) -> None:
    """``"covers": [["x"]]`` was a TypeError (unhashable list) in ``_parse_covers``."""
    source = Path("resources/reference/embargoes/regional_optional.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    data["entries"][0]["covers"] = [["x"]]
    path = tmp_path / "covers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run("embargo", "update", str(path), "--db", str(sqlite_db))
    _no_traceback(code, err)
    assert code == EXIT_PROBLEMS
    assert "covers" in err and "['x'] is not one of" in err


# --- damaged workbooks: once ParseError, TypeError, BadZipFile, zlib.error ------------------


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register"
    sheet.append(["reference", "applicant"])
    sheet.append(["EXP/1", "Nordic Arms"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rezip(
    data: bytes, member: str, change: Callable[[bytes], bytes], stored: bool = False
) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            target.writestr(info.filename, change(body) if info.filename == member else body)
    return out.getvalue()


def _flip_member_bytes(data: bytes, member: str) -> bytes:
    """Damage a member's compressed bytes, keeping the zip's directory intact."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    damaged = bytearray(data)
    for k in range(start + 5, start + info.compress_size - 2):
        damaged[k] ^= 0x55
    return bytes(damaged)


def _bad_crc(data: bytes) -> bytes:
    stored = _rezip(data, "", lambda b: b, stored=True)
    marker = stored.find(b"EXP/1")
    assert marker > 0
    return stored[:marker] + b"EXQ/1" + stored[marker + 5 :]


SHEET = "xl/worksheets/sheet1.xml"
DAMAGED_WORKBOOKS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    # name: (damage, what the message must name besides the file)
    "workbook-xml": (lambda d: _rezip(d, "xl/workbook.xml", lambda b: b[:40]), "unclosed token"),
    "truncated-sheet": (lambda d: _rezip(d, SHEET, lambda b: b[: len(b) // 2]), "sheet 'Register'"),
    "unknown-attribute": (
        lambda d: _rezip(
            d, "xl/workbook.xml", lambda b: b.replace(b"<workbookPr />", b'<workbookPr x="1" />')
        ),
        "unexpected keyword argument 'x'",
    ),
    "bad-crc": (_bad_crc, "Bad CRC-32"),
    "bad-deflate": (lambda d: _flip_member_bytes(d, SHEET), "decompressing"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGED_WORKBOOKS))
def test_damaged_register_workbook_is_refused(
    damage: str, run: Run, sqlite_db: Path, tmp_path: Path
) -> None:
    change, detail = DAMAGED_WORKBOOKS[damage]
    path = tmp_path / f"{damage}.xlsx"
    path.write_bytes(change(_workbook()))
    code, _, err = run("import", str(path), "--db", str(sqlite_db))
    _no_traceback(code, err)
    assert code == 2, err
    assert f"{damage}.xlsx" in err and "damaged" in err and detail in err


@pytest.mark.parametrize("damage", sorted(DAMAGED_WORKBOOKS))
def test_damaged_customs_workbook_is_refused(
    damage: str, run: Run, sqlite_db: Path, tmp_path: Path
) -> None:
    change, detail = DAMAGED_WORKBOOKS[damage]
    path = tmp_path / f"{damage}.xlsx"
    path.write_bytes(change(_workbook()))
    code, _, err = run("shipment", "import", str(path), "--db", str(sqlite_db))
    _no_traceback(code, err)
    assert code == EXIT_PROBLEMS, err
    assert f"{damage}.xlsx" in err and "damaged" in err and detail in err


# --- customs line 0 / 0.4: once an AssertionError ----------------------------------------------


@pytest.mark.parametrize("line", ["0", "0.4", "-1", "1.5"])
def test_customs_line_that_names_no_line_is_a_row_error(
    line: str, db: Database, tmp_path: Path
) -> None:
    build_with_shipments(db)
    path = tmp_path / "customs.csv"
    path.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity,value,currency\n"
        f"LIC/2025/00001,{line},2025-07-01,MRN-1,5,100,EUR\n",
        encoding="utf-8",
    )
    preview = preview_customs_file(db, path)
    assert [str(e) for e in preview.row_errors] == [
        f"row 2, line_no: '{line}' is not a line number"
    ]


# --- report rate --rate NaN: once InvalidOperation ---------------------------------------------


@pytest.mark.parametrize("rate", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_rate_that_is_not_a_number_is_refused(rate: str, run: Run, sqlite_db: Path) -> None:
    code, _, err = run(
        "report", "rate", "--year", "2025", "--from", "USD", "--to", "EUR",
        f"--rate={rate}", "--source", "bank", "--db", str(sqlite_db),
    )  # fmt: skip
    _no_traceback(code, err)
    assert code == EXIT_PROBLEMS
    assert f"'{rate}' is not a number" in err


# --- a real crash: its own status, the traceback in the log ----------------------------------


def test_a_crash_exits_70_and_names_the_log(
    run: Run, sqlite_db: Path, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from att_desktop.services import integrity

    def broken(target: object, **options: object) -> None:
        raise ZeroDivisionError("a bug in ATT Desktop")

    monkeypatch.setattr(integrity, "check_database", broken)
    code, _, err = run("check", "--db", str(sqlite_db))
    assert code == EXIT_CRASH == 70
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "unexpected error" in err and str(app_paths.log_file) in err
    log = app_paths.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug in ATT Desktop" in log


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (28, "the disk is full"),  # ENOSPC
        (30, "the disk is read-only"),  # EROFS
        (5, "input/output error"),  # EIO
    ],
)
def test_disk_errors_get_plain_words(
    error: int, words: str, run: Run, sqlite_db: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from att_desktop.services import register_files

    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(error, "raw words", str(tmp_path / "out.xlsx"))

    monkeypatch.setattr(register_files, "export_register", failing)
    code, _, err = run("export", str(tmp_path / "out.xlsx"), "--db", str(sqlite_db))
    assert code == 2
    assert words in err and "out.xlsx" in err and "Traceback" not in err
