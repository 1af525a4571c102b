"""Whether two names are the same party: normalised (case, accents, punctuation and legal
forms such as Ltd, LLC, GmbH or SA removed), then compared exactly and by similarity, since a
denied buyer often comes back slightly renamed. Used to match denial notices and end users
(``services.consistency``); the embargo screen folds names the same way (``fold``).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from enum import StrEnum

#: Legal-form words dropped from the end of a name before comparing.
LEGAL_SUFFIXES = frozenset(
    [
        "ltd",
        "limited",
        "llc",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "oy",
        "oyj",
        "ab",
        "as",
        "asa",
        "aps",
        "pte",
        "pty",
        "jsc",
        "ojsc",
        "pjsc",
        "cjsc",
        "ooo",
        "zao",
        "oao",
        "llp",
        "lp",
        "fze",
        "fzco",
        "fzc",
        "kk",
        "sdn",
        "bhd",
        "tbk",
        "pvt",
    ]
)
#: Words too common to count as overlap ("Ministry of Defence" is not a match by itself).
STOP_WORDS = frozenset(
    ["of", "the", "and", "for", "de", "la", "le", "du", "des", "del", "di", "da", "und", "et", "y"]
)
SIMILARITY = 0.85
TOKEN_OVERLAP = 0.8
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


def _tokens(normalised: str) -> set[str]:
    return {t for t in normalised.split() if t not in STOP_WORDS}


def name_similarity(a: str, b: str) -> tuple[float, MatchKind | None]:
    """(score, kind) for two raw names; kind is None when they are not alike."""
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return 0.0, None
    if na == nb:
        return 1.0, MatchKind.EXACT
    ratio = SequenceMatcher(None, na, nb).ratio()
    ta, tb = _tokens(na), _tokens(nb)
    shared = ta & tb
    overlap = len(shared) / min(len(ta), len(tb)) if ta and tb and len(shared) >= 2 else 0.0
    score = max(ratio, overlap if overlap >= TOKEN_OVERLAP else 0.0)
    if score >= SIMILARITY or overlap >= TOKEN_OVERLAP:
        return round(score, 3), MatchKind.SIMILAR
    return round(score, 3), None


def weighted_score(score: float, same_country: bool) -> float:
    """A name match counts for less when the party is in another country than the denied one."""
    return round(score if same_country else score * OTHER_COUNTRY_FACTOR, 3)
