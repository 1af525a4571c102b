"""A realistic synthetic register, so the app can be tried (and screenshotted) without real data.

Deterministic for a given seed and date. Cases go through ``create_application`` so references
and history are real; decisions, licences and shipments are written through the ORM with an
event each, as the decision service (issue 3) will. Every name is invented; destinations are
real ISO codes, and no authorisation goes to a State under a UN arms embargo.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Decision,
    Licence,
    LicenceLine,
    Shipment,
    ShipmentLine,
)
from att_desktop.db.row_digest import note_written
from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.services.authority import AuthorityProfile
from att_desktop.services.cases import create_application
from att_desktop.services.dto import Actor
from att_desktop.services.history import change_status, record_event

DEMO_ACTOR = Actor(user_id=None, name="Demo data")
HOME = "SE"

EXPORTERS: tuple[str, ...] = (
    "Nordvik Defence Systems AB",
    "Hallberg Arms AB",
    "Kestrel Ordnance AB",
    "Bergslagen Munitions AB",
    "Arctic Vehicle Works AB",
    "Skagerrak Naval Yards AB",
    "Vantor Aerospace AB",
    "Lindqvist Precision Rifles AB",
    "Granite Optronics AB",
    "Stora Mo Ammunition AB",
    "Östra Ballistics AB",
    "Fjällräv Tactical AB",
    "Norrmark Missile Technologies AB",
    "Solberg Sporting Arms AB",
    "Torsby Engineering AB",
)
BROKERS: tuple[tuple[str, str], ...] = (
    ("Baltic Trade Agency OÜ", "EE"),
    ("Meridian Defence Brokers Ltd", "GB"),
    ("Atlas Procurement Services GmbH", "DE"),
    ("Cormorant Logistics BV", "NL"),
    ("Nordic Brokerage AB", HOME),
)
HOME_BROKERS: tuple[str, ...] = ("Nordic Brokerage AB", "Uppland Trade Partners AB")
FORWARDERS: tuple[str, ...] = ("Göta Freight AB", "Kattegat Shipping AB")

#: Plausible destinations (ISO 3166-1 alpha-2), weighted towards close partners.
DESTINATIONS: tuple[tuple[str, int], ...] = (
    ("NO", 10), ("FI", 10), ("DK", 9), ("DE", 8), ("NL", 6), ("FR", 6), ("GB", 7), ("PL", 7),
    ("EE", 5), ("LV", 4), ("LT", 5), ("CZ", 3), ("AT", 3), ("BE", 3), ("ES", 3), ("IT", 3),
    ("PT", 2), ("IE", 2), ("CH", 3), ("US", 8), ("CA", 4), ("AU", 4), ("NZ", 2), ("JP", 2),
    ("KR", 3), ("SG", 2), ("MY", 1), ("TH", 2), ("ID", 2), ("PH", 1), ("IN", 2), ("BR", 3),
    ("CL", 2), ("MX", 1), ("CO", 1), ("ZA", 2), ("KE", 1), ("GH", 1), ("SN", 1), ("MA", 1),
    ("AE", 3), ("SA", 1), ("QA", 1), ("JO", 1), ("TR", 1), ("GR", 2), ("RO", 2), ("UA", 3),
    ("HR", 1), ("SK", 1), ("SI", 1),
)  # fmt: skip
#: Where the few Article 6 denials in the demo point: States under a UN arms embargo.
UN_EMBARGOED: tuple[str, ...] = ("SS", "LY", "CF")
TRANSIT_POOL: tuple[str, ...] = ("DK", "DE", "NL", "PL", "FI", "NO", "BE")
EXPORT_CURRENCIES: tuple[tuple[str, int], ...] = (("EUR", 65), ("USD", 28), ("SEK", 5), ("GBP", 2))


@dataclass(frozen=True)
class _Item:
    description: str
    model: str
    rating: str
    category: str | None
    reason: NotReportableReason | None
    unit: str
    quantity: tuple[int, int]
    unit_price: tuple[int, int]
    government_only: bool = True


#: description | model | rating | ATT category or not-reportable reason | unit | quantity range
#: | unit price range | who may receive it ("gov" only, or "any"). Models are invented.
_ITEM_TABLE = """
Main battle tank | NDS Bjorn MBT-2 | ML6 | I | pcs | 2-24 | 4000000-8000000 | gov
Armoured personnel carrier, tracked | AVW Tracker 30 | ML6 | II | pcs | 4-40 | 1500000-3500000 | gov
Armoured combat vehicle, 8x8 | AVW Ranger | ML6 | II | pcs | 4-30 | 1200000-2800000 | gov
Self-propelled howitzer, 155 mm | TE Falun SPH-52 | ML2 | III | pcs | 2-12 | 4000000-9000000 | gov
Multirole combat aircraft | Vantor JX-9 | ML10 | IV.a | pcs | 1-6 | 45000000-85000000 | gov
Unmanned combat aerial vehicle | Vantor Skua-2 | ML10 | IV.b | pcs | 2-8 | 3000000-12000000 | gov
Attack helicopter | Vantor AH-7 | ML10 | V.a | pcs | 2-6 | 18000000-35000000 | gov
Corvette | SNY Tärna-class | ML9 | VI | pcs | 1-2 | 150000000-380000000 | gov
Anti-ship missile | NMT Sea Lance 4 | ML4 | VII.a | pcs | 8-40 | 1000000-2200000 | gov
Man-portable air defence system | NMT Kite-2 | ML4 | VII.b | pcs | 10-60 | 90000-250000 | gov
Self-loading pistol, 9 mm | Hallberg HP-9 | ML1 | VIII.SA.1 | pcs | 50-3000 | 400-900 | any
Bolt-action rifle, .308 Win | Lindqvist L-308 | ML1 | VIII.SA.2 | pcs | 20-400 | 900-3200 | any
Carbine, 5.56 mm | Hallberg C-556 | ML1 | VIII.SA.2 | pcs | 50-1500 | 1100-2200 | gov
Sub-machine gun, 9 mm | Kestrel SMG-9 | ML1 | VIII.SA.3 | pcs | 20-600 | 1200-2600 | gov
Assault rifle, 5.56 mm | Hallberg AR-556 | ML1 | VIII.SA.4 | pcs | 100-5000 | 900-2000 | gov
Light machine gun, 5.56 mm | Kestrel LMG-5 | ML1 | VIII.SA.5 | pcs | 10-300 | 3500-7000 | gov
Heavy machine gun, 12.7 mm | Kestrel HMG-12 | ML1 | VIII.LW.1 | pcs | 4-120 | 12000-22000 | gov
Under-barrel grenade launcher 40 mm | GL-40 | ML2 | VIII.LW.2 | pcs | 20-400 | 2500-5000 | gov
Recoilless rifle, 84 mm | Torsby RR-84 | ML2 | VIII.LW.4 | pcs | 10-200 | 18000-30000 | gov
Portable anti-tank missile launcher | Lynx | ML4 | VIII.LW.5 | pcs | 20-500 | 30000-45000 | gov
Mortar, 60 mm | Torsby M60 Commando | ML2 | VIII.LW.6 | pcs | 6-120 | 7000-15000 | gov
Cartridges 5.56 x 45 mm | SMA 556 ball | ML3 | ammunition | rounds | 100000-2000000 | 0-1 | gov
Cartridges 9 x 19 mm | SMA 9 mm FMJ | ML3 | ammunition | rounds | 50000-1000000 | 0-1 | any
Cartridges 12.7 x 99 mm | SMA 127 ball | ML3 | ammunition | rounds | 20000-400000 | 3-5 | gov
Artillery shells, 155 mm | BM 155 HE | ML3 | ammunition | pcs | 500-10000 | 2500-8000 | gov
Mortar bombs, 60 mm | BM 60 HE | ML3 | ammunition | pcs | 1000-20000 | 150-400 | gov
Rounds for 84 mm recoilless rifle | BM 84 HEAT | ML3 | ammunition | pcs | 100-3000 | 900-1800 | gov
Spare barrels for assault rifles | HB kit | ML1 | parts | pcs | 50-2000 | 250-600 | gov
Fire-control system spare parts | FCS-3 | ML5 | parts | set | 1-20 | 40000-300000 | gov
Power pack spares, armoured vehicles | AVW PP | ML6 | parts | set | 1-15 | 100000-900000 | gov
Thermal weapon sights | Granite TWS-3 | ML15 | parts | pcs | 20-800 | 4000-12000 | gov
Encrypted tactical radios | Torsby TR-9 | 5A002 | dual_use | pcs | 20-1000 | 2500-7000 | gov
"""


PARTS_COMPONENTS = NotReportableReason.PARTS_COMPONENTS


def _range(text: str) -> tuple[int, int]:
    low, high = text.split("-")
    return int(low), int(high)


def _parse_items(table: str) -> tuple[_Item, ...]:
    items = []
    for line in table.strip().splitlines():
        desc, model, rating, code, unit, qty, price, who = (f.strip() for f in line.split("|"))
        reasons = {r.value: r for r in NotReportableReason} | {"parts": PARTS_COMPONENTS}
        items.append(
            _Item(
                desc,
                model,
                rating,
                None if code in reasons else code,
                reasons.get(code),
                unit,
                _range(qty),
                _range(price),
                government_only=who == "gov",
            )
        )
    return tuple(items)


ITEMS = _parse_items(_ITEM_TABLE)

GOVERNMENT_END_USERS: tuple[str, ...] = (
    "Ministry of Defence of {country}",
    "Armed Forces of {country}",
    "Army of {country}",
    "Navy of {country}",
    "Air Force of {country}",
    "National Police of {country}",
    "Border Guard of {country}",
    "Coast Guard of {country}",
)
#: Country names as they read inside "Army of ...", where the ISO short name does not.
_IN_PROSE: dict[str, str] = {
    "AE": "the United Arab Emirates",
    "CF": "the Central African Republic",
    "GB": "the United Kingdom",
    "KR": "the Republic of Korea",
    "NL": "the Netherlands",
    "PH": "the Philippines",
    "US": "the United States",
}


def _in_prose(code: str) -> str:
    return _IN_PROSE.get(code) or country_name(code)


COMMERCIAL_END_USERS: tuple[str, ...] = (
    "{city} Sporting Arms Ltd",
    "{city} Shooting Club Supplies",
    "{city} Security Services",
    "{city} Hunting Outfitters",
    "{city} Range & Training Centre",
)
CITIES: tuple[str, ...] = (
    "Harbourside", "Northgate", "Riverbend", "Eastfield", "Westbrook", "Highmoor",
    "Lakeshore", "Stonebridge", "Pinecrest", "Redcliff", "Silverton", "Oakridge",
)  # fmt: skip
END_USES: tuple[str, ...] = (
    "Equipment of the national armed forces",
    "Replacement of ageing equipment of the armed forces",
    "Training of the armed forces",
    "Law enforcement: equipment of police special units",
    "Border security",
    "Maritime surveillance and coast guard duties",
    "Resale to licensed hunters and sport shooters",
    "Participation in a UN peacekeeping mission",
    "Air defence of critical infrastructure",
)
DENIAL_GROUNDS: tuple[tuple[Ground, str], ...] = (
    (
        Ground(7, 3, "art7_1_b_ii", ""),
        "Overriding risk that the items would be used to commit serious violations of "
        "international human rights law by the end user's units; mitigation measures offered "
        "did not reliably reduce that risk.",
    ),
    (
        Ground(7, 3, "art11_diversion", ""),
        "Overriding risk of diversion: the consignee could not account for earlier deliveries "
        "and the end-user certificate could not be verified.",
    ),
    (
        Ground(7, 4, "gbv", ""),
        "Risk that the items would be used to facilitate serious acts of gender-based "
        "violence; preventive action by the importing State found ineffective.",
    ),
)


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    authorised: int
    denied: int
    withdrawn: int
    pending: int
    licences: int
    shipments: int


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _round_money(value: int) -> Decimal:
    step = 1000 if value > 100_000 else 10
    return Decimal(max(step, value // step * step))


@dataclass(frozen=True)
class _Plan:
    inp: ApplicationInput
    status: CaseStatus
    decided_on: date | None
    denial: tuple[Ground, str] | None


class _Generator:
    def __init__(self, seed: int, today: date, years: int) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.first_day = date(today.year - years + 1, 1, 1)

    def received_on(self) -> date:
        span = (self.today - self.first_day).days
        return self.first_day + timedelta(days=self.rng.randint(0, span))

    def end_user(self, country: str, government: bool) -> PartyInput:
        if government:
            name = self.rng.choice(GOVERNMENT_END_USERS).format(country=_in_prose(country))
            return PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, name, country)
        name = self.rng.choice(COMMERCIAL_END_USERS).format(city=self.rng.choice(CITIES))
        return PartyInput(PartyRole.END_USER, PartyType.COMMERCIAL, name, country)

    def items(self, government: bool, currency: str) -> tuple[LineItemInput, ...]:
        rng = self.rng
        pool = [i for i in ITEMS if government or not i.government_only]
        main = rng.choice([i for i in pool if i.category is not None])
        chosen = [main]
        extras = [i for i in pool if i.category is None and i is not main]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            extra = rng.choice(extras)
            if extra not in chosen:
                chosen.append(extra)
        if rng.random() < 0.15:
            other = rng.choice([i for i in pool if i.category is not None])
            if other not in chosen:
                chosen.append(other)
        lines = []
        for spec in chosen:
            quantity = rng.randint(*spec.quantity)
            if quantity > 10_000:
                quantity = quantity // 1000 * 1000
            low, high = spec.unit_price
            price = rng.uniform(low, high) if low > 0 else rng.uniform(0.4, 0.9)
            value = _round_money(int(quantity * price))
            lines.append(
                LineItemInput(
                    description=spec.description,
                    quantity=Decimal(quantity),
                    att_category=spec.category,
                    not_reportable_reason=spec.reason,
                    model=spec.model,
                    control_rating=spec.rating,
                    unit=spec.unit,
                    value=value,
                    currency=currency,
                    # Major platforms for a government go under an intergovernmental
                    # agreement: something for the report's "Comments" column to show.
                    report_comment=(
                        "Transfer under a government-to-government agreement"
                        if government and (spec.category or "").startswith(("IV", "VI"))
                        else ""
                    ),
                )
            )
        return tuple(lines)

    def plan(self, forced_received: date | None = None) -> _Plan:
        rng = self.rng
        received = forced_received or self.received_on()
        kind = rng.choices(
            [
                TransferType.EXPORT,
                TransferType.IMPORT,
                TransferType.BROKERING,
                TransferType.TRANSIT,
            ],
            weights=[80, 8, 7, 5],
        )[0]
        if forced_received is not None:
            kind = TransferType.EXPORT
        age = (self.today - received).days
        status = self._status(age)
        if forced_received is not None:
            status = CaseStatus.AUTHORISED
        destination = _weighted(rng, DESTINATIONS)
        destination, denial = self._denial(kind, status, destination)
        government = rng.random() < 0.7
        exporting, destination, applicant = self._route(kind, destination)
        currency = "SEK" if kind is TransferType.IMPORT else _weighted(rng, EXPORT_CURRENCIES)
        parties = self._parties(kind, destination, government)
        transit = self._transit(kind, destination)
        euc_date = received - timedelta(days=rng.randint(5, 60)) if government else None
        inp = ApplicationInput(
            transfer_type=kind,
            applicant=applicant,
            destination_code=destination,
            received_on=received,
            parties=tuple(parties),
            items=self.items(government, currency),
            transit_codes=transit,
            exporting_code=exporting,
            intended_end_use=rng.choice(END_USES[:6] if government else END_USES[6:7]),
            euc_number=f"EUC-{destination}-{received.year}-{rng.randint(100, 9999)}"
            if government
            else "",
            euc_issuer=f"Ministry of Defence of {_in_prose(destination)}" if government else "",
            euc_date=euc_date,
        )
        decided_on = None
        if status in (CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.WITHDRAWN):
            decided_on = min(self.today, received + timedelta(days=rng.randint(20, 110)))
            if forced_received is not None:
                decided_on = date(received.year, 11, 20)
        return _Plan(inp, status, decided_on, denial)

    def _denial(
        self, kind: TransferType, status: CaseStatus, destination: str
    ) -> tuple[str, tuple[Ground, str] | None]:
        """A denied case's ground; a quarter of denied exports go to an embargoed State."""
        rng = self.rng
        if status is not CaseStatus.DENIED:
            return destination, None
        if kind is TransferType.EXPORT and rng.random() < 0.25:
            destination = rng.choice(UN_EMBARGOED)
            return destination, (
                Ground(6, 1, "un_arms_embargo", ""),
                f"Article 6(1): a UN Security Council arms embargo applies to "
                f"{_in_prose(destination)}; no mitigation can lift the prohibition.",
            )
        return destination, rng.choice(DENIAL_GROUNDS)

    def _route(self, kind: TransferType, destination: str) -> tuple[str, str, OrganisationInput]:
        """The exporting State, the destination and the applicant for the kind of transfer."""
        rng = self.rng
        exporting = ""
        applicant = OrganisationInput(rng.choice(EXPORTERS), HOME)
        if kind is TransferType.IMPORT:
            exporting, destination = destination, HOME
        elif kind is TransferType.BROKERING:
            exporting = rng.choice(("DE", "FR", "US", "GB", "BE", "CZ"))
            applicant = OrganisationInput(rng.choice(HOME_BROKERS), HOME)
        elif kind is TransferType.TRANSIT:
            exporting = rng.choice(("NO", "FI", "DE", "US"))
            applicant = OrganisationInput(rng.choice(FORWARDERS), HOME)
            if exporting == destination:
                destination = "DK" if exporting != "DK" else "NO"
        return exporting, destination, applicant

    def _parties(self, kind: TransferType, destination: str, government: bool) -> list[PartyInput]:
        """The end user, and sometimes a consignee, a broker or an intermediate consignee."""
        rng = self.rng
        parties = [self.end_user(destination, government)]
        if rng.random() < 0.45:
            consignee = (
                f"{rng.choice(('Defence Materiel', 'Logistics', 'Procurement'))} Agency of "
                f"{_in_prose(destination)}"
                if government
                else f"{rng.choice(CITIES)} Arms Importers Ltd"
            )
            parties.append(
                PartyInput(
                    PartyRole.CONSIGNEE,
                    PartyType.GOVERNMENT if government else PartyType.COMMERCIAL,
                    consignee,
                    destination,
                )
            )
        if kind is not TransferType.IMPORT and rng.random() < 0.12:
            name, country = rng.choice(BROKERS)
            parties.append(PartyInput(PartyRole.BROKER, PartyType.COMMERCIAL, name, country))
        if rng.random() < 0.08:
            hub = rng.choice(("NL", "DE", "DK"))
            parties.append(
                PartyInput(
                    PartyRole.INTERMEDIATE_CONSIGNEE,
                    PartyType.COMMERCIAL,
                    f"{rng.choice(CITIES)} Freight Terminal",
                    hub,
                )
            )
        return parties

    def _transit(self, kind: TransferType, destination: str) -> tuple[str, ...]:
        """Transit States: home for a transit case, now and then one or two for an export."""
        rng = self.rng
        if kind is TransferType.TRANSIT:
            return (HOME,)
        if kind is TransferType.EXPORT and rng.random() < 0.2:
            return tuple(
                c for c in rng.sample(TRANSIT_POOL, rng.choice((1, 1, 2))) if c != destination
            )
        return ()

    def _status(self, age: int) -> CaseStatus:
        """Old cases are decided; the last months hold a realistic backlog."""
        rng = self.rng
        if age > 240 or (age > 21 and rng.random() < (age - 21) / 260):
            return rng.choices(
                [CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.WITHDRAWN],
                weights=[88, 7, 5],
            )[0]
        if age < 10:
            return rng.choice((CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.SUBMITTED))
        return rng.choices(
            [
                CaseStatus.DRAFT,
                CaseStatus.SUBMITTED,
                CaseStatus.UNDER_ASSESSMENT,
                CaseStatus.IN_COMMITTEE,
            ],
            weights=[1, 3, 5, 3],
        )[0]


