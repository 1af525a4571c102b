"""Regenerate the catalogue template from the code and update every language's catalogue.

    python -m att_desktop.i18n.build           (``make translations`` runs it too)
    python -m att_desktop.i18n.build --check   (exit 1 if the template is not the code's)

The template ``resources/locale/att_desktop.pot`` holds every message the program can ask
for, found without running anything:

* calls ``translate("English", …, context="…", plural="…")`` and ``msg("English", …)`` with
  literal texts, and ``report_text("English", …)`` (context ``annual report``);
* the literal dicts given to ``message_table(prefix, {...})``: the key (``"page_of"``, ``7``,
  ``RiskLevel.LOW``) after the prefix is the context, the English text the message id;
* the names in ``resources/reference``: ATT categories, not-reportable reasons, the
  annual report template's headings and notes, and the UN Register definitions.

Each ``<lang>/LC_MESSAGES/att_desktop.po`` is then updated (Babel's ``Catalog.update``): new
messages come in untranslated, a message whose English changed keeps its old translation
marked fuzzy (shown in English until a translator confirms it), removed ones go. English is
the source language: its catalogue is filled with the message ids.
"""

from __future__ import annotations

import argparse
import ast
import copy
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from att_desktop.i18n.catalogue import (
    CATEGORY_CONTEXT,
    DEFINITION_CONTEXT,
    DOMAIN,
    EMBARGO_CONTEXT,
    LANGUAGES,
    REASON_CONTEXT,
    REGION_CONTEXT,
    SOURCE_LANGUAGE,
    TEMPLATE_CONTEXT,
    catalogue_file,
    template_file,
)

PACKAGE = Path(__file__).resolve().parent.parent
ROOT = PACKAGE.parent
RESOURCES = ROOT / "resources"
#: Functions whose first argument is a message id: their fixed context (None: the call's
#: ``context=`` keyword) and the position of a literal plural (None: the ``plural=`` keyword).
KEYWORDS: dict[str, tuple[str | None, int | None]] = {
    "translate": (None, None),
    "msg": (None, None),
    "report_text": ("annual report", None),
    "report_plural": ("annual report", 1),
    "unroca_text": ("UN Register report", None),  # issue 16
}
#: Widgets are translated with Qt Linguist (.ts), the migrations never show text.
EXCLUDED = ("ui", "db/migrations", "app.py")


@dataclass(frozen=True)
class Entry:
    """One message as found: where, and its (context, id, plural)."""

    context: str | None
    msgid: str
    plural: str | None
    location: str


def sources(package: Path = PACKAGE) -> list[Path]:
    """The Python files whose messages go to the catalogue, in a stable order."""
    out = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if any(relative == e or relative.startswith(e + "/") for e in EXCLUDED):
            continue
        out.append(path)
    return out


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _key_name(node: ast.AST | None) -> str | None:
    """A table key as ``key_name`` names it at run time."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str | int):
        return str(node.value)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


def _callee(call: ast.Call) -> str | None:
    return call.func.id if isinstance(call.func, ast.Name) else None


def _table_entries(call: ast.Call, where: str) -> Iterator[Entry]:
    prefix = _text(call.args[0]) if call.args else None
    table = call.args[1] if len(call.args) > 1 else None
    if prefix is None or not isinstance(table, ast.Dict):
        raise SystemExit(f"{where}: message_table needs a literal prefix and a literal dict")
    for key, value in zip(table.keys, table.values, strict=True):
        name = _key_name(key)
        if name is None:
            raise SystemExit(f"{where}: a message_table key must be a literal or Enum.MEMBER")
        text = _text(value)
        if text is not None:
            yield Entry(prefix + name, text, None, where)
        elif isinstance(value, ast.Call) and _callee(value) == "Plural":
            singular, plural = (_text(a) for a in value.args[:2])
            if singular is None or plural is None:
                raise SystemExit(f"{where}: Plural needs literal texts")
            yield Entry(prefix + name, singular, plural, where)
        else:
            raise SystemExit(f"{where}: message_table value for {name!r} is not a literal")


def extract_python(path: Path, root: Path = ROOT) -> Iterator[Entry]:
    """The messages of one module, in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root).as_posix()
    calls = sorted(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for call in calls:
        name = _callee(call)
        if name == "message_table":
            yield from _table_entries(call, where)
        elif name in KEYWORDS and call.args:
            msgid = _text(call.args[0])
            if msgid is None:
                continue  # a variable: the text is a message elsewhere (a table, a constant)
            fixed, plural_at = KEYWORDS[name]
            context = fixed or _text(_keyword(call, "context"))
            if plural_at is None:
                plural = _text(_keyword(call, "plural"))
            else:
                plural = _text(call.args[plural_at]) if len(call.args) > plural_at else None
            yield Entry(context, msgid, plural, where)


def _json(resources: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources / "reference" / name).read_text(encoding="utf-8"))
    return data


