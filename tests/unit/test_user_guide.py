"""The user guide is complete in every language: same chapters, same sections, every image
there, and every section that F1 opens exists (no Qt needed to check it)."""

from __future__ import annotations

import pytest

from att_desktop.ui.help_sections import (
    CHAPTERS,
    GUIDE_LANGUAGES,
    HELP_SECTIONS,
    chapter_file,
    chapter_of,
    chapter_sections,
    guide_dir,
    images_in,
    sections_in,
)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_chapter_exists_with_the_english_sections(language: str) -> None:
    for chapter in CHAPTERS:
        path = guide_dir() / language / f"{chapter}.html"
        assert path.is_file(), path
        english = [s.id for s in chapter_sections(chapter, "en")]
        assert [s.id for s in chapter_sections(chapter, language)] == english
        # The chapter opens with its title (the contents tree's top level), and every
        # heading has words.
        sections = chapter_sections(chapter, language)
        assert sections[0].level == 1 and sections[0].id == chapter
        assert all(s.title for s in sections)


def test_section_ids_are_unique_across_the_guide() -> None:
    ids = [s.id for chapter in CHAPTERS for s in chapter_sections(chapter, "en")]
    assert len(ids) == len(set(ids))


def test_one_chapter_per_role() -> None:
    assert set(CHAPTERS) >= {"officer", "committee", "decider", "focal-point", "administrator"}


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_image_the_guide_shows_exists_in_its_language(language: str) -> None:
    shown = 0
    for chapter in CHAPTERS:
        path = chapter_file(chapter, language)
        for src in images_in(path.read_text(encoding="utf-8")):
            assert f"/images/{language}/" in src, f"{chapter}: {src} is another language's"
            assert (path.parent / src).resolve().is_file(), f"{chapter}: {src} is missing"
            shown += 1
    assert shown >= 10


def test_every_link_between_chapters_lands_on_a_section() -> None:
    import re

    for language in GUIDE_LANGUAGES:
        for chapter in CHAPTERS:
            text = chapter_file(chapter, language).read_text(encoding="utf-8")
            for target, anchor in re.findall(r'<a href="([a-z-]+)\.html#([a-z0-9-]+)"', text):
                assert chapter_of(anchor, language) == target, (language, chapter, anchor)


def test_every_help_anchor_exists_in_the_guide() -> None:
    for name, section in HELP_SECTIONS.items():
        for language in GUIDE_LANGUAGES:
            assert chapter_of(section, language) is not None, f"{name} -> {section}"


def test_images_stay_small() -> None:
    total = sum(p.stat().st_size for p in (guide_dir() / "images").rglob("*.png"))
    assert total < 4_000_000


def test_sections_are_read_from_anchored_headings() -> None:
    text = '<h1><a name="a"></a>A &amp; B</h1><p>x</p><h2><a name="b-c"></a><b>B</b> c</h2>'
    assert [(s.id, s.level, s.title) for s in sections_in(text)] == [
        ("a", 1, "A & B"),
        ("b-c", 2, "B c"),
    ]
