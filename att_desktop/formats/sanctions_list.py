"""The UN Security Council Consolidated List as the Council publishes it (XML).

The official file (``consolidated.xml``, schema ``sc-sanctions.xsd``) is downloaded by the
authority elsewhere, the app stays offline. Its root ``CONSOLIDATED_LIST`` carries
``dateGenerated`` and holds ``INDIVIDUALS/INDIVIDUAL`` and ``ENTITIES/ENTITY``; each entry has
a ``DATAID``, ``FIRST_NAME`` (an entity's whole name) to ``FOURTH_NAME``, ``UN_LIST_TYPE``,
``REFERENCE_NUMBER``, ``LISTED_ON``, ``NAME_ORIGINAL_SCRIPT``, ``NATIONALITY/VALUE``, aliases
(``INDIVIDUAL_ALIAS``/``ENTITY_ALIAS`` with ``QUALITY`` and ``ALIAS_NAME``) and addresses
(``INDIVIDUAL_ADDRESS``/``ENTITY_ADDRESS`` with ``STREET``, ``CITY``, ``STATE_PROVINCE``,
``COUNTRY``). See docs/sanctions-list.md.

A list the screen relies on must be whole: a truncated or malformed file, or one missing what
every entry needs, is refused naming what is wrong. A DOCTYPE or entity declaration is refused
as well (the official file has none; entity expansion is how XML bombs work).
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime
from xml.parsers import expat

from att_desktop.domain.countries import find_country
from att_desktop.domain.name_matching import NameKind

ROOT = "CONSOLIDATED_LIST"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_LOW_QUALITY = frozenset(["low", "f.k.a.", "fka"])


class SanctionsListError(ValueError):
    """The file is not a whole, well-formed Consolidated List; the message says why."""


@dataclass(frozen=True)
class ListedAddress:
    country: str
    #: ISO alpha-2 of ``country`` when recognised, else "".
    country_code: str
    city: str
    text: str


@dataclass(frozen=True)
class ListedEntry:
    data_id: str
    #: "individual" or "entity".
    kind: str
    reference_number: str
    un_list_type: str
    listed_on: date | None
    #: The primary name first, then aliases and original-script names.
    names: tuple[tuple[str, NameKind], ...]
    nationalities: tuple[str, ...]
    addresses: tuple[ListedAddress, ...]
    comments: str

    @property
    def name(self) -> str:
        return self.names[0][0]

    @property
    def country_codes(self) -> tuple[str, ...]:
        codes = [a.country_code for a in self.addresses]
        codes += [country_code(n) for n in self.nationalities]
        return tuple(dict.fromkeys(c for c in codes if c))


@dataclass(frozen=True)
class ConsolidatedList:
    generated_at: datetime
    sha256: str
    entries: tuple[ListedEntry, ...]

    @property
    def individuals(self) -> int:
        return sum(1 for e in self.entries if e.kind == "individual")


#: The UN's own short forms that ISO's names do not cover.
_UN_NAMES = {
    "democratic republic of the congo": "CD",
    "republic of korea": "KR",
    "republic of moldova": "MD",
    "united republic of tanzania": "TZ",
    "state of palestine": "PS",
    "turkiye": "TR",
    "united kingdom of great britain and northern ireland": "GB",
}


def country_code(country: str) -> str:
    """ISO alpha-2 of a country as the list writes it ("Iran (Islamic Republic of)")."""
    text = " ".join(country.split())
    if not text:
        return ""
    folded = text.casefold().replace("ü", "u")
    if folded in _UN_NAMES:
        return _UN_NAMES[folded]
    found = find_country(text) or find_country(text.split("(")[0])
    return found.code if found else ""


def _check_declarations(data: bytes, source_name: str) -> None:
    """A first pass with expat: no DOCTYPE, no entities (raised before anything is
    expanded), and the file well-formed to its end (a truncated download fails here)."""
    parser = expat.ParserCreate()

    def refuse(*_args: object) -> None:
        raise SanctionsListError(
            f"{source_name} declares a DOCTYPE or entities, which the official list never "
            "does. Nothing was imported."
        )

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise SanctionsListError(
            f"{source_name} is not well-formed XML (truncated or damaged?): "
            f"{expat.ErrorString(exc.code)} at line {exc.lineno}, column {exc.offset + 1}. "
            "Nothing was imported."
        ) from exc
    except (LookupError, ValueError) as exc:  # an unknown encoding="..." (found by fuzzing)
        raise SanctionsListError(
            f"{source_name} is not readable XML ({exc}). Nothing was imported."
        ) from exc


def parse_consolidated_list(data: bytes, source_name: str = "the file") -> ConsolidatedList:
    """Read the whole list or raise SanctionsListError naming the problem."""
    _check_declarations(data, source_name)
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, LookupError, ValueError) as exc:
        raise SanctionsListError(
            f"{source_name} is not readable XML ({exc}). Nothing was imported."
        ) from exc
    return _read_root(root, hashlib.sha256(data).hexdigest(), source_name)


def _read_root(root: ET.Element, digest: str, source_name: str) -> ConsolidatedList:
    def fail(text: str) -> SanctionsListError:
        return SanctionsListError(f"{source_name}: {text}. Nothing was imported.")

    if root.tag != ROOT:
        raise fail(f"the root element is <{root.tag}>, not <{ROOT}>: not a Consolidated List")
    generated = _generated(root.get("dateGenerated", ""))
    if generated is None:
        raise fail("<CONSOLIDATED_LIST> has no valid dateGenerated attribute")
    individuals, entities = root.find("INDIVIDUALS"), root.find("ENTITIES")
    if individuals is None or entities is None:
        missing = "INDIVIDUALS" if individuals is None else "ENTITIES"
        raise fail(f"there is no <{missing}> section (a truncated or partial list?)")
    entries: list[ListedEntry] = []
    seen: set[str] = set()
    sections = ((individuals, "INDIVIDUAL", "individual"), (entities, "ENTITY", "entity"))
    for section, tag, kind in sections:
        for number, element in enumerate(section.findall(tag), start=1):
            try:
                entry = _entry(element, tag, kind)
            except SanctionsListError as exc:
                raise fail(f"{tag} number {number}: {exc}") from exc
            if entry.data_id in seen:
                raise fail(f"{tag} number {number}: DATAID {entry.data_id} appears twice")
            seen.add(entry.data_id)
            entries.append(entry)
    if not entries:
        raise fail("the list holds no individuals and no entities")
    return ConsolidatedList(generated, digest, tuple(entries))


def _generated(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _text(element: ET.Element, path: str) -> str:
    found = element.find(path)
    return " ".join((found.text or "").split()) if found is not None else ""


def _entry(element: ET.Element, tag: str, kind: str) -> ListedEntry:
    data_id = _text(element, "DATAID")
    reference = _text(element, "REFERENCE_NUMBER")
    parts = _NAME_PARTS if kind == "individual" else _NAME_PARTS[:1]
    name = " ".join(p for p in (_text(element, part) for part in parts) if p)
    for label, value in (
        ("DATAID", data_id),
        ("FIRST_NAME", name),
        ("REFERENCE_NUMBER", reference),
    ):
        if not value:
            raise SanctionsListError(f"it has no {label}")
    names: list[tuple[str, NameKind]] = [(name, NameKind.PRIMARY)]
    original = _text(element, "NAME_ORIGINAL_SCRIPT")
    if original:
        names.append((original, NameKind.ORIGINAL_SCRIPT))
    for alias in element.findall(f"{tag}_ALIAS"):
        alias_name = _text(alias, "ALIAS_NAME")
        quality = _text(alias, "QUALITY").casefold()
        if alias_name:
            low = quality in _LOW_QUALITY
            names.append((alias_name, NameKind.ALIAS_LOW if low else NameKind.ALIAS_GOOD))
    listed_on = _text(element, "LISTED_ON")
    try:
        listed = date.fromisoformat(listed_on[:10]) if listed_on else None
    except ValueError as exc:
        raise SanctionsListError(f"LISTED_ON {listed_on!r} is not a date") from exc
    return ListedEntry(
        data_id=data_id,
        kind=kind,
        reference_number=reference,
        un_list_type=_text(element, "UN_LIST_TYPE"),
        listed_on=listed,
        names=tuple(dict.fromkeys(names)),
        nationalities=tuple(
            v
            for v in (
                " ".join((e.text or "").split()) for e in element.findall("NATIONALITY/VALUE")
            )
            if v
        ),
        addresses=tuple(_addresses(element, f"{tag}_ADDRESS")),
        comments=_text(element, "COMMENTS1"),
    )


def _addresses(element: ET.Element, tag: str) -> list[ListedAddress]:
    found = []
    for address in element.findall(tag):
        country = _text(address, "COUNTRY")
        city = _text(address, "CITY")
        parts = [_text(address, p) for p in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE")]
        text = ", ".join(p for p in [*parts, country] if p)
        if text:
            found.append(ListedAddress(country, country_code(country), city, text))
    return found
