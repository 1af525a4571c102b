"""Blocking questions and messages behind a small interface that tests can replace.

A ``QMessageBox.exec()`` inside a slot would hang an offscreen test; windows therefore ask a
``Prompter`` instead, and tests hand them a scripted one that records what was shown.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompter(Protocol):
    """What a window may ask the person at the keyboard, and wait for."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        """The text entered, or None if the person cancelled."""
        ...

    def open_file(
        self, parent: QWidget | None, title: str, directory: str, filters: str
    ) -> str | None:
        """A chosen existing file's path, or None if the person cancelled."""
        ...

    def save_file(self, parent: QWidget | None, title: str, path: str, filters: str) -> str | None:
        """Where to save a file, starting at ``path`` (folder and suggested name); None if
        the person cancelled."""
        ...

    def offer_open(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Say ``text`` (a file was saved) and offer to open it: True if they chose Open."""
        ...

    def open_path(self, path: str) -> bool:
        """Open a file in the system's viewer for it; False if no viewer took it."""
        ...


class MessageBoxPrompter:
    """The real thing: Qt's standard modal dialogs."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def open_file(
        self, parent: QWidget | None, title: str, directory: str, filters: str
    ) -> str | None:
        path, _selected = QFileDialog.getOpenFileName(parent, title, directory, filters)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, path: str, filters: str) -> str | None:
        chosen, _selected = QFileDialog.getSaveFileName(parent, title, path, filters)
        return chosen or None

    def offer_open(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        open_button = box.addButton(
            QCoreApplication.translate("Prompter", "&Open"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is open_button

    def open_path(self, path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
