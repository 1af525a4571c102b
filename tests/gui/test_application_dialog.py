"""The New/Edit application dialog, driven by real key presses and clicks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import NotReportableReason, PartyRole, TransferType
from att_desktop.domain.validation import FieldError
from att_desktop.services import cases, register
from att_desktop.services.dto import CaseDetail, RegisterFilter
from att_desktop.services.errors import ValidationFailed
from att_desktop.ui import application_dialog as dialog_module
from att_desktop.ui.application_dialog import ApplicationDialog
from att_desktop.ui.widgets.country_combo import CountryCombo, line_edit
from att_desktop.ui.widgets.items_editor import ItemCard


class Answers:
    """A scripted answer to "discard your changes?" that records each time it was asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, parent: QWidget) -> bool:
        self.asked += 1
        return self.answer


@pytest.fixture
def open_dialog(qtbot: QtBot, db: Database) -> Callable[..., ApplicationDialog]:
    def build(
        original: CaseDetail | None = None, answer: bool = False, language: str = "en"
    ) -> ApplicationDialog:
        dialog = ApplicationDialog(db, language, original, confirm_discard=Answers(answer))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts and focus need an active window
        return dialog

    return build


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def replace_text(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def commit_text(widget: QWidget, text: str) -> None:
    """Type text the way an input method commits it (QTest cannot press Chinese keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose_country(qtbot: QtBot, combo: CountryCombo, typed: str) -> None:
    """Type part of a name, then pick the first suggestion from the completer's popup."""
    edit = line_edit(combo)
    edit.setFocus()
    if typed.isascii():
        qtbot.keyClicks(edit, typed)
    else:
        commit_text(edit, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def choose_in_combo(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Select an entry of a plain combo with the keyboard, as a person would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        before = combo.currentIndex()
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() != before, "stuck on a heading"


def fill_item(
    qtbot: QtBot,
    card: ItemCard,
    *,
    description: str,
    quantity: str,
    value: str = "",
    currency: str = "",
    category: str | None = None,
    reason: NotReportableReason | None = None,
) -> None:
    type_into(qtbot, card.description, description)
    type_into(qtbot, line_edit(card.rating), "ML1")
    if category is not None:
        choose_in_combo(qtbot, card.category, f"cat:{category}")
    if reason is not None:
        choose_in_combo(qtbot, card.category, f"nr:{reason.value}")
    type_into(qtbot, card.quantity, quantity)
    if value:
        type_into(qtbot, card.value, value)
    if currency:
        edit = line_edit(card.currency)
        replace_text(qtbot, edit, currency)


def fill_general(qtbot: QtBot, dialog: ApplicationDialog) -> None:
    type_into(qtbot, line_edit(dialog.organisation), "Nordwerk Defence GmbH")
    choose_country(qtbot, dialog.applicant_country, "German")
    type_into(qtbot, dialog.registration, "HRB 4711")
    choose_country(qtbot, dialog.destination, "Brazi")
    type_into(qtbot, dialog.end_use, "Equipment of the Brazilian Army")


def add_end_user(qtbot: QtBot, dialog: ApplicationDialog) -> None:
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.parties.add_button, Qt.MouseButton.LeftButton)
    role, _kind, name, country, _address = dialog.parties.row_widgets(0)
    assert isinstance(role, QComboBox) and role.currentData() == PartyRole.END_USER.value
    assert isinstance(name, QLineEdit) and isinstance(country, CountryCombo)
    type_into(qtbot, name, "Brazilian Army Logistics Command")
    choose_country(qtbot, country, "Brazi")


def test_new_export_is_saved_with_a_reference(
    qtbot: QtBot, db: Database, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    fill_general(qtbot, dialog)
    add_end_user(qtbot, dialog)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    fill_item(
        qtbot,
        dialog.items.card(0),
        description="Assault rifle 5.56 mm",
        quantity="250",
        value="375000",
        currency="EUR",
        category="VIII.SA.4",
    )
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    fill_item(
        qtbot,
        dialog.items.card(1),
        description="Cartridges 5.56 x 45 mm",
        quantity="100000",
        value="42000.50",
        reason=NotReportableReason.AMMUNITION,
    )
    assert dialog.items.card(1).currency.currentText() == "EUR"  # taken from the item above

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = dialog.saved_case
    assert saved is not None
    assert saved.reference == f"EXP/{date.today().year}/00001"
    case = cases.get_case(db, saved.id)
    assert case.transfer_type is TransferType.EXPORT
    assert (case.applicant.name, case.applicant.country_code) == ("Nordwerk Defence GmbH", "DE")
    assert case.applicant.registration_number == "HRB 4711"
    assert case.destination_code == "BR"
    assert case.intended_end_use == "Equipment of the Brazilian Army"
    assert [(p.role, p.country_code) for p in case.parties] == [(PartyRole.END_USER, "BR")]
    first, second = case.items
    assert (first.att_category, first.quantity, first.value) == (
        "VIII.SA.4",
        Decimal(250),
        Decimal(375000),
    )
    assert first.control_rating == "ML1"
    assert (second.att_category, second.not_reportable_reason) == (
        None,
        NotReportableReason.AMMUNITION,
    )
    assert (second.currency, second.value) == ("EUR", Decimal("42000.50"))


def test_invalid_input_is_refused_field_by_field_and_kept(
    qtbot: QtBot, db: Database, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    fill_general(qtbot, dialog)  # but no end user
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    card = dialog.items.card(0)
    fill_item(qtbot, card, description="Pistol 9 mm", quantity="-5", value="abc", currency="USD")

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible() and dialog.saved_case is None
    assert "must not be negative" in dialog.error_for("items[0].quantity")
    assert "'abc' is not a value" in dialog.error_for("items[0].value")
    assert "ATT category" in dialog.error_for("items[0].att_category")
    assert "end user" in dialog.error_for("parties")
    assert dialog.error_for("items[0].description") == ""
    assert dialog.error_for("destination_code") == ""
    # The message sits under the field, not only in a tooltip.
    assert not card.slots["quantity"].message.isHidden()
    assert "must not be negative" in card.slots["quantity"].message.text()
    paths = [path for path, _text in dialog.summary.problems()]
    assert set(paths) == {
        "parties",
        "items[0].quantity",
        "items[0].value",
        "items[0].att_category",
    }
    # Nothing typed was lost, and nothing was written.
    assert (card.quantity.text(), card.value.text()) == ("-5", "abc")
    assert card.description.text() == "Pistol 9 mm"
    assert dialog.destination.code() == "BR"
    assert register.query_ids(db, RegisterFilter()) == []

    # Correcting the fields clears their messages on the next save.
    replace_text(qtbot, card.quantity, "5")
    replace_text(qtbot, card.value, "1200")
    choose_in_combo(qtbot, card.category, "cat:VIII.SA.1")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error_for("items[0].quantity") == ""
    assert dialog.error_for("items[0].value") == ""
    assert [path for path, _text in dialog.summary.problems()] == ["parties"]


def test_clicking_a_problem_goes_to_its_field(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    problems = dialog.summary.problems()
    assert ("applicant.name", "Applicant's name: enter the applicant's name") in problems
    row = [path for path, _ in problems].index("items")
    item = dialog.summary.list.item(row)
    rect = dialog.summary.list.visualItemRect(item)
    qtbot.mouseClick(dialog.summary.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.tabs.currentIndex() == 2
    assert dialog.items.scroll_area.hasFocus()


def test_a_country_must_be_chosen_from_the_list(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, line_edit(dialog.destination), "Atlantis")
    qtbot.keyClick(line_edit(dialog.destination), Qt.Key.Key_Tab)
    assert dialog.destination.code() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "'Atlantis' is not in the list" in dialog.error_for("destination_code")
    assert dialog.destination.currentText() == "Atlantis"
    # A full name typed and left is recognised and shown under its proper name.
    replace_text(qtbot, line_edit(dialog.destination), "france")
    qtbot.keyClick(line_edit(dialog.destination), Qt.Key.Key_Return)
    assert (dialog.destination.code(), dialog.destination.currentText()) == ("FR", "France")


def test_chinese_country_names_and_search(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog(language="zh_CN")
    choose_country(qtbot, dialog.destination, "法国")
    assert dialog.destination.code() == "FR"
    assert dialog.destination.currentText() == "法国"
    choose_country(qtbot, dialog.exporting, "Germa")  # English names are found too
    assert (dialog.exporting.code(), dialog.exporting.currentText()) == ("DE", "德国")


def test_future_dates_cannot_be_entered(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    edit = dialog.received_on
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, str(date.today().year + 3))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() <= QDate.currentDate()
    assert edit.maximumDate() == QDate.currentDate()
    assert edit.calendarPopup() and edit.displayFormat() == "yyyy-MM-dd"


def test_service_refusals_are_shown_on_the_field(
    qtbot: QtBot,
    open_dialog: Callable[..., ApplicationDialog],
    make_case: Callable[..., CaseDetail],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = make_case()
    dialog = open_dialog(original)

    def refuse(*args: object, **kwargs: object) -> CaseDetail:
        raise ValidationFailed(
            [FieldError("received_on", "the date received cannot be in the future")]
        )

    monkeypatch.setattr(dialog_module, "update_application", refuse)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_for("received_on") == "the date received cannot be in the future"
    assert dialog.received_on.hasFocus()
    assert dialog.isVisible()


def test_edit_with_a_reason_is_recorded_in_history(
    qtbot: QtBot,
    db: Database,
    open_dialog: Callable[..., ApplicationDialog],
    make_case: Callable[..., CaseDetail],
) -> None:
    original = make_case()
    dialog = open_dialog(original)
    assert dialog.windowTitle() == f"Edit application {original.reference}"
    assert dialog.organisation.currentText() == "Nordwerk Defence GmbH"
    assert dialog.destination.code() == "BR"
    assert dialog.items.card(0).quantity.text() == "100"
    assert dialog.items.count() == 1 and dialog.parties.count() == 1
    assert not dialog.has_unsaved_changes()

    type_into(qtbot, dialog.end_use, "Border police")
    type_into(qtbot, dialog.reason, "Applicant corrected the end use")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    case = cases.get_case(db, original.id)
    assert case.intended_end_use == "Border police"
    last = case.history[-1]
    assert last.action == "updated"
    assert last.reason == "Applicant corrected the end use"
    assert "intended_end_use" in last.summary


def test_concurrent_edit_shows_the_conflict_and_keeps_input(
    qtbot: QtBot,
    db: Database,
    open_dialog: Callable[..., ApplicationDialog],
    make_case: Callable[..., CaseDetail],
) -> None:
    original = make_case()
    dialog = open_dialog(original)
    # Someone else saves the case while the dialog is open.
    cases.update_application(db, original, replace(original.to_input(), euc_number="X-1"))

    type_into(qtbot, dialog.end_use, "Navy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved_case is None
    assert dialog.banner.isVisible()
    assert "someone else changed this case" in dialog.banner.text()
    assert "certificate number" in dialog.banner.text()
    assert dialog.end_use.toPlainText() == "Navy"
    assert cases.get_case(db, original.id).intended_end_use == ""


def test_cancel_asks_before_discarding_changes(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    untouched = open_dialog(answer=False)
    with qtbot.waitSignal(untouched.rejected):
        qtbot.mouseClick(untouched.cancel_button, Qt.MouseButton.LeftButton)
    assert isinstance(untouched.confirm_discard, Answers)
    assert untouched.confirm_discard.asked == 0

    dialog = open_dialog(answer=False)
    type_into(qtbot, line_edit(dialog.organisation), "Half-typed name")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert isinstance(dialog.confirm_discard, Answers)
    assert dialog.confirm_discard.asked == 3
    assert dialog.isVisible()
    assert dialog.organisation.currentText() == "Half-typed name"

    dialog.confirm_discard.answer = True
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_parties_can_be_reordered_and_removed(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.parties
    for name in ("Army", "Freight forwarder"):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.row_widgets(editor.count() - 1)[2], name)
    assert [p[0] for p in editor.raw_state()] == ["end_user", "consignee"]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [(p[0], p[2]) for p in editor.raw_state()] == [
        ("consignee", "Freight forwarder"),
        ("end_user", "Army"),
    ]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [p[2] for p in editor.raw_state()] == ["Army"]


def test_transit_states_are_added_from_the_list(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(1)
    combo = dialog.transit.combo
    type_into(qtbot, line_edit(combo), "Portugal")
    qtbot.mouseClick(dialog.transit.add_button, Qt.MouseButton.LeftButton)
    assert dialog.transit.codes() == ("PT",)
    assert combo.currentText() == ""
    choose_country(qtbot, combo, "Netherl")  # Enter on a suggestion chooses and adds it
    qtbot.waitUntil(lambda: dialog.transit.codes() == ("PT", "NL"))
    assert combo.currentText() == ""
    type_into(qtbot, line_edit(combo), "Portugal")
    qtbot.mouseClick(dialog.transit.add_button, Qt.MouseButton.LeftButton)
    assert dialog.transit.codes() == ("PT", "NL")
    assert "already in the list" in dialog.transit.message.text()
    dialog.transit.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.transit.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.transit.codes() == ("NL",)


def test_removing_a_refused_item_clears_the_stale_messages(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(2)
    for _ in range(2):
        qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.items.card(1).quantity, "lots")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "'lots' is not a quantity" in dialog.error_for("items[1].quantity")

    qtbot.mouseClick(dialog.items.card(1).remove_button, Qt.MouseButton.LeftButton)
    assert dialog.items.count() == 1
    assert not dialog.summary.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_for("items[1].quantity") == ""
    assert "enter the quantity" in dialog.error_for("items[0].quantity")


def test_a_comment_for_the_annual_report_is_typed_and_saved(
    qtbot: QtBot,
    db: Database,
    open_dialog: Callable[..., ApplicationDialog],
    make_case: Callable[..., CaseDetail],
) -> None:
    original = make_case()
    assert [i.report_comment for i in original.items] == [""]
    dialog = open_dialog(original)
    dialog.tabs.setCurrentIndex(2)
    card = dialog.items.card(0)
    assert card.report_comment.isVisibleTo(dialog) and card.report_comment.isEnabled()
    type_into(qtbot, card.report_comment, "  temporary export for demonstration, to be returned ")
    assert dialog.has_unsaved_changes()
    type_into(qtbot, dialog.reason, "Applicant's letter of 3 March")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    case = cases.get_case(db, original.id)
    assert [i.report_comment for i in case.items] == [
        "temporary export for demonstration, to be returned"
    ]
    last = case.history[-1]
    assert last.action == "updated" and last.after is not None
    assert last.after["items"][0]["report_comment"] == case.items[0].report_comment
    reopened = open_dialog(case)
    reopened.tabs.setCurrentIndex(2)
    assert reopened.items.card(0).report_comment.text() == case.items[0].report_comment
    assert not reopened.has_unsaved_changes()
