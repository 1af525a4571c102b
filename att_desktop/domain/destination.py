"""A file per destination State: the topics its standing findings cover, and when they are stale.

An officer's knowledge of a State outlives the case it was gathered for: findings on the
prevalent types of gender-based violence and the State's prevention (seed 003 ¶26, GBV steps
1 and 3), its human rights and IHL situation (Art. 7(1)(b)), diversion history (Art. 11) and
terrorism or organised crime are kept per State, dated, so new assessments start from them and
the authority can see when material needs refreshing.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class DestinationTopic(StrEnum):
    """What a standing finding is about; one current finding per topic and State."""

    GBV = "gbv"
    HUMAN_RIGHTS = "human_rights"
    IHL = "ihl"
    DIVERSION = "diversion"
    TERRORISM_CRIME = "terrorism_crime"
    OTHER = "other"


#: English names, for the history's summaries and the headless commands (the window has its
#: own translated labels).
TOPIC_NAMES: dict[DestinationTopic, str] = {
    DestinationTopic.GBV: "Prevalent GBV types and prevention measures",
    DestinationTopic.HUMAN_RIGHTS: "Human rights situation",
    DestinationTopic.IHL: "IHL situation",
    DestinationTopic.DIVERSION: "Diversion history",
    DestinationTopic.TERRORISM_CRIME: "Terrorism and organised crime",
    DestinationTopic.OTHER: "Other",
}

#: The authority's default: material older than this many months needs refreshing.
DEFAULT_REFRESH_MONTHS = 12


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (0 when ``later`` is not after it):
    2025-01-10 → 2025-02-09 is 0 months, → 2025-02-10 is 1."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(0, months)


def is_stale(assessed_on: date, today: date, limit_months: int) -> bool:
    """Older than ``limit_months``: at least that many whole months have passed."""
    return months_between(assessed_on, today) >= limit_months
