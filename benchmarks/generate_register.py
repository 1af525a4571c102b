"""A realistic synthetic register of any size, for the scale benchmark (issue 10).

    python benchmarks/generate_register.py --cases 500000 --db big.sqlite3
    python benchmarks/generate_register.py --cases 50000 --db postgresql+psycopg://u@h/att

What it writes, over ``--years`` (10) calendar years up to ``--today``:

- the demo's accounts (``admin``, ``officer``, ``decider``, ``focal``... password
  ``demo-password``), the authority's State and yearly exchange rates, through the services;
- 259 organisations (exporters, brokers, forwarders); per case an end user, often a
  consignee, sometimes a broker and an intermediate consignee, transit States; 1 to 5 line
  items (mean 3) over every ATT category and the not-reportable kinds (ammunition, parts,
  dual-use);
- statuses that follow the case's age (old cases decided: about 74 % authorised, 8 % denied,
  18 % withdrawn; the last months a backlog assigned to the officers), a decision for every
  authorised or denied case, a licence (LIC/YYYY/NNNNN) with one line per item for every
  authorised case, and for about two thirds of the licensed exports one to three shipments;
- the history as the services write it (``created`` with the case snapshot, ``status_changed``,
  ``decided``, ``licence_issued``, ``shipment_recorded``), in time order, hash-chained with
  the project's own ``event_digest``/``hashed_fields``: ``att-desktop audit verify`` passes.

The schema comes from ``open_database`` (the real migrations and Article 12 triggers). Rows
go in with SQLAlchemy Core ``executemany`` a chunk of cases at a time, so memory stays flat:
what is kept between chunks is the counters and the not-yet-due events (decisions and
shipments come weeks or years after the case is received, and the chain must follow time).
"""

from __future__ import annotations

import argparse
import heapq
import random
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Connection, func, insert, select, text

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import (
    Application,
    Decision,
    Event,
    LicenceLine,
    LineItem,
    Organisation,
    Party,
    ReferenceCounter,
    Shipment,
    ShipmentLine,
    TransitState,
    User,
)
from att_desktop.db.models import Licence as LicenceRow
from att_desktop.db.row_digest import note_written
from att_desktop.domain.application import normalise_euc_number
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    OrganisationKind,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.domain.references import DEFAULT_PATTERN, PREFIXES, format_reference
from att_desktop.services.decisions import (
    DEFAULT_CONDITIONS,
    LICENCE_PREFIX,
    set_authority_country,
)
from att_desktop.services.demo import (
    BROKERS,
    CITIES,
    COMMERCIAL_END_USERS,
    DEMO_RATES_TO_EUR,
    DENIAL_GROUNDS,
    DESTINATIONS,
    END_USES,
    EXPORT_CURRENCIES,
    EXPORTERS,
    FORWARDERS,
    GOVERNMENT_END_USERS,
    HOME,
    HOME_BROKERS,
    ITEMS,
    TRANSIT_POOL,
    UN_EMBARGOED,
)
from att_desktop.services.demo_accounts import create_demo_accounts
from att_desktop.services.dto import Actor
from att_desktop.services.history import event_digest, hashed_fields, record_event
from att_desktop.services.reporting import set_exchange_rate

SETUP_ACTOR = Actor(user_id=None, name="Benchmark set-up")

#: Categories the demo's item table lacks, so that every ATT category appears.
_EXTRA_ITEMS: tuple[tuple[str, str, str, str, int, int], ...] = (
    ("Transport helicopter, armed", "Vantor TH-4", "ML10", "V.b", 2, 8),
    ("Revolver, .357", "Hallberg R-357", "ML1", "VIII.SA.6", 20, 800),
    ("Portable anti-aircraft gun, 23 mm", "Kestrel AA-23", "ML2", "VIII.LW.3", 2, 40),
    ("Portable anti-aircraft missile launcher", "NMT Kite-L", "ML4", "VIII.LW.7", 4, 60),
)

