"""Issue 15: the assessment engine says everything as catalogue messages, translated in all
six languages, while the record keeps the English it always kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache

import pytest
from babel.messages.pofile import read_po

from att_desktop.domain.assessment.article6 import record_from_match
from att_desktop.domain.assessment.decision import DecisionRefused, evaluate, validate_decision
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    Article6Input,
    Article7Basis,
    AssessmentInput,
    AssessmentResult,
    Confirmation,
    Criterion,
    DiversionInput,
    EmbargoMatchRecord,
    EndUserAssurances,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    RedFlag,
    RedFlagRecord,
    RiskLevel,
    RiskLink,
)
from att_desktop.domain.embargoes import (
    Effect,
    _candidate_whys,
    check,
    explained,
    explanation_message,
    load_shipped_sets,
)
from att_desktop.domain.enums import DecisionOutcome, PartyType, TransferType
from att_desktop.i18n import Joined, Message, catalogue_file, translate
from tests.unit.assessment_cases import (
    answer,
    complete,
    finding,
    measure,
    serious_gbv,
)

OTHERS = ("ar", "zh_CN", "fr", "ru", "es")
SCREENED_ON = date(2026, 1, 15)
#: What the test officer wrote: quoted as written in every language.
OFFICER_WORDS = (
    "Considered the available information.",
    "Reasoned on the cited reports.",
    "Letter of the Committee.",
    "Officer's reason.",
)


def screened(
    country: str, party: PartyType, on: date = SCREENED_ON
) -> tuple[EmbargoMatchRecord, ...]:
    """Real matches of the shipped data, stored as the case stores them (English only)."""
    matches = check(
        load_shipped_sets(),
        country=country,
        party_type=party,
        party_name="Test Party",
        item_kinds=("II",),
        on_date=on,
    )
    # Back from the record: the message must be read back from the English, as for a stored row.
    return tuple(replace(record_from_match(m)) for m in matches)


def _with(
    records: tuple[EmbargoMatchRecord, ...], **changes: object
) -> tuple[EmbargoMatchRecord, ...]:
    return tuple(replace(r, **changes) for r in records)  # type: ignore[arg-type]


def representative_results() -> Iterator[AssessmentResult]:
    """Inputs that reach every kind of text: grounds of Articles 6, 7 and 11, notes, conditions,
    missing answers of every page, criteria with and without mitigation."""
    yield evaluate(AssessmentInput())  # everything missing
    yield evaluate(complete())  # authorisable, low everywhere
    # Article 6(2), 6(3) prohibitions with reasoning; a UN embargo (Libya, government).
    a6 = replace(
        complete().article6,
        other_obligations=answer(True),
        knowledge=answer(True),
        embargo_matches=screened("LY", PartyType.GOVERNMENT),
    )
    yield evaluate(replace(complete(), article6=a6))
    # Approval recorded without evidence, then with; notification paths; a region embargo.
    for country, party in (
        ("LY", PartyType.GOVERNMENT),
        ("SD", PartyType.GOVERNMENT),
        ("SO", PartyType.REGIONAL_GOVERNMENT),
        ("CD", PartyType.COMMERCIAL),
        ("HT", PartyType.GOVERNMENT),
    ):
        records = screened(country, party)
        for confirmation in (None, *Confirmation):
            chosen = _with(records, confirmation=confirmation)
            yield evaluate(
                replace(complete(), article6=replace(complete().article6, embargo_matches=chosen))
            )
        proven = _with(
            records,
            confirmation=Confirmation.APPROVAL_OBTAINED,
            committee_reference="S/AC.52/2026/1",
            committee_date=date(2026, 1, 2),
            reasoning="Letter of the Committee.",
        )
        yield evaluate(
            replace(complete(), article6=replace(complete().article6, embargo_matches=proven))
        )
        notified = _with(
            records,
            confirmation=Confirmation.NOTIFIED,
            committee_reference="S/AC.52/2026/2",
            committee_date=date(2026, 1, 14),
            waiting_days=5,
        )
        yield evaluate(
            replace(complete(), article6=replace(complete().article6, embargo_matches=notified))
        )
    # Overriding risks everywhere: grounds of 7(3), 7(4) and 11(2); measures of every fate.
    overriding = RiskLevel.OVERRIDING_BEFORE_MITIGATION
    unfit = MitigationMeasure(
        "m-unfit",
        MitigationKind.RE_EXPORT_CLAUSE,
        "Re-export clause",
        (RiskLink(Criterion.B_I, True, "Judged.", kind_reason="Officer's reason."),),
    )
    carried = MitigationMeasure(
        "m-old",
        MitigationKind.OTHER,
        "Older measure",
        (RiskLink(Criterion.B_III, False, "Judged.", carried_over=True),),
    )
    diversion = DiversionInput(
        stages=(
            *complete().diversion.stages[:-1],
            (complete().diversion.stages[-1][0], finding(overriding)),
        ),
        red_flags=(RedFlagRecord(RedFlag.UNKNOWN_BROKER, True), RedFlagRecord(RedFlag.OTHER, None)),
        assurances=EndUserAssurances(certificate_received=True, certificate_authenticated=False),
    )
    for policy in KindPolicy:
        for contribution in (Answer(), answer(True), answer(False), Answer(True)):
            yield evaluate(
                complete(
                    article7=tuple((c, finding(overriding)) for c in ARTICLE7_1),
                    gbv=serious_gbv(),
                    diversion=diversion,
                    mitigation=(
                        measure(Criterion.A, False, "m-a"),
                        measure(Criterion.B_II, None, "m-b"),
                        unfit,
                        carried,
                    ),
                    peace_contribution=contribution,
                    mitigation_policy=policy,
                )
            )
    yield evaluate(
        complete(
            article7=tuple((c, finding(RiskLevel.SUBSTANTIAL)) for c in ARTICLE7_1),
            gbv=serious_gbv(RiskLevel.SUBSTANTIAL),
            mitigation=(measure(Criterion.A, True, "m-a"),),
            peace_contribution=answer(True),
        )
    )
    # Complete, overriding after mitigation: the grounds of 7(3), 7(4) and 11(2).
    yield evaluate(
        complete(
            article7=tuple((c, finding(overriding)) for c in ARTICLE7_1),
            gbv=serious_gbv(),
            diversion=replace(diversion, red_flags=diversion.red_flags[:1]),
        )
    )
    yield evaluate(complete(gbv=serious_gbv(RiskLevel.LOW)))
    yield evaluate(
        complete(diversion=DiversionInput(red_flags=(RedFlagRecord(RedFlag.OTHER, True),)))
    )
    yield evaluate(
        complete(mitigation=(measure(Criterion.A, None, "m1"), measure(Criterion.A, True, "m1")))
    )
    yield evaluate(
        complete(mitigation=(MitigationMeasure("m9", MitigationKind.OTHER, "Nothing linked"),))
    )
    for basis, kind in (
        (Article7Basis.NOT_APPLICABLE, TransferType.TRANSIT),
        (Article7Basis.NATIONAL_POLICY, TransferType.BROKERING),
    ):
        yield evaluate(complete(article7_basis=basis, transfer_type=kind))
    yield evaluate(complete(gbv=replace(serious_gbv(), prevalent=Answer(True), prevalent_types=())))


def engine_messages(result: AssessmentResult) -> Iterator[tuple[str, str, Message]]:
    """(kind, English as recorded, message) of every text of a result."""
    assert len(result.missing_messages) == len(result.missing)
    assert len(result.condition_messages) == len(result.conditions)
    assert len(result.note_messages) == len(result.notes)
    for ground in result.grounds:
        assert ground.message is not None, ground
        yield "ground", ground.explanation, ground.message
    for kind, english, messages in (
        ("missing", result.missing, result.missing_messages),
        ("condition", result.conditions, result.condition_messages),
        ("note", result.notes, result.note_messages),
    ):
        for text, message in zip(english, messages, strict=True):
            yield kind, text, message
    for row in result.criteria:
        assert row.message is not None, row
        yield "criterion", row.explanation, row.message


@cache
def _translated(language: str) -> frozenset[tuple[str | None, str]]:
    with catalogue_file(language).open("rb") as f:
        catalog = read_po(f, locale=language)
    return frozenset(
        (m.context, m.id if isinstance(m.id, str) else m.id[0])
        for m in catalog
        if m.id
        and not m.fuzzy
        and all(s.strip() for s in (m.string if isinstance(m.string, tuple) else (m.string,)))
    )


def _nodes(message: Message) -> Iterator[Message]:
    """The message and every message inside it (params, joined lists)."""
    yield message
    for _name, value in message.params:
        if isinstance(value, Message):
            yield from _nodes(value)
        elif isinstance(value, Joined):
            for item in value.items:
                if isinstance(item, Message):
                    yield from _nodes(item)


def _words(text: str) -> str:
    """The English words of a text, without the officer's quoted words and codes."""
    return re.sub(r"\{\w+\}", "", text)


