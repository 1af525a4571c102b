"""English needs its own plural forms: without them Qt shows the source, "%n day(s) left"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "att_desktop_en.ts"


def test_every_english_plural_message_has_its_singular_and_plural_forms() -> None:
    missing = []
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            source = message.findtext("source") or ""
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or len(forms) != 2
                or any("(s)" in (f.text or "") or not (f.text or "").strip() for f in forms)
            ):
                missing.append(f"{context.findtext('name')}: {source}")
    assert not missing, "English plural forms to write (tools/ts_fill.py import en):\n" + "\n".join(
        missing
    )
