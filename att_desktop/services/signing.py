"""Per-person signatures: a forged or altered decision needs the decider's password.

Each person has an Ed25519 key pair. The public half is stored in clear (``user_keys``) and
written into the history when the key is made; the private half is stored encrypted with
AES-GCM under a key derived from the person's password with argon2id (per-key salt), so only
that password unlocks it. It is unlocked at sign-in and held in the signed-in session's
memory only (``PersonalKey``, which never prints its secret); a password change re-wraps it;
an administrator's reset retires it and makes a new one, certified by the administrator's own
key, so what was signed with the old one still verifies.

A decision is signed, when it is recorded, over a canonical digest of the decision row (and
its licence number) together with the chain's head at that moment (``signatures``).
``verify_signatures`` re-derives every digest: a decision changed afterwards, or one inserted
without a signature or with a signature the decider's key did not make, is reported. Keys
are checked too: each must match the public key its creation event recorded, and be certified
by an administrator's key (or self-made, which only the first key and the keys of people who
had accounts before signatures existed may be).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from att_desktop.db.models import Decision, Event, Licence, Signature, User, UserKey
from att_desktop.db.types import utcnow
from att_desktop.services.audit import AuditProblem
from att_desktop.services.dto import Actor
from att_desktop.services.history import record_event

#: argon2id parameters of the key that wraps a private key (OWASP's minimum for argon2id);
#: stored with each key, so they can be raised for new keys without breaking old ones.
KDF = "argon2id:t=2:m=19456:p=1"
DECISION = "decision"
CHECKPOINT = "checkpoint"
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class PersonalKey:
    """A signed-in person's unlocked private key: memory only, never in a repr or a log."""

    __slots__ = ("_private", "key_id", "user_id")

    def __init__(self, key_id: int, user_id: int, private: Ed25519PrivateKey) -> None:
        self.key_id = key_id
        self.user_id = user_id
        self._private = private

    def sign(self, message: bytes) -> str:
        return self._private.sign(message).hex()

    def __repr__(self) -> str:
        return f"PersonalKey(key_id={self.key_id}, user_id={self.user_id})"


def key_of(value: object) -> PersonalKey | None:
    """The unlocked key a session or actor carries, if any."""
    return value if isinstance(value, PersonalKey) else None


# --- wrapping -----------------------------------------------------------------------------


def _derive(password: str, salt: bytes, kdf: str) -> bytes:
    params = dict(part.split("=") for part in kdf.split(":")[1:])
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=int(params["t"]),
        memory_cost=int(params["m"]),
        parallelism=int(params["p"]),
        hash_len=32,
        type=Type.ID,
    )


def _aad(user_id: int, public_hex: str) -> bytes:
    """Binds the ciphertext to its owner and public key: it cannot be moved to another row."""
    return f"att-desktop-key:{user_id}:{public_hex}".encode()


def _public_hex(private: Ed25519PrivateKey) -> str:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def _wrap(row: UserKey, private: Ed25519PrivateKey, password: str) -> None:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    secret = private.private_bytes_raw()
    sealed = AESGCM(_derive(password, salt, KDF)).encrypt(
        nonce, secret, _aad(row.user_id, row.public_key)
    )
    row.salt, row.kdf, row.encrypted_private_key = salt.hex(), KDF, (nonce + sealed).hex()


def _unwrap(row: UserKey, password: str) -> Ed25519PrivateKey | None:
    """The private key, or None if the password does not open it (or the row was altered)."""
    try:
        blob = bytes.fromhex(row.encrypted_private_key)
        key = _derive(password, bytes.fromhex(row.salt), row.kdf)
        secret = AESGCM(key).decrypt(blob[:12], blob[12:], _aad(row.user_id, row.public_key))
        private = Ed25519PrivateKey.from_private_bytes(secret)
    except (ValueError, KeyError, InvalidTag):
        return None
    return private if _public_hex(private) == row.public_key else None


# --- keys ---------------------------------------------------------------------------------


def _active_key(session: Session, user_id: int) -> UserKey | None:
    return session.scalars(
        select(UserKey)
        .where(UserKey.user_id == user_id, UserKey.retired_at.is_(None))
        .order_by(UserKey.id.desc())
        .limit(1)
    ).first()


