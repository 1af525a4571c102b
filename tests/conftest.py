"""Shared fixtures: every test gets its own data directory and database; none touches real data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from att_desktop.config import DATA_DIR_ENV, AppPaths
from att_desktop.db.engine import Database, open_database


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs-based defaults at a temporary folder for every test."""
    data_dir = tmp_path / "userdata"
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return data_dir


@pytest.fixture
def app_paths(isolated_data_dir: Path) -> AppPaths:
    return AppPaths.default()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/gui is a GUI test: `pytest -m "not gui"` is the fast loop."""
    for item in items:
        if f"{os.sep}gui{os.sep}" in str(item.path):
            item.add_marker(pytest.mark.gui)
