"""``att-desktop --self-test``: prove an installation (a frozen build above all) is complete.

Each step uses what a frozen build must carry: the Alembic migration scripts (a temporary
database is created by running them), the reference data (the sample case is screened
against the embargo data and evaluated), the PDF fonts and Arabic shaping (a PDF is written
in English and Chinese for an authority with an Arabic name), the translations (a Chinese
string is looked up) and Qt's platform plugins (the main window is built, offscreen unless a
display is asked for). Nothing outside a temporary folder is read or written. Exit status 0
when every step passed, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from att_desktop import APP_NAME, __version__

SAMPLE_CASE = "samples/self-test-case.json"


@dataclass
class _Run:
    out: TextIO
    work: Path
    failures: int = 0

    def step(self, name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:
            self.failures += 1
            self.out.write(f"FAIL {name}: {type(exc).__name__}: {exc}\n")
            traceback.print_exc(file=self.out)
            return
        elapsed = time.perf_counter() - started
        self.out.write(f"ok   {name} ({elapsed:.2f} s): {detail}\n")
        self.out.flush()


def run_self_test(
    out: TextIO, *, gui: bool = True, database: str | None = None, keep: Path | None = None
) -> int:
    """Run every step, writing one line per step to ``out``; return the exit status.

    ``database`` (a URL) runs the database steps on that database instead of a temporary
    SQLite file; it must be empty. ``keep`` is a folder to copy the PDFs and the window's
    picture into, to look at them.
    """
    frozen = bool(getattr(sys, "frozen", False))
    out.write(
        f"{APP_NAME} {__version__} self-test ({'frozen build' if frozen else 'from source'}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()})\n"
    )
    with tempfile.TemporaryDirectory(prefix="att-desktop-self-test-") as folder:
        run = _Run(out, Path(folder))
        state: dict[str, Any] = {}

        target = database or str(run.work / "self-test.sqlite3")
        run.step("resources", _check_resources)
        run.step("migration", lambda: _migrate(state, target))
        if "db" in state:
            run.step("evaluate", lambda: _evaluate(state))
            if "case_file" in state:
                run.step("import", lambda: _import_sample(state))
            run.step("history chain", lambda: _chain(state))
            if "case" in state:
                run.step("PDF", lambda: _pdfs(state, run.work))
            if gui:
                run.step("window", lambda: _gui_step(state["db"], run.work))
            state["db"].close()
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for made in sorted(run.work.glob("*.p[dn][fg]")):
                shutil.copy2(made, keep / made.name)
            out.write(f"The PDFs and the window's picture were copied to {keep}.\n")
        status = "passed" if run.failures == 0 else f"FAILED ({run.failures} step(s))"
        out.write(f"Self-test {status}.\n")
        return 0 if run.failures == 0 else 1


def _check_resources() -> str:
    """The reference data, translations, icons, fonts and sample case the build must ship."""
    from att_desktop.config import resources_dir

    base = resources_dir()
    needed = [
        "reference/att_categories.json",
        "reference/embargoes",
        "translations/att_desktop_zh_CN.qm",
        "locale/att_desktop.pot",
        "locale/zh_CN/LC_MESSAGES/att_desktop.po",
        "icons/app.svg",
        "fonts/ATTNotoSansSC-Regular.ttf",
        "fonts/ATTNotoSansArabic-Regular.ttf",
        SAMPLE_CASE,
    ]
    missing = [n for n in needed if not (base / n).exists()]
    if missing:
        raise FileNotFoundError(f"missing from {base}: {', '.join(missing)}")
    # The gettext catalogue and Babel's CLDR data load in this build (the PDFs' words).
    from datetime import date

    from att_desktop.i18n import format_date, translate

    words = translate("{label}: {value}", "zh_CN", context="punctuation", label="a", value="b")
    when = format_date(date(2026, 1, 15), "zh_CN")
    if words != "a：b" or when != "2026年1月15日":
        raise RuntimeError(f"the PDF catalogue does not load: {words!r}, {when!r}")
    return f"{base}"


def _migrate(state: dict[str, Any], target: str) -> str:
    """Create the database at the newest schema (kept in ``state`` for the next steps)."""
    from att_desktop.db.engine import current_revision, head_revision, open_database

    db = open_database(target)
    state["db"] = db
    revision = current_revision(db.engine)
    if revision != head_revision():
        raise RuntimeError(f"schema is at {revision}, expected {head_revision()}")
    return f"{db.engine.dialect.name} database created at schema {revision}"


def _evaluate(state: dict[str, Any]) -> str:
    """The sample case file through the Article 6 screen and the assessment rules."""
    from att_desktop.config import resources_dir
    from att_desktop.services.case_screen import evaluate_screened_case_file

    data = json.loads((resources_dir() / SAMPLE_CASE).read_text(encoding="utf-8"))
    state["case_file"] = data
    verdict = evaluate_screened_case_file(data)
    if verdict["recommendation"] != "authorise_possible":
        raise RuntimeError(f"unexpected recommendation {verdict['recommendation']}")
    return f"sample case evaluated: {verdict['recommendation']}"


def _import_sample(state: dict[str, Any]) -> str:
    """The sample case into the database, as a new case."""
    from att_desktop.services.case_files import import_case

    detail = import_case(state["db"], state["case_file"], new_reference=True)
    state["case"] = detail
    return f"sample case imported as {detail.reference} ({detail.status.value})"


def _chain(state: dict[str, Any]) -> str:
    """The event history's hash chain is intact."""
    from att_desktop.services.audit import verify_events

    with state["db"].session() as session:
        report = verify_events(session)
    if not report.ok:
        raise RuntimeError(f"event history broken: {report.problems[0]}")
    return f"event history intact ({report.events_checked} events)"


