"""The assessment's input (what the officer found) and result (what the treaty then requires).

Everything is a frozen dataclass: an assessment is evidence in a decision record, so it is
replaced, never edited in place. ``None`` means "not answered yet" and is what makes an
assessment incomplete; it is never read as "no".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from att_desktop.domain.embargoes import (
    Effect,
    ExemptionKind,
    LegalBasisKind,
    explanation_message,
    title_message,
)
from att_desktop.domain.enums import TransferType
from att_desktop.i18n import Message, msg, translate


def as_written(text: str) -> Message:
    """A text with no catalogue message (an older record's, or data shipped elsewhere): shown
    as it was written in every language."""
    return msg("{text}", context="as written", text=text)


class RiskLevel(StrEnum):
    """The officer's finding on a risk, before mitigation (Art. 7(1)-(2))."""

    NONE_IDENTIFIED = "none_identified"
    LOW = "low"
    SUBSTANTIAL = "substantial"
    OVERRIDING_BEFORE_MITIGATION = "overriding_before_mitigation"


class ResidualRisk(StrEnum):
    """The risk after mitigation has been considered: the level Art. 7(3) is judged on."""

    NONE_IDENTIFIED = "none_identified"
    LOW = "low"
    SUBSTANTIAL = "substantial"
    OVERRIDING = "overriding"


class Criterion(StrEnum):
    """The risks weighed after Article 6: 7(1)(a), 7(1)(b)(i)-(iv), 7(4) and Article 11."""

    A = "a"
    B_I = "b_i"
    B_II = "b_ii"
    B_III = "b_iii"
    B_IV = "b_iv"
    GBV = "gbv"
    DIVERSION = "diversion"


ARTICLE7_1 = (Criterion.A, Criterion.B_I, Criterion.B_II, Criterion.B_III, Criterion.B_IV)


class SourceKind(StrEnum):
    UN_REPORT = "un_report"
    HUMAN_RIGHTS_REPORT = "human_rights_report"
    EMBASSY_REPORTING = "embassy_reporting"
    IMPORTER_DOCUMENTATION = "importer_documentation"  # Art. 8(1)
    NGO_REPORT = "ngo_report"
    MEDIA_REPORT = "media_report"
    INTELLIGENCE = "intelligence"
    INDUSTRY_DUE_DILIGENCE = "industry_due_diligence"
    GBV_EXPERT_CONSULTATION = "gbv_expert_consultation"
    ACADEMIC = "academic"
    OTHER = "other"


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    title: str
    date: date | None = None
    reference: str = ""


@dataclass(frozen=True)
class Finding:
    """A risk finding for one criterion: level, why, and on what information."""

    finding: RiskLevel | None = None
    reasoning: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A yes/no question (Art. 6(2), 6(3), GBV steps 1-3) with its reasoning and sources."""

    answer: bool | None = None
    reasoning: str = ""
    sources: tuple[Source, ...] = ()


class Confirmation(StrEnum):
    """The officer's follow-up on an embargo match that the screen could not settle alone."""

    APPLIES = "applies"
    DOES_NOT_APPLY = "does_not_apply"
    APPROVAL_OBTAINED = "approval_obtained"
    APPROVAL_NOT_OBTAINED = "approval_not_obtained"
    NOTIFIED = "notified"


@dataclass(frozen=True)
class EmbargoMatchRecord:
    """One embargo match as recorded in the case (copied from the screen, plus follow-up)."""

    embargo_id: str
    title: str
    legal_basis_kind: LegalBasisKind
    effect: Effect
    explanation: str = ""
    party: str = ""
    confirmation: Confirmation | None = None
    reasoning: str = ""
    #: The exemption paths the screen found open to this party (approval, notification...):
    #: a region-scope match (Darfur) can be cleared by an approval only where one is open.
    exemption_paths: tuple[ExemptionKind, ...] = ()
    #: The notification's waiting period stated in the embargo entry; None = not stated.
    waiting_days: int | None = None
    #: Evidence for "approval obtained" / "notified": the sanctions committee's reference and
    #: the date of its approval or of the notification, and for notifications the date the
    #: officer recorded that no objection had been received.
    committee_reference: str = ""
    committee_date: date | None = None
    no_objection_on: date | None = None

    @property
    def explanation_message(self) -> Message:
        """The screen's explanation as a message: read back from the shipped entry, so a
        record stored in English is shown translated; else as it was written."""
        found = explanation_message(self.embargo_id, self.explanation)
        return found if found is not None else as_written(self.explanation)

    @property
    def title_message(self) -> Message:
        found = title_message(self.embargo_id, self.title)
        return found if found is not None else as_written(self.title)


@dataclass(frozen=True)
class Article6Input:
    screened_on: date | None = None
    embargo_matches: tuple[EmbargoMatchRecord, ...] = ()
    other_obligations: Answer = field(default_factory=Answer)  # 6(2): True = would violate
    knowledge: Answer = field(default_factory=Answer)  # 6(3): True = State knows


class Article7Basis(StrEnum):
    """Why Article 7 is (or is not) assessed: it binds the exporting State (Art. 7(1)); for
    imports, transit, trans-shipment and brokering only the authority's national policy asks."""

    EXPORT = "export"
    NATIONAL_POLICY = "national_policy"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class GbvInput:
    """Art. 7(4), the five-step flowchart. Step 5 is the mitigation linked to ``gbv``."""

    prevalent: Answer = field(default_factory=Answer)  # step 1
    prevalent_types: tuple[str, ...] = ()
    serious: Answer = field(default_factory=Answer)  # step 2
    effective_prevention: Answer = field(default_factory=Answer)  # step 3
    #: The potential that the items would be used to commit or facilitate the identified
    #: GBV/VAWC, before mitigation: the starting point of step 4, settled after step 5.
    risk: Finding = field(default_factory=Finding)
    #: Step 5 answered without a measure: the officer considered mitigation (Art. 7(2)) and
    #: none addresses this risk. With no linked measure and no such answer, step 5 is open and
    #: step 4 is not reached: no outcome is shown before mitigation was considered (7(3)).
    no_mitigation_available: bool = False
    #: The officer's reasoning on step 4 (the overriding-risk determination itself is computed).
    overriding_reasoning: str = ""


class SupplyChainStage(StrEnum):
    """Seed 002, note 9: where diversion happens (end use and disposal kept apart here)."""

    MANUFACTURE = "manufacture"
    PRE_TRANSFER = "pre_transfer"  # loading
    TRANSIT = "transit"
    POST_DELIVERY_STORAGE = "post_delivery_storage"
    END_USE = "end_use"
    DISPOSAL = "disposal"


class RedFlag(StrEnum):
    UNUSUAL_ROUTING = "unusual_routing"
    UNKNOWN_BROKER = "unknown_broker"
    NEEDS_MISMATCH = "needs_mismatch"
    VAGUE_END_USE = "vague_end_use"
    UNUSUAL_PAYMENT = "unusual_payment"
    DIVERSION_HISTORY = "diversion_history"
    WEAK_STOCKPILE_SECURITY = "weak_stockpile_security"
    OTHER = "other"


@dataclass(frozen=True)
class RedFlagRecord:
    flag: RedFlag
    present: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class EndUserAssurances:
    certificate_received: bool | None = None
    certificate_authenticated: bool | None = None
    no_reexport_without_consent: bool | None = None
    stockpile_security_assurance: bool | None = None
    reference: str = ""


@dataclass(frozen=True)
class PostShipment:
    delivery_verification: bool | None = None
    on_site_inspection: bool | None = None
    cooperation_agreed: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class DiversionInput:
    stages: tuple[tuple[SupplyChainStage, Finding], ...] = ()
    red_flags: tuple[RedFlagRecord, ...] = ()
    assurances: EndUserAssurances = field(default_factory=EndUserAssurances)
    post_shipment: PostShipment = field(default_factory=PostShipment)

    def stage(self, stage: SupplyChainStage) -> Finding:
        return dict(self.stages).get(stage, Finding())


class MitigationKind(StrEnum):
    CONFIDENCE_BUILDING = "confidence_building"
    JOINT_PROGRAMME = "joint_programme"
    END_USE_ASSURANCE = "end_use_assurance"
    RE_EXPORT_CLAUSE = "re_export_clause"
    DELIVERY_VERIFICATION = "delivery_verification"
    POST_SHIPMENT_VERIFICATION = "post_shipment_verification"
    STOCKPILE_SECURITY = "stockpile_security"
    TRAINING = "training"
    OTHER = "other"


class KindPolicy(StrEnum):
    """The authority's policy on a measure of a kind that cannot address a risk (Art. 7(2),
    11(2)): by default it lowers nothing; an authority may let an officer's stated reason count.
    """

    TREATY_KINDS_ONLY = "treaty_kinds_only"
    OFFICER_REASON = "officer_reason"


@dataclass(frozen=True)
class RiskLink:
    """A measure's link to one risk, judged on its own: a measure may reduce diversion reliably
    and do nothing for an IHL risk, so each linked risk has its own judgement and reason."""

    criterion: Criterion
    reliably_reduces: bool | None = None
    reasoning: str = ""
    #: Why a measure of this kind can address this risk although the table in
    #: ``mitigation.CAN_ADDRESS`` says it cannot; counted only under ``KindPolicy.OFFICER_REASON``.
    kind_reason: str = ""
    #: Read from an older record's single judgement for the whole measure: applied to each
    #: linked risk as it was then, and noted for review.
    carried_over: bool = False


@dataclass(frozen=True)
class MitigationMeasure:
    """An Art. 7(2) measure, linked to the risks it addresses, each link judged on its own."""

    id: str
    kind: MitigationKind
    description: str
    links: tuple[RiskLink, ...] = ()
    reasoning: str = ""  # what the measure is and how it is verified (optional)
    sources: tuple[Source, ...] = ()

    @property
    def addresses(self) -> tuple[Criterion, ...]:
        """The risks the measure is linked to, in the order they were linked."""
        return tuple(link.criterion for link in self.links)

    def link(self, criterion: Criterion) -> RiskLink | None:
        return next((lk for lk in self.links if lk.criterion is criterion), None)


@dataclass(frozen=True)
class AssessmentInput:
    article6: Article6Input = field(default_factory=Article6Input)
    article7: tuple[tuple[Criterion, Finding], ...] = ()  # (a), (b)(i)-(iv)
    gbv: GbvInput = field(default_factory=GbvInput)
    diversion: DiversionInput = field(default_factory=DiversionInput)
    mitigation: tuple[MitigationMeasure, ...] = ()
    #: The case's transfer type (Art. 2(2)) and whether Article 7 applies to it.
    transfer_type: TransferType = TransferType.EXPORT
    article7_basis: Article7Basis = Article7Basis.EXPORT
    #: 7(1)(a) "would contribute to or undermine": True = the export would contribute to peace
    #: and security. The undermining risk is ``finding(Criterion.A)``; 7(3) weighs both.
    peace_contribution: Answer = field(default_factory=Answer)
    #: The authority's mitigation policy when the assessment was last saved (a snapshot, so the
    #: record re-evaluates as it was decided); the service stamps it from the settings.
    mitigation_policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY

    def finding(self, criterion: Criterion) -> Finding:
        return dict(self.article7).get(criterion, Finding())


# --------------------------------------------------------------------------- result


class Recommendation(StrEnum):
    DENY = "deny"
    AUTHORISE_POSSIBLE = "authorise_possible"
    INCOMPLETE = "incomplete"


def _bracketed(criterion: str, article: int) -> str:
    return f"[{criterion}]"


@dataclass(frozen=True)
class CitationStyle:
    """The words a citation is built from, so each reader (the record's plain English, the
    PDFs' English or Chinese, the translated UI) words it without re-deriving its structure.

    ``article`` and ``article_paragraph`` are ``str.format`` templates (``{article}``,
    ``{paragraph}``); ``criterion`` names a criterion code (``"b_ii"``, an embargo id) and is
    told the article, since an Article 6 ground's criterion is an embargo.
    """

    article: str = "Article {article}"
    article_paragraph: str = "Article {article}({paragraph})"
    separator: str = " "
    criterion: Callable[[str, int], str] = _bracketed


#: ``Article 7(3) [b_ii]``: how the record, the history and denial notices cite a ground.
PLAIN_CITATION = CitationStyle()


def _whole_number(value: object) -> int | None:
    """A stored number (text in the database, an int in older history) or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value).strip()
    return int(text) if text.isdigit() else None


@dataclass(frozen=True)
class Ground:
    """A treaty ground for the recommendation, e.g. Article 7, paragraph 3, criterion b_ii.

    ``article`` is None only for a free-text ground imported from a register spreadsheet
    ("overriding risk"): then the criterion carries the text as it was written.
    """

    article: int | None
    paragraph: int | None
    criterion: str | None
    #: In English, as the record, the history and the database keep it.
    explanation: str
    #: The same as a catalogue message where the engine made it (a stored ground has none):
    #: the window and the PDFs show it in their language.
    message: Message | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls, article: int, paragraph: int | None, criterion: str | None, message: Message
    ) -> Ground:
        """A ground the engine found, its English kept alongside the message."""
        return cls(article, paragraph, criterion, translate(message, "en"), message)

    def text(self, language: str) -> str:
        """The explanation in ``language`` (as recorded, when no message is known)."""
        return self.explanation if self.message is None else translate(self.message, language)

    def citation(self, style: CitationStyle = PLAIN_CITATION) -> str:
        """The one way a ground is cited; ``style`` supplies the (translated) words."""
        if self.article is None:
            return self.criterion or self.explanation
        if self.paragraph is None:
            text = style.article.format(article=self.article)
        else:
            text = style.article_paragraph.format(article=self.article, paragraph=self.paragraph)
        if self.criterion:
            text += style.separator + style.criterion(self.criterion, self.article)
        return text

    def to_json(self) -> dict[str, str]:
        """As stored in the database, the history and case files: text values, "" for none."""
        return {
            "article": "" if self.article is None else str(self.article),
            "paragraph": "" if self.paragraph is None else str(self.paragraph),
            "criterion": self.criterion or "",
            "explanation": self.explanation,
        }

    @classmethod
    def from_json(cls, row: Mapping[str, Any]) -> Ground:
        """Back from ``to_json`` (or an older row that left out empty keys)."""
        return cls(
            article=_whole_number(row.get("article")),
            paragraph=_whole_number(row.get("paragraph")),
            criterion=str(row.get("criterion") or "").strip() or None,
            explanation=str(row.get("explanation") or "").strip(),
        )


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    before: RiskLevel | None
    residual: ResidualRisk | None
    mitigated_by: tuple[str, ...]
    #: The engine's sentence in English, as the record keeps it.
    explanation: str
    #: The same conclusion as a catalogue message, where the engine gives one (the GBV
    #: flowchart's), so a record in another language says it in that language.
    message: Message | None = None

    def text(self, language: str) -> str:
        return self.explanation if self.message is None else translate(self.message, language)


class StepStatus(StrEnum):
    DONE = "done"
    CURRENT = "current"  # where the case stands: the next thing to answer
    NOT_REACHED = "not_reached"
    NOT_NEEDED = "not_needed"  # the flowchart ended earlier


@dataclass(frozen=True)
class GbvStep:
    number: int  # the flowchart's own numbering
    title: str
    status: StepStatus
    #: What the step found, as a catalogue message: the record translates it.
    message: Message

    @property
    def explanation(self) -> str:
        """The finding in English, as the record keeps it."""
        return translate(self.message, "en")


@dataclass(frozen=True)
class GbvResult:
    steps: tuple[GbvStep, ...]  # in evaluation order: 1, 2, 3, 5, 4
    order_note: str
    residual: ResidualRisk | None
    message: Message

    @property
    def explanation(self) -> str:
        """The flowchart's conclusion in English, as the record keeps it."""
        return translate(self.message, "en")

    @property
    def current_step(self) -> int | None:
        return next((s.number for s in self.steps if s.status is StepStatus.CURRENT), None)


@dataclass(frozen=True)
class AssessmentResult:
    recommendation: Recommendation
    grounds: tuple[Ground, ...] = ()
    missing: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()  # e.g. sanctions-committee notifications before delivery
    notes: tuple[str, ...] = ()
    criteria: tuple[CriterionResult, ...] = ()
    gbv: GbvResult | None = None
    #: Which Article 7 applied: the exporter's obligation, national policy, or none.
    article7_basis: Article7Basis = Article7Basis.EXPORT
    #: ``missing``, ``conditions`` and ``notes`` as catalogue messages, item by item (the
    #: English above is what the record keeps); empty for a result built without them.
    missing_messages: tuple[Message, ...] = field(default=(), compare=False)
    condition_messages: tuple[Message, ...] = field(default=(), compare=False)
    note_messages: tuple[Message, ...] = field(default=(), compare=False)

    def missing_in(self, language: str) -> tuple[str, ...]:
        return _in(self.missing, self.missing_messages, language)

    def conditions_in(self, language: str) -> tuple[str, ...]:
        return _in(self.conditions, self.condition_messages, language)

    def notes_in(self, language: str) -> tuple[str, ...]:
        return _in(self.notes, self.note_messages, language)


def _in(english: tuple[str, ...], messages: tuple[Message, ...], language: str) -> tuple[str, ...]:
    """The items in ``language`` where each has its message, else as recorded."""
    if len(messages) != len(english):
        return english
    return tuple(translate(m, language) for m in messages)


def english(messages: Sequence[Message]) -> tuple[str, ...]:
    """The English the record keeps of the engine's messages."""
    return tuple(translate(m, "en") for m in messages)
