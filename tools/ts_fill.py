"""Move Qt Linguist messages to and from JSON, for translating a catalogue outside Linguist.

    python tools/ts_fill.py export fr unfinished.json [--all]
    python tools/ts_fill.py import fr translated.json

``export`` writes a list of {"context", "source", "comment", "numerus", "forms"} for the
messages still unfinished (every message with ``--all``, with their current translation in
"translation"); ``import`` reads the same list with "translation" (a string) or, for a
numerus message, "translation" as a list of plural forms (as many as ``forms`` says), and
marks them finished. Run ``python -m att_desktop.ui.i18n_build`` afterwards: lupdate
normalises the file and lrelease builds the ``.qm``.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

#: Plural forms Qt expects per language (Qt's numerus rules).
PLURAL_FORMS = {"en": 2, "zh_CN": 1, "fr": 2, "es": 2, "ru": 3, "ar": 6}


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"att_desktop_{language}.ts"


def _translation_text(msg: ET.Element) -> str | list[str]:
    node = msg.find("translation")
    if node is None:
        return ""
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in node.findall("numerusform")]
    return node.text or ""


def _unfinished(msg: ET.Element) -> bool:
    node = msg.find("translation")
    if node is None or node.get("type") is not None:
        return True
    text = _translation_text(msg)
    return not (all(t.strip() for t in text) if isinstance(text, list) else text.strip())


def export(language: str, out: Path, *, everything: bool) -> int:
    tree = ET.parse(ts_path(language))
    rows: list[dict[str, Any]] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if not everything and not _unfinished(msg):
                continue
            row: dict[str, Any] = {
                "context": name,
                "source": msg.findtext("source") or "",
                "comment": msg.findtext("comment") or msg.findtext("extracomment") or "",
                "numerus": msg.get("numerus") == "yes",
            }
            if row["numerus"]:
                row["forms"] = PLURAL_FORMS[language]
            if everything:
                row["translation"] = _translation_text(msg)
            rows.append(row)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def import_(language: str, src: Path) -> tuple[int, list[str]]:
    path = ts_path(language)
    tree = ET.parse(path)
    index: dict[tuple[str, str], ET.Element] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            index[(name, msg.findtext("source") or "")] = msg
    done = 0
    problems: list[str] = []
    for row in json.loads(src.read_text(encoding="utf-8")):
        msg = index.get((row["context"], row["source"]))
        if msg is None:
            problems.append(f"not in the catalogue: {row['context']}: {row['source'][:60]}")
            continue
        text = row.get("translation")
        old = msg.find("translation")
        if old is not None:
            msg.remove(old)
        node = ET.SubElement(msg, "translation")
        if msg.get("numerus") == "yes":
            forms = [text] if isinstance(text, str) else list(text or [])
            if len(forms) != PLURAL_FORMS[language]:
                wanted = PLURAL_FORMS[language]
                problems.append(f"{len(forms)} plural forms, {wanted} wanted: {row['source'][:60]}")
            for form in forms:
                ET.SubElement(node, "numerusform").text = form
        else:
            if not isinstance(text, str):
                problems.append(f"a list for a singular message: {row['source'][:60]}")
                continue
            node.text = text
        if not text:
            node.set("type", "unfinished")
        else:
            done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
