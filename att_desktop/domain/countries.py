"""Countries: ISO 3166-1 codes and names from pycountry, in English or Simplified Chinese.

Only pycountry's codes are accepted, so a State is never invented; user-assigned codes that
ISO 3166-1 lacks (such as "XK", used by some for Kosovo) are refused. Names are translated with
the gettext catalogues that ship inside pycountry, so nothing is downloaded at run time.
Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from att_desktop.config import SUPPORTED_LANGUAGES

GETTEXT_DOMAIN = "iso3166-1"
_NAME_ATTRS = ("name", "common_name", "official_name")


@dataclass(frozen=True)
class Country:
    """A country as shown to a user: ``name`` is already in the requested language."""

    code: str
    alpha3: str
    name: str


@lru_cache(maxsize=16)
def _translation(language: str) -> gettext.NullTranslations:
    """The cached catalogue for ``language``; English (untranslated) if there is none."""
    if language in ("", "en") or language.startswith("en_"):
        return gettext.NullTranslations()
    return gettext.translation(
        GETTEXT_DOMAIN, pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def _records() -> tuple[Any, ...]:
    return tuple(pycountry.countries)


def _fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive key: "Côte d'Ivoire" == "cote d'ivoire"."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, Any]:
    return {str(r.alpha_2): r for r in _records()}


@lru_cache(maxsize=16)
def _countries(language: str) -> tuple[Country, ...]:
    translate = _translation(language).gettext
    countries = [
        Country(code=str(r.alpha_2), alpha3=str(r.alpha_3), name=translate(str(r.name)))
        for r in _records()
    ]
    # Chinese names sort by code point: pinyin collation needs ICU, which a UI can apply itself.
    return tuple(sorted(countries, key=lambda c: (_fold(c.name), c.code)))


def all_countries(language: str = "en") -> list[Country]:
    """Every ISO 3166-1 country, named and sorted in ``language`` ("en" or "zh_CN")."""
    return list(_countries(language))


def is_valid_country(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code known to pycountry (case matters not)."""
    return code.strip().upper() in _by_alpha2()


def country_name(code: str, language: str = "en") -> str:
    """The localised name of an alpha-2 code; an unknown code is returned as it is."""
    record = _by_alpha2().get(code.strip().upper())
    if record is None:
        return code
    return _translation(language).gettext(str(record.name))


def get_country(code: str, language: str = "en") -> Country | None:
    """The country for an alpha-2 code, or None."""
    record = _by_alpha2().get(code.strip().upper())
    if record is None:
        return None
    name = _translation(language).gettext(str(record.name))
    return Country(code=str(record.alpha_2), alpha3=str(record.alpha_3), name=name)


@lru_cache(maxsize=16)
def _search_index(language: str) -> dict[str, str]:
    """Folded spelling -> alpha-2: codes, then names in ``language``, English, other UI languages.

    Every supported language is accepted because spreadsheets do not follow the UI language;
    where two spellings collide, the earlier source wins.
    """
    records = _records()
    entries: list[tuple[str, str]] = []
    entries += [(str(r.alpha_2), str(r.alpha_2)) for r in records]
    entries += [(str(r.alpha_3), str(r.alpha_2)) for r in records]
    names = [
        (str(name), str(r.alpha_2))
        for r in records
        for name in (getattr(r, attr, None) for attr in _NAME_ATTRS)
        if name
    ]
    languages = [language, "en", *(lang for lang in SUPPORTED_LANGUAGES if lang != language)]
    for lang in dict.fromkeys(languages):
        translate = _translation(lang).gettext
        entries += [(translate(name), code) for name, code in names]
    index: dict[str, str] = {}
    for spelling, code in entries:
        index.setdefault(_fold(spelling), code)
    return index


def find_country(text: str, language: str = "en") -> Country | None:
    """Recognise a country typed in a spreadsheet cell: alpha-2, alpha-3, or a name.

    Names may be ISO's (``"Korea, Republic of"``), common (``"South Korea"``), official
    (``"French Republic"``) or translated (``"法国"``) into ``language`` or any other UI
    language; matching ignores case, accents and extra spaces. Returns the country named in
    ``language``, or None.
    """
    if not text.strip():
        return None
    code = _search_index(language).get(_fold(text))
    return get_country(code, language) if code else None


#: A name prefix shorter than this matches too many countries to narrow a search (in a
#: Latin alphabet; a single Chinese character already narrows it).
NAME_PREFIX_MIN = 3


def countries_matching(text: str) -> frozenset[str]:
    """The alpha-2 codes a search box means by ``text``: the country it names (alpha-2,
    alpha-3 or a full name, as ``find_country``), and those whose name in any UI language
    begins with it ("nor" is Norway, North Macedonia...; "法" is France and its territories),
    from three Latin characters or one Chinese one on."""
    folded = _fold(text)
    if not folded:
        return frozenset()
    codes: set[str] = set()
    found = _search_index("en").get(folded)
    if found:
        codes.add(found)
    if len(folded) >= NAME_PREFIX_MIN or not folded.isascii():
        for language in SUPPORTED_LANGUAGES:
            codes.update(c.code for c in _countries(language) if _fold(c.name).startswith(folded))
    return frozenset(codes)
