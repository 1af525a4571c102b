"""Help → User guide and F1: the offline guide, opened at the section for where you are.

The guide is HTML shipped in ``resources/guide/<language>/`` (one chapter per role), shown in
a ``QTextBrowser`` with a contents tree, Back/Forward and a find box; it needs no network and
no browser. F1 opens the section that ``help_sections.HELP_SECTIONS`` names for the widget the key
reached or the nearest of its parents, in the main window and in every window it opened (the
assessment wizard, dialogs): an application event filter sees the key wherever it lands, which
a main window's shortcut does not. The Help menu's action (shown with F1) opens the section
for the main window's focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop import APP_NAME
from att_desktop.ui.context import AppContext
from att_desktop.ui.help_sections import (
    CHAPTERS,
    chapter_file,
    chapter_of,
    chapter_sections,
    guide_language,
    help_section,
)
from att_desktop.ui.widgets.screen_fit import fitted_size

#: The section shown when nothing more specific is known.
START_SECTION = "introduction"
GUIDE_SIZE = QSize(1100, 760)


class GuideWindow(QWidget):
    """The user guide in one language: contents on the left, the chapter on the right."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("GuideWindow")
        self.language = guide_language(language)
        self.setWindowTitle(self.tr("User guide — %1").replace("%1", APP_NAME))

        self.contents = QTreeWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents"))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill_contents()
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._source_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        layout.addWidget(splitter, 1)
        self.resize(fitted_size(self, GUIDE_SIZE))

    def _build_bar(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("guideBack")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton(self.tr("&Forward >"), self)
        self.forward_button.setObjectName("guideForward")
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("guideFind")
        self.find_box.setPlaceholderText(self.tr("Find in this chapter (Enter: next)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_label = QLabel(self)
        self.find_label.setObjectName("guideFindResult")
        find_label = QLabel(self.tr("F&ind:"), self)
        find_label.setBuddy(self.find_box)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addStretch(1)
        bar.addWidget(find_label)
        bar.addWidget(self.find_box, 1)
        bar.addWidget(self.find_label)
        return bar

    def _fill_contents(self) -> None:
        for chapter in CHAPTERS:
            sections = chapter_sections(chapter, self.language)
            top: QTreeWidgetItem | None = None
            for section in sections:
                parent = self.contents if top is None else top
                item = QTreeWidgetItem(parent, [section.title])
                item.setData(0, Qt.ItemDataRole.UserRole, section.id)
                self._items[section.id] = item
                if top is None:
                    top = item

    # --- showing ----------------------------------------------------------------------------

    def show_section(self, section: str) -> None:
        """Show the chapter holding ``section``, scrolled to it (the start if unknown)."""
        chapter = chapter_of(section, self.language)
        if chapter is None:
            chapter, section = CHAPTERS[0], START_SECTION
        url = QUrl.fromLocalFile(str(chapter_file(chapter, self.language)))
        url.setFragment(section)
        if self.browser.source() == url:  # asked again: back to its start
            self.browser.scrollToAnchor(section)
        self.browser.setSource(url)

    def current_chapter(self) -> str:
        return self.browser.source().fileName().removesuffix(".html")

    def current_section(self) -> str:
        return self.browser.source().fragment()

    def text(self) -> str:
        """The chapter shown, as plain text (tests read it)."""
        return self.browser.toPlainText()

    def _item_chosen(self, item: QTreeWidgetItem) -> None:
        self.show_section(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def _source_changed(self, url: QUrl) -> None:
        self._select(url.fragment() or self.current_chapter())
        self.find_label.clear()

    def _select(self, section: str) -> None:
        item = self._items.get(section)
        if item is not None:
            self.contents.blockSignals(True)
            self.contents.setCurrentItem(item)
            self.contents.blockSignals(False)

    def find_next(self) -> bool:
        """Find the find box's text after the cursor, wrapping round once."""
        text = self.find_box.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            found = self.browser.find(text, QTextDocument.FindFlag(0))
        self.find_label.setText("" if found else self.tr("Not found"))
        return found


def section_for(widget: QWidget | None) -> str | None:
    """The help section of ``widget`` or its nearest registered parent."""
    names: list[str] = []
    while widget is not None:
        names += [type(widget).__name__, widget.objectName()]
        widget = widget.parentWidget()
    return help_section(names)


class GuideHelp(QObject):
    """The main window's help: Help → User guide (F1) and F1 in the windows it opened."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.guide: GuideWindow | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def show_context_help(self) -> GuideWindow:
        """The Help menu's action: the section for where the focus is in the main window."""
        focus = self.window.focusWidget()
        return self.show_section(section_for(focus or self.window) or START_SECTION)

    def show_section(self, section: str) -> GuideWindow:
        guide = self.guide
        if guide is None or guide.language != guide_language(self.ctx.language):
            if guide is not None:
                guide.close()
                guide.deleteLater()
            guide = self.guide = GuideWindow(self.ctx.language, self.window)
        guide.show_section(section)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def _belongs_here(self, widget: QWidget) -> bool:
        node: QWidget | None = widget
        while node is not None:
            if node is self.window:
                return True
            node = node.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F1 in any window of this main window opens the section of the widget it reached.

        Its shortcut override is accepted, so the menu action's F1 (which cannot tell where
        the key was pressed) stands aside and the key press itself arrives here.
        """
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
            and self._belongs_here(watched)
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                self.show_section(section_for(watched) or START_SECTION)
            return True
        return super().eventFilter(watched, event)
