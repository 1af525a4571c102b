"""Small modules and short functions: a reader finds a behaviour by its name and sees it whole.

A function over 100 lines hides its steps (split it into named helpers); a module over 1,000
lines holds more than one thing (split it by what the parts hold). Migrations are left out:
each is a frozen record of one schema change.
"""

from __future__ import annotations

import ast
from pathlib import Path

import att_desktop

PACKAGE = Path(att_desktop.__file__).parent
MAX_FUNCTION_LINES = 100
MAX_MODULE_LINES = 1000


def _modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts]


def long_functions(source: str, name: str) -> list[str]:
    """``name:line function (n lines)`` for every function in ``source`` over the limit."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{name}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_the_check_finds_a_long_function_nested_or_async() -> None:
    statements = [f"x{i} = {i}" for i in range(MAX_FUNCTION_LINES)]
    plain = "def f():\n" + "".join(f"    {s}\n" for s in statements)
    nested = "class C:\n    def m(self):\n        async def f():\n" + "".join(
        f"            {s}\n" for s in statements
    )
    assert long_functions("def short():\n    return 1\n", "s.py") == []
    assert long_functions(plain, "f.py") == ["f.py:1 f (101 lines)"]
    assert sorted(long_functions(nested, "n.py")) == [
        "n.py:2 m (102 lines)",
        "n.py:3 f (101 lines)",
    ]


def test_no_function_is_over_100_lines() -> None:
    found = []
    for path in _modules():
        name = str(path.relative_to(PACKAGE))
        found += long_functions(path.read_text(encoding="utf-8"), name)
    assert found == []


def test_no_module_is_over_1000_lines() -> None:
    found = []
    for path in _modules():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            found.append(f"{path.relative_to(PACKAGE)} ({lines} lines)")
    assert found == []
    assert len(_modules()) > 50  # the walk found the package
