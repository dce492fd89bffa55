"""Activities from the command line: my day, scheduling, doing, logging a call, the team's workload.

    crm-desktop activities [--view all|overdue|today|upcoming|done_today] [--user NAME | --everyone] [--limit N]
    crm-desktop activity-new KIND SUBJECT [--customer-id ID | --phone PHONE] [--deal-id ID] [--case NUMBER]
                             [--due WHEN] [--all-day] [--remind MINUTES] [--repeat day|week|month [--every N]
                             [--until DATE]] [--assignee NAME] [--priority P] [--notes TEXT]
    crm-desktop activity-done ID [--outcome OUTCOME] [--notes TEXT] [--follow-up-in DAYS]
    crm-desktop log-call (--customer-id ID | --phone PHONE) [--direction in|out] [--outcome OUTCOME]
                         [--minutes N] [--notes TEXT]
    crm-desktop workload [--period week|month|last_month]

WHEN is a date and a time in the user's calendar or the other (``1404/09/20 10:30``,
``2025-12-11 10:30``), or today/tomorrow with a time (``tomorrow 10:00``, ``فردا ۱۰:۳۰``); a date
without a time makes an all-day activity. Times are the computer's local time. Every command takes
--db PATH|URL. Lists are a header line and tab-separated rows. A refused command prints one line
saying why and exits with 2; nothing is changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable

from crm_desktop.cli_common import open_db
from crm_desktop.cli_funnel import (
    NO_DEAL,
    _check_limit,
    _formatter,
    _print_table,
    _user_id,
)
from crm_desktop.db.models.activities import (
    ACTIVITY_KINDS,
    ACTIVITY_PRIORITIES,
    CALL_OUTCOMES,
    RECURRENCE_UNITS,
)
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

VIEWS = ("all", "overdue", "today", "upcoming", "done_today")
LIST_HEADER = (QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "Kind"), QT_TRANSLATE_NOOP("Cli", "Due"),
               QT_TRANSLATE_NOOP("Cli", "Subject"), QT_TRANSLATE_NOOP("Cli", "Customer"),
               QT_TRANSLATE_NOOP("Cli", "Assigned to"), QT_TRANSLATE_NOOP("Cli", "State"))
WORKLOAD_HEADER = (QT_TRANSLATE_NOOP("Cli", "Person"), QT_TRANSLATE_NOOP("Cli", "Open"),
                   QT_TRANSLATE_NOOP("Cli", "Overdue"), QT_TRANSLATE_NOOP("Cli", "Due today"),
                   QT_TRANSLATE_NOOP("Cli", "Due this week"))
DONE_IN = QT_TRANSLATE_NOOP("Cli", "Done in {period}")
NO_ACTIVITIES = QT_TRANSLATE_NOOP("Cli", "No activities to show.")
NO_ACTIVITY = QT_TRANSLATE_NOOP("Cli", "There is no activity with number {id}.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Cli", "There is no customer with number {id}.")
NO_PHONE = QT_TRANSLATE_NOOP("Cli", "No customer has the phone number {phone}.")
BAD_DUE = QT_TRANSLATE_NOOP("Cli", "\u201c{value}\u201d is not a date and time; write for example {examples}.")
BAD_DATE = QT_TRANSLATE_NOOP("Cli", "\u201c{value}\u201d is not a date; write for example {examples}.")
NEEDS_DUE = QT_TRANSLATE_NOOP("Cli", "A planned activity needs --due; for example {examples}.")
REPEAT_ONLY = QT_TRANSLATE_NOOP("Cli", "--every and --until go with --repeat.")
BAD_EVERY = QT_TRANSLATE_NOOP("Cli", "--every must be from 1 to {max}.")
BAD_MINUTES = QT_TRANSLATE_NOOP("Cli", "--minutes must be 0 or more.")
BAD_REMIND = QT_TRANSLATE_NOOP("Cli", "--remind must be 0 or more minutes.")
BAD_FOLLOW_UP = QT_TRANSLATE_NOOP("Cli", "--follow-up-in must be from 0 to 365 days.")
ALREADY_DONE = QT_TRANSLATE_NOOP("Cli", "Activity {id} was already done on {when}; nothing changed.")
SCHEDULED = QT_TRANSLATE_NOOP("Cli", "Activity {id} \u201c{subject}\u201d planned for {due}.")
RECORDED = QT_TRANSLATE_NOOP("Cli", "Activity {id} \u201c{subject}\u201d recorded as done.")
ASSIGNED_TO = QT_TRANSLATE_NOOP("Cli", "It is assigned to {who}.")
SCHEDULED_FOR = QT_TRANSLATE_NOOP("Cli", "It is with {customer}.")
REPEATS = QT_TRANSLATE_NOOP("Cli", "It repeats every {every} {unit}.")
DONE = QT_TRANSLATE_NOOP("Cli", "Activity {id} \u201c{subject}\u201d is done.")
NEXT_OCCURRENCE = QT_TRANSLATE_NOOP("Cli", "The next one, {id}, is due {due}.")
FOLLOW_UP = QT_TRANSLATE_NOOP("Cli", "Follow-up {id} planned for {due}.")
LOGGED = QT_TRANSLATE_NOOP("Cli", "Call {id} logged with {customer}: {outcome}.")
EXAMPLES = QT_TRANSLATE_NOOP("Cli", "1404/09/20 10:30, 2025-12-11 10:30 or \u201ctomorrow 10:00\u201d")
DATE_EXAMPLES = "1404/09/20, 2025-12-11"
RELATIVE = {"today": 0, "tomorrow": 1, "امروز": 0, "فردا": 1, "پس\u200cفردا": 2, "پسفردا": 2}
_RELATIVE = re.compile(r"^\s*(\S+)\s*(.*)$")


def register(commands) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the activities' subcommands to ``commands`` (argparse subparsers); return their handlers."""
    listing = commands.add_parser("activities", help="my day: overdue, today, upcoming, done today (tab-separated)")
    listing.add_argument("--db", dest="sub_db", help="database file or URL")
    listing.add_argument("--view", choices=VIEWS, default="all",
                         help="one section of my day (default all: overdue, today, the next 7 days, done today)")
    whose = listing.add_mutually_exclusive_group()
    whose.add_argument("--user", metavar="NAME", help="this user's activities (user name or full name)")
    whose.add_argument("--everyone", action="store_true", help="everyone's activities")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    new = commands.add_parser("activity-new", help="plan a call, meeting, task, SMS, email or note")
    new.add_argument("kind", choices=ACTIVITY_KINDS)
    new.add_argument("subject")
    new.add_argument("--db", dest="sub_db", help="database file or URL")
    _customer_options(new, required=False)
    new.add_argument("--deal-id", type=int, help="the deal it belongs to (its customer, when none is given)")
    new.add_argument("--case", metavar="NUMBER", help="the complaint it belongs to")
    new.add_argument("--due", metavar="WHEN", help=f"when: {EXAMPLES!s}; a date alone is all day")
    new.add_argument("--all-day", action="store_true", help="a whole day, no time")
    new.add_argument("--remind", type=int, metavar="MINUTES", help="remind this many minutes before")
    new.add_argument("--repeat", choices=RECURRENCE_UNITS, help="repeat every day, week or month")
    new.add_argument("--every", type=int, metavar="N", help="every N days, weeks or months (default 1)")
    new.add_argument("--until", metavar="DATE", help="the last day it may repeat on")
    new.add_argument("--assignee", metavar="NAME", help="who does it (default: you)")
    new.add_argument("--priority", choices=ACTIVITY_PRIORITIES, default="normal")
    new.add_argument("--notes", default="")
    done = commands.add_parser("activity-done", help="mark an activity done (a repeating one makes its next)")
    done.add_argument("activity_id", type=int, metavar="ID")
    done.add_argument("--db", dest="sub_db", help="database file or URL")
    done.add_argument("--outcome", choices=CALL_OUTCOMES, help="what came of a call")
    done.add_argument("--notes", default="")
    done.add_argument("--follow-up-in", type=int, metavar="DAYS", help="plan the same again in DAYS days")
    call = commands.add_parser("log-call", help="record a call that just happened")
    call.add_argument("--db", dest="sub_db", help="database file or URL")
    _customer_options(call, required=True)
    call.add_argument("--direction", choices=("in", "out"), default="out")
    call.add_argument("--outcome", choices=CALL_OUTCOMES, default="answered")
    call.add_argument("--minutes", type=int, help="how long it took")
    call.add_argument("--notes", default="")
    load = commands.add_parser("workload", help="open, overdue and done activities per person (tab-separated)")
    load.add_argument("--db", dest="sub_db", help="database file or URL")
    load.add_argument("--period", choices=("week", "month", "last_month"), default="month",
                      help="what the done figures count (default: this month, beside the one before)")
    return {"activities": cmd_activities, "activity-new": cmd_activity_new, "activity-done": cmd_activity_done,
            "log-call": cmd_log_call, "workload": cmd_workload}


