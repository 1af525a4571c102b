"""The register's lazy table model: pages fetched on demand, bounded cache, Qt's model rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from att_desktop.db.engine import Database, DatabaseLockedError
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services import register
from att_desktop.services.dto import RegisterFilter, RegisterRow
from att_desktop.ui.register_model import CASE_ID_ROLE, Column, RegisterModel

from .conftest import MakeCase


class FakeRegister:
    """Rows made up on request, counting the fetches (no database needed)."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def fetch(self, ids: Sequence[int]) -> list[RegisterRow]:
        self.calls.append(len(ids))
        return [
            RegisterRow(
                id=i,
                reference=f"EXP/2026/{i:05d}",
                transfer_type=TransferType.EXPORT,
                applicant_name=f"Exporter {i % 7}",
                destination_code="FR",
                end_user_name="Ministère des Armées",
                categories_summary="I, VIII.SA.2",
                total_value=Decimal("1234567.5") if i % 2 else None,
                value_currency="EUR" if i % 2 else "*",
                status=CaseStatus.SUBMITTED,
                received_on=date(2026, 1, 2),
                decided_on=None,
                updated_at=datetime(2026, 1, 2, tzinfo=UTC),
            )
            for i in ids
        ]


def test_qtmodeltester_on_fake_rows(qtmodeltester: ModelTester) -> None:
    source = FakeRegister()
    model = RegisterModel(source.fetch)
    model.set_ids(range(1, 451))
    qtmodeltester.check(model, force_py=True)
    model.set_ids([])
    qtmodeltester.check(model, force_py=True)


def test_qtmodeltester_on_database_rows(
    qtmodeltester: ModelTester, db: Database, make_case: MakeCase
) -> None:
    for n in range(5):
        make_case(received=date(2024 + n % 2, 1 + n, 10))
    model = RegisterModel(lambda ids: register.fetch_rows(db, ids))
    model.set_ids(register.query_ids(db, RegisterFilter()))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5


def test_rows_are_fetched_a_page_at_a_time_and_cache_is_bounded() -> None:
    source = FakeRegister()
    model = RegisterModel(source.fetch)
    model.set_ids(range(50_000))
    assert model.rowCount() == 50_000
    assert source.calls == []  # nothing fetched until a row is shown

    assert model.data(model.index(0, Column.REFERENCE)) == "EXP/2026/00000"
    assert model.data(model.index(199, Column.REFERENCE)) == "EXP/2026/00199"
    assert source.calls == [RegisterModel.PAGE_SIZE]

    model.data(model.index(49_999, Column.REFERENCE))
    assert len(source.calls) == 2

    for row in range(0, 50_000, RegisterModel.PAGE_SIZE):
        model.data(model.index(row, 0))
    assert len(model._pages) == RegisterModel.MAX_PAGES


def test_display_formats_and_roles() -> None:
    source = FakeRegister()
    model = RegisterModel(source.fetch)
    model.set_ids([1, 2])
    value = model.index(0, Column.VALUE)
    assert model.data(value) == "1,234,567.50 EUR"
    assert model.data(model.index(1, Column.VALUE)) == "mixed currencies"
    alignment = model.data(value, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, Column.DESTINATION)) == "France"
    assert model.data(model.index(0, Column.RECEIVED)) == "2026-01-02"
    assert model.data(model.index(0, Column.STATUS)) == "Submitted"
    assert model.data(model.index(1, 0), CASE_ID_ROLE) == 2
    tooltip = model.data(model.index(0, Column.CATEGORIES), Qt.ItemDataRole.ToolTipRole)
    assert "Battle tanks" in tooltip and "Rifles and carbines" in tooltip
    assert model.row_of(2) == 1 and model.row_of(99) is None


def test_country_names_in_chinese() -> None:
    model = RegisterModel(FakeRegister().fetch, language="zh_CN")
    model.set_ids([1])
    assert model.data(model.index(0, Column.DESTINATION)) == "法国"


class FailingRegister(FakeRegister):
    """A database that refuses to be read until told otherwise (locked by another program)."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = True

    def fetch(self, ids: Sequence[int]) -> list[RegisterRow]:
        if self.locked:
            self.calls.append(-len(ids))
            raise DatabaseLockedError("The database x.sqlite3 is locked by another program.")
        return super().fetch(ids)


def test_a_row_that_cannot_be_read_is_an_error_row_not_an_exception_at_every_repaint(
    qtmodeltester: ModelTester,
) -> None:
    source = FailingRegister()
    model = RegisterModel(source.fetch)
    model.set_ids(range(1, 11))
    first = model.index(0, Column.REFERENCE)
    expected = "Could not read this case: The database x.sqlite3 is locked by another program."
    assert first.data() == expected
    assert first.data(Qt.ItemDataRole.ToolTipRole) == expected
    assert first.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a40000"
    assert model.index(3, Column.STATUS).data() == ""
    assert model.index(3, Column.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    assert first.data(CASE_ID_ROLE) == 1  # the case can still be opened (and explained there)
    assert model.row_error(9) is not None and model.register_row(9) is None
    for _ in range(5):  # repaints do not ask the database again
        model.index(5, Column.EXPORTER).data()
    assert source.calls == [-10]
    qtmodeltester.check(model, force_py=True)
    # Once the register is refreshed (the lock is gone), the rows are read again.
    source.locked = False
    model.invalidate_rows()
    assert model.row_error(0) is None
    assert first.data() == "EXP/2026/00001"
    assert first.data(Qt.ItemDataRole.ForegroundRole) is None
    assert source.calls[-1] == 10
