"""The assessment record, licence and denial letter PDFs, built from realistic plain data.

Each PDF is read back with pypdf: it must parse, have the pages the writer reported, and say
the things a reviewer looks for (grounds, flowchart numbering, Chinese names as text, not as
missing glyphs).
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from att_desktop import __version__
from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    Article6Input,
    AssessmentInput,
    Criterion,
    DiversionInput,
    EmbargoMatchRecord,
    EndUserAssurances,
    Finding,
    GbvInput,
    Ground,
    MitigationKind,
    MitigationMeasure,
    PostShipment,
    Recommendation,
    RedFlag,
    RedFlagRecord,
    RiskLevel,
    RiskLink,
    Source,
    SourceKind,
    StepStatus,
    SupplyChainStage,
)
from att_desktop.domain.embargoes import Effect, LegalBasisKind
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.formats.pdf_assessment import write_assessment_record
from att_desktop.formats.pdf_common import Fonts, escape, markup, wrap_text
from att_desktop.formats.pdf_data import (
    AssessmentRecordData,
    CaseData,
    DecisionData,
    DenialLetterData,
    ItemData,
    LicenceData,
    PartyData,
    Signatory,
)
from att_desktop.formats.pdf_denial import write_denial_letter
from att_desktop.formats.pdf_flowchart import highlighted_step
from att_desktop.formats.pdf_labels import LABELS, citation_style, ground_plain
from att_desktop.formats.pdf_licence import write_licence
from att_desktop.services.decisions import DecisionView, LicenceDetail, LicenceLineView
from att_desktop.services.documents import (
    assessment_record_data,
    denial_letter_from_decision,
    licence_data_from_view,
)
from att_desktop.services.dto import CaseDetail, LineItemView, OrganisationView, PartyView

AUTHORITY = "National Export Control Authority"
AUTHORITY_ZH = "国家军品出口管制局"
CHINESE_END_USER = "国防部后勤保障局"

UN_PANEL = Source(
    SourceKind.UN_REPORT, "Report of the Panel of Experts", date(2025, 6, 1), "S/2025/312"
)
EMBASSY = Source(
    SourceKind.EMBASSY_REPORTING, "Embassy political report", date(2025, 11, 3), "EMB-25-118"
)
IMPORTER = Source(
    SourceKind.IMPORTER_DOCUMENTATION,
    "End-user certificate and procurement plan",
    date(2025, 12, 2),
    "EUC 2025/77",
)
HR_REPORT = Source(
    SourceKind.HUMAN_RIGHTS_REPORT,
    "UN Special Rapporteur on violence against women",
    date(2025, 4, 20),
    "A/HRC/59/41",
)
GBV_EXPERTS = Source(
    SourceKind.GBV_EXPERT_CONSULTATION, "Consultation with national GBV experts", date(2026, 1, 9)
)


def _answer(value: bool, why: str, *sources: Source) -> Answer:
    return Answer(value, why, sources or (UN_PANEL,))


def _items() -> tuple[ItemData, ...]:
    return (
        ItemData(
            1,
            "Assault rifle, 5.56 mm, with two magazines",
            Decimal(200),
            "pieces",
            "AR-556 Mk II",
            "ML1.a",
            "VIII.SA.4",
            None,
            Decimal("460000"),
            "EUR",
        ),
        ItemData(
            2,
            "Ammunition, 5.56 x 45 mm ball",
            Decimal(100000),
            "rounds",
            "M855",
            "ML3.a",
            None,
            NotReportableReason.AMMUNITION,
            Decimal("38500.50"),
            "EUR",
        ),
        ItemData(
            3,
            "Spare barrels and bolt assemblies",
            Decimal(40),
            "sets",
            "AR-556-SP",
            "ML1.d",
            None,
            NotReportableReason.PARTS_COMPONENTS,
            Decimal("22000"),
            "EUR",
        ),
    )


def authorised_case() -> CaseData:
    return CaseData(
        reference="EXP-2026-0042",
        transfer_type=TransferType.EXPORT,
        applicant_name="Kestrel Arms Manufacturing Ltd",
        applicant_country="GB",
        applicant_address="Unit 4, Riverside Industrial Estate, Leeds LS10 1AB",
        applicant_registration="Reg. 04512877",
        destination_code="GH",
        received_on=date(2026, 1, 6),
        exporting_code="GB",
        intended_end_use="Re-equipment of two infantry battalions assigned to UN peacekeeping.",
        euc_number="EUC 2025/77",
        euc_issuer="Ministry of Defence",
        euc_date=date(2025, 12, 2),
        parties=(
            PartyData(
                PartyRole.END_USER,
                PartyType.GOVERNMENT,
                "Ministry of Defence, Directorate of Procurement",
                "GH",
                "Burma Camp, Accra",
            ),
            PartyData(
                PartyRole.CONSIGNEE,
                PartyType.GOVERNMENT,
                "Central Armoury Depot",
                "GH",
                "Tema Port Road",
            ),
            PartyData(
                PartyRole.INTERMEDIATE_CONSIGNEE,
                PartyType.COMMERCIAL,
                "Rotterdam Freight Forwarders B.V.",
                "NL",
            ),
        ),
        transit_codes=("NL",),
        items=_items(),
    )


def _links(criteria: tuple[Criterion, ...], why: str) -> tuple[RiskLink, ...]:
    return tuple(RiskLink(c, True, why) for c in criteria)


def authorised_input() -> AssessmentInput:
    """Serious, prevalent GBV with an overriding risk before mitigation that is reliably reduced."""
    low = lambda why, *s: Finding(RiskLevel.LOW, why, s or (UN_PANEL,))  # noqa: E731
    measures = (
        MitigationMeasure(
            "M1",
            MitigationKind.TRAINING,
            "IHL, human-rights and GBV-prevention training for both battalions, "
            "delivered jointly with the importer's military academy before delivery",
            _links((Criterion.GBV, Criterion.B_II), "Funded, scheduled, verified by the embassy."),
            "The programme is funded, scheduled and verified by the embassy.",
            (EMBASSY,),
        ),
        MitigationMeasure(
            "M2",
            MitigationKind.END_USE_ASSURANCE,
            "Assurance that the rifles are issued only to the battalions named in "
            "the end-user certificate",
            _links((Criterion.GBV, Criterion.DIVERSION), "Honoured similar assurances."),
            "The end user has honoured similar assurances since 2018.",
        ),
        MitigationMeasure(
            "M3",
            MitigationKind.DELIVERY_VERIFICATION,
            "Delivery verification certificate within 30 days of arrival",
            _links((Criterion.DIVERSION,), "Complied with before."),
            "Standard condition; complied with before.",
        ),
    )
    return AssessmentInput(
        article6=Article6Input(
            screened_on=date(2026, 2, 10),
            other_obligations=_answer(
                False, "No regional embargo or other treaty obligation applies to this destination."
            ),
            knowledge=_answer(
                False,
                "No information that the items would be used in atrocity crimes.",
                UN_PANEL,
                EMBASSY,
            ),
        ),
        article7=(
            (
                Criterion.A,
                low(
                    "The items replace ageing rifles; no regional tension is fuelled.",
                    UN_PANEL,
                    EMBASSY,
                ),
            ),
            (Criterion.B_I, low("The end user's peacekeeping record shows no IHL violations.")),
            (
                Criterion.B_II,
                Finding(
                    RiskLevel.SUBSTANTIAL,
                    "Reports of excessive force during demonstrations in 2024; "
                    "the units concerned are not the end user's.",
                    (HR_REPORT, EMBASSY),
                ),
            ),
            (Criterion.B_III, low("No terrorism-related concerns.", IMPORTER)),
            (Criterion.B_IV, low("No organised-crime concerns.", IMPORTER)),
        ),
        gbv=GbvInput(
            prevalent=_answer(
                True,
                "Intimate-partner and sexual violence are documented as prevalent.",
                HR_REPORT,
                GBV_EXPERTS,
            ),
            prevalent_types=("intimate-partner violence", "sexual violence by security personnel"),
            serious=_answer(
                True, "Reported acts include rape and serious physical violence.", HR_REPORT
            ),
            effective_prevention=_answer(
                False,
                "A national action plan exists but prosecutions remain rare.",
                HR_REPORT,
                GBV_EXPERTS,
            ),
            risk=Finding(
                RiskLevel.OVERRIDING_BEFORE_MITIGATION,
                "Small arms issued to units with a record of abuse could facilitate the "
                "identified violence.",
                (HR_REPORT, GBV_EXPERTS),
            ),
            overriding_reasoning="After the training programme and issue assurances, the risk is "
            "substantial but no longer overriding.",
        ),
        diversion=DiversionInput(
            stages=tuple(
                (
                    s,
                    Finding(
                        RiskLevel.LOW,
                        "Government-to-government shipment under escort.",
                        (IMPORTER,),
                    ),
                )
                for s in SupplyChainStage
            ),
            red_flags=(
                RedFlagRecord(RedFlag.UNUSUAL_ROUTING, False, "Direct sea route via Rotterdam."),
                RedFlagRecord(RedFlag.UNKNOWN_BROKER, False),
                RedFlagRecord(
                    RedFlag.WEAK_STOCKPILE_SECURITY,
                    True,
                    "2023 audit found gaps at one regional depot; since remedied.",
                ),
            ),
            assurances=EndUserAssurances(True, True, True, True, "EUC 2025/77"),
            post_shipment=PostShipment(True, False, True, "On-site check offered by the importer."),
        ),
        mitigation=measures,
    )


def authorised_record(language_authority: str = AUTHORITY) -> AssessmentRecordData:
    inp = authorised_input()
    return AssessmentRecordData(
        authority=language_authority,
        case=authorised_case(),
        assessment=inp,
        result=evaluate(inp),
        decision=DecisionData(
            DecisionOutcome.AUTHORISE,
            "A. Mensah, Head of Licensing",
            date(2026, 2, 12),
            "Authorised with conditions M1-M3; GBV risk mitigated reliably.",
        ),
        assessed_by="J. Okafor, licensing officer",
        generated_on=date(2026, 2, 12),
    )


def embargoed_case() -> CaseData:
    return replace(
        authorised_case(),
        reference="EXP-2026-0057",
        destination_code="KP",
        parties=(
            PartyData(
                PartyRole.END_USER, PartyType.GOVERNMENT, "Ministry of People's Armed Forces", "KP"
            ),
        ),
        transit_codes=("CN",),
        intended_end_use="Not stated.",
    )


def embargo_input() -> AssessmentInput:
    return AssessmentInput(
        article6=Article6Input(
            screened_on=date(2026, 3, 2),
            embargo_matches=(
                EmbargoMatchRecord(
                    "un-kp-1718",
                    "UN arms embargo on the Democratic People's Republic of Korea",
                    LegalBasisKind.UN_CHAPTER_VII,
                    Effect.PROHIBITED,
                    "Resolutions 1718 (2006), 1874 (2009) and 2270 (2016): all arms and related "
                    "materiel, whole country; no exemption applies.",
                    party="Ministry of People's Armed Forces",
                ),
            ),
            other_obligations=_answer(False, "Covered by the UN embargo."),
            knowledge=_answer(False, "No specific knowledge."),
        ),
    )


def denial_record() -> AssessmentRecordData:
    inp = embargo_input()
    return AssessmentRecordData(
        authority=AUTHORITY,
        case=embargoed_case(),
        assessment=inp,
        result=evaluate(inp),
        decision=DecisionData(
            DecisionOutcome.DENY,
            "A. Mensah, Head of Licensing",
            date(2026, 3, 3),
            "Prohibited under Article 6(1).",
        ),
        generated_on=date(2026, 3, 3),
    )


def denial_letter() -> DenialLetterData:
    record = denial_record()
    return DenialLetterData(
        authority=AUTHORITY,
        authority_address="1 Government Square, Capital City",
        case=record.case,
        letter_date=date(2026, 3, 3),
        grounds=record.result.grounds,
        reasoning="The Democratic People's Republic of Korea is subject to a comprehensive UN "
        "arms embargo; the items are arms and related materiel within its scope.",
        signatory=Signatory("A. Mensah", "Head of Licensing"),
        generated_on=date(2026, 3, 3),
    )


def licence(chinese_end_user: bool = True) -> LicenceData:
    case = authorised_case()
    if chinese_end_user:
        end_user = PartyData(
            PartyRole.END_USER, PartyType.GOVERNMENT, CHINESE_END_USER, "GH", "Burma Camp, Accra"
        )
        case = replace(case, parties=(end_user, *case.parties[1:]))
    return LicenceData(
        authority=AUTHORITY,
        number="LIC-2026-0042-01",
        case=case,
        issued_on=date(2026, 2, 12),
        valid_from=date(2026, 2, 12),
        valid_until=date(2027, 2, 11),
        lines=_items(),
        conditions=(
            "No re-export, transfer or loan of the items without the prior written consent of the "
            "issuing authority.",
            "A delivery verification certificate must be provided within 30 days of arrival.",
            "The rifles may be issued only to the battalions named in end-user certificate "
            "EUC 2025/77.",
            "The training programme (measure M1) must be completed before the rifles are issued.",
        ),
        national_law="the Export Control Act 2019, section 12",
        signatory=Signatory("A. Mensah", "Head of Licensing"),
        generated_on=date(2026, 2, 12),
    )


def chinese_licence() -> LicenceData:
    base = licence()
    return replace(
        base,
        authority=AUTHORITY_ZH,
        conditions=(
            "未经签发机关事先书面同意，不得再出口、转让或出借上述物项。",
            "货物抵达后30日内须提交交付核查证明。",
        ),
        national_law="《军品出口管理条例》",
        signatory=Signatory("王明", "许可处处长"),
    )


# --------------------------------------------------------------------------- helpers


def read(pdf: bytes) -> tuple[int, str]:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def build(writer: object, data: object, language: str) -> tuple[int, int, str]:
    out = io.BytesIO()
    pages = writer(data, out, language=language)  # type: ignore[operator]
    count, text = read(out.getvalue())
    return pages, count, text


# --------------------------------------------------------------------------- tests


def test_authorised_record_shows_every_step_in_treaty_order() -> None:
    data = authorised_record()
    assert data.result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    pages, count, text = build(write_assessment_record, data, "en")
    assert pages == count > 1
    for expected in (
        "Assessment record: EXP-2026-0042",
        "Article 6: prohibitions",
        "7(1)(b)(ii) International human rights law",
        "Report of the Panel of Experts",
        "S/2025/312",
        "Step 5: Determine whether mitigation measures",
        "evaluated 4th",
        "evaluated 5th",
        "Footnote 7",
        "Article 11: diversion",
        "Delivery verification certificate within 30 days",
        "Authorisation possible",
        "A. Mensah, Head of Licensing",
        f"Page 1 of {count}",
        f"Generated by ATT Desktop {__version__}",
        "VIII.SA.4",
    ):
        assert expected in text, expected
    # Step 5 is listed (evaluated) before step 4.
    assert text.index("Step 5: Determine") < text.index("Step 4: Determine")


def test_embargo_denial_record_stops_at_article_6() -> None:
    data = denial_record()
    assert data.result.recommendation is Recommendation.DENY
    _, count, text = build(write_assessment_record, data, "en")
    assert count >= 1
    assert "UN arms embargo on the Democratic People's Republic of Korea" in text
    assert "Article 7 was not assessed" in text
    assert "Article 6(1)" in text
    assert "Step 5" not in text  # no flowchart, no mitigation after a prohibition


def test_denial_letter_cites_and_explains_the_grounds() -> None:
    pages, count, text = build(write_denial_letter, denial_letter(), "en")
    assert pages == count >= 1
    assert "Application EXP-2026-0057: refusal of an export licence" in text
    assert "Article 6(1), embargo un-kp-1718" in text
    assert "Chapter VII of the UN Charter" in text
    assert "Review and appeal" in text
    assert "within the period and in the manner provided by national law" in text


def test_denial_letter_review_text_is_configurable() -> None:
    data = replace(
        denial_letter(), review_text="Appeals go to the Export Appeals Board within 28 days."
    )
    _, _, text = build(write_denial_letter, data, "en")
    assert "Export Appeals Board within 28 days" in text
    assert "manner provided by national law" not in text


def test_english_licence_renders_a_chinese_end_user_name() -> None:
    pages, count, text = build(write_licence, licence(), "en")
    assert pages == count >= 1
    for expected in (
        "LIC-2026-0042-01",
        CHINESE_END_USER,
        "12 February 2027".replace("12", "11", 1),
        "Article 7(5)",
        "the Export Control Act 2019, section 12",
        "1. No re-export",
        "Assault rifle, 5.56 mm",
        "460,000",
        "Kestrel Arms Manufacturing Ltd",
    ):
        assert expected in text, expected


def test_chinese_licence() -> None:
    pages, count, text = build(write_licence, chinese_licence(), "zh_CN")
    assert pages == count >= 1
    for expected in (
        "出口许可证",
        "许可证编号",
        CHINESE_END_USER,
        AUTHORITY_ZH,
        "2027年2月11日",
        "第7条第5款",
        "《军品出口管理条例》",
        "货物抵达后30日内",
        "第 1 页，共",
        "加纳",  # Ghana, named in Chinese
    ):
        assert expected in text, expected


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_document_builds_in_both_languages(language: str, tmp_path: Path) -> None:
    for writer, data in (
        (write_assessment_record, authorised_record()),
        (write_assessment_record, denial_record()),
        (write_licence, licence()),
        (write_denial_letter, denial_letter()),
    ):
        path = tmp_path / f"{writer.__name__}-{language}.pdf"
        pages = writer(data, path, language=language)  # type: ignore[operator]
        assert pages == len(PdfReader(path).pages) > 0


def test_chinese_record_uses_chinese_labels_and_flowchart_numbering() -> None:
    _, _, text = build(write_assessment_record, authorised_record(AUTHORITY_ZH), "zh_CN")
    assert "评估记录" in text
    assert "第5步" in text and "第4步" in text
    assert text.index("第5步") < text.index("第4步")
    assert "脚注7" in text


def test_user_text_is_escaped_not_interpreted() -> None:
    data = replace(licence(), conditions=("Quantities <b>must</b> & shall match the EUC.",))
    _, _, text = build(write_licence, data, "en")
    assert "Quantities <b>must</b> & shall match the EUC." in text


def test_markup_switches_fonts_per_script() -> None:
    en, zh = Fonts("en"), Fonts("zh_CN")
    assert markup("MoD 国防部", en) == 'MoD <font name="ATTNotoSansSC">国防部</font>'
    assert markup("国防部 Côte", zh) == '国防部 <font name="ATTNotoSans">Côte</font>'
    assert escape("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d"


def test_wrap_text_breaks_chinese_between_characters_and_latin_at_spaces() -> None:
    en = Fonts("en")
    assert wrap_text("alpha beta gamma", 40, 10, en) == ["alpha", "beta", "gamma"]
    lines = wrap_text("判定是否存在压倒性风险，以及缓解措施", 50, 10, en)
    assert len(lines) > 1 and "".join(lines) == "判定是否存在压倒性风险，以及缓解措施"
    assert not any(line.startswith("，") for line in lines)


def test_flowchart_highlights_current_or_decisive_step() -> None:
    result = evaluate(authorised_input()).gbv
    assert result is not None
    assert highlighted_step(result) == (4, False)
    unfinished = evaluate(replace(authorised_input(), gbv=GbvInput())).gbv
    assert unfinished is not None
    assert unfinished.steps[0].status is StepStatus.CURRENT
    assert highlighted_step(unfinished) == (1, True)


def test_grounds_are_cited_and_explained_in_plain_language() -> None:
    result = evaluate(embargo_input())
    ground = result.grounds[0]
    assert ground.citation(citation_style("zh_CN")).startswith("第6条第1款")
    assert "联合国安全理事会" in ground_plain(ground, "zh_CN")
    gbv_rows = [g for g in authorised_record().result.grounds]
    assert gbv_rows == []  # authorised: nothing to cite


def test_every_label_has_both_languages() -> None:
    """Each label is in the catalogue in Chinese too, with the English's placeholders."""
    for key, entry in LABELS.items():
        en = entry if isinstance(entry, str) else entry.singular
        zh = LABELS.text(key, "zh_CN")  # no values: the text as written, placeholders kept
        assert en.strip() and zh.strip(), key
        assert zh != en or key in ("app", "plain_other"), key
        assert set(re.findall(r"{(\w+)}", en)) == set(re.findall(r"{(\w+)}", zh)), key


