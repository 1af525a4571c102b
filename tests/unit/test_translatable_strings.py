"""Every string the UI translates must be one that pyside6-lupdate can extract.

lupdate's Python parser drops a ``QCoreApplication.translate(context, text, "", n)`` call
whose count is an expression (``len(rows)``) and files the others as singular, so "%n
row(s)" never gets its English plural forms. Plurals therefore go through ``self.tr``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import att_desktop
from att_desktop.config import SUPPORTED_LANGUAGES, resources_dir
from att_desktop.ui import i18n_build
from att_desktop.ui.i18n_build import LANGUAGES

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


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(resources_dir() / "translations" / f"att_desktop_{language}.ts")
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    ]


def _finished(msg: ET.Element) -> bool:
    node = msg.find("translation")
    if node is None or node.get("type") is not None:
        return False
    forms = node.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [node.text or ""]
    return all(t.strip() for t in texts)


#: Every catalogue but English (whose messages are the source, kept for plural forms).
TRANSLATED = tuple(language for language in LANGUAGES if language != "en")


def test_every_offered_language_has_a_catalogue() -> None:
    assert set(SUPPORTED_LANGUAGES) <= set(LANGUAGES)
    for language in LANGUAGES:
        assert (resources_dir() / "translations" / f"att_desktop_{language}.qm").is_file()


@pytest.mark.parametrize("language", [code for code in SUPPORTED_LANGUAGES if code != "en"])
def test_every_message_of_an_offered_language_is_translated(language: str) -> None:
    """A new string left unfinished shows in English in that language's window (run
    ``make translations`` after adding strings, then translate what it marks). A language
    is offered in Settings (``config.SUPPORTED_LANGUAGES``) only once it is complete."""
    messages = _messages(language)
    assert len(messages) > 1000
    unfinished = [(context, source) for context, source, msg in messages if not _finished(msg)]
    assert unfinished == []


def test_every_catalogue_holds_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """No message the code no longer uses (a translator's wasted work, a stale screen) and
    none missing: what ``pyside6-lupdate`` extracts today is what each catalogue holds."""
    fresh = tmp_path / "fresh.ts"
    files = [str(p.relative_to(i18n_build.ROOT)) for p in i18n_build.sources()]
    subprocess.run(
        [i18n_build._tool("pyside6-lupdate"), *files, "-locations", "none", "-ts", str(fresh)],
        cwd=i18n_build.ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(fresh)
    extracted = {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    }
    assert len(extracted) > 1000
    for language in LANGUAGES:
        held = {(context, source) for context, source, _msg in _messages(language)}
        assert held - extracted == set(), f"{language}: unused messages"
        assert extracted - held == set(), f"{language}: run make translations"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    """A lost %1 or {name} prints a blank; a lost accelerator takes the keyboard shortcut
    away. Chinese keeps the English letter, "(&S)"; the other languages mark a letter of
    their own word, which Alt reaches on that language's keyboard."""
    wrong = []
    for context, source, msg in _messages(language):
        if not _finished(msg):
            continue
        translation = "".join(msg.find("translation").itertext())  # type: ignore[union-attr]
        wanted = re.findall(r"%n|%\d|\{\w+\}", source)
        missing = [w for w in wanted if w not in translation]
        accelerator = re.search(r"&(\w)", source)
        if accelerator and language == "zh_CN":
            letter = f"&{accelerator.group(1).upper()}"
            if letter not in translation.upper():
                missing.append(letter)
        elif accelerator and not re.search(r"&(?!&)\w", translation.replace("&&", "")):
            missing.append("&")
        if missing:
            wrong.append((context, source, missing))
    assert wrong == []


#: Functions that translate a variable text whose every value is marked for lupdate elsewhere
#: (QT_TRANSLATE_NOOP tables or a generated file), with the module they live in.
_MARKED_ELSEWHERE = {
    ("assessment/guidance.py", "guidance_text"),
    ("menus.py", "_translate"),
    ("assessment/completion.py", "missing_label"),
    ("committee/consultation.py", "criterion_short"),
    ("committee/consultation.py", "risk_label"),
}


def test_translated_texts_are_literals_lupdate_can_see() -> None:
    """``def _tr(text): return QCoreApplication.translate("Ctx", text)`` hides every string
    passed to it from lupdate: 76 of them showed in English in every language (issue 15)."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        where = str(path.relative_to(UI))
        for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(func, ast.FunctionDef) or (where, func.name) in _MARKED_ELSEWHERE:
                continue
            for node in ast.walk(func):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                position = {"translate": 1, "tr": 0}.get(node.func.attr)
                if position is None or len(node.args) <= position:
                    continue
                text = node.args[position]
                if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    offenders.append(f"{where}:{node.lineno} {func.name}")
    assert offenders == []
