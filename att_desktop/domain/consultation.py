"""Which agencies a case must go to, and when their opinions are due (issue 14).

Seed 001 ¶8 names the failure this answers: agencies that take part in coordination they are
not needed for while others that are needed are left out, and nobody quite knowing another
agency's mandate. A consultation rule says, in data the authority keeps, "cases like this go
to that agency"; the officer may still depart from it, with a stated reason. Pure logic: the
services gather a case's facts and the rules, this module matches and counts days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from att_desktop.domain.assessment.model import Criterion, RiskLevel
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.enums import TransferType
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg


class FindingCondition(StrEnum):
    """What the case or its assessment must show for a rule to apply. Stored: never rename."""

    #: Any case (the other conditions still apply).
    ANY = "any"
    #: The case names transit or trans-shipment States, or is itself a transit or
    #: trans-shipment (Article 9).
    TRANSIT = "transit"
    #: GBV step 2: the prevalent GBV/VAWC is found "serious", or the GBV risk (step 4's
    #: starting point) is at ``min_level`` or above (Article 7(4)).
    GBV_SERIOUS = "gbv_serious"
    #: An Article 7 or Article 11 risk (``criterion``) found at ``min_level`` or above.
    RISK = "risk"
    #: Article 6: an embargo match, or 6(2)/6(3) answered "would violate".
    ARTICLE6 = "article6"


#: Risk levels in rising order, so "at least substantial" can be compared.
_LEVEL_ORDER = (
    RiskLevel.NONE_IDENTIFIED,
    RiskLevel.LOW,
    RiskLevel.SUBSTANTIAL,
    RiskLevel.OVERRIDING_BEFORE_MITIGATION,
)


def at_least(level: RiskLevel | None, floor: RiskLevel) -> bool:
    return level is not None and _LEVEL_ORDER.index(level) >= _LEVEL_ORDER.index(floor)


@dataclass(frozen=True)
class CaseFacts:
    """What the rules look at, read from the case and its current assessment."""

    transfer_type: TransferType
    destination: str
    #: ATT category codes of the case's current lines (e.g. "VIII.SA.2").
    categories: frozenset[str] = frozenset()
    transit_states: tuple[str, ...] = ()
    #: GBV step 2 answered "yes".
    gbv_serious: bool = False
    #: Each assessed risk before mitigation (Article 7 criteria, GBV, the highest Article 11
    #: stage under DIVERSION).
    risks: Mapping[Criterion, RiskLevel] = field(default_factory=dict)
    article6_concern: bool = False


@dataclass(frozen=True)
class Rule:
    """One consultation rule: conditions that all must hold, and the agency they name."""

    id: int
    agency_code: str
    #: Empty: any transfer type.
    transfer_types: frozenset[TransferType] = frozenset()
    #: An ATT category or heading code ("VIII", "VIII.SA"); empty: any category.
    category: str = ""
    #: ISO country codes of the destinations (a region is a list of them); empty: any.
    destinations: frozenset[str] = frozenset()
    finding: FindingCondition = FindingCondition.ANY
    criterion: Criterion | None = None
    min_level: RiskLevel | None = None
    #: Why the authority made the rule (its mandate, a decree): shown beside it.
    note: str = ""
    active: bool = True


def code_problems(category: str, destinations: Iterable[str]) -> list[FieldError]:
    """A rule's category and destinations must be codes the shipped reference data knows: a
    mistyped one ("VII.SA", "UK") would never match a case, and the agency it names would
    silently not be consulted."""
    errors: list[FieldError] = []
    codes = {d.strip().upper() for d in destinations if d.strip()}
    unknown = sorted(c for c in codes if not is_valid_country(c))
    if unknown:
        errors.append(
            FieldError(
                "destinations",
                msg(
                    "{codes}: not a known ISO 3166 country code; give two-letter "
                    "codes such as BR or NO (GB for the United Kingdom)",
                    codes=", ".join(unknown),
                ),
            )
        )
    wanted = category.strip()
    if wanted and not load_categories().is_valid(wanted, selectable_only=False):
        errors.append(
            FieldError(
                "category",
                msg(
                    "{code} is not an ATT category; give a category or heading code from the "
                    "annual report's list, such as VIII or VIII.SA.2",
                    code=repr(wanted),
                ),
            )
        )
    return errors


def _category_matches(rule_category: str, categories: Iterable[str]) -> bool:
    if not rule_category:
        return True
    return any(c == rule_category or c.startswith(rule_category + ".") for c in categories)


def _finding_matches(rule: Rule, facts: CaseFacts) -> bool:
    kind = rule.finding
    if kind is FindingCondition.ANY:
        return True
    if kind is FindingCondition.TRANSIT:
        return bool(facts.transit_states) or facts.transfer_type in (
            TransferType.TRANSIT,
            TransferType.TRANSSHIPMENT,
        )
    if kind is FindingCondition.GBV_SERIOUS:
        gbv = facts.risks.get(Criterion.GBV)
        return facts.gbv_serious or (rule.min_level is not None and at_least(gbv, rule.min_level))
    if kind is FindingCondition.RISK:
        if rule.criterion is None:
            return False
        return at_least(facts.risks.get(rule.criterion), rule.min_level or RiskLevel.SUBSTANTIAL)
    return facts.article6_concern


def matches(rule: Rule, facts: CaseFacts) -> bool:
    """Does this active rule apply to the case?"""
    return (
        rule.active
        and (not rule.transfer_types or facts.transfer_type in rule.transfer_types)
        and (not rule.destinations or facts.destination.upper() in rule.destinations)
        and _category_matches(rule.category, facts.categories)
        and _finding_matches(rule, facts)
    )


def required(rules: Iterable[Rule], facts: CaseFacts) -> dict[str, tuple[Rule, ...]]:
    """Agency code → the rules that require it, in the rules' order."""
    found: dict[str, list[Rule]] = {}
    for rule in rules:
        if matches(rule, facts):
            found.setdefault(rule.agency_code, []).append(rule)
    return {code: tuple(rs) for code, rs in found.items()}


