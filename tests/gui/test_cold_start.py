"""Cold start: opening an up-to-date database and showing the window load no heavy library.

Alembic (with every dialect's support), reportlab and openpyxl cost a large part of a cold
start and are needed only to migrate, or to write a PDF or a spreadsheet. Each check runs in
a fresh interpreter, because this test process has long since imported all of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from att_desktop.db.engine import open_database

HEAVY = ("alembic", "reportlab", "openpyxl")

#: What ``python -m att_desktop`` does up to the window (app.main without the event loop):
#: import the app, open the database, build and show the main window with its lock screen.
START = """
import json, sys
from att_desktop import app
from att_desktop.config import AppPaths
from att_desktop.db.engine import open_database
from PySide6.QtWidgets import QApplication

class Quiet:
    def inform(self, *a): pass
    def error(self, *a): raise SystemExit("error dialog: " + repr(a))
    def ask_text(self, *a, **k): return None
    def open_file(self, *a, **k): return None

qapp = QApplication([])
application = app.Application(qapp, AppPaths.default(), Quiet())
db = application.open(sys.argv[1])
assert db is not None and not db.created
window = application.show(db)
window.refresh()
qapp.processEvents()
EXTRA
loaded = [m for m in sys.argv[2:] if m in sys.modules]
# What the app does at quit (aboutToQuit): a worker still loading (My work, the register)
# must end before the interpreter does, or Qt aborts the process.
from att_desktop.ui import ops
assert ops.wait_for_all()
print(json.dumps(loaded))
"""


def _loaded_at_start(db_path: Path, data_dir: Path, extra: str = "") -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ATT_DESKTOP_DATA_DIR": str(data_dir),
    }
    done = subprocess.run(
        [sys.executable, "-c", START.replace("EXTRA", extra), str(db_path), *HEAVY],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


@pytest.fixture
def current_database(tmp_path: Path) -> Path:
    path = tmp_path / "att.sqlite3"
    open_database(path).close()  # created at the newest schema (this process migrates)
    return path


def test_starting_on_a_current_database_imports_no_alembic_reportlab_or_openpyxl(
    current_database: Path, tmp_path: Path
) -> None:
    assert _loaded_at_start(current_database, tmp_path / "data") == []


def test_the_check_sees_a_heavy_module_when_one_is_imported(
    current_database: Path, tmp_path: Path
) -> None:
    """The check above can fail: the same start, then a PDF writer, shows reportlab."""
    extra = "import att_desktop.formats.pdf_annual_report"
    assert _loaded_at_start(current_database, tmp_path / "data", extra) == ["reportlab"]
