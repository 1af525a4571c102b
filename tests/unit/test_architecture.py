"""The house's walls: the import-linter contracts hold, no import cycle, no private reach-ins.

The contracts themselves live in ``pyproject.toml`` ([tool.importlinter]); ``make lint`` runs
``lint-imports`` too, but running it here means a plain ``pytest`` catches a wrong arrow.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "att_desktop"


def _lint_imports() -> Path:
    found = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    return Path(found)


def test_the_import_contracts_hold() -> None:
    command = _lint_imports()
    if not command.exists():  # pragma: no cover - import-linter is a dev dependency
        pytest.fail("lint-imports is not installed: pip install -e '.[dev]'")
    result = subprocess.run(
        [str(command), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    modules = sorted(m for m in graph.modules if m.startswith("att_desktop"))
    edges = {
        m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n in set(modules))
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            for j in range(i, len(edges[node])):
                nxt = edges[node][j]
                if nxt not in index:
                    work.append((node, j + 1))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_no_import_cycles() -> None:
    """A cycle, even one hidden in a function-level import, means two modules are one."""
    graph = grimp.build_graph("att_desktop", cache_dir=None)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("att_desktop.a", "att_desktop.b", "att_desktop.c"):
        graph.add_module(name)
    graph.add_import(importer="att_desktop.a", imported="att_desktop.b")
    graph.add_import(importer="att_desktop.b", imported="att_desktop.a")
    graph.add_import(importer="att_desktop.c", imported="att_desktop.a")
    assert _cycles(graph) == [["att_desktop.a", "att_desktop.b"]]


def _private_imports(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            if not node.module.startswith("att_desktop"):
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    where = path.relative_to(root.parent)
                    found.append(f"{where}:{node.lineno}: {node.module}.{alias.name}")
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    """What another module needs is public, with a name and a docstring that say so."""
    assert _private_imports(PACKAGE) == []


def test_the_private_import_check_sees_one(tmp_path: Path) -> None:
    package = tmp_path / "att_desktop"
    package.mkdir()
    (package / "m.py").write_text("from att_desktop.services.cases import _load\n")
    assert _private_imports(package) == ["att_desktop/m.py:1: att_desktop.services.cases._load"]