def _pdfs(state: dict[str, Any], work: Path) -> str:
    """The imported case's assessment record as a PDF, in English and in Chinese; the
    authority's Arabic name takes the shaping and bidi libraries (a compiled one) along."""
    from att_desktop.formats import pdf_assessment
    from att_desktop.services import documents
    from att_desktop.services.assessment import current_assessment
    from att_desktop.services.decisions import get_decision

    db = state["db"]
    case = state["case"]
    assessment = current_assessment(db, case.id)
    if assessment is None:
        raise RuntimeError("the imported case has no assessment")
    decision = get_decision(db, case.id)
    data = documents.assessment_record_data(
        case, assessment, authority="Self-test authority · هيئة الاختبار", decision=decision
    )
    written = []
    for language in ("en", "zh_CN"):
        path = work / f"assessment-{language}.pdf"
        pages = pdf_assessment.write_assessment_record(data, path, language=language)
        if not path.read_bytes().startswith(b"%PDF-") or pages < 1:
            raise RuntimeError(f"{path.name} is not a PDF")
        written.append(f"{path.name} {pages} page(s) {path.stat().st_size // 1024} KiB")
    return "; ".join(written)


class _RecordingPrompter:
    """Answers every prompt with 'cancel' and keeps the messages: a self-test never blocks."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def inform(self, parent: object, title: str, text: str) -> None:
        self.messages.append(f"{title}: {text}")

    def error(self, parent: object, title: str, text: str) -> None:
        self.messages.append(f"error: {title}: {text}")

    def ask_text(self, parent: object, title: str, label: str, text: str = "") -> str | None:
        return None

    def open_file(self, parent: object, title: str, directory: str, filters: str) -> str | None:
        return None

    def save_file(self, parent: object, title: str, path: str, filters: str) -> str | None:
        return None

    def offer_open(self, parent: object, title: str, text: str) -> bool:
        self.messages.append(f"{title}: {text}")
        return False

    def open_path(self, path: str) -> bool:
        return False


def _gui_step(db: Any, work: Path) -> str:
    """Build and draw the main window in Chinese: Qt's plugins and the .qm files are used."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def quiet(kind: QtMsgType, context: object, message: str) -> None:
        # The offscreen plugin's "does not support ..." notices are not problems.
        if not message.startswith("This plugin does not support"):
            sys.stderr.write(f"Qt: {message}\n")

    previous = qInstallMessageHandler(quiet)
    try:
        return _draw_window(db, work)
    finally:
        qInstallMessageHandler(previous)


def _draw_window(db: Any, work: Path) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    from att_desktop.config import AppPaths, UserSettings
    from att_desktop.ui.fonts import UI_FAMILY, install_fonts
    from att_desktop.ui.i18n import install_translators, remove_translators
    from att_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    if QFontInfo(install_fonts(qapp)).family() != UI_FAMILY:
        raise RuntimeError("the shipped fonts were not loaded")
    translators = install_translators(qapp, "zh_CN")
    try:
        translated = QCoreApplication.translate("Application", "Cannot open the database")
        if translated == "Cannot open the database":
            raise RuntimeError("the Chinese translation was not loaded")
        paths = AppPaths(data_dir=work, config_dir=work)
        prompter = _RecordingPrompter()
        window = MainWindow(db, paths, UserSettings(language="zh_CN"), prompter)
        try:
            window.show()
            qapp.processEvents()
            image = window.grab()
            if image.isNull():
                raise RuntimeError("the window could not be drawn")
            size = f"{image.width()}x{image.height()}"
            image.save(str(work / "window.png"))
            errors = [m for m in prompter.messages if m.startswith("error:")]
            if errors:
                raise RuntimeError(errors[0])
        finally:
            window.close()
            window.deleteLater()
            qapp.processEvents()
    finally:
        remove_translators(qapp, translators)
    return (
        f"main window drawn {size} on the '{qapp.platformName()}' platform in {UI_FAMILY},"
        " Chinese loaded"
    )


def main(argv: Sequence[str] = ()) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="att-desktop --self-test", description="Check that this installation works."
    )
    parser.add_argument("--no-gui", action="store_true", help="skip the window step")
    parser.add_argument(
        "--db", metavar="URL", help="an empty database to test on (default: a temporary file)"
    )
    parser.add_argument(
        "--keep", metavar="FOLDER", type=Path, help="copy the PDFs and the window's picture here"
    )
    args = parser.parse_args(list(argv))
    return run_self_test(sys.stdout, gui=not args.no_gui, database=args.db, keep=args.keep)
