"""Denials notified by other States: record one, and see those already recorded.

Article 7(1) asks for an objective, non-discriminatory assessment; knowing that another State
refused the same end user is part of treating like cases alike. The wizard's consistency
panel matches every recorded notice against the case's parties (exact and similar names);
this dialog is where the notices come from. Validation is the service's
(``consistency.record_denial_notice``): its field errors are shown beside the fields and
nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.countries import country_name
from att_desktop.services import consistency
from att_desktop.services.consistency import DenialNoticeInput, DenialNoticeView
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.widgets.country_combo import CountryCombo


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DenialNoticesDialog(QDialog):
    """Record a denial notified by another State; the list shows every notice on record."""

    #: The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.
    recorded = Signal(object)

    def __init__(
        self,
        db: Database,
        language: str,
        parent: QWidget | None = None,
        *,
        actor: Actor = LOCAL_OFFICER,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("denialNoticesDialog")
        self.setWindowTitle(self.tr("Denials notified by other States"))
        self.db = db
        self.language = language
        self.actor = actor
        self._today = today

        intro = QLabel(
            self.tr(
                "Record a denial that another State notified (or one your authority issued "
                "outside this application). Every new application's parties are matched "
                "against these notices, by exact and by similar names, so that like cases "
                "are treated alike (Article 7(1))."
            ),
            self,
        )
        intro.setWordWrap(True)

        form_box = self._build_form(language)

        self._build_table()
        self.status = QLabel(self)
        self.status.setObjectName("noticeStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(form_box, 2)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Notices on record:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record)
        self.setTabOrder(self.notifying_state, self.reference)
        self.setTabOrder(self.reference, self.denied_on)
        self.setTabOrder(self.denied_on, self.party_name)
        self.setTabOrder(self.party_name, self.party_country)
        self.setTabOrder(self.party_country, self.items)
        self.setTabOrder(self.items, self.grounds)
        self.setTabOrder(self.grounds, self.record_button)
        self._warned_close = False
        for edit in (self.reference, self.party_name, self.items):
            edit.textEdited.connect(self._typed)
        self.grounds.textChanged.connect(self._typed)
        self.resize(900, 620)
        self.refresh()

    def _build_form(self, language: str) -> QGroupBox:
        """The new notice: who denied what to whom, when and why."""
        form_box = QGroupBox(self.tr("New denial notice"), self)
        self.notifying_state = CountryCombo(language, parent=form_box)
        self.notifying_state.setObjectName("notifyingState")
        self.reference = QLineEdit(form_box)
        self.reference.setObjectName("noticeReference")
        self.reference.setPlaceholderText(self.tr("The notifying State's reference, if any"))
        self.denied_on = QDateEdit(form_box)
        self.denied_on.setObjectName("deniedOn")
        self.denied_on.setCalendarPopup(True)
        self.denied_on.setDisplayFormat("yyyy-MM-dd")
        self.denied_on.setDate(_qdate(self._day()))
        self.party_name = QLineEdit(form_box)
        self.party_name.setObjectName("deniedParty")
        self.party_name.setPlaceholderText(self.tr("Name of the end user, consignee or broker"))
        self.party_country = CountryCombo(language, parent=form_box)
        self.party_country.setObjectName("deniedPartyCountry")
        self.items = QLineEdit(form_box)
        self.items.setObjectName("deniedItems")
        self.items.setPlaceholderText(self.tr("e.g. assault rifles, ML1"))
        self.grounds = QPlainTextEdit(form_box)
        self.grounds.setObjectName("deniedGrounds")
        self.grounds.setPlaceholderText(self.tr("e.g. EU Common Position criterion 7; Art. 7(3)"))
        self.grounds.setTabChangesFocus(True)
        self.grounds.setFixedHeight(64)

        form = QFormLayout(form_box)
        self._labels: dict[str, QLabel] = {}
        rows: tuple[tuple[str, str, QWidget], ...] = (
            ("notifying_state", self.tr("&Notifying State:"), self.notifying_state),
            ("reference", self.tr("&Reference:"), self.reference),
            ("denied_on", self.tr("Denied &on:"), self.denied_on),
            ("party_name", self.tr("Denied &party:"), self.party_name),
            ("party_country", self.tr("Party's &country:"), self.party_country),
            ("items", self.tr("&Items:"), self.items),
            ("grounds", self.tr("&Grounds:"), self.grounds),
        )
        self._fields: dict[str, QWidget] = {}
        for key, label_text, widget in rows:
            label = QLabel(label_text, form_box)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self._fields[key] = widget
        self.problems = QLabel(form_box)
        self.problems.setObjectName("noticeProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.problems)
        self.record_button = QPushButton(self.tr("&Record denial notice"), form_box)
        self.record_button.setObjectName("recordNotice")
        self.record_button.clicked.connect(self.record)
        form.addRow(self.record_button)
        return form_box

    def _build_table(self) -> None:
        """The notices on record."""
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("noticeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Denied on"),
                self.tr("Notifying State"),
                self.tr("Reference"),
                self.tr("Denied party"),
                self.tr("Party's country"),
                self.tr("Grounds"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def _typed(self, *_args: object) -> None:
        self._warned_close = False

    def has_unrecorded_text(self) -> bool:
        return any(w.text().strip() for w in (self.reference, self.party_name, self.items)) or bool(
            self.grounds.toPlainText().strip()
        )

    def reject(self) -> None:
        """Closing with a half-typed notice warns once; closing again discards it."""
        if self.has_unrecorded_text() and not self._warned_close:
            self._warned_close = True
            self.problems.setText(
                self.tr(
                    "The notice on the form is not recorded yet. Record it, or close again "
                    "to discard it."
                )
            )
            return
        super().reject()

    def _day(self) -> date:
        return self._today or date.today()

    def collect(self) -> DenialNoticeInput:
        qd = self.denied_on.date()
        return DenialNoticeInput(
            notifying_state=self.notifying_state.code(),
            denied_on=date(qd.year(), qd.month(), qd.day()),
            party_name=self.party_name.text(),
            party_country=self.party_country.code(),
            reference=self.reference.text(),
            items=self.items.text(),
            grounds=self.grounds.toPlainText(),
        )

    def _mark(self, problems: dict[str, str]) -> None:
        for key, widget in self._fields.items():
            bad = key in problems
            widget.setProperty("fieldError", "true" if bad else "false")
            widget.setToolTip(problems.get(key, ""))
            widget.setStyleSheet("border: 2px solid #c62828;" if bad else "")

    def record(self) -> None:
        """Record the notice through the service; on refusal say what to fix, keep the form."""
        try:
            notice = consistency.record_denial_notice(
                self.db, self.collect(), self.actor, today=self._day()
            )
        except ValidationFailed as exc:
            problems = {e.field: field_text(e) for e in exc.errors}
            self._mark(problems)
            lines = [self.tr("The notice was not recorded. Please correct:")]
            lines += [f"• {self._field_title(e.field)}: {field_text(e)}" for e in exc.errors]
            self.problems.setText("\n".join(lines))
            self.status.setText("")
            first = self._fields.get(exc.errors[0].field) if exc.errors else None
            if first is not None:
                first.setFocus()
            return
        except ServiceError as exc:
            self.problems.setText(
                self.tr("The notice was not recorded: %1").replace("%1", error_text(exc))
            )
            return
        self._mark({})
        self.problems.setText("")
        self.status.setText(
            self.tr("Recorded: %1 (%2), denied by %3 on %4.")
            .replace("%1", notice.party_name)
            .replace("%2", country_name(notice.party_country, self.language))
            .replace("%3", country_name(notice.notifying_state, self.language))
            .replace("%4", notice.denied_on.isoformat())
        )
        for edit in (self.reference, self.party_name, self.items):
            edit.clear()
        self.grounds.clear()
        self.refresh()
        self.recorded.emit(notice)
        self.party_name.setFocus()

    def _field_title(self, key: str) -> str:
        titles = {
            "notifying_state": self.tr("Notifying State"),
            "denied_on": self.tr("Denied on"),
            "party_name": self.tr("Denied party"),
            "party_country": self.tr("Party's country"),
        }
        return titles.get(key, key)

    def notices(self) -> list[DenialNoticeView]:
        return consistency.list_denial_notices(self.db)

    def refresh(self) -> None:
        rows = self.notices()
        self.table.setRowCount(len(rows))
        for r, n in enumerate(rows):
            values = (
                n.denied_on.isoformat(),
                # Our own denials are recorded automatically; the authority's country may be unset.
                country_name(n.notifying_state, self.language)
                if n.notifying_state
                else self.tr("This authority"),
                n.reference,
                n.party_name,
                country_name(n.party_country, self.language),
                "; ".join(x for x in (n.items, n.grounds) if x),
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()


def open_denial_notices(
    db: Database,
    language: str,
    parent: QWidget | None = None,
    *,
    actor: Actor = LOCAL_OFFICER,
) -> DenialNoticesDialog:
    """Build, show and return the dialog (non-modal; it deletes itself when closed)."""
    dialog = DenialNoticesDialog(db, language, parent, actor=actor)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


__all__ = ["DenialNoticesDialog", "open_denial_notices"]
