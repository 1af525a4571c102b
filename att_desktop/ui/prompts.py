"""Blocking questions and messages behind a small interface that tests can replace.

A ``QMessageBox.exec()`` inside a slot would hang an offscreen test; windows therefore ask a
``Prompter`` instead, and tests hand them a scripted one that records what was shown.
"""

from __future__ import annotations

from typing import Protocol

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
