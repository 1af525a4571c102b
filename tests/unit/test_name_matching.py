"""The one name matcher (domain/name_matching.py) for the UN Consolidated List and denial
notices: transliteration, word order, spelling variants, aliases, country as support.

Screening parties against the list enforces the Security Council's targeted measures on
listed individuals and entities (Chapter VII; e.g. res. 2161 (2014) para. 1(c), res. 1970
(2011) paras. 15–17), which Article 6(1) of the Arms Trade Treaty forbids a State to breach.
"""

from __future__ import annotations

import pytest

from att_desktop.domain.name_matching import (
    THRESHOLD,
    Candidate,
    ListedName,
    NameKind,
    compare,
    match_entry,
    normalise,
    skeleton,
    transliterate,
)

QADHAFI = (
    ListedName("MUAMMAR MUHAMMED ABU MINYAR QADHAFI", NameKind.PRIMARY),
    ListedName("معمر محمد أبو منيار القذافي", NameKind.ORIGINAL_SCRIPT),
    ListedName("Moammar Gaddafi", NameKind.ALIAS_GOOD),
    ListedName("Brother Leader", NameKind.ALIAS_LOW),
)


def test_transliteration_makes_cyrillic_latin() -> None:
    """Res. 1970 (2011) para. 17: a listed name typed in Cyrillic is still the listed name."""
    assert transliterate("Муаммар") == "Muammar"
    assert compare("Муаммар Каддафи", "Muammar Qadhafi").score >= THRESHOLD
    assert compare("Муаммар", "Mouammar").score >= THRESHOLD


def test_normalise_drops_honorifics_legal_forms_and_particles() -> None:
    assert normalise("Colonel Muammar al-Qadhafi") == "muammar qadhafi"
    assert normalise("ACME Trading Co., Ltd.") == "acme trading"
    assert normalise("Ltd") == "ltd"  # never normalised to nothing


def test_spelling_variants_share_a_phonetic_skeleton() -> None:
    assert skeleton("Mouammar Kadhafi") == skeleton("Muammar Qadhafi")
    assert compare("Mouammar Kadhafi", "Muammar Qadhafi").score >= THRESHOLD
    assert compare("Victor Boutov", "Viktor Butov").score >= THRESHOLD


def test_word_order_does_not_matter() -> None:
    found = compare("QADHAFI, Muammar", "Muammar Qadhafi")
    assert found.score == 100 and found.method == "word order"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ministry of Defence", "Ministry of Interior"),
        ("Nordic Arms", "Atlas Defence Systems"),
        ("Ali", "Ali Hassan"),  # one shared word is not a name inside a longer one
        ("Korea Mining Development", "Atlas Trading"),
    ],
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert compare(a, b).score < THRESHOLD


def test_a_party_matches_the_entry_by_its_original_script_name() -> None:
    """Res. 1970 (2011) para. 22 lists Qadhafi under the Libya regime in Arabic script too:
    a party entered in Arabic is screened against the original-script name."""
    hit = match_entry(Candidate("معمر القذافي", "LY"), QADHAFI, ["LY"])
    assert hit is not None and hit.same_country
    assert "same country LY" in hit.explanation


def test_a_good_alias_matches_and_says_so() -> None:
    hit = match_entry(Candidate("Muammar Gadafi", "FR", "12 rue X, Paris"), QADHAFI, ["LY"])
    assert hit is not None
    assert hit.matched_kind in (NameKind.ALIAS_GOOD, NameKind.PRIMARY)
    assert "listed for LY, party in FR" in hit.explanation


def test_a_low_quality_alias_needs_a_closer_match() -> None:
    weak = (ListedName("Brother Leader", NameKind.ALIAS_LOW),)
    assert THRESHOLD <= compare("Brothers Leading", "Brother Leader").score < 92
    assert match_entry(Candidate("Brothers Leading"), weak) is None
    good = (ListedName("Brother Leader", NameKind.ALIAS_GOOD),)
    assert match_entry(Candidate("Brothers Leading"), good) is not None
    assert match_entry(Candidate("Brother Leader"), weak) is not None


def test_country_supports_a_name_match_but_never_makes_one() -> None:
    listed = (ListedName("Sahel Logistics Services", NameKind.PRIMARY),)
    same = match_entry(Candidate("Sahel Logistic Services SARL", "ML"), listed, ["ML"])
    other = match_entry(Candidate("Sahel Logistic Services SARL", "SN"), listed, ["ML"])
    assert same is not None and other is not None and same.score > other.score
    assert match_entry(Candidate("Atlas Trading", "ML"), listed, ["ML"]) is None


def test_an_address_naming_the_listed_city_is_explained() -> None:
    listed = (ListedName("Sahel Logistics Services", NameKind.PRIMARY),)
    hit = match_entry(
        Candidate("Sahel Logistics", "ML", "Route de l'Aéroport, Gao"), listed, ["ML"], ["Gao"]
    )
    assert hit is not None and "address names Gao" in hit.explanation


def test_the_screen_prefilter_never_drops_a_name_the_matcher_flags() -> None:
    """ATT Article 6(1): the prefilter that makes screening a large register fast must not
    clear a party the matcher would flag. Random names with typos, dropped, added, swapped
    and joined words, deterministic seed."""
    import random

    from att_desktop.services.sanctions import IndexedEntry, candidate_entries

    rng = random.Random(12)
    syllables = ["ka", "ri", "mo", "han", "sa", "li", "ve", "to", "muh", "am", "ibn", "dun"]

    def name(words: int) -> str:
        return " ".join(
            "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))) for _ in range(words)
        )

    def variant(text: str) -> str:
        words = text.split()
        i = rng.randrange(len(words))
        change = rng.randrange(4)
        if change == 0 and len(words[i]) > 3:
            j = rng.randrange(len(words[i]))
            words[i] = words[i][:j] + words[i][j + 1 :]
        elif change == 1:
            words.append(name(1))
        elif change == 2:
            rng.shuffle(words)
        else:
            return text.replace(" ", "", 1)
        return " ".join(words)

    flagged = 0
    for _ in range(600):
        listed = name(rng.randint(1, 4))
        party = variant(listed)
        if compare(party, listed).score < THRESHOLD:
            continue
        flagged += 1
        index = {1: IndexedEntry(1, "1", "", (ListedName(listed, NameKind.PRIMARY),), (), ())}
        assert candidate_entries([party], index, None) == {party: {1}}, (party, listed)
    assert flagged > 300
