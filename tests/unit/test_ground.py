"""One Ground, one citation: how it is cited in each reader's words and how it is stored."""

from __future__ import annotations

from att_desktop.domain.assessment.model import CitationStyle, Ground
from att_desktop.formats.pdf_labels import citation_style


def test_plain_citation_names_article_paragraph_and_criterion() -> None:
    assert Ground(7, 3, "b_ii", "why").citation() == "Article 7(3) [b_ii]"
    assert Ground(11, None, None, "why").citation() == "Article 11"
    # A free-text ground from an imported register is cited by its own words.
    assert Ground(None, None, "overriding risk", "").citation() == "overriding risk"


def test_a_style_supplies_the_words_and_the_structure_stays() -> None:
    style = CitationStyle(
        article="Art {article}",
        article_paragraph="Art {article}/{paragraph}",
        separator=" - ",
        criterion=lambda code, article: f"{code}@{article}",
    )
    assert Ground(7, 3, "a", "").citation(style) == "Art 7/3 - a@7"
    assert Ground(6, None, "kp", "").citation(style) == "Art 6 - kp@6"


def test_pdf_citations_in_english_and_chinese() -> None:
    embargo = Ground(6, 1, "un-kp-1718", "")
    assert embargo.citation(citation_style("en")) == "Article 6(1), embargo un-kp-1718"
    assert embargo.citation(citation_style("zh_CN")) == "第6条第1款，禁运 un-kp-1718"
    human_rights = Ground(7, 3, "b_ii", "")
    assert human_rights.citation(citation_style("en")) == (
        "Article 7(3), 7(1)(b)(ii) International human rights law"
    )
    assert human_rights.citation(citation_style("zh_CN")) == "第7条第3款，7(1)(b)(ii) 国际人权法"
    assert Ground(11, None, None, "").citation(citation_style("zh_CN")) == "第11条"


def test_stored_shape_is_text_and_reads_back() -> None:
    ground = Ground(7, 3, "gbv", "Shall not authorise.")
    stored = {
        "article": "7",
        "paragraph": "3",
        "criterion": "gbv",
        "explanation": ground.explanation,
    }
    assert ground.to_json() == stored
    assert Ground.from_json(stored) == ground
    no_paragraph = Ground(11, None, None, "x")
    assert no_paragraph.to_json() == {
        "article": "11",
        "paragraph": "",
        "criterion": "",
        "explanation": "x",
    }
    assert Ground.from_json(no_paragraph.to_json()) == no_paragraph


def test_older_rows_still_read() -> None:
    # Register imports once stored only the keys they had; case files may hold numbers.
    assert Ground.from_json({"article": "7", "paragraph": "3"}) == Ground(7, 3, None, "")
    assert Ground.from_json({"criterion": "overriding risk"}) == Ground(
        None, None, "overriding risk", ""
    )
    assert Ground.from_json({"article": 6, "paragraph": None, "criterion": "x"}) == Ground(
        6, None, "x", ""
    )
