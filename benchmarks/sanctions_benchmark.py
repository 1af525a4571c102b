"""Screening a register against a UN Consolidated List of realistic size (issue 12).

Run by hand::

    python benchmarks/sanctions_benchmark.py --cases 3000 --entries 1000 --distinct 5000

Builds a synthetic register (``generate_register.generate``), writes a synthetic list in the
official XML schema (``--entries`` entries, three aliases and an original-script name each),
then times the import (parse, store, re-screen of open cases and valid licences) and a
screen of every party, and the matcher's prefilter alone over ``--distinct`` distinct
invented names (the cost grows with distinct names, not with parties: each distinct name is
compared once with every listed name in rapidfuzz's C++ loop). Figures are kept in
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_register import generate

from att_desktop.db.engine import open_database
from att_desktop.db.models import Party
from att_desktop.domain.name_matching import ListedName, NameKind
from att_desktop.services import sanctions
from att_desktop.services.accounts import sign_in
from att_desktop.services.demo_accounts import DEMO_PASSWORD
from att_desktop.services.sanctions import IndexedEntry, candidate_entries

SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "han",
    "sa",
    "li",
    "ve",
    "to",
    "nor",
    "dal",
    "ber",
    "gu",
    "fi",
    "ze",
    "chu",
    "an",
    "el",
    "om",
    "ra",
    "dun",
    "bek",
    "sol",
]


def invented(rng: random.Random, words: int) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        for _ in range(words)
    )


def list_xml(entries: int, seed: int = 12) -> bytes:
    rng = random.Random(seed)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CONSOLIDATED_LIST dateGenerated="2026-11-20T06:00:00Z"><INDIVIDUALS>',
    ]
    for n in range(entries):
        tag = "INDIVIDUAL" if n % 3 else "ENTITY"
        aliases = "".join(
            f"<{tag}_ALIAS><QUALITY>{rng.choice(['Good', 'Low'])}</QUALITY>"
            f"<ALIAS_NAME>{invented(rng, 3)}</ALIAS_NAME></{tag}_ALIAS>"
            for _ in range(3)
        )
        parts.append(
            f"<{tag}><DATAID>{n + 1}</DATAID><FIRST_NAME>{invented(rng, 3)}</FIRST_NAME>"
            f"<UN_LIST_TYPE>Test</UN_LIST_TYPE><REFERENCE_NUMBER>T.{n}</REFERENCE_NUMBER>"
            f"<NAME_ORIGINAL_SCRIPT>Тест {n}</NAME_ORIGINAL_SCRIPT>{aliases}"
            f"<{tag}_ADDRESS><COUNTRY>Libya</COUNTRY></{tag}_ADDRESS></{tag}>"
        )
    # Individuals and entities in their own sections, as the official file has them.
    individuals = "".join(p for p in parts[2:] if p.startswith("<INDIVIDUAL>"))
    entities = "".join(p for p in parts[2:] if p.startswith("<ENTITY>"))
    text = (
        f"{parts[0]}{parts[1]}{individuals}</INDIVIDUALS><ENTITIES>{entities}</ENTITIES>"
        "</CONSOLIDATED_LIST>"
    )
    return text.encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--distinct", type=int, default=5000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        generate(path, args.cases)
        listed = Path(tmp) / "consolidated.xml"
        listed.write_bytes(list_xml(args.entries))
        size = listed.stat().st_size / 1e6
        db = open_database(path)
        try:
            with db.session() as session:
                parties = session.scalar(select(func.count(Party.id))) or 0
                distinct = session.scalar(select(func.count(func.distinct(Party.name)))) or 0
            admin = sign_in(db, "admin", DEMO_PASSWORD).actor
            started = time.perf_counter()
            result = sanctions.import_sanctions_list(db, listed, admin)
            imported = time.perf_counter() - started
            started = time.perf_counter()
            screened = sanctions.screen_parties(db, admin)
            every = time.perf_counter() - started
        finally:
            db.close()
    print(f"list: {args.entries} entries, {size:.1f} MB")
    print(f"register: {args.cases} cases, {parties} parties ({distinct} distinct names)")
    print(f"import + re-screen of {result.screening.parties} parties: {imported:.2f} s")
    print(f"screen every party ({screened.parties}): {every:.2f} s")
    _prefilter(args.entries, args.distinct)
    return 0


def _prefilter(entries: int, distinct: int) -> None:
    rng = random.Random(5)
    index = {
        n: IndexedEntry(
            n,
            str(n),
            "",
            tuple(ListedName(invented(rng, 3), NameKind.ALIAS_GOOD) for _ in range(4)),
            (),
            (),
        )
        for n in range(entries)
    }
    names = [invented(rng, rng.randint(2, 4)) for _ in range(distinct)]
    started = time.perf_counter()
    found = candidate_entries(names, index, None)
    took = time.perf_counter() - started
    print(
        f"prefilter: {distinct} distinct names x {entries * 4} listed names: {took:.2f} s "
        f"({took / distinct * 1e3:.2f} ms a name; {len(found)} names with candidates)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
