"""The ATT annual report's categories (Art. 2(1)) and the control-list ratings offered as hints.

The rows live in ``resources/reference/att_categories.json``, not in code, so that an authority
can follow a future amendment of the template without a new release (see that folder's
README). Codes such as ``"VIII.SA.2"`` are stored in the database and never change meaning.
Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from att_desktop.config import resources_dir
from att_desktop.domain.enums import NotReportableReason
from att_desktop.i18n import CATEGORY_CONTEXT, REASON_CONTEXT, translate

CATEGORIES_FILE = "att_categories.json"
CONTROL_LIST_FILE = "control_list_ml.json"


class ReferenceDataError(ValueError):
    """A reference file is missing, malformed or inconsistent: refuse it rather than guess."""


@dataclass(frozen=True)
class AttCategory:
    """One row (or heading) of the annual report's Exports/Imports tables."""

    code: str
    #: The heading above this row ("IV" for "IV.a", "VIII.SA" for "VIII.SA.2"); None at the top.
    parent: str | None
    #: The Roman numeral of the top-level category, as printed in the template.
    roman: str
    #: The English name; other languages come from the catalogue (context "ATT category
    #: <code>"), so translators work in one place for every language.
    name_en: str
    #: Sort key: the template's row order.
    order: int
    #: Only leaf rows may be chosen for a line item; headings like "VIII" only group them.
    selectable: bool
    #: The template's own wording where ``name_en`` was made self-contained ("Others").
    template_row: str = ""

    def name(self, language: str = "en") -> str:
        """The name in ``language``; English where the catalogue has no translation."""
        return translate(self.name_en, language, context=CATEGORY_CONTEXT.format(code=self.code))


@dataclass(frozen=True)
class NotReportableInfo:
    """Why a line item has no ATT category, with the labels the UI shows."""

    code: NotReportableReason
    article: str | None
    name_en: str

    def name(self, language: str = "en") -> str:
        """The label in ``language``; English where the catalogue has no translation."""
        return translate(self.name_en, language, context=REASON_CONTEXT.format(code=self.code))


@dataclass(frozen=True)
class ControlListRating:
    """A control-list entry (e.g. Wassenaar ML1) offered as a suggestion, never enforced."""

    code: str
    name_en: str
    order: int


