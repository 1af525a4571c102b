"""The export licence: a detailed authorisation issued before the export (Article 7(5)).

Everything the holder, customs and the importing or transit States (Article 7(6)) need in
order to check a shipment is on the face of the licence: the parties, each authorised line
with its quantity and value, the validity period, the numbered conditions and the legal basis.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from att_desktop.domain.enums import PartyRole
from att_desktop.formats.pdf_common import (
    ACCENT,
    FRAME_WIDTH,
    GRID,
    HEADER_FILL,
    Cell,
    PageInfo,
    PathOrFile,
    Styles,
    boxed,
    build_pdf,
    country,
    gap,
    heading,
    items_table,
    keep,
    key_values,
    letterhead,
    make_styles,
    para,
    title_block,
)
from att_desktop.formats.pdf_data import CaseData, LicenceData, PartyData
from att_desktop.formats.pdf_labels import (
    colon,
    format_date,
    join,
    label,
    normalise_language,
)


def write_licence(data: LicenceData, out: PathOrFile, *, language: str = "en") -> int:
    """Write the licence to ``out``; return the number of pages."""
    lang = normalise_language(language)
    styles = make_styles(lang)
    info = PageInfo(
        authority=data.authority,
        reference=data.number,
        generated_on=data.generated_on,
        language=lang,
        title=label("title_licence", lang),
        anchor=data.anchor,
    )
    return build_pdf(out, licence_story(data, styles), info)


def _party_text(party: PartyData, language: str) -> str:
    text = join([party.name, country(party.country_code, language)], language)
    return f"{text}\n{party.address}" if party.address else text


def licence_story(data: LicenceData, styles: Styles) -> list[Flowable]:
    """The licence: who issued it for what, to whom, on which conditions, signed."""
    lang = styles.fonts.language
    case = data.case
    story: list[Flowable] = letterhead(data.letterhead) + title_block(
        label("title_licence", lang), label("subtitle_licence", lang), styles
    )
    validity = label(
        "validity_value",
        lang,
        start=format_date(data.valid_from, lang),
        end=format_date(data.valid_until, lang),
    )
    authority = data.authority or label("default_authority", lang)
    if data.authority_address:
        authority += f"\n{data.authority_address}"
    story.append(
        key_values(
            [
                (
                    label("licence_number", lang),
                    para(data.number, styles.cell, styles.fonts, bold=True),
                ),
                (label("issuing_authority", lang), authority),
                (label("issued_on", lang), format_date(data.issued_on, lang)),
                (label("validity", lang), para(validity, styles.cell, styles.fonts, bold=True)),
                (label("case_reference", lang), case.reference),
            ],
            styles,
        )
    )

    story += [*heading(label("parties", lang), styles), key_values(_parties(case, lang), styles)]

    story += [*heading(label("authorised_items", lang), styles), items_table(data.lines, styles)]

    story += [*heading(label("conditions", lang), styles), _conditions(data, styles)]

    law = data.national_law or label("default_law", lang)
    story += [
        # The legal basis and the signature belong together: one never starts a page alone.
        keep(
            [
                *heading(label("legal_basis", lang), styles)[1:],
                boxed(
                    [para(label("legal_basis_text", lang, law=law), styles.body, styles.fonts)],
                    HEADER_FILL,
                    ACCENT,
                ),
                gap(3),
                _signature_block(data, styles),
            ]
        ),
    ]
    return story


def _parties(case: CaseData, lang: str) -> list[tuple[str, Cell]]:
    """The holder, the destination, the parties by role, transit and the end use."""
    holder = join([case.applicant_name, country(case.applicant_country, lang)], lang)
    if case.applicant_registration:
        holder += f" ({case.applicant_registration})"
    if case.applicant_address:
        holder += f"\n{case.applicant_address}"
    pairs: list[tuple[str, Cell]] = [
        (label("holder", lang), holder),
        (label("destination", lang), country(case.destination_code, lang)),
    ]
    roles = (
        ("end_user", (PartyRole.END_USER,)),
        ("consignees", (PartyRole.CONSIGNEE, PartyRole.INTERMEDIATE_CONSIGNEE)),
        ("brokers", (PartyRole.BROKER,)),
    )
    for key, role_set in roles:
        parties = case.with_role(*role_set)
        if parties or key != "brokers":
            text = "\n".join(_party_text(p, lang) for p in parties) or label("none", lang)
            pairs.append((label(key, lang), text))
    transit = join((country(c, lang) for c in case.transit_codes), lang) or label("none", lang)
    pairs.append((label("transit", lang), transit))
    if case.intended_end_use:
        pairs.append((label("end_use", lang), case.intended_end_use))
    return pairs


def _conditions(data: LicenceData, styles: Styles) -> Flowable:
    """The licence's conditions, numbered; or a line saying there are none."""
    lang = styles.fonts.language
    if data.conditions:
        rows = [
            [
                para(f"{i}.", styles.cell, styles.fonts, bold=True),
                para(c, styles.body, styles.fonts),
            ]
            for i, c in enumerate(data.conditions, start=1)
        ]
        conditions = Table(
            rows, colWidths=[8 * mm, FRAME_WIDTH - 8 * mm], hAlign="LEFT", splitInRow=1
        )
        conditions.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return conditions
    return para(label("no_conditions", lang), styles.body, styles.fonts)


def _signature_block(data: LicenceData, styles: Styles) -> Flowable:
    """Who signs, a signature line, and an empty box for the official stamp, side by side."""
    lang = styles.fonts.language
    fonts = styles.fonts
    sig = data.signatory
    who: list[Flowable] = [
        para(label("signature_for", lang), styles.label, fonts),
        para(data.authority or label("default_authority", lang), styles.cell, fonts),
    ]
    if sig.wording:
        who.append(para(sig.wording, styles.cell, fonts))
    if sig.name:
        # The deciding person signs: their name, then their title.
        who.append(para(sig.name, styles.cell, fonts, bold=True))
        if sig.title:
            who.append(para(sig.title, styles.cell, fonts))
    else:
        # Nobody recorded: lines to fill in by hand, never an empty signature.
        who += [
            para(colon(label("signatory_name", lang), "—", lang), styles.cell, fonts),
            para(colon(label("signatory_title", lang), "—", lang), styles.cell, fonts),
        ]
    sign: list[Flowable] = [
        gap(9),
        para("_" * 34, styles.cell, fonts),
        para(label("signature", lang), styles.small, fonts),
        gap(1),
        para(
            colon(label("date", lang), format_date(data.issued_on, lang), lang), styles.cell, fonts
        ),
    ]
    stamp = [para(label("stamp", lang), styles.small, fonts)]
    block = Table(
        [[who, sign, stamp]],
        colWidths=[FRAME_WIDTH * 0.36, FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.26],
        # At least room to sign and stamp; a long authority name or title makes it taller
        # instead of running over the box.
        minRowHeights=[20 * mm],
        hAlign="LEFT",
    )
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
                ("BOX", (2, 0), (2, 0), 0.6, GRID),
                ("LEFTPADDING", (2, 0), (2, 0), 5),
                ("TOPPADDING", (2, 0), (2, 0), 3),
            ]
        )
    )
    return block
