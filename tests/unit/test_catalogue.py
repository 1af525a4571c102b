"""The gettext catalogue (issue 15): the code and the catalogue agree, the complete languages
are complete with the English's placeholders, every language's file lists every message, and
dates, numbers, amounts and lists follow each of the six languages (CLDR via Babel)."""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from att_desktop.domain.countries import country_name
from att_desktop.i18n import (
    COMPLETE_LANGUAGES,
    LANGUAGES,
    catalogue_file,
    colon,
    format_currency,
    format_date,
    format_decimal,
    format_list,
    is_rtl,
    join,
    msg,
    normalise,
    placeholders,
    template_file,
    translate,
    unknown_messages,
)
from att_desktop.i18n import build as catalogue_build

Key = tuple[str | None, str]


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale, domain="att_desktop")


def _keys(catalog: Catalog) -> set[Key]:
    return {(m.context, _singular(m.id)) for m in catalog if m.id}


def _singular(msgid: object) -> str:
    return str(msgid[0] if isinstance(msgid, tuple | list) else msgid)


def _forms(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (str(value or ""),)


# --------------------------------------------------------------------------- (a) code == .pot


def test_the_template_holds_exactly_the_messages_the_code_uses() -> None:
    """Every message the code asks for is in the .pot, and every .pot message is still used:
    a text added without regenerating, or one left behind, fails here."""
    in_code = _keys(catalogue_build.template_catalog(catalogue_build.extract()))
    in_template = _keys(_read(template_file()))
    run = "run `python -m att_desktop.i18n.build`"
    assert in_code - in_template == set(), f"not in the catalogue ({run})"
    assert in_template - in_code == set(), f"no longer used ({run})"
    assert len(in_code) > 500


def test_the_extraction_finds_calls_tables_plurals_and_contexts(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text(
        textwrap.dedent(
            """
            from enum import StrEnum
            class Colour(StrEnum):
                RED = "red"
            TABLE = message_table("t.", {"key": "Keyed text", 7: "Seven", Colour.RED: "Red"})
            PLURALS = message_table("", {"days": Plural("{n} day", "{n} days", count="n")})
            a = translate("Plain", "fr")
            b = translate("With context", "fr", context="here")
            c = msg("A message {x}", context="engine", x=1)
            d = translate("{n} file", "fr", plural="{n} files", n=2)
            e = report_text("In the report", "fr")
            f = translate(variable, "fr")
            """
        ),
        encoding="utf-8",
    )
    found = {
        (e.context, e.msgid, e.plural)
        for e in catalogue_build.extract_python(package / "mod.py", tmp_path)
    }
    assert found == {
        ("t.key", "Keyed text", None),
        ("t.7", "Seven", None),
        ("t.Colour.RED", "Red", None),
        ("days", "{n} day", "{n} days"),
        (None, "Plain", None),
        ("here", "With context", None),
        ("engine", "A message {x}", None),
        (None, "{n} file", "{n} files"),
        ("annual report", "In the report", None),
    }


def test_a_message_missing_from_the_catalogue_is_noticed_and_shown_in_english() -> None:
    assert translate("A text nobody extracted", "zh_CN") == "A text nobody extracted"
    assert (None, "A text nobody extracted") in unknown_messages()


# --------------------------------------------------------------------------- (b) complete


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_a_complete_language_translates_every_message(language: str) -> None:
    catalog = _read(catalogue_file(language), language)
    untranslated = [
        (m.context, _singular(m.id))
        for m in catalog
        if m.id and (m.fuzzy or not all(_forms(m.string)))
    ]
    assert untranslated == [], f"{language}: translate these or leave COMPLETE_LANGUAGES"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_placeholders_of_its_english(language: str) -> None:
    """Only translated messages are checked in the languages still being translated."""
    catalog = _read(catalogue_file(language), language)
    wrong = []
    for m in catalog:
        if not m.id:
            continue
        wanted = placeholders(_singular(m.id))
        for form in _forms(m.string):
            if form and placeholders(form) != wanted:
                wrong.append((m.context, _singular(m.id), form))
    assert wrong == []


def test_the_complete_languages_are_the_ones_said() -> None:
    assert set(COMPLETE_LANGUAGES) <= set(LANGUAGES)
    assert COMPLETE_LANGUAGES[0] == "en"


# --------------------------------------------------------------------------- (c) every file


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_file_lists_every_message(language: str) -> None:
    """Translators see every message, translated or not, and nothing obsolete."""
    template = _keys(_read(template_file()))
    assert _keys(_read(catalogue_file(language), language)) == template


# --------------------------------------------------------------------------- words


def test_labels_follow_the_catalogue_with_english_as_fallback() -> None:
    from att_desktop.formats.pdf_labels import label

    assert label("sec_decision", "zh_CN") == "决定"
    assert label("sec_decision", "fr") == "Décision"
    assert label("page_of", "zh-CN", page=2, pages=5) == "第 2 页，共 5 页"
    assert label("waiting_period", "en", days=1) == "Waiting period: 1 day"
    assert label("waiting_period", "en", days=10) == "Waiting period: 10 days"
    assert label("waiting_period", "zh_CN", days=10) == "等待期：10 天"


def test_a_message_with_a_message_inside_is_translated_whole() -> None:
    level = msg("overriding", context="risk level in a sentence")
    sentence = msg(
        "Risk {before} before mitigation; decide on the measures.",
        context="gbv flowchart",
        before=level,
    )
    assert translate(sentence, "en") == "Risk overriding before mitigation; decide on the measures."
    assert translate(sentence, "zh_CN") == "缓解前风险为高于一切；请判断各项措施。"


def test_languages_are_normalised_and_arabic_reads_right_to_left() -> None:
    assert [normalise(t) for t in ("zh", "zh-CN", "zh_Hans", "fr_FR", "ru", "es-MX", "de")] == [
        "zh_CN",
        "zh_CN",
        "zh_CN",
        "fr",
        "ru",
        "es",
        "en",
    ]
    assert is_rtl("ar") and not any(is_rtl(lang) for lang in LANGUAGES if lang != "ar")


# --------------------------------------------------------------------------- (d) CLDR


NNBSP, NBSP = "\u202f", "\xa0"  # CLDR's narrow and plain no-break spaces
DATES = {
    "en": "15 January 2026",
    "zh_CN": "2026年1月15日",
    "fr": "15 janvier 2026",
    "ru": f"15 января 2026{NNBSP}г.",
    "es": "15 de enero de 2026",
    "ar": "15 يناير 2026",
}
DECIMALS = {
    "en": "1,234,567.50",
    "zh_CN": "1,234,567.50",
    "fr": f"1{NNBSP}234{NNBSP}567,50",
    "ru": f"1{NBSP}234{NBSP}567,50",
    "es": "1.234.567,50",
    "ar": "1,234,567.50",
}
AMOUNTS = {
    "en": f"USD{NBSP}1,250.00",
    "zh_CN": f"USD{NBSP}1,250.00",
    "fr": f"1{NNBSP}250,00{NBSP}USD",
    "ru": f"1{NBSP}250,00{NBSP}USD",
    "es": f"1.250,00{NBSP}USD",
    "ar": f"\u200f1,250.00{NBSP}USD",
}
LISTS = {
    "en": "Belgium, Norway and Japan",
    "zh_CN": "Belgium、Norway和Japan",
    "fr": "Belgium, Norway et Japan",
    "ru": "Belgium, Norway и Japan",
    "es": "Belgium, Norway y Japan",
    "ar": "Belgium وNorway وJapan",
}
GERMANY = {
    "en": "Germany",
    "zh_CN": "德国",
    "fr": "Allemagne",
    "ru": "Германия",
    "es": "Alemania",
    "ar": "ألمانيا",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_are_long_and_unambiguous_in_each_language(language: str) -> None:
    assert format_date(date(2026, 1, 15), language) == DATES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_keep_their_recorded_decimals_in_each_language(language: str) -> None:
    assert format_decimal(Decimal("1234567.50"), language) == DECIMALS[language]
    assert format_decimal(Decimal("1E+2"), language) == "100"
    assert format_decimal(7, language) == "7"


@pytest.mark.parametrize("language", LANGUAGES)
def test_amounts_carry_the_iso_code_where_the_language_puts_it(language: str) -> None:
    assert format_currency(Decimal("1250"), "usd", language) == AMOUNTS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_lists_take_the_language_s_own_and(language: str) -> None:
    assert format_list(["Belgium", "Norway", "Japan"], language) == LISTS[language]
    assert format_list([], language) == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_state_names_come_in_each_language(language: str) -> None:
    """pycountry's gettext catalogues: the six languages all name the States."""
    assert country_name("DE", language) == GERMANY[language]


def test_label_and_value_take_the_chinese_full_width_colon() -> None:
    assert colon("Reference", "EXP/1", "en") == "Reference: EXP/1"
    assert colon("编号", "EXP/1", "zh_CN") == "编号：EXP/1"
    assert colon("Référence", "EXP/1", "fr") == "Référence\u00a0: EXP/1"  # space before colon
    assert join(["a", "b"], "en") == "a, b"
    assert join(["甲", "乙"], "zh_CN") == "甲，乙"
