"""The UN Register definitions of categories I-VII that the template's Annex 1 reproduces.

Article 5(3): national definitions may not cover less than the UN Register's descriptions
at the Treaty's entry into force, so the report prints them in full rather than referring
to them. The English text lives in ``resources/reference/un_register_definitions.json``;
the other languages in the gettext catalogue (context ``UN Register definition <code>``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from att_desktop.config import resources_dir
from att_desktop.domain.categories import ReferenceDataError, load_categories
from att_desktop.i18n import DEFINITION_CONTEXT, translate

DEFINITIONS_FILE = "un_register_definitions.json"
#: Every top-level category the template's Annex 1 defines (VIII is described, not defined).
REQUIRED = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


@dataclass(frozen=True)
class CategoryDefinition:
    """The definition of one category or sub-category (``"IV.a"``)."""

    code: str
    text_en: str

    def text(self, language: str = "en") -> str:
        """The definition in ``language``; English where the catalogue has none."""
        return translate(self.text_en, language, context=DEFINITION_CONTEXT.format(code=self.code))


@dataclass(frozen=True)
class UnRegisterDefinitions:
    source: str
    as_of: str
    definitions: tuple[CategoryDefinition, ...]

    def for_category(self, code: str) -> tuple[CategoryDefinition, ...]:
        """The definitions of ``code``'s sub-categories, then of ``code`` itself: the Register
        states what "combat aircraft" excludes after (a) and (b), "as described above"."""
        subs = tuple(d for d in self.definitions if d.code.startswith(code + "."))
        return subs + tuple(d for d in self.definitions if d.code == code)


def parse_definitions(data: dict[str, Any], name: str) -> UnRegisterDefinitions:
    catalogue = load_categories()
    out: list[CategoryDefinition] = []
    for i, item in enumerate(data.get("definitions") or []):
        code = item.get("code") if isinstance(item, dict) else None
        text = item.get("text_en") if isinstance(item, dict) else None
        if not isinstance(code, str) or not catalogue.is_valid(code, selectable_only=False):
            raise ReferenceDataError(f"{name} definitions[{i}]: unknown category {code!r}")
        if not isinstance(text, str) or not text.strip():
            raise ReferenceDataError(f"{name} definitions[{i}]: needs a 'text_en'")
        out.append(CategoryDefinition(code, text.strip()))
    defined = {d.code.split(".")[0] for d in out}
    missing = [c for c in REQUIRED if c not in defined]
    if missing:
        # Annex 1 without a category would print an incomplete annex as if it were whole.
        raise ReferenceDataError(f"{name}: no definition for categories {missing}")
    return UnRegisterDefinitions(
        str(data.get("source", "")), str(data.get("as_of", "")), tuple(out)
    )


@lru_cache(maxsize=4)
def _load(path: Path) -> UnRegisterDefinitions:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{path}: expected a JSON object")
    return parse_definitions(data, path.name)


def load_un_definitions(resources: Path | None = None) -> UnRegisterDefinitions:
    """The definitions from ``<resources>/reference/un_register_definitions.json`` (cached)."""
    base = resources if resources is not None else resources_dir()
    return _load((base / "reference" / DEFINITIONS_FILE).resolve())