_LICENCE_PREFIX = {
    TransferType.EXPORT: "EL",
    TransferType.IMPORT: "IL",
    TransferType.TRANSIT: "TL",
    TransferType.TRANSSHIPMENT: "TL",
    TransferType.BROKERING: "BL",
}


#: Synthetic yearly rates into the demo's report currency (EUR), so that the annual report
#: of the demo register can be built at once. Demo figures, not official rates.
DEMO_RATES_TO_EUR: tuple[tuple[str, Decimal], ...] = (
    ("USD", Decimal("0.92")),
    ("SEK", Decimal("0.088")),
    ("GBP", Decimal("1.17")),
)


#: The demo's licensing authority, so that its documents are headed and signed as real ones.
DEMO_AUTHORITY = AuthorityProfile(
    name="Export Control Agency (demo)",
    address="Box 1000\n103 00 Stockholm\nSweden",
    reporting_state=HOME,
    contact_name="National point of contact (demo)",
    contact_email="att-contact@example.org",
    contact_phone="+46 8 000 00 00",
    default_currency="EUR",
    signatory_wording="For the Minister for Foreign Trade, by delegation",
    appeal_information=(
        "You may ask the Agency to review this decision within three weeks of receiving "
        "this letter, by writing to the address above with any new information."
    ),
)


