"""Long work off the GUI thread (ui/ops.py): results and errors come back on the GUI thread,
progress moves the bar, Cancel stops the work, and a second start is refused meanwhile."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import DatabaseLockedError
from att_desktop.services.errors import ServiceError
from att_desktop.ui import ops
from att_desktop.ui.ops import BarProgress, Cancelled, DialogProgress, Progress, run_op
from tests.gui.conftest import ScriptedPrompter

GUI_THREAD = threading.get_ident()


class Panel(QWidget):
    """A window with a button that starts the op, a bar and a Cancel button."""

    def __init__(self) -> None:
        super().__init__()
        self.start_button = QPushButton("Start", self)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        self.status = QLabel(self)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setVisible(False)
        layout = QVBoxLayout(self)
        for widget in (self.start_button, self.bar, self.status, self.cancel_button):
            layout.addWidget(widget)


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[Panel]:
    widget = Panel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds the work until the test lets it go (set at the end whatever happened)."""
    event = threading.Event()
    yield event
    event.set()


def test_the_result_arrives_on_the_gui_thread_and_the_button_comes_back(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter, gate: threading.Event
) -> None:
    seen: dict[str, int] = {}
    results: list[tuple[int, int]] = []

    def work(progress: Progress) -> int:
        seen["work"] = threading.get_ident()
        progress(1, 4)
        assert gate.wait(10)
        return 42

    def done(value: int) -> None:
        results.append((value, threading.get_ident()))

    op = run_op(
        panel,
        work,
        done,
        title="Counting",
        prompter=prompter,
        label="Counting the cases…",
        triggers=[panel.start_button],
        view=BarProgress(panel.bar, panel.status),
    )
    assert op is not None
    assert not panel.start_button.isEnabled()
    assert panel.bar.isVisible() and panel.status.text() == "Counting the cases…"
    # Progress reported by the worker moves the bar on the GUI thread: 1 of 4.
    qtbot.waitUntil(lambda: (panel.bar.maximum(), panel.bar.value()) == (4, 1))
    assert results == []
    gate.set()
    with qtbot.waitSignal(op.finished):
        pass
    assert results == [(42, GUI_THREAD)]
    assert seen["work"] != GUI_THREAD
    assert panel.start_button.isEnabled() and not panel.bar.isVisible()
    assert op.state == "succeeded" and prompter.shown == []


def test_a_trigger_disabled_before_the_op_stays_disabled(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter
) -> None:
    panel.start_button.setEnabled(False)
    op = run_op(
        panel,
        lambda _p: 1,
        lambda _v: None,
        title="t",
        prompter=prompter,
        triggers=[panel.start_button],
        view=BarProgress(panel.bar),
    )
    assert op is not None
    qtbot.waitUntil(lambda: op.state == "succeeded")
    assert not panel.start_button.isEnabled()


@pytest.mark.parametrize(
    "error",
    [
        ServiceError("Only the focal point may build the annual report."),
        DatabaseLockedError("The database x is locked by another program."),
    ],
)
def test_service_and_database_errors_are_shown_as_their_message(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter, error: Exception
) -> None:
    def work(_progress: Progress) -> None:
        raise error

    successes: list[object] = []
    op = run_op(
        panel,
        work,
        successes.append,
        title="Annual report",
        prompter=prompter,
        triggers=[panel.start_button],
        view=BarProgress(panel.bar),
    )
    assert op is not None
    with qtbot.waitSignal(op.finished):
        pass
    assert prompter.shown == [("error", "Annual report", str(error))]
    assert successes == [] and op.state == "failed" and op.error is error
    assert panel.start_button.isEnabled()


def test_an_expected_error_can_go_to_the_caller_instead(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter
) -> None:
    def work(_progress: Progress) -> None:
        raise OSError("disk full")

    failures: list[BaseException] = []
    op = run_op(
        panel,
        work,
        lambda _v: None,
        title="Write",
        prompter=prompter,
        view=BarProgress(panel.bar),
        expected=(OSError,),
        on_failure=failures.append,
    )
    assert op is not None
    qtbot.waitUntil(lambda: op.state == "failed")
    assert [str(f) for f in failures] == ["disk full"] and prompter.shown == []


def test_an_unexpected_error_is_a_generic_message_and_its_traceback_is_logged(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter, caplog: pytest.LogCaptureFixture
) -> None:
    def work(_progress: Progress) -> None:
        raise KeyError("no such column")

    with caplog.at_level(logging.ERROR, logger="att_desktop.ui.ops"):
        op = run_op(
            panel,
            work,
            lambda _v: None,
            title="Annual report",
            prompter=prompter,
            view=BarProgress(panel.bar),
        )
        assert op is not None
        with qtbot.waitSignal(op.finished):
            pass
    assert prompter.shown == [("error", "Annual report", ops.unexpected_error_text())]
    assert "no such column" not in ops.unexpected_error_text()
    record = caplog.records[-1]
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert "Annual report" in record.getMessage()


def test_cancel_stops_the_work_at_its_next_step_and_drops_the_result(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter, gate: threading.Event
) -> None:
    steps: list[int] = []
    stopped = threading.Event()

    def work(progress: Progress) -> str:
        try:
            for step in range(1000):
                progress(step, 1000)
                steps.append(step)
                gate.wait(0.01)
        except Cancelled:
            stopped.set()
            raise
        return "all done"

    outcomes: list[str] = []
    op = run_op(
        panel,
        work,
        outcomes.append,
        title="Checking",
        prompter=prompter,
        cancellable=True,
        triggers=[panel.start_button],
        view=BarProgress(panel.bar, panel.status, panel.cancel_button),
        on_cancelled=lambda: outcomes.append("cancelled"),
    )
    assert op is not None
    assert panel.cancel_button.isVisible() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: len(steps) >= 2)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.cancel_button.isEnabled()  # pressed once is enough
    with qtbot.waitSignal(op.finished):
        pass
    assert stopped.is_set() and len(steps) < 1000
    assert outcomes == ["cancelled"] and op.state == "cancelled"
    assert prompter.shown == []
    assert not panel.cancel_button.isVisible() and panel.start_button.isEnabled()