def _customer_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    who = parser.add_mutually_exclusive_group(required=required)
    who.add_argument("--customer-id", type=int, help="the person's number")
    who.add_argument("--phone", help="a phone number of the person or company")


# -- helpers --------------------------------------------------------------------------------------

def _label(table_name: str, code: str) -> str:
    from crm_desktop.services.activities import labels as activity_labels
    from crm_desktop.services.labels import label

    return label(getattr(activity_labels, table_name), code)


def _customer(args: argparse.Namespace) -> tuple[int | None, int | None, str]:
    """(person, company, name) from --customer-id or --phone; (None, None, "") when neither is given."""
    from crm_desktop.db.models import Contact
    from crm_desktop.services.cases import customers

    if getattr(args, "customer_id", None) is not None:
        person = Contact.alive().where(Contact.id == args.customer_id).first()
        if person is None:
            raise UserError(NO_CUSTOMER, id=args.customer_id)
        return person.id, person.__data__.get("organization"), person.display_name
    if getattr(args, "phone", None):
        matches = customers.find_by_phone(args.phone)
        if not matches:
            raise UserError(NO_PHONE, phone=args.phone)
        return matches[0].contact_id, matches[0].organization_id, matches[0].name
    return None, None, ""


def parse_when(text: str, now: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, bool]:
    """The local moment ``text`` means, and whether it named no time (an all-day activity)."""
    from crm_desktop.text.dates import DateParseError, parse_datetime
    from crm_desktop.text.digits import to_ascii_digits

    cleaned = to_ascii_digits(" ".join(text.split()))
    match = _RELATIVE.match(cleaned.lower())
    try:
        if match and match.group(1) in RELATIVE:
            day = now.astimezone(tz).date() + dt.timedelta(days=RELATIVE[match.group(1)])
            clock = match.group(2).strip()
            if not clock:
                return dt.datetime.combine(day, dt.time(), tzinfo=tz), True
            hours, _, minutes = clock.partition(":")
            if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
                raise ValueError(clock)
            return dt.datetime.combine(day, dt.time(int(hours), int(minutes)), tzinfo=tz), False
        moment = parse_datetime(cleaned)
    except (DateParseError, ValueError):
        raise UserError(BAD_DUE, value=text, examples=EXAMPLES) from None
    has_time = ":" in cleaned
    return moment.replace(tzinfo=tz), not has_time