def _reporting_settings(db: Database, first_year: int, last_year: int) -> None:
    """The authority's own State and one rate per currency and year (the demo's report)."""
    from att_desktop.services.authority import save_authority
    from att_desktop.services.decisions import set_authority_country
    from att_desktop.services.reporting import set_exchange_rate

    set_authority_country(db, HOME, actor=DEMO_ACTOR)
    save_authority(db, DEMO_AUTHORITY, actor=DEMO_ACTOR)
    for year in range(first_year, last_year + 1):
        for currency, rate in DEMO_RATES_TO_EUR:
            set_exchange_rate(
                db, year, currency, "EUR", rate, "Demo data (synthetic rate)", actor=DEMO_ACTOR
            )


def fill_demo_register(
    db: Database, *, seed: int = 2013, cases: int = 300, years: int = 4, today: date | None = None
) -> DemoSummary:
    """Add ``cases`` synthetic cases received over the last ``years`` calendar years."""
    today = today or date.today()
    gen = _Generator(seed, today, max(1, years))
    # One case decided late in a past year with a shipment the following January: the
    # annual report's authorised/actual distinction needs exactly this situation.
    shipment_year = today.year if today >= date(today.year, 1, 15) else today.year - 1
    january_case: date | None = date(shipment_year - 1, 10, 2)
    if january_case is None or january_case < gen.first_day:
        january_case = None
    plans = [gen.plan() for _ in range(max(0, cases - (1 if january_case else 0)))]
    if january_case is not None:
        plans.append(gen.plan(forced_received=january_case))
    plans.sort(key=lambda p: p.inp.received_on)

    counts = dict.fromkeys(CaseStatus, 0)
    licences = shipments = 0
    numbers: dict[tuple[str, int], int] = {}
    for plan in plans:
        initial = plan.status
        if plan.status.is_closed:
            initial = CaseStatus.UNDER_ASSESSMENT
        detail = create_application(db, plan.inp, actor=DEMO_ACTOR, status=initial, today=today)
        counts[plan.status] += 1
        if plan.decided_on is None:
            continue
        forced_january = plan.inp.received_on == january_case
        with db.session() as session:
            app = session.get_one(Application, detail.id)
            made_licence, made_shipments = _close_case(
                session, gen, app, plan, numbers, today, forced_january
            )
            licences += made_licence
            shipments += made_shipments
    with db.session() as session:
        unsubmitted = (Application.status != CaseStatus.DRAFT, Application.submitted_on.is_(None))
        note_written(
            session, "applications", session.scalars(select(Application.id).where(*unsubmitted))
        )
        session.execute(
            update(Application).where(*unsubmitted).values(submitted_on=Application.received_on)
        )
    _reporting_settings(db, gen.first_day.year, today.year)
    return DemoSummary(
        cases=len(plans),
        authorised=counts[CaseStatus.AUTHORISED],
        denied=counts[CaseStatus.DENIED],
        withdrawn=counts[CaseStatus.WITHDRAWN],
        pending=sum(v for k, v in counts.items() if not k.is_closed),
        licences=licences,
        shipments=shipments,
    )


