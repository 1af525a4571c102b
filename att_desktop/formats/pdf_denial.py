"""The denial letter to the applicant: what was refused, on which treaty grounds, and why.

Each ground is cited as a lawyer would (article, paragraph, criterion) and explained in plain
words, because the applicant is usually no treaty specialist; the authority's own reasoning
follows, then how to ask for a review. The review paragraph is configurable, as procedures
differ from State to State.
"""

from __future__ import annotations

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
    items_table,
    keep,
    letterhead,
    make_styles,
    para,
    table,
)
from att_desktop.formats.pdf_criteria import criteria_heading, criteria_lines
from att_desktop.formats.pdf_data import DenialLetterData
from att_desktop.formats.pdf_labels import (
    citation_style,
    colon,
    format_date,
    ground_plain,
    label,
    normalise_language,
)


def write_denial_letter(data: DenialLetterData, out: PathOrFile, *, language: str = "en") -> int:
    """Write the denial letter to ``out``; return the number of pages."""
    lang = normalise_language(language)
    styles = make_styles(lang)
    info = PageInfo(
        authority=data.authority,
        reference=data.case.reference,
        generated_on=data.generated_on,
        language=lang,
        title=label("title_denial", lang),
        anchor=data.anchor,
    )
    return build_pdf(out, denial_story(data, styles), info)


def denial_story(data: DenialLetterData, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    case = data.case
    fonts = styles.fonts
    authority = data.authority or label("default_authority", lang)

    sender: list[Flowable] = [para(authority, styles.h2, fonts)]
    if data.authority_address:
        sender.append(para(data.authority_address, styles.small, fonts))
    meta: list[Flowable] = [
        para(
            colon(label("letter_date", lang), format_date(data.letter_date, lang), lang),
            styles.body,
            fonts,
        ),
        para(colon(label("reference", lang), case.reference, lang), styles.body, fonts),
    ]
    head = Table([[sender, meta]], colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38])
    head.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )

    addressee = [case.applicant_name]
    if case.applicant_address:
        addressee.append(case.applicant_address)
    addressee.append(country(case.applicant_country, lang))
    story: list[Flowable] = [
        *letterhead(data.letterhead),
        head,
        gap(6),
        para(label("letter_to", lang), styles.label, fonts),
        para("\n".join(addressee), styles.body, fonts),
        gap(6),
        para(label("letter_subject", lang, reference=case.reference), styles.h1, fonts),
        gap(2),
        para(label("letter_salutation", lang), styles.body, fonts),
        para(
            label(
                "letter_intro",
                lang,
                reference=case.reference,
                received=format_date(case.received_on, lang),
                destination=country(case.destination_code, lang),
            ),
            styles.body,
            fonts,
        ),
        *heading(label("letter_items", lang), styles),
        items_table(case.items, styles),
        *heading(label("letter_grounds", lang), styles),
    ]

    rows: list[list[Cell]] = []
    cite = citation_style(lang)
    for ground in data.grounds:
        # The plain explanation of the treaty ground only: the engine's explanation quotes the
        # officer's guidance and the reference data's notes, which are not the applicant's to
        # read; the authority's own reasoning follows below.
        explanation = para(ground_plain(ground, lang), styles.cell, fonts)
        rows.append([para(ground.citation(cite), styles.cell, fonts, bold=True), explanation])
    header = [label("col_ground", lang), label("col_explanation", lang)]
    story.append(table(header, rows, (0.26, 0.74), styles, zebra=False))
    if data.criteria:  # issue 16: the national framework's criteria, beside the treaty's
        story += heading(criteria_heading(data.criteria_set, lang), styles)
        story += [
            para(line, styles.body, fonts)
            for line in criteria_lines(data.criteria_set, data.criteria, lang)
        ]

    story += [
        *heading(label("letter_reasoning", lang), styles),
        para(data.reasoning or "—", styles.body, fonts),
        *heading(label("letter_review", lang), styles),
        para(data.review_text or label("default_review", lang), styles.body, fonts),
    ]
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
    story.append(keep(closing))
    return story
