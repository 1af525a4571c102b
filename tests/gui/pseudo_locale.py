"""A pseudo-locale: every translated string stretched by 40 %, optionally right to left.

French, Russian and Arabic run 20–40 % longer than English, and Arabic mirrors the window;
a layout that only fits English words breaks there first. Installing this translator turns
every ``tr()`` string into an accented, padded one ("Save" -> "[Šåvé··]") keeping its
placeholders (%1, %n, {name}), accelerators (&S) and markup, so the screen-fit tests fail
where a real translation would overflow.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

#: Keeps what must not change: placeholders, markup, entities, accelerators, shortcuts.
_KEEP = re.compile(r"%n|%L?\d|\{\w*\}|<[^>]*>|&\w+;|&&|&(?=\w)|Ctrl\+\S+|\\n")
_ACCENTED = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÜüÝýŽž")
STRETCH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented and padded by ``STRETCH`` of its visible length, in brackets."""
    if not text.strip():
        return text
    parts: list[str] = []
    visible = 0
    last = 0
    for match in _KEEP.finditer(text):
        plain = text[last : match.start()]
        parts.append(plain.translate(_ACCENTED))
        visible += len(plain)
        parts.append(match.group(0))
        last = match.end()
    tail = text[last:]
    parts.append(tail.translate(_ACCENTED))
    visible += len(tail)
    padding = "·" * max(1, math.ceil(visible * STRETCH) - 2)
    return "[" + "".join(parts) + padding + "]"


class PseudoTranslator(QTranslator):
    """Translates every message of every context to its pseudo form."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_locale(app: QApplication, *, mirrored: bool = False) -> Iterator[PseudoTranslator]:
    """Install the pseudo-locale (and right to left if ``mirrored``) for the block."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    previous = app.layoutDirection()
    if mirrored:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        app.setLayoutDirection(previous)
