"""Name matching (domain/names.py): normalisation, exact and similar names, country weight."""

from __future__ import annotations

import pytest

from att_desktop.domain.names import (
    MatchKind,
    fold,
    name_similarity,
    normalise_name,
    weighted_score,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ACME Trading Co., Ltd.", "acme trading"),
        ("Société Générale d'Armement S.A.", "societe generale d armement"),
        ("Müller & Söhne GmbH", "muller and sohne"),
        ("  Sahel   Logistics LLC ", "sahel logistics"),
        ("Ltd", "ltd"),  # never normalised to nothing
    ],
)
def test_normalise_name(raw: str, expected: str) -> None:
    assert normalise_name(raw) == expected


def test_name_similarity_kinds() -> None:
    assert name_similarity("Sahel Logistics LLC", "SAHEL LOGISTICS") == (1.0, MatchKind.EXACT)
    score, kind = name_similarity("Sahel Logistic Services", "Sahel Logistics Services Ltd")
    assert kind is MatchKind.SIMILAR and score >= 0.85
    assert name_similarity("Logistics Services Sahel", "Sahel Logistics Services")[1] is (
        MatchKind.SIMILAR
    )
    assert name_similarity("Ministry of Defence", "Ministry of Interior")[1] is None
    assert name_similarity("Nordic Arms", "Atlas Defence Systems")[1] is None


def test_fold_drops_case_and_accents_only() -> None:
    assert fold("Société GÉNÉRALE, S.A.") == "societe generale, s.a."


def test_a_match_in_another_country_weighs_less() -> None:
    assert weighted_score(0.9, True) == 0.9
    assert weighted_score(1.0, False) == 0.85
    assert weighted_score(0.9, False) == 0.765


def test_denial_notices_share_the_sanctions_list_matcher() -> None:
    """Issue 12: a denial notified by another State in Cyrillic, or with the words in another
    order or spelling, is matched as the UN Consolidated List is (domain.name_matching)."""
    score, kind = name_similarity("Сахель Лоджистикс", "Sahel Logistics LLC")
    assert kind is MatchKind.SIMILAR and score >= 0.85
    assert name_similarity("Kadhafi Mouammar", "Muammar Qadhafi")[1] is MatchKind.SIMILAR
    assert name_similarity("Sahel Logistics", "Atlas Trading")[1] is None
