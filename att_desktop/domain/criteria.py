"""Denial criteria of a national framework, cited on a denial beside the treaty's grounds.

The EU Common Position 2008/944/CFSP criteria 1-8 ship in
``resources/reference/criteria/eu_common_position.json``; an authority bound by another
framework loads a JSON file of the same shape (``services.criteria_sets``). The criterion
texts readers see are translated in the gettext catalogue, context
``CRITERION_CONTEXT.format(set=..., code=...)``; a loaded set without catalogue entries shows
its own text. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from att_desktop.config import resources_dir
from att_desktop.domain.categories import ReferenceDataError, read_json
from att_desktop.i18n import translate

FORMAT = "att-desktop-criteria-set"
CRITERIA_DIR = "criteria"
#: Context of a criterion's text in the catalogue; the set's title uses code ``title``.
CRITERION_CONTEXT = "denial criterion {set}:{code}"
_SET_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,59}$")


@dataclass(frozen=True)
class Criterion:
    code: str
    text: str


@dataclass(frozen=True)
class CriteriaSet:
    """One framework's criteria; ``shipped`` sets come with the program."""

    set_id: str
    title: str
    source: str
    url: str
    as_of: str
    criteria: tuple[Criterion, ...]
    shipped: bool = False

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria)

    def get(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)

    def title_in(self, language: str) -> str:
        context = CRITERION_CONTEXT.format(set=self.set_id, code="title")
        return translate(self.title, language, context=context)

    def text(self, code: str, language: str = "en") -> str:
        """The criterion's text in ``language`` (its own English text when not translated)."""
        criterion = self.get(code)
        if criterion is None:
            return code
        context = CRITERION_CONTEXT.format(set=self.set_id, code=code)
        return translate(criterion.text, language, context=context)

    def to_json(self) -> dict[str, Any]:
        """The file shape, for storing a loaded set."""
        return {
            "format": FORMAT,
            "version": 1,
            "set": self.set_id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "as_of": self.as_of,
            "criteria": [{"code": c.code, "text": c.text} for c in self.criteria],
        }


def _field(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ReferenceDataError(f"{where}: field {key!r} must be a non-empty text")
    return value.strip()


def parse_criteria_set(data: Any, where: str, *, shipped: bool = False) -> CriteriaSet:
    """Check a set completely before it is used; the error names the file, entry and field."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReferenceDataError(f"{where}: not an {FORMAT} file")
    set_id = _field(data, "set", where)
    if _SET_ID.match(set_id) is None:
        raise ReferenceDataError(
            f"{where}: field 'set': {set_id!r} must be lower-case letters, digits, '.', '_' or '-'"
        )
    rows = data.get("criteria")
    if not isinstance(rows, list) or not rows:
        raise ReferenceDataError(f"{where}: field 'criteria' must list at least one criterion")
    criteria: list[Criterion] = []
    for i, row in enumerate(rows):
        at = f"{where}: criterion {i + 1}"
        if not isinstance(row, dict):
            raise ReferenceDataError(f"{at}: expected an object")
        code, text = _field(row, "code", at), _field(row, "text", at)
        if any(c.code == code for c in criteria):
            raise ReferenceDataError(f"{at}: code {code!r} appears twice")
        criteria.append(Criterion(code, text))
    return CriteriaSet(
        set_id=set_id,
        title=_field(data, "title", where),
        source=_field(data, "source", where),
        url=str(data.get("url", "")).strip(),
        as_of=_field(data, "as_of", where),
        criteria=tuple(criteria),
        shipped=shipped,
    )


def shipped_sets(resources: Path | None = None) -> tuple[CriteriaSet, ...]:
    """The sets that ship with the program (the EU Common Position's criteria)."""
    folder = (resources if resources is not None else resources_dir()) / "reference"
    return tuple(
        parse_criteria_set(read_json(path), path.name, shipped=True)
        for path in sorted((folder / CRITERIA_DIR).glob("*.json"))
    )
