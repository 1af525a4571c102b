"""The EU Common Military List as a tree (ML1-ML22 and their lettered sub-entries), and the
check of a line item's control-list rating against it.

The EU annual report (Common Position 2008/944/CFSP, Art. 8) counts licences and denials per
ML category, so a rating must name a real entry: ``ML10.a`` is read as category ML10. Deeper
levels of the list (``ML8.a.1``, ``ML10.c.2.b``) are accepted when their lettered sub-entry
exists: the shipped tree stops at the first letter, the Official Journal goes further.
Pure Python: no Qt, no SQLAlchemy. The list lives in
``resources/reference/control_list_eu_cml.json`` with its source and date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from att_desktop.domain.categories import (
    ControlListRating,
    ReferenceDataError,
    read_json,
    reference_file,
)
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg

EU_CML_FILE = "control_list_eu_cml.json"
#: Values of the ``control_list`` setting: ratings checked against the EU list, or free text
#: (a national list that is not the EU one, e.g. ``0A501`` or ``NL-ML13``).
EU_CML = "eu_cml"
NATIONAL = "national"
CONTROL_LIST_SETTING = "control_list"
#: The accepted form, shown in every refusal (``msg`` texts name it).
EXAMPLE = "ML10.a"

_RATING = re.compile(r"^ML\s*(\d{1,2})((?:\.[a-z]|\.\d{1,2})*)$", re.IGNORECASE)
#: An EU dual-use control number (Regulation (EU) 2021/821, Annex I): category 0-9, product
#: group A-E, three digits, then sub-items (``5A002``, ``1C011.a``, ``6A003.b.4.b``). A line
#: item so rated is a dual-use item: accepted on entry, left out of the EU arms report.
_DUAL_USE = re.compile(r"^(\d[A-E]\d{3})((?:\.[a-z0-9]+)*)$", re.IGNORECASE)
DUAL_USE_EXAMPLE = "5A002"


@dataclass(frozen=True)
class ControlListEntry:
    code: str
    parent: str | None
    order: int
    name_en: str


@dataclass(frozen=True)
class ControlList:
    """One edition of the list: its entries in order, and where it comes from."""

    list_id: str
    title: str
    source: str
    url: str
    as_of: str
    entries: tuple[ControlListEntry, ...]

    def get(self, code: str) -> ControlListEntry | None:
        return self._index().get(code)

    def _index(self) -> dict[str, ControlListEntry]:
        return _index(self)

    def categories(self) -> tuple[str, ...]:
        """ML1 ... ML22, in list order."""
        return tuple(e.code for e in self.entries if e.parent is None)

    def label(self, code: str) -> str:
        entry = self.get(code)
        return f"{code} {entry.name_en}" if entry is not None else code


@lru_cache(maxsize=8)
def _index(cml: ControlList) -> dict[str, ControlListEntry]:
    return {e.code: e for e in cml.entries}


def normalise_rating(text: str) -> str:
    """``" ml 10.A "`` -> ``"ML10.a"``: the form the list prints (letters lower case). A text
    that does not look like an ML rating is returned stripped, unchanged."""
    match = _RATING.match(text.strip())
    if match is None:
        dual = _DUAL_USE.match(text.strip())
        if dual is not None:  # "5a002.A.1" -> "5A002.a.1"
            return dual.group(1).upper() + dual.group(2).lower()
        return text.strip()
    return f"ML{int(match.group(1))}{match.group(2).lower()}"


def is_dual_use(rating: str) -> bool:
    """A dual-use control number (``5A002``), not a military list entry."""
    return _DUAL_USE.match(rating.strip()) is not None


def ml_category(rating: str, cml: ControlList | None = None) -> str | None:
    """The ML category (``"ML10"``) of a rating that conforms to the list, else None."""
    cml = cml or load_eu_cml()
    code = normalise_rating(rating)
    match = _RATING.match(code)
    if match is None:
        return None
    parts = code.split(".")
    head = parts[0]
    if cml.get(head) is None:
        return None
    if len(parts) > 1:
        first = f"{head}.{parts[1]}"
        if not parts[1].isalpha() or cml.get(first) is None:
            return None
    return head


def is_valid_rating(rating: str, cml: ControlList | None = None) -> bool:
    return ml_category(rating, cml) is not None


def _entry(row: Any, where: str, seen: set[str]) -> ControlListEntry:
    if not isinstance(row, dict):
        raise ReferenceDataError(f"{where}: expected an object")
    code, parent, name = row.get("code"), row.get("parent"), row.get("name_en")
    if not isinstance(code, str) or not isinstance(name, str) or not name.strip():
        raise ReferenceDataError(f"{where}: code and name_en must be text")
    if code in seen:
        raise ReferenceDataError(f"{where}: code {code!r} appears twice")
    if parent is not None and parent not in seen:
        raise ReferenceDataError(f"{where}: parent {parent!r} must come before {code!r}")
    if _RATING.match(code) is None or normalise_rating(code) != code:
        raise ReferenceDataError(f"{where}: {code!r} is not written like {EXAMPLE}")
    seen.add(code)
    return ControlListEntry(code, parent, int(row.get("order", 0)), name.strip())


def parse_control_list(data: dict[str, Any], where: str) -> ControlList:
    """Check a list file completely before it is used; the error names the entry."""
    rows = data.get("entries")
    if data.get("format") != "att-desktop-control-list" or not isinstance(rows, list):
        raise ReferenceDataError(f"{where}: not an att-desktop-control-list file")
    seen: set[str] = set()
    entries = tuple(_entry(r, f"{where}: entry {i + 1}", seen) for i, r in enumerate(rows))
    return ControlList(
        list_id=str(data.get("list", "")),
        title=str(data.get("title", "")),
        source=str(data.get("source", "")),
        url=str(data.get("url", "")),
        as_of=str(data.get("as_of", "")),
        entries=entries,
    )


@lru_cache(maxsize=4)
def _load(path: Path) -> ControlList:
    return parse_control_list(read_json(path), path.name)


def load_eu_cml(resources: Path | None = None) -> ControlList:
    """The shipped EU Common Military List (ML1-ML22 with sub-entries)."""
    return _load(reference_file(resources, EU_CML_FILE))


def rating_problems(ratings: Sequence[str], cml: ControlList | None = None) -> list[FieldError]:
    """One FieldError per line item whose rating is neither an entry of the list nor a
    dual-use control number (an empty rating is allowed: the officer may not know it yet;
    the EU report lists it as unrated)."""
    cml = cml or load_eu_cml()
    errors: list[FieldError] = []
    for i, rating in enumerate(ratings):
        if rating.strip() and not is_valid_rating(rating, cml) and not is_dual_use(rating):
            errors.append(
                FieldError(
                    f"items[{i}].control_rating",
                    msg(
                        "{rating} is neither an entry of the EU Common Military List nor a "
                        "dual-use control number: write it as the list does, e.g. {example} "
                        "({dual_use} for a dual-use item)",
                        context="control list",
                        rating=rating.strip(),
                        example=EXAMPLE,
                        dual_use=DUAL_USE_EXAMPLE,
                    ),
                )
            )
    return errors


def picker_ratings(cml: ControlList | None = None) -> tuple[ControlListRating, ...]:
    """Every entry of the list (headings and sub-entries) for the line-item form's picker,
    in list order; the sub-entries' names are indented under their heading."""
    cml = cml or load_eu_cml()
    return tuple(
        ControlListRating(e.code, e.name_en if e.parent is None else f"  {e.name_en}", e.order)
        for e in cml.entries
    )