_SURNAMES = (
    "Berg",
    "Lund",
    "Holm",
    "Dahl",
    "Strand",
    "Sand",
    "Ek",
    "Ström",
    "Nord",
    "Lind",
    "Falk",
    "Hedlund",
    "Sjö",
    "Vik",
    "Ås",
    "Björk",
    "Gran",
    "Alm",
    "Rosen",
    "Wall",
)
_TRADES = (
    "Defence",
    "Ordnance",
    "Arms",
    "Munitions",
    "Optronics",
    "Systems",
    "Tactical",
    "Aerospace",
    "Marine",
    "Engineering",
    "Precision",
    "Ballistics",
)
_STATUS_WEIGHTS_CLOSED = (
    [CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.WITHDRAWN],
    [74, 8, 18],
)
_STATUS_WEIGHTS_OPEN = (
    [CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.UNDER_ASSESSMENT, CaseStatus.IN_COMMITTEE],
    [1, 3, 5, 3],
)
_DEMO_LICENCE_NOTE = "No re-export without prior written consent"


@dataclass(frozen=True)
class GeneratedRegister:
    """What was written, how long it took and the generator's own peak memory."""

    cases: int
    organisations: int
    parties: int
    line_items: int
    decisions: int
    licences: int
    licence_lines: int
    shipments: int
    shipment_lines: int
    events: int
    seconds: float
    peak_rss_mib: float

    def lines(self) -> list[str]:
        return [
            f"{self.cases:,} cases, {self.organisations:,} organisations, {self.parties:,} "
            f"parties, {self.line_items:,} line items",
            f"{self.decisions:,} decisions, {self.licences:,} licences with "
            f"{self.licence_lines:,} lines, {self.shipments:,} shipments with "
            f"{self.shipment_lines:,} lines",
            f"{self.events:,} history events (hash-chained)",
            f"built in {self.seconds:.1f} s, generator peak memory {self.peak_rss_mib:.0f} MiB",
        ]


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


@cache
def _prose(code: str) -> str:
    special = {
        "AE": "the United Arab Emirates",
        "CF": "the Central African Republic",
        "GB": "the United Kingdom",
        "KR": "the Republic of Korea",
        "NL": "the Netherlands",
        "PH": "the Philippines",
        "US": "the United States",
    }
    return special.get(code) or country_name(code)