_TRANSFER_WORDS = {
    TransferType.EXPORT: "export",
    TransferType.IMPORT: "import",
    TransferType.TRANSIT: "transit",
    TransferType.TRANSSHIPMENT: "trans-shipment",
    TransferType.BROKERING: "brokering",
}


def describe(rule: Rule) -> str:
    """The rule in English words, for the history, the commands and the logs (the window
    says it in the reader's language from the same fields)."""
    parts: list[str] = []
    if rule.transfer_types:
        parts.append(
            " or ".join(_TRANSFER_WORDS[t] for t in TransferType if t in rule.transfer_types)
        )
    else:
        parts.append("any case")
    if rule.category:
        parts.append(f"in category {rule.category}")
    if rule.destinations:
        parts.append("to " + ", ".join(sorted(rule.destinations)))
    finding = {
        FindingCondition.ANY: "",
        FindingCondition.TRANSIT: "with transit or trans-shipment States",
        FindingCondition.GBV_SERIOUS: "with a serious GBV finding (Art. 7(4))",
        FindingCondition.RISK: f"with the {rule.criterion.value if rule.criterion else '?'} "
        f"risk at {(rule.min_level or RiskLevel.SUBSTANTIAL).value} or above",
        FindingCondition.ARTICLE6: "with an Article 6 concern",
    }[rule.finding]
    if finding:
        parts.append(finding)
    return " ".join(parts) + f" → {rule.agency_code}"


#: The rules a new authority starts with (seed 001: clear mandates). A rule naming an agency
#: code the authority does not have does nothing until an agency with that code is added.
DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(
        0,
        "CUS",
        finding=FindingCondition.TRANSIT,
        note="Customs controls transit and trans-shipment (Article 9).",
    ),
    Rule(
        0,
        "MFA",
        frozenset({TransferType.EXPORT}),
        note="Foreign affairs assesses every export (Article 7(1)).",
    ),
    Rule(
        0,
        "MOD",
        frozenset({TransferType.EXPORT}),
        note="Defence assesses every export (Article 7(1)(a)).",
    ),
    Rule(
        0,
        "GEN",
        finding=FindingCondition.GBV_SERIOUS,
        min_level=RiskLevel.SUBSTANTIAL,
        note="The gender adviser is consulted on serious GBV findings (Article 7(4); "
        "seed 003 ¶27).",
    ),
)


# --- due dates -----------------------------------------------------------------------------


def add_working_days(start: date, days: int) -> date:
    """``days`` working days (Monday to Friday) after ``start``; a request made on a weekend
    counts from the next Monday. Public holidays are not known here."""
    current = start
    while current.weekday() >= 5:
        current += timedelta(days=1)
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


#: Working days an agency has for its opinion, unless the authority sets others.
NORMAL_WORKING_DAYS = 10
URGENT_WORKING_DAYS = 3