def test_all_article7_criteria_appear_in_record() -> None:
    _, _, text = build(write_assessment_record, authorised_record(), "en")
    for criterion in ARTICLE7_1:
        assert criterion.value  # every 7(1) row is printed by its label
    assert "7(1)(b)(iv) Transnational organised crime conventions" in text


# --------------------------------------------------------------------------- builders


def _case_detail() -> CaseDetail:
    case = authorised_case()
    now = datetime(2026, 2, 12, 9, 30)
    return CaseDetail(
        id=7,
        reference=case.reference,
        version=3,
        transfer_type=case.transfer_type,
        status=CaseStatus.AUTHORISED,
        applicant=OrganisationView(
            1, case.applicant_name, case.applicant_country, "Reg. 04512877", case.applicant_address
        ),
        destination_code=case.destination_code,
        exporting_code=case.exporting_code,
        intended_end_use=case.intended_end_use,
        euc_number=case.euc_number,
        euc_issuer=case.euc_issuer,
        euc_date=case.euc_date,
        received_on=case.received_on,
        submitted_on=case.received_on,
        decided_on=date(2026, 2, 12),
        created_at=now,
        updated_at=now,
        parties=tuple(
            PartyView(i, p.role, p.party_type, p.name, p.country_code, p.address)
            for i, p in enumerate(case.parties, start=1)
        ),
        transit_codes=case.transit_codes,
        items=tuple(
            LineItemView(
                100 + i.line_no,
                i.line_no,
                i.description,
                i.model,
                i.control_rating,
                i.att_category,
                i.not_reportable_reason,
                i.quantity,
                i.unit,
                i.value,
                i.currency,
                "GB",
                False,
                "",
            )
            for i in case.items
        ),
        documents=(),
        history=(),
    )


