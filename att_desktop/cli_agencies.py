"""``att-desktop agency show|set-mandate|rules list|add|remove`` (issue 14): agencies'
mandates and the consultation rules, for an administrator who scripts the reference data.

Rules are reference data: ``rules remove`` retires a rule (kept, with the reason), it never
deletes one. Registered under the ``agency`` command that ``cli_admin`` creates.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from att_desktop.cli_context import EXIT_OK, Context, add_user_option
from att_desktop.domain.assessment.model import Criterion, RiskLevel
from att_desktop.domain.consultation import FindingCondition
from att_desktop.domain.enums import TransferType
from att_desktop.services import consultation
from att_desktop.services.consultation import MandateInput, RuleInput


def register(
    agency_sub: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    common = list(parents)
    text = "show an agency's mandate, contact and the questions it answers"
    show = agency_sub.add_parser("show", parents=common, help=text, description=text)
    show.add_argument("code", help="agency code, e.g. CUS")
    show.set_defaults(handler=cmd_show)

    text = "record an agency's mandate, contact and questions (administrator)"
    mandate = agency_sub.add_parser("set-mandate", parents=common, help=text, description=text)
    mandate.add_argument("code")
    mandate.add_argument("--mandate", required=True, help="what the agency is for")
    mandate.add_argument("--contact-name", default="")
    mandate.add_argument("--contact", default="", help="phone, e-mail")
    mandate.add_argument(
        "--question", action="append", default=[], help="a question it answers (repeatable)"
    )
    add_user_option(mandate)
    mandate.set_defaults(handler=cmd_set_mandate)

    rules = agency_sub.add_parser("rules", parents=common, help="the consultation rules")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    text = "list the consultation rules (--all: retired ones too)"
    listing = rules_sub.add_parser("list", parents=common, help=text, description=text)
    listing.add_argument("--all", action="store_true")
    listing.set_defaults(handler=cmd_rules_list)

    text = "add a rule: cases that match all the conditions must go to the agency"
    add = rules_sub.add_parser("add", parents=common, help=text, description=text)
    add.add_argument("code", help="the agency the rule requires")
    add.add_argument(
        "--transfer", action="append", default=[], choices=[t.value for t in TransferType]
    )
    add.add_argument("--category", default="", help="ATT category or heading, e.g. VIII")
    add.add_argument("--destination", action="append", default=[], help="ISO code (repeatable)")
    add.add_argument("--finding", default="any", choices=[f.value for f in FindingCondition])
    add.add_argument("--criterion", choices=[c.value for c in Criterion])
    add.add_argument("--min-level", choices=[r.value for r in RiskLevel])
    add.add_argument("--note", default="", help="why: the mandate or decree")
    add_user_option(add)
    add.set_defaults(handler=cmd_rules_add)

    text = "retire a rule (kept in the record, with the reason)"
    remove = rules_sub.add_parser("remove", parents=common, help=text, description=text)
    remove.add_argument("rule", type=int, metavar="RULE_ID")
    remove.add_argument("--reason", required=True)
    add_user_option(remove)
    remove.set_defaults(handler=cmd_rules_remove)


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        agency = consultation.agency_by_code(db, args.code)
        rules = [r for r in consultation.list_rules(db) if r.rule.agency_code == agency.code]
        normal, urgent = consultation.due_days(db)
    finally:
        db.close()
    ctx.say(f"{agency.code}: {agency.name}" + ("" if agency.active else " (inactive)"))
    ctx.say(f"Mandate: {agency.mandate or '(not recorded)'}")
    if agency.contact_name or agency.contact:
        ctx.say(f"Contact: {', '.join(t for t in (agency.contact_name, agency.contact) if t)}")
    for question in agency.questions:
        ctx.say(f"Answers: {question}")
    for view in rules:
        ctx.say(f"Required by rule {view.rule.id}: {view.description}")
    ctx.say(f"Opinions due in {normal} working days ({urgent} when urgent).")
    return EXIT_OK


def cmd_set_mandate(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        agency = consultation.agency_by_code(db, args.code)
        consultation.set_mandate(
            db,
            ctx.actor(db, args.user),
            agency.id,
            MandateInput(args.mandate, args.contact_name, args.contact, tuple(args.question)),
        )
    finally:
        db.close()
    ctx.say(f"Recorded the mandate of {agency.code}.")
    return EXIT_OK


def cmd_rules_list(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        rules = consultation.list_rules(db, include_inactive=args.all)
    finally:
        db.close()
    if not rules:
        ctx.say("No consultation rules: the officer chooses the agencies freely.")
    for view in rules:
        state = (
            "retired"
            if not view.rule.active
            else "in force"
            if view.in_force
            else f"no agency {view.rule.agency_code} yet"
        )
        note = f" — {view.rule.note}" if view.rule.note else ""
        ctx.say(f"  [{view.rule.id}] {view.description} ({state}){note}")
    return EXIT_OK


def cmd_rules_add(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        view = consultation.add_rule(
            db,
            ctx.actor(db, args.user),
            RuleInput(
                args.code,
                frozenset(TransferType(t) for t in args.transfer),
                category=args.category,
                destinations=frozenset(args.destination),
                finding=FindingCondition(args.finding),
                criterion=Criterion(args.criterion) if args.criterion else None,
                min_level=RiskLevel(args.min_level) if args.min_level else None,
                note=args.note,
            ),
        )
    finally:
        db.close()
    ctx.say(f"Added rule {view.rule.id}: {view.description}.")
    return EXIT_OK


def cmd_rules_remove(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        consultation.deactivate_rule(db, ctx.actor(db, args.user), args.rule, args.reason)
    finally:
        db.close()
    ctx.say(f"Retired rule {args.rule}; it stays in the record.")
    return EXIT_OK
