"""Update the translation sources and build the compiled catalogues.

    python -m att_desktop.ui.i18n_build      (``make translations``)

Runs ``pyside6-lupdate`` over ``att_desktop/ui`` to add new strings to
``resources/translations/att_desktop_<lang>.ts`` (existing translations are kept), then
``pyside6-lrelease`` to build the ``.qm`` files the app loads. Both are committed, so an
installation needs neither tool. English has a catalogue too: it carries the plural forms
("1 case" / "2 cases") that the source strings cannot.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from att_desktop.i18n import LANGUAGES as CATALOGUE_LANGUAGES

#: Every catalogue language (the gettext catalogue's six).
LANGUAGES = CATALOGUE_LANGUAGES
PACKAGE = Path(__file__).resolve().parent.parent
ROOT = PACKAGE.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    """The tool beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every UI module and app.py, in a stable order so the .ts files do not churn."""
    ui = (p for p in (PACKAGE / "ui").rglob("*.py") if p.name != "i18n_build.py")
    return sorted([PACKAGE / "app.py", *ui])


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"att_desktop_{language}.ts"


def update(languages: tuple[str, ...] = LANGUAGES) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in languages:
        ts = ts_file(language)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release(languages: tuple[str, ...] = LANGUAGES) -> None:
    for language in languages:
        ts = ts_file(language)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )


def main() -> int:
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