def extract_reference(resources: Path = RESOURCES) -> Iterator[Entry]:
    """The names of the reference data that readers see (see CATEGORY_CONTEXT & co.)."""
    where = "resources/reference/att_categories.json"
    data = _json(resources, "att_categories.json")
    for row in data["categories"]:
        yield Entry(CATEGORY_CONTEXT.format(code=row["code"]), row["name_en"], None, where)
    for row in data["not_reportable_reasons"]:
        yield Entry(REASON_CONTEXT.format(code=row["code"]), row["name_en"], None, where)
    where = "resources/reference/annual_report_template.json"
    for key, text in template_texts(_json(resources, "annual_report_template.json")):
        yield Entry(TEMPLATE_CONTEXT.format(key=key), text, None, where)
    where = "resources/reference/un_register_definitions.json"
    for row in _json(resources, "un_register_definitions.json")["definitions"]:
        yield Entry(DEFINITION_CONTEXT.format(code=row["code"]), row["text_en"], None, where)
    where = "resources/reference/regions.json"
    for region in _json(resources, "regions.json")["regions"]:
        yield Entry(REGION_CONTEXT, region["name_en"], None, where)
    # The charts' series for States of no region (``Regions.region_of``).
    yield Entry(REGION_CONTEXT, "Other", None, where)
    # Denial criteria sets that ship (issue 16): each criterion's text and the set's title.
    for path in sorted((resources / "reference" / "criteria").glob("*.json")):
        where = f"resources/reference/criteria/{path.name}"
        data = json.loads(path.read_text(encoding="utf-8"))
        context = "denial criterion {set}:{code}"
        yield Entry(context.format(set=data["set"], code="title"), data["title"], None, where)
        for row in data["criteria"]:
            yield Entry(context.format(set=data["set"], code=row["code"]), row["text"], None, where)
    yield from extract_embargoes(resources)


def extract_embargoes(resources: Path = RESOURCES) -> Iterator[Entry]:
    """The texts of each embargo entry that a reader sees (``embargoes.entry_text``): its
    title, region, exemption paths and legal acts, in the context ``embargo <id>``."""
    for path in sorted((resources / "reference" / "embargoes").glob("*.json")):
        where = f"resources/reference/embargoes/{path.name}"
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["entries"]:
            context = EMBARGO_CONTEXT.format(id=entry["id"])
            texts = [entry["title"], entry.get("region") or ""]
            for exemption in entry.get("exemptions") or ():
                texts += [exemption.get("who") or "", exemption.get("text") or ""]
            texts += [i.get("reference") or "" for i in entry.get("instruments") or ()]
            for text in dict.fromkeys(texts):
                if text.strip() and text != "-":
                    yield Entry(context, text, None, where)


