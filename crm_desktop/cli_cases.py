"""The complaint queue from the command line.

    crm-desktop cases [--view all|mine|unassigned|overdue] [--status STATUS] [--search TEXT] [--limit N]
    crm-desktop case-new SUBJECT (--phone PHONE [--name NAME] | --customer-id ID) [--kind K] [--channel C]
                         [--priority P] [--category NAME] [--description TEXT]
    crm-desktop case-show NUMBER
    crm-desktop case-status NUMBER STATUS [--resolution TEXT]
    crm-desktop outbox [--status queued|sent|failed|cancelled] [--limit N]

Every command takes --db PATH|URL. Lists are a header line and tab-separated rows. A refused
command prints one line saying why and exits with 2; nothing is changed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from crm_desktop.cli_common import open_db
from crm_desktop.cli_funnel import _check_limit, _formatter, _names, _print_table
from crm_desktop.db.models.cases import CASE_CHANNELS, CASE_KINDS, CASE_PRIORITIES, CASE_STATUSES
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

CASE_HEADER = (QT_TRANSLATE_NOOP("Cli", "Number"), QT_TRANSLATE_NOOP("Cli", "Subject"),
               QT_TRANSLATE_NOOP("Cli", "Customer"), QT_TRANSLATE_NOOP("Cli", "Category"),
               QT_TRANSLATE_NOOP("Cli", "Priority"), QT_TRANSLATE_NOOP("Cli", "Status"),
               QT_TRANSLATE_NOOP("Cli", "Assigned to"), QT_TRANSLATE_NOOP("Cli", "SLA"),
               QT_TRANSLATE_NOOP("Cli", "Opened"))
OUTBOX_HEADER = (QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "Channel"), QT_TRANSLATE_NOOP("Cli", "To"),
                 QT_TRANSLATE_NOOP("Cli", "Status"), QT_TRANSLATE_NOOP("Cli", "Queued"),
                 QT_TRANSLATE_NOOP("Cli", "Text"))
NO_CASES = QT_TRANSLATE_NOOP("Cli", "No cases match.")
NO_MESSAGES = QT_TRANSLATE_NOOP("Cli", "The outbox has no such messages.")
NO_CASE = QT_TRANSLATE_NOOP("Cli", "There is no case numbered \u201c{number}\u201d.")
NO_CATEGORY = QT_TRANSLATE_NOOP("Cli", "There is no category \u201c{name}\u201d; the categories are: {names}.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Cli", "There is no customer with number {id}.")
CREATED = QT_TRANSLATE_NOOP("Cli", "Case {number} recorded for {customer}; {assignment}.")
UNASSIGNED = QT_TRANSLATE_NOOP("Cli", "not assigned yet")
ASSIGNED = QT_TRANSLATE_NOOP("Cli", "assigned to {who}")
MOVED = QT_TRANSLATE_NOOP("Cli", "Case {number} is now {status}.")
SHOW_LINE = QT_TRANSLATE_NOOP("Cli", "{label}: {value}")


def register(commands) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the queue's subcommands to ``commands`` (argparse subparsers); return their handlers."""
    from crm_desktop.services.cases.queue import VIEWS

    listing = commands.add_parser("cases", help="list the complaint queue (tab-separated)")
    listing.add_argument("--db", dest="sub_db", help="database file or URL")
    listing.add_argument("--view", choices=[v for v in VIEWS if v != "my_team"], default="all")
    listing.add_argument("--status", choices=CASE_STATUSES, help="only this status (default: every open case)")
    listing.add_argument("--search", metavar="TEXT", default="", help="number, subject, customer name or phone")
    listing.add_argument("--limit", type=int, default=50, help="at most this many, in queue order (default 50)")
    new = commands.add_parser("case-new", help="record a request or complaint (routed and timed as in the app)")
    new.add_argument("subject")
    new.add_argument("--db", dest="sub_db", help="database file or URL")
    who = new.add_mutually_exclusive_group(required=True)
    who.add_argument("--phone", help="the customer's phone (a new customer is added when unknown)")
    who.add_argument("--customer-id", type=int, help="the person's number")
    new.add_argument("--name", default="", help="the new customer's name (with --phone)")
    new.add_argument("--kind", choices=CASE_KINDS, default="complaint")
    new.add_argument("--channel", choices=CASE_CHANNELS, default="phone")
    new.add_argument("--priority", choices=CASE_PRIORITIES, default="normal")
    new.add_argument("--category", metavar="NAME", help="a category or subcategory, by name")
    new.add_argument("--description", default="")
    show = commands.add_parser("case-show", help="a case with its SLA clock and history")
    show.add_argument("number")
    show.add_argument("--db", dest="sub_db", help="database file or URL")
    status = commands.add_parser("case-status", help="move a case on (in_progress, waiting, resolved, closed)")
    status.add_argument("number")
    status.add_argument("status", choices=[*CASE_STATUSES, "reopen"])
    status.add_argument("--resolution", default="", help="how it was resolved (needed for resolved)")
    status.add_argument("--db", dest="sub_db", help="database file or URL")
    out = commands.add_parser("outbox", help="messages queued to customers (tab-separated)")
    out.add_argument("--db", dest="sub_db", help="database file or URL")
    out.add_argument("--status", choices=("queued", "sent", "failed", "cancelled"), default=None)
    out.add_argument("--limit", type=int, default=50)
    return {"cases": cmd_cases, "case-new": cmd_case_new, "case-show": cmd_case_show, "case-status": cmd_case_status,
            "outbox": cmd_outbox}


