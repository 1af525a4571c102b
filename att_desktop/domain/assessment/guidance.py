"""Short guidance shown beside each assessment question, so a new officer can work unaided.

Keyed by the same question ids the case file and the ``missing`` list use. Written for this
application in plain English; it explains, it does not replace the treaty or national law.
"""

from __future__ import annotations

from dataclasses import dataclass

from att_desktop.domain.assessment.model import ARTICLE7_1, RedFlag, SupplyChainStage


@dataclass(frozen=True)
class Guidance:
    question: str
    meaning: str
    evidence: str


_STAGE_TEXT: dict[SupplyChainStage, tuple[str, str]] = {
    SupplyChainStage.MANUFACTURE: (
        "Could items leak during production, e.g. from an unlicensed or poorly secured plant?",
        "Manufacturer licence and security audits; industry due-diligence files.",
    ),
    SupplyChainStage.PRE_TRANSFER: (
        "Could items go missing before shipment, at the warehouse or point of loading?",
        "Freight forwarder details, packing lists, export-control inspections at loading.",
    ),
    SupplyChainStage.TRANSIT: (
        "Could items be diverted en route, before the authorised end user takes delivery?",
        "Routing and transit States, carriers, trans-shipment points, intermediate consignees.",
    ),
    SupplyChainStage.POST_DELIVERY_STORAGE: (
        "Could items be stolen, sold or lost from the recipient's stockpiles?",
        "Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.",
    ),
    SupplyChainStage.END_USE: (
        "Could the end user pass the items on, or use them other than as declared?",
        "End-user certificate, the end user's record, re-export history, embassy reporting.",
    ),
    SupplyChainStage.DISPOSAL: (
        "What happens when the items are retired: destroyed, stored, sold or re-exported?",
        "Disposal commitments, destruction certificates, the importer's surplus policies.",
    ),
}

_A7_TEXT: dict[str, tuple[str, str, str]] = {
    "a": (
        "Would the items contribute to or undermine peace and security?",
        "Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of "
        "fuelling conflict, regional tension or an arms build-up.",
        "UN Security Council reports, regional security analyses, embassy reporting, the "
        "importer's stated need (Art. 8(1) documents).",
    ),
    "b_i": (
        "Could the items be used to commit or facilitate a serious violation of IHL?",
        "Look at the end user's conduct in armed conflict: attacks on civilians, indiscriminate "
        "weapons use, and whether violations are investigated and punished.",
        "UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.",
    ),
    "b_ii": (
        "Could the items be used to commit or facilitate a serious violation of human rights law?",
        "Consider repression, torture, extrajudicial killings, excessive force by the end user; "
        "how closely the items fit such uses; and accountability.",
        "UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.",
    ),
    "b_iii": (
        "Could the items be used in an offence under the terrorism conventions you are party to?",
        "Consider links between the parties or the route and terrorist groups, and leakage risk.",
        "Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.",
    ),
    "b_iv": (
        "Could the items be used in an offence under the organised-crime conventions?",
        "Consider trafficking networks, corruption, and criminal access to the end user's stocks.",
        "UNODC reports, police and customs information, Firearms Protocol reporting.",
    ),
}