def _money(value: float) -> Decimal:
    step = 1000 if value > 100_000 else 10
    return Decimal(max(step, int(value) // step * step))


@dataclass(frozen=True)
class _ItemSpec:
    description: str
    model: str
    rating: str
    category: str | None
    reason: NotReportableReason | None
    unit: str
    quantity: tuple[int, int]
    unit_price: tuple[int, int]
    government_only: bool


def _item_specs() -> tuple[_ItemSpec, ...]:
    specs = [
        _ItemSpec(
            i.description,
            i.model,
            i.rating,
            i.category,
            i.reason,
            i.unit,
            i.quantity,
            i.unit_price,
            i.government_only,
        )
        for i in ITEMS
    ]
    for desc, model, rating, code, low, high in _EXTRA_ITEMS:
        price = (2_000_000, 9_000_000) if code.startswith("V") else (800, 40_000)
        specs.append(_ItemSpec(desc, model, rating, code, None, "pcs", (low, high), price, True))
    known = {c.code for c in load_categories().selectable()}
    missing = known - {s.category for s in specs if s.category}
    assert not missing, f"no synthetic item for ATT categories {sorted(missing)}"
    return tuple(specs)


#: The tables the generator writes with explicit ids.
_ID_TABLES = (
    "organisations",
    "applications",
    "parties",
    "transit_states",
    "line_items",
    "decisions",
    "licences",
    "licence_lines",
    "shipments",
    "shipment_lines",
    "events",
)


class _Ids:
    """The next id of each table: rows get explicit ids so a chunk links without a read."""

    def __init__(self, conn: Connection) -> None:
        self.next: dict[str, int] = {}
        for table in _ID_TABLES:
            top = conn.execute(text(f"SELECT max(id) FROM {table}")).scalar()
            self.next[table] = int(top or 0) + 1

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


#: A history event waiting for its time: (occurred_at, order, fields without the hashes).
_Pending = tuple[datetime, int, dict[str, Any]]


class _Builder:
    def __init__(self, conn: Connection, cases: int, seed: int, years: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.cases = cases
        self.today = today
        self.first_day = date(today.year - years + 1, 1, 1)
        self.span = (today - self.first_day).days
        self.ids = _Ids(conn)
        self.catalogue = load_categories()
        self.specs = _item_specs()
        self.categorised = [s for s in self.specs if s.category]
        self.destinations = [c for c, _ in DESTINATIONS]
        self.destination_weights = [w for _, w in DESTINATIONS]
        users = {
            name: (uid, full)
            for uid, name, full in conn.execute(select(User.id, User.username, User.full_name))
        }
        self.officers = [Actor(*users[n]) for n in ("officer", "officer2")]
        self.decider = Actor(*users["decider"])
        self.exporters: list[tuple[int, str]] = []
        self.home_brokers: list[tuple[int, str]] = []
        self.forwarders: list[tuple[int, str]] = []
        self.references: dict[tuple[str, int], int] = {}
        self.pending: list[_Pending] = []
        self.order = 0
        self.counts = dict.fromkeys(
            (
                "parties",
                "line_items",
                "decisions",
                "licences",
                "licence_lines",
                "shipments",
                "shipment_lines",
                "events",
            ),
            0,
        )
        prev = conn.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar()
        self.prev_hash = prev or ""

    # --- organisations ---------------------------------------------------------------------

    def organisations(self, conn: Connection) -> int:
        names = list(EXPORTERS)
        for surname in _SURNAMES:
            for trade in _TRADES:
                names.append(f"{surname} {trade} AB")
        rows: list[dict[str, Any]] = []

        def add(name: str, kind: OrganisationKind, into: list[tuple[int, str]]) -> None:
            org_id = self.ids.take("organisations")
            rows.append(
                {
                    "id": org_id,
                    "name": name,
                    "kind": kind,
                    "country_code": HOME,
                    "registration_number": f"556{org_id:03d}-{self.rng.randint(1000, 9999)}",
                    "address": f"{self.rng.randint(1, 99)} {self.rng.choice(CITIES)} Road",
                    "created_at": datetime(self.first_day.year, 1, 1, tzinfo=UTC),
                }
            )
            into.append((org_id, name))

        for name in names:
            add(name, OrganisationKind.EXPORTER, self.exporters)
        for name in HOME_BROKERS:
            add(name, OrganisationKind.BROKER, self.home_brokers)
        for name in FORWARDERS:
            add(name, OrganisationKind.EXPORTER, self.forwarders)
        conn.execute(insert(Organisation), rows)
        return len(rows)

    # --- one chunk of cases ----------------------------------------------------------------

    def chunk(self, conn: Connection, first: int, last: int) -> None:
        rows: dict[str, list[dict[str, Any]]] = {
            name: []
            for name in (
                "applications",
                "parties",
                "transit_states",
                "line_items",
                "decisions",
                "licences",
                "licence_lines",
                "shipments",
                "shipment_lines",
            )
        }
        for n in range(first, last):
            self._case(n, rows)
        for model, name in (
            (Application, "applications"),
            (Party, "parties"),
            (TransitState, "transit_states"),
            (LineItem, "line_items"),
            (Decision, "decisions"),
            (LicenceRow, "licences"),
            (LicenceLine, "licence_lines"),
            (Shipment, "shipments"),
            (ShipmentLine, "shipment_lines"),
        ):
            if rows[name]:
                conn.execute(insert(model), rows[name])
        # Every event dated before the next case's received day can be written now.
        horizon = self._received(last) if last < self.cases else None
        self._flush_events(conn, horizon)

    def _received(self, n: int) -> datetime:
        """Cases arrive evenly over the years, in order, during office hours."""
        day = self.first_day + timedelta(days=n * self.span // max(1, self.cases))
        return datetime(day.year, day.month, day.day, 8, tzinfo=UTC)

    def _event(self, when: datetime, actor: Actor, app_id: int, **fields: Any) -> None:
        fields.setdefault("summary", "")
        fields.setdefault("before", None)
        fields.setdefault("after", None)
        fields.setdefault("reason", "")
        fields.update(
            occurred_at=when.replace(microsecond=0),
            actor_id=actor.user_id,
            actor_name=actor.name,
            application_id=app_id,
        )
        self.order += 1
        heapq.heappush(self.pending, (fields["occurred_at"], self.order, fields))

    def _flush_events(self, conn: Connection, horizon: datetime | None) -> None:
        batch: list[dict[str, Any]] = []
        while self.pending and (horizon is None or self.pending[0][0] < horizon):
            _, _, fields = heapq.heappop(self.pending)
            fields["id"] = self.ids.take("events")
            fields["prev_hash"] = self.prev_hash
            # The same digest over the same fields as services.history.record_event.
            fields["hash"] = self.prev_hash = event_digest(
                self.prev_hash, hashed_fields(cast(Event, SimpleNamespace(**fields)))
            )
            batch.append(fields)
            if len(batch) >= 5000:
                conn.execute(insert(Event), batch)
                batch = []
        if batch:
            conn.execute(insert(Event), batch)
        self.counts["events"] = self.ids.next["events"] - 1

    def _status(self, age: int) -> CaseStatus:
        rng = self.rng
        if age > 240 or (age > 21 and rng.random() < (age - 21) / 260):
            return rng.choices(*_STATUS_WEIGHTS_CLOSED)[0]
        if age < 10:
            return rng.choice((CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.SUBMITTED))
        return rng.choices(*_STATUS_WEIGHTS_OPEN)[0]

    def _case(self, n: int, rows: dict[str, list[dict[str, Any]]]) -> None:
        rng = self.rng
        arrived = self._received(n) + timedelta(minutes=rng.randint(0, 540))
        received = arrived.date()
        status = self._status((self.today - received).days)
        kind = rng.choices(
            [
                TransferType.EXPORT,
                TransferType.IMPORT,
                TransferType.BROKERING,
                TransferType.TRANSIT,
            ],
            weights=[80, 8, 7, 5],
        )[0]
        destination = rng.choices(self.destinations, self.destination_weights)[0]
        denial: tuple[Ground, str] | None = None
        if status is CaseStatus.DENIED:
            if kind is TransferType.EXPORT and rng.random() < 0.25:
                destination = rng.choice(UN_EMBARGOED)
                denial = (
                    Ground(6, 1, "un_arms_embargo", ""),
                    f"Article 6(1): a UN Security Council arms embargo applies to "
                    f"{_prose(destination)}; no mitigation can lift the prohibition.",
                )
            else:
                denial = rng.choice(DENIAL_GROUNDS)
        government = rng.random() < 0.7
        exporting = ""
        applicant = rng.choice(self.exporters)
        if kind is TransferType.IMPORT:
            exporting, destination = destination, HOME
        elif kind is TransferType.BROKERING:
            exporting = rng.choice(("DE", "FR", "US", "GB", "BE", "CZ"))
            applicant = rng.choice(self.home_brokers)
        elif kind is TransferType.TRANSIT:
            exporting = rng.choice(("NO", "FI", "DE", "US"))
            applicant = rng.choice(self.forwarders)
            if exporting == destination:
                destination = "DK" if exporting != "DK" else "NO"
        currency = (
            "SEK"
            if kind is TransferType.IMPORT
            else rng.choices([c for c, _ in EXPORT_CURRENCIES], [w for _, w in EXPORT_CURRENCIES])[
                0
            ]
        )

        app_id = self.ids.take("applications")
        prefix = PREFIXES[kind]
        seq = self.references.get((prefix, received.year), 0) + 1
        self.references[(prefix, received.year)] = seq
        reference = format_reference(DEFAULT_PATTERN, kind, received.year, seq)

        # Parties: (role, type, name, country).
        parties: list[tuple[PartyRole, PartyType, str, str]] = []
        if government:
            end_user = rng.choice(GOVERNMENT_END_USERS).format(country=_prose(destination))
            parties.append((PartyRole.END_USER, PartyType.GOVERNMENT, end_user, destination))
        else:
            end_user = rng.choice(COMMERCIAL_END_USERS).format(city=rng.choice(CITIES))
            parties.append((PartyRole.END_USER, PartyType.COMMERCIAL, end_user, destination))
        if rng.random() < 0.45:
            consignee = (
                f"{rng.choice(('Defence Materiel', 'Logistics', 'Procurement'))} Agency of "
                f"{_prose(destination)}"
                if government
                else f"{rng.choice(CITIES)} Arms Importers Ltd"
            )
            kind_of = PartyType.GOVERNMENT if government else PartyType.COMMERCIAL
            parties.append((PartyRole.CONSIGNEE, kind_of, consignee, destination))
        if kind is not TransferType.IMPORT and rng.random() < 0.12:
            name, country = rng.choice(BROKERS)
            parties.append((PartyRole.BROKER, PartyType.COMMERCIAL, name, country))
        if rng.random() < 0.08:
            hub = rng.choice(("NL", "DE", "DK"))
            terminal = f"{rng.choice(CITIES)} Freight Terminal"
            parties.append((PartyRole.INTERMEDIATE_CONSIGNEE, PartyType.COMMERCIAL, terminal, hub))
        for position, (role, ptype, name, country) in enumerate(parties):
            rows["parties"].append(
                {
                    "id": self.ids.take("parties"),
                    "application_id": app_id,
                    "role": role,
                    "party_type": ptype,
                    "name": name,
                    "country_code": country,
                    "address": "",
                    "position": position,
                    "superseded": False,
                }
            )
        self.counts["parties"] += len(parties)
        transit: list[str] = []
        if kind is TransferType.TRANSIT:
            transit = [HOME]
        elif kind is TransferType.EXPORT and rng.random() < 0.2:
            transit = [
                c for c in rng.sample(TRANSIT_POOL, rng.choice((1, 1, 2))) if c != destination
            ]
        for position, country in enumerate(transit):
            rows["transit_states"].append(
                {
                    "id": self.ids.take("transit_states"),
                    "application_id": app_id,
                    "country_code": country,
                    "position": position,
                    "superseded": False,
                }
            )

        # Line items: a main categorised item, then 0-4 more (mean 3 lines in all).
        pool = [s for s in self.specs if government or not s.government_only]
        main_pool = [s for s in self.categorised if government or not s.government_only]
        chosen = [rng.choice(main_pool)]
        for _ in range(rng.choice((0, 1, 2, 2, 3, 4))):
            chosen.append(rng.choice(pool))
        items: list[dict[str, Any]] = []
        for line_no, spec in enumerate(chosen, start=1):
            quantity = rng.randint(*spec.quantity)
            if quantity > 10_000:
                quantity = quantity // 1000 * 1000
            low, high = spec.unit_price
            price = rng.uniform(low, high) if low > 0 else rng.uniform(0.4, 0.9)
            comment = (
                "Transfer under a government-to-government agreement"
                if government and (spec.category or "").startswith(("IV", "VI"))
                else ""
            )
            items.append(
                {
                    "id": self.ids.take("line_items"),
                    "application_id": app_id,
                    "line_no": line_no,
                    "description": spec.description,
                    "model": spec.model,
                    "control_rating": spec.rating,
                    "att_category": spec.category,
                    "not_reportable_reason": spec.reason,
                    "quantity": Decimal(quantity),
                    "unit": spec.unit,
                    "value": _money(quantity * price),
                    "currency": currency,
                    "origin_code": "",
                    "withheld": False,
                    "withheld_reason": "",
                    "report_comment": comment,
                    "superseded": False,
                }
            )
        rows["line_items"].extend(items)
        self.counts["line_items"] += len(items)

        decided_on: date | None = None
        if status.is_closed:
            decided_on = min(self.today, received + timedelta(days=rng.randint(20, 110)))
        end_use = rng.choice(END_USES[:6] if government else END_USES[6:7])
        euc_number = (
            f"EUC-{destination}-{received.year}-{rng.randint(100, 9999)}" if government else ""
        )
        euc_issuer = f"Ministry of Defence of {_prose(destination)}" if government else ""
        euc_date = received - timedelta(days=rng.randint(5, 60)) if government else None
        officer = self.officers[n % 2]
        categories = self.catalogue.summary(i["att_category"] for i in items if i["att_category"])
        rows["applications"].append(
            {
                "id": app_id,
                "reference": reference,
                "year": received.year,
                "transfer_type": kind,
                "status": status,
                "applicant_id": applicant[0],
                "destination_code": destination,
                "exporting_code": exporting,
                "intended_end_use": end_use,
                "euc_number": euc_number,
                # Core inserts pass the model's validator by: the lookup key is set here.
                "euc_number_key": normalise_euc_number(euc_number),
                "euc_issuer": euc_issuer,
                "euc_date": euc_date,
                "received_on": received,
                "submitted_on": None if status is CaseStatus.DRAFT else received,
                "decided_on": decided_on,
                "created_at": arrived,
                "updated_at": arrived,
                "created_by_id": officer.user_id,
                "assigned_to_id": None if status.is_closed else officer.user_id,
                "categories_summary": categories,
                "total_value": sum((i["value"] for i in items), Decimal(0)),
                "value_currency": currency,
                "end_user_name": end_user[:300],
                "version": 1,
            }
        )

        # History: the case as registered (closed cases were registered under assessment).
        initial = CaseStatus.UNDER_ASSESSMENT if status.is_closed else status
        snapshot = {
            "transfer_type": kind.value,
            "status": initial.value,
            "applicant": applicant[1],
            "destination_code": destination,
            "exporting_code": exporting,
            "intended_end_use": end_use,
            "euc_number": euc_number,
            "euc_issuer": euc_issuer,
            "euc_date": euc_date.isoformat() if euc_date else None,
            "received_on": received.isoformat(),
            "parties": [
                {
                    "role": r.value,
                    "party_type": t.value,
                    "name": nm,
                    "country_code": c,
                    "address": "",
                }
                for r, t, nm, c in parties
            ],
            "transit_codes": transit,
            "items": [
                {
                    "description": i["description"],
                    "quantity": str(i["quantity"]),
                    "att_category": i["att_category"],
                    "not_reportable_reason": (
                        i["not_reportable_reason"].value if i["not_reportable_reason"] else None
                    ),
                    "model": i["model"],
                    "control_rating": i["control_rating"],
                    "unit": i["unit"],
                    "value": str(i["value"]),
                    "currency": currency,
                    "origin_code": "",
                    "withheld": False,
                    "withheld_reason": "",
                    "report_comment": i["report_comment"],
                }
                for i in items
            ],
        }
        self._event(
            arrived,
            officer,
            app_id,
            entity="application",
            entity_id=app_id,
            action="created",
            summary=f"Registered {reference}",
            after=snapshot,
        )
        if decided_on is None:
            return
        when = datetime(decided_on.year, decided_on.month, decided_on.day, 14, tzinfo=UTC)
        when += timedelta(minutes=rng.randint(0, 120))
        if when <= arrived:
            when = arrived + timedelta(hours=1)
        reason = "The applicant withdrew the application." if status is CaseStatus.WITHDRAWN else ""
        actor = officer if status is CaseStatus.WITHDRAWN else self.decider
        if status is not CaseStatus.WITHDRAWN:
            outcome = DecisionOutcome.AUTHORISE if denial is None else DecisionOutcome.DENY
            grounds = [] if denial is None else [denial[0].to_json()]
            rationale = (
                "No Article 6 prohibition applies. The Article 7 and Article 11 assessment "
                "found no overriding risk, taking into account the end-user certificate with "
                "its no-re-export clause."
                if denial is None
                else denial[1]
            )
            decision_id = self.ids.take("decisions")
            rows["decisions"].append(
                {
                    "id": decision_id,
                    "application_id": app_id,
                    "assessment_id": None,
                    "outcome": outcome,
                    "decided_on": decided_on,
                    "decided_by_id": self.decider.user_id,
                    "grounds": grounds,
                    "rationale": rationale,
                    "against_majority_reason": "",
                    "created_at": when,
                }
            )
            self.counts["decisions"] += 1
            cite = f": {denial[0].citation()}" if denial is not None else ""
            self._event(
                when,
                actor,
                app_id,
                entity="decision",
                entity_id=decision_id,
                action="decided",
                summary=f"{outcome.value.capitalize()} on {decided_on.isoformat()}{cite}",
                after={
                    "outcome": outcome.value,
                    "decided_on": decided_on.isoformat(),
                    "grounds": grounds,
                    "rationale": rationale,
                    "assessment_revision": 1,
                    "recommendation": "deny" if grounds else "authorise",
                },
            )
            if denial is None:
                self._licence(rows, app_id, decision_id, decided_on, when, kind, items)
        self._event(
            when + timedelta(seconds=1),
            actor,
            app_id,
            entity="application",
            entity_id=app_id,
            action="status_changed",
            summary=f"Status {initial.value} → {status.value} on {decided_on}",
            before={"status": initial.value},
            after={"status": status.value},
            reason=reason,
        )

    def _licence(
        self,
        rows: dict[str, list[dict[str, Any]]],
        app_id: int,
        decision_id: int,
        decided_on: date,
        when: datetime,
        kind: TransferType,
        items: list[dict[str, Any]],
    ) -> None:
        rng = self.rng
        seq = self.references.get((LICENCE_PREFIX, decided_on.year), 0) + 1
        self.references[(LICENCE_PREFIX, decided_on.year)] = seq
        number = f"{LICENCE_PREFIX}/{decided_on.year}/{seq:05d}"
        valid_until = decided_on + timedelta(days=365 * rng.choice((1, 2, 2, 3)))
        licence_id = self.ids.take("licences")
        status = LicenceStatus.VALID if valid_until >= self.today else LicenceStatus.EXPIRED
        conditions = list(DEFAULT_CONDITIONS)
        rows["licences"].append(
            {
                "id": licence_id,
                "application_id": app_id,
                "decision_id": decision_id,
                "number": number,
                "issued_on": decided_on,
                "valid_from": decided_on,
                "valid_until": valid_until,
                "status": status,
                "conditions": conditions,
                "version": 1,
                "created_at": when,
            }
        )
        lines = []
        for item in items:
            line = {
                "id": self.ids.take("licence_lines"),
                "licence_id": licence_id,
                "line_item_id": item["id"],
                "quantity": item["quantity"],
                "value": item["value"],
                "currency": item["currency"],
            }
            lines.append(line)
        rows["licence_lines"].extend(lines)
        self.counts["licences"] += 1
        self.counts["licence_lines"] += len(lines)
        actor = self.decider
        self._event(
            when,
            actor,
            app_id,
            entity="licence",
            entity_id=licence_id,
            action="licence_issued",
            summary=f"Licence {number} valid {decided_on} to {valid_until}",
            after={
                "number": number,
                "status": status.value,
                "valid_from": decided_on.isoformat(),
                "valid_until": valid_until.isoformat(),
                "conditions": conditions,
                "lines": [
                    {
                        "line_item_id": ln["line_item_id"],
                        "quantity": str(ln["quantity"]),
                        "value": str(ln["value"]),
                        "currency": ln["currency"],
                    }
                    for ln in lines
                ],
            },
        )
        if kind is not TransferType.EXPORT or rng.random() >= 0.65:
            return
        last = min(self.today, valid_until)
        span = (last - decided_on).days
        if span <= 10:
            return
        dates = sorted(
            decided_on + timedelta(days=rng.randint(7, span))
            for _ in range(rng.choice((1, 1, 2, 3)))
        )
        if min(line["quantity"] for line in lines) < len(dates):
            dates = dates[:1]
        officer = rng.choice(self.officers)
        for n, shipped_on in enumerate(dates, start=1):
            shipment_id = self.ids.take("shipments")
            customs = f"{HOME}{shipped_on:%y}E{rng.randint(100000, 999999)}"
            shipped_at = datetime(
                shipped_on.year, shipped_on.month, shipped_on.day, 10, tzinfo=UTC
            ) + timedelta(minutes=rng.randint(0, 400))
            rows["shipments"].append(
                {
                    "id": shipment_id,
                    "licence_id": licence_id,
                    "shipped_on": shipped_on,
                    "customs_reference": customs,
                    "notes": "Partial delivery" if len(dates) > 1 else "",
                    "recorded_by_id": officer.user_id,
                    "created_at": shipped_at,
                }
            )
            shipped = []
            for line in lines:
                quantity = _part(line["quantity"], len(dates), n)
                value = (line["value"] * quantity / line["quantity"]).quantize(Decimal("0.01"))
                shipped.append(
                    {
                        "id": self.ids.take("shipment_lines"),
                        "shipment_id": shipment_id,
                        "licence_line_id": line["id"],
                        "quantity": quantity,
                        "value": value,
                        "currency": line["currency"],
                    }
                )
            rows["shipment_lines"].extend(shipped)
            self.counts["shipments"] += 1
            self.counts["shipment_lines"] += len(shipped)
            self._event(
                shipped_at,
                officer,
                app_id,
                entity="shipment",
                entity_id=shipment_id,
                action="shipment_recorded",
                summary=f"Shipment of {shipped_on.isoformat()} under licence {number} "
                f"(customs {customs})",
                after={
                    "licence": number,
                    "shipped_on": shipped_on.isoformat(),
                    "customs_reference": customs,
                    "lines": [
                        {
                            "licence_line_id": s["licence_line_id"],
                            "quantity": str(s["quantity"]),
                            "value": str(s["value"]),
                            "currency": s["currency"],
                        }
                        for s in shipped
                    ],
                },
            )

    def counters(self, conn: Connection) -> None:
        """The reference and licence counters continue after the generated numbers."""
        rows = [{"prefix": p, "year": y, "last_value": v} for (p, y), v in self.references.items()]
        if rows:
            conn.execute(insert(ReferenceCounter), rows)


def _part(total: Decimal, shipments: int, n: int) -> Decimal:
    """Whole units per shipment; the last shipment takes what remains."""
    each = (total / shipments).to_integral_value(rounding="ROUND_FLOOR")
    return each if n < shipments else total - each * (shipments - 1)


def _setup(db: Database, years: int, today: date) -> None:
    """What the services set up: the authority's State, exchange rates, the demo accounts."""
    set_authority_country(db, HOME, actor=SETUP_ACTOR)
    for year in range(today.year - years + 1, today.year + 1):
        for currency, rate in DEMO_RATES_TO_EUR:
            set_exchange_rate(
                db,
                year,
                currency,
                "EUR",
                rate,
                "Benchmark data (synthetic rate)",
                actor=SETUP_ACTOR,
            )
    create_demo_accounts(db)


def _sync_sequences(conn: Connection) -> None:
    """PostgreSQL: explicit ids leave the serial sequences behind; move them past max(id)."""
    if conn.dialect.name != "postgresql":
        return
    for table in _ID_TABLES:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
        )
        conn.execute(text(f"ANALYZE {table}"))


#: Tables the builder fills with Core inserts, past the session hook that notes record rows.
_CORE_TABLES = (
    "organisations",
    "applications",
    "parties",
    "transit_states",
    "line_items",
    "decisions",
    "licences",
    "licence_lines",
    "shipments",
    "shipment_lines",
)
#: Rows vouched for per event.
_VOUCH_BATCH = 5000


def vouch_for_rows(db: Database) -> int:
    """Append the events that carry the digests of every row written with Core, as the
    services' events do for theirs, so ``audit verify`` finds every row equal to its history.
    Returns how many events it wrote."""
    written = 0
    for name in _CORE_TABLES:
        last = 0
        while True:
            with db.session() as session:
                ids = list(
                    session.scalars(
                        text(f"SELECT id FROM {name} WHERE id > :last ORDER BY id LIMIT :n"),
                        {"last": last, "n": _VOUCH_BATCH},
                    )
                )
                if not ids:
                    break
                note_written(session, name, ids)
                record_event(
                    session,
                    SETUP_ACTOR,
                    entity="record",
                    entity_id=None,
                    action="rows_recorded",
                    summary=f"{len(ids)} generated {name} rows",
                )
                written += 1
                last = ids[-1]
    return written


def generate(
    target: str | Path,
    cases: int,
    *,
    seed: int = 7,
    years: int = 10,
    today: date | None = None,
    chunk: int = 2000,
    progress: Callable[[str], None] | None = None,
) -> GeneratedRegister:
    """Create the register at ``target`` (a new SQLite path, or an empty PostgreSQL database)."""
    started = time.perf_counter()
    today = today or date.today()
    db = open_database(target)
    try:
        with db.session() as session:
            if session.scalar(select(func.count(Application.id))):
                raise SystemExit(f"{db.display_location} already holds cases; give a new one.")
        _setup(db, years, today)
        with db.engine.begin() as conn:
            builder = _Builder(conn, cases, seed, years, today)
            organisations = builder.organisations(conn)
        for first in range(0, cases, chunk):
            with db.engine.begin() as conn:
                builder.chunk(conn, first, min(cases, first + chunk))
            if progress is not None and (first // chunk) % 25 == 24:
                progress(f"  {min(cases, first + chunk):,} cases, {peak_rss_mib():.0f} MiB")
        with db.engine.begin() as conn:
            builder._flush_events(conn, None)
            builder.counters(conn)
            _sync_sequences(conn)
        builder.counts["events"] += vouch_for_rows(db)
        if db.path is not None:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    c = builder.counts
    return GeneratedRegister(
        cases=cases,
        organisations=organisations,
        parties=c["parties"],
        line_items=c["line_items"],
        decisions=c["decisions"],
        licences=c["licences"],
        licence_lines=c["licence_lines"],
        shipments=c["shipments"],
        shipment_lines=c["shipment_lines"],
        events=c["events"],
        seconds=time.perf_counter() - started,
        peak_rss_mib=peak_rss_mib(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--db", required=True, help="a new SQLite file, or a PostgreSQL URL")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--today", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    args = parser.parse_args(argv)
    summary = generate(
        args.db,
        args.cases,
        seed=args.seed,
        years=args.years,
        today=args.today,
        progress=lambda line: print(line, flush=True),
    )
    for line in summary.lines():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
