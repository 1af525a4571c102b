"""The annual report template's structure, read from ``resources/reference``.

Rows refer to the category codes of ``att_categories.json`` instead of repeating their
names, so one file holds the wording and the two can never disagree. The loader refuses a
template whose rows do not match the catalogue: a report missing a category row would be
silently incomplete.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from att_desktop.config import resources_dir
from att_desktop.domain.categories import CategoryCatalogue, ReferenceDataError, load_categories

TEMPLATE_FILE = "annual_report_template.json"
REGIONS_FILE = "regions.json"


@dataclass(frozen=True)
class TemplateField:
    key: str
    label: str
    verified: bool


@dataclass(frozen=True)
class TemplateRow:
    category: str
    #: Heading rows (IV, VIII, VIII.SA...) group sub-rows and carry no figures.
    heading: bool


@dataclass(frozen=True)
class ReportTemplate:
    title: str
    source: str
    as_of: str
    title_page: tuple[TemplateField, ...]
    #: Table key ("exports"/"imports") -> its columns, in order.
    columns: dict[str, tuple[TemplateField, ...]]
    table_titles: dict[str, str]
    rows: tuple[TemplateRow, ...]
    national_label: str
    annex_titles: dict[str, str]
    nil_text: dict[str, str]
    #: (key, English) of the explanatory notes printed under each table.
    explanatory_notes: tuple[tuple[str, str], ...] = ()
    notes_title: str = "Explanatory notes"
    #: The question asked on each form (exports, imports, each nil report).
    public_label: str = "This report may be made publicly available by the ATT Secretariat"

    def column_label(self, table: str, key: str) -> str:
        for column in self.columns[table]:
            if column.key == key:
                return column.label
        raise KeyError(key)


def _read(path: Path) -> dict[str, Any]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReferenceDataError(f"cannot read {path}: {exc}") from exc
    except ValueError as exc:
        raise ReferenceDataError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{path}: expected a JSON object")
    return data


def _fields(items: Any, where: str) -> tuple[TemplateField, ...]:
    if not isinstance(items, list):
        raise ReferenceDataError(f"{where}: expected a list")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise ReferenceDataError(f"{where}[{i}]: needs a 'key'")
        out.append(
            TemplateField(item["key"], str(item.get("label", "")), bool(item.get("verified")))
        )
    return tuple(out)


def parse_template(data: dict[str, Any], catalogue: CategoryCatalogue, name: str) -> ReportTemplate:
    rows: list[TemplateRow] = []
    for i, row in enumerate(data.get("rows") or []):
        code = row.get("category") if isinstance(row, dict) else None
        if not isinstance(code, str) or not catalogue.is_valid(code, selectable_only=False):
            raise ReferenceDataError(f"{name} rows[{i}]: unknown category {code!r}")
        heading = bool(row.get("heading"))
        if heading == catalogue.get(code).selectable:
            raise ReferenceDataError(
                f"{name} rows[{i}]: {code} must be a heading exactly when it has sub-rows"
            )
        rows.append(TemplateRow(code, heading))
    missing = {c.code for c in catalogue.all()} - {r.category for r in rows}
    if missing:
        raise ReferenceDataError(f"{name}: no row for categories {sorted(missing)}")
    columns: dict[str, tuple[TemplateField, ...]] = {}
    titles: dict[str, str] = {}
    for i, table in enumerate(data.get("tables") or []):
        key = table.get("key") if isinstance(table, dict) else None
        if key not in ("exports", "imports"):
            raise ReferenceDataError(f"{name} tables[{i}]: key must be exports or imports")
        columns[key] = _fields(table.get("columns"), f"{name} tables[{i}].columns")
        titles[key] = str(table.get("title", key.title()))
    if set(columns) != {"exports", "imports"}:
        raise ReferenceDataError(f"{name}: needs an exports and an imports table")
    annexes = {
        str(a.get("key")): str(a.get("title", ""))
        for a in data.get("annexes") or []
        if isinstance(a, dict)
    }
    national = data.get("national_categories") or {}
    nil_text = data.get("nil_report_text") or {}
    return ReportTemplate(
        title=str(data.get("title", "")),
        source=str(data.get("source", "")),
        as_of=str(data.get("as_of", "")),
        title_page=_fields(data.get("title_page") or [], f"{name} title_page"),
        columns=columns,
        table_titles=titles,
        rows=tuple(rows),
        national_label=str(national.get("label", "National categories")),
        annex_titles=annexes,
        nil_text={str(k): str(v) for k, v in nil_text.items()},
        explanatory_notes=tuple(
            (str(n["key"]), str(n["text"]))
            for n in data.get("explanatory_notes") or []
            if isinstance(n, dict) and "key" in n and "text" in n
        ),
        notes_title=str(data.get("explanatory_notes_title", "Explanatory notes")),
        public_label=str(
            data.get(
                "forms_public_label",
                "This report may be made publicly available by the ATT Secretariat",
            )
        ),
    )


@lru_cache(maxsize=4)
def _load(path: Path, categories: Path | None) -> ReportTemplate:
    catalogue = load_categories(categories)
    return parse_template(_read(path), catalogue, path.name)


def load_report_template(resources: Path | None = None) -> ReportTemplate:
    """The template from ``<resources>/reference/annual_report_template.json`` (cached)."""
    base = resources if resources is not None else resources_dir()
    return _load((base / "reference" / TEMPLATE_FILE).resolve(), resources)


@dataclass(frozen=True)
class Regions:
    """UN M49 regions for the charts annex: ISO alpha-2 code -> region name."""

    source: str
    as_of: str
    names: tuple[str, ...]
    by_country: dict[str, str]

    def region_of(self, code: str) -> str:
        return self.by_country.get(code.upper(), "Other")


@lru_cache(maxsize=4)
def _load_regions(path: Path) -> Regions:
    data = _read(path)
    by_country: dict[str, str] = {}
    names: list[str] = []
    for region in data.get("regions") or []:
        name = str(region.get("name_en", ""))
        names.append(name)
        for code in region.get("countries") or []:
            if code in by_country:
                raise ReferenceDataError(f"{path.name}: {code} is in two regions")
            by_country[str(code)] = name
    return Regions(
        str(data.get("source", "")), str(data.get("as_of", "")), tuple(names), by_country
    )


def load_regions(resources: Path | None = None) -> Regions:
    base = resources if resources is not None else resources_dir()
    return _load_regions((base / "reference" / REGIONS_FILE).resolve())