GUIDANCE: dict[str, Guidance] = {
    "article6.screen": Guidance(
        "Is any party or State under an arms embargo on the decision date?",
        "Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. "
        "The screen checks every destination, end user, consignee, broker and transit State, for "
        "all items including ammunition and parts (Articles 3 and 4).",
        "The application's parties and States; the embargo data's legal basis and dates; the UN "
        "Consolidated List for named persons.",
    ),
    "article6.embargo_match": Guidance(
        "Does this embargo match apply, and has any required approval or notification been made?",
        "Some embargoes cover only part of a country, only non-State actors, or allow supplies "
        "with a sanctions committee's approval or notification. Approval must be obtained before "
        "authorising; without it the transfer stays prohibited.",
        "The resolution's text, the committee's exemption page, the committee's reply letter.",
    ),
    "article6.other_obligations": Guidance(
        "Would the transfer violate another international obligation of your State (6(2))?",
        "Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition "
        "bans and other treaties your State has joined are absolute too.",
        "Your State's treaty list and enabled regional embargo sets; legal adviser's opinion.",
    ),
    "article6.knowledge": Guidance(
        "Do you know the items would be used for genocide, crimes against humanity or war crimes?",
        "Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the "
        "State knows, it must refuse. Risk short of knowledge is weighed under Article 7.",
        "Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.",
    ),
    "gbv.step1": Guidance(
        "Step 1: What types of GBV and violence against women and children are prevalent?",
        "Identify which forms are common in the importing State (e.g. conflict-related sexual "
        "violence, domestic violence, femicide) before asking how the items relate to them.",
        "UN and treaty-body reports (CEDAW, CRC), national statistics, women's organisations, "
        "consultation with GBV experts.",
    ),
    "gbv.step2": Guidance(
        "Step 2: Are these prevalent violations 'serious'?",
        "Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or "
        "tolerated, and whether security forces are involved.",
        "Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.",
    ),
    "gbv.step3": Guidance(
        "Step 3: Does the importing State take effective preventive action?",
        "Look at laws, prosecutions, protection services and vetting and training of forces, and "
        "whether they work in practice, not only on paper.",
        "Prosecution data, UN country reviews, NGO monitoring, the importer's own information.",
    ),
    "gbv.risk": Guidance(
        "How likely is it that these items would be used to commit or facilitate the GBV found?",
        "Judge the link between the items, the end user and the violations before mitigation: "
        "the type of items (e.g. small arms used in intimidation), and the end user's record.",
        "End-user record, item type and use, reports naming the unit or force concerned.",
    ),
    "gbv.step5": Guidance(
        "Step 5: Do mitigation measures reliably and significantly reduce the risk?",
        "Taken before step 4 (footnote 7): the overriding-risk decision is made after "
        "mitigation. A measure counts only if it is credible and verifiable for this end user.",
        "The measures proposed and the importer's track record of honouring similar commitments.",
    ),
    "gbv.step4": Guidance(
        "Step 4: Is there an overriding risk after mitigation?",
        "The application computes this from the risk before mitigation and step 5; explain the "
        "determination in your own words for the record.",
        "Your findings in steps 1-3 and 5.",
    ),
    "diversion.red_flags": Guidance(
        "Are there diversion red flags?",
        "Warning signs that the declared end user or end use may not be the real one.",
        "Routing, brokers' registration, payment terms, the fit between items and the end user.",
    ),
    "diversion.assurances": Guidance(
        "Is there an authenticated end-user certificate with adequate assurances?",
        "An EUC names the end user and end use; assurances can cover no re-export without "
        "consent and secure storage. Authenticate it with the issuing authority.",
        "The EUC, its verification with the importing State, stockpile-security assurances.",
    ),
    "diversion.post_shipment": Guidance(
        "Are delivery verification or post-shipment checks agreed?",
        "Delivery verification certificates and on-site checks let you confirm the items "
        "reached the end user and remain there.",
        "The importer's agreement; past cooperation on verification.",
    ),
    "mitigation.measures": Guidance(
        "Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?",
        "Confidence-building measures and jointly developed programmes can lower a risk. Link "
        "each measure to the risks it addresses; say honestly whether it works reliably.",
        "Draft agreements, the importer's record of compliance, verification arrangements.",
    ),
    "conclusion": Guidance(
        "Article 7(3): after mitigation, is there an overriding risk on any criterion?",
        "If so, the State shall not authorise. The application computes the recommendation "
        "from your findings and will not let a decision contradict it.",
        "All findings above.",
    ),
}

for _key, (_q, _m, _e) in _A7_TEXT.items():
    GUIDANCE[f"article7.{_key}"] = Guidance(_q, _m, _e)
for _stage, (_q, _e) in _STAGE_TEXT.items():
    GUIDANCE[f"diversion.stages.{_stage.value}"] = Guidance(
        _q, "Rate the diversion risk at this stage of the supply chain (Article 11).", _e
    )

QUESTION_IDS: tuple[str, ...] = (
    "article6.screen",
    "article6.embargo_match",
    "article6.other_obligations",
    "article6.knowledge",
    *(f"article7.{c.value}" for c in ARTICLE7_1),
    "gbv.step1",
    "gbv.step2",
    "gbv.step3",
    "gbv.risk",
    "gbv.step5",
    "gbv.step4",
    *(f"diversion.stages.{s.value}" for s in SupplyChainStage),
    "diversion.red_flags",
    "diversion.assurances",
    "diversion.post_shipment",
    "mitigation.measures",
    "conclusion",
)

#: Red flags listed with the guidance so the UI can explain each tick box.
RED_FLAG_HELP: dict[RedFlag, str] = {
    RedFlag.UNUSUAL_ROUTING: "The route is longer or odder than the trade needs.",
    RedFlag.UNKNOWN_BROKER: "A broker or intermediary is unregistered or cannot be identified.",
    RedFlag.NEEDS_MISMATCH: "The items or quantities are out of line with the end user's role.",
    RedFlag.VAGUE_END_USE: "The end use is vague, changes, or is not documented.",
    RedFlag.UNUSUAL_PAYMENT: "Cash, third-party or offshore payments.",
    RedFlag.DIVERSION_HISTORY: "Earlier diversion involving these parties or this route.",
    RedFlag.WEAK_STOCKPILE_SECURITY: "The recipient's storage is known to be insecure.",
    RedFlag.OTHER: "Anything else that does not add up.",
}


def guidance_for(question_id: str) -> Guidance:
    """Guidance for a question id; raises KeyError for an unknown id (a programming error)."""
    return GUIDANCE[question_id]
