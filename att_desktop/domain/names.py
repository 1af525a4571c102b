"""Whether two names are the same party: normalised (case, accents, punctuation and legal
forms such as Ltd, LLC, GmbH or SA removed), then compared exactly and by similarity, since a
denied buyer often comes back slightly renamed. Used to match denial notices and end users
(``services.consistency``); the embargo screen folds names the same way (``fold``).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from att_desktop.domain.name_matching import LEGAL_SUFFIXES, compare

SIMILARITY = 0.85
OTHER_COUNTRY_FACTOR = 0.85


class MatchKind(StrEnum):
    EXACT = "exact"
    SIMILAR = "similar"


def fold(text: str) -> str:
    """Case and accents gone: "Société" and "SOCIETE" both become "societe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """'ACME Trading Co., Ltd.' and 'Acme trading' both become 'acme trading'."""
    plain = fold(name)
    # Dots are dropped, not spaced, so "S.A." is the suffix "sa" and "Co., Ltd." is "co ltd".
    tokens = re.sub(r"[^\w]+", " ", plain.replace(".", "").replace("&", " and ")).split()
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


def name_similarity(a: str, b: str) -> tuple[float, MatchKind | None]:
    """(score 0–1, kind) for two raw names; kind is None when they are not alike.

    The similarity is the sanctions-list matcher's (``domain.name_matching.compare``:
    transliteration, word order, spelling variants), so denial notices from other States are
    matched exactly as the UN Consolidated List is.
    """
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return 0.0, None
    if na == nb:
        return 1.0, MatchKind.EXACT
    score = compare(a, b).score / 100
    return round(score, 3), MatchKind.SIMILAR if score >= SIMILARITY else None


def weighted_score(score: float, same_country: bool) -> float:
    """A name match counts for less when the party is in another country than the denied one."""
    return round(score if same_country else score * OTHER_COUNTRY_FACTOR, 3)
