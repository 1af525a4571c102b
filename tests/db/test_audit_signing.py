"""Issue 13: the chain's head anchored outside the database, and decisions signed per person.

Each forgery below passes the hash chain's own verification (that is the hole: a consistent
chain proves nothing about what was cut or re-hashed, nor who made a decision) and is caught
by the anchors or the signatures. Both engines.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, text

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.db.models import Decision, Event, Signature, UserKey
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.enums import Role
from att_desktop.services import accounts, decisions
from att_desktop.services.anchoring import (
    Anchor,
    append_witness,
    check_anchors,
    head_anchor,
    witness_anchors,
)
from att_desktop.services.audit import CHECKPOINT_KEY, AuditReport, read_checkpoint, verify_all
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.history import event_digest, hashed_fields
from att_desktop.services.settings import put_setting
from att_desktop.services.signing import PersonalKey, verify_signatures
from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, assessed_case, make_user
from tests.db.assessment_helpers import authorise, deny


@dataclass(frozen=True)
class People:
    admin: UserSession
    officer: UserSession
    decider: UserSession


def _people(db: Database) -> People:
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    return People(
        admin,
        make_user(db, admin, "officer", Role.LICENSING_OFFICER),
        make_user(db, admin, "decider", Role.DECIDING_AUTHORITY),
    )


@pytest.fixture
def witness(db: Database, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "workstation" / "witness.log"
    db.witness = path
    yield path


def _decide(db: Database, people: People, *, deny_it: bool = False) -> int:
    case_id = assessed_case(db, people.officer)
    grounds = (Ground(7, 1, "a", ""),)
    decision = deny(grounds=grounds) if deny_it else authorise(db, case_id)
    decisions.decide(db, case_id, decision, actor=people.decider.actor)
    with db.session() as session:
        return session.scalar(select(Decision.id).where(Decision.application_id == case_id)) or 0


def _tamper(db: Database, tables: tuple[str, ...], *statements: str) -> None:
    """Change rows behind the app's back, with the Article 12 guard triggers switched off."""
    postgres = db.engine.dialect.name == "postgresql"
    with db.engine.begin() as conn:
        for table in tables:
            if postgres:
                conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            else:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS retain_{table}")
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_append_only")
        if not postgres:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS events_append_only")
        for statement in statements:
            conn.execute(text(statement))
        if postgres:
            for table in tables:
                conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")