def _close_case(
    session: Session,
    gen: _Generator,
    app: Application,
    plan: _Plan,
    numbers: dict[tuple[str, int], int],
    today: date,
    forced_january: bool,
) -> tuple[int, int]:
    """Decide the case as planned; an authorised export gets its licence and shipments.

    Returns (licences issued, shipments recorded).
    """
    assert plan.decided_on is not None
    decided_on = plan.decided_on
    app.decided_on = decided_on
    reason = (
        "The applicant withdrew the application." if plan.status is CaseStatus.WITHDRAWN else ""
    )
    change_status(session, app, plan.status, DEMO_ACTOR, note=f" on {decided_on}", reason=reason)
    if plan.status is CaseStatus.WITHDRAWN:
        return 0, 0
    if plan.status is CaseStatus.DENIED:
        assert plan.denial is not None
        _deny(session, app, decided_on, *plan.denial)
        return 0, 0
    decision = _authorise(session, app, decided_on)
    licence, lines = _issue_licence(session, gen, app, decision, numbers, today)
    if app.transfer_type is not TransferType.EXPORT:
        return 1, 0
    dates = _shipment_dates(gen, licence, lines, today, forced_january)
    for n, shipped_on in enumerate(dates, start=1):
        _record_shipment(session, gen, app, licence, lines, shipped_on, n, len(dates))
    return 1, len(dates)


