"""What is still missing, in words: the engine's ``missing`` entries as labels and places.

The engine reports each unanswered question as ``"<key>: <message>"`` with a machine key
(``article7.b_iii.sources``, ``gbv.step1``, ``diversion.stages.pre_transfer.sources``). An
officer needs words and a way to the field, so ``describe`` turns an entry into a
``MissingAnswer``: where it is (``place``, e.g. "Article 7(1)(b)(iii)"), what is missing
(``what``, e.g. "sources for the finding"), the wizard page and the field on it. Both texts
are English source strings from ``PLACES`` and ``WHATS``: the window translates them (the UI
keeps the same strings marked for its translators), so this module stays free of Qt.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from att_desktop.domain.assessment.model import AssessmentInput
from att_desktop.i18n import Message

#: The wizard pages a missing answer can be on.
PAGES = ("article6", "article7", "gbv", "diversion", "mitigation")

_CRITERIA = {
    "a": "Article 7(1)(a) peace and security",
    "b_i": "Article 7(1)(b)(i) international humanitarian law",
    "b_ii": "Article 7(1)(b)(ii) international human rights law",
    "b_iii": "Article 7(1)(b)(iii) terrorism",
    "b_iv": "Article 7(1)(b)(iv) transnational organised crime",
}
_RISKS = {*_CRITERIA, "gbv", "diversion"}
_STAGES = {
    "manufacture": "Article 11 diversion, manufacture",
    "pre_transfer": "Article 11 diversion, before transfer",
    "transit": "Article 11 diversion, in transit",
    "post_delivery_storage": "Article 11 diversion, post-delivery storage",
    "end_use": "Article 11 diversion, end use",
    "disposal": "Article 11 diversion, disposal",
}
_FLAGS = {
    "unusual_routing": "Red flag: unusual routing",
    "unknown_broker": "Red flag: unknown broker",
    "needs_mismatch": "Red flag: items do not match the end user's needs",
    "vague_end_use": "Red flag: vague end-use information",
    "unusual_payment": "Red flag: unusual payment terms",
    "diversion_history": "Red flag: past diversion",
    "weak_stockpile_security": "Red flag: weak stockpile security",
    "other": "Red flag: other",
}
_ARTICLE6 = "Article 6(1) embargo screen"
_PARA2 = "Article 6(2) other international obligations"
_PARA3 = "Article 6(3) knowledge of atrocity crimes"
_EMBARGO = "Article 6(1) embargo {name}"
_GBV = {
    "step1": "GBV flowchart step 1, prevalent GBV/VAWC",
    "step2": "GBV flowchart step 2, seriousness",
    "step3": "GBV flowchart step 3, preventive action",
    "risk": "GBV flowchart, risk before mitigation",
    "step5": "GBV flowchart step 5, mitigation",
    "step4": "GBV flowchart step 4, overriding risk",
}
_CERTIFICATE = "Article 11 end-user certificate"
_MEASURE = "Mitigation measure {name}"

_RUN_SCREEN = "run the screen as at the decision date"
_ANSWER = "the answer"
_REASONING = "reasoning for the answer"
_REASONING_SOURCES = "reasoning and at least one source"
_TYPES = "the prevalent types identified"
_LEVEL = "risk level before mitigation"
_FINDING_REASONING = "reasoning for the finding"
_SOURCES = "sources for the finding"
_CONFIRM = "confirm whether it applies"
_WHY_NOT = "why it does not apply"
_DECIDE_MEASURES = "whether the linked measures reliably reduce the risk"
_DETERMINATION = "reasoning for the overriding-risk determination"
_PRESENT = "whether it is present"
_RECEIVED = "whether it was received"
_ADDRESSES = "the risks it addresses"
_RELIABLE = "whether it reliably reduces the risk"
_DUPLICATE = "a measure with the same number"

#: Every ``place`` a description can have, in English ("{name}" is filled in afterwards).
PLACES: tuple[str, ...] = (
    _ARTICLE6,
    _PARA2,
    _PARA3,
    _EMBARGO,
    *_CRITERIA.values(),
    *_GBV.values(),
    *_STAGES.values(),
    *_FLAGS.values(),
    _CERTIFICATE,
    _MEASURE,
)
#: Every ``what`` a description can have, in English.
WHATS: tuple[str, ...] = (
    _RUN_SCREEN,
    _ANSWER,
    _REASONING,
    _REASONING_SOURCES,
    _TYPES,
    _LEVEL,
    _FINDING_REASONING,
    _SOURCES,
    _CONFIRM,
    _WHY_NOT,
    _DECIDE_MEASURES,
    _DETERMINATION,
    _PRESENT,
    _RECEIVED,
    _ADDRESSES,
    _RELIABLE,
    _DUPLICATE,
)

_FINDING_PARTS = {"finding": _LEVEL, "reasoning": _FINDING_REASONING, "sources": _SOURCES}


@dataclass(frozen=True)
class MissingAnswer:
    """One unanswered question: where, what, and the field that answers it.

    ``known`` is False only for an entry this catalogue does not recognise: it is then shown
    as the engine wrote it rather than dropped.
    """

    entry: str
    place: str
    what: str
    page: str
    field: str
    name: str = ""
    known: bool = True
    #: ``name`` as a catalogue message where it has one (an embargo's title), for the window.
    name_message: Message | None = dataclasses.field(default=None, compare=False)

    @property
    def label(self) -> str:
        """In English: "Article 7(1)(b)(iii) terrorism: sources for the finding"."""
        return f"{self.place.replace('{name}', self.name)}: {self.what}"


def _embargo(
    index: str, embargo_id: str, message: str, inp: AssessmentInput | None
) -> tuple[str, str, str, str]:
    name = embargo_id
    matches = inp.article6.embargo_matches if inp is not None else ()
    if int(index) < len(matches) and matches[int(index)].title:
        name = matches[int(index)].title
    if "does not apply" in message:
        return _EMBARGO, _WHY_NOT, f"embargo_matches.{index}.reasoning", name
    return _EMBARGO, _CONFIRM, f"embargo_matches.{index}.confirmation", name


def _article6(key: str, message: str) -> tuple[str, str, str] | None:
    if key == "article6.screen":
        return _ARTICLE6, _RUN_SCREEN, "screen"
    for part, place in (("other_obligations", _PARA2), ("knowledge", _PARA3)):
        if key == f"article6.{part}":
            if "reasoning" in message:
                return place, _REASONING, f"{part}.reasoning"
            return place, _ANSWER, f"{part}.answer"
    return None


def _gbv(key: str, message: str) -> tuple[str, str, str] | None:
    parts = key.split(".")[1:]
    step = parts[0] if parts else ""
    if step not in _GBV:
        return None
    place = _GBV[step]
    if step == "risk" and len(parts) == 2 and parts[1] in _FINDING_PARTS:
        return place, _FINDING_PARTS[parts[1]], f"risk.{parts[1]}"
    if step == "step5":
        return place, _DECIDE_MEASURES, "step5"
    if step == "step4":
        return place, _DETERMINATION, "step4.reasoning"
    if parts[1:] == ["types"]:
        return place, _TYPES, "step1.types"
    if parts[1:] == ["reasoning"]:
        return place, _REASONING, f"{step}.reasoning"
    if not parts[1:] and "reasoning and at least one source" in message:
        return place, _REASONING_SOURCES, f"{step}.reasoning"
    if not parts[1:] and step != "risk":
        return place, _ANSWER, f"{step}.answer"
    return None


def _diversion(key: str) -> tuple[str, str, str] | None:
    parts = key.split(".")[1:]
    stage = len(parts) == 3 and parts[0] == "stages" and parts[1] in _STAGES
    if stage and parts[2] in _FINDING_PARTS:
        return _STAGES[parts[1]], _FINDING_PARTS[parts[2]], ".".join(parts)
    if len(parts) == 2 and parts[0] == "red_flags" and parts[1] in _FLAGS:
        return _FLAGS[parts[1]], _PRESENT, ".".join(parts)
    if parts == ["assurances", "certificate_received"]:
        return _CERTIFICATE, _RECEIVED, ".".join(parts)
    return None


def _mitigation(measure_id: str, message: str, risk: str) -> tuple[str, str, str]:
    """The field of a measure's missing answer; a per-risk answer names the risk last
    (``M1.reliably_reduces.gbv``), as the engine's key does (``mitigation.M1.gbv``)."""
    suffix = f".{risk}" if risk else ""
    if "duplicate" in message:
        return _MEASURE, _DUPLICATE, f"{measure_id}.description"
    if "link the measure" in message:
        return _MEASURE, _ADDRESSES, f"{measure_id}.addresses"
    if "reliably reduces" in message:
        return _MEASURE, _RELIABLE, f"{measure_id}.reliably_reduces{suffix}"
    if "of this kind" in message:
        return _MEASURE, _REASONING, f"{measure_id}.kind_reason{suffix}"
    return _MEASURE, _REASONING, f"{measure_id}.reasoning{suffix}"


