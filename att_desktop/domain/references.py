"""Case reference numbers such as ``EXP/2026/00042``: a configurable pattern, a yearly counter."""

from __future__ import annotations

import re
import string

from att_desktop.domain.enums import TransferType

DEFAULT_PATTERN = "{prefix}/{year}/{seq:05d}"
PREFIXES: dict[TransferType, str] = {
    TransferType.EXPORT: "EXP",
    TransferType.IMPORT: "IMP",
    TransferType.TRANSIT: "TRA",
    TransferType.TRANSSHIPMENT: "TRS",
    TransferType.BROKERING: "BRK",
}
_FIELDS = {"prefix", "year", "seq"}


class InvalidPatternError(ValueError):
    pass


def validate_pattern(pattern: str) -> None:
    """Refuse a pattern that could produce the same reference twice in a year."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise InvalidPatternError(f"The reference pattern is malformed: {exc}.") from exc
    unknown = names - _FIELDS
    if unknown:
        raise InvalidPatternError(
            f"The reference pattern uses unknown fields {sorted(unknown)}; "
            "use {prefix}, {year} and {seq}."
        )
    if not {"prefix", "year", "seq"} <= names:
        # Each transfer type keeps its own yearly counter: without {prefix} an export and an
        # import would be given the same reference.
        raise InvalidPatternError(
            "The reference pattern must contain {prefix}, {year} and {seq} so that references "
            "are unique."
        )
    try:
        format_reference(pattern, TransferType.EXPORT, 2026, 1)
    except (ValueError, KeyError, IndexError) as exc:
        raise InvalidPatternError(f"The reference pattern cannot be used: {exc}.") from exc


def format_reference(pattern: str, transfer_type: TransferType, year: int, seq: int) -> str:
    return pattern.format(prefix=PREFIXES[transfer_type], year=year, seq=seq)


def parse_reference(pattern: str, reference: str) -> tuple[str, int, int] | None:
    """``(prefix, year, seq)`` if ``reference`` follows ``pattern``, else None.

    The prefix is "" when the pattern has no ``{prefix}``.

    Imported references that follow the pattern must push the yearly counter past them, or a
    later case would be given the same number.
    """
    regex = ""
    for literal, name, _, _ in string.Formatter().parse(pattern):
        regex += re.escape(literal)
        if name == "prefix":
            regex += "(?P<prefix>" + "|".join(re.escape(p) for p in PREFIXES.values()) + ")"
        elif name == "year":
            regex += r"(?P<year>\d{4})"
        elif name == "seq":
            regex += r"(?P<seq>\d+)"
        elif name is not None:
            return None
    match = re.fullmatch(regex, reference.strip())
    if match is None or "seq" not in match.groupdict() or "year" not in match.groupdict():
        return None
    groups = match.groupdict()
    return groups.get("prefix") or "", int(groups["year"]), int(groups["seq"])
