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
from att_desktop.i18n import Message, msg


@dataclass(frozen=True)
class Article6Outcome:
    prohibitions: tuple[Ground, ...]
    #: Catalogue messages: the record keeps their English (``model.english``).
    missing: tuple[Message, ...]
    conditions: tuple[Message, ...]
    notes: tuple[Message, ...]

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
    missing: list[Message] = []
    conditions: list[Message] = []
    notes: list[Message] = []
    if inp.screened_on is None:
        missing.append(
            msg(
                "{key}: the embargo screen has not been run",
                context="assessment missing",
                key="article6.screen",
            )
        )
    for index, record in enumerate(inp.embargo_matches):
        _embargo(record, index, inp.screened_on, prohibitions, missing, conditions, notes)
    _answer(inp.other_obligations, 2, prohibitions, missing, _PARA2)
    _answer(inp.knowledge, 3, prohibitions, missing, _PARA3)
    return Article6Outcome(tuple(prohibitions), tuple(missing), tuple(conditions), tuple(notes))


_PARA2 = (
    "article6.other_obligations",
    msg(
        "the transfer would violate the State's obligations under international agreements to "
        "which it is a party",
        context="article 6",
    ),
)
_PARA3 = (
    "article6.knowledge",
    msg(
        "the State knows at the time of authorisation that the items would be used in "
        "genocide, crimes against humanity, grave breaches of the 1949 Geneva Conventions, "
        "attacks directed against civilians or civilian objects, or other war crimes",
        context="article 6",
    ),
)


def _answer(
    answer: Answer,
    paragraph: int,
    grounds: list[Ground],
    missing: list[Message],
    what: tuple[str, Message],
) -> None:
    key, text = what
    if answer.answer is None:
        missing.append(msg("{key}: not answered", context="assessment missing", key=key))
    elif answer.answer:
        ground = msg("Prohibited: {what}.", context="article 6", what=text)
        if answer.reasoning:
            # The officer's reasoning is quoted as written.
            why = msg("Reasoning: {reasoning}", context="article 6", reasoning=answer.reasoning)
            ground = msg(
                "{first} {second}", context="two sentences in a row", first=ground, second=why
            )
        grounds.append(Ground.of(6, paragraph, None, ground))
    elif not answer.reasoning.strip():
        missing.append(msg("{key}: reasoning is missing", context="assessment missing", key=key))


def _embargo(
    record: EmbargoMatchRecord,
    index: int,
    as_at: date | None,
    grounds: list[Ground],
    missing: list[Message],
    conditions: list[Message],
    notes: list[Message],
) -> None:
    paragraph = record.legal_basis_kind.article6_paragraph
    key = f"article6.embargo_matches[{index}] ({record.embargo_id})"
    explanation = record.explanation_message
    ground = Ground.of(
        6,
        paragraph,
        record.embargo_id,
        msg("Arms embargo: {explanation}", context="article 6", explanation=explanation),
    )
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
                missing.append(
                    msg(
                        "{key}: say why the embargo does not apply",
                        context="assessment missing",
                        key=key,
                    )
                )
        elif confirmation is Confirmation.APPROVAL_OBTAINED:
            if ExemptionKind.APPROVAL in record.exemption_paths:
                _approval(record, as_at, ground, grounds, notes)
            else:
                missing.append(
                    msg(
                        "{key}: no approval path is open to this party; confirm whether the "
                        "embargo applies",
                        context="assessment missing",
                        key=key,
                    )
                )
        else:
            missing.append(
                msg(
                    "{key}: confirm whether the embargo applies",
                    context="assessment missing",
                    key=key,
                )
            )
    elif record.effect is Effect.NOTIFICATION_REQUIRED:
        if confirmation is Confirmation.NOTIFIED:
            _notification(record, as_at, ground, grounds, notes)
        else:
            conditions.append(
                msg(
                    "Notify before delivery: {explanation}",
                    context="article 6",
                    explanation=explanation,
                )
            )
    else:
        notes.append(explanation)


