"""The log file: what happened on this workstation, for the day an officer says "it failed".

``setup_logging`` is called once by each entry point (the GUI's and the commands' ``main``),
never at import, so importing any module (tests, the benchmarks) adds no handler. It writes
``logs/att-desktop.log`` in the data folder (``ATT_DESKTOP_DATA_DIR`` moves it with the rest),
rotated at 1 MB with 5 old files kept. Calling it again for the same folder does nothing;
for another folder it moves the log there.

What is logged: the database opened, created or upgraded (a URL with its password masked),
sign-ins by user name, imports, reports and backups written, and every unexpected error
with its traceback. Never a password: callers log user names and masked URLs only, and the
formatter masks the password of any ``scheme://user:password@host`` that slips into a
message or a traceback anyway. No Qt here: the commands use it on a server.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from att_desktop import APP_NAME, __version__
from att_desktop.config import AppPaths

#: Rotation: the file is renamed to ``.1`` at this size; ``.1`` … ``.5`` are kept.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
#: Our handler's name, so a second call finds it instead of adding another.
HANDLER_NAME = "att-desktop-file"
FORMAT = "%(asctime)s %(levelname)-7s [%(process)d] %(name)s: %(message)s"

#: ``scheme://user:password@`` in any text: the password part is masked.
_URL_PASSWORD = re.compile(r"(\b[a-zA-Z][\w+.-]*://[^\s:/@]*:)[^\s@]+@")

log = logging.getLogger("att_desktop")


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _URL_PASSWORD.sub(r"\1***@", text)


class RedactingFormatter(logging.Formatter):
    """Masks URL passwords in the whole record, traceback included (defence in depth)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


@dataclass
class _Hooks:
    """What ``install_excepthooks`` replaced, so ``reset_logging`` can put it back."""

    previous_sys: ExceptHook | None = None
    previous_thread: ThreadHook | None = None
    ours_sys: ExceptHook | None = None
    ours_thread: ThreadHook | None = None


_hooks = _Hooks()


def _our_handler() -> RotatingFileHandler | None:
    for handler in logging.getLogger().handlers:
        if handler.get_name() == HANDLER_NAME and isinstance(handler, RotatingFileHandler):
            return handler
    return None


def active_log_file() -> Path | None:
    """The file the log is being written to, or None when logging was not set up."""
    handler = _our_handler()
    return Path(handler.baseFilename) if handler is not None else None


def setup_logging(
    paths: AppPaths,
    *,
    program: str = APP_NAME,
    level: int = logging.INFO,
    excepthooks: bool = False,
) -> Path | None:
    """Log to ``paths.log_file``; returns it, or None if it cannot be written.

    A log that cannot be opened (a read-only folder) never stops the program. With
    ``excepthooks`` an uncaught exception, in the main thread or a worker, is logged with
    its traceback before the previous hook runs (the GUI; never in-process tests, whose
    runner owns those hooks).
    """
    target = paths.log_file.resolve()
    root = logging.getLogger()
    existing = _our_handler()
    if existing is not None and Path(existing.baseFilename) == target:
        if excepthooks:
            install_excepthooks()
        return target
    if existing is not None:
        root.removeHandler(existing)
        existing.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        print(f"{APP_NAME}: cannot write the log {target}: {exc.strerror}", file=sys.stderr)
        return None
    handler.set_name(HANDLER_NAME)
    handler.setLevel(level)
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    log.setLevel(level)
    if excepthooks:
        install_excepthooks()
    log.info(
        "%s %s started (%s, Python %s)", program, __version__, sys.platform, sys.version.split()[0]
    )
    return target


def install_excepthooks() -> None:
    """Log uncaught exceptions (``sys`` and ``threading``), then hand them on as before."""
    if _hooks.ours_sys is not None and sys.excepthook is _hooks.ours_sys:
        return
    crash = logging.getLogger("att_desktop.crash")
    previous_sys = sys.excepthook
    previous_thread = threading.excepthook

    def sys_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        crash.error("Unexpected error", exc_info=(kind, value, tb))
        previous_sys(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and args.exc_type is not SystemExit:
            name = args.thread.name if args.thread is not None else "?"
            crash.error(
                "Unexpected error in thread %s",
                name,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    _hooks.previous_sys, _hooks.previous_thread = previous_sys, previous_thread
    _hooks.ours_sys, _hooks.ours_thread = sys_hook, thread_hook
    sys.excepthook = sys_hook
    threading.excepthook = thread_hook


def log_crash(command: str) -> None:
    """Log the exception being handled as a command's crash (call from an ``except``)."""
    logging.getLogger("att_desktop.crash").exception("att-desktop %s failed unexpectedly", command)


def reset_logging() -> None:
    """Undo ``setup_logging``: the handler closed and removed, the hooks put back (tests)."""
    handler = _our_handler()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
    log.setLevel(logging.NOTSET)
    if _hooks.ours_sys is not None and sys.excepthook is _hooks.ours_sys:
        assert _hooks.previous_sys is not None
        sys.excepthook = _hooks.previous_sys
    if _hooks.ours_thread is not None and threading.excepthook is _hooks.ours_thread:
        assert _hooks.previous_thread is not None
        threading.excepthook = _hooks.previous_thread
    _hooks.previous_sys = _hooks.previous_thread = None
    _hooks.ours_sys = _hooks.ours_thread = None
