"""Whether a party's name is a listed name: the one matcher for the UN Security Council
Consolidated List and for denial notices from other States.

Names reach the register in every script and spelling: "Муаммар Каддафи", "Mouammar
Kadhafi", "QADHAFI, Muammar". Both sides are therefore folded the same way before they are
compared: transliterated to Latin letters (anyascii), case-folded, honorifics, legal forms,
particles and punctuation dropped, and a light phonetic skeleton taken (q→k, ph→f, ou→u,
doubled letters once...). Similarity comes from rapidfuzz, not hand-written code: the
token-sort ratio (word order), the token-set ratio (a name inside a longer one) and a
token-by-token alignment (each word of the shorter name against its best partner, so
spelling variants of every word count). A miss is the dangerous error here (a wrong "may
authorise"), so the threshold is set to flag and let a person decide; every score comes with
its explanation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

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

#: A name scoring at least this (0–100) against a listed name is a hit for a person to review.
THRESHOLD = 85.0
#: Low-quality aliases ("a.k.a." the committee itself calls weak) need a closer match.
LOW_QUALITY_THRESHOLD = 92.0
#: Points added when the party's country is one the listed entry is tied to (address or
#: nationality): a supporting signal only, it never turns a non-match into a hit.
SAME_COUNTRY_BONUS = 5.0

#: Titles and honorifics that say nothing about who a person is.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "sheikh",
        "shaikh",
        "shaykh",
        "sheik",
        "haji",
        "hajji",
        "hadji",
        "al-haj",
        "alhaj",
        "mullah",
        "mulla",
        "maulvi",
        "maulavi",
        "mawlawi",
        "qari",
        "hafiz",
        "imam",
        "sayyid",
        "sayed",
        "syed",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "brigadier",
        "brig",
        "commander",
        "cmdr",
        "admiral",
        "adm",
        "sergeant",
        "sgt",
        "",
    ]
)
#: Particles that come and go between transliterations ("al-Qadhafi", "Qadhafi").
PARTICLES = frozenset(["al", "el", "ul", "ad", "ar", "as", "at", "an", "az", "ash", "van", "von"])

#: Phonetic folds applied to each word, in order: spellings of one sound become one.
_PHONETIC = (
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("dj", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("z", "s"),
    ("e", "i"),
    ("o", "u"),
)


class NameKind(StrEnum):
    """Where a listed name comes from: it decides the threshold."""

    PRIMARY = "primary"
    ALIAS_GOOD = "alias_good"
    ALIAS_LOW = "alias_low"
    ORIGINAL_SCRIPT = "original_script"


@dataclass(frozen=True)
class NameScore:
    """How alike two names are, and why (0–100)."""

    score: float
    method: str
    left: str
    right: str

    def explain(self) -> str:
        return f"{self.method} {self.score:.0f}: '{self.left}' ~ '{self.right}'"


@dataclass(frozen=True)
class ListedName:
    """One name a listed entry is known by."""

    text: str
    kind: NameKind


@dataclass(frozen=True)
class Candidate:
    """What is screened: a party's name, its country (ISO alpha-2) and address."""

    name: str
    country: str = ""
    address: str = ""


@dataclass(frozen=True)
class Hit:
    """A party resembling a listed entry: the best of its names, and the reasons."""

    score: float
    name_score: float
    matched_name: str
    matched_kind: NameKind
    same_country: bool
    explanation: str


def transliterate(text: str) -> str:
    """Any script to Latin letters: "Муаммар" → "Muammar", "القذافي" → "alqdhafy"."""
    return anyascii(text)


