"""Every string the UI translates must be one that pyside6-lupdate can extract.

lupdate's Python parser drops a ``QCoreApplication.translate(context, text, "", n)`` call
whose count is an expression (``len(rows)``) and files the others as singular, so "%n
row(s)" never gets its English plural forms. Plurals therefore go through ``self.tr``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import att_desktop

UI = Path(att_desktop.__file__).parent / "ui"


def test_plurals_go_through_self_tr() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 4
            ):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []


def test_no_alias_hides_translate_from_lupdate() -> None:
    """``tr = QCoreApplication.translate`` makes lupdate file the context as the text."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
            ):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []


def test_strings_marked_for_later_translation_name_their_context_literally() -> None:
    """lupdate skips ``QT_TRANSLATE_NOOP(CONTEXT, "text")`` unless both are string literals,
    and the string would then drop out of the catalogues at the next ``make translations``."""
    offenders = []
    marked = 0
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                marked += 1
                literal = len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
                if not literal:
                    offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert marked > 0  # the menu declaration (ui/menus.py) marks its texts this way
    assert offenders == []
