"""The sales funnel from the command line: list deals and leads, move a deal, convert a lead.

    crm-desktop deals [--status open|won|lost] [--pipeline NAME] [--owner USER] [--limit N] [--db PATH|URL]
    crm-desktop deal-move DEAL_ID STAGE_NAME [--reason TEXT] [--db PATH|URL]
    crm-desktop leads [--status new|contacted|qualified|disqualified|converted] [--limit N] [--db PATH|URL]
    crm-desktop lead-convert LEAD_ID [--amount RIAL] [--db PATH|URL]

Lists are a header line and tab-separated rows (for scripts and spreadsheets). A refused command
prints one line saying why and exits with 2; nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from crm_desktop.cli_common import open_db
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

DEAL_STATUSES = ("open", "won", "lost")
LEAD_STATUSES = ("new", "contacted", "qualified", "disqualified", "converted")
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Cli", "open"),
    "won": QT_TRANSLATE_NOOP("Cli", "won"),
    "lost": QT_TRANSLATE_NOOP("Cli", "lost"),
    "new": QT_TRANSLATE_NOOP("Cli", "new"),
    "contacted": QT_TRANSLATE_NOOP("Cli", "contacted"),
    "qualified": QT_TRANSLATE_NOOP("Cli", "qualified"),
    "disqualified": QT_TRANSLATE_NOOP("Cli", "disqualified"),
    "converted": QT_TRANSLATE_NOOP("Cli", "converted"),
}
DEAL_HEADER = (QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "Title"), QT_TRANSLATE_NOOP("Cli", "Customer"),
               QT_TRANSLATE_NOOP("Cli", "Stage"), QT_TRANSLATE_NOOP("Cli", "Status"),
               QT_TRANSLATE_NOOP("Cli", "Amount"), QT_TRANSLATE_NOOP("Cli", "Owner"),
               QT_TRANSLATE_NOOP("Cli", "Expected close"))
LEAD_HEADER = (QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "Name"), QT_TRANSLATE_NOOP("Cli", "Company"),
               QT_TRANSLATE_NOOP("Cli", "Phone"), QT_TRANSLATE_NOOP("Cli", "Source"),
               QT_TRANSLATE_NOOP("Cli", "Status"), QT_TRANSLATE_NOOP("Cli", "Score"),
               QT_TRANSLATE_NOOP("Cli", "Owner"), QT_TRANSLATE_NOOP("Cli", "Added"))
BAD_LIMIT = QT_TRANSLATE_NOOP("Cli", "--limit must be 1 or more.")
NO_DEALS = QT_TRANSLATE_NOOP("Cli", "No deals match.")
NO_LEADS = QT_TRANSLATE_NOOP("Cli", "No leads match.")
NO_PIPELINE = QT_TRANSLATE_NOOP("Cli", "There is no pipeline named \u201c{name}\u201d; the pipelines are: {names}.")
NO_USER = QT_TRANSLATE_NOOP("Cli", "There is no user \u201c{name}\u201d; the users are: {names}.")
NO_DEAL = QT_TRANSLATE_NOOP("Cli", "There is no deal with number {id}.")
NO_LEAD = QT_TRANSLATE_NOOP("Cli", "There is no lead with number {id}.")
NO_STAGE = QT_TRANSLATE_NOOP("Cli", "There is no stage \u201c{name}\u201d in the deal's pipeline; the stages are: "
                                    "{names}.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Cli", "Moving a deal to \u201c{stage}\u201d needs --reason; the reasons are: "
                                        "{names}.")
NO_REASON = QT_TRANSLATE_NOOP("Cli", "There is no lost reason \u201c{name}\u201d; the reasons are: {names}.")
REASON_NOT_LOST = QT_TRANSLATE_NOOP("Cli", "--reason only goes with the lost stage (\u201c{stage}\u201d).")
MOVED = QT_TRANSLATE_NOOP("Cli", "Deal {id} \u201c{title}\u201d moved from {old} to {new}.")
ALREADY_THERE = QT_TRANSLATE_NOOP("Cli", "Deal {id} \u201c{title}\u201d is already in {stage}; nothing changed.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Cli", "\u201c{amount}\u201d is not an amount in Rial (for example 250000000).")
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("Cli", "The amount cannot be negative.")
CONVERTED = QT_TRANSLATE_NOOP("Cli", "Lead {id} converted: customer \u201c{customer}\u201d, deal {deal} "
                                     "\u201c{title}\u201d ({amount}).")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Cli", ", ")


def register(commands) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the funnel subcommands to ``commands`` (argparse subparsers); return their handlers by name."""
    deals = commands.add_parser("deals", help="list deals (tab-separated)")
    deals.add_argument("--db", dest="sub_db", help="database file or URL")
    deals.add_argument("--status", choices=DEAL_STATUSES, help="only open, won or lost deals")
    deals.add_argument("--pipeline", metavar="NAME", help="only this pipeline")
    deals.add_argument("--owner", metavar="USER", help="only this user's deals (user name or full name)")
    deals.add_argument("--limit", type=int, default=50, help="at most this many, newest first (default 50)")
    move = commands.add_parser("deal-move", help="move a deal to another stage (won, lost with --reason, ...)")
    move.add_argument("deal_id", type=int, metavar="DEAL_ID")
    move.add_argument("stage", metavar="STAGE_NAME", help="the stage's name as the board shows it")
    move.add_argument("--reason", metavar="TEXT", help="why the deal was lost (one of the lost reasons)")
    move.add_argument("--db", dest="sub_db", help="database file or URL")
    leads = commands.add_parser("leads", help="list leads (tab-separated)")
    leads.add_argument("--db", dest="sub_db", help="database file or URL")
    leads.add_argument("--status", choices=LEAD_STATUSES, help="only leads in this status")
    leads.add_argument("--limit", type=int, default=50, help="at most this many, newest first (default 50)")
    convert = commands.add_parser("lead-convert", help="make a lead a customer and open its deal")
    convert.add_argument("lead_id", type=int, metavar="LEAD_ID")
    convert.add_argument("--amount", metavar="RIAL", default="0", help="the deal's amount in Rial (default 0)")
    convert.add_argument("--db", dest="sub_db", help="database file or URL")
    return {"deals": cmd_deals, "deal-move": cmd_deal_move, "leads": cmd_leads, "lead-convert": cmd_lead_convert}


