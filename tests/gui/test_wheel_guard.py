"""The mouse wheel scrolls the page; it never changes a field the person has not focused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from att_desktop.app import EXIT_DATABASE, main
from att_desktop.ui.wheel_guard import WheelGuard, install_wheel_guard

from .conftest import ScriptedPrompter

pytestmark = pytest.mark.gui


@pytest.fixture
def guard(qapp: QApplication) -> Iterator[WheelGuard]:
    guard = install_wheel_guard(qapp)
    yield guard
    qapp.removeEventFilter(guard)
    guard.setParent(None)


def _page(qtbot: QtBot) -> tuple[QScrollArea, list[QWidget]]:
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combo = QComboBox()
    combo.addItems(["Not assessed", "Low", "Substantial", "Overriding before mitigation"])
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    date_edit = QDateEdit()
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(50)
    fields: list[QWidget] = [combo, spin, date_edit, slider]
    for field in fields:
        layout.addWidget(field)
        layout.addSpacing(400)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.resize(300, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, fields


def _wheel(widget: QWidget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _values(fields: list[QWidget]) -> list[object]:
    combo, spin, date_edit, slider = fields
    assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
    assert isinstance(date_edit, QDateEdit) and isinstance(slider, QSlider)
    return [combo.currentIndex(), spin.value(), date_edit.date(), slider.value()]


def _remove_guards(qapp: QApplication) -> None:
    for old in qapp.findChildren(WheelGuard):
        qapp.removeEventFilter(old)
        old.setParent(None)


def test_without_the_guard_the_wheel_changes_a_combo_box(qtbot: QtBot, qapp: QApplication) -> None:
    """The danger the guard exists for (so the tests below can fail)."""
    _remove_guards(qapp)  # app.main, run by other tests, installs it on the application
    _area, fields = _page(qtbot)
    combo = fields[0]
    assert isinstance(combo, QComboBox)
    _wheel(combo)
    assert combo.currentIndex() == 1


def test_the_wheel_over_unfocused_fields_scrolls_the_page_and_changes_nothing(
    qtbot: QtBot, guard: WheelGuard
) -> None:
    area, fields = _page(qtbot)
    area.setFocus()
    before = _values(fields)
    assert not any(f.hasFocus() for f in fields)
    for field in fields:
        _wheel(field)
        if isinstance(field, QSpinBox):
            _wheel(field.lineEdit())  # the spin box's own text field
    assert _values(fields) == before
    assert area.verticalScrollBar().value() > 0


def test_a_focused_field_still_takes_the_wheel(qtbot: QtBot, guard: WheelGuard) -> None:
    _area, fields = _page(qtbot)
    combo, spin = fields[0], fields[1]
    assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() == 1
    spin.setFocus()
    qtbot.waitUntil(lambda: spin.hasFocus() or spin.isAncestorOf(QApplication.focusWidget()))
    _wheel(spin, steps=1)
    assert spin.value() == 51


def test_installing_twice_keeps_one_guard(qapp: QApplication, guard: WheelGuard) -> None:
    assert install_wheel_guard(qapp) is guard


def test_the_application_installs_the_guard(
    tmp_path: Path, prompter: ScriptedPrompter, qapp: QApplication
) -> None:
    _remove_guards(qapp)
    target = tmp_path / "budget.sqlite3"
    target.write_bytes(b"not a database at all")
    assert main(["--db", str(target)], prompter=prompter) == EXIT_DATABASE
    guard = qapp.findChild(WheelGuard)
    assert isinstance(guard, WheelGuard)
    qapp.removeEventFilter(guard)
    guard.setParent(None)
