"""The licence's proposed conditions as a checklist grouped by where they came from.

The decider sees at a glance which conditions the committee asked for (and which agency),
which mitigation measures the findings relied on, which the assessment requires and which
are the authority's standard provisos; they untick, edit or add, and only the required
ones stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.services.conditions import ConditionOrigin, ProposedCondition
from att_desktop.ui.assessment.labels import criterion_label

#: The decider's own additions, after the proposed groups.
ADDED = "added"
_ORIGIN_ROLE = Qt.ItemDataRole.UserRole
_REQUIRED_ROLE = Qt.ItemDataRole.UserRole + 1
#: The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.
_PROPOSED_ROLE = Qt.ItemDataRole.UserRole + 2


class EnterStaysHere(QLineEdit):
    """A line edit whose Enter finishes the line, never the dialog around it: in the Decide
    dialog, Enter after typing a condition must not record the decision."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class _ConditionDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's width (a tree view alone sizes
    rows for one line and cuts the rest); edits a condition in an ``EnterStaysHere``."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # Room for the check box and the indentation before the text.
        width = self.tree.columnWidth(index.column()) - self.tree.indentation() - 34
        if not text or width <= 0:
            return hint
        metrics = QFontMetrics(option.font)
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() != 0:  # the source is the record's, not the decider's to edit
            return None  # type: ignore[return-value]
        editor = EnterStaysHere(parent)
        editor.setFrame(False)
        return editor


class ConditionsEditor(QWidget):
    """A checklist of conditions in groups; ``chosen()`` is what the licence will carry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionsEditor")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("licenceConditions")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Condition"), self.tr("Source")])
        # Conditions are read in full, wrapped; never cut short with an ellipsis.
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 190)
        # Row heights follow the wrapped text: lay the rows out again when a column resizes.
        header.sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.tree.setMinimumHeight(self.tree.fontMetrics().lineSpacing() * 18)
        self.tree.setItemDelegate(_ConditionDelegate(self.tree))
        self.tree.itemChanged.connect(self._item_changed)
        self.new_condition = EnterStaysHere(self)
        self.new_condition.setObjectName("newCondition")
        self.new_condition.setPlaceholderText(self.tr("Another condition of your own"))
        self.new_condition.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add condition"), self)
        self.add_button.setObjectName("addCondition")
        self.add_button.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.new_condition, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self._groups: dict[str, QTreeWidgetItem] = {}

    # ----------------------------------------------------------------------- filling

    def _group_title(self, key: str) -> str:
        return {
            ConditionOrigin.COMMITTEE.value: self.tr("Asked for by the committee"),
            ConditionOrigin.MITIGATION.value: self.tr(
                "Mitigation measures the assessment's findings relied on"
            ),
            ConditionOrigin.REQUIRED.value: self.tr(
                "Required by the assessment (cannot be removed)"
            ),
            ConditionOrigin.STANDARD.value: self.tr("The authority's standard provisos"),
            ADDED: self.tr("Added by the decider"),
        }[key]

    def _group(self, key: str) -> QTreeWidgetItem:
        """The group's header row, made when its first condition arrives, in origin order."""
        group = self._groups.get(key)
        if group is not None:
            return group
        group = QTreeWidgetItem([self._group_title(key), ""])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setData(0, _ORIGIN_ROLE, key)
        font = QFont(self.tree.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(False)
        order = [o.value for o in ConditionOrigin] + [ADDED]
        position = sum(1 for k in self._groups if order.index(k) < order.index(key))
        self.tree.insertTopLevelItem(position, group)
        group.setExpanded(True)
        self._groups[key] = group
        return group

    def set_proposed(self, proposed: Sequence[ProposedCondition]) -> None:
        """Start again from the service's proposal: everything ticked."""
        self.tree.clear()
        self._groups = {}
        self.tree.blockSignals(True)
        for condition in proposed:
            item = self._add(condition.origin.value, condition.text, self._source(condition))
            item.setData(0, _PROPOSED_ROLE, condition.text)
        self.tree.blockSignals(False)

    def merge_proposed(self, proposed: Sequence[ProposedCondition]) -> None:
        """A newer proposal (a measure added since): new conditions arrive ticked, ones no
        longer proposed leave unless the decider edited them; ticks and edits are kept."""
        wanted = {_key(c.text) for c in proposed}
        self.tree.blockSignals(True)
        for item in self.items():
            original = item.data(0, _PROPOSED_ROLE)
            untouched = isinstance(original, str) and original == item.text(0)
            if untouched and _key(str(original)) not in wanted:
                self._remove(item)
        shown = {_key(str(i.data(0, _PROPOSED_ROLE) or "")) for i in self.items()}
        shown |= {_key(i.text(0)) for i in self.items()}
        for condition in proposed:
            if _key(condition.text) not in shown:
                item = self._add(condition.origin.value, condition.text, self._source(condition))
                item.setData(0, _PROPOSED_ROLE, condition.text)
        self.tree.blockSignals(False)

    def _remove(self, item: QTreeWidgetItem) -> None:
        group = item.parent()
        if group is None:
            return
        group.removeChild(item)
        if group.childCount() == 0:
            key = str(group.data(0, _ORIGIN_ROLE))
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
            self._groups.pop(key, None)

    def _source(self, condition: ProposedCondition) -> str:
        if condition.origin is ConditionOrigin.COMMITTEE:
            return condition.source
        if condition.origin is ConditionOrigin.MITIGATION:
            criteria = "; ".join(criterion_label(c) for c in condition.criteria)
            return self.tr("Relied on for %1").replace("%1", criteria)
        return ""

    def _add(self, key: str, text: str, source: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self._group(key), [text, source])
        required = key == ConditionOrigin.REQUIRED.value
        item.setData(0, _ORIGIN_ROLE, key)
        item.setData(0, _REQUIRED_ROLE, required)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not required:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setToolTip(0, text)
        item.setToolTip(1, source)
        return item

    def add_condition(self, text: str) -> QTreeWidgetItem | None:
        """The decider's own condition, ticked, in its own group."""
        text = " ".join(text.split())
        if not text:
            return None
        item = self._add(ADDED, text, "")
        self.tree.scrollToItem(item)
        return item

    def add_typed(self) -> None:
        if self.add_condition(self.new_condition.text()) is not None:
            self.new_condition.clear()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            item.setToolTip(0, item.text(0))

    # ----------------------------------------------------------------------- reading

    def items(self) -> list[QTreeWidgetItem]:
        """Every condition row, group by group (not the group headers)."""
        rows: list[QTreeWidgetItem] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            children = (group.child(c) for c in range(group.childCount())) if group else ()
            rows += [child for child in children if child is not None]
        return rows

    def item_with(self, text: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.text(0) == text), None)

    def chosen(self) -> tuple[str, ...]:
        """The ticked conditions as (perhaps) edited, in the order shown, each once."""
        texts = (
            " ".join(i.text(0).split())
            for i in self.items()
            if i.checkState(0) is Qt.CheckState.Checked
        )
        return tuple(dict.fromkeys(t for t in texts if t))

    def toPlainText(self) -> str:
        """The chosen conditions, one per line (named like the text box it replaced)."""
        return "\n".join(self.chosen())


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
