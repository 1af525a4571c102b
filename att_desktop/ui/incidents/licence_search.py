"""Choosing a licence by searching for it: the register holds 500,000 cases, so the incident
form never lists every licence. What the officer types (a licence number, a case reference,
a destination) is looked up once they pause (``SEARCH_DELAY_MS``), on a worker thread
(``ui.ops``), and the matches replace the ones offered; the text typed and the licence
already chosen stay as they are."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from att_desktop.services.incident_licences import LicenceChoice
from att_desktop.ui import ops
from att_desktop.ui.messages import error_text
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.widgets.country_combo import NoWheelComboBox, line_edit

#: How long after the last key the search runs (the register's search waits as long).
SEARCH_DELAY_MS = 250
#: Item data: the licence number.
NUMBER_ROLE = Qt.ItemDataRole.UserRole


class _Quiet:
    """A search shows no progress: the offered licences change when it is done."""

    def begin(self, label: str, cancel: Callable[[], None] | None) -> None:
        pass

    def update(self, done: int, total: int) -> None:
        pass

    def end(self) -> None:
        pass


class LicenceSearchCombo(NoWheelComboBox):
    """An editable combo offering the licences that match what is typed.

    ``search(text)``, called on the GUI thread, gives the work that finds the matches (the
    service's ``licence_choices``, the database read when it is made), which runs on a
    worker thread; ``describe`` words one for the list. ``number()`` is the chosen or typed
    licence number.
    """

    #: After the offered licences were replaced by a search's results (tests wait on it).
    searched = Signal(str)

    def __init__(
        self,
        search: Callable[[str], Callable[[], Sequence[LicenceChoice]]],
        describe: Callable[[LicenceChoice], str],
        prompter: Prompter,
        *,
        error_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._describe = describe
        self._prompter = prompter
        self._error_title = error_title
        #: Text typed while a search ran: searched for once it is done.
        self._waiting: str | None = None
        #: The text the licences offered were found for; None before the first search.
        self._offered_for: str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        completer = QCompleter(self.model(), self)
        # The database already chose the matches: show them all, as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        line_edit(self).textEdited.connect(lambda _text: self._debounce.start())
        self.setCurrentIndex(-1)

    # --- reading ------------------------------------------------------------------------------

    def number(self) -> str:
        """The licence number chosen from the list; else the one licence the search offered
        for exactly what is typed (part of a number or a case reference); else as typed."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return str(self.itemData(index, NUMBER_ROLE))
        typed = text.split(" — ")[0].strip()
        if typed and self.count() == 1 and self._offered_for == typed:
            return str(self.itemData(0, NUMBER_ROLE))
        return typed

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Nothing searched yet (a response's licence): offer the first licences now."""
        super().focusInEvent(event)
        if self._offered_for is None and not self.is_pending():
            self.search_now()

    def is_pending(self) -> bool:
        """Typed text waits for the timer or a search runs (tests wait until it is not)."""
        return self._debounce.isActive() or bool(ops.running(self, "licence-search"))

    # --- searching ----------------------------------------------------------------------------

    def search_now(self, text: str | None = None) -> None:
        """Look up ``text`` (what is typed if None) now, or as soon as the search running ends."""
        self._debounce.stop()
        # A licence picked from the list reads "number — case (...)": search by its number.
        typed = self.currentText() if text is None else text
        wanted = typed.split(" — ")[0].strip()
        if ops.running(self, "licence-search"):
            self._waiting = wanted
            return
        work = self._search(wanted)
        op = ops.run_op(
            self,
            lambda _progress: list(work()),
            lambda found: self._offer(wanted, found),
            title=self._error_title,
            prompter=self._prompter,
            key="licence-search",
            view=_Quiet(),
            # Said where the officer is looking, not in a message box on every key typed.
            on_failure=lambda error: self.setToolTip(error_text(error)),
        )
        if op is not None:
            op.finished.connect(self._next)

    def _next(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.search_now(waiting)

    def offer(self, choices: Sequence[LicenceChoice]) -> None:
        """Offer these licences, keeping what is typed and the licence already chosen."""
        edit = line_edit(self)
        text, cursor = edit.text(), edit.cursorPosition()
        chosen = self.currentIndex()
        kept = (
            [(self.itemText(chosen), self.itemData(chosen, NUMBER_ROLE))]
            if chosen >= 0 and self.itemText(chosen) == text
            else []
        )
        rows = kept + [
            (self._describe(c), c.number) for c in choices if not kept or c.number != kept[0][1]
        ]
        self.blockSignals(True)
        try:
            self.clear()
            for label, number in rows:
                self.addItem(label, number)
            self.setCurrentIndex(0 if kept else -1)
        finally:
            self.blockSignals(False)
        edit.setText(text)
        edit.setCursorPosition(cursor)

    def _offer(self, wanted: str, found: Sequence[LicenceChoice]) -> None:
        if self._waiting is not None:
            return  # the person typed on: the next search's results are the ones to show
        self.setToolTip("")
        self.offer(found)
        self._offered_for = wanted
        self.searched.emit(wanted)
        edit = line_edit(self)
        completer = self.completer()
        if edit.hasFocus() and wanted and completer is not None and self.count():
            completer.complete()