class CategoryCatalogue:
    """Lookup over the loaded categories; immutable, so one instance may be shared freely."""

    def __init__(
        self,
        categories: Iterable[AttCategory],
        reasons: Iterable[NotReportableInfo],
        *,
        source: str = "",
        as_of: str = "",
    ) -> None:
        self._ordered: tuple[AttCategory, ...] = tuple(sorted(categories, key=lambda c: c.order))
        self._by_code: dict[str, AttCategory] = {c.code: c for c in self._ordered}
        self._reasons: tuple[NotReportableInfo, ...] = tuple(reasons)
        self.source = source
        self.as_of = as_of
        _check_consistency(self._ordered, self._by_code, self._reasons)

    def get(self, code: str) -> AttCategory:
        """The category with this code; KeyError if there is none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"unknown ATT category code {code!r}") from None

    def all(self) -> tuple[AttCategory, ...]:
        """Every row and heading, in template order."""
        return self._ordered

    def selectable(self) -> tuple[AttCategory, ...]:
        """The rows a line item may carry, in template order."""
        return tuple(c for c in self._ordered if c.selectable)

    def children(self, code: str) -> tuple[AttCategory, ...]:
        """The rows directly under a heading, in template order."""
        self.get(code)
        return tuple(c for c in self._ordered if c.parent == code)

    def is_valid(self, code: str, *, selectable_only: bool = True) -> bool:
        """Whether ``code`` is known; by default also whether a line item may carry it."""
        category = self._by_code.get(code)
        if category is None:
            return False
        return category.selectable or not selectable_only

    def top_level(self, code: str) -> str:
        """The category I-VIII a code belongs to: ``"VIII.SA.2"`` -> ``"VIII"``."""
        category = self.get(code)
        while category.parent is not None:
            category = self._by_code[category.parent]
        return category.code

    def is_within(self, code: str, ancestor: str) -> bool:
        """Whether ``code`` is ``ancestor`` or sits under it.

        Use this, not ``str.startswith``: "VI" starts with "V" but is not an attack helicopter.
        Unknown codes are within nothing.
        """
        category = self._by_code.get(code)
        while category is not None:
            if category.code == ancestor:
                return True
            category = self._by_code.get(category.parent) if category.parent else None
        return False

    def codes_under(self, ancestor: str) -> tuple[str, ...]:
        """``ancestor`` and every code below it, in template order (for register filters)."""
        self.get(ancestor)
        return tuple(c.code for c in self._ordered if self.is_within(c.code, ancestor))

    def label(self, code: str, language: str = "en") -> str:
        """``"VIII.SA.2 Rifles and carbines"`` in ``language``; an unknown code as it is.

        Unknown codes are shown rather than refused so that records made under older
        reference data still display.
        """
        category = self._by_code.get(code)
        if category is None:
            return code
        return f"{category.code} {category.name(language)}"

    def not_reportable_reasons(self) -> tuple[NotReportableInfo, ...]:
        return self._reasons

    def reason_label(self, reason: NotReportableReason | str, language: str = "en") -> str:
        """The label of a not-reportable reason; an unknown value as it is."""
        for info in self._reasons:
            if info.code == reason:
                return info.name(language)
        return str(reason)

    def summary(self, codes: Iterable[str]) -> str:
        """A short register-column summary: ``"I, VIII.SA.2"``.

        De-duplicated, in template order (so "IV" comes before "VI", unlike alphabetical
        order); unknown codes follow, alphabetically, so nothing is silently hidden.
        """
        unique = {c.strip() for c in codes if c and c.strip()}
        known = sorted((c for c in unique if c in self._by_code), key=lambda c: self.get(c).order)
        unknown = sorted(c for c in unique if c not in self._by_code)
        return ", ".join(known + unknown)


def _check_consistency(
    ordered: tuple[AttCategory, ...],
    by_code: Mapping[str, AttCategory],
    reasons: tuple[NotReportableInfo, ...],
) -> None:
    if len(by_code) != len(ordered):
        raise ReferenceDataError("duplicate ATT category codes")
    if len({c.order for c in ordered}) != len(ordered):
        raise ReferenceDataError("duplicate ATT category order numbers")
    parents = {c.parent for c in ordered if c.parent is not None}
    for category in ordered:
        where = f"ATT category {category.code!r}"
        if category.parent is not None:
            parent = by_code.get(category.parent)
            if parent is None:
                raise ReferenceDataError(f"{where}: unknown parent {category.parent!r}")
            if parent.order >= category.order:
                raise ReferenceDataError(f"{where}: must come after its parent")
            if parent.roman != category.roman:
                raise ReferenceDataError(f"{where}: roman numeral differs from its parent's")
        elif category.roman != category.code:
            raise ReferenceDataError(f"{where}: a top-level code must be its roman numeral")
        if category.selectable == (category.code in parents):
            raise ReferenceDataError(f"{where}: exactly the rows without sub-rows are selectable")
        if not category.name_en.strip():
            raise ReferenceDataError(f"{where}: needs an English name (name_en)")
    reason_codes = [r.code for r in reasons]
    if sorted(reason_codes) != sorted(NotReportableReason):
        raise ReferenceDataError(
            "not_reportable_reasons must list each NotReportableReason exactly once"
        )


def reference_file(resources: Path | None, name: str) -> Path:
    """A shipped reference file (``resources/reference/<name>``), or one under ``resources``."""
    base = resources if resources is not None else resources_dir()
    return (base / "reference" / name).resolve()


def read_json(path: Path) -> dict[str, Any]:
    """A reference file's JSON object, or a ReferenceDataError naming the file."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReferenceDataError(f"cannot read {path}: {exc}") from exc
    except ValueError as exc:
        raise ReferenceDataError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise ReferenceDataError(f"{path}: expected a JSON object")
    return raw


