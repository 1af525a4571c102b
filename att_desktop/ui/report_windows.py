"""The Reports menu's windows: one of each kind, brought forward when asked for again.

Each window reads the database when it is opened and acts as ``ctx.actor`` (who is signed
in when a button is pressed); they are closed when the database is switched, since they
read and write the one being closed.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from att_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from att_desktop.ui.reporting.report_builder import SavePath


class ReportWindows(QObject):
    """The open reporting windows of one main window, by kind."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        *,
        open_record: Callable[[int], None],
        licence_in_view: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._open_record = open_record
        self._licence_in_view = licence_in_view
        #: Open reporting windows by kind.
        self.windows: dict[str, QWidget] = {}
        #: Where the report builder asks to save a file (tests answer it themselves).
        self.save_path: SavePath | None = None

    def _window(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        """The open window of this kind brought forward, or a new one from ``make``."""
        existing = self.windows.get(key)
        if existing is not None:
            with suppress(RuntimeError):  # deleted by Qt when it was closed
                if existing.isVisible():
                    existing.raise_()
                    existing.activateWindow()
                    return existing
        window = make()
        windows = self.windows

        def forget(_obj: object = None, mine: QWidget = window) -> None:
            if windows.get(key) is mine:
                del windows[key]

        window.destroyed.connect(forget)
        windows[key] = window
        window.activateWindow()  # typing goes to the new window, not the register behind it
        return window

    def close_all(self) -> None:
        """Close the reporting windows (the database is switched or the window closes)."""
        for window in list(self.windows.values()):
            with suppress(RuntimeError):
                window.close()
        self.windows.clear()

    def open_annual_report(self) -> QWidget:
        from att_desktop.ui.reporting import open_report_builder
        from att_desktop.ui.reporting.report_builder import ask_save_path

        ctx = self.ctx
        return self._window(
            "annual_report",
            lambda: open_report_builder(
                self._parent,
                ctx.db,
                actor=ctx.actor,
                prompter=ctx.prompter,
                language=ctx.language,
                open_record=self._open_record,
                save_path=self.save_path or ask_save_path,
            ),
        )

    def open_national_report(self) -> QWidget:
        """The national (parliamentary) report builder (issue 16)."""
        from att_desktop.ui.reporting.national_builder import open_national_report

        return self._window("national_report", lambda: self._open_builder(open_national_report))

    def open_wassenaar_report(self) -> QWidget:
        """The Wassenaar half-yearly report builder (issue 16)."""
        from att_desktop.ui.reporting.national_builder import open_wassenaar_report

        return self._window("wassenaar_report", lambda: self._open_builder(open_wassenaar_report))

    def _open_builder(self, opener: Callable[..., QWidget]) -> QWidget:
        from att_desktop.ui.reporting.report_builder import ask_save_path

        ctx = self.ctx
        return opener(
            self._parent,
            ctx.db,
            actor=ctx.actor,
            prompter=ctx.prompter,
            language=ctx.language,
            open_record=self._open_record,
            save_path=self.save_path or ask_save_path,
        )

    def open_unroca_report(self) -> QWidget:
        """The UN Register of Conventional Arms report builder (issue 16)."""
        from att_desktop.ui.reporting.unroca_builder import open_unroca_builder

        return self._window("unroca_report", lambda: self._open_builder(open_unroca_builder))

    def open_eu_report(self) -> QWidget:
        """The EU annual report (Common Position 2008/944/CFSP, Art. 8), issue 16."""
        from att_desktop.ui.reporting.eu_builder import open_eu_report

        return self._window("eu_report", lambda: self._open_builder(open_eu_report))

    def open_submission(self, year: int) -> QWidget:
        """A year's report as submitted (from My work): contributions, approval, the copy."""
        from att_desktop.ui.reporting.submission import open_submission_dialog

        ctx = self.ctx
        return self._window(
            "report_submission",
            lambda: open_submission_dialog(
                self._parent, ctx.db, actor=ctx.actor, year=year, prompter=ctx.prompter
            ),
        )

    def open_reporting_calendar(self) -> QWidget:
        from att_desktop.ui.reporting import open_reporting_calendar

        ctx = self.ctx
        return self._window(
            "reporting_calendar",
            lambda: open_reporting_calendar(
                self._parent, ctx.db, actor=ctx.actor, prompter=ctx.prompter
            ),
        )

    def open_shipment(self, licence_id: int | None = None) -> QWidget:
        """Record a shipment; against ``licence_id``, or the licence of the case in view."""
        from att_desktop.ui.reporting import ShipmentDialog, open_shipment_dialog

        ctx = self.ctx
        chosen = licence_id if licence_id is not None else self._licence_in_view()
        dialog = self._window(
            "shipment",
            lambda: open_shipment_dialog(
                self._parent, ctx.db, actor=ctx.actor, prompter=ctx.prompter, licence_id=chosen
            ),
        )
        # An open window already on a licence keeps it (and what was typed for it).
        if isinstance(dialog, ShipmentDialog) and chosen is not None and dialog.licence is None:
            dialog.choose_licence(chosen)
        return dialog

    def open_customs_import(self) -> QWidget:
        from att_desktop.ui.reporting import open_customs_import

        ctx = self.ctx
        return self._window(
            "customs_import",
            lambda: open_customs_import(
                self._parent, ctx.db, actor=ctx.actor, prompter=ctx.prompter
            ),
        )

    def open_imports(self) -> QWidget:
        from att_desktop.ui.reporting import open_import_authorisations

        ctx = self.ctx
        return self._window(
            "imports",
            lambda: open_import_authorisations(
                self._parent,
                ctx.db,
                actor=ctx.actor,
                prompter=ctx.prompter,
                language=ctx.language,
            ),
        )