def _label(table_name: str, code: str) -> str:
    from crm_desktop.services.cases import labels as case_labels
    from crm_desktop.services.labels import label

    return label(getattr(case_labels, table_name), code)


def _case(number: str):
    from crm_desktop.db.models import Case
    from crm_desktop.text.normalize import normalize_text

    wanted = normalize_text(number)
    case = Case.alive().where(Case.number == wanted).first()
    if case is None and wanted.isdigit():  # the sequence alone: the newest year's case
        case = Case.alive().where(Case.sequence == int(wanted)).order_by(Case.year.desc()).first()
    if case is None:
        raise UserError(NO_CASE, number=number)
    return case


def _clock_text(row, fmt, cal, now) -> str:
    from crm_desktop.services.cases import sla

    clock = sla.clock(row, now, cal)
    text = _label("CLOCK_STATES", clock.state)
    if clock.minutes_left is not None and clock.state in ("ok", "at_risk", "overdue"):
        hours, minutes = divmod(abs(clock.minutes_left), 60)
        text += " " + fmt.digits(f"{'-' if clock.minutes_left < 0 else ''}{hours}:{minutes:02d}")
    return text


def cmd_cases(args: argparse.Namespace) -> int:
    from crm_desktop.db.fields import utcnow
    from crm_desktop.db.models.cases import OPEN_STATUSES
    from crm_desktop.services.cases import queue, work_calendar
    from crm_desktop.services.context import current_user_id

    _check_limit(args.limit)
    open_db(args.sub_db or args.db)
    now = utcnow()
    flt = queue.QueueFilter(view=args.view, user_id=current_user_id(), text=args.search, now=now,
                            statuses=(args.status,) if args.status else OPEN_STATUSES)
    ids = queue.ordered_ids(flt)[:args.limit]
    fmt, cal = _formatter(), work_calendar.office_calendar()
    rows = [(fmt.digits(r.number), r.subject, r.customer, r.category, _label("PRIORITIES", r.priority),
             _label("STATUSES", r.status), r.assignee or r.team, _clock_text(r, fmt, cal, now), fmt.datetime(r.opened_at))
            for r in queue.rows(list(ids))]
    _print_table(CASE_HEADER, rows, NO_CASES)
    return 0


def _category_id(name: str) -> tuple[int | None, int | None]:
    from crm_desktop.db.models import CaseCategory
    from crm_desktop.text.normalize import normalize_text

    found = list(CaseCategory.select(CaseCategory.id, CaseCategory.name, CaseCategory.parent)
                 .where(CaseCategory.deleted_at.is_null()).tuples())
    for category_id, category_name, parent in found:
        if normalize_text(category_name) == normalize_text(name):
            return (parent, category_id) if parent else (category_id, None)
    raise UserError(NO_CATEGORY, name=name, names=_names(n for _, n, _ in found))


