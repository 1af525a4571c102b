"""Long work on a worker thread; its result, or its error, back on the GUI thread.

Shaped after Anki's ``aqt.operations`` (CollectionOp / QueryOp): a window hands over a plain
callable (a service call that takes plain data, opens its own session per unit of work and
returns plain data) and says what to do with the result. The callable runs on a ``QThread``;
everything that touches a widget (progress, the result, the error message) happens on the
GUI thread, delivered through queued signals, so the window keeps painting and answering
while the work runs.

- **Progress**: the callable receives a ``Progress``; calling it with ``(done, total)`` from
  the worker is thread-safe and moves the bar on the GUI thread (determinate once a total is
  known, busy until then).
- **Cancel** (only where it is safe): Cancel sets a flag; the next ``progress(...)`` call
  raises ``Cancelled`` inside the work, which ends quietly (the service's transaction rolls
  back). A result that arrives after Cancel is dropped.
- **Errors**: a ``ServiceError`` or ``DatabaseError`` (and whatever else the caller lists as
  expected) is shown as its message through the window's ``Prompter``; anything else as a
  generic message, with the traceback logged.
- **Re-entrancy**: while an op runs, the buttons and actions that start it are disabled, and
  a second op under the same ``key`` on the same window is refused.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from att_desktop.db.engine import DatabaseError
from att_desktop.services.errors import ServiceError
from att_desktop.ui.messages import error_text
from att_desktop.ui.prompts import Prompter

log = logging.getLogger(__name__)

T = TypeVar("T")

#: What the op disables while it runs (and gives back its previous state afterwards).
Trigger = QWidget | QAction


class Cancelled(Exception):
    """Raised inside the work by ``Progress`` once Cancel was pressed; the op ends quietly."""


class Progress:
    """Handed to the work: ``progress(done, total)`` from any thread; raises ``Cancelled``.

    Thread-safe: it reads a ``threading.Event`` and emits a queued signal, nothing else.
    """

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self.check()
        self._report(done, total)

    def check(self) -> None:
        """Raise ``Cancelled`` if Cancel was pressed (for work that has no count to report)."""
        if self._cancel.is_set():
            raise Cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class ProgressView(Protocol):
    """Where an op shows that it runs: a dialog, a bar in the window, the status bar."""

    def begin(self, label: str, cancel: Callable[[], None] | None) -> None: ...

    def update(self, done: int, total: int) -> None: ...

    def end(self) -> None: ...


def _set_range(bar: QProgressBar | QProgressDialog, done: int, total: int) -> None:
    # A report may arrive after the window that showed the bar was closed: the work goes on
    # (its result is still delivered or dropped as the op decides), the bar is gone.
    if not shiboken6.isValid(bar):
        return
    if total > 0:
        bar.setRange(0, total)
        bar.setValue(max(0, min(done, total)))
    else:
        bar.setRange(0, 0)  # busy: no count known


class DialogProgress:
    """A window-modal progress dialog over ``parent``, shown once the work takes a moment.

    Used where nothing else on the window may be done meanwhile (switching the database).
    ``delay_ms`` avoids a flash for quick work; tests pass 0 to see it at once.
    """

    def __init__(self, parent: QWidget, title: str, *, delay_ms: int = 400) -> None:
        self._parent = parent
        self._title = title
        self._delay_ms = delay_ms
        self.dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None

    def begin(self, label: str, cancel: Callable[[], None] | None) -> None:
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("opProgress")
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(self._delay_ms)
        dialog.setRange(0, 0)
        if cancel is None:
            dialog.setCancelButton(None)
        else:
            dialog.canceled.connect(cancel)
        self.dialog = dialog
        if self._delay_ms <= 0:
            dialog.show()
        else:
            # A timer owned by the dialog and wired to its own C++ slot dies with the dialog.
            # (A bound method of this object handed to QTimer.singleShot was once called
            # after the object had gone: AttributeError on 'dialog', in a full test run.)
            timer = QTimer(dialog)
            timer.setSingleShot(True)
            timer.timeout.connect(dialog.show)
            timer.start(self._delay_ms)
            self._timer = timer

    def update(self, done: int, total: int) -> None:
        if self.dialog is not None:
            _set_range(self.dialog, done, total)

    def end(self) -> None:
        dialog, self.dialog = self.dialog, None
        timer, self._timer = self._timer, None
        if timer is not None and shiboken6.isValid(timer):
            timer.stop()
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()  # stops its own show-after-a-moment timer
            dialog.hide()
            dialog.deleteLater()


class BarProgress:
    """A progress bar (and optional label and Cancel button) that the window already has."""

    def __init__(
        self,
        bar: QProgressBar,
        label: QLabel | None = None,
        cancel_button: QPushButton | None = None,
    ) -> None:
        self.bar = bar
        self.label = label
        self.cancel_button = cancel_button
        self._cancel: Callable[[], None] | None = None

    def begin(self, label: str, cancel: Callable[[], None] | None) -> None:
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        if self.label is not None:
            self.label.setText(label)
        if self.cancel_button is not None:
            self._cancel = cancel
            self.cancel_button.setVisible(cancel is not None)
            self.cancel_button.setEnabled(cancel is not None)
            if cancel is not None:
                self.cancel_button.clicked.connect(self._cancelled)

    def _cancelled(self) -> None:
        if self._cancel is not None:
            self._cancel()
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)

    def update(self, done: int, total: int) -> None:
        _set_range(self.bar, done, total)

    def end(self) -> None:
        if shiboken6.isValid(self.bar):
            self.bar.setVisible(False)
        button = self.cancel_button
        if button is not None and shiboken6.isValid(button):
            if self._cancel is not None:
                button.clicked.disconnect(self._cancelled)
            button.setVisible(False)
        self._cancel = None


class StatusBarProgress:
    """A busy bar and a message in a main window's status bar: the window stays usable."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.bar: QProgressBar | None = None

    def begin(self, label: str, cancel: Callable[[], None] | None) -> None:
        bar = QProgressBar(self._window)
        bar.setObjectName("opStatusProgress")
        bar.setMaximumWidth(160)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        status = self._window.statusBar()
        status.addWidget(bar)
        status.showMessage(label)
        self.bar = bar

    def update(self, done: int, total: int) -> None:
        if self.bar is not None:
            _set_range(self.bar, done, total)

    def end(self) -> None:
        bar, self.bar = self.bar, None
        if not shiboken6.isValid(self._window):
            return
        status = self._window.statusBar()
        status.clearMessage()
        if bar is not None and shiboken6.isValid(bar):
            status.removeWidget(bar)
            bar.deleteLater()