def _deny(
    session: Session, app: Application, decided_on: date, ground: Ground, rationale: str
) -> None:
    """The denial decision on one ground, and its event."""
    decision = Decision(
        application_id=app.id,
        outcome=DecisionOutcome.DENY,
        decided_on=decided_on,
        grounds=[ground.to_json()],
        rationale=rationale,
    )
    session.add(decision)
    session.flush()
    record_event(
        session,
        DEMO_ACTOR,
        entity="decision",
        entity_id=decision.id,
        application_id=app.id,
        action="decided",
        summary=f"Denied on {decided_on}: {ground.citation()}",
        after={
            "outcome": DecisionOutcome.DENY,
            "decided_on": decided_on,
            "grounds": decision.grounds,
        },
    )


def _authorise(session: Session, app: Application, decided_on: date) -> Decision:
    """The authorisation decision and its event."""
    decision = Decision(
        application_id=app.id,
        outcome=DecisionOutcome.AUTHORISE,
        decided_on=decided_on,
        grounds=[],
        rationale="No Article 6 prohibition applies. The Article 7 and Article 11 assessment "
        "found no overriding risk, taking into account the end-user certificate with its "
        "no-re-export clause.",
    )
    session.add(decision)
    session.flush()
    record_event(
        session,
        DEMO_ACTOR,
        entity="decision",
        entity_id=decision.id,
        application_id=app.id,
        action="decided",
        summary=f"Authorised on {decided_on}",
        after={"outcome": DecisionOutcome.AUTHORISE, "decided_on": decided_on},
    )
    return decision


