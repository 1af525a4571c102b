"""Fuzz and property tests of every file reader (issue 13 §3): parse, or raise the format's error.

Each reader gets generated structures (any JSON shape, the valid sample with one subtree
replaced) and byte-level mutations of a valid sample (``tests/fuzz.py``). The property is the
same everywhere: the reader returns a result or raises its own error (``CaseFileError``,
``EmbargoDataError``, ``RegisterFileError``, ``SanctionsListError``, or ValueError from the
JSON step, which every caller reports as "not valid JSON"), never anything else. The customs
file is fuzzed against a database in ``tests/db/test_fuzz_customs.py``.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from att_desktop.config import resources_dir
from att_desktop.domain import bounded_json
from att_desktop.domain.casefile import CaseFileError, parse_assessment
from att_desktop.domain.embargoes import EmbargoDataError, parse_embargo_set
from att_desktop.formats.case_file import parse_case_file
from att_desktop.formats.register_sheet import (
    COLUMN_NAMES,
    parse_register,
    write_register_csv,
    write_register_xlsx,
)
from att_desktop.formats.sanctions_list import SanctionsListError, parse_consolidated_list
from att_desktop.formats.table_files import RegisterFileError, read_table
from tests.fuzz import fuzz_settings, json_values, mutated, mutated_zip_member

SAMPLES = resources_dir() / "samples"
EMBARGOES = resources_dir() / "reference" / "embargoes"
SANCTIONS = Path(__file__).parents[1] / "data" / "un_consolidated_sample.xml"
TODAY = date(2026, 6, 30)
#: Hypothesis notes that a drawn sample's repr is large: only a note, never a finding.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")


# --- structure-aware mutation ----------------------------------------------------------------


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*here, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*here, index))
    return found


@st.composite
def one_subtree_replaced(draw: st.DrawFn, sample: Any) -> Any:
    """The valid sample with one value (anywhere) replaced by a JSON value of any shape."""
    paths = _paths(sample)
    path = draw(st.sampled_from(paths))
    if not path:
        return draw(json_values)
    result = copy.deepcopy(sample)
    parent = result
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = draw(json_values)
    return result


def _json_text(data: bytes) -> Any:
    """The JSON step every command takes; None when it refuses (a ValueError, reported)."""
    try:
        return bounded_json.loads(data)
    except ValueError:  # JSONDecodeError, UnicodeDecodeError, JsonTooDeepError
        return None


# --- case files -------------------------------------------------------------------------------


def _case_samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.json"))


def _read_case(raw: Any) -> None:
    try:
        parse_case_file(raw, today=TODAY)
    except CaseFileError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)


def test_the_case_samples_are_valid() -> None:
    """Guard: a fuzz test mutating an invalid sample would only ever test the refusal."""
    for path in _case_samples():
        raw = json.loads(path.read_text(encoding="utf-8"))
        if "format" in raw:
            parse_case_file(raw, today=TODAY)
        else:
            parse_assessment(raw["assessment"])


@pytest.mark.parametrize("sample", _case_samples(), ids=lambda p: p.name)
@fuzz_settings
@given(data=st.data())
def test_case_file_bytes_mutated(sample: Path, data: st.DataObject) -> None:
    raw = _json_text(data.draw(mutated(sample.read_bytes())))
    if raw is not None:
        _read_case(raw)


@pytest.mark.parametrize("sample", _case_samples(), ids=lambda p: p.name)
@fuzz_settings
@given(data=st.data())
def test_case_file_structure_mutated(sample: Path, data: st.DataObject) -> None:
    raw = data.draw(one_subtree_replaced(json.loads(sample.read_text(encoding="utf-8"))))
    _read_case(raw)
    with contextlib.suppress(CaseFileError):
        parse_assessment(raw.get("assessment") if isinstance(raw, dict) else raw)


@fuzz_settings
@given(raw=json_values)
def test_case_file_of_any_shape(raw: Any) -> None:
    _read_case(raw)


@pytest.mark.parametrize("depth", [bounded_json.MAX_DEPTH, bounded_json.MAX_DEPTH + 1, 100_000])
def test_nesting_is_bounded_and_named(depth: int) -> None:
    text = '{"a": [{"b": ' + "[" * depth + "]" * depth + "}]}"
    if depth + 3 <= bounded_json.MAX_DEPTH:
        bounded_json.loads(text)
    with pytest.raises(bounded_json.JsonTooDeepError, match=r"nested too deeply at a\[0\]\.b"):
        bounded_json.loads(text)


# --- embargo sets ------------------------------------------------------------------------------


def _embargo_samples() -> list[Path]:
    return sorted(EMBARGOES.glob("*.json"))


def _read_embargoes(raw: Any) -> None:
    try:
        parse_embargo_set(raw, source_name="fuzz.json")
    except EmbargoDataError as exc:
        assert str(exc).startswith("fuzz.json")


@pytest.mark.parametrize("sample", _embargo_samples(), ids=lambda p: p.name)
@fuzz_settings
@given(data=st.data())
def test_embargo_set_bytes_mutated(sample: Path, data: st.DataObject) -> None:
    raw = _json_text(data.draw(mutated(sample.read_bytes())))
    if raw is not None:
        _read_embargoes(raw)


@pytest.mark.parametrize("sample", _embargo_samples(), ids=lambda p: p.name)
@fuzz_settings
@given(data=st.data())
def test_embargo_set_structure_mutated(sample: Path, data: st.DataObject) -> None:
    _read_embargoes(data.draw(one_subtree_replaced(json.loads(sample.read_text("utf-8")))))


@fuzz_settings
@given(raw=json_values)
def test_embargo_set_of_any_shape(raw: Any) -> None:
    _read_embargoes(raw)


# --- register spreadsheets -----------------------------------------------------------------


def _register_rows() -> list[dict[str, Any]]:
    base = {
        "reference": "EXP/2026/00001",
        "transfer_type": "export",
        "status": "submitted",
        "received_on": "2026-03-02",
        "applicant": "Nordic Arms AS",
        "applicant_country": "SE",
        "destination": "NO",
        "end_user": "Ministry of Defence",
        "end_user_country": "NO",
        "description": "Assault rifle, 5.56 mm",
        "quantity": "100",
        "att_category": "VIII.SA.4",
        "value": "125000",
        "currency": "EUR",
    }
    second = {**base, "description": "Magazines", "quantity": "400", "att_category": ""}
    second["not_reportable_reason"] = "parts_components"
    return [{h: base.get(h) for h in COLUMN_NAMES}, {h: second.get(h) for h in COLUMN_NAMES}]


@pytest.fixture(scope="module")
def register_samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("register")
    with (folder / "r.csv").open("w", encoding="utf-8", newline="") as handle:
        write_register_csv(handle, _register_rows())
    write_register_xlsx(folder / "r.xlsx", _register_rows())
    samples = {s: (folder / f"r.{s}").read_bytes() for s in ("csv", "xlsx")}
    for suffix in samples:  # guard: the samples themselves are valid
        parsed = parse_register(read_table(folder / f"r.{suffix}"), today=TODAY)
        assert not parsed.errors and len(parsed.cases) == 1, parsed.errors
    return samples


def _read_register(path: Path) -> None:
    try:
        table = read_table(path)
    except RegisterFileError as exc:
        assert path.name in str(exc)
        return
    parsed = parse_register(table, today=TODAY)
    assert all(str(e) for e in parsed.errors)


def _fuzz_file(tmp_path: Path, suffix: str, body: bytes, read: Callable[[Path], None]) -> None:
    path = tmp_path / f"fuzz.{suffix}"
    path.write_bytes(body)
    read(path)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@fuzz_settings
@given(data=st.data())
def test_register_bytes_mutated(
    suffix: str, data: st.DataObject, register_samples: dict[str, bytes], tmp_path: Path
) -> None:
    body = data.draw(mutated(register_samples[suffix]))
    _fuzz_file(tmp_path, suffix, body, _read_register)


@fuzz_settings
@given(data=st.data())
def test_register_workbook_xml_mutated(
    data: st.DataObject, register_samples: dict[str, bytes], tmp_path: Path
) -> None:
    body = data.draw(mutated_zip_member(register_samples["xlsx"]))
    _fuzz_file(tmp_path, "xlsx", body, _read_register)


@fuzz_settings
@given(
    cells=st.lists(
        st.lists(st.text(max_size=12), min_size=len(COLUMN_NAMES), max_size=len(COLUMN_NAMES)),
        max_size=4,
    )
)
def test_register_with_any_cells(cells: list[list[str]], tmp_path_factory: Any) -> None:
    import csv

    path = tmp_path_factory.mktemp("cells") / "cells.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMN_NAMES)
        writer.writerows(cells)
    _read_register(path)


# --- the UN consolidated sanctions list ----------------------------------------------------


def _read_sanctions(data: bytes) -> None:
    try:
        parse_consolidated_list(data, source_name="fuzz.xml")
    except SanctionsListError as exc:
        assert "fuzz.xml" in str(exc) or str(exc)


def test_the_sanctions_sample_is_valid() -> None:
    assert parse_consolidated_list(SANCTIONS.read_bytes()).entries


@fuzz_settings
@given(data=st.data())
def test_sanctions_list_bytes_mutated(data: st.DataObject) -> None:
    _read_sanctions(data.draw(mutated(SANCTIONS.read_bytes())))


@fuzz_settings
@given(body=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_sanctions_list_of_any_bytes(body: bytes) -> None:
    _read_sanctions(body)


@pytest.mark.parametrize("depth", [10_000])
def test_sanctions_list_nested_deeply(depth: int) -> None:
    body = b"<CONSOLIDATED_LIST>" + b"<a>" * depth + b"</a>" * depth + b"</CONSOLIDATED_LIST>"
    _read_sanctions(body)
