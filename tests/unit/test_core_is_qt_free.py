"""The core (domain, db, services, formats) and the CLI import no Qt (the napari rule).

Each module is imported in a fresh interpreter in which PySide6 and shiboken6 cannot be
imported at all, so the test fails on the first module that reaches for Qt, however
indirectly. The CLI may import Qt only inside its ``gui`` command.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE_PACKAGES = (
    "att_desktop.i18n",
    "att_desktop.domain",
    "att_desktop.db",
    "att_desktop.services",
    "att_desktop.formats",
)
EXTRA_MODULES = (
    "att_desktop",
    "att_desktop.config",
    "att_desktop.cli",
    "att_desktop.cli_context",
    "att_desktop.cli_admin",
    "att_desktop.cli_assessment",
    "att_desktop.cli_report",
    "att_desktop.cli_settings",
)

SCRIPT = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys

    BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
    # Alembic runs env.py itself, with a migration context; it is not importable alone.
    SKIP = {"att_desktop.db.migrations.env"}

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname.split(".")[0] in BLOCKED:
                raise ImportError(f"Qt is blocked in the core: {fullname}")
            return None

    sys.meta_path.insert(0, BlockQt())

    packages, extras = sys.argv[1].split(","), sys.argv[2].split(",")
    names = list(extras)
    for package_name in packages:
        package = importlib.import_module(package_name)
        names.append(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            if info.name not in SKIP:
                names.append(info.name)
    failures = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    for line in failures:
        print(line)
    print("imported", len(names), "modules; Qt modules loaded:", leaked)
    sys.exit(1 if failures or leaked else 0)
    """
)


def run(packages: tuple[str, ...], extras: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(packages), ",".join(extras)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_core_and_cli_import_without_qt() -> None:
    result = run(CORE_PACKAGES, EXTRA_MODULES)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt modules loaded: []" in result.stdout


def test_the_guard_catches_a_module_that_imports_qt() -> None:
    """The blocker really blocks: the UI package, which needs Qt, must fail under it."""
    result = run(("att_desktop.ui",), ("att_desktop",))
    assert result.returncode == 1
    assert "Qt is blocked in the core" in result.stdout