# -- helpers -------------------------------------------------------------------------------------

def _names(values) -> str:
    return i18n.render(LIST_SEPARATOR).join(values)


def _formatter():
    """Dates in the user's calendar (or the language's), numbers in the CLI's digits, money in Rial."""
    from dataclasses import replace

    from crm_desktop.services.formatting import Formatter
    from crm_desktop.services.settings import Preferences, load_preferences

    prefs = load_preferences()
    if prefs.language != i18n.current_language():
        prefs = Preferences.defaults(i18n.current_language())
    return Formatter(replace(prefs, language=i18n.current_language(), digits=i18n.current_digits(),
                             money_unit="rial"))


def _print_table(header, rows: list[tuple], empty) -> None:
    if not rows:
        print(i18n.render(empty), file=sys.stderr)
        return
    print("\t".join(i18n.render(caption) for caption in header))
    for row in rows:
        print("\t".join(str(value) for value in row))


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise UserError(BAD_LIMIT)


def _user_id(name: str) -> int:
    from crm_desktop.db.models import User
    from crm_desktop.text.normalize import normalize_text

    wanted = normalize_text(name)
    users = list(User.select(User.id, User.username, User.full_name).where(User.deleted_at.is_null()).tuples())
    for user_id, username, full_name in users:
        if wanted in (normalize_text(username), normalize_text(full_name or "")):
            return user_id
    raise UserError(NO_USER, name=name, names=_names(username for _, username, _ in users))


def _pipeline_id(name: str) -> int:
    from crm_desktop.services.funnel import pipelines
    from crm_desktop.text.normalize import normalize_text

    found = pipelines.pipelines()
    match = next((p.id for p in found if normalize_text(p.name) == normalize_text(name)), None)
    if match is None:
        raise UserError(NO_PIPELINE, name=name, names=_names(p.name for p in found))
    return match


# -- deals ---------------------------------------------------------------------------------------

def cmd_deals(args: argparse.Namespace) -> int:
    from peewee import JOIN

    from crm_desktop.db.models import Contact, Deal, Organization, PipelineStage, User
    from crm_desktop.db.models.people import person_name

    _check_limit(args.limit)
    open_db(args.sub_db or args.db)
    condition = Deal.deleted_at.is_null()
    if args.status:
        condition &= Deal.status == args.status
    if args.pipeline:
        condition &= Deal.pipeline == _pipeline_id(args.pipeline)
    if args.owner:
        condition &= Deal.owner == _user_id(args.owner)
    query = (Deal.select(Deal.id, Deal.title, Contact.first_name, Contact.last_name, Organization.name,
                         PipelineStage.name, Deal.status, Deal.amount, User.full_name, User.username,
                         Deal.expected_close)
             .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id)).switch(Deal)
             .join(Organization, JOIN.LEFT_OUTER, on=(Deal.organization == Organization.id)).switch(Deal)
             .join(PipelineStage, on=(Deal.stage == PipelineStage.id)).switch(Deal)
             .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
             .where(condition).order_by(Deal.created_at.desc(), Deal.id.desc()).limit(args.limit))
    fmt = _formatter()
    rows = [(fmt.digits(str(deal_id)), title, person_name(first or "", last or "") or (company or ""), stage,
             i18n.render(STATUS_WORDS[status]), fmt.money(amount), full_name or username or "",
             fmt.date(expected))
            for deal_id, title, first, last, company, stage, status, amount, full_name, username, expected
            in query.tuples()]
    _print_table(DEAL_HEADER, rows, NO_DEALS)
    return 0