def _text(row: Mapping[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str):
        raise ReferenceDataError(f"{where}: {key!r} must be text")
    return value


def _parse_category(row: Any, where: str) -> AttCategory:
    if not isinstance(row, dict):
        raise ReferenceDataError(f"{where}: expected an object")
    parent = row.get("parent")
    order = row.get("order")
    selectable = row.get("selectable")
    if parent is not None and not isinstance(parent, str):
        raise ReferenceDataError(f"{where}: 'parent' must be text or null")
    if not isinstance(order, int) or isinstance(order, bool):
        raise ReferenceDataError(f"{where}: 'order' must be a whole number")
    if not isinstance(selectable, bool):
        raise ReferenceDataError(f"{where}: 'selectable' must be true or false")
    template_row = row.get("template_row", "")
    return AttCategory(
        code=_text(row, "code", where),
        parent=parent,
        roman=_text(row, "roman", where),
        name_en=_text(row, "name_en", where),
        order=order,
        selectable=selectable,
        template_row=template_row if isinstance(template_row, str) else "",
    )


def _parse_reason(row: Any, where: str) -> NotReportableInfo:
    if not isinstance(row, dict):
        raise ReferenceDataError(f"{where}: expected an object")
    code = _text(row, "code", where)
    try:
        reason = NotReportableReason(code)
    except ValueError:
        raise ReferenceDataError(f"{where}: {code!r} is not a NotReportableReason") from None
    article = row.get("article")
    return NotReportableInfo(
        code=reason,
        article=article if isinstance(article, str) else None,
        name_en=_text(row, "name_en", where),
    )


@lru_cache(maxsize=8)
def _load_catalogue(path: Path) -> CategoryCatalogue:
    data = read_json(path)
    rows = data.get("categories")
    reasons = data.get("not_reportable_reasons")
    if not isinstance(rows, list) or not isinstance(reasons, list):
        raise ReferenceDataError(f"{path}: needs 'categories' and 'not_reportable_reasons' lists")
    return CategoryCatalogue(
        (_parse_category(r, f"{path.name} categories[{i}]") for i, r in enumerate(rows)),
        (
            _parse_reason(r, f"{path.name} not_reportable_reasons[{i}]")
            for i, r in enumerate(reasons)
        ),
        source=str(data.get("source", "")),
        as_of=str(data.get("as_of", "")),
    )


def load_categories(resources: Path | None = None) -> CategoryCatalogue:
    """The catalogue from ``<resources>/reference/att_categories.json`` (cached per file).

    ``resources`` is the resources folder; by default the installed one. Raises
    ReferenceDataError if the file is missing or inconsistent.
    """
    return _load_catalogue(reference_file(resources, CATEGORIES_FILE))


@lru_cache(maxsize=8)
def _load_control_list(path: Path) -> tuple[ControlListRating, ...]:
    data = read_json(path)
    rows = data.get("ratings")
    if not isinstance(rows, list):
        raise ReferenceDataError(f"{path}: needs a 'ratings' list")
    ratings: list[ControlListRating] = []
    for i, row in enumerate(rows):
        where = f"{path.name} ratings[{i}]"
        if not isinstance(row, dict):
            raise ReferenceDataError(f"{where}: expected an object")
        order = row.get("order")
        if not isinstance(order, int) or isinstance(order, bool):
            raise ReferenceDataError(f"{where}: 'order' must be a whole number")
        ratings.append(
            ControlListRating(_text(row, "code", where), _text(row, "name_en", where), order)
        )
    return tuple(sorted(ratings, key=lambda r: r.order))


def load_control_list(resources: Path | None = None) -> tuple[ControlListRating, ...]:
    """Common control-list ratings (Wassenaar ML1-ML22) to suggest, in list order."""
    return _load_control_list(reference_file(resources, CONTROL_LIST_FILE))