def _parse_day(text: str) -> dt.date:
    from crm_desktop.text.dates import DateParseError, parse_date

    try:
        return parse_date(text)
    except DateParseError:
        raise UserError(BAD_DATE, value=text, examples=DATE_EXAMPLES) from None


def _due_text(fmt, due: dt.datetime | None, all_day: bool, tz: dt.tzinfo) -> str:
    from crm_desktop.services.local_time import local_date

    if due is None:
        return ""
    return fmt.date(local_date(due, tz)) if all_day else fmt.datetime(due)


def _state(row, now: dt.datetime, today_start: dt.datetime) -> str:
    if row.done_at is not None:
        return _label("STATES", "done")
    return _label("STATES", "overdue" if row.is_overdue(now, today_start) else "planned")


# -- commands -------------------------------------------------------------------------------------

def cmd_activities(args: argparse.Namespace) -> int:
    from crm_desktop.db.fields import utcnow
    from crm_desktop.services.activities import agenda
    from crm_desktop.services.context import current_user_id
    from crm_desktop.services.local_time import LocalZone

    _check_limit(args.limit)
    open_db(args.sub_db or args.db)
    tz, now = LocalZone(), utcnow()
    user_id = None if args.everyone else (_user_id(args.user) if args.user else current_user_id())
    day = agenda.agenda(user_id, now=now, limit=args.limit, tz=tz)
    sections = agenda.SECTIONS if args.view == "all" else (args.view,)
    found = [row for name in sections for row in day.section(name)][:args.limit]
    fmt = _formatter()
    rows = [(fmt.digits(str(r.id)), _label("KINDS", r.kind), _due_text(fmt, r.due_at, r.all_day, tz), r.subject,
             r.customer, r.assignee, _state(r, now, day.today_start)) for r in found]
    _print_table(LIST_HEADER, rows, NO_ACTIVITIES)
    return 0


