"""My day and the calendar over N activities (1,000,000 by default): what the services cost and how
long the pages take to show (offscreen Qt, Persian, Tehran time).

The database (cached as ``~/.cache/crm-desktop-bench/activities-{N}-{seed}-v{SCHEMA}.sqlite3``,
built in a child process) holds a Persian office of 10 staff (some much busier than others), N/20
people and N/160 companies, N/100 deals, and N activities over the three years before
2025-03-19 (more lately, on working hours of Saturday to Thursday): calls (half of them), tasks,
meetings, SMS, emails and notes; a quarter of them on a deal; 3 % still open (about a third of
those overdue, up to two months, the rest over the next two months, a few due today), reminders
on 40 % of the coming ones and 10 % of the overdue ones; a weekly meeting series per person,
done every week, its next one open. Rows go in with raw ``executemany`` in one transaction, the
table's indexes dropped first and rebuilt after from the migration's own SQL, then ANALYZE.

Timed (median of ``--repeat`` runs):

* services: ``agenda.agenda`` for the busiest person and for everyone; ``calendar.load`` of the
  current month's grid (six weeks, capped per day as the month view reads it) for one person and
  for everyone, and uncapped (``calendar.entries``) for one person; ``reminders.next_time`` and
  ``reminders.startup_summary`` for one person and everyone; ``workload.workload`` (every person's
  figures) when that module is there;
* pages (when ``ui/my_day/page.py`` and ``ui/calendar/page.py`` are there): a new page in
  a shown 1280x800 window, from its creation until its ``loaded`` signal has come and the page has
  painted after it: My day for the busiest person and then for everyone; the month calendar for
  one person, for everyone, and the next month.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import cached_database, emit, median, paint_counter, print_table, wait_until

DEFAULT_SIZE = 1_000_000
DEFAULT_REPEAT = 3
SEED = 1404
TEHRAN = dt.timezone(dt.timedelta(hours=3, minutes=30))
NOW = dt.datetime(2025, 3, 19, 9, 30, tzinfo=dt.timezone.utc)  # Wednesday 1403/12/29, 13:00 in Tehran
DAYS = 3 * 365
CACHE = Path(os.environ.get("CRM_BENCH_CACHE", "~/.cache/crm-desktop-bench")).expanduser()
CHUNK = 20_000
STAFF = 10
OPEN_SHARE = 0.03
KINDS = (("call", 50), ("task", 18), ("meeting", 10), ("sms", 8), ("email", 9), ("note", 5))
OUTCOMES = (("answered", 66), ("no_answer", 18), ("busy", 7), ("left_message", 7), ("wrong_number", 2))
COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "kind", "subject", "subject_norm", "body",
           "contact", "organization", "deal", "assignee", "priority", "due_at", "all_day", "duration_minutes",
           "done_at", "direction", "outcome", "location", "attendees", "remind_before", "remind_at",
           "recurrence_unit", "recurrence_interval", "recurrence_calendar", "series_uid", "occurrence", "series_start")
EMPTY_CONTACT = ("gender", "national_code", "job_title", "source", "city", "province", "notes")
EMPTY_ORG = ("industry", "website", "city", "province", "national_id", "economic_code", "notes")
SUBJECTS = {"call": ("تماس پیگیری پیش\u200cفاکتور", "هماهنگی زمان تحویل", "استعلام قیمت", "یادآوری سررسید چک"),
            "task": ("ارسال پیش\u200cفاکتور", "آماده کردن قرارداد", "صدور فاکتور"),
            "meeting": ("جلسه معرفی محصول", "بازدید از محل نصب", "جلسه مذاکره"),
            "sms": ("پیامک یادآوری جلسه", "ارسال شماره حساب"), "email": ("ارسال کاتالوگ", "ارسال قرارداد"),
            "note": ("یادداشت تماس",)}


def database_path(size: int, seed: int) -> Path:
    from crm_desktop.db.migrations.runner import head_version

    return CACHE / f"activities-{size}-{seed}-v{head_version()}.sqlite3"


# -- the database --------------------------------------------------------------------------------------

class _Maker:
    def __init__(self, rng: random.Random, owner: int, staff: list[int], people: int, orgs: int,
                 deals: list[tuple[int, int, int | None]]) -> None:
        self.rng, self.owner, self.staff = rng, owner, staff
        self.weights = [rng.uniform(0.4, 2.5) for _ in staff]
        self.people, self.orgs, self.deals = people, orgs, deals
        self.kinds, self.kind_weights = [k for k, _ in KINDS], [w for _, w in KINDS]
        self.outcomes, self.outcome_weights = [o for o, _ in OUTCOMES], [w for _, w in OUTCOMES]
        self.org_of = [None] + [rng.randint(1, orgs) if rng.random() < 0.4 else None for _ in range(people)]

    def at_work(self, day: dt.date) -> dt.datetime:
        minute = self.rng.randrange(480, 1020, 5)
        return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=TEHRAN).astimezone(dt.timezone.utc)

    def row(self, activity_id: int, due: dt.datetime, done: bool) -> tuple:
        from crm_desktop.db import bulk
        from crm_desktop.db.fields import to_utc_text
        from crm_desktop.services.activities.activity_service import reminder_time

        rng = self.rng
        kind = rng.choices(self.kinds, self.kind_weights)[0]
        assignee = rng.choices(self.staff, self.weights)[0]
        deal = contact = org = None
        if self.deals and rng.random() < 0.25:
            deal, contact, org = rng.choice(self.deals)
        elif rng.random() < 0.93:
            contact = rng.randint(1, self.people)
            org = self.org_of[contact]
        all_day = kind == "task" and rng.random() < 0.3
        if all_day:
            local = due.astimezone(TEHRAN).date()
            due = dt.datetime.combine(local, dt.time(), tzinfo=TEHRAN).astimezone(dt.timezone.utc)
        direction = ("inbound" if rng.random() < 0.35 else "outbound") if kind in ("call", "sms", "email") else ""
        outcome = (rng.choices(self.outcomes, self.outcome_weights)[0] if done else "") if kind == "call" else ""
        duration = rng.randint(1, 25) if outcome == "answered" else (rng.choice((30, 60, 90)) if kind == "meeting"
                                                                     else None)
        done_at = created = None
        remind_before = remind_at = None
        if done:
            done_at = min(NOW, due + dt.timedelta(minutes=duration or rng.randint(0, 90)))
            created = done_at if rng.random() < 0.7 else due - dt.timedelta(days=rng.uniform(0.1, 10))
        else:
            created = min(NOW, due) - dt.timedelta(days=rng.uniform(0.1, 10))
            if rng.random() < (0.4 if due > NOW else 0.1):
                remind_before = rng.choice((15, 30, 60))
                remind_at = reminder_time(due, all_day, remind_before, TEHRAN)
        subject = rng.choice(SUBJECTS[kind])
        stamp = to_utc_text(created)
        return (activity_id, bulk.new_uid(), stamp, to_utc_text(done_at) if done_at else stamp, self.owner, kind,
                subject, subject, "", contact, org, deal, assignee, "high" if rng.random() < 0.1 else "normal",
                to_utc_text(due), all_day, duration, to_utc_text(done_at) if done_at else None, direction, outcome,
                "", "", remind_before, to_utc_text(remind_at) if remind_at else None, "", 1, "", "", 0, None)


def _series(maker: _Maker, staff: list[int], first_id: int) -> list[tuple]:
    """A weekly Saturday 09:00 meeting per person over the three years, the next one open."""
    from crm_desktop.db import bulk
    from crm_desktop.db.fields import to_utc_text

    rows = []
    first_day = (NOW - dt.timedelta(days=DAYS)).astimezone(TEHRAN).date()
    while first_day.weekday() != 5:
        first_day += dt.timedelta(days=1)
    start = dt.datetime.combine(first_day, dt.time(9), tzinfo=TEHRAN).astimezone(dt.timezone.utc)
    for user in staff:
        series = bulk.new_uid()
        n = 0
        while True:
            due = start + dt.timedelta(weeks=n)
            done = due + dt.timedelta(hours=1) <= NOW
            stamp = to_utc_text(due - dt.timedelta(days=6))
            rows.append((first_id + len(rows), bulk.new_uid(), stamp, stamp, maker.owner, "meeting", "جلسه هفتگی",
                         "جلسه هفتگی", "", None, None, None, user, "normal", to_utc_text(due), False, 60,
                         to_utc_text(due + dt.timedelta(hours=1)) if done else None, "", "", "اتاق جلسات", "", 15,
                         None if done else to_utc_text(due - dt.timedelta(minutes=15)), "week", 1, "jalali", series,
                         n, to_utc_text(start)))
            if not done:
                break
            n += 1
    return rows


def build(path: Path, size: int, seed: int) -> float:
    from crm_desktop.db import bulk, derived_state
    from crm_desktop.db.base import database
    from crm_desktop.db.connection import close_database
    from crm_desktop.db.fields import to_utc_text
    from crm_desktop.db.models import Activity, Contact, Deal, Organization, User
    from crm_desktop.services import search_documents, settings
    from crm_desktop.services.funnel import pipelines
    from crm_desktop.services.session import open_session, prepare
    from crm_desktop.text.collation import SORT_KEY_VERSION, persian_sort_key
    from crm_desktop.text.normalize import normalize_text

    started = time.perf_counter()
    _, owner = open_session(path)
    rng = random.Random(seed)
    settings.set_setting(settings.PREFERENCE_KEY, {"language": "fa", "calendar": "jalali"})
    staff = [User.create(username=f"staff{i}", full_name=f"کارشناس {i + 1}").id for i in range(STAFF)]
    people, orgs, deal_count = max(500, size // 20), max(60, size // 160), size // 100
    stage_ids = [s.id for s in pipelines.stages(pipelines.default_pipeline_id())]
    pipeline_id = pipelines.default_pipeline_id()
    db = database.obj
    db.execute_sql("PRAGMA cache_size = -262144")
    stamp = to_utc_text(NOW - dt.timedelta(days=DAYS + 30))
    with database.atomic():
        indexes = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name = 'activity'").fetchall()
        for name, _ in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
        bulk.insert_rows(Organization, ("id", "uid", "created_at", "updated_at", "created_by", "name", "name_norm",
                                        "sort_key", "owner", *EMPTY_ORG),
                         ((i, bulk.new_uid(), stamp, stamp, owner.id, f"شرکت نمونه {i}", normalize_text(f"شرکت نمونه {i}"),
                           persian_sort_key(f"شرکت نمونه {i}"), rng.choice(staff), *("",) * len(EMPTY_ORG))
                          for i in range(1, orgs + 1)))
        maker = _Maker(rng, owner.id, staff, people, orgs, [])
        firsts, lasts = ("علی", "مریم", "رضا", "سارا", "حسین", "زهرا", "امید", "نگار"), ("احمدی", "کریمی", "نوری", "رضایی")
        contacts = []
        for i in range(1, people + 1):
            first, last = rng.choice(firsts), f"{rng.choice(lasts)} {i}"
            name = f"{first} {last}"
            contacts.append((i, bulk.new_uid(), stamp, stamp, owner.id, first, last, normalize_text(name),
                             persian_sort_key(name), maker.org_of[i], rng.choice(staff), "customer",
                             *("",) * len(EMPTY_CONTACT)))
        bulk.insert_rows(Contact, ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name",
                                   "name_norm", "sort_key", "organization", "owner", "lifecycle_stage", *EMPTY_CONTACT),
                         contacts)
        deals = []
        deal_rows = []
        for i in range(1, deal_count + 1):
            contact = rng.randint(1, people)
            deals.append((i, contact, maker.org_of[contact]))
            status = rng.choices(("won", "lost", "open"), (35, 45, 20))[0]
            stage = stage_ids[-2] if status == "won" else stage_ids[-1] if status == "lost" else rng.choice(stage_ids[:4])
            deal_rows.append((i, bulk.new_uid(), stamp, stamp, owner.id, f"معامله {i}", f"معامله {i}", contact,
                              maker.org_of[contact], pipeline_id, stage, status, rng.randint(1, 900) * 1_000_000,
                              rng.choice(staff), stamp, None if status == "open" else stamp, "", "", "", ""))
        bulk.insert_rows(Deal, ("id", "uid", "created_at", "updated_at", "created_by", "title", "title_norm", "contact",
                                "organization", "pipeline", "stage", "status", "amount", "owner", "stage_entered_at",
                                "closed_at", "products", "next_activity", "lost_note", "notes"), deal_rows)
        maker.deals = deals
        series = _series(maker, staff, 1)
        bulk.insert_rows(Activity, COLUMNS, series)
        count = max(0, size - len(series))
        opened = int(count * OPEN_SHARE)
        first_day = NOW.astimezone(TEHRAN).date() - dt.timedelta(days=DAYS)
        # done: days over three years, more lately (the office grows), in order
        days = sorted(int(DAYS * rng.random() ** 0.8) for _ in range(count - opened))
        next_id = len(series) + 1
        rows = []
        for n, offset in enumerate(days):
            due = maker.at_work(first_day + dt.timedelta(days=offset))
            if due > NOW:
                due = NOW - dt.timedelta(minutes=rng.randint(5, 600))
            rows.append(maker.row(next_id, due, True))
            next_id += 1
            if len(rows) >= CHUNK or n == len(days) - 1:
                bulk.insert_rows(Activity, COLUMNS, rows)
                rows = []
        today = NOW.astimezone(TEHRAN).date()
        for n in range(opened):  # open: a third overdue (up to two months), a few today, the rest coming
            roll = rng.random()
            if roll < 0.33:
                due = maker.at_work(today - dt.timedelta(days=int(rng.expovariate(1 / 12)) % 60 + 1))
            elif roll < 0.36:
                due = maker.at_work(today)
            else:
                due = maker.at_work(today + dt.timedelta(days=int(rng.expovariate(1 / 15)) % 60 + 1))
            rows.append(maker.row(next_id, due, False))
            next_id += 1
            if len(rows) >= CHUNK or n == opened - 1:
                bulk.insert_rows(Activity, COLUMNS, rows)
                rows = []
        loaded = time.perf_counter()
        for _, sql in indexes:
            db.execute_sql(sql)
    indexed = time.perf_counter()
    db.execute_sql("ANALYZE")
    search_documents.rebuild()
    derived_state.set_version(derived_state.SORT_KEYS, SORT_KEY_VERSION)
    prepare()
    close_database()
    seconds = time.perf_counter() - started
    print(f"database: built {path} in {seconds:.1f} s ({next_id - 1:,} activities; rows {loaded - started:.1f} s, "
          f"indexes {indexed - loaded:.1f} s)")
    return seconds


def _build_child(path: str, size: int, seed: int, queue) -> None:
    queue.put(build(Path(path), size, seed))


def ensure_database(size: int) -> tuple[Path, float | None]:
    path = database_path(size, SEED)
    return path, cached_database(path, _build_child, size, SEED)


# -- the figures ---------------------------------------------------------------------------------------

def timed(call, repeat: int) -> float:
    times = []
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return median(times)


def service_figures(repeat: int, user: int) -> dict[str, float]:
    from crm_desktop.services import weeks
    from crm_desktop.services.activities import agenda, calendar, reminders, workload
    from crm_desktop.services.funnel import targets

    year, month = targets.month_of(NOW.astimezone(TEHRAN).date(), "jalali")
    days = [day for week in calendar.month_grid(year, month, "jalali", weeks.first_weekday("jalali", "fa"))
            for day in week]
    start = dt.datetime.combine(days[0], dt.time(), tzinfo=TEHRAN)
    end = dt.datetime.combine(days[-1] + dt.timedelta(days=1), dt.time(), tzinfo=TEHRAN)
    per_day = _month_per_day()
    jobs = {
        "agenda, one person": lambda: agenda.agenda(user, now=NOW, tz=TEHRAN),
        "agenda, everyone": lambda: agenda.agenda(None, now=NOW, tz=TEHRAN),
        "month calendar (capped), one person": lambda: calendar.load(days, user_id=user, per_day=per_day, now=NOW,
                                                                     tz=TEHRAN),
        "month calendar (capped), everyone": lambda: calendar.load(days, user_id=None, per_day=per_day, now=NOW,
                                                                   tz=TEHRAN),
        "month calendar (every entry), one person": lambda: calendar.entries(start, end, user_id=user, now=NOW,
                                                                             tz=TEHRAN),
        "reminders.next_time, one person": lambda: reminders.next_time(user),
        "reminders.next_time, everyone": lambda: reminders.next_time(None),
        "startup_summary, one person": lambda: reminders.startup_summary(user, now=NOW, tz=TEHRAN),
        "startup_summary, everyone": lambda: reminders.startup_summary(None, now=NOW, tz=TEHRAN),
    }
    jobs["workload (every person)"] = lambda: workload.workload(now=NOW, tz=TEHRAN, calendar="jalali")
    return {name: timed(job, repeat) for name, job in jobs.items()}


def _month_per_day() -> int:
    from crm_desktop.ui.calendar.month import PER_DAY

    return PER_DAY


def ui_figures(path: Path, repeat: int, user: int) -> dict[str, float]:
    """Seconds from a new page (or a new choice) to its ``loaded`` signal and a paint after it."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from crm_desktop.config import app_paths
    from crm_desktop.services.context import acting_as
    from crm_desktop.services.settings import Preferences
    from crm_desktop.ui.application import configure, create_application
    from crm_desktop.ui.calendar.page import CalendarPage
    from crm_desktop.ui.context import AppContext
    from crm_desktop.ui.my_day.page import MyDayPage

    app: QApplication = create_application()
    ctx = AppContext(Preferences.defaults("fa"), app_paths().ensure(), path.name, "bench")
    configure(app, ctx.prefs)

    painted = paint_counter()
    app.installEventFilter(painted)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    loads = {"n": 0}

    def until(ready, what: str) -> None:
        wait_until(app, ready, f"the page never got {what}", pause=0.0005)

    def shown(action, paints_first: bool = False) -> float:
        """Seconds from ``action`` until the page said ``loaded`` and has painted after that (a page that
        ``paints_first`` paints before it says ``loaded``: then a paint since ``action`` is enough)."""
        before, painted_before = loads["n"], painted.count
        started = time.perf_counter()
        action()
        until(lambda: loads["n"] > before, "loaded")
        after = painted_before if paints_first else painted.count
        until(lambda: painted.count > after, "painted")
        return time.perf_counter() - started

    def new_page(make):
        def action() -> None:
            page = make()
            page.loaded.connect(lambda: loads.__setitem__("n", loads["n"] + 1))
            painted.page = page
            window.setCentralWidget(page)
            holder["page"] = page
            page.refresh()
        return action

    holder: dict = {}
    times: dict[str, list[float]] = {}
    with acting_as(user):  # "me" is the busiest person
        for _ in range(max(1, repeat)):
            times.setdefault("My day, one person", []).append(
                shown(new_page(lambda: MyDayPage(ctx, now=lambda: NOW, tz=TEHRAN))))
            times.setdefault("My day, everyone", []).append(
                shown(lambda: holder["page"].choose_person("everyone")))
            times.setdefault("month calendar, one person", []).append(  # it paints, then says loaded
                shown(new_page(lambda: CalendarPage(ctx, clock=lambda: NOW, tz=TEHRAN)), True))
            times.setdefault("month calendar, everyone", []).append(
                shown(lambda: holder["page"].toolbar.choose_person(None), True))
            times.setdefault("month calendar, next month (everyone)", []).append(
                shown(lambda: holder["page"].step(1), True))
    window.close()
    return {name: median(values) for name, values in times.items()}