def _issue_licence(
    session: Session,
    gen: _Generator,
    app: Application,
    decision: Decision,
    numbers: dict[tuple[str, int], int],
    today: date,
) -> tuple[Licence, list[LicenceLine]]:
    """The next licence number of its kind and year, one line per item, and the event."""
    decided_on = decision.decided_on
    prefix = _LICENCE_PREFIX[app.transfer_type]
    seq = numbers.get((prefix, decided_on.year), 0) + 1
    numbers[(prefix, decided_on.year)] = seq
    valid_until = decided_on + timedelta(days=365 * gen.rng.choice((1, 2, 2, 3)))
    licence = Licence(
        application_id=app.id,
        decision_id=decision.id,
        number=f"{prefix}/{decided_on.year}/{seq:04d}",
        issued_on=decided_on,
        valid_from=decided_on,
        valid_until=valid_until,
        status=LicenceStatus.VALID if valid_until >= today else LicenceStatus.EXPIRED,
        conditions=["No re-export without prior written consent"],
    )
    session.add(licence)
    session.flush()
    lines = []
    for item in app.items:
        line = LicenceLine(
            licence_id=licence.id,
            line_item_id=item.id,
            quantity=item.quantity,
            value=item.value,
            currency=item.currency,
        )
        session.add(line)
        lines.append(line)
    session.flush()
    record_event(
        session,
        DEMO_ACTOR,
        entity="licence",
        entity_id=licence.id,
        application_id=app.id,
        action="licence_issued",
        summary=f"Licence {licence.number} valid {licence.valid_from} to {licence.valid_until}",
        after={"number": licence.number, "valid_until": valid_until, "lines": len(lines)},
    )
    return licence, lines