def test_builders_take_the_services_views() -> None:
    detail = _case_detail()
    licence_view = LicenceDetail(
        id=1,
        number="LIC-2026-0007",
        application_id=7,
        reference=detail.reference,
        status=LicenceStatus.VALID,
        version=1,
        issued_on=date(2026, 2, 12),
        valid_from=date(2026, 2, 12),
        valid_until=date(2029, 2, 11),
        conditions=("No re-export without consent.",),
        lines=(
            LicenceLineView(
                1, 101, 1, "Assault rifle", Decimal(150), Decimal(345000), "EUR", "pieces"
            ),
            LicenceLineView(2, 102, 2, "Ammunition", Decimal(0), None, "EUR", "rounds"),
        ),
    )
    decision = DecisionView(
        id=3,
        application_id=7,
        assessment_id=2,
        outcome=DecisionOutcome.AUTHORISE,
        decided_on=date(2026, 2, 12),
        decided_by="A. Mensah",
        grounds=(),
        rationale="Risks mitigated.",
        licence=licence_view,
    )
    lic = licence_data_from_view(detail, licence_view, authority=AUTHORITY)
    assert len(lic.lines) == 1  # a zero-quantity line authorises nothing
    line = lic.lines[0]
    # Quantity and value from the licence, model and category from the application.
    assert (line.quantity, line.value, line.model, line.att_category) == (
        Decimal(150),
        Decimal(345000),
        "AR-556 Mk II",
        "VIII.SA.4",
    )
    _, _, text = build(write_licence, lic, "en")
    assert "LIC-2026-0007" in text and "345,000" in text

    inp = authorised_input()
    state = SimpleNamespace(input=inp, result=evaluate(inp), revision=2)
    record = assessment_record_data(detail, state, authority=AUTHORITY, decision=decision)
    assert record.decision is not None and record.decision.decided_by == "A. Mensah"
    assert record.revision == 2

    denial = replace(
        decision,
        outcome=DecisionOutcome.DENY,
        licence=None,
        grounds=(Ground(7, 3, "gbv", "x"),),
    )
    letter = denial_letter_from_decision(detail, denial, authority=AUTHORITY)
    assert letter.grounds[0].citation() == "Article 7(3) [gbv]"
    assert letter.letter_date == date(2026, 2, 12)
    _, _, text = build(write_denial_letter, letter, "en")
    assert "serious acts of gender-based violence" in text