def template_texts(template: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(key, English) of the template's headings that the report prints; the report asks for
    each by ``TEMPLATE_CONTEXT.format(key=key)``."""
    yield "title", template["title"]
    for table in template["tables"]:
        yield f"{table['key']}.title", table["title"]
        for column in table["columns"]:
            # One message per column wording: both tables share most of them.
            yield f"column.{column['key']}", column["label"]
    yield "national_categories", template["national_categories"]["label"]
    for annex in template["annexes"]:
        yield f"annex.{annex['key']}", annex["title"]
    for key, text in template["nil_report_text"].items():
        yield f"nil.{key}", text
    if "explanatory_notes_title" in template:
        yield "notes_title", template["explanatory_notes_title"]
    if "forms_public_label" in template:
        yield "forms_public", template["forms_public_label"]
    for note in template.get("explanatory_notes", []):
        yield f"note.{note['key']}", note["text"]


def extract(package: Path = PACKAGE, resources: Path = RESOURCES) -> list[Entry]:
    """Every message, in a stable order: code (by file), then reference data."""
    entries: list[Entry] = []
    for path in sources(package):
        entries += extract_python(path, package.parent)
    entries += extract_reference(resources)
    return entries


def template_catalog(entries: list[Entry], created: datetime | None = None) -> Catalog:
    """The template; a message found twice is one entry with both locations. Two different
    plurals for one (context, id) are refused: the catalogue could hold only one."""
    catalog = Catalog(
        domain=DOMAIN,
        project="ATT Desktop",
        creation_date=created,
        charset="utf-8",
        fuzzy=False,
    )
    for entry in entries:
        key_id: str | tuple[str, str] = (entry.msgid, entry.plural) if entry.plural else entry.msgid
        existing = catalog.get(entry.msgid, context=entry.context)
        if existing is not None:
            if existing.id != key_id:
                raise SystemExit(
                    f"{entry.location}: {entry.msgid!r} ({entry.context}) is used with and "
                    "without a plural, or with two plurals: give one of them another context"
                )
            if all(path != entry.location for path, _ in existing.locations):
                existing.locations.append((entry.location, 0))
            continue
        catalog.add(key_id, locations=[(entry.location, 0)], context=entry.context)
    return catalog


def _read(path: Path, locale: str | None = None) -> Catalog | None:
    if not path.is_file():
        return None
    with path.open("rb") as f:
        return read_po(f, locale=locale, domain=DOMAIN)


def _write(path: Path, catalog: Catalog) -> bool:
    """Write ``catalog`` if its text changed; True if it did."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    data = buffer.getvalue()
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _same_messages(a: Catalog, b: Catalog) -> bool:
    def keys(c: Catalog) -> list[tuple[Any, ...]]:
        return [(m.context, m.id, tuple(path for path, _ in m.locations)) for m in c if m.id]

    return keys(a) == keys(b)


def build_template(resources: Path = RESOURCES) -> tuple[Catalog, bool]:
    """The template from the code; written if it changed (its date kept if not)."""
    path = template_file(resources)
    old = _read(path)
    template = template_catalog(extract(resources=resources))
    if old is not None and _same_messages(old, template):
        template.creation_date = old.creation_date
    return template, _write(path, template)


def update_language(template: Catalog, language: str, resources: Path = RESOURCES) -> bool:
    """Bring one language's catalogue in line with the template; True if it changed."""
    path = catalogue_file(language, resources)
    catalog = _read(path, language) or Catalog(
        locale=language, domain=DOMAIN, project="ATT Desktop", charset="utf-8", fuzzy=False
    )
    # A copy: Babel puts the template's own message objects into the catalogue it updates.
    catalog.update(copy.deepcopy(template), update_creation_date=False)
    catalog.fuzzy = False
    if language == SOURCE_LANGUAGE:
        for message in catalog:
            if message.id:
                message.string = message.id
                message.flags.discard("fuzzy")
                message.previous_id = []
    return _write(path, catalog)


def untranslated(language: str, resources: Path = RESOURCES) -> list[str]:
    """The messages of ``language`` still to translate (empty or fuzzy)."""
    catalog = _read(catalogue_file(language, resources), language)
    if catalog is None:
        return ["(no catalogue)"]
    out = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            out.append(str(message.id[0] if isinstance(message.id, tuple) else message.id))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the template")
    args = parser.parse_args(argv)
    if args.check:
        old = _read(template_file(RESOURCES))
        new = template_catalog(extract())
        if old is None or not _same_messages(old, new):
            print(
                "resources/locale/att_desktop.pot is out of date: "
                "run python -m att_desktop.i18n.build"
            )
            return 1
        return 0
    template, changed = build_template()
    updated = " (updated)" if changed else ""
    print(f"{template_file(RESOURCES).relative_to(ROOT)}: {len(template)} messages{updated}")
    for language in LANGUAGES:
        update_language(template, language)
        left = untranslated(language)
        print(f"  {language}: {len(template) - len(left)} translated, {len(left)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
