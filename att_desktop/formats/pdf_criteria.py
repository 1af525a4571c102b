"""The national framework's denial criteria (issue 16) as printed in the denial letter and the
assessment record: one line per criterion cited, its code and its text in the document's
language (the catalogue's translation for a shipped set, the set's own text otherwise)."""

from __future__ import annotations

from att_desktop.domain.criteria import CriteriaSet
from att_desktop.i18n import translate


def criteria_heading(criteria_set: CriteriaSet | None, language: str) -> str:
    """ "Criteria cited (EU Common Position ...)" for the letter's section heading."""
    title = criteria_set.title_in(language) if criteria_set is not None else ""
    return translate("Criteria cited: {title}", language, context="denial criteria", title=title)


def criteria_lines(
    criteria_set: CriteriaSet | None, codes: tuple[str, ...], language: str
) -> list[str]:
    """``Criterion 2: Respect for human rights ...`` for each code cited, in set order."""
    return [
        translate(
            "Criterion {code}: {text}",
            language,
            context="denial criteria",
            code=code,
            text=criteria_set.text(code, language) if criteria_set is not None else "",
        )
        for code in codes
    ]
