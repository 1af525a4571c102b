"""Start the real app (``att_desktop.app.main``) on a register, sign in, time what people wait for.

Run by ``scale_benchmark.py`` as a subprocess, never by hand:

    python benchmarks/startup_probe.py --db PATH_OR_URL --t0 EPOCH_SECONDS [options]

Nothing in the app is patched to help it (except ``--skip-history-check``, which stands for
"the same start-up without the history check"): the probe creates the QApplication that
``main`` then uses, fills the lock screen's sign-in form and clicks its button as a person
would (the demo accounts' ``officer`` / ``demo-password``), and stops the clock when the lock
screen is gone and the register's first rows are painted. ``--t0`` is the parent's clock
just before it started this process, so interpreter start-up and imports count.

With ``--keystrokes`` it then types into the real search box: from "Hallber" it presses
"g" and Return (Return queries at once; without it the box waits SEARCH_DELAY_MS after the
last key on purpose, and that deliberate pause is not work to measure) and times until the
window has reloaded the register and repainted it; three times, the median; then the same
with the category filter set to VIII (small arms and light weapons).

Prints one JSON object on stdout; the app quits afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

HEAVY_MODULES = ("alembic", "reportlab", "openpyxl")
SEARCH_PREFIX, SEARCH_KEY = "Hallber", "g"


class QuietPrompter:
    """Records what the app would have shown in a dialog, so nothing blocks the probe."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(f"{title}: {text}")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(f"ERROR {title}: {text}")

    def ask_text(self, *args: Any, **kwargs: Any) -> str | None:
        return None

    def open_file(self, *args: Any, **kwargs: Any) -> Any:
        return None


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _spin_until(condition: Any, timeout: float = 900.0) -> bool:
    deadline = time.monotonic() + timeout
    app = QCoreApplication.instance()
    assert app is not None
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
    return True


class Probe:
    def __init__(self, args: argparse.Namespace, prompter: QuietPrompter) -> None:
        self.args = args
        self.prompter = prompter
        self.result: dict[str, Any] = {}
        self.signed_in_clicked = False
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def window(self) -> Any:
        from att_desktop.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    def tick(self) -> None:
        from att_desktop.ui.accounts.forms import SignInForm

        window = self.window()
        if window is None:
            return
        if not self.signed_in_clicked:
            form = window.findChild(SignInForm)
            if form is None or not form.isVisible():
                return
            form.username.setText(self.args.user)
            form.password.setText(self.args.password)
            self.signed_in_clicked = True
            QTest.mouseClick(form.button, Qt.MouseButton.LeftButton)
            return
        sessions = window.sessions
        if sessions is None or sessions.current is None or window.model.rowCount() == 0:
            return
        window.table.viewport().grab()  # the first screen of rows, painted
        self.result["startup_s"] = time.time() - self.args.t0
        self.result["rows"] = window.model.rowCount()
        self.result["heavy_modules_loaded"] = [m for m in HEAVY_MODULES if m in sys.modules]
        self.timer.stop()
        QTimer.singleShot(0, lambda: self.after_start(window))

    def after_start(self, window: Any) -> None:
        try:
            if self.args.keystrokes:
                self.result["keystroke_s"] = self.keystrokes(window, category=None)
                self.result["keystroke_viii_s"] = self.keystrokes(window, category="VIII")
        except Exception as exc:  # reported, not hidden: the parent prints it
            self.result["error"] = f"{type(exc).__name__}: {exc}"
        self.result["max_rss_mib"] = _rss_mib()
        self.result["messages"] = self.prompter.messages
        window.close()
        QCoreApplication.quit()

    def keystrokes(self, window: Any, category: str | None) -> float:
        reloaded: list[int] = []
        window.registerReloaded.connect(reloaded.append)
        search = window.filters.search
        if category is not None:
            combo = window.filters.category
            index = combo.findData(category)
            if index < 0:
                raise RuntimeError(f"no category {category} in the filter")
            reloaded.clear()
            combo.setCurrentIndex(index)
            _spin_until(lambda: bool(reloaded) and not window.filters.is_pending())
        times = []
        for _ in range(3):
            search.setFocus()
            search.setText(SEARCH_PREFIX)
            reloaded.clear()
            QTest.keyClick(search, Qt.Key.Key_Return)
            if not _spin_until(lambda: bool(reloaded)):
                raise RuntimeError("the register never reloaded")
            reloaded.clear()
            start = time.perf_counter()
            QTest.keyClick(search, SEARCH_KEY)
            QTest.keyClick(search, Qt.Key.Key_Return)
            if not _spin_until(lambda: bool(reloaded)):
                raise RuntimeError("the register never reloaded")
            window.table.viewport().grab()
            times.append(time.perf_counter() - start)
        window.registerReloaded.disconnect(reloaded.append)
        self.result.setdefault("keystroke_rows", {})[category or "all"] = window.model.rowCount()
        return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--t0", type=float, required=True)
    parser.add_argument("--user", default="officer")
    parser.add_argument("--password", default="demo-password")
    parser.add_argument("--skip-history-check", action="store_true")
    parser.add_argument("--keystrokes", action="store_true")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()

    qapp = QApplication([sys.argv[0]])
    prompter = QuietPrompter()
    from att_desktop import app as gui

    if args.skip_history_check:
        from att_desktop.services.audit import AuditReport
        from att_desktop.ui.accounts.session_manager import SessionManager

        def no_check(self: SessionManager) -> AuditReport:
            self.audit_report = AuditReport(ok=True, events_checked=0)
            return self.audit_report

        SessionManager.check_history = no_check  # type: ignore[method-assign]

    probe = Probe(args, prompter)
    QTimer.singleShot(int(args.timeout * 1000), qapp.quit)
    status = gui.main(["--db", args.db], prompter=prompter)
    probe.result.setdefault("messages", prompter.messages)
    probe.result["exit_status"] = status
    print(json.dumps(probe.result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