def test_cancel_in_the_progress_dialog(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter, gate: threading.Event
) -> None:
    """Work that reports no count: Cancel drops whatever it returns."""
    view = DialogProgress(panel, "Opening", delay_ms=0)
    outcomes: list[object] = []
    op = run_op(
        panel,
        lambda _p: gate.wait(10),
        outcomes.append,
        title="Opening",
        prompter=prompter,
        cancellable=True,
        view=view,
        on_cancelled=lambda: outcomes.append("cancelled"),
    )
    assert op is not None
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    with qtbot.waitSignal(op.finished):
        pass
    assert outcomes == ["cancelled"] and view.dialog is None


def test_a_second_start_is_refused_while_the_first_runs(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter, gate: threading.Event
) -> None:
    started: list[ops.Op] = []
    results: list[int] = []

    def start() -> None:
        op = run_op(
            panel,
            lambda _p: (gate.wait(10), len(started))[1],
            results.append,
            title="Build",
            prompter=prompter,
            key="build",
            triggers=[panel.start_button],
            view=BarProgress(panel.bar),
        )
        if op is not None:
            started.append(op)

    panel.start_button.clicked.connect(start)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert len(started) == 1 and not panel.start_button.isEnabled()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # disabled: ignored
    start()  # even called directly (a shortcut, say): refused under the same key
    assert len(started) == 1 and ops.running(panel, "build") == started
    other = run_op(
        panel,
        lambda _p: 7,
        results.append,
        title="Other",
        prompter=prompter,
        key="other",
        view=BarProgress(QProgressBar()),
    )
    assert other is not None  # another key on the same window may run meanwhile
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 2)
    assert sorted(results) == [1, 7]
    assert ops.running(panel) == [] and panel.start_button.isEnabled()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert len(started) == 2  # free again once the first has finished
    qtbot.waitUntil(ops.idle)


def test_a_window_closed_meanwhile_is_not_called_back(
    qtbot: QtBot, prompter: ScriptedPrompter, gate: threading.Event
) -> None:
    owner = Panel()
    owner.show()
    results: list[int] = []
    op = run_op(
        owner,
        lambda _p: (gate.wait(10), 5)[1],
        results.append,
        title="t",
        prompter=prompter,
        view=BarProgress(owner.bar),
    )
    assert op is not None
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    with qtbot.waitSignal(op.finished):
        pass
    assert results == [] and prompter.shown == []
    qtbot.waitUntil(ops.idle)


def test_quitting_cancels_and_waits_for_the_workers(
    qtbot: QtBot, panel: Panel, prompter: ScriptedPrompter
) -> None:
    """What happens at aboutToQuit: a thread destroyed while it runs would abort the program."""
    steps: list[int] = []

    def work(progress: Progress) -> None:
        for step in range(100_000):
            progress(step, 100_000)
            steps.append(step)
            threading.Event().wait(0.001)

    op = run_op(
        panel,
        work,
        lambda _v: None,
        title="Long",
        prompter=prompter,
        cancellable=True,
        view=BarProgress(panel.bar),
    )
    assert op is not None
    qtbot.waitUntil(lambda: len(steps) > 0)
    assert ops.wait_for_all(10_000)
    assert len(steps) < 100_000  # stopped by the cancel, not run to the end
    qtbot.waitUntil(ops.idle)
    assert op.state == "cancelled" and prompter.shown == []


class _BrokenView:
    """A progress view whose window is already gone (seen when a timer outlived its window)."""

    def begin(self, label: str, cancel: object) -> None:
        raise RuntimeError("Internal C++ object already deleted.")

    def update(self, done: int, total: int) -> None:  # pragma: no cover - never reached
        raise AssertionError

    def end(self) -> None:  # pragma: no cover - never reached
        raise AssertionError


def test_an_op_whose_view_cannot_start_is_not_left_running(qtbot: QtBot) -> None:
    """It used to stay registered as running: its key was refused for good and ``idle``
    never came back, so every later test in the process timed out."""
    panel = Panel()
    qtbot.addWidget(panel)
    with pytest.raises(RuntimeError, match="already deleted"):
        run_op(
            panel,
            lambda progress: 1,
            lambda result: None,
            title="Broken",
            prompter=ScriptedPrompter(),
            key="broken",
            triggers=[panel.start_button],
            view=_BrokenView(),  # type: ignore[arg-type]
        )
    assert ops.idle()
    assert panel.start_button.isEnabled()
    assert not ops.running(panel, "broken")


def test_progress_reported_after_its_bar_was_deleted_is_dropped(qtbot: QtBot) -> None:
    """A window closed while its work runs takes its bar along; the next progress report
    used to raise 'QProgressBar already deleted' in the GUI thread."""
    panel = Panel()
    qtbot.addWidget(panel)
    bar = QProgressBar(panel)
    deleted = threading.Event()
    results: list[int] = []

    def work(progress: Progress) -> int:
        deleted.wait(10)
        progress(1, 2)
        return 7

    op = run_op(
        panel,
        work,
        results.append,
        title="Bar gone",
        prompter=ScriptedPrompter(),
        view=BarProgress(bar),
    )
    assert op is not None
    shiboken6.delete(bar)
    deleted.set()
    qtbot.waitUntil(ops.idle, timeout=10000)
    assert results == [7]