def _find_stage(stages, name: str):
    from crm_desktop.text.normalize import normalize_text

    wanted = normalize_text(name)
    found = next((s for s in stages if normalize_text(s.name) == wanted), None)
    if found is None and wanted in ("won", "lost"):  # the ends, whatever the office calls them
        found = next(s for s in stages if s.kind == wanted)
    if found is None:
        raise UserError(NO_STAGE, name=name, names=_names(s.name for s in stages))
    return found


def cmd_deal_move(args: argparse.Namespace) -> int:
    from crm_desktop.db.models import Deal
    from crm_desktop.services.funnel import choices, deals, pipelines

    open_db(args.sub_db or args.db)
    deal = Deal.alive().where(Deal.id == args.deal_id).first()
    if deal is None:
        raise UserError(NO_DEAL, id=args.deal_id)
    stages = pipelines.stages(deal.__data__["pipeline"])
    target = _find_stage(stages, args.stage)
    current = next((s for s in stages if s.id == deal.__data__["stage"]), target)
    reason_id = None
    if target.kind == "lost":
        reasons = choices.choices("lost_reason")
        if not args.reason:
            raise UserError(NEEDS_REASON, stage=target.name, names=_names(r.name for r in reasons))
        reason_id = choices.find_choice("lost_reason", args.reason)
        if reason_id is None:
            raise UserError(NO_REASON, name=args.reason, names=_names(r.name for r in reasons))
    elif args.reason:
        raise UserError(REASON_NOT_LOST, stage=pipelines.end_stage(deal.__data__["pipeline"], "lost").name)
    if target.id == current.id:
        print(i18n.render(ALREADY_THERE, {"id": deal.id, "title": deal.title, "stage": target.name}))
        return 0
    deals.move_deal(deal.id, target.id, lost_reason_id=reason_id)
    print(i18n.render(MOVED, {"id": deal.id, "title": deal.title, "old": current.name, "new": target.name}))
    return 0


# -- leads ---------------------------------------------------------------------------------------

def cmd_leads(args: argparse.Namespace) -> int:
    from peewee import JOIN

    from crm_desktop.db.models import Lead, LeadSource, User
    from crm_desktop.db.models.people import person_name

    _check_limit(args.limit)
    open_db(args.sub_db or args.db)
    condition = Lead.deleted_at.is_null()
    if args.status:
        condition &= Lead.status == args.status
    query = (Lead.select(Lead.id, Lead.first_name, Lead.last_name, Lead.company_name, Lead.phone, LeadSource.name,
                         Lead.status, Lead.qualification_score, User.full_name, User.username, Lead.created_at)
             .join(LeadSource, JOIN.LEFT_OUTER, on=(Lead.source == LeadSource.id)).switch(Lead)
             .join(User, JOIN.LEFT_OUTER, on=(Lead.owner == User.id))
             .where(condition).order_by(Lead.created_at.desc(), Lead.id.desc()).limit(args.limit))
    from crm_desktop.text.phone import format_phone

    fmt = _formatter()
    rows = [(fmt.digits(str(lead_id)), person_name(first, last), company,
             format_phone(phone, digits=i18n.current_digits()) if phone else "",
             source or "", i18n.render(STATUS_WORDS[status]), "" if score is None else fmt.digits(str(score)),
             full_name or username or "", fmt.date(created))
            for lead_id, first, last, company, phone, source, status, score, full_name, username, created
            in query.tuples()]
    _print_table(LEAD_HEADER, rows, NO_LEADS)
    return 0


def _amount(text: str) -> int:
    from crm_desktop.text.money import parse_money

    try:
        amount = parse_money(text, unit="rial")
    except ValueError:
        raise UserError(BAD_AMOUNT, amount=text) from None
    if amount < 0:
        raise UserError(NEGATIVE_AMOUNT)
    return amount


def cmd_lead_convert(args: argparse.Namespace) -> int:
    from crm_desktop.db.models import Lead
    from crm_desktop.services.funnel import deals, leads

    amount = _amount(args.amount)
    open_db(args.sub_db or args.db)
    if not Lead.alive().where(Lead.id == args.lead_id).exists():
        raise UserError(NO_LEAD, id=args.lead_id)
    done = leads.convert_lead(args.lead_id, deal=deals.DealInput(amount=amount))
    deal = deals.get_deal(done.deal_id)
    customer = deal.contact.display_name if deal.contact_id else deal.organization.name
    print(i18n.render(CONVERTED, {"id": args.lead_id, "customer": customer, "deal": done.deal_id,
                                  "title": deal.title, "amount": _formatter().money(amount)}))
    return 0