@cache
def _all() -> tuple[tuple[str, str, Message], ...]:
    return tuple(m for result in representative_results() for m in engine_messages(result))


def test_the_representative_inputs_reach_every_kind_of_text() -> None:
    kinds = {kind for kind, _text, _m in _all()}
    assert kinds == {"ground", "missing", "condition", "note", "criterion"}
    grounds = {m.id for kind, _t, m in _all() if kind == "ground"}
    assert {
        "Prohibited: {what}.",
        "Arms embargo: {explanation}",
        "{ground} The match still prohibits: {why}.",
    } <= {n.id for _k, _t, m in _all() for n in _nodes(m)}
    assert len(grounds) >= 5
    ids = {n.id for _k, _t, m in _all() for n in _nodes(m)}
    assert "Diversion red flags present: {flags}." in ids
    assert "Notify before delivery: {explanation}" in ids


def test_the_record_keeps_the_english_of_each_message() -> None:
    for _kind, english, message in _all():
        assert translate(message, "en") == english


@pytest.mark.parametrize("language", OTHERS)
def test_every_engine_message_is_translated(language: str) -> None:
    """Each message (and each message inside one) is translated in the catalogue: nothing of
    the engine's is shown in English, except an older record's text kept as written."""
    done = _translated(language)
    missing = {
        (n.context, n.id)
        for _kind, _text, message in _all()
        for n in _nodes(message)
        if _words(n.id).strip(" .,:;()-") and (n.context, n.id) not in done
    }
    assert missing == set()


