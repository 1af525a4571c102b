"""Help > About: what this program is, which version, and where its data lives.

The data location matters when an officer reports a problem or looks for the backups, so it
is shown in full and can be selected and copied; so is the log file, the first thing to read
when something "failed yesterday".
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from att_desktop import APP_NAME, __version__
from att_desktop.config import log_file_in
from att_desktop.logging_setup import active_log_file
from att_desktop.ui.icons import app_icon

LICENSE = "MIT"


class AboutDialog(QDialog):
    def __init__(
        self,
        data_location: str,
        parent: QWidget | None = None,
        *,
        data_folder: str = "",
        settings_file: str = "",
        log_file: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setObjectName("aboutDialog")

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(
            f"<h2 style='margin-bottom:2px'>{html.escape(APP_NAME)}</h2>"
            + html.escape(self.tr("Version %1").replace("%1", __version__)),
            self,
        )
        title.setObjectName("aboutTitle")
        purpose = QLabel(
            self.tr(
                "Arms Trade Treaty licensing for national authorities: the case register, "
                "applications, assessments, decisions and the annual report."
            ),
            self,
        )
        purpose.setWordWrap(True)

        places = (
            (self.tr("Database"), data_location),
            (self.tr("Data folder"), data_folder),
            (self.tr("Settings file"), settings_file),
            (self.tr("Log file"), log_file or _log_file(data_folder)),
        )
        rows = (
            *((k, v) for k, v in places if v),
            (
                self.tr("Qt"),
                self.tr("Qt %1, PySide6 %2")
                .replace("%1", qVersion())
                .replace("%2", PySide6.__version__),
            ),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Licence"), LICENSE),
        )
        table = "".join(
            f"<tr><td style='padding-right:12px; color:gray'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        self._title = title
        self.details = QLabel(f"<table>{table}</table>", self)
        self.details.setObjectName("aboutDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(title)
        text.addWidget(purpose)
        text.addWidget(self.details)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def text(self) -> str:
        """The dialog's facts, as rich text (tests read it)."""
        return self._title.text() + self.details.text()


def _log_file(data_folder: str) -> str:
    """The log being written, else the one the data folder's programs write."""
    active = active_log_file()
    if active is not None:
        return str(active)
    return str(log_file_in(Path(data_folder))) if data_folder else ""
