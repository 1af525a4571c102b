"""``att-desktop check`` reads the register in batches: every kind of finding, across batch
boundaries, exactly as the whole-register version listed them (both engines)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from att_desktop.db.engine import Database
from att_desktop.db.models import Application
from att_desktop.domain.enums import CaseStatus, PartyRole, TransferType
from att_desktop.services import cases, integrity
from att_desktop.services.integrity import check_database
from tests.factories import application, end_user, item


def _register(db: Database) -> list[int]:
    """Seven cases with a mix of items, currencies and end users; returns their ids."""
    made = [
        cases.create_application(db, application()),
        cases.create_application(
            db, application(items=(item(), item(att_category="II", value=Decimal("7.5"))))
        ),
        cases.create_application(
            db,
            application(
                items=(item(currency="USD"), item(att_category="VIII.SA.2", currency="EUR"))
            ),
        ),
        cases.create_application(
            db,
            application(
                parties=(
                    end_user("Army"),
                    end_user("Navy"),
                    end_user("Consignee", role=PartyRole.CONSIGNEE),
                )
            ),
        ),
        cases.create_application(db, application(items=(item(value=None),))),
        cases.create_application(db, application()),
        cases.create_application(db, application()),
    ]
    return [c.id for c in made]


def _findings(target: str) -> dict[str, tuple[str, list[str], int]]:
    report = check_database(target)
    return {r.name: (r.detail, r.findings, r.hidden) for r in report.results}


@pytest.mark.parametrize("batch", [2, 2000])
def test_findings_are_the_same_in_any_batch_size(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    ids = _register(db)
    clean = _findings(db_url)
    assert all(not findings for _, findings, _ in clean.values()), clean
    assert clean["register summaries"][0] == "7 cases"
    assert clean["line items"][0] == "9 current line items"

    a, b, c, d, e, f, _ = ids
    with db.engine.begin() as conn:
        for statement in (
            f"UPDATE applications SET categories_summary = 'VI' WHERE id = {a}",
            f"UPDATE applications SET total_value = 1000 WHERE id = {b}",
            f"UPDATE applications SET value_currency = 'EUR' WHERE id = {c}",
            f"UPDATE applications SET end_user_name = 'Army' WHERE id = {d}",
            f"UPDATE line_items SET att_category = 'XIV' WHERE application_id = {e}",
            f"UPDATE line_items SET att_category = NULL WHERE application_id = {f}",
            f"UPDATE applications SET year = 2025 WHERE id = {f}",
        ):
            conn.execute(text(statement))
    with db.session() as session:
        applicant = session.get(Application, a).applicant_id  # type: ignore[union-attr]
        session.add(
            Application(
                reference="exp/2026/00001 ",
                year=2026,
                transfer_type=TransferType.EXPORT,
                status=CaseStatus.DRAFT,
                applicant_id=applicant,
                destination_code="NO",
                received_on=date(2026, 3, 2),
            )
        )
    monkeypatch.setattr(integrity, "BATCH", batch)
    found = _findings(db_url)
    refs = {i: f"EXP/2026/{n:05d}" for n, i in enumerate(ids, start=1)}
    assert found["case references"] == (
        "8 cases",
        [
            "EXP/2026/00001 is used by more than one case (case id 1)",
            f"{refs[f]}: filed under 2025 but received on 2026-03-02",
            "exp/2026/00001  is used by more than one case (case id 8)",
            "exp/2026/00001  has no registration event in its history",
        ],
        0,
    )
    assert found["line items"] == (
        "9 current line items",
        [
            f"{refs[e]} line 1: 'XIV' is not a known ATT category",
            f"{refs[f]} line 1 has neither an ATT category nor a reason it is not reportable: "
            "it would be missing from the annual report",
        ],
        0,
    )
    assert found["register summaries"] == (
        "8 cases",
        [
            f"{refs[a]}: the register shows categories_summary = 'VI' but its line items and "
            "parties give 'VIII.SA.4'",
            f"{refs[b]}: the register shows total_value = Decimal('1') but its line items "
            "and parties give Decimal('125007.5')",
            f"{refs[c]}: the register shows value_currency = 'EUR' but its line items and "
            "parties give '*'",
            f"{refs[d]}: the register shows end_user_name = 'Army' but its line items and "
            "parties give 'Army; Navy'",
            f"{refs[e]}: the register shows categories_summary = 'VIII.SA.4' but its line "
            "items and parties give 'XIV'",
            f"{refs[f]}: the register shows categories_summary = 'VIII.SA.4' but its line "
            "items and parties give ''",
        ],
        0,
    )


def test_only_fifty_findings_are_listed_and_the_rest_counted(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        cases.create_application(db, application())
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE applications SET categories_summary = 'VI'"))
    monkeypatch.setattr(integrity, "MAX_LISTED", 2)
    monkeypatch.setattr(integrity, "BATCH", 2)
    detail, findings, hidden = _findings(db_url)["register summaries"]
    assert detail == "3 cases" and len(findings) == 2 and hidden == 1
    assert findings[0].startswith("EXP/2026/00001:") and findings[1].startswith("EXP/2026/00002:")


def test_a_certificate_key_out_of_step_with_its_number_is_found(db: Database, db_url: str) -> None:
    """The key the reuse flag looks numbers up by is left out of the row digests (it is
    derived from the number): the check recomputes it, so a key or a number changed behind
    the app's back, which would hide a certificate used on another case, is reported."""
    keyed = cases.create_application(db, application(euc_number="EUC-123/45"))
    renumbered = cases.create_application(db, application(euc_number="MOD 7"))
    untouched = cases.create_application(db, application(euc_number="euc 12345"))
    assert _findings(db_url)["register summaries"][1] == []
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE applications SET euc_number_key = 'X' WHERE id = :id"), {"id": keyed.id}
        )
        conn.execute(
            text("UPDATE applications SET euc_number = 'MOD 8' WHERE id = :id"),
            {"id": renumbered.id},
        )
    assert _findings(db_url)["register summaries"][1] == [
        f"{keyed.reference}: the end-user certificate is looked up as 'X' but its number "
        "'EUC-123/45' gives 'EUC12345', so its use on another case would go unflagged",
        f"{renumbered.reference}: the end-user certificate is looked up as 'MOD7' but its "
        "number 'MOD 8' gives 'MOD8', so its use on another case would go unflagged",
    ]
    assert untouched.reference not in " ".join(_findings(db_url)["register summaries"][1])
