"""Move gettext messages (``resources/locale/<lang>/LC_MESSAGES/att_desktop.po``) to and from
JSON, for translating the catalogue outside a PO editor; the twin of ``ts_fill.py``.

    python tools/po_fill.py export fr todo.json [--all]
    python tools/po_fill.py import fr done.json

``export`` writes {"context", "id", "plural", "forms", "notes"} for untranslated or fuzzy
messages (every message with ``--all``, with "translation"); ``import`` reads the same rows
with "translation": a string, or a list of ``forms`` strings for a plural message, and clears
the fuzzy flag. Run ``python -m att_desktop.i18n.build`` afterwards to normalise the files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent


def po_path(language: str) -> Path:
    return ROOT / "resources" / "locale" / language / "LC_MESSAGES" / "att_desktop.po"


def _read(language: str) -> Any:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def _done(message: Any) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return not message.fuzzy and all(s.strip() for s in strings)


def export(language: str, out: Path, *, everything: bool) -> int:
    catalog = _read(language)
    rows: list[dict[str, Any]] = []
    for message in catalog:
        if not message.id or (not everything and _done(message)):
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        row: dict[str, Any] = {
            "context": message.context or "",
            "id": ids[0],
            "plural": ids[1] if len(ids) > 1 else "",
            "notes": " ".join(message.auto_comments),
        }
        if len(ids) > 1:
            row["forms"] = catalog.num_plurals
        if everything:
            row["translation"] = (
                list(message.string) if isinstance(message.string, tuple) else message.string
            )
        rows.append(row)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def import_(language: str, src: Path) -> tuple[int, list[str]]:
    catalog = _read(language)
    done, problems = 0, []
    for row in json.loads(src.read_text(encoding="utf-8")):
        key: Any = (row["id"], row["plural"]) if row.get("plural") else row["id"]
        message = catalog.get(key, context=row.get("context") or None)
        if message is None:
            problems.append(f"not in the catalogue: {row.get('context')}: {row['id'][:60]}")
            continue
        text = row.get("translation")
        if row.get("plural"):
            forms = [text] if isinstance(text, str) else list(text or [])
            if len(forms) != catalog.num_plurals:
                problems.append(f"{len(forms)} forms, {catalog.num_plurals} wanted: {row['id']}")
                continue
            message.string = tuple(forms)
        elif isinstance(text, str):
            message.string = text
        else:
            problems.append(f"not a string: {row['id'][:60]}")
            continue
        if text:
            message.flags.discard("fuzzy")
            done += 1
    with po_path(language).open("wb") as handle:
        write_po(handle, catalog, width=100)
    return done, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("language")
    ex.add_argument("out", type=Path)
    ex.add_argument("--all", action="store_true")
    im = sub.add_parser("import")
    im.add_argument("language")
    im.add_argument("src", type=Path)
    args = parser.parse_args(argv)
    if args.command == "export":
        print(f"{export(args.language, args.out, everything=args.all)} messages written")
        return 0
    done, problems = import_(args.language, args.src)
    print(f"{done} translations imported")
    for problem in problems:
        print("  " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
