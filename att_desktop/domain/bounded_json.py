"""JSON read with a bound on nesting, so a hostile file is refused instead of crashing.

Python's ``json`` parser (and every reader that walks the result) recurses once per level:
a file of ten thousand ``[`` raises ``RecursionError``, which no reader expects. ``loads``
measures the nesting first, with a linear scan that does not recurse, and refuses a file
nested deeper than any ATT Desktop file can be, naming where (``items[0].parties[2]``).
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Deeper than any file ATT Desktop writes or reads (a case file is about 8 levels deep).
MAX_DEPTH = 64

#: The tokens that matter for nesting: strings (skipped whole), brackets, colons, commas.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]', re.DOTALL)


class JsonTooDeepError(ValueError):
    """The JSON text nests more than ``MAX_DEPTH`` levels; the message names the place."""


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that raises ``JsonTooDeepError`` (a ValueError) instead of recursing.

    Any other malformation raises ``json.JSONDecodeError`` as usual (also a ValueError), so
    callers keep one ``except ValueError``.
    """
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8-sig")
    check_depth(text, max_depth=max_depth)
    return json.loads(text)


def check_depth(text: str, *, max_depth: int = MAX_DEPTH) -> None:
    """Raise ``JsonTooDeepError`` when ``text`` opens more than ``max_depth`` brackets."""
    # Each frame: [is_object, the key or index being read].
    stack: list[list[Any]] = []
    last_string: str | None = None
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            last_string = token
        elif token in "[{":
            if len(stack) >= max_depth:
                raise JsonTooDeepError(
                    f"nested too deeply at {_path(stack)} (more than {max_depth} levels, "
                    f"line {text.count(chr(10), 0, match.start()) + 1})"
                )
            stack.append([token == "{", None if token == "{" else 0])
        elif token in "]}":
            if stack:
                stack.pop()
        elif token == ":" and stack and stack[-1][0]:
            stack[-1][1] = _key(last_string)
        elif token == "," and stack and not stack[-1][0]:
            stack[-1][1] += 1


def _key(token: str | None) -> str:
    if token is None:
        return "?"
    try:
        return str(json.loads(token))
    except ValueError:
        return token.strip('"')


def _path(stack: list[list[Any]]) -> str:
    parts: list[str] = []
    for is_object, where in stack:
        if is_object:
            parts.append(f".{where}" if where is not None else ".?")
        else:
            parts.append(f"[{where}]")
    text = "".join(parts).lstrip(".")
    return text or "the top level"