def cmd_activity_new(args: argparse.Namespace) -> int:
    from crm_desktop.db.fields import utcnow
    from crm_desktop.db.models import Deal
    from crm_desktop.services.activities import activity_service, recurrence
    from crm_desktop.services.activities.checks import ActivityInput
    from crm_desktop.services.local_time import LocalZone

    if (args.every is not None or args.until) and not args.repeat:
        raise UserError(REPEAT_ONLY)
    every = 1 if args.every is None else args.every
    if not 1 <= every <= recurrence.MAX_INTERVAL:
        raise UserError(BAD_EVERY, max=recurrence.MAX_INTERVAL)
    if args.remind is not None and args.remind < 0:
        raise UserError(BAD_REMIND)
    tz, now = LocalZone(), utcnow()
    due, all_day = parse_when(args.due, now, tz) if args.due else (None, False)
    if due is None and args.kind != "note":
        raise UserError(NEEDS_DUE, examples=EXAMPLES)
    until = _parse_day(args.until) if args.until else None
    open_db(args.sub_db or args.db)
    contact_id, org_id, customer = _customer(args)
    if args.deal_id is not None and not Deal.alive().where(Deal.id == args.deal_id).exists():
        raise UserError(NO_DEAL, id=args.deal_id)
    case_id = _case_id(args.case) if args.case else None
    assignee = _user_id(args.assignee) if args.assignee else None
    fmt = _formatter()
    rule = recurrence.Recurrence(args.repeat, every, until, fmt.prefs.calendar) if args.repeat else None
    activity = activity_service.create_activity(ActivityInput(
        kind=args.kind, subject=args.subject, body=args.notes, contact_id=contact_id, organization_id=org_id,
        deal_id=args.deal_id, case_id=case_id, assignee_id=assignee, priority=args.priority, due_at=due,
        all_day=all_day or args.all_day, remind_before=args.remind, recurrence=rule, done=args.kind == "note",
        direction="outbound" if args.kind in ("call", "sms", "email") else ""), now=now, tz=tz)
    if activity.done_at is not None:
        print(i18n.render(RECORDED, {"id": fmt.digits(str(activity.id)), "subject": activity.subject}))
    else:
        print(i18n.render(SCHEDULED, {"id": fmt.digits(str(activity.id)), "subject": activity.subject,
                                      "due": _due_text(fmt, activity.due_at, activity.all_day, tz)}))
    if activity.assignee is not None:
        print(i18n.render(ASSIGNED_TO, {"who": activity.assignee.display_name}))
    if customer:
        print(i18n.render(SCHEDULED_FOR, {"customer": customer}))
    if rule is not None:
        print(i18n.render(REPEATS, {"every": fmt.number(every), "unit": _label("UNITS", rule.unit)}))
    return 0


def _case_id(number: str) -> int:
    from crm_desktop.cli_cases import _case

    return _case(number).id