def run(size: int, repeat: int) -> None:
    cached, build_seconds = ensure_database(size)
    with tempfile.TemporaryDirectory(prefix="crm-bench-activities-") as home:
        os.environ["CRM_DESKTOP_HOME"] = home
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        path = Path(home) / "activities.sqlite3"
        shutil.copyfile(cached, path)
        _run(path, size, max(1, repeat), build_seconds)


def _run(path: Path, size: int, repeat: int, build_seconds: float | None) -> None:
    from peewee import fn

    from crm_desktop.db.connection import close_database
    from crm_desktop.db.models import Activity
    from crm_desktop.services.session import open_session

    open_session(path)
    total = Activity.select().count()
    open_count = Activity.select().where(Activity.done_at.is_null()).count()
    busiest, busiest_open = (Activity.select(Activity.assignee, fn.COUNT(Activity.id))
                             .where(Activity.done_at.is_null()).group_by(Activity.assignee)
                             .order_by(fn.COUNT(Activity.id).desc()).tuples().first())
    service = service_figures(repeat, busiest)
    pages = ui_figures(path, repeat, busiest)
    close_database()
    rows = [("activities / open", f"{total:,} / {open_count:,} (the busiest person has {busiest_open:,} open)")]
    rows += [(name, f"{seconds * 1000:8.1f} ms") for name, seconds in service.items()]
    if pages:
        rows += [(f"shown: {name}", f"{seconds:8.3f} s") for name, seconds in pages.items()]
    print_table(f"activities: My day and the calendar over {total:,} activities (median of {repeat})", rows)

    def key(name: str) -> str:
        return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")

    emit("activities", {"size": size, "activities": total, "open": open_count, "runs": repeat,
                        **{key(name) + "_ms": round(s * 1000, 2) for name, s in service.items()},
                        **{"shown_" + key(name) + "_s": round(s, 3) for name, s in (pages or {}).items()},
                        "dataset_build_s": round(build_seconds, 1) if build_seconds else None})
