"""The assessment record: every finding, source and the GBV flowchart path, in treaty order.

It is the evidence a reviewer reads years later (Article 12), so it follows the order the
treaty imposes (Article 6, then Article 7 with 7(4) and Article 11, mitigation, the 7(3)
conclusion) and prints what the engine computed beside what the officer answered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from att_desktop.domain.assessment.mitigation import KIND_BASIS, counts, kind_fits
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    Article7Basis,
    AssessmentInput,
    Confirmation,
    Criterion,
    EmbargoMatchRecord,
    Finding,
    GbvStep,
    Ground,
    KindPolicy,
    MitigationMeasure,
    Recommendation,
    ResidualRisk,
    RiskLink,
    StepStatus,
)
from att_desktop.formats.pdf_common import (
    ALERT,
    ALERT_FILL,
    GRID,
    OK,
    OK_FILL,
    WARN_FILL,
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
    para_parts,
    parties_table,
    sources_cell,
    table,
    title_block,
)
from att_desktop.formats.pdf_criteria import criteria_heading, criteria_lines
from att_desktop.formats.pdf_data import (
    AssessmentRecordData,
    CaseData,
    DecisionData,
    OpinionData,
)
from att_desktop.formats.pdf_flowchart import gbv_flowchart
from att_desktop.formats.pdf_gbv_euc import consultation_section, euc_section
from att_desktop.formats.pdf_labels import (
    citation_style,
    colon,
    criterion_explanation,
    embargo_label,
    enum_label,
    format_date,
    gbv_step_text,
    gbv_step_title,
    join,
    label,
    normalise_language,
    screened_party,
    yes_no,
)
from att_desktop.i18n import translate


def write_assessment_record(
    data: AssessmentRecordData, out: PathOrFile, *, language: str = "en"
) -> int:
    """Write the assessment record of one case to ``out``; return the number of pages."""
    lang = normalise_language(language)
    styles = make_styles(lang)
    story = assessment_story(data, styles)
    info = PageInfo(
        authority=data.authority,
        reference=data.case.reference,
        generated_on=data.generated_on,
        language=lang,
        title=label("title_assessment", lang),
        anchor=data.anchor,
    )
    return build_pdf(out, story, info)


def assessment_story(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    inp, result = data.assessment, data.result
    story: list[Flowable] = letterhead(data.letterhead) + title_block(
        colon(label("title_assessment", lang), data.case.reference, lang),
        label("subtitle_assessment", lang),
        styles,
    )
    story += _case_summary(data, styles)
    story += _article6(inp, styles)
    a6_prohibited = result.gbv is None and result.recommendation is Recommendation.DENY
    kind = enum_label(inp.transfer_type, lang)
    if a6_prohibited:
        story += heading(label("sec_article7", lang), styles)
        story.append(para(label("not_assessed_a6", lang), styles.body, styles.fonts))
    elif inp.article7_basis is Article7Basis.NOT_APPLICABLE:
        story += heading(label("sec_article7", lang), styles)
        story.append(para(label("a7_not_applicable", lang, kind=kind), styles.body, styles.fonts))
    else:
        if inp.article7_basis is Article7Basis.NATIONAL_POLICY:
            text = label("a7_national_policy", lang, kind=kind)
            story.append(para(text, styles.body, styles.fonts))
        story += _article7(inp, styles)
        story += _gbv(data, styles)
        story += consultation_section(data, styles)  # issue 14
        story += _diversion(inp, styles)
        story += euc_section(data, styles)  # issue 14
        story += _mitigation(data, styles)
        story += _conclusion(data, styles)
    story += _recommendation(data, styles)
    story += _opinions(data.opinions, styles)
    story += _decision(data.decision, styles, data.result.grounds)
    return story


# --------------------------------------------------------------------------- pieces


def _answer_block(question: str, answer: Answer, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    return [
        keep(
            [
                para(question, styles.h2, styles.fonts),
                key_values(
                    [
                        (label("answer", lang), _bold(yes_no(answer.answer, lang), styles)),
                        (label("reasoning", lang), answer.reasoning or "—"),
                        (label("sources", lang), sources_cell(answer.sources, styles)),
                    ],
                    styles,
                    widths=(0.2, 0.8),
                ),
            ]
        ),
        gap(2),
    ]


def _bold(text: str, styles: Styles) -> Paragraph:
    return para(text, styles.cell, styles.fonts, bold=True)


def _case_summary(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    case = data.case
    pairs = case_pairs(case, styles)
    if data.assessed_by:
        pairs.append((label("assessed_by", lang), data.assessed_by))
    out: list[Flowable] = [*heading(label("sec_case", lang), styles), key_values(pairs, styles)]
    out += [
        para(label("parties", lang), styles.h2, styles.fonts),
        parties_table(case.parties, styles),
    ]
    out += [para(label("items", lang), styles.h2, styles.fonts), items_table(case.items, styles)]
    return out


def case_pairs(case: CaseData, styles: Styles) -> list[tuple[str, Cell]]:
    """The case's particulars as label/value pairs (shared by the record and the letter)."""
    lang = styles.fonts.language
    applicant = join([case.applicant_name, country(case.applicant_country, lang)], lang)
    if case.applicant_address:
        applicant += f"\n{case.applicant_address}"
    pairs: list[tuple[str, Cell]] = [
        (label("reference", lang), _bold(case.reference, styles)),
        (label("transfer_type", lang), enum_label(case.transfer_type, lang)),
        (label("applicant", lang), applicant),
        (label("destination", lang), country(case.destination_code, lang)),
    ]
    if case.exporting_code:
        pairs.append((label("exporting_state", lang), country(case.exporting_code, lang)))
    transit = join((country(c, lang) for c in case.transit_codes), lang) or label("none", lang)
    pairs.append((label("transit", lang), transit))
    if case.intended_end_use:
        pairs.append((label("end_use", lang), case.intended_end_use))
    if case.euc_number:
        euc = label(
            "euc_value",
            lang,
            number=case.euc_number,
            issuer=case.euc_issuer or "—",
            date=format_date(case.euc_date, lang),
        )
        pairs.append((label("euc", lang), euc))
    pairs.append((label("received_on", lang), format_date(case.received_on, lang)))
    return pairs