def _evidence_gap(record: EmbargoMatchRecord, as_at: date | None) -> Message | None:
    """What is wrong with the committee's reference and date (None when both hold)."""
    if not record.committee_reference.strip() or record.committee_date is None:
        return msg(
            "the sanctions committee's reference and date are not recorded", context="article 6"
        )
    if as_at is not None and record.committee_date > as_at:
        return msg(
            "the committee's date {committee} is after the decision date {decision}",
            context="article 6",
            committee=record.committee_date.isoformat(),
            decision=as_at.isoformat(),
        )
    return None


def _approval(
    record: EmbargoMatchRecord,
    as_at: date | None,
    ground: Ground,
    grounds: list[Ground],
    notes: list[Message],
) -> None:
    """An approval clears the match only with the committee's reference and date on or
    before the decision date; otherwise the embargo still prohibits (Art. 6(1))."""
    gap = _evidence_gap(record, as_at)
    if gap is not None:
        why = msg("approval recorded as obtained, but {gap}", context="article 6", gap=gap)
        grounds.append(_still(ground, why))
        return
    assert record.committee_date is not None
    title, reference = record.title_message, record.committee_reference.strip()
    on = record.committee_date.isoformat()
    if record.reasoning.strip():
        notes.append(
            msg(
                "{title}: approval obtained, committee reference {reference} of {date} "
                "({reasoning}).",
                context="article 6",
                reasoning=record.reasoning,
                title=title,
                reference=reference,
                date=on,
            )
        )
    else:
        notes.append(
            msg(
                "{title}: approval obtained, committee reference {reference} of {date}.",
                context="article 6",
                title=title,
                reference=reference,
                date=on,
            )
        )


def _notification_gap(
    record: EmbargoMatchRecord, as_at: date | None, waiting: int | None
) -> Message | None:
    """Why a notification does not clear the match yet (None when it does)."""
    gap = _evidence_gap(record, as_at)
    notified = record.committee_date
    if gap is None and notified is not None and waiting:
        ends = notified + timedelta(days=waiting)
        if as_at is None or ends > as_at:
            gap = msg(
                "the {days}-day waiting period ends on {ends}, after the decision",
                context="article 6",
                days=waiting,
                ends=ends.isoformat(),
            )
    objection = record.no_objection_on
    if gap is None and waiting != 0:
        if objection is None:
            gap = msg(
                "no date is recorded on which no objection had been received", context="article 6"
            )
        elif as_at is not None and objection > as_at:
            gap = msg(
                "no objection is recorded only from {date}, after the decision",
                context="article 6",
                date=objection.isoformat(),
            )
    return gap


def _notification(
    record: EmbargoMatchRecord,
    as_at: date | None,
    ground: Ground,
    grounds: list[Ground],
    notes: list[Message],
) -> None:
    """A notification clears the match only with the committee's reference and date, and,
    unless the entry states no waiting period, the period elapsed and no objection received
    by the decision date; otherwise the embargo still prohibits."""
    waiting = record.waiting_days
    gap = _notification_gap(record, as_at, waiting)
    if gap is not None:
        grounds.append(
            _still(ground, msg("notification recorded, but {gap}", context="article 6", gap=gap))
        )
        return
    notified = record.committee_date
    assert notified is not None
    title, reference = record.title_message, record.committee_reference.strip()
    on = notified.isoformat()
    if waiting == 0:
        notes.append(
            msg(
                "{title}: notified, committee reference {reference} of {date}.",
                context="article 6",
                title=title,
                reference=reference,
                date=on,
            )
        )
    else:
        notes.append(
            msg(
                "{title}: notified, committee reference {reference} of {date}; no objection "
                "received by {objection}.",
                context="article 6",
                objection=str(record.no_objection_on),
                title=title,
                reference=reference,
                date=on,
            )
        )


def _still(ground: Ground, why: Message) -> Ground:
    assert ground.message is not None
    return Ground.of(
        6,
        ground.paragraph,
        ground.criterion,
        msg(
            "{ground} The match still prohibits: {why}.",
            context="article 6",
            ground=ground.message,
            why=why,
        ),
    )