def cmd_activity_done(args: argparse.Namespace) -> int:
    from crm_desktop.db.base import database
    from crm_desktop.db.fields import utcnow
    from crm_desktop.db.models import Activity
    from crm_desktop.services.activities import activity_service
    from crm_desktop.services.local_time import LocalZone

    if args.follow_up_in is not None and not 0 <= args.follow_up_in <= 365:
        raise UserError(BAD_FOLLOW_UP)
    open_db(args.sub_db or args.db)
    activity = Activity.alive().where(Activity.id == args.activity_id).first()
    fmt, tz, now = _formatter(), LocalZone(), utcnow()
    if activity is None:
        raise UserError(NO_ACTIVITY, id=fmt.digits(str(args.activity_id)))
    if activity.done_at is not None:
        raise UserError(ALREADY_DONE, id=fmt.digits(str(activity.id)), when=fmt.datetime(activity.done_at))
    with database.atomic():
        completed = activity_service.complete_activity(activity.id, outcome=args.outcome, notes=args.notes, now=now,
                                                       tz=tz)
        follow = None
        if args.follow_up_in is not None:
            follow = activity_service.create_activity(_follow_up(completed.activity, args.follow_up_in, now, tz),
                                                      now=now, tz=tz)
    print(i18n.render(DONE, {"id": fmt.digits(str(activity.id)), "subject": activity.subject}))
    nxt = completed.next_occurrence
    if nxt is not None:
        print(i18n.render(NEXT_OCCURRENCE, {"id": fmt.digits(str(nxt.id)),
                                            "due": _due_text(fmt, nxt.due_at, nxt.all_day, tz)}))
    if follow is not None:
        print(i18n.render(FOLLOW_UP, {"id": fmt.digits(str(follow.id)),
                                      "due": _due_text(fmt, follow.due_at, follow.all_day, tz)}))
    return 0


def _follow_up(activity, days: int, now: dt.datetime, tz: dt.tzinfo):
    """The same again ``days`` from today, at the activity's time of day (all day when it had none)."""
    from crm_desktop.services.activities import activity_service

    day = now.astimezone(tz).date() + dt.timedelta(days=days)
    timed = activity.due_at is not None and not activity.all_day
    clock = activity.due_at.astimezone(tz).time() if timed else dt.time()
    kind = activity.kind if activity.kind != "note" else "task"
    data = activity_service.follow_up_input(activity, kind=kind, subject=activity.subject,
                                            due_at=dt.datetime.combine(day, clock, tzinfo=tz))
    data.all_day = not timed
    data.direction = activity.direction if kind in ("call", "sms", "email") else ""
    return data


def cmd_log_call(args: argparse.Namespace) -> int:
    from crm_desktop.db.fields import utcnow
    from crm_desktop.services.activities import activity_service
    from crm_desktop.services.activities.checks import ActivityInput
    from crm_desktop.services.local_time import LocalZone

    if args.minutes is not None and args.minutes < 0:
        raise UserError(BAD_MINUTES)
    open_db(args.sub_db or args.db)
    contact_id, org_id, customer = _customer(args)
    now = utcnow()
    call = activity_service.create_activity(ActivityInput(
        kind="call", direction="inbound" if args.direction == "in" else "outbound", outcome=args.outcome,
        duration_minutes=args.minutes, contact_id=contact_id, organization_id=org_id, body=args.notes, done=True,
        due_at=now), now=now, tz=LocalZone())
    print(i18n.render(LOGGED, {"id": _formatter().digits(str(call.id)), "customer": customer,
                               "outcome": _label("OUTCOMES", call.outcome)}))
    return 0


def cmd_workload(args: argparse.Namespace) -> int:
    from crm_desktop.db.fields import utcnow
    from crm_desktop.services.activities import workload
    from crm_desktop.services.local_time import LocalZone, local_date

    open_db(args.sub_db or args.db)
    tz, now = LocalZone(), utcnow()
    fmt = _formatter()
    calendar = fmt.prefs.calendar
    period = workload.chosen_period(args.period, local_date(now, tz), calendar)
    load = workload.workload(period, now=now, tz=tz, calendar=calendar)
    names = (workload.period_caption(load.period, calendar), workload.period_caption(load.previous, calendar))
    print("\t".join([*(i18n.render(caption) for caption in WORKLOAD_HEADER),
                     *(i18n.render(DONE_IN, {"period": name}) for name in names)]))
    for person in [*load.people, load.total]:
        print("\t".join([person.name, *(fmt.number(value) for value in (
            person.open, person.overdue, person.due_today, person.due_week, person.done, person.done_before))]))
    return 0