def _certificate_message(row: UserKey) -> bytes:
    return _CANONICAL.encode(
        {"key_id": row.id, "user_id": row.user_id, "public_key": row.public_key}
    ).encode("utf-8")


def create_key(
    session: Session,
    user: User,
    password: str,
    actor: Actor,
    *,
    certifier: PersonalKey | None = None,
    action: str = "signing_key_created",
) -> PersonalKey:
    """Make ``user`` a key pair wrapped with ``password``; retire any key they had.

    ``certifier`` (an administrator's unlocked key) vouches for the new key; without one the
    key vouches for itself, which the verification accepts only for the first key and for
    people whose accounts existed before signatures did.
    """
    private = Ed25519PrivateKey.generate()
    previous = _active_key(session, user.id)
    if previous is not None:
        previous.retired_at = utcnow()
    first = session.scalar(select(func.count(UserKey.id))) == 0
    row = UserKey(user_id=user.id, public_key=_public_hex(private), created_at=utcnow())
    _wrap(row, private, password)
    session.add(row)
    session.flush()
    signer = certifier if certifier is not None else PersonalKey(row.id, user.id, private)
    row.certified_by_id = signer.key_id
    row.certificate = signer.sign(_certificate_message(row))
    session.flush()
    after: dict[str, Any] = {"key_id": row.id, "user_id": user.id, "public_key": row.public_key}
    if previous is not None:
        after["retired_key_id"] = previous.id
    if first:  # what existed before signatures: these need none (see verify_signatures)
        after["decisions_before"] = session.scalar(select(func.max(Decision.id))) or 0
        after["users_before"] = session.scalar(select(func.max(User.id))) or 0
    record_event(
        session,
        actor,
        entity="user_key",
        entity_id=row.id,
        action=action,
        summary=f"Signing key {row.id} of {user.username} "
        + ("replaced by an administrator's reset" if previous is not None else "created"),
        after=after,
    )
    return PersonalKey(row.id, user.id, private)


def unlock_key(session: Session, user: User, password: str) -> PersonalKey | None:
    """At sign-in (the password was just verified): the person's key, made now if they have
    none yet (an account from before signatures). None if the stored key does not open with
    the password (it was tampered with): the person can still work, unsigned, and
    ``audit verify`` will name what they decide."""
    row = _active_key(session, user.id)
    if row is None:
        return create_key(session, user, password, Actor(user.id, user.full_name))
    private = _unwrap(row, password)
    return PersonalKey(row.id, user.id, private) if private is not None else None


def rewrap_key(session: Session, user: User, old_password: str, new_password: str) -> PersonalKey:
    """A password change: the same key, wrapped with the new password (no new key)."""
    row = _active_key(session, user.id)
    private = _unwrap(row, old_password) if row is not None else None
    if row is None or private is None:  # none yet, or a damaged wrapping: a new key
        return create_key(session, user, new_password, Actor(user.id, user.full_name))
    _wrap(row, private, new_password)
    session.flush()
    return PersonalKey(row.id, user.id, private)


# --- signing decisions --------------------------------------------------------------------


def decision_payload(
    session: Session, decision: Decision, numbers: dict[int, str] | None = None
) -> dict[str, Any]:
    """What a decider's signature covers: the decision as recorded, and its licence number
    (from ``numbers``, every decision's, when the verification read them all at once)."""
    number = (
        numbers.get(decision.id)
        if numbers is not None
        else session.scalar(select(Licence.number).where(Licence.decision_id == decision.id))
    )
    return {
        "decision_id": decision.id,
        "application_id": decision.application_id,
        "assessment_id": decision.assessment_id,
        "outcome": str(getattr(decision.outcome, "value", decision.outcome)),
        "decided_on": decision.decided_on.isoformat(),
        "decided_by_id": decision.decided_by_id,
        "grounds": decision.grounds,
        "rationale": decision.rationale,
        "against_majority_reason": decision.against_majority_reason,
        "licence_number": number,
    }


def _message(kind: str, payload: dict[str, Any], head_id: int, head_hash: str) -> bytes:
    body = {"kind": kind, "subject": payload, "head": {"event_id": head_id, "hash": head_hash}}
    return _CANONICAL.encode(body).encode("utf-8")


