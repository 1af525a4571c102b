"""Every string the UI translates must be one that pyside6-lupdate can extract.

lupdate's Python parser drops a ``QCoreApplication.translate(context, text, "", n)`` call
whose count is an expression (``len(rows)``) and files the others as singular, so "%n
row(s)" never gets its English plural forms. Plurals therefore go through ``self.tr``.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import att_desktop
from att_desktop.config import resources_dir

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


def _chinese_messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(resources_dir() / "translations" / "att_desktop_zh_CN.ts")
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_chinese_message_is_translated() -> None:
    """A new string left unfinished shows in English in the Chinese window (run
    ``make translations`` after adding strings, then translate what it marks)."""
    messages = _chinese_messages()
    assert len(messages) > 1000
    unfinished = [
        (context, source)
        for context, source, msg in messages
        if (msg.find("translation") is None)
        or msg.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not "".join(msg.find("translation").itertext()).strip()  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_chinese_translations_keep_placeholders_and_accelerators() -> None:
    """A lost %1 or {name} prints a blank; a lost (&X) takes the keyboard shortcut away."""
    wrong = []
    for context, source, msg in _chinese_messages():
        translation = "".join(msg.find("translation").itertext())  # type: ignore[union-attr]
        wanted = re.findall(r"%n|%\d|\{\w+\}", source)
        accelerator = re.search(r"&(\w)", source)
        if accelerator:
            wanted.append(f"&{accelerator.group(1).upper()}")
        missing = [
            w for w in wanted if w.upper() not in translation.upper() and w not in translation
        ]
        if missing:
            wrong.append((context, source, missing))
    assert wrong == []
