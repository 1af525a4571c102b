"""Nothing inside the UI imports the main window: it is built from its parts, not reached into.

The committee's integration once imported ``main_window`` for its type while the window
imported the integration (a cycle); parts now receive the application context and signal
the window instead. Only the application (``app.py``), the self-test and the tests build a
``MainWindow``; an import of it hidden under ``TYPE_CHECKING`` or inside a function counts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import att_desktop

PACKAGE = Path(att_desktop.__file__).parent
ALLOWED = {"app.py", "selftest.py", "ui/main_window.py"}
TARGET = "att_desktop.ui.main_window"


def _imports_main_window(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved well enough for "from . import main_window"
                base = f"att_desktop.ui.{base}" if base else "att_desktop.ui"
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        if any(name == TARGET or name.startswith(TARGET + ".") for name in names):
            lines.append(node.lineno)
    return lines


def test_only_the_application_imports_the_main_window() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ALLOWED:
            continue
        for line in _imports_main_window(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{relative}:{line}")
    assert offenders == []


def test_the_check_sees_each_spelling_of_the_import() -> None:
    spellings = [
        "from att_desktop.ui.main_window import MainWindow",
        "import att_desktop.ui.main_window",
        "from att_desktop.ui import main_window",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from att_desktop.ui.main_window"
        " import MainWindow",
        "def build():\n    from att_desktop.ui.main_window import MainWindow",
    ]
    for source in spellings:
        assert _imports_main_window(ast.parse(source)), source
    assert not _imports_main_window(ast.parse("from att_desktop.ui.menus import MENUS"))
