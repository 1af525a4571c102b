"""The consent letter: the authority agrees to a re-export, re-transfer or other change of what
a licence covers (issue 14), on the conditions it sets.

A short letter to the exporter who holds the licence: which licence, what was asked and by
whom, the new end user, destination or location, the items and quantities it covers, the
conditions, and the signature of the person who consented. Plain data in, a PDF out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, Table, TableStyle

from att_desktop.formats.pdf_common import (
    FRAME_WIDTH,
    Cell,
    PageInfo,
    PathOrFile,
    Styles,
    build_pdf,
    country,
    gap,
    heading,
    keep,
    letterhead,
    make_styles,
    para,
    table,
)
from att_desktop.formats.pdf_data import Signatory
from att_desktop.formats.pdf_labels import colon, format_date, label, normalise_language
from att_desktop.i18n import MessageTable, message_table

#: This letter's own fixed texts: English message ids of the catalogue (context
#: ``change_consent.<key>``).
_TEXTS: MessageTable[str] = message_table(
    "change_consent.",
    {
        "title": "Consent to a change under a licence",
        "subject": "{kind} under licence {number}",
        "intro": "We refer to the request made by {requester}, received on {received}, concerning "
        "licence {number} issued on {issued} for the export to {destination}. The authority "
        "consents to the change described below, on the conditions set out.",
        "change": "The change consented to",
        "request": "Request",
        "new_party": "New end user",
        "new_country": "Country",
        "proposed": "New end use or location",
        "items": "Items and quantities covered",
        "col_line": "Line",
        "col_item": "Item",
        "col_quantity": "Quantity",
        "conditions": "Conditions",
        "no_conditions": "No conditions beyond those of the licence.",
        "licence_stands": "Every condition of licence {number} continues to apply.",
        "decided": "Decided on {date}",
        "re_export": "Re-export",
        "re_transfer": "Re-transfer within the importing State",
        "change_end_user": "Change of end user",
        "change_end_use": "Change of end use",
        "change_location": "Change of location",
        "importing_state": "the importing State's authority",
        "end_user": "the end user",
        "exporter": "the exporter",
    },
)


def _text(key: str, language: str, **values: object) -> str:
    if key not in _TEXTS:
        return key.replace("_", " ")
    return _TEXTS.text(key, language, **values)


@dataclass(frozen=True)
class ConsentLine:
    line_no: int
    description: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class ChangeConsentData:
    authority: str
    reference: str
    licence_number: str
    licence_issued_on: date
    destination_code: str
    applicant_name: str
    applicant_country: str
    #: ``ChangeKind`` and ``Requester`` values.
    kind: str
    requested_by: str
    received_on: date
    decided_on: date
    new_party_name: str
    new_country_code: str
    proposed_change: str
    lines: tuple[ConsentLine, ...]
    conditions: tuple[str, ...]
    authority_address: str = ""
    signatory: Signatory = field(default_factory=Signatory)
    generated_on: date = field(default_factory=date.today)
    anchor: str = ""
    letterhead: bytes = b""


def write_change_consent(data: ChangeConsentData, out: PathOrFile, *, language: str = "en") -> int:
    """Write the consent letter to ``out``; return the number of pages."""
    lang = normalise_language(language)
    styles = make_styles(lang)
    info = PageInfo(
        authority=data.authority,
        reference=data.reference,
        generated_on=data.generated_on,
        language=lang,
        title=_text("title", lang),
        anchor=data.anchor,
    )
    return build_pdf(out, consent_story(data, styles), info)


def _head(data: ChangeConsentData, styles: Styles, authority: str) -> Table:
    lang, fonts = styles.fonts.language, styles.fonts
    sender: list[Flowable] = [para(authority, styles.h2, fonts)]
    if data.authority_address:
        sender.append(para(data.authority_address, styles.small, fonts))
    meta = [
        para(
            colon(label("letter_date", lang), format_date(data.decided_on, lang), lang),
            styles.body,
            fonts,
        ),
        para(colon(label("reference", lang), data.reference, lang), styles.body, fonts),
    ]
    head = Table([[sender, meta]], colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38])
    head.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return head


def consent_story(data: ChangeConsentData, styles: Styles) -> list[Flowable]:
    lang, fonts = styles.fonts.language, styles.fonts
    authority = data.authority or label("default_authority", lang)
    kind = _text(data.kind, lang)
    story: list[Flowable] = [
        *letterhead(data.letterhead),
        _head(data, styles, authority),
        gap(6),
        para(label("letter_to", lang), styles.label, fonts),
        para(f"{data.applicant_name}\n{country(data.applicant_country, lang)}", styles.body, fonts),
        gap(6),
        para(_text("subject", lang, kind=kind, number=data.licence_number), styles.h1, fonts),
        gap(2),
        para(label("letter_salutation", lang), styles.body, fonts),
        para(
            _text(
                "intro",
                lang,
                requester=_text(data.requested_by, lang),
                received=format_date(data.received_on, lang),
                number=data.licence_number,
                issued=format_date(data.licence_issued_on, lang),
                destination=country(data.destination_code, lang),
            ),
            styles.body,
            fonts,
        ),
        *heading(_text("change", lang), styles),
    ]
    facts = [(_text("request", lang), kind)]
    if data.new_party_name:
        facts.append((_text("new_party", lang), data.new_party_name))
    if data.new_country_code:
        facts.append((_text("new_country", lang), country(data.new_country_code, lang)))
    if data.proposed_change:
        facts.append((_text("proposed", lang), data.proposed_change))
    story += [para(colon(k, v, lang), styles.body, fonts) for k, v in facts]
    rows: list[list[Cell]] = [
        [str(line.line_no), para(line.description, styles.cell, fonts), _quantity(line)]
        for line in data.lines
    ]
    header = [_text("col_line", lang), _text("col_item", lang), _text("col_quantity", lang)]
    story += [
        *heading(_text("items", lang), styles),
        table(header, rows, (0.1, 0.65, 0.25), styles, right=(0, 2)),
        *heading(_text("conditions", lang), styles),
    ]
    if data.conditions:
        story += [para(f"{n}. {c}", styles.body, fonts) for n, c in enumerate(data.conditions, 1)]
    else:
        story.append(para(_text("no_conditions", lang), styles.body, fonts))
    story.append(
        para(_text("licence_stands", lang, number=data.licence_number), styles.body, fonts)
    )
    story.append(keep(_closing(data, styles, authority)))
    return story


def _quantity(line: ConsentLine) -> str:
    normal = line.quantity.normalize()
    text = format(normal, "f") if normal != normal.to_integral_value() else f"{int(normal):,}"
    return f"{text} {line.unit}".strip()


def _closing(data: ChangeConsentData, styles: Styles, authority: str) -> list[Flowable]:
    lang, fonts = styles.fonts.language, styles.fonts
    sig = data.signatory
    closing: list[Flowable] = [
        gap(4),
        para(label("letter_closing", lang), styles.body, fonts),
        gap(7),
    ]
    if sig.wording:
        closing.append(para(sig.wording, styles.body, fonts))
    if sig.name:
        closing.append(para(sig.name, styles.body, fonts, bold=True))
    if sig.title:
        closing.append(para(sig.title, styles.body, fonts))
    closing.append(para(authority, styles.body, fonts))
    closing.append(
        para(_text("decided", lang, date=format_date(data.decided_on, lang)), styles.small, fonts)
    )
    return closing