def test_numbers_are_never_printed_in_scientific_notation() -> None:
    from decimal import Decimal

    from att_desktop.formats.pdf_labels import format_number

    assert format_number(Decimal("1E+2")) == "100"
    assert format_number(Decimal("1.25E+5")) == "125,000"
    assert format_number(Decimal("125000.00")) == "125,000"
    assert format_number(Decimal("12.50")) == "12.50"
    assert format_number(Decimal("0.0001")) == "0.0001"
    assert format_number(None) == "—"


def test_gbv_step_texts_are_in_chinese_in_a_chinese_record() -> None:
    from att_desktop.domain.assessment import gbv as gbv_engine
    from att_desktop.domain.assessment.model import Criterion, GbvInput
    from att_desktop.formats.pdf_labels import gbv_step_text
    from tests.unit.assessment_cases import measure, serious_gbv

    cases = [
        (GbvInput(), ()),
        (serious_gbv(), ()),
        (serious_gbv(), (measure(Criterion.GBV, True),)),
        (serious_gbv(), (measure(Criterion.GBV, False),)),
        (serious_gbv(), (measure(Criterion.GBV, None),)),
        (replace(serious_gbv(), no_mitigation_available=False), ()),
    ]
    for gbv_input, measures in cases:
        result = gbv_engine.evaluate(gbv_input, measures)
        for text, message in (
            (result.explanation, result.message),
            *((s.explanation, s.message) for s in result.steps),
        ):
            zh = gbv_step_text(message, "zh_CN")
            assert zh != text and not zh.isascii(), text
            assert gbv_step_text(message, "en") == text
            # An older record's plain text is shown as recorded.
            assert gbv_step_text(text, "zh_CN") == text


