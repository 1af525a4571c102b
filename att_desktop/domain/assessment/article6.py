"""Article 6: the prohibitions, checked before anything else and never mitigated."""

from __future__ import annotations

from dataclasses import dataclass

from att_desktop.domain.assessment.model import (
    Answer,
    Article6Input,
    Confirmation,
    EmbargoMatchRecord,
    Ground,
)
from att_desktop.domain.embargoes import Effect, EmbargoMatch


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
    )


def evaluate(inp: Article6Input) -> Article6Outcome:
    prohibitions: list[Ground] = []
    missing: list[str] = []
    conditions: list[str] = []
    notes: list[str] = []
    if inp.screened_on is None:
        missing.append("article6.screen: the embargo screen has not been run")
    for index, record in enumerate(inp.embargo_matches):
        _embargo(record, index, prohibitions, missing, conditions, notes)
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
            notes.append(f"{record.title}: approval recorded as obtained ({record.reasoning}).")
        else:
            grounds.append(ground)
    elif record.effect is Effect.NEEDS_CONFIRMATION:
        if confirmation is Confirmation.APPLIES:
            grounds.append(ground)
        elif confirmation is Confirmation.DOES_NOT_APPLY:
            if not record.reasoning.strip():
                missing.append(f"{key}: say why the embargo does not apply")
        else:
            missing.append(f"{key}: confirm whether the embargo applies")
    elif record.effect is Effect.NOTIFICATION_REQUIRED:
        if confirmation is not Confirmation.NOTIFIED:
            conditions.append(f"Notify before delivery: {record.explanation}")
    else:
        notes.append(record.explanation)
