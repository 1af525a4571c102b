"""Article 6: the prohibitions, checked before anything else and never mitigated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from att_desktop.domain.assessment.model import (
    Answer,
    Article6Input,
    Confirmation,
    EmbargoMatchRecord,
    Ground,
)
from att_desktop.domain.embargoes import Effect, EmbargoMatch, ExemptionKind


@dataclass(frozen=True)
class Article6Outcome:
    prohibitions: tuple[Ground, ...]
    missing: tuple[str, ...]
    conditions: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def prohibited(self) -> bool:
        return bool(self.prohibitions)


def record_from_match(match: EmbargoMatch, party: str = "") -> EmbargoMatchRecord:
    """Copy a screen result into the case so the decision record survives data updates."""
    return EmbargoMatchRecord(
        embargo_id=match.embargo.id,
        title=match.embargo.title,
        legal_basis_kind=match.legal_basis_kind,
        effect=match.effect,
        explanation=match.explanation,
        party=party,
        exemption_paths=tuple(dict.fromkeys(e.kind for e in match.exemptions)),
        waiting_days=_waiting(match),
    )


def _waiting(match: EmbargoMatch) -> int | None:
    """The longest waiting period the match's notification paths state (None if any is silent)."""
    days = [e.waiting_days for e in match.exemptions if e.kind is ExemptionKind.NOTIFICATION]
    if not days or any(d is None for d in days):
        return None
    return max(d for d in days if d is not None)


def evaluate(inp: Article6Input) -> Article6Outcome:
    prohibitions: list[Ground] = []
    missing: list[str] = []
    conditions: list[str] = []
    notes: list[str] = []
    if inp.screened_on is None:
        missing.append("article6.screen: the embargo screen has not been run")
    for index, record in enumerate(inp.embargo_matches):
        _embargo(record, index, inp.screened_on, prohibitions, missing, conditions, notes)
    _answer(inp.other_obligations, 2, prohibitions, missing, _PARA2)
    _answer(inp.knowledge, 3, prohibitions, missing, _PARA3)
    return Article6Outcome(tuple(prohibitions), tuple(missing), tuple(conditions), tuple(notes))


_PARA2 = (
    "article6.other_obligations",
    "the transfer would violate the State's obligations under international agreements to "
    "which it is a party",
)
_PARA3 = (
    "article6.knowledge",
    "the State knows at the time of authorisation that the items would be used in genocide, "
    "crimes against humanity, grave breaches of the 1949 Geneva Conventions, attacks directed "
    "against civilians or civilian objects, or other war crimes",
)


def _answer(
    answer: Answer, paragraph: int, grounds: list[Ground], missing: list[str], what: tuple[str, str]
) -> None:
    key, text = what
    if answer.answer is None:
        missing.append(f"{key}: not answered")
    elif answer.answer:
        reason = f" Reasoning: {answer.reasoning}" if answer.reasoning else ""
        grounds.append(Ground(6, paragraph, None, f"Prohibited: {text}.{reason}"))
    elif not answer.reasoning.strip():
        missing.append(f"{key}: reasoning is missing")


def _embargo(
    record: EmbargoMatchRecord,
    index: int,
    as_at: date | None,
    grounds: list[Ground],
    missing: list[str],
    conditions: list[str],
    notes: list[str],
) -> None:
    paragraph = record.legal_basis_kind.article6_paragraph
    key = f"article6.embargo_matches[{index}] ({record.embargo_id})"
    ground = Ground(6, paragraph, record.embargo_id, f"Arms embargo: {record.explanation}")
    confirmation = record.confirmation
    if record.effect is Effect.PROHIBITED:
        grounds.append(ground)
    elif record.effect is Effect.PROHIBITED_WITHOUT_APPROVAL:
        if confirmation is Confirmation.APPROVAL_OBTAINED:
            _approval(record, as_at, ground, grounds, notes)
        else:
            grounds.append(ground)
    elif record.effect is Effect.NEEDS_CONFIRMATION:
        if confirmation is Confirmation.APPLIES:
            grounds.append(ground)
        elif confirmation is Confirmation.DOES_NOT_APPLY:
            if not record.reasoning.strip():
                missing.append(f"{key}: say why the embargo does not apply")
        elif confirmation is Confirmation.APPROVAL_OBTAINED:
            if ExemptionKind.APPROVAL in record.exemption_paths:
                _approval(record, as_at, ground, grounds, notes)
            else:
                missing.append(
                    f"{key}: no approval path is open to this party; confirm "
                    "whether the embargo applies"
                )
        else:
            missing.append(f"{key}: confirm whether the embargo applies")
    elif record.effect is Effect.NOTIFICATION_REQUIRED:
        if confirmation is Confirmation.NOTIFIED:
            _notification(record, as_at, ground, grounds, notes)
        else:
            conditions.append(f"Notify before delivery: {record.explanation}")
    else:
        notes.append(record.explanation)


def _evidence_gap(record: EmbargoMatchRecord, as_at: date | None) -> str:
    """What is wrong with the committee's reference and date ("" when both hold)."""
    if not record.committee_reference.strip() or record.committee_date is None:
        return "the sanctions committee's reference and date are not recorded"
    if as_at is not None and record.committee_date > as_at:
        return (
            f"the committee's date {record.committee_date.isoformat()} is after the decision "
            f"date {as_at.isoformat()}"
        )
    return ""


def _approval(
    record: EmbargoMatchRecord,
    as_at: date | None,
    ground: Ground,
    grounds: list[Ground],
    notes: list[str],
) -> None:
    """An approval clears the match only with the committee's reference and date on or
    before the decision date; otherwise the embargo still prohibits (Art. 6(1))."""
    gap = _evidence_gap(record, as_at)
    if gap:
        grounds.append(_still(ground, f"approval recorded as obtained, but {gap}"))
        return
    assert record.committee_date is not None
    why = f" ({record.reasoning})" if record.reasoning.strip() else ""
    notes.append(
        f"{record.title}: approval obtained, committee reference "
        f"{record.committee_reference.strip()} of {record.committee_date.isoformat()}{why}."
    )


def _notification(
    record: EmbargoMatchRecord,
    as_at: date | None,
    ground: Ground,
    grounds: list[Ground],
    notes: list[str],
) -> None:
    """A notification clears the match only with the committee's reference and date, and,
    unless the entry states no waiting period, the period elapsed and no objection received
    by the decision date; otherwise the embargo still prohibits."""
    gap = _evidence_gap(record, as_at)
    notified = record.committee_date
    waiting = record.waiting_days
    if not gap and notified is not None and waiting:
        ends = notified + timedelta(days=waiting)
        if as_at is None or ends > as_at:
            gap = f"the {waiting}-day waiting period ends on {ends.isoformat()}, after the decision"
    objection = record.no_objection_on
    if not gap and waiting != 0:
        if objection is None:
            gap = "no date is recorded on which no objection had been received"
        elif as_at is not None and objection > as_at:
            gap = f"no objection is recorded only from {objection.isoformat()}, after the decision"
    if gap:
        grounds.append(_still(ground, f"notification recorded, but {gap}"))
        return
    assert notified is not None
    after = "" if waiting == 0 else f"; no objection received by {objection}"
    notes.append(
        f"{record.title}: notified, committee reference {record.committee_reference.strip()} "
        f"of {notified.isoformat()}{after}."
    )


def _still(ground: Ground, why: str) -> Ground:
    return Ground(
        ground.article,
        ground.paragraph,
        ground.criterion,
        f"{ground.explanation} The match still prohibits: {why}.",
    )
