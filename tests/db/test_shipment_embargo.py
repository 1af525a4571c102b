"""Article 6 / 7(7): an embargo in force on the shipment date stops shipments under a licence.

The licence to Brazil is valid from 2026-04-01; the (fictional) UN embargo on Brazil starts on
2026-06-01. Shipments before the start are booked; from the start on they are refused, however
the warnings are acknowledged, one at a time or from a customs file, and whatever the licence's
status: no licence covers a transfer an embargo prohibits.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Event, Licence, Shipment
from att_desktop.domain.enums import LicenceStatus
from att_desktop.services.assessment import load_embargo_update
from att_desktop.services.decisions import change_licence_status, get_licence
from att_desktop.services.reassessment import ShipmentEmbargoCheck, prohibiting_embargoes
from att_desktop.services.shipments import (
    CustomsFileError,
    ShipmentInput,
    ShipmentLineInput,
    ShipmentProhibited,
    check_shipment,
    import_customs_file,
    licence_for_shipment,
    preview_customs_file,
    record_shipment,
)
from tests.db.test_reassessment_service import licence_to, un_file


def _shipment(db: Database, licence_id: int, on: date, ref: str = "MRN-1") -> ShipmentInput:
    line = licence_for_shipment(db, licence_id).lines[0]
    return ShipmentInput(on, ref, (ShipmentLineInput(line.licence_line_id, Decimal(1)),))


def _shipments(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(Shipment.id))) or 0)


def test_a_shipment_from_the_embargo_start_is_refused_whatever_is_acknowledged(
    db: Database, tmp_path: Path
) -> None:
    _, to_brazil = licence_to(db, "BR")
    _, to_norway = licence_to(db, "NO")
    load_embargo_update(db, un_file(tmp_path))

    before = record_shipment(
        db, to_brazil, _shipment(db, to_brazil, date(2026, 5, 31)), acknowledge_warnings=True
    )
    assert before.saved

    on_start = _shipment(db, to_brazil, date(2026, 6, 1), "MRN-2")
    with pytest.raises(ShipmentProhibited) as refused:
        check_shipment(db, to_brazil, on_start)
    text = str(refused.value)
    assert text.startswith("Licence LIC/2026/00001 cannot cover a shipment on 2026-06-01:")
    assert "Brazil (fictional test embargo) (S/RES/9999 (2026))" in text
    assert "Article 7(7)" in text and "Nothing was saved" in text
    french = refused.value.translated("fr")  # issue 15: the embargo's reason in French too
    assert "Concerne\u00a0: Destination\u00a0: Brésil." in french
    assert "Concerns" not in french and "Destination BR" not in french
    with pytest.raises(ShipmentProhibited, match="Brazil \\(fictional test embargo\\)"):
        record_shipment(db, to_brazil, on_start, acknowledge_warnings=True)
    assert refused.value.licence_number == "LIC/2026/00001"
    assert _shipments(db) == 1

    # The same embargo reasons as the reassessment list gives for the valid licence.
    with db.session() as session:
        lic_row = session.get(Licence, to_brazil)
        assert lic_row is not None
        app = session.get(Application, lic_row.application_id)
        assert app is not None
        check = ShipmentEmbargoCheck(session)
        for day in (date(2026, 5, 31), date(2026, 6, 1), date(2026, 9, 1)):
            assert check.prohibiting(lic_row, app, day) == (
                prohibiting_embargoes(session, to_brazil, day)
            )

    # Norway is not under it.
    assert record_shipment(db, to_norway, _shipment(db, to_norway, date(2026, 6, 1))).saved

    # Suspending the licence does not turn the refusal into a warning.
    lic = get_licence(db, to_brazil)
    change_licence_status(
        db, to_brazil, LicenceStatus.SUSPENDED, reason="UN embargo", expected_version=lic.version
    )
    with pytest.raises(ShipmentProhibited):
        record_shipment(
            db, to_brazil, _shipment(db, to_brazil, date(2026, 7, 1)), acknowledge_warnings=True
        )
    assert _shipments(db) == 2


def test_a_customs_file_with_an_embargoed_shipment_imports_nothing(
    db: Database, tmp_path: Path
) -> None:
    licence_to(db, "BR")  # LIC/2026/00001
    licence_to(db, "NO")  # LIC/2026/00002
    load_embargo_update(db, un_file(tmp_path))
    path = tmp_path / "customs.csv"
    path.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity\n"
        "LIC/2026/00002,1,2026-06-02,MRN-N,1\n"
        "LIC/2026/00001,1,2026-05-20,MRN-A,1\n"
        "LIC/2026/00001,1,2026-06-02,MRN-B,1\n",
        encoding="utf-8",
    )
    preview = preview_customs_file(db, path)
    assert not preview.ok
    assert [(e.row, e.column) for e in preview.row_errors] == [(4, "shipped_on")]
    assert "Brazil (fictional test embargo)" in str(preview.row_errors[0])
    with pytest.raises(CustomsFileError, match="row 4, shipped_on: Licence LIC/2026/00001"):
        import_customs_file(db, path)
    assert _shipments(db) == 0  # all or nothing: not even the rows before the start


def test_every_warning_of_a_customs_shipment_is_kept_in_its_history(
    db: Database, tmp_path: Path
) -> None:
    """Two warnings on the same rows (revoked, and outside the validity) are both recorded."""
    _, licence_id = licence_to(db, "NO")
    lic = get_licence(db, licence_id)
    change_licence_status(
        db, licence_id, LicenceStatus.REVOKED, reason="Diversion", expected_version=lic.version
    )
    path = tmp_path / "customs.csv"
    path.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity\n"
        "LIC/2026/00001,1,2020-01-02,MRN-OLD,1\n",
        encoding="utf-8",
    )
    preview = preview_customs_file(db, path)
    assert len(preview.warnings) == 2 and preview.warnings[0].rows == preview.warnings[1].rows
    import_customs_file(db, path)
    with db.session() as session:
        after = session.scalars(
            select(Event.after).where(Event.action == "shipment_recorded")
        ).one()
    acknowledged = after["warnings_acknowledged"]
    assert len(acknowledged) == 2
    assert "revoked" in acknowledged[0] and "outside the validity" in acknowledged[1]


def test_an_empty_or_misnamed_customs_file_is_refused_in_the_window_language(
    db: Database, tmp_path: Path
) -> None:
    """The file-level problems are shared with the register import and name no kind of
    file, so they are translated whole for a customs file too (they were reworded in
    English, and so shown in English, before)."""
    from att_desktop.services.shipments import preview_customs_file

    empty = tmp_path / "douane.csv"
    empty.write_bytes(b"")
    with pytest.raises(CustomsFileError) as refused:
        preview_customs_file(db, empty)
    assert str(refused.value) == "douane.csv is empty: its first row must name the columns."
    assert refused.value.translated("fr") == (
        "douane.csv est vide : sa première ligne doit nommer les colonnes."
    )
    misnamed = tmp_path / "douane.txt"
    misnamed.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(CustomsFileError) as refused:
        preview_customs_file(db, misnamed)
    assert "register" not in str(refused.value)
    assert refused.value.translated("es") == (
        "douane.txt: el archivo debe ser .csv o .xlsx; dele una de esas extensiones."
    )
