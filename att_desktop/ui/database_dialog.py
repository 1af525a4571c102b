"""Choosing the database: a file on this computer, or a PostgreSQL server shared by an authority.

The dialog only builds and checks the target (a path or a ``postgresql+psycopg://`` URL);
the window opens it (``MainWindow.open_database_at``). A password typed here is used for this
session only: it is not written to the settings (libpq reads a saved one from the user's
password file, ``~/.pgpass`` or ``%APPDATA%\\postgresql\\pgpass.conf``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from att_desktop.db.engine import (
    DatabaseError,
    display_url,
    is_postgres_url,
    postgres_url,
    probe_database,
    to_url,
)
from att_desktop.i18n import Message
from att_desktop.ui.messages import error_text, notice_text
from att_desktop.ui.ops import BarProgress, run_op, running
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter

#: Answers "which file?" (the window passes its prompter's open_file); None = cancelled.
ChooseFile = Callable[[QWidget, str], str | None]
#: Checks a target and returns what opening it would do; raises DatabaseError.
Probe = Callable[[str], Message | str]

SSL_MODES = ("prefer", "require", "verify-full", "disable")


class DatabaseDialog(QDialog):
    """A SQLite file or a PostgreSQL server; ``target()`` is what to pass to open_database."""

    def __init__(
        self,
        current: str = "",
        *,
        choose_file: ChooseFile | None = None,
        probe: Probe = probe_database,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the database"))
        self._choose_file = choose_file
        self._probe = probe
        self._prompter: Prompter = prompter or MessageBoxPrompter()

        self.file_choice = QRadioButton(self.tr("A database &file on this computer"))
        self.server_choice = QRadioButton(self.tr("A shared &PostgreSQL server"))
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)

        self._build_file_box(choose_file is not None)

        self._build_server_box()

        self.test_button = QPushButton(self.tr("&Test connection"))
        #: Busy while the connection is tried (on a worker thread: a server may be slow).
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(120)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addWidget(self.file_box)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.progress)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)

        self.file_choice.toggled.connect(self._update)
        self.browse.clicked.connect(self._browse)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.path, self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self._clear_result)
        self._fill(current)
        self._update()

    def _build_file_box(self, can_browse: bool) -> None:
        """A database file: its path, and Browse when a file chooser is given."""
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("e.g. att-desktop.sqlite3"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setEnabled(can_browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.file_box = QGroupBox()
        file_form = QFormLayout(self.file_box)
        path_label = QLabel(self.tr("F&ile:"))
        path_label.setBuddy(self.path)
        file_form.addRow(path_label, file_row)

    def _build_server_box(self) -> None:
        """A PostgreSQL server: where, which database, who, and how encrypted."""
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText("att")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to use your password file"))
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.server_box = QGroupBox()
        server_form = QFormLayout(self.server_box)
        for text, widget in (
            (self.tr("&Host:"), self.host),
            (self.tr("Po&rt:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User:"), self.user),
            (self.tr("Pass&word:"), self.password),
            (self.tr("&Encryption (SSL):"), self.sslmode),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            server_form.addRow(label, widget)
        note = QLabel(
            self.tr(
                "The password is used for this session only and is never saved. The database "
                "must exist and be empty the first time; ATT Desktop sets it up."
            )
        )
        note.setWordWrap(True)
        server_form.addRow(note)

    # --- reading and writing the fields ------------------------------------------------------

    def _fill(self, current: str) -> None:
        if current and is_postgres_url(to_url(current)):
            try:
                url = make_url(to_url(current))
            except ArgumentError:
                url = None
            if url is not None:
                self.server_choice.setChecked(True)
                self.host.setText(url.host or "")
                self.port.setValue(url.port or 5432)
                self.database.setText(url.database or "")
                self.user.setText(url.username or "")
                mode = str(url.query.get("sslmode", "prefer"))
                self.sslmode.setCurrentIndex(max(0, self.sslmode.findText(mode)))
                return
        self.file_choice.setChecked(True)
        self.path.setText(current)

    def target(self) -> str:
        """The path, or the URL with the password (if one was typed), to open."""
        if self.file_choice.isChecked():
            return self.path.text().strip()
        return postgres_url(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            sslmode=self.sslmode.currentText(),
        )

    def problem(self) -> str | None:
        """What is missing before a connection can be tried, or None."""
        if self.file_choice.isChecked():
            if not self.path.text().strip():
                return self.tr("Enter or choose the database file.")
            return None
        if not self.host.text().strip():
            return self.tr("Enter the server's name or address.")
        if not self.database.text().strip():
            return self.tr("Enter the name of the database on the server.")
        return None

    # --- actions -----------------------------------------------------------------------------

    def _update(self) -> None:
        file_mode = self.file_choice.isChecked()
        self.file_box.setEnabled(file_mode)
        self.server_box.setEnabled(not file_mode)
        self._clear_result()

    def _clear_result(self) -> None:
        self.answer.clear()

    def _browse(self) -> None:
        if self._choose_file is None:
            return
        chosen = self._choose_file(self, self.path.text().strip() or str(Path.home()))
        if chosen:
            self.path.setText(chosen)

    def _say(self, text: str, *, error: bool) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet("color: #b3261e;" if error else "color: #1e6b34;")

    def testing(self) -> bool:
        """A connection is being tried."""
        return bool(running(self, "probe"))

    def test_connection(self) -> bool:
        """Try the target on a worker thread and show the answer when it comes.

        False if something is missing (said at once) or a test is already under way. The
        fields and buttons wait meanwhile, so the answer is about what they show.
        """
        missing = self.problem()
        if missing is not None:
            self._say(missing, error=True)
            return False
        target, probe = self.target(), self._probe
        self.answer.setStyleSheet("")
        op = run_op(
            self,
            lambda _progress: probe(target),
            lambda answer: self._say(notice_text(answer), error=False),
            title=self.windowTitle(),
            prompter=self._prompter,
            label=self.tr("Trying %1…").replace("%1", self.shown_target()),
            key="probe",
            triggers=[
                self.test_button,
                self.buttons.button(QDialogButtonBox.StandardButton.Open),
                self.file_choice,
                self.server_choice,
                self.file_box,
                self.server_box,
            ],
            view=BarProgress(self.progress, self.answer),
            expected=(DatabaseError,),
            on_failure=lambda exc: self._say(error_text(exc), error=True),
        )
        return op is not None

    def _accept(self) -> None:
        missing = self.problem()
        if missing is not None:
            self._say(missing, error=True)
            return
        self.accept()

    def shown_target(self) -> str:
        """The target as it may be shown or remembered: never with the password."""
        target = self.target()
        return display_url(target) if self.server_choice.isChecked() else target