@pytest.mark.parametrize("language", ("fr", "ar"))
def test_no_engine_sentence_reads_in_english(language: str) -> None:
    for kind, english, message in _all():
        shown = translate(message, language)
        assert shown != english, (kind, english)
        if language == "ar":
            # No English word left, but for codes, keys, references and what the officer wrote.
            for written in OFFICER_WORDS:
                shown = shown.replace(written, "")
            rest = re.sub(
                r"[\w.]*\[\d+\] \([\w-]+\)|[a-z0-9_]+(\.[a-z0-9_]+)+|S/\S+|Test Party", "", shown
            )
            rest = re.sub(r"\b(m-\w+|paras?|MONUSCO|UNIFIL|BINUH|MSS|SALW|DPRK|CFSP)\b", "", rest)
            assert not re.findall(r"[A-Za-z]{4,}", rest), (english, shown)


def test_a_stored_explanation_is_read_back_as_its_message() -> None:
    """Every explanation the screen can write for a shipped entry is recognised from its
    English, so a record stored before (English only) is shown translated."""
    count = 0
    for embargo_set in load_shipped_sets():
        for embargo in embargo_set.entries:
            for why in _candidate_whys(embargo):
                message = explained(embargo, why)
                english = translate(message, "en")
                assert explanation_message(embargo.id, english) == message
                count += 1
    assert count > 100
    assert explanation_message("ly-1970", "Something else entirely.") is None
    assert explanation_message("no-such-embargo", "x") is None


def test_an_unknown_explanation_is_shown_as_written() -> None:
    record = EmbargoMatchRecord(
        "custom-1",
        "Custom embargo",
        next(iter(screened("LY", PartyType.GOVERNMENT))).legal_basis_kind,
        Effect.PROHIBITED,
        "Custom embargo (X/1): prohibited.",
    )
    result = evaluate(
        replace(
            complete(), article6=Article6Input(SCREENED_ON, (record,), answer(False), answer(False))
        )
    )
    ground = result.grounds[0]
    assert ground.text("fr") == "Embargo sur les armes\u00a0: Custom embargo (X/1): prohibited."
    assert ground.explanation == "Arms embargo: Custom embargo (X/1): prohibited."


def test_the_embargo_title_is_translated() -> None:
    (record, *_rest) = screened("SS", PartyType.GOVERNMENT)
    assert translate(record.title_message, "en") == "South Sudan"
    assert translate(record.title_message, "fr") == "Soudan du Sud"
    assert translate(record.explanation_message, "ar") != record.explanation


def test_a_refused_decision_says_why_in_the_reader_language() -> None:
    a6 = replace(complete().article6, embargo_matches=screened("LY", PartyType.GOVERNMENT))
    denial = evaluate(replace(complete(), article6=a6))
    with pytest.raises(DecisionRefused) as refused:
        validate_decision(denial, DecisionOutcome.AUTHORISE)
    assert str(refused.value).startswith("An authorisation would contradict the assessment")
    assert "Arms embargo: " in str(refused.value)
    french = translate(refused.value.message, "fr")
    assert french.startswith("Une autorisation contredirait l’évaluation")
    assert "Embargo sur les armes" in french and "Arms embargo" not in french
    with pytest.raises(DecisionRefused) as incomplete:
        validate_decision(evaluate(AssessmentInput()), DecisionOutcome.DENY)
    assert "article6.screen: the embargo screen has not been run" in str(incomplete.value)
    arabic = translate(incomplete.value.message, "ar")
    assert "article6.screen" in arabic and "the embargo screen" not in arabic


def test_an_embargo_without_a_country_is_named_in_the_reader_language() -> None:
    """A regime (no target State) is named by its translated title, a regional obligation by
    its title and legal act, both from the catalogue; English stays as it was."""
    from att_desktop.domain.countries import country_name
    from att_desktop.domain.embargoes import EmbargoWords, embargo_name_for_id

    def name(embargo_id: str, language: str) -> str | None:
        words = EmbargoWords(language=language)
        return embargo_name_for_id(embargo_id, lambda c: country_name(c, language), words)

    assert name("al-shabaab", "en") == (
        "Al-Shabaab — UN Security Council arms embargo (resolution 2713 (2023))"
    )
    assert str(name("al-shabaab", "fr")).startswith("Chabab — ")
    assert name("eu-russia-2014", "en") == (
        "EU arms embargo on Russia (Council Decision 2014/512/CFSP)"
    )
    assert name("eu-russia-2014", "fr") == (
        "Embargo de l’UE sur les armes à destination de la Russie "
        "(Décision 2014/512/PESC du Conseil)"
    )
    assert str(name("eu-russia-2014", "zh_CN")).startswith("欧盟对俄罗斯的武器禁运（")
