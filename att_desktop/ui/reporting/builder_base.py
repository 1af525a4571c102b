"""What every report builder shares: its preview and its files are made on a worker thread.

A real register has hundreds of thousands of cases: reading them for a preview, or laying out
a PDF of the result, takes long enough to freeze a window. The UN Register, national and
Wassenaar builders (and any builder added later) derive from ``ReportBuilderBase`` and hand
it plain callables: ``_start_preview`` runs the service's collect (which opens its own
database session on the worker thread), ``_start_export`` runs a writer. Both go through
``ui.ops`` as the annual report builder does: the buttons that start work are disabled
meanwhile, a busy bar and the status line say what is under way, Cancel stops a preview,
and a failure comes back to the GUI thread as a message (``messages.error_text``).

Closing the window cancels a preview; a file being written is finished (a half-written file
would be worse), and the op outlives the window (``ui.ops`` keeps it until its thread ends).

The texts are the annual report builder's (context ``ReportBuilderDialog``): the same words,
already translated in every language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from att_desktop.db.engine import DatabaseError
from att_desktop.services.errors import ServiceError
from att_desktop.ui.messages import error_text
from att_desktop.ui.ops import BarProgress, Op, Progress, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.reporting.report_export import write_failure_text

__all__ = ["ReportBuilderBase"]

log = logging.getLogger(__name__)

T = TypeVar("T")

# The op key: one preview or one export at a time per builder.
JOB_KEY = "report"


class ReportBuilderBase(QDialog):
    """A builder dialog whose preview and exports run off the GUI thread (see the module)."""

    # The application (case) id of a record to fix; the main window opens it.
    recordRequested = Signal(int)
    # A file was written: its path.
    exported = Signal(str)
    # A preview was built and shown.
    previewed = Signal()

    def __init__(self, prompter: Prompter | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        # The preview being built or the file being written, if any.
        self._op: Op | None = None
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("builderProgress")
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        # Stops a preview being built (shown only meanwhile; files are written to the end).
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ReportBuilderDialog", "Cancel the preview"), self
        )
        self.cancel_button.setObjectName("cancelPreview")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setVisible(False)

    def progress_row(self) -> QHBoxLayout:
        """The busy bar and its Cancel button, for the subclass's layout."""
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        return row

    # ------------------------------------------------------------------ for subclasses

    def _busy_buttons(self) -> list[QWidget]:
        """What starts work (Preview, the export buttons, the draft box): off while busy."""
        raise NotImplementedError

    def _update_state(self) -> None:
        """Enable what the current preview allows; must keep exports off while ``busy()``."""
        raise NotImplementedError

    # ------------------------------------------------------------------ jobs

    def busy(self) -> bool:
        """A preview is being built or a file written (on a worker thread)."""
        return self._op is not None

    def _started(self, op: Op | None) -> Op | None:
        if op is not None:
            self._op = op
            op.finished.connect(self._op_ended)
            self._update_state()
        return op

    def _op_ended(self) -> None:
        self._op = None
        self._update_state()

    def _start_preview(
        self, work: Callable[[], T], show: Callable[[T], None], *, period: str
    ) -> Op | None:
        """Run ``work`` (a service's collect: plain data in and out, its own session) on a
        worker thread, then ``show`` its result here. None if work is already under way."""
        if self.busy():
            return None

        def job(progress: Progress) -> T:
            progress.check()
            return work()

        def shown(result: T) -> None:
            self._op = None  # ``show`` may enable the exports: this preview is over
            show(result)
            self._update_state()

        op = run_op(
            self,
            job,
            shown,
            title=self.windowTitle(),
            prompter=self._prompter,
            label=QCoreApplication.translate(
                "ReportBuilderDialog", "Reading the records of %1…"
            ).replace("%1", period),
            key=JOB_KEY,
            triggers=self._busy_buttons(),
            view=BarProgress(self.progress, self.status_label, self.cancel_button),
            cancellable=True,
            expected=(Exception,),
            on_failure=self._preview_failed,
            on_cancelled=lambda: self.status_label.setText(
                QCoreApplication.translate("ReportBuilderDialog", "The preview was cancelled.")
            ),
        )
        return self._started(op)

    def _preview_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (ServiceError, DatabaseError, OSError)):
            log.error("%s: the preview failed", self.windowTitle(), exc_info=exc)
        self.status_label.setText("")
        self._prompter.error(self, self.windowTitle(), error_text(exc))

    def _start_export(
        self,
        write: Callable[[], Any],
        out: Path,
        fmt: str,
        written: Callable[[Path], None] | None = None,
    ) -> Op | None:
        """Run ``write`` (it writes ``out`` as ``fmt``) on a worker thread; ``written(out)``
        here once the file is complete, then ``exported``. None if work is already under way."""
        if self.busy():
            return None

        def job(_progress: Progress) -> Path:
            write()
            return out

        def done(path: Path) -> None:
            self._op = None
            self.status_label.setText(
                QCoreApplication.translate("ReportBuilderDialog", "Written: %1").replace(
                    "%1", str(path)
                )
            )
            if written is not None:
                written(path)
            self._update_state()
            self.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            self.status_label.setText("")
            if isinstance(exc, (ServiceError, DatabaseError)):
                text = error_text(exc)
            else:  # the OS error as it is; a writer's own failure named, and logged in full
                text = write_failure_text(exc, out, fmt)
            self._prompter.error(self, self.windowTitle(), text)

        op = run_op(
            self,
            job,
            done,
            title=self.windowTitle(),
            prompter=self._prompter,
            label=QCoreApplication.translate("ReportBuilderDialog", "Writing %1…").replace(
                "%1", out.name
            ),
            key=JOB_KEY,
            triggers=self._busy_buttons(),
            view=BarProgress(self.progress, self.status_label),
            expected=(Exception,),
            on_failure=failed,
        )
        return self._started(op)

    def done(self, result: int) -> None:
        """Closing stops a preview under way (its result is dropped); a file being written is
        finished on its thread."""
        op = self._op
        if op is not None:
            op.cancel()
        super().done(result)
