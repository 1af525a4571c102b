"""The Article 6 record's "party screened" in words: the screen records each subject in English
with codes ("End user: X (government, SD)"); the window and the assessment record show the
role, the party type and the country in the reader's language (issue 11, words not keys; the
party kinds of issue 12 included)."""

from __future__ import annotations

from att_desktop.formats.pdf_labels import screened_party

RECORDED = (
    "Destination SD; End user: Ministry of Defence (government, SD); "
    "Consignee: Baghdad Import Co. (Ltd) (commercial, IQ), acting for Ministry of Defence; "
    "Broker: Brigada Norte (non_state_armed_group, IQ); "
    "Intermediate consignee: Puntland Authority (regional_government, SO); "
    "Transit State BE; Exporting State KP (supplies from it)"
)


def test_english_names_types_and_countries_in_words() -> None:
    assert screened_party(RECORDED, "en") == (
        "Destination: Sudan; End user: Ministry of Defence (Government, Sudan); "
        "Consignee: Baghdad Import Co. (Ltd) (Commercial, Iraq), acting for Ministry of "
        "Defence; Broker: Brigada Norte (Non-State armed group, Iraq); "
        "Intermediate consignee: Puntland Authority (Regional government, Somalia); "
        "Transit State: Belgium; Exporting State: Korea, Democratic People's Republic of "
        "(supplies from it)"
    )


def test_chinese_keeps_the_names_and_words_the_rest() -> None:
    shown = screened_party(RECORDED, "zh_CN")
    assert shown.split("；") == [
        "目的地：苏丹",
        "最终用户：Ministry of Defence（政府，苏丹）",
        "收货人：Baghdad Import Co. (Ltd)（商业，伊拉克），代表Ministry of Defence",
        "中间商：Brigada Norte（非国家武装团体，伊拉克）",
        "中间收货人：Puntland Authority（地方政府/次国家政府，索马里）",
        "过境国：比利时",
        "出口国：朝鲜民主主义人民共和国（来自该国的供应）",
    ]
    for key in ("government", "non_state_armed_group", "regional_government", " SD", " KP"):
        assert key not in shown


def test_text_of_another_shape_is_shown_as_recorded() -> None:
    """A case file may carry a party text the screen did not write."""
    assert screened_party("The end user's parent company", "zh_CN") == (
        "The end user's parent company"
    )
    assert screened_party("Broker: X (unknown_kind, IQ)", "en") == "Broker: X (unknown_kind, IQ)"
