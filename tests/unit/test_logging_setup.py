"""The log file: where it is, that it rotates, that it is set up once, and what it masks."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import pytest

from att_desktop import logging_setup
from att_desktop.config import AppPaths
from att_desktop.logging_setup import (
    HANDLER_NAME,
    active_log_file,
    redact,
    reset_logging,
    setup_logging,
)


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == HANDLER_NAME]


def test_importing_the_program_configures_no_logging() -> None:
    """Tests and tools import modules freely: only a main() may add a handler."""
    code = (
        "import logging\n"
        "import att_desktop.__main__, att_desktop.app, att_desktop.cli, att_desktop.cli_admin\n"
        "import att_desktop.db.engine, att_desktop.services.accounts, att_desktop.ui.about\n"
        "assert logging.getLogger().handlers == [], logging.getLogger().handlers\n"
        "assert logging.getLogger('att_desktop').level == logging.NOTSET\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_log_rotates_in_the_data_folder(app_paths: AppPaths, isolated_data_dir: Path) -> None:
    target = setup_logging(app_paths, program="att-desktop test")
    assert target == (isolated_data_dir / "logs" / "att-desktop.log").resolve()
    assert active_log_file() == target
    (handler,) = our_handlers()
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    logging.getLogger("att_desktop.services.example").info("a useful event")
    logging.getLogger("att_desktop.services.example").debug("chatter")
    handler.flush()
    text = target.read_text(encoding="utf-8")
    assert "att-desktop test 0.1.0 started" in text
    assert "INFO    " in text and "att_desktop.services.example: a useful event" in text
    assert "chatter" not in text  # INFO and above


def test_a_full_log_is_rotated_keeping_five_old_files(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 400)
    target = setup_logging(app_paths)
    assert target is not None
    for n in range(80):
        logging.getLogger("att_desktop").info("event number %d of a busy day", n)
    names = sorted(p.name for p in target.parent.iterdir())
    assert names == ["att-desktop.log", *(f"att-desktop.log.{i}" for i in range(1, 6))]
    assert "event number 79" in target.read_text(encoding="utf-8")


def test_setting_up_twice_is_once_and_a_new_data_folder_moves_the_log(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    first = setup_logging(app_paths)
    assert setup_logging(app_paths) == first
    assert len(our_handlers()) == 1
    assert first is not None
    assert first.read_text(encoding="utf-8").count("started") == 1

    other = tmp_path / "portable"
    moved = setup_logging(AppPaths(data_dir=other, config_dir=other))
    assert moved == (other / "logs" / "att-desktop.log").resolve()
    assert len(our_handlers()) == 1 and active_log_file() == moved
    logging.getLogger("att_desktop").info("after the move")
    assert "after the move" not in first.read_text(encoding="utf-8")
    assert "after the move" in moved.read_text(encoding="utf-8")

    reset_logging()
    assert our_handlers() == [] and active_log_file() is None
    assert logging.getLogger("att_desktop").level == logging.NOTSET


def test_a_log_that_cannot_be_written_never_stops_the_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    assert setup_logging(AppPaths(data_dir=blocked, config_dir=blocked)) is None
    assert "cannot write the log" in capsys.readouterr().err
    assert our_handlers() == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "postgresql+psycopg://att:s3cret@db.example/att",
            "postgresql+psycopg://att:***@db.example/att",
        ),
        ("opening postgres://u:p%40ss/w@h:5432/x now", "opening postgres://u:***@h:5432/x now"),
        ("postgresql://att@db/att", "postgresql://att@db/att"),
        ("sqlite:////home/officer/att.sqlite3", "sqlite:////home/officer/att.sqlite3"),
    ],
)
def test_redact_masks_only_url_passwords(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_passwords_in_messages_and_tracebacks_never_reach_the_file(app_paths: AppPaths) -> None:
    target = setup_logging(app_paths)
    assert target is not None
    log = logging.getLogger("att_desktop.example")
    log.warning("connecting to %s", "postgresql+psycopg://att:s3cret-one@db/att")
    try:
        raise RuntimeError("lost postgresql://att:s3cret-two@db/att")
    except RuntimeError:
        log.exception("it failed")
    text = target.read_text(encoding="utf-8")
    assert "s3cret" not in text
    assert "connecting to postgresql+psycopg://att:***@db/att" in text
    assert "RuntimeError: lost postgresql://att:***@db/att" in text
    assert "Traceback (most recent call last)" in text


def test_exception_hooks_log_the_traceback_then_hand_on(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def before_sys(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        seen.append(f"sys {value}")

    def before_thread(args: threading.ExceptHookArgs) -> None:
        seen.append(f"thread {args.exc_value}")

    monkeypatch.setattr(sys, "excepthook", before_sys)
    monkeypatch.setattr(threading, "excepthook", before_thread)
    target = setup_logging(app_paths, excepthooks=True)
    setup_logging(app_paths, excepthooks=True)  # hooks are not wrapped twice
    assert target is not None
    try:
        raise ValueError("kaput in a slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def work() -> None:
        raise LookupError("kaput in a worker")

    worker = threading.Thread(target=work, name="report-worker")
    worker.start()
    worker.join()
    assert seen == ["sys kaput in a slot", "thread kaput in a worker"]
    text = target.read_text(encoding="utf-8")
    assert "ERROR   " in text and "ValueError: kaput in a slot" in text
    assert "Unexpected error in thread report-worker" in text
    assert "LookupError: kaput in a worker" in text and "in work\n    raise" in text

    reset_logging()
    assert sys.excepthook is before_sys and threading.excepthook is before_thread
