import pytest

from att_desktop.domain.enums import TransferType
from att_desktop.domain.references import (
    DEFAULT_PATTERN,
    InvalidPatternError,
    format_reference,
    validate_pattern,
)


def test_default_pattern_formats_like_the_register() -> None:
    assert format_reference(DEFAULT_PATTERN, TransferType.EXPORT, 2026, 42) == "EXP/2026/00042"
    assert format_reference(DEFAULT_PATTERN, TransferType.BROKERING, 2025, 7) == "BRK/2025/00007"


@pytest.mark.parametrize(
    "pattern",
    [
        "{prefix}-{seq}",
        "{prefix}/{year}",
        "{prefix}/{year}/{sequence}",
        "{prefix}/{year}/{seq",
        "{year}/{seq}",
    ],
)
def test_patterns_that_cannot_be_unique_or_parsed_are_refused(pattern: str) -> None:
    with pytest.raises(InvalidPatternError):
        validate_pattern(pattern)


def test_custom_pattern_is_accepted() -> None:
    validate_pattern("LIC-{year}-{seq:04d}-{prefix}")
    assert (
        format_reference("LIC-{year}-{seq:04d}-{prefix}", TransferType.IMPORT, 2026, 3)
        == "LIC-2026-0003-IMP"
    )