def _shipment_dates(
    gen: _Generator,
    licence: Licence,
    lines: list[LicenceLine],
    today: date,
    forced_january: bool,
) -> list[date]:
    """When the licence was used: mid-January next year if forced, else up to three times."""
    rng = gen.rng
    decided_on = licence.issued_on
    dates: list[date] = []
    if forced_january:
        dates.append(date(decided_on.year + 1, 1, 14))
    elif rng.random() < 0.65:
        last = min(today, licence.valid_until)
        span = (last - decided_on).days
        if span > 10:
            dates = sorted(
                decided_on + timedelta(days=rng.randint(7, span))
                for _ in range(rng.choice((1, 1, 2, 3)))
            )
    if dates and min(line.quantity for line in lines) < len(dates):
        dates = dates[:1]
    return dates


def _record_shipment(
    session: Session,
    gen: _Generator,
    app: Application,
    licence: Licence,
    lines: list[LicenceLine],
    shipped_on: date,
    n: int,
    count: int,
) -> None:
    """Shipment ``n`` of ``count``: its share of every licence line, and the event."""
    shipment = Shipment(
        licence_id=licence.id,
        shipped_on=shipped_on,
        customs_reference=f"{HOME}{shipped_on:%y}E{gen.rng.randint(100000, 999999)}",
        notes="Partial delivery" if count > 1 else "",
    )
    session.add(shipment)
    session.flush()
    for line in lines:
        quantity = _part(line.quantity, count, n)
        value = None
        if line.value is not None:
            value = (line.value * quantity / line.quantity).quantize(Decimal("0.01"))
        session.add(
            ShipmentLine(
                shipment_id=shipment.id,
                licence_line_id=line.id,
                quantity=quantity,
                value=value,
                currency=line.currency,
            )
        )
    session.flush()
    record_event(
        session,
        DEMO_ACTOR,
        entity="shipment",
        entity_id=shipment.id,
        application_id=app.id,
        action="shipment_recorded",
        summary=f"Shipment {n} of {count} on {shipped_on} under {licence.number}",
        after={"shipped_on": shipped_on, "customs_reference": shipment.customs_reference},
    )


