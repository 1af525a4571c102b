"""Reading the UN Security Council Consolidated List XML (formats/sanctions_list.py).

The list is how the Council's targeted measures under Chapter VII reach the screen (ATT
Article 6(1)); a list read in part would clear listed parties, so a malformed or truncated
file is refused whole.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from att_desktop.domain.name_matching import NameKind
from att_desktop.formats.sanctions_list import SanctionsListError, parse_consolidated_list

SAMPLE = Path(__file__).parents[1] / "data" / "un_consolidated_sample.xml"


def sample() -> bytes:
    return SAMPLE.read_bytes()


def test_the_sample_is_read_whole() -> None:
    parsed = parse_consolidated_list(sample())
    assert parsed.generated_at == datetime(2026, 11, 20, 6, 0, 3, 173000, tzinfo=UTC)
    assert [e.data_id for e in parsed.entries] == ["110001", "110002", "110003", "120001", "120002"]
    assert parsed.individuals == 3
    qadhafi = parsed.entries[0]
    assert qadhafi.name == "MUAMMAR MUHAMMED ABU MINYAR QADHAFI"
    assert qadhafi.reference_number == "LYi.009" and qadhafi.un_list_type == "Libya"
    assert qadhafi.listed_on == date(2011, 2, 26)
    assert ("Moammar Gaddafi", NameKind.ALIAS_GOOD) in qadhafi.names
    assert ("Brother Leader", NameKind.ALIAS_LOW) in qadhafi.names
    assert ("معمر محمد أبو منيار القذافي", NameKind.ORIGINAL_SCRIPT) in qadhafi.names
    assert qadhafi.country_codes == ("LY",)
    boutov = parsed.entries[1]
    assert ("Виктор Анатольевич Бутов", NameKind.ORIGINAL_SCRIPT) in boutov.names
    assert set(boutov.country_codes) == {"CD", "RU"}  # address in the DRC, Russian national
    kpe = parsed.entries[3]
    assert kpe.kind == "entity" and kpe.name == "KOREA MINING DEVELOPMENT TRADING CORPORATION"
    assert kpe.addresses[0].city == "Pyongyang" and kpe.country_codes == ("KP",)
    # Empty alias elements (as the real file has) add no name.
    assert parsed.entries[2].names[-1][1] is NameKind.ORIGINAL_SCRIPT


def test_a_truncated_file_is_refused_with_where() -> None:
    data = sample()
    with pytest.raises(SanctionsListError, match=r"not well-formed XML .* at line \d+"):
        parse_consolidated_list(data[: len(data) * 2 // 3], "consolidated.xml")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (b"<DATAID>110002</DATAID>", b"", "INDIVIDUAL number 2: it has no DATAID"),
        (b"<REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER>", b"", "ENTITY number 1: it has no"),
        (b"<DATAID>110002</DATAID>", b"<DATAID>110001</DATAID>", "appears twice"),
        (b'dateGenerated="2026-11-20T06:00:03.173Z"', b"", "no valid dateGenerated"),
        (b"<LISTED_ON>2011-02-26</LISTED_ON>", b"<LISTED_ON>26 Feb</LISTED_ON>", "not a date"),
    ],
)
def test_an_incomplete_entry_is_refused(old: bytes, new: bytes, message: str) -> None:
    data = sample()
    assert old in data
    with pytest.raises(SanctionsListError, match=message):
        parse_consolidated_list(data.replace(old, new, 1))


def test_a_list_without_its_entities_section_is_refused() -> None:
    data = sample()
    start, end = data.index(b"<ENTITIES>"), data.index(b"</ENTITIES>") + len(b"</ENTITIES>")
    with pytest.raises(SanctionsListError, match="no <ENTITIES> section"):
        parse_consolidated_list(data[:start] + data[end:])


def test_another_xml_file_is_refused() -> None:
    with pytest.raises(SanctionsListError, match="not <CONSOLIDATED_LIST>"):
        parse_consolidated_list(b"<?xml version='1.0'?><sdnList/>")


def test_entity_declarations_are_refused_before_expansion() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>'
    )
    with pytest.raises(SanctionsListError, match="DOCTYPE or entities"):
        parse_consolidated_list(bomb)
