"""How the case register behaves at 50,000 applications (about 150,000 line items).

The register comes from ``generate_register.py`` (the one synthetic-register generator);
``scale_benchmark.py`` measures issue 10's goals, this script the register's details.

Run by hand: ``make benchmark`` (or ``python benchmarks/register_benchmark.py --cases 50000``).
Prints build, open and filter times and peak memory; the latest figures are kept in
benchmarks/README.md. Not part of the test suite: timings belong here, not in unit tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from generate_register import generate

from att_desktop.db.engine import Database, open_database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import register
from att_desktop.services.dto import RegisterFilter

T = TypeVar("T")


def timed(label: str, fn: Callable[[], T], results: list[tuple[str, float]]) -> T:
    start = time.perf_counter()
    value = fn()
    elapsed = time.perf_counter() - start
    results.append((label, elapsed))
    print(f"  {label:<52} {elapsed * 1000:9.1f} ms", flush=True)
    return value


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--db", type=Path, help="reuse or create the register at this path")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite3"
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {platform.platform()}"
        )
        if not path.exists():
            built = timed(f"build {args.cases} cases", lambda: generate(path, args.cases), results)
            for line in built.lines():
                print(f"  {line}")

        db = timed("open the database", lambda: open_database(path), results)
        ids = timed(
            "register: ids of all cases, newest first",
            lambda: register.query_ids(db, RegisterFilter()),
            results,
        )
        print(f"  ({len(ids)} cases)")
        timed(
            "register: first page of 200 display rows",
            lambda: register.fetch_rows(db, ids[:200]),
            results,
        )
        timed(
            "filter facets (years, destinations, exporters)", lambda: register.facets(db), results
        )
        for label, flt in [
            ("filter: year 2020", RegisterFilter(year=2020)),
            ("filter: destination FR", RegisterFilter(destination_code="FR")),
            ("filter: category VIII (every SALW row)", RegisterFilter(category="VIII")),
            (
                "filter: status authorised + year 2024",
                RegisterFilter(status=CaseStatus.AUTHORISED, year=2024),
            ),
            ("search as you type: 'unit 42'", RegisterFilter(text="unit 42")),
            ("search as you type: 'EXP/2019/0001'", RegisterFilter(text="EXP/2019/0001")),
        ]:
            found = timed(label, lambda flt=flt: register.query_ids(db, flt), results)
            print(f"    -> {len(found)} cases")

        _qt_model(db, results)
        _main_window(db, ids, Path(tmp), results)
        db.close()
    print(f"peak memory (max RSS): {peak_rss_mib():.0f} MiB")
    return 0


def _qt_model(db: Database, results: list[tuple[str, float]]) -> None:
    """Time the real lazy table model the main window uses, if the UI is importable."""
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from att_desktop.ui.register_model import RegisterModel
    except ImportError as exc:  # pragma: no cover - benchmark only
        print(f"  (Qt model skipped: {exc})")
        return
    app = QApplication.instance() or QApplication([])
    model = timed(
        "Qt register model: load all ids", lambda: _make_model(RegisterModel, db), results
    )

    def paint_first_screen() -> None:
        for row in range(min(40, model.rowCount())):
            for col in range(model.columnCount()):
                model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)

    timed("Qt register model: first screen of 40 rows", paint_first_screen, results)

    def jump_to_end() -> None:
        last = model.rowCount() - 1
        for row in range(max(0, last - 40), last + 1):
            model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)

    timed("Qt register model: scroll to the last screen", jump_to_end, results)
    del app


def _main_window(db: Database, ids: list[int], tmp: Path, results: list[tuple[str, float]]) -> None:
    """The real main window on the big register: what an officer waits for after a click."""
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from att_desktop.config import AppPaths, UserSettings
        from att_desktop.ui.main_window import MainWindow
    except ImportError as exc:  # pragma: no cover - benchmark only
        print(f"  (main window skipped: {exc})")
        return
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    paths = AppPaths(data_dir=tmp / "data", config_dir=tmp / "data")

    def open_window() -> MainWindow:
        window = MainWindow(db, paths, UserSettings(language="en"))
        window.show()
        window.grab()  # paints the visible rows, fetching their page
        app.processEvents()
        return window

    window = timed("main window: build, fill and paint the register", open_window, results)

    def select(row: int) -> None:
        window.table.selectRow(row)  # the case view follows the selection
        app.processEvents()

    timed("main window: select a case (case view follows)", lambda: select(0), results)
    timed("main window: select the oldest case", lambda: select(len(ids) - 1), results)

    def search(text: str) -> None:
        window.filters.search.setText(text)
        window.apply_filter(window.filters.current_filter())  # what the debounce timer runs
        window.grab()
        app.processEvents()

    timed("main window: search 'unit 42' and repaint", lambda: search("unit 42"), results)
    timed("main window: clear the search and repaint", lambda: search(""), results)

    def scroll_to_end() -> None:
        window.table.scrollToBottom()
        window.grab()
        app.processEvents()

    timed("main window: scroll to the end and repaint", scroll_to_end, results)
    rows = window.model.rowCount()
    print(f"    -> {rows} cases listed; {window.model.pages_fetched} page(s) of 200 rows fetched")
    window.close()
    window.deleteLater()
    app.processEvents()
    _ = Qt


def _make_model(cls: Any, db: Database) -> Any:
    model = cls(lambda ids: register.fetch_rows(db, ids))
    model.set_ids(register.query_ids(db, RegisterFilter()))
    return model


if __name__ == "__main__":
    raise SystemExit(main())