def _article6(inp: AssessmentInput, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    a6 = inp.article6
    out: list[Flowable] = [
        *heading(label("sec_article6", lang), styles),
        para(label("a6_intro", lang), styles.body, styles.fonts),
        key_values(
            [(label("screened_on", lang), format_date(a6.screened_on, lang))],
            styles,
            widths=(0.2, 0.8),
        ),
        para(label("embargo_screen", lang), styles.h2, styles.fonts),
    ]
    if not a6.embargo_matches:
        out.append(para(label("no_embargo", lang), styles.body, styles.fonts))
    else:
        header = [
            label(k, lang)
            for k in (
                "col_embargo",
                "col_legal_basis",
                "col_effect",
                "col_party",
                "col_explanation",
                "col_follow_up",
            )
        ]
        rows: list[list[Cell]] = []
        extra: list[tuple[Any, ...]] = []
        for i, m in enumerate(a6.embargo_matches, start=1):
            follow = enum_label(m.confirmation, lang) if m.confirmation else "—"
            if m.reasoning:
                follow += f"\n{m.reasoning}"
            follow += _evidence(m, lang)
            rows.append(
                [
                    embargo_label(m.embargo_id, lang) or translate(m.title_message, lang),
                    enum_label(m.legal_basis_kind, lang),
                    _bold(enum_label(m.effect, lang), styles),
                    screened_party(m.party, lang) if m.party else "—",
                    translate(m.explanation_message, lang) if m.explanation else "—",
                    follow,
                ]
            )
            if m.effect.prohibits:
                extra.append(("BACKGROUND", (2, i), (2, i), ALERT_FILL))
        out.append(table(header, rows, (0.17, 0.15, 0.13, 0.14, 0.23, 0.18), styles, extra=extra))
    out.append(gap(2))
    out += _answer_block(label("a6_2_q", lang), a6.other_obligations, styles)
    out += _answer_block(label("a6_3_q", lang), a6.knowledge, styles)
    return out


def _evidence(m: EmbargoMatchRecord, lang: str) -> str:
    """The committee's reference and date behind an approval or notification (Article 6)."""
    if m.confirmation not in (Confirmation.APPROVAL_OBTAINED, Confirmation.NOTIFIED):
        return ""
    if not m.committee_reference.strip() or m.committee_date is None:
        return "\n" + label("no_evidence", lang)
    day = format_date(m.committee_date, lang)
    text = "\n" + label("committee_evidence", lang, ref=m.committee_reference.strip(), date=day)
    if m.confirmation is Confirmation.NOTIFIED:
        if m.waiting_days is not None:
            text += "\n" + label("waiting_period", lang, days=m.waiting_days)
        if m.no_objection_on is not None:
            when = format_date(m.no_objection_on, lang)
            text += "\n" + label("no_objection_by", lang, date=when)
    return text


def _finding_rows(
    items: Sequence[tuple[str, Finding]], styles: Styles
) -> tuple[list[list[Cell]], list[tuple[Any, ...]]]:
    lang = styles.fonts.language
    rows: list[list[Cell]] = []
    for title, f in items:
        level = enum_label(f.finding, lang) if f.finding else label("not_answered", lang)
        rows.append(
            [title, _bold(level, styles), f.reasoning or "—", sources_cell(f.sources, styles)]
        )
    return rows, []


def _article7(inp: AssessmentInput, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    header = [
        label("col_criterion", lang),
        label("risk_before", lang),
        label("reasoning", lang),
        label("sources", lang),
    ]
    rows, extra = _finding_rows([(enum_label(c, lang), inp.finding(c)) for c in ARTICLE7_1], styles)
    contribution = inp.peace_contribution
    pairs: list[tuple[str, Cell]] = [
        (label("a7_contribution", lang), _bold(yes_no(contribution.answer, lang), styles)),
        (label("reasoning", lang), contribution.reasoning or "—"),
        (label("sources", lang), sources_cell(contribution.sources, styles)),
    ]
    return [
        *heading(label("sec_article7", lang), styles),
        para(label("a7_intro", lang), styles.body, styles.fonts),
        table(header, rows, (0.2, 0.14, 0.36, 0.3), styles, extra=extra),
        keep(
            [
                para(label("a7_contribution_title", lang), styles.h2, styles.fonts),
                key_values(pairs, styles, widths=(0.3, 0.7)),
            ]
        ),
    ]


def _gbv(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    gbv_result = data.result.gbv
    head, title = heading(label("sec_gbv", lang), styles)
    intro = para(label("gbv_intro", lang), styles.body, styles.fonts)
    if gbv_result is None:
        return [head, title, intro]
    # The section title travels with the drawing, never left alone at a page foot.
    out: list[Flowable] = [
        keep(
            [
                title,
                intro,
                para(label("flow_title", lang), styles.h2, styles.fonts),
                gap(1),
                gbv_flowchart(gbv_result, lang),
                para(label("flow_caption", lang), styles.caption, styles.fonts),
            ]
        )
    ]
    out.append(gap(2))
    for position, step in enumerate(gbv_result.steps, start=1):
        out += _gbv_step(step, position, data, styles)
    residual = gbv_result.residual
    summary = gbv_step_text(gbv_result.message, lang)
    if residual is not None:
        summary = f"{enum_label(residual, lang)}. {summary}"
    out.append(
        key_values(
            [(label("gbv_summary", lang), _bold(summary, styles))], styles, widths=(0.2, 0.8)
        )
    )
    return out


def _gbv_step(
    step: GbvStep, position: int, data: AssessmentRecordData, styles: Styles
) -> list[Flowable]:
    lang = styles.fonts.language
    gbv = data.assessment.gbv
    title = colon(label("gbv_step", lang, n=step.number), gbv_step_title(step.number, lang), lang)
    order = label("gbv_evaluated", lang, pos=label(f"order_{position}", lang))
    status = f"{enum_label(step.status, lang)} ({order})"
    pairs: list[tuple[str, Cell]] = [
        (label("gbv_status", lang), _bold(status, styles)),
        (label("gbv_outcome", lang), gbv_step_text(step.message, lang) or "—"),
    ]
    reached = step.status in (StepStatus.DONE, StepStatus.CURRENT)
    if reached:
        pairs += _gbv_step_details(step.number, gbv, data, styles)
    return [
        keep([para(title, styles.h2, styles.fonts), key_values(pairs, styles, widths=(0.2, 0.8))]),
        gap(1.5),
    ]


def _gbv_step_details(
    number: int, gbv: Any, data: AssessmentRecordData, styles: Styles
) -> list[tuple[str, Cell]]:
    lang = styles.fonts.language
    pairs: list[tuple[str, Cell]] = []

    def answer(a: Answer) -> None:
        pairs.append((label("answer", lang), _bold(yes_no(a.answer, lang), styles)))
        pairs.append((label("reasoning", lang), a.reasoning or "—"))
        pairs.append((label("sources", lang), sources_cell(a.sources, styles)))

    if number == 1:
        answer(gbv.prevalent)
        if gbv.prevalent_types:
            pairs.insert(1, (label("gbv_types", lang), "; ".join(gbv.prevalent_types)))
    elif number == 2:
        answer(gbv.serious)
    elif number == 3:
        answer(gbv.effective_prevention)
    elif number == 5:
        risk = gbv.risk
        level = enum_label(risk.finding, lang) if risk.finding else label("not_answered", lang)
        pairs.append((label("risk_before", lang), _bold(level, styles)))
        pairs.append((label("reasoning", lang), risk.reasoning or "—"))
        pairs.append((label("sources", lang), sources_cell(risk.sources, styles)))
        linked = [(m, link) for m in data.assessment.mitigation if (link := m.link(Criterion.GBV))]
        measures = "\n".join(
            label(
                "gbv_measure_line",
                lang,
                id=m.id,
                description=m.description,
                answer=yes_no(link.reliably_reduces, lang, unknown="undecided"),
            )
            for m, link in linked
        )
        pairs.append((label("gbv_measures", lang), measures or label("none", lang)))
    elif number == 4:
        residual = data.result.gbv.residual if data.result.gbv else None
        level = enum_label(residual, lang) if residual else "—"
        prevention = gbv.effective_prevention.answer
        pairs.append((label("gbv_step3_weighed", lang), _bold(yes_no(prevention, lang), styles)))
        pairs.append((label("gbv_residual", lang), _bold(level, styles)))
        pairs.append((label("gbv_overriding_reasoning", lang), gbv.overriding_reasoning or "—"))
    return pairs


def _diversion(inp: AssessmentInput, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    div = inp.diversion
    out: list[Flowable] = [*heading(label("sec_diversion", lang), styles)]
    header = [
        label("col_stage", lang),
        label("finding", lang),
        label("reasoning", lang),
        label("sources", lang),
    ]
    rows, extra = _finding_rows([(enum_label(s, lang), f) for s, f in div.stages], styles)
    if rows:
        out.append(table(header, rows, (0.2, 0.14, 0.36, 0.3), styles, extra=extra))
    else:
        out.append(para(label("none_recorded", lang), styles.body, styles.fonts))
    out.append(para(label("red_flags", lang), styles.h2, styles.fonts))
    if div.red_flags:
        flag_rows: list[list[Cell]] = []
        flag_extra: list[tuple[Any, ...]] = []
        for i, r in enumerate(div.red_flags, start=1):
            flag_rows.append(
                [enum_label(r.flag, lang), _bold(yes_no(r.present, lang), styles), r.note or "—"]
            )
            if r.present:
                flag_extra.append(("BACKGROUND", (1, i), (1, i), ALERT_FILL))
        header = [label("col_flag", lang), label("col_present", lang), label("note", lang)]
        out.append(table(header, flag_rows, (0.34, 0.12, 0.54), styles, extra=flag_extra))
    else:
        out.append(para(label("none_recorded", lang), styles.body, styles.fonts))
    a = div.assurances
    assurance_pairs: list[tuple[str, Cell]] = [
        (label("certificate_received", lang), yes_no(a.certificate_received, lang)),
        (label("certificate_authenticated", lang), yes_no(a.certificate_authenticated, lang)),
        (label("no_reexport", lang), yes_no(a.no_reexport_without_consent, lang)),
        (label("stockpile_assurance", lang), yes_no(a.stockpile_security_assurance, lang)),
    ]
    if a.reference:
        assurance_pairs.append((label("col_source_ref", lang), a.reference))
    p = div.post_shipment
    post_pairs: list[tuple[str, Cell]] = [
        (label("delivery_verification", lang), yes_no(p.delivery_verification, lang)),
        (label("on_site_inspection", lang), yes_no(p.on_site_inspection, lang)),
        (label("cooperation_agreed", lang), yes_no(p.cooperation_agreed, lang)),
    ]
    if p.note:
        post_pairs.append((label("note", lang), p.note))
    out += [
        keep(
            [
                para(label("assurances", lang), styles.h2, styles.fonts),
                key_values(assurance_pairs, styles, widths=(0.5, 0.5)),
            ]
        ),
        keep(
            [
                para(label("post_shipment", lang), styles.h2, styles.fonts),
                key_values(post_pairs, styles, widths=(0.5, 0.5)),
            ]
        ),
    ]
    return out


def _mitigation(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    """One row per measure and linked risk: the officer's judgement on that risk, whether it
    lowered it under Art. 7(2)/11(2) (a kind that can address it, or a permitted reason), why."""
    lang = styles.fonts.language
    inp = data.assessment
    measures = inp.mitigation
    out: list[Flowable] = [*heading(label("sec_mitigation", lang), styles)]
    if not measures:
        out.append(para(label("no_mitigation", lang), styles.body, styles.fonts))
        return out
    header = [
        label("col_measure", lang),
        label("col_addresses", lang),
        label("col_reliable", lang),
        label("col_lowered", lang),
        label("reasoning", lang),
    ]
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []
    for m in measures:
        measure = [
            para(f"{m.id} · {enum_label(m.kind, lang)}", styles.cell, styles.fonts, bold=True),
            para(m.description, styles.cell, styles.fonts),
        ]
        if m.reasoning:
            measure.append(para(m.reasoning, styles.cell, styles.fonts))
        if m.sources:
            measure += sources_cell(m.sources, styles)
        for link in m.links or (None,):
            if link is None:
                rows.append([measure, "—", "—", "—", "—"])
                continue
            lowered = _lowered(m, link, inp.mitigation_policy, lang)
            reasoning = link.reasoning or "—"
            if link.kind_reason:
                reasoning += "\n" + colon(label("kind_reason", lang), link.kind_reason, lang)
            rows.append(
                [
                    measure,
                    enum_label(link.criterion, lang),
                    _bold(yes_no(link.reliably_reduces, lang, unknown="undecided"), styles),
                    lowered,
                    reasoning,
                ]
            )
            measure = [para("", styles.cell, styles.fonts)]
            counted = link.reliably_reduces and counts(m, link, inp.mitigation_policy)
            fill = (
                OK_FILL if counted else WARN_FILL if link.reliably_reduces is None else ALERT_FILL
            )
            extra.append(("BACKGROUND", (2, len(rows)), (3, len(rows)), fill))
    out.append(table(header, rows, (0.24, 0.17, 0.1, 0.17, 0.32), styles, extra=extra))
    return out


def _lowered(m: MitigationMeasure, link: RiskLink, policy: KindPolicy, lang: str) -> str:
    if not link.reliably_reduces:
        return label("lowered_no", lang)
    if kind_fits(m.kind, link.criterion):
        return label("lowered_yes", lang, basis=KIND_BASIS[m.kind])
    if counts(m, link, policy):
        return label("lowered_reason", lang)
    return label("lowered_unfit", lang)


def _conclusion(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    header = [
        label("col_criterion", lang),
        label("col_before", lang),
        label("col_after", lang),
        label("col_reduced_by", lang),
        label("col_explanation", lang),
    ]
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []
    for i, row in enumerate(data.result.criteria, start=1):
        before = enum_label(row.before, lang) if row.before else label("not_answered", lang)
        after = enum_label(row.residual, lang) if row.residual else "—"
        rows.append(
            [
                enum_label(row.criterion, lang),
                before,
                _bold(after, styles),
                ", ".join(row.mitigated_by) or "—",
                criterion_explanation(row, lang),
            ]
        )
        if row.residual is ResidualRisk.OVERRIDING:
            extra.append(("BACKGROUND", (0, i), (-1, i), ALERT_FILL))
    return [
        *heading(label("sec_conclusion", lang), styles),
        table(header, rows, (0.19, 0.13, 0.12, 0.12, 0.44), styles, extra=extra),
    ]


def _recommendation(data: AssessmentRecordData, styles: Styles) -> list[Flowable]:
    lang = styles.fonts.language
    result = data.result
    colour = {
        Recommendation.DENY: (ALERT_FILL, ALERT),
        Recommendation.AUTHORISE_POSSIBLE: (OK_FILL, OK),
        Recommendation.INCOMPLETE: (WARN_FILL, GRID),
    }[result.recommendation]
    inner: list[Flowable] = [
        para(enum_label(result.recommendation, lang), styles.h2, styles.fonts),
    ]

    def listing(key: str, lines: Sequence[str]) -> None:
        if lines:
            inner.append(para(label(key, lang), styles.label, styles.fonts))
            # One paragraph per line: a long list splits across pages between its lines.
            inner.extend(para(f"• {t}", styles.cell, styles.fonts) for t in lines)

    if result.grounds:
        cite = citation_style(lang)
        inner.append(para(label("grounds", lang), styles.label, styles.fonts))
        inner.extend(
            para_parts(
                [("• ", False), (g.citation(cite), True), (colon("", g.text(lang), lang), False)],
                styles.cell,
                styles.fonts,
            )
            for g in result.grounds
        )
    listing("missing", result.missing_in(lang))
    listing("conditions_required", result.conditions_in(lang))
    listing("notes", result.notes_in(lang))
    return [*heading(label("sec_recommendation", lang), styles), boxed(inner, *colour)]


def _opinions(opinions: Sequence[OpinionData], styles: Styles) -> list[Flowable]:
    """Each agency's current opinion: what, by whom and when, its reasons and conditions."""
    lang = styles.fonts.language
    out: list[Flowable] = [*heading(label("sec_opinions", lang), styles)]
    if not opinions:
        out.append(para(label("no_opinions", lang), styles.body, styles.fonts))
        return out
    rows: list[list[Cell]] = []
    for o in opinions:
        said: list[Flowable] = [_bold(enum_label(o.opinion, lang), styles)]
        for key, text in (("opinion_reasons", o.reasons), ("opinion_conditions", o.conditions)):
            if text:
                said.append(para(colon(label(key, lang), text, lang), styles.cell, styles.fonts))
        by = f"{o.given_by}\n{format_date(o.given_on, lang)}"
        rows.append([o.agency, said, by])
    header = [label("col_agency", lang), label("col_opinion", lang), label("col_opinion_by", lang)]
    out.append(table(header, rows, (0.22, 0.53, 0.25), styles, zebra=False))
    return out


def _decision(
    decision: DecisionData | None, styles: Styles, found: Sequence[Ground] = ()
) -> list[Flowable]:
    """The recorded decision; its stored (English) grounds are worded in the record's language
    where the assessment's own grounds say the same."""
    lang = styles.fonts.language
    messages = {g: g for g in found if g.message is not None}
    out: list[Flowable] = [*heading(label("sec_decision", lang), styles)]
    if decision is None:
        out.append(para(label("no_decision", lang), styles.body, styles.fonts))
        return out
    pairs: list[tuple[str, Cell]] = [
        (label("decision_outcome", lang), _bold(enum_label(decision.outcome, lang), styles)),
        (
            label("decided_by", lang),
            join([p for p in (decision.decided_by, decision.decided_by_title) if p], lang) or "—",
        ),
        (label("decided_on", lang), format_date(decision.decided_on, lang)),
        (label("rationale", lang), decision.rationale or "—"),
    ]
    if decision.grounds:
        cite = citation_style(lang)
        pairs.append(
            (
                label("grounds", lang),
                "\n".join(
                    colon(g.citation(cite), messages.get(g, g).text(lang), lang)
                    for g in decision.grounds
                ),
            )
        )
    criteria = getattr(decision, "criteria", ())
    if criteria:  # issue 16
        cited_set = getattr(decision, "criteria_set", None)
        lines = criteria_lines(cited_set, criteria, lang)
        pairs.append((criteria_heading(cited_set, lang), "\n".join(lines)))
    out.append(keep([key_values(pairs, styles, widths=(0.2, 0.8))]))
    return out