def test_the_7_3_conclusion_reads_in_chinese_for_every_outcome() -> None:
    """The engine's sentence is English; a Chinese officer and PDF get one built from the
    same findings, never the English (or a mix) for Article 7 and Article 11 rows."""
    import re

    from att_desktop.domain.assessment import evaluate
    from att_desktop.domain.assessment.model import ARTICLE7_1, Criterion, RiskLevel
    from att_desktop.formats.pdf_labels import criterion_explanation
    from tests.unit.assessment_cases import complete, finding, measure

    overriding = RiskLevel.OVERRIDING_BEFORE_MITIGATION
    low = evaluate(complete())
    mitigated = evaluate(
        complete(
            article7=tuple((c, finding(overriding)) for c in ARTICLE7_1),
            mitigation=tuple(measure(c, True, f"m-{c.value}") for c in ARTICLE7_1),
        )
    )
    for result in (low, mitigated):
        for row in result.criteria:
            if row.criterion is Criterion.GBV:
                continue
            english = criterion_explanation(row, "en")
            chinese = criterion_explanation(row, "zh_CN")
            assert english == row.explanation
            # Citations such as 7(1)(b)(iii) and measure ids (m-a) are not English words.
            bare = re.sub(r"\([a-z]+\)|m-[a-z_]+", "", chinese)
            assert re.findall(r"[A-Za-z]{2,}", bare) == [], chinese
    a = next(r for r in mitigated.criteria if r.criterion is Criterion.A)
    assert "m-a" in criterion_explanation(a, "zh_CN")
    assert "缓解前为" in criterion_explanation(a, "zh_CN")