def _measure_key(key: str) -> tuple[str, str]:
    """``mitigation.M1`` or ``mitigation.M1.gbv`` → the measure's id and the risk, if any."""
    rest = key.split(".", 1)[1]
    head, _sep, tail = rest.rpartition(".")
    if head and tail in _RISKS:
        return head, tail
    return rest, ""


_EMBARGO_KEY = re.compile(r"article6\.embargo_matches\[(\d+)\] \((.*)\)")
_ARTICLE7_KEY = re.compile(r"article7\.(\w+)\.(finding|reasoning|sources)")


def describe(entry: str, inp: AssessmentInput | None = None) -> MissingAnswer:
    """The words and the place of one ``AssessmentResult.missing`` entry.

    ``inp`` (the assessment the entry came from) lets an embargo be named by its title.
    """
    key, _sep, message = entry.partition(": ")
    page = key.split(".", 1)[0].split("[", 1)[0]
    found: tuple[str, str, str] | None = None
    name = ""
    if (embargo := _EMBARGO_KEY.fullmatch(key)) is not None:
        place, what, field, name = _embargo(embargo[1], embargo[2], message, inp)
        found = (place, what, field)
    elif page == "article6":
        found = _article6(key, message)
    elif (article7 := _ARTICLE7_KEY.fullmatch(key)) is not None and article7[1] in _CRITERIA:
        criterion, part = article7[1], article7[2]
        found = (_CRITERIA[criterion], _FINDING_PARTS[part], f"{criterion}.{part}")
    elif page == "gbv":
        found = _gbv(key, message)
    elif page == "diversion":
        found = _diversion(key)
    elif key == "article7.a.contribution":
        found = (_CRITERIA["a"], _REASONING, "a.contribution")
    elif page == "mitigation" and "." in key:
        name, risk = _measure_key(key)
        found = _mitigation(name, message, risk)
    if found is None:
        return MissingAnswer(entry, key, message, "", "", known=False)
    place, what, where = found
    return MissingAnswer(entry, place, what, page, where, name, name_message=_title(key, inp))


def _title(key: str, inp: AssessmentInput | None) -> Message | None:
    """The embargo's title as a catalogue message, for an embargo entry of a known input."""
    embargo = _EMBARGO_KEY.fullmatch(key)
    matches = inp.article6.embargo_matches if inp is not None else ()
    if embargo is None or int(embargo[1]) >= len(matches) or not matches[int(embargo[1])].title:
        return None
    return matches[int(embargo[1])].title_message


def describe_all(
    missing: tuple[str, ...], inp: AssessmentInput | None = None
) -> tuple[MissingAnswer, ...]:
    """``describe`` for each entry, in the engine's (the treaty's) order."""
    return tuple(describe(entry, inp) for entry in missing)


__all__ = ["PAGES", "PLACES", "WHATS", "MissingAnswer", "describe", "describe_all"]