def _part(total: Decimal, shipments: int, n: int) -> Decimal:
    """Whole units per shipment; the last shipment takes what remains."""
    each = (total / shipments).to_integral_value(rounding="ROUND_FLOOR")
    return each if n < shipments else total - each * (shipments - 1)


@contextmanager
def _all_or_nothing(db: Database) -> Iterator[Database]:
    """``db`` as seen through one transaction: every ``db.session()`` in the block joins it
    (its commit commits nothing, its rollback rolls everything back), and the block's end
    commits the whole. A failure half-way (a full disk, a bug) leaves the database as it was.
    """
    with db.engine.connect() as conn:
        outer = conn.begin()
        joined = replace(
            db,
            sessions=sessionmaker(
                bind=conn, expire_on_commit=False, join_transaction_mode="rollback_only"
            ),
        )
        try:
            yield joined
        except BaseException:
            if outer.is_active:
                outer.rollback()
            raise
        outer.commit()


def build_demo(
    db: Database, *, seed: int = 2013, cases: int = 300, years: int = 4
) -> tuple[DemoSummary, tuple[str, ...]]:
    """The demo register and its accounts, all or nothing (``att-desktop demo``).

    Returns what was added and the demo user names.
    """
    # Here, not at the top: demo_accounts builds on the services this module's cases use.
    from att_desktop.services.demo_accounts import create_demo_accounts

    with _all_or_nothing(db) as unit:
        summary = fill_demo_register(unit, seed=seed, cases=cases, years=years)
        names = create_demo_accounts(unit)
    return summary, names


def case_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(Application.id))) or 0)