def _rehash_from(db: Database, first_id: int) -> None:
    """A careful forger's follow-up: every event from ``first_id`` re-hashed and re-linked."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(Event.__table__).order_by(Event.id)).all()
    updates, previous = [], ""
    for row in rows:
        if row.id >= first_id:
            digest = event_digest(previous, hashed_fields(row))
            updates.append(
                f"UPDATE events SET prev_hash='{previous}', hash='{digest}' WHERE id={row.id}"
            )
            previous = digest
        else:
            previous = row.hash
    _tamper(db, ("events",), *updates)


def _full(db: Database, anchors: list[Anchor]) -> AuditReport:
    return verify_all(db, checks=[lambda s: check_anchors(s, anchors), verify_signatures])


def _chain_only_ok(db: Database) -> bool:
    """What ``audit verify`` proved before issue 13: the chain alone (no checkpoint kept).
    The row audit's findings (event id 0: rows against their digests) are left out, since
    those are issue 13 too."""
    with db.session() as session:
        from att_desktop.services.audit import verify_events

        report = verify_events(session)
        return not [p for p in report.problems if p.event_id]


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


# --- anchoring ----------------------------------------------------------------------------


def test_each_decision_appends_the_chain_head_to_the_witness_file(
    db: Database, witness: Path
) -> None:
    people = _people(db)
    _decide(db, people)
    head = head_anchor(db)
    assert head is not None
    lines = witness.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    stamp, identity, event_id, digest, why = lines[0].split("\t")
    assert (int(event_id), digest) == (head.event_id, head.hash)
    assert why.startswith("decision ") and len(identity) == 32 and stamp.endswith("+00:00")
    anchors, problems = witness_anchors(db, witness)
    assert anchors == [Anchor(head.event_id, head.hash, "witness.log line 1")]
    assert not problems
    assert _full(db, anchors).ok


def test_truncating_the_newest_20_events_is_caught_by_the_witness(
    db: Database, witness: Path
) -> None:
    people = _people(db)
    _decide(db, people)
    _decide(db, people, deny_it=True)
    anchors, _ = witness_anchors(db, witness)
    with db.session() as session:
        newest = session.scalar(select(func.max(Event.id))) or 0
    assert newest > 20 and len(anchors) == 2
    _tamper(db, ("events",), f"DELETE FROM events WHERE id > {newest - 20}")
    # The hole: the shorter chain is consistent; the chain alone cannot tell.
    assert _chain_only_ok(db)
    report = _full(db, anchors)
    assert not report.ok and report.checkpoint_saved == 0
    assert anchors[-1].event_id in report.event_ids
    assert any("the newest history was removed" in p.what for p in report.problems)


def test_rewriting_one_event_and_rehashing_the_rest_is_caught_by_an_anchor(
    db: Database, witness: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _people(db)
    decision_id = _decide(db, people)
    head = head_anchor(db)
    assert head is not None
    with db.session() as session:
        decided = session.scalar(
            select(Event.id).where(Event.entity == "decision", Event.entity_id == decision_id)
        )
    assert decided is not None
    _tamper(db, ("events",), f"UPDATE events SET summary = 'Deny' WHERE id = {decided}")
    _rehash_from(db, decided)
    assert _chain_only_ok(db)  # the hole: re-hashed, the chain is consistent again
    report = _full(db, [head])
    assert not report.ok
    assert any("rewritten and re-hashed" in p.what for p in report.problems)
    # The command: a printed anchor, and the workstation's witness file.
    assert db.path is not None or db.engine.dialect.name == "postgresql"
    target = str(db.path) if db.path is not None else db.url
    code, _, err = run(
        monkeypatch, "audit", "verify", "--db", target, "--anchor", f"{head.event_id}:{head.hash}"
    )
    assert code == 1 and "rewritten and re-hashed" in err
    code, _, err = run(monkeypatch, "audit", "verify", "--db", target, "--witness", str(witness))
    assert code == 1 and "witness.log line 1" in err


def test_the_command_passes_an_intact_history_with_its_witness(
    db: Database, witness: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _people(db)
    _decide(db, people)
    append_witness(db, "closed")
    target = str(db.path) if db.path is not None else db.url
    code, out, err = run(monkeypatch, "audit", "verify", "--db", target, "--witness", str(witness))
    assert code == 0, err
    assert "intact" in out
    code, _, err = run(monkeypatch, "audit", "verify", "--db", target, "--anchor", "12:nothex")
    assert code != 0 and "not an anchor" in err


# --- signatures ---------------------------------------------------------------------------


def test_decisions_are_signed_by_the_deciders_key(db: Database) -> None:
    people = _people(db)
    decision_id = _decide(db, people)
    with db.session() as session:
        signature = session.scalars(
            select(Signature).where(Signature.subject_id == decision_id)
        ).one()
        key = session.get(UserKey, signature.key_id)
        assert key is not None and key.user_id == people.decider.user_id
        assert not verify_signatures(session)
    # The unlocked key never prints its secret.
    assert isinstance(people.decider.signing_key, PersonalKey)
    assert "PersonalKey(key_id=" in repr(people.decider.signing_key)
    assert "signing_key" not in repr(people.decider)


def test_a_decision_forged_without_the_deciders_password_is_caught(db: Database) -> None:
    people = _people(db)
    # Someone who knows the decider's user id but not the password: no key to sign with.
    forger = Actor(people.decider.user_id, people.decider.full_name)
    case_id = assessed_case(db, people.officer)
    decisions.decide(db, case_id, authorise(db, case_id), actor=forger)
    assert _chain_only_ok(db)  # the hole: the history is consistent
    with db.session() as session:
        problems = verify_signatures(session)
    assert len(problems) == 1 and "carries no signature" in problems[0].what

    # ... and a signature made with a key of the forger's own is no better.
    with db.session() as session:
        decision_id = session.scalar(select(Decision.id).where(Decision.application_id == case_id))
        key_id = session.scalar(select(UserKey.id).where(UserKey.user_id == people.decider.user_id))
        head = session.execute(select(Event.id, Event.hash).order_by(Event.id.desc())).first()
        assert decision_id is not None and key_id is not None and head is not None
        session.add(
            Signature(
                kind="decision",
                subject_id=decision_id,
                key_id=key_id,
                head_event_id=head.id,
                head_hash=head.hash,
                signature=Ed25519PrivateKey.generate().sign(b"forged").hex(),
            )
        )
    with db.session() as session:
        problems = verify_signatures(session)
    assert len(problems) == 1 and "signature forged" in problems[0].what


def test_changing_a_signed_decisions_outcome_is_caught(db: Database) -> None:
    people = _people(db)
    decision_id = _decide(db, people, deny_it=True)
    with db.session() as session:
        assert not verify_signatures(session)
    _tamper(
        db,
        ("decisions",),
        f"UPDATE decisions SET outcome = 'authorise', grounds = '[]' WHERE id = {decision_id}",
    )
    report = _full(db, [])
    assert not report.ok
    assert [p.what for p in report.problems if "changed after it was signed" in p.what]


def test_a_public_key_swapped_behind_the_apps_back_is_caught(db: Database) -> None:
    people = _people(db)
    _decide(db, people)
    attacker = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    _tamper(
        db,
        ("user_keys",),
        f"UPDATE user_keys SET public_key = '{attacker}' WHERE user_id = {people.decider.user_id}",
    )
    with db.session() as session:
        whats = [p.what for p in verify_signatures(session)]
    assert any("not the key its creation recorded" in w for w in whats)
    assert any("changed after it was signed" in w for w in whats)


def test_a_password_change_rewraps_the_same_key(db: Database) -> None:
    people = _people(db)
    with db.session() as session:
        before = session.scalars(
            select(UserKey).where(UserKey.user_id == people.decider.user_id)
        ).one()
        blob, key_id = before.encrypted_private_key, before.id
    new_password = "an entirely new passphrase"
    changed = accounts.change_password(db, people.decider, PASSWORD, new_password)
    assert isinstance(changed.signing_key, PersonalKey) and changed.signing_key.key_id == key_id
    with db.session() as session:
        after = session.scalars(
            select(UserKey).where(UserKey.user_id == people.decider.user_id)
        ).one()
        assert after.id == key_id and after.encrypted_private_key != blob
    # The new password unlocks it at sign-in; the decision it signs verifies.
    signed_in = accounts.sign_in(db, "decider", new_password)
    assert isinstance(signed_in.signing_key, PersonalKey)
    assert signed_in.signing_key.key_id == key_id
    _decide(db, replace(people, decider=signed_in))
    with db.session() as session:
        assert not verify_signatures(session)


def test_an_administrators_reset_makes_a_new_key_and_old_signatures_still_verify(
    db: Database,
) -> None:
    people = _people(db)
    _decide(db, people)
    with db.session() as session:
        old_key = session.scalars(
            select(UserKey).where(UserKey.user_id == people.decider.user_id)
        ).one()
        old_id = old_key.id
    account = accounts.reset_password(db, people.admin, people.decider.user_id)
    with db.session() as session:
        keys = session.scalars(
            select(UserKey).where(UserKey.user_id == people.decider.user_id).order_by(UserKey.id)
        ).all()
        assert keys[0].id == old_id and len(keys) == 2
        assert keys[0].retired_at is not None and keys[1].retired_at is None
        assert keys[1].certified_by_id != keys[1].id  # vouched for by the administrator's key
        replaced = session.scalars(
            select(Event).where(Event.action == "signing_key_replaced")
        ).one()
        assert replaced.entity_id == keys[1].id and replaced.actor_id == people.admin.user_id
        assert not verify_signatures(session)
    first = accounts.sign_in(db, "decider", account.temporary_password)
    chosen = accounts.change_password(db, first, account.temporary_password, "my own new pass 7")
    assert isinstance(chosen.signing_key, PersonalKey) and chosen.signing_key.key_id != old_id
    _decide(db, replace(people, decider=chosen))
    with db.session() as session:
        assert not verify_signatures(session)


def test_a_backup_carries_the_chain_head_and_catches_a_later_truncation(
    db: Database, tmp_path: Path
) -> None:
    from att_desktop.services.backup import anchor_file, backup_database

    people = _people(db)
    _decide(db, people)
    head = head_anchor(db)
    assert head is not None
    target = str(db.path) if db.path is not None else db.url
    if db.engine.dialect.name == "postgresql":
        from att_desktop.db.engine import find_pg_dump

        if find_pg_dump() is None:
            pytest.skip("pg_dump is not installed")
    result = backup_database(target, out=tmp_path / "copy", backup_dir=tmp_path)
    assert result.anchor == str(head)
    sidecar = anchor_file(result.destination).read_text(encoding="utf-8").strip()
    assert Anchor.parse(sidecar) == Anchor(head.event_id, head.hash)
    _tamper(db, ("events",), f"DELETE FROM events WHERE id > {head.event_id - 5}")
    report = _full(db, [Anchor.parse(sidecar, "the backup")])
    assert not report.ok
    assert any("newest history was removed" in p.what for p in report.problems)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_every_signed_document_prints_the_record_anchor(db: Database, tmp_path: Path) -> None:
    from att_desktop.domain.reporting import ReportOptions
    from att_desktop.formats.report_writers import write_report
    from att_desktop.services.documents import DocumentKind, write_case_document
    from att_desktop.services.reporting import collect

    people = _people(db)
    authorised = _decide(db, people)
    denied = _decide(db, people, deny_it=True)
    with db.session() as session:
        cases = dict(
            session.execute(
                select(Decision.id, Decision.application_id).where(
                    Decision.id.in_((authorised, denied))
                )
            ).all()
        )
    focal = make_user(db, people.admin, "focal", Role.FOCAL_POINT)
    head = head_anchor(db)
    assert head is not None
    printed = f"Record anchor: #{head.event_id} {head.hash[:16]}"
    kinds = (
        (cases[authorised], DocumentKind.LICENCE),
        (cases[authorised], DocumentKind.ASSESSMENT),
        (cases[denied], DocumentKind.DENIAL),
    )
    for case_id, kind in kinds:
        out = write_case_document(db, case_id, kind, tmp_path / f"{kind.value}.pdf", "en")
        assert printed in _pdf_text(out), kind
    report = collect(db, ReportOptions(year=2026, report_currency="EUR"), actor=focal.actor)
    assert report.record_anchor == head.printed
    write_report(report, tmp_path / "annual.pdf", "pdf")
    assert printed in _pdf_text(tmp_path / "annual.pdf").replace("\n", " ")


def test_a_signed_checkpoint_catches_a_rehash_and_cannot_be_removed_quietly(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _people(db)
    _decide(db, people)
    target = str(db.path) if db.path is not None else db.url
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", PASSWORD)
    code, out, err = run(monkeypatch, "audit", "verify", "--db", target, "--user", "decider")
    assert code == 0, err
    assert "signed by Decider" in out
    with db.session() as session:
        signed = session.scalars(select(Signature).where(Signature.kind == "checkpoint")).one()
        assert not verify_signatures(session)
    # Rewrite an event before the signed checkpoint, re-hash the rest, and forge the stored
    # (unsigned) checkpoint setting to match: only the signed checkpoint still tells.
    _tamper(db, ("events",), "UPDATE events SET summary = 'nothing happened' WHERE id = 3")
    _rehash_from(db, 3)
    with db.session() as session:
        checkpoint = read_checkpoint(session)
        assert checkpoint is not None
        rehashed = session.scalar(select(Event.hash).where(Event.id == checkpoint.event_id))
        forged = json.dumps({"event_id": checkpoint.event_id, "hash": rehashed})
        put_setting(session, CHECKPOINT_KEY, forged)
    assert _chain_only_ok(db)
    with db.session() as session:
        whats = [p.what for p in verify_signatures(session)]
    assert any(f"checkpoint at event {signed.head_event_id}" in w for w in whats)
    assert any("rewritten and re-hashed" in w for w in whats)
    # Deleting the signed checkpoint instead leaves its event behind.
    _tamper(db, ("signatures",), "DELETE FROM signatures WHERE kind = 'checkpoint'")
    with db.session() as session:
        whats = [p.what for p in verify_signatures(session)]
    assert any("recorded in the history was deleted" in w for w in whats)