def sign_decision(session: Session, decision: Decision, actor: Actor) -> Signature | None:
    """Sign ``decision`` with the actor's unlocked key (None without one: a headless import,
    a database without accounts) over its payload and the chain's head now."""
    key = key_of(actor.key)
    if key is None or key.user_id != decision.decided_by_id:
        return None
    session.flush()
    head = session.execute(select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)).one()
    message = _message(DECISION, decision_payload(session, decision), head.id, head.hash)
    row = Signature(
        kind=DECISION,
        subject_id=decision.id,
        key_id=key.key_id,
        head_event_id=head.id,
        head_hash=head.hash,
        signature=key.sign(message),
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row


def sign_checkpoint(session: Session, actor: Actor, event_id: int, digest: str) -> bool:
    """Sign a verified checkpoint (the history up to ``event_id`` had hash ``digest``) with
    the actor's key, and record it: a signed anchor inside the database that nobody can move
    without that person's password. False without a key, or if it is signed already."""
    key = key_of(actor.key)
    exists = session.scalar(
        select(Signature.id).where(Signature.kind == CHECKPOINT, Signature.subject_id == event_id)
    )
    if key is None or exists is not None:
        return False
    message = _message(CHECKPOINT, {"event_id": event_id, "hash": digest}, event_id, digest)
    row = Signature(
        kind=CHECKPOINT,
        subject_id=event_id,
        key_id=key.key_id,
        head_event_id=event_id,
        head_hash=digest,
        signature=key.sign(message),
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        actor,
        entity="signature",
        entity_id=row.id,
        action="checkpoint_signed",
        summary=f"History verified up to event {event_id} and signed",
        after={"event_id": event_id, "hash": digest, "key_id": key.key_id},
    )
    return True


def _checkpoint_problems(session: Session, keys: dict[int, UserKey]) -> list[AuditProblem]:
    """Every signed checkpoint still holds, and none recorded in the history has vanished."""
    problems: list[AuditProblem] = []
    rows = {s.id: s for s in session.scalars(select(Signature).where(Signature.kind == CHECKPOINT))}
    for row in rows.values():
        key = keys.get(row.key_id)
        payload = {"event_id": row.subject_id, "hash": row.head_hash}
        message = _message(CHECKPOINT, payload, row.head_event_id, row.head_hash)
        stored = session.scalar(select(Event.hash).where(Event.id == row.head_event_id))
        if key is None or not _valid(key.public_key, row.signature, message):
            what = "its signature was forged or altered"
        elif stored is None:
            what = "that event is gone: the newest history was removed"
        elif stored != row.head_hash:
            what = "that event's hash changed: the history up to it was rewritten and re-hashed"
        else:
            continue
        problems.append(
            AuditProblem(0, f"The signed checkpoint at event {row.head_event_id}: {what}.")
        )
    recorded = session.scalars(
        select(Event.entity_id).where(Event.action == "checkpoint_signed")
    ).all()
    problems += [
        AuditProblem(0, f"The signed checkpoint {sid} recorded in the history was deleted.")
        for sid in recorded
        if sid not in rows
    ]
    return problems


# --- verifying ----------------------------------------------------------------------------


def _valid(public_hex: str, signature_hex: str, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(signature_hex), message
        )
    except (ValueError, InvalidSignature):
        return False
    return True


@dataclass(frozen=True)
class _Baseline:
    """What existed before the first key: decisions and accounts that need no signature."""

    decisions_before: int
    users_before: int
    first_key: int


def _key_problems(session: Session) -> tuple[list[AuditProblem], _Baseline | None]:
    keys = {k.id: k for k in session.scalars(select(UserKey).order_by(UserKey.id))}
    events = {
        e.entity_id: e
        for e in session.scalars(select(Event).where(Event.entity == "user_key").order_by(Event.id))
        if e.entity_id is not None
    }
    problems: list[AuditProblem] = []
    baseline: _Baseline | None = None
    for key in keys.values():
        event = events.get(key.id)
        after = (event.after or {}) if event is not None else {}
        if baseline is None:
            baseline = _Baseline(
                int(after.get("decisions_before", 0) or 0),
                int(after.get("users_before", 0) or 0),
                key.id,
            )
        if after.get("public_key") != key.public_key or after.get("user_id") != key.user_id:
            problems.append(
                AuditProblem(
                    event.id if event is not None else 0,
                    f"Signing key {key.id} is not the key its creation recorded in the history: "
                    "a public key was swapped or added behind the app's back.",
                )
            )
            continue
        certifier = keys.get(key.certified_by_id or 0)
        self_made = key.certified_by_id == key.id
        allowed_self = key.id == baseline.first_key or key.user_id <= baseline.users_before
        if (
            certifier is None
            or (self_made and not allowed_self)
            or not _valid(certifier.public_key, key.certificate, _certificate_message(key))
        ):
            problems.append(
                AuditProblem(
                    event.id if event is not None else 0,
                    f"Signing key {key.id} is not vouched for by an administrator's key: it was "
                    "not made by the app.",
                )
            )
    return problems, baseline


def verify_signatures(session: Session) -> list[AuditProblem]:
    """Every key and every decision signature (an ``ExtraCheck`` of ``audit.verify_all``)."""
    problems, baseline = _key_problems(session)
    keys = {k.id: k for k in session.scalars(select(UserKey))}
    problems += _checkpoint_problems(session, keys)
    numbers: dict[int, str] = {
        row.decision_id: row.number
        for row in session.execute(
            select(Licence.decision_id, Licence.number).where(Licence.decision_id.is_not(None))
        )
    }
    signatures = {
        s.subject_id: s
        for s in session.scalars(select(Signature).where(Signature.kind == DECISION))
    }
    for decision in session.scalars(select(Decision).order_by(Decision.id)):
        signature = signatures.get(decision.id)
        if signature is None:
            if baseline is not None and decision.id > baseline.decisions_before:
                problems.append(_decision_problem(session, decision, "carries no signature"))
            continue
        key = keys.get(signature.key_id)
        message = _message(
            DECISION,
            decision_payload(session, decision, numbers),
            signature.head_event_id,
            signature.head_hash,
        )
        if key is None or key.user_id != decision.decided_by_id:
            problems.append(
                _decision_problem(session, decision, "is signed by someone other than its decider")
            )
        elif not _valid(key.public_key, signature.signature, message):
            problems.append(
                _decision_problem(
                    session, decision, "was changed after it was signed, or its signature forged"
                )
            )
        elif session.scalar(select(Event.hash).where(Event.id == signature.head_event_id)) != (
            signature.head_hash
        ):
            problems.append(
                _decision_problem(
                    session,
                    decision,
                    "was signed over a history that has since been rewritten or cut",
                )
            )
    return problems


def _decision_problem(session: Session, decision: Decision, what: str) -> AuditProblem:
    del session  # the decision is named by its own id: its events may be the forged part
    return AuditProblem(
        0,
        f"Decision {decision.id} (case {decision.application_id}) {what}: a decision needs "
        "its decider's password to be signed.",
    )


# --- signing other records (issue 14: a change request's consent or refusal) ------------------


def sign_record(
    session: Session,
    kind: str,
    subject_id: int,
    payload: dict[str, Any],
    signer_id: int | None,
    actor: Actor,
) -> Signature | None:
    """Sign another record the way a decision is signed (``kind`` names what it is, e.g.
    "change_request"): over its payload and the chain's head now, with the actor's unlocked
    key, only when the actor is the ``signer_id`` the record names. None without a key."""
    key = key_of(actor.key)
    if key is None or key.user_id != signer_id:
        return None
    session.flush()
    head = session.execute(select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)).one()
    row = Signature(
        kind=kind,
        subject_id=subject_id,
        key_id=key.key_id,
        head_event_id=head.id,
        head_hash=head.hash,
        signature=key.sign(_message(kind, payload, head.id, head.hash)),
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row


def record_signature_problem(
    session: Session, signature: Signature, payload: dict[str, Any], signer_id: int | None
) -> str | None:
    """Why a ``sign_record`` signature no longer holds (signed by someone else, the record
    changed since, the history rewritten), or None when it holds."""
    key = session.get(UserKey, signature.key_id)
    if key is None or key.user_id != signer_id:
        return "is signed by someone other than the person who decided it"
    message = _message(signature.kind, payload, signature.head_event_id, signature.head_hash)
    if not _valid(key.public_key, signature.signature, message):
        return "was changed after it was signed, or its signature forged"
    head = session.scalar(select(Event.hash).where(Event.id == signature.head_event_id))
    if head != signature.head_hash:
        return "was signed over a history that has since been rewritten or cut"
    return None