def _words(text: str) -> list[str]:
    plain = transliterate(text).casefold().replace("'", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", " ", plain.replace("&", " and ")).split()


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A name as the matcher compares it: Latin letters, lower case, no honorifics, legal
    forms, particles, stop words or punctuation. Never empty for a name with letters: the
    last word stays even if it is a legal form."""
    words = _words(text)
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    kept = [w for w in words if w not in HONORIFICS and w not in PARTICLES]
    kept = [w for w in kept if w not in STOP_WORDS] or kept or words
    return " ".join(kept)


def _phonetic_word(word: str) -> str:
    for old, new in _PHONETIC:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    # "h" between letters is mostly silent in transliterations ("Ahmad", "Amad").
    return word[0] + word[1:].replace("h", "") if len(word) > 1 else word


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """The phonetic skeleton of a name: "Mouammar Kadhafi" and "Muammar Qadhafi" both give
    "muamar kadafi"."""
    return " ".join(_phonetic_word(w) for w in normalise(text).split())


def _aligned(short: list[str], long: list[str]) -> float:
    """Mean best ratio of each word of the shorter name against the longer name's words."""
    if not short or not long:
        return 0.0
    total = sum(max(fuzz.ratio(w, other) for other in long) * len(w) for w in short)
    return total / sum(len(w) for w in short)


def _scores(a: str, b: str, label: str) -> list[NameScore]:
    ta, tb = a.split(), b.split()
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    found = [NameScore(fuzz.token_sort_ratio(a, b), f"{label}word order", a, b)]
    # A name inside a longer one counts only if it has two words: "Ali" is not "Ali Hassan".
    if len(short) >= 2:
        found.append(NameScore(fuzz.token_set_ratio(a, b), f"{label}words contained", a, b))
        # Words of the longer name left unmatched lower the alignment a little.
        spare = (len(long) - len(short)) * 2.0
        found.append(NameScore(_aligned(short, long) - spare, f"{label}word by word", a, b))
    return found


@lru_cache(maxsize=262144)
def compare(a: str, b: str) -> NameScore:
    """The best similarity (0–100) of two raw names, with the method that found it."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return NameScore(0.0, "empty", na, nb)
    if na == nb:
        return NameScore(100.0, "same name", na, nb)
    candidates = _scores(na, nb, "")
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        candidates.append(NameScore(98.0, "same sound", sa, sb))
    else:
        candidates += _scores(sa, sb, "sound, ")
    best = max(candidates, key=lambda s: s.score)
    return NameScore(round(max(best.score, 0.0), 1), best.method, best.left, best.right)


def threshold_for(kind: NameKind) -> float:
    return LOW_QUALITY_THRESHOLD if kind is NameKind.ALIAS_LOW else THRESHOLD


def match_entry(
    candidate: Candidate,
    names: Sequence[ListedName],
    countries: Iterable[str] = (),
    cities: Iterable[str] = (),
) -> Hit | None:
    """The hit a party makes on one listed entry, or None.

    ``countries`` are the entry's ISO codes (addresses, nationality), ``cities`` the towns of
    its addresses: they support a name match (and are named in the explanation) but never
    make one.
    """
    best: tuple[NameScore, ListedName] | None = None
    for listed in names:
        found = compare(candidate.name, listed.text)
        if found.score < threshold_for(listed.kind):
            continue
        if best is None or found.score > best[0].score:
            best = (found, listed)
    if best is None:
        return None
    found, listed = best
    codes = {c.upper() for c in countries if c}
    same_country = bool(candidate.country) and candidate.country.upper() in codes
    address = normalise(candidate.address)
    towns = [c for c in cities if c and normalise(c) and f" {normalise(c)} " in f" {address} "]
    reasons = [f"name {found.explain()} ({listed.kind.value} name '{listed.text}')"]
    if same_country:
        reasons.append(f"same country {candidate.country.upper()}")
    elif codes and candidate.country:
        reasons.append(
            f"listed for {', '.join(sorted(codes))}, party in {candidate.country.upper()}"
        )
    if towns:
        reasons.append(f"address names {', '.join(towns)}")
    score = min(100.0, found.score + (SAME_COUNTRY_BONUS if same_country else 0.0))
    return Hit(
        score=round(score, 1),
        name_score=found.score,
        matched_name=listed.text,
        matched_kind=listed.kind,
        same_country=same_country,
        explanation="; ".join(reasons),
    )
