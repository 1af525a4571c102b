"""What each kind of party means for the Article 6 screen, validation and the annual report.

Kept in one place so that the screen, the consignee's "acts for" link and the report's
civilian small arms read the same definitions: a militia must never be screened or counted
as a company, nor a regional government as the national one.
"""

from __future__ import annotations

from collections.abc import Sequence

from att_desktop.domain.application import PartyInput
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.i18n import Message, msg

#: Governments a consignee may act for: the national government and sub-national ones.
GOVERNMENT_TYPES = frozenset({PartyType.GOVERNMENT, PartyType.REGIONAL_GOVERNMENT})

#: End users whose small arms the annual report may leave out as "civilian": the ATT
#: reporting template's civilian end users are private persons and commercial entities,
#: never a State's forces (national or regional) nor a non-State armed group.
CIVILIAN_TYPES = frozenset({PartyType.COMMERCIAL, PartyType.INDIVIDUAL})

#: The party types that may carry ``acts_for`` (a company importing for a government).
ACTS_FOR_TYPES = frozenset({PartyType.COMMERCIAL})


def acts_for_problem(parties: Sequence[PartyInput], index: int) -> Message | None:
    """What is wrong with party ``index``'s ``acts_for``, or None when it is absent or sound.

    Only a commercial consignee may act for a government, and only for a national or regional
    government party of the same case and country: a link to anything else would lift an
    embargo's non-State scope from a party the embargo targets.
    """
    party = parties[index]
    target_index = party.acts_for
    if target_index is None:
        return None
    if party.role is not PartyRole.CONSIGNEE or party.party_type not in ACTS_FOR_TYPES:
        return msg("only a commercial consignee can act for a government party")
    if not 0 <= target_index < len(parties) or target_index == index:
        return msg("choose a government party of this case")
    target = parties[target_index]
    if target.party_type not in GOVERNMENT_TYPES:
        return msg("it may act only for a national or regional government")
    if target.country_code != party.country_code:
        return msg("the government it acts for must be of the consignee's country")
    return None


def acting_for_type(parties: Sequence[PartyInput], index: int) -> PartyType | None:
    """The government type party ``index`` stands in for on the Article 6 screen, or None."""
    if acts_for_problem(parties, index) is not None:
        return None
    target = parties[index].acts_for
    return None if target is None else parties[target].party_type