def cmd_case_new(args: argparse.Namespace) -> int:
    from crm_desktop.db.models import Contact
    from crm_desktop.services.cases import case_service, customers, setup

    open_db(args.sub_db or args.db)
    setup.ensure_defaults()  # the categories --category names, on a database that never used the queue
    if args.phone:
        matches = customers.find_by_phone(args.phone)
        if matches:
            contact_id, org_id, customer = matches[0].contact_id, matches[0].organization_id, matches[0].name
        else:
            person = customers.quick_create(args.phone, args.name)
            contact_id, org_id, customer = person.id, None, person.display_name
    else:
        person = Contact.alive().where(Contact.id == args.customer_id).first()
        if person is None:
            raise UserError(NO_CUSTOMER, id=args.customer_id)
        contact_id, org_id, customer = person.id, None, person.display_name
    category_id, subcategory_id = _category_id(args.category) if args.category else (None, None)
    case = case_service.create_case(case_service.CaseInput(
        subject=args.subject, description=args.description, kind=args.kind, channel=args.channel,
        contact_id=contact_id, organization_id=org_id, category_id=category_id, subcategory_id=subcategory_id,
        priority=args.priority))
    who = " / ".join(p for p in ((case.team.name if case.team else ""),
                                 (case.assignee.display_name if case.assignee else "")) if p)
    assignment = i18n.render(ASSIGNED, {"who": who}) if who else i18n.render(UNASSIGNED)
    fmt = _formatter()
    print(i18n.render(CREATED, {"number": fmt.digits(case.number), "customer": customer, "assignment": assignment}))
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from crm_desktop.db.fields import utcnow
    from crm_desktop.services.cases import history, queue, work_calendar

    open_db(args.sub_db or args.db)
    case = _case(args.number)
    row = queue.rows([case.id])[0]
    fmt, cal = _formatter(), work_calendar.office_calendar()
    lines = [(QT_TRANSLATE_NOOP("Cli", "Number"), fmt.digits(row.number)),
             (QT_TRANSLATE_NOOP("Cli", "Subject"), row.subject),
             (QT_TRANSLATE_NOOP("Cli", "Customer"), row.customer),
             (QT_TRANSLATE_NOOP("Cli", "Kind"), _label("KINDS", row.kind)),
             (QT_TRANSLATE_NOOP("Cli", "Channel"), _label("CHANNELS", row.channel)),
             (QT_TRANSLATE_NOOP("Cli", "Category"), row.category),
             (QT_TRANSLATE_NOOP("Cli", "Priority"), _label("PRIORITIES", row.priority)),
             (QT_TRANSLATE_NOOP("Cli", "Status"), _label("STATUSES", row.status)),
             (QT_TRANSLATE_NOOP("Cli", "Assigned to"), " / ".join(p for p in (row.team, row.assignee) if p)),
             (QT_TRANSLATE_NOOP("Cli", "SLA"), _clock_text(row, fmt, cal, utcnow())),
             (QT_TRANSLATE_NOOP("Cli", "Opened"), fmt.datetime(row.opened_at))]
    for caption, value in lines:
        print(i18n.render(SHOW_LINE, {"label": i18n.render(caption), "value": value}))
    for entry in history.entries(case.id, newest_first=False):
        print("\t".join((fmt.datetime(entry.at), entry.actor, entry.title, entry.body.replace("\n", " "))))
    return 0


def cmd_case_status(args: argparse.Namespace) -> int:
    from crm_desktop.services.cases import workflow

    open_db(args.sub_db or args.db)
    case = _case(args.number)
    if args.status == "reopen":
        case = workflow.reopen(case.id, args.resolution)
    else:
        case = workflow.set_status(case.id, args.status, resolution=args.resolution)
    print(i18n.render(MOVED, {"number": _formatter().digits(case.number), "status": _label("STATUSES", case.status)}))
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from crm_desktop.services.cases import outbox

    _check_limit(args.limit)
    open_db(args.sub_db or args.db)
    fmt = _formatter()
    rows = [(fmt.digits(str(m.id)), m.channel, m.to_address, m.status, fmt.datetime(m.queued_at),
             m.body.replace("\n", " "))
            for m in outbox.list_messages(status=args.status, limit=args.limit)]
    _print_table(OUTBOX_HEADER, rows, NO_MESSAGES)
    return 0