class _Worker(QThread):
    """Runs the work; reports through queued signals, never touches a widget."""

    progressed = Signal(int, int)
    done = Signal(object, object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides
            self.done.emit(None, exc)
            return
        self.done.emit(result, None)


#: Ops that have not delivered yet.
_running: list[Op] = []
#: Ops until their thread has ended: a worker must outlive the window that started it (a
#: QThread destroyed while it runs aborts the program).
_alive: set[Op] = set()


def running(parent: QObject | None = None, key: str | None = None) -> list[Op]:
    """The ops still running (for ``parent``, and under ``key``, if given)."""
    return [
        op
        for op in _running
        if (parent is None or op.owner is parent) and (key is None or op.key == key)
    ]


def idle() -> bool:
    """No op is running or delivering, and every worker thread has ended (tests wait on it)."""
    return not _running and not _alive


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Ask every running op to cancel and wait for its thread (at quit: a QThread destroyed
    while it runs aborts the program). True if they all ended in time."""
    for op in list(_alive):
        op.cancel()
    deadline = QDeadlineTimer(timeout_ms)
    return all(op.wait(deadline) for op in list(_alive))


def _watch_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("attOpsWatchQuit"):
        app.setProperty("attOpsWatchQuit", True)
        app.aboutToQuit.connect(wait_for_all)


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "Ops",
        "Something unexpected went wrong, and this action was not completed. The details "
        "were written to the log; please tell your administrator.",
    )


class Op(QObject):
    """One piece of long work started from ``owner`` (see ``run_op``)."""

    #: Emitted on the GUI thread after the outcome's callback ran (success, error or cancel).
    finished = Signal()

    def __init__(
        self,
        owner: QObject,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        *,
        title: str,
        prompter: Prompter,
        label: str = "",
        key: str = "",
        triggers: Iterable[Trigger] = (),
        view: ProgressView | None = None,
        cancellable: bool = False,
        expected: tuple[type[BaseException], ...] = (ServiceError, DatabaseError),
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.owner = owner
        self.key = key
        self.title = title
        self._work = work
        self._on_success = on_success
        self._prompter = prompter
        self._label = label
        self._triggers = list(triggers)
        self._enabled: list[bool] = []
        if view is None:
            if not isinstance(owner, QWidget):
                raise TypeError("an op started by a non-widget needs its own progress view")
            view = DialogProgress(owner, title)
        self.view: ProgressView = view
        self._cancellable = cancellable
        self._expected = expected
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self._worker: _Worker | None = None
        self._progress: Progress | None = None
        #: "running", then "succeeded", "failed" or "cancelled".
        self.state = "new"
        self.error: BaseException | None = None

    def start(self) -> bool:
        """Start the work; False (and nothing done) if the same op already runs."""
        if self.state != "new" or running(self.owner, self.key):
            return False
        self.state = "running"
        _running.append(self)
        self._enabled = [t.isEnabled() for t in self._triggers]
        for trigger in self._triggers:
            trigger.setEnabled(False)
        worker = _Worker(self._work)
        self._worker = worker
        self._progress = worker.progress
        worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        worker.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(self._thread_ended, Qt.ConnectionType.QueuedConnection)
        try:
            self.view.begin(self._label, self.cancel if self._cancellable else None)
        except BaseException:
            # Nothing started: an op left "running" here would block its key (and
            # ``idle``) for the rest of the program.
            self.state = "new"
            _running.remove(self)
            for trigger, enabled in zip(self._triggers, self._enabled, strict=True):
                trigger.setEnabled(enabled)
            raise
        _alive.add(self)
        _watch_quit()
        worker.start()
        return True

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; its result will be dropped."""
        if self._progress is not None and self.state == "running":
            self._progress.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._progress is not None and self._progress.cancelled

    def wait(self, deadline: QDeadlineTimer) -> bool:
        """Block until the worker thread has ended (only for quitting)."""
        worker = self._worker
        return worker is None or worker.wait(deadline)

    @Slot()
    def _thread_ended(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()  # ``finished`` comes just before the thread really ends
        _alive.discard(self)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.state == "running":
            self.view.update(done, total)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        if self.state != "running":
            return
        self.view.end()
        for trigger, was_enabled in zip(self._triggers, self._enabled, strict=True):
            if shiboken6.isValid(trigger):
                trigger.setEnabled(was_enabled)
        if self in _running:
            _running.remove(self)
        cancelled = isinstance(error, Cancelled) or (error is None and self.cancel_requested)
        self.state = "cancelled" if cancelled else "failed" if error is not None else "succeeded"
        if isinstance(error, BaseException) and not cancelled:
            self.error = error
        try:
            if not shiboken6.isValid(self.owner):
                return  # the window closed meanwhile: nobody to tell
            if cancelled:
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif isinstance(error, BaseException):
                self._fail(error)
            else:
                self._on_success(result)
        finally:
            self.finished.emit()

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, self._expected):
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                self._prompter.error(self._parent_widget(), self.title, error_text(error))
            return
        log.exception("%s: unexpected error in background work", self.title, exc_info=error)
        self._prompter.error(self._parent_widget(), self.title, unexpected_error_text())

    def _parent_widget(self) -> QWidget | None:
        return self.owner if isinstance(self.owner, QWidget) else None


def run_op(
    owner: QObject,
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
    *,
    title: str,
    prompter: Prompter,
    label: str = "",
    key: str = "",
    triggers: Iterable[Trigger] = (),
    view: ProgressView | None = None,
    cancellable: bool = False,
    expected: tuple[type[BaseException], ...] = (ServiceError, DatabaseError),
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Op | None:
    """Run ``work(progress)`` on a worker thread; ``on_success(result)`` on the GUI thread.

    ``owner`` is the window that starts it (its messages' parent); an object that outlives
    windows (the session manager) may own an op too, with a ``view`` of its own.

    ``work`` must not touch Qt objects: give it plain data and call services. Returns the
    running op, or None when an op under the same ``key`` already runs for ``owner`` (the
    second click is refused). ``title`` heads the progress dialog and any error message;
    ``triggers`` are disabled until the op ends; ``view`` defaults to a progress dialog.
    Expected errors go to ``on_failure`` if given, else to the prompter as their message.
    """
    op = Op(
        owner,
        work,
        on_success,
        title=title,
        prompter=prompter,
        label=label,
        key=key,
        triggers=triggers,
        view=view,
        cancellable=cancellable,
        expected=expected,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
    )
    return op if op.start() else None
