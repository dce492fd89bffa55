"""The complaint queue's report over N closed cases and N/20 open ones: seconds per figure, the whole
report, memory, and what the working-time arithmetic costs.

The database (cached as ``~/.cache/crm-desktop-bench/cases-{N}-{seed}-v{SCHEMA}.sqlite3``, built in
a child process so the figures below carry no build memory) has a Persian office: the Saturday to
Thursday week, Nowruz and a dozen more holidays a year, the default SLA policies and categories,
12 staff in 3 teams, 25 products. Cases open over the two years before 2025-03-19 (Tehran time):
a growing trend, a yearly wave, the Nowruz lull, quiet Thursdays and Fridays, mostly in office
hours. Kind, channel, priority, category (and sometimes a subcategory), person follow fixed
weights; the first response and the resolution come an exponential number of WORKING minutes
after the opening (means half the policy's targets, so some 10-15 % breach), 45 % are rated
(worse when late), 4.5 % were reopened. Open cases are recent (mean 10 days old). Rows go in with
raw ``executemany`` in one transaction, the table's indexes dropped first and rebuilt after.

Timed (median of ``--repeat`` runs, over the whole two years unless named "quarter", the office
calendar in Tehran time): each stats function, the volume forecast, ``report()`` for the two years
and for the last quarter; then the working-time part alone: the report's pass (fetch, span table
bisections) against the same rows fetched only, and against one ``WorkCalendar.minutes_between``
call per response and per resolution.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import time
from pathlib import Path

from bench.common import cached_database, emit, median, print_table

DEFAULT_SIZE = 1_000_000
DEFAULT_REPEAT = 1
SEED = 1405
TEHRAN = dt.timezone(dt.timedelta(hours=3, minutes=30))
NOW = dt.datetime(2025, 3, 19, 9, 30, tzinfo=dt.timezone.utc)
DAYS = 730
FULL = (NOW.date() - dt.timedelta(days=DAYS), NOW.date())
QUARTER = (NOW.date() - dt.timedelta(days=91), NOW.date())
CACHE = Path(os.environ.get("CRM_BENCH_CACHE", "~/.cache/crm-desktop-bench")).expanduser()
CHUNK = 20_000
COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "number", "year", "sequence", "kind", "channel",
           "category", "subcategory", "product", "priority", "subject", "description", "status", "assignee", "team",
           "routing_note", "opened_at", "first_response_at", "resolved_at", "closed_at", "resolution",
           "satisfaction", "satisfaction_comment", "sla_policy", "response_due_at", "resolve_due_at", "paused_at",
           "due_at", "reopen_count")
KINDS = (("complaint", 55), ("request", 25), ("question", 15), ("suggestion", 5))
CHANNELS = (("phone", 40), ("website", 20), ("email", 14), ("sms", 10), ("walk_in", 10), ("social", 6))
PRIORITIES = (("normal", 60), ("high", 20), ("low", 12), ("urgent", 8))
PRODUCTS = [f"{name} {model}" for name in ("مودم", "روتر", "اینترنت ثابت", "سیم‌کارت", "بسته اینترنت")
            for model in ("A1", "B2", "C3", "پلاس", "پرو")]
# (month, day): Nowruz, Sizdah Bedar and some others, roughly
HOLIDAYS_MD = ((3, 20), (3, 21), (3, 22), (3, 23), (4, 1), (4, 2), (6, 4), (2, 11), (11, 5), (12, 2), (9, 14),
               (7, 28), (10, 13))
STAFF = 12


def database_path(size: int, seed: int) -> Path:
    from crm_desktop.db.migrations.runner import head_version

    return CACHE / f"cases-{size}-{seed}-v{head_version()}.sqlite3"


def rss_mb(field: str = "VmRSS") -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _day_weights() -> list[float]:
    """Relative case volume of each of the DAYS days before NOW (Tehran dates)."""
    first = NOW.astimezone(TEHRAN).date() - dt.timedelta(days=DAYS)
    weights = []
    for i in range(DAYS):
        day = first + dt.timedelta(days=i)
        trend = 0.8 + 0.4 * i / DAYS
        wave = 1 + 0.25 * math.sin(2 * math.pi * (day.timetuple().tm_yday - 80) / 365)
        nowruz = 0.3 if (day.month, day.day) >= (3, 20) and (day.month, day.day) <= (4, 3) else 1.0
        weekday = {3: 0.6, 4: 0.2}.get(day.weekday(), 1.0)  # Thursday, Friday
        weights.append(trend * wave * nowruz * weekday)
    return weights


def build(path: Path, size: int, seed: int) -> float:
    from crm_desktop.db import bulk
    from crm_desktop.db.base import database
    from crm_desktop.db.connection import close_database
    from crm_desktop.db.fields import to_utc_text
    from crm_desktop.db.models import Case, CaseCategory, SlaPolicy, User
    from crm_desktop.services import settings
    from crm_desktop.services.cases import categories, sla, work_calendar
    from crm_desktop.services.funnel import targets
    from crm_desktop.services.session import open_session
    from crm_desktop.text.jalali import gregorian_to_jalali

    started = time.perf_counter()
    _, owner = open_session(path)
    rng = random.Random(seed)
    settings.set_setting(settings.PREFERENCE_KEY, {"language": "fa"})
    work_calendar.save_week(work_calendar.default_week("fa"))
    for year in (2023, 2024, 2025):
        for month, day in HOLIDAYS_MD:
            work_calendar.add_holiday(dt.date(year, month, day))
    sla.ensure_default_policies("fa")
    categories.ensure_default_categories("fa")
    cal = work_calendar.office_calendar(TEHRAN)
    policies = {p.priority: (p.id, p.response_minutes, p.resolve_minutes) for p in SlaPolicy.select()}
    tops = [c for c in CaseCategory.select().where(CaseCategory.parent.is_null())]
    children = {c.id: [s.id for s in CaseCategory.select().where(CaseCategory.parent == c.id)] for c in tops}
    category_weights = [rng.uniform(1, 6) for _ in tops]
    teams = [targets.create_team(name).id for name in ("تهران", "اصفهان", "آنلاین")]
    staff, staff_team = [], {}
    for i in range(STAFF):
        user = User.create(username=f"agent{i}", full_name=f"کارشناس {i + 1}")
        targets.add_member(teams[i % 3], user.id)
        staff.append(user.id)
        staff_team[user.id] = teams[i % 3]
    staff_weights = [rng.uniform(0.5, 2) for _ in staff]

    def pick(pairs):
        return rng.choices([k for k, _ in pairs], [w for _, w in pairs])[0]

    first_day = NOW.astimezone(TEHRAN).date() - dt.timedelta(days=DAYS)
    day_weights = _day_weights()
    now_local = NOW.astimezone(TEHRAN)

    def local_moment(day: dt.date) -> dt.datetime:
        minute = rng.uniform(480, 960) if rng.random() < 0.85 else rng.uniform(0, 1440)
        return (dt.datetime.combine(day, dt.time(), tzinfo=TEHRAN) + dt.timedelta(minutes=minute)).astimezone(
            dt.timezone.utc)

    def one_case(opened: dt.datetime, open_case: bool) -> tuple | None:
        kind, channel, priority = pick(KINDS), pick(CHANNELS), pick(PRIORITIES)
        c = rng.choices(range(len(tops)), category_weights)[0] if rng.random() < 0.93 else None
        category = tops[c].id if c is not None else None
        sub = rng.choice(children[category]) if category and children[category] and rng.random() < 0.5 else None
        assignee = rng.choices(staff, staff_weights)[0] if rng.random() < (0.97 if not open_case else 0.8) else None
        team = staff_team[assignee] if assignee else (rng.choice(teams) if rng.random() < 0.5 else None)
        policy = policies.get(priority) if rng.random() < 0.9 else None
        response_due = resolve_due = None
        if policy:
            response_due, resolve_due = cal.add_minutes(opened, policy[1]), cal.add_minutes(opened, policy[2])
        targets_of = policies[priority]
        reply = rng.expovariate(1 / (0.5 * targets_of[1]))
        responded = cal.add_minutes(opened, max(1, int(reply)))
        resolved = cal.add_minutes(responded, max(1, int(rng.expovariate(1 / (0.5 * targets_of[2])))))
        status, closed_at, paused, due, satisfaction, reopened = "closed", None, None, None, None, 0
        if open_case:
            status = rng.choice(("new", "assigned", "in_progress", "waiting")) if assignee else "new"
            if status in ("new", "assigned") or responded >= NOW:
                responded = None
            if status == "waiting":
                paused = min(NOW, responded + dt.timedelta(hours=rng.uniform(1, 48))) if responded else None
            resolved = None
            due = None if paused else (response_due if responded is None else resolve_due)
        else:
            if resolved >= NOW:
                return None
            status = "closed" if rng.random() < 0.7 else "resolved"
            if status == "closed":
                closed_at = min(NOW, resolved + dt.timedelta(days=rng.uniform(0.5, 5)))
            if rng.random() < 0.45:
                late = resolve_due is not None and resolved > resolve_due
                satisfaction = rng.choices((5, 4, 3, 2, 1), (20, 25, 25, 18, 12) if late else (50, 30, 12, 5, 3))[0]
            roll = rng.random()
            reopened = 2 if roll < 0.005 else (1 if roll < 0.045 else 0)
        product = rng.choice(PRODUCTS) if kind in ("complaint", "request") and rng.random() < 0.7 else ""
        return (kind, channel, category, sub, product, priority, status, assignee, team, opened, responded, resolved,
                closed_at, satisfaction, policy[0] if policy else None, response_due, resolve_due, paused, due,
                reopened)

    def stamp(value):
        return to_utc_text(value) if value is not None else None

    # the cases in opening order: N closed ones over the two years, N/20 open recent ones
    days = rng.choices(range(DAYS), day_weights, k=size)
    days.sort()
    plan = [(local_moment(first_day + dt.timedelta(days=d)), False) for d in days]
    for _ in range(size // 20):
        age = min(rng.expovariate(1 / 10), 300.0)
        opened = local_moment((now_local - dt.timedelta(days=age)).date())
        plan.append((min(opened, NOW - dt.timedelta(minutes=5)), True))
    plan.sort(key=lambda p: p[0])
    db = database.obj
    db.execute_sql("PRAGMA cache_size = -262144")
    made, sequences = 0, {}
    with database.atomic():
        indexes = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name = 'support_case'").fetchall()
        for name, _ in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
        rows = []
        for n, (opened, open_case) in enumerate(plan):
            row = None
            while row is None:  # a closed case must be resolved before NOW: else a little earlier
                row = one_case(opened, open_case)
                if row is None:
                    opened -= dt.timedelta(days=rng.uniform(1, 20))
            (kind, channel, category, sub, product, priority, status, assignee, team, opened, responded, resolved,
             closed_at, satisfaction, policy, response_due, resolve_due, paused, due, reopened) = row
            local = opened.astimezone(TEHRAN).date()
            year = gregorian_to_jalali(local.year, local.month, local.day)[0]
            sequence = sequences[year] = sequences.get(year, 0) + 1
            made += 1
            text = stamp(opened)
            rows.append((made, bulk.new_uid(), text, stamp(closed_at or resolved or opened), owner.id,
                         f"{year}-{sequence:06d}", year, sequence, kind, channel, category, sub, product, priority,
                         f"Case {made}", "", status, assignee, team, "", text, stamp(responded), stamp(resolved),
                         stamp(closed_at), "Done" if resolved else "", satisfaction, "", policy, stamp(response_due),
                         stamp(resolve_due), stamp(paused), stamp(due), reopened))
            if len(rows) >= CHUNK or n == len(plan) - 1:
                bulk.insert_rows(Case, COLUMNS, rows)
                rows = []
        for _, sql in indexes:
            db.execute_sql(sql)
    db.execute_sql("ANALYZE")
    close_database()
    seconds = time.perf_counter() - started
    print(f"database: built {path} in {seconds:.1f} s ({size:,} closed cases, {size // 20:,} open)")
    return seconds


def _build_child(path: str, size: int, seed: int, queue) -> None:
    queue.put(build(Path(path), size, seed))


def timed(call, repeat: int) -> tuple[float, object]:
    """Median wall seconds (and the answer); the CPU seconds of the same runs go to CPU[call]."""
    times, cpu, answer = [], [], None
    for _ in range(max(1, repeat)):
        started, busy = time.perf_counter(), time.process_time()
        answer = call()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - busy)
    CPU[call] = median(cpu)
    return median(times), answer


CPU: dict = {}


def run(size: int, repeat: int) -> None:
    from crm_desktop.db.connection import close_database
    from crm_desktop.db.models import Case
    from crm_desktop.services.cases import stats, volume_forecast, work_calendar
    from crm_desktop.services.cases.stats import CaseFilter
    from crm_desktop.services.session import open_session

    path = database_path(size, SEED)
    build_seconds = cached_database(path, _build_child, size, SEED)
    open_session(path)
    rss_start = rss_mb()
    started = time.perf_counter()
    cal = work_calendar.office_calendar(TEHRAN)
    calendar_s = time.perf_counter() - started
    full, quarter = CaseFilter(*FULL, tz=TEHRAN), CaseFilter(*QUARTER, tz=TEHRAN)
    closed = Case.select().where(Case.resolved_at.is_null(False)).count()
    total = Case.select().count()
    jobs = {
        "times overall": lambda: stats.response_and_resolution(full, cal),
        "times per person": lambda: stats.response_and_resolution(full, cal, "person"),
        "times per team": lambda: stats.response_and_resolution(full, cal, "team"),
        "times per category": lambda: stats.response_and_resolution(full, cal, "category"),
        "times per channel": lambda: stats.response_and_resolution(full, cal, "channel"),
        "SLA compliance": lambda: stats.sla_compliance(full, NOW),
        "backlog per day": lambda: stats.backlog(full, "day"),
        "backlog per week": lambda: stats.backlog(full, "week"),
        "reopen rate": lambda: stats.reopen_rate(full),
        "satisfaction per person": lambda: stats.satisfaction(full, "person"),
        "satisfaction per category": lambda: stats.satisfaction(full, "category"),
        "top categories": lambda: stats.top_categories(full),
        "top products": lambda: stats.top_products(full),
        "volume forecast (4 weeks)": lambda: volume_forecast.forecast(4, now=NOW, tz=TEHRAN),
        "report() quarter": lambda: stats.report(quarter, cal, now=NOW),
        "report() two years": lambda: stats.report(full, cal, now=NOW),
    }
    seconds, cpu, answers = {}, {}, {}
    for name, job in jobs.items():
        seconds[name], answers[name] = timed(job, repeat)
        cpu[name] = CPU[job]
    rss_after, rss_peak = rss_mb(), rss_mb("VmHWM")

    # the working-time part alone
    from crm_desktop.services.cases.stats import _EPOCH_UTC, _US, epoch_us, narrowed, raw

    low, high = stats.day_bounds(full, TEHRAN)
    query = narrowed(Case.select(epoch_us(Case.opened_at), epoch_us(Case.first_response_at),
                                 epoch_us(Case.resolved_at), Case.assignee, Case.team, Case.category, Case.channel),
                     full).where((Case.opened_at >= low) & (Case.opened_at < high))
    fetch_s, pairs = timed(lambda: [(o, a, r) for o, a, r, *_ in raw(query)], 1)
    fetch_cpu = CPU.popitem()[1]
    scan_s, _ = timed(lambda: stats._scan(full, cal), repeat)
    scan_cpu = CPU.popitem()[1]
    epoch = _EPOCH_UTC
    moments = [(epoch + o * _US, a and epoch + a * _US, r and epoch + r * _US) for o, a, r in pairs]
    calls = sum((a is not None) + (r is not None) for _, a, r in moments)
    between = cal.minutes_between

    def every_case() -> None:
        for o, a, r in moments:
            if a is not None:
                between(o, a)
            if r is not None:
                between(o, r)

    between_s, _ = timed(every_case, 1)
    between_cpu = CPU.popitem()[1]
    pairs = moments = []  # free them before the summary
    close_database()

    whole = answers["report() two years"]
    (overall,) = whole.times[None]
    print_table(f"complaint report over {total:,} cases ({closed:,} resolved), period {FULL[0]}..{FULL[1]} "
                f"(median of {max(1, repeat)}; wall seconds, CPU seconds of this process)",
                [(name, f"{s:6.3f} s  (CPU {cpu[name]:.3f} s)") for name, s in seconds.items()]
                + [("office_calendar()", f"{calendar_s:.3f} s")])
    print()
    print_table("working time (the period's cases)", [
        ("fetch only (the same 7 columns, moments as integers)", f"{fetch_s:.3f} s  (CPU {fetch_cpu:.3f} s)"),
        ("report pass (fetch + span bisections + grouping)", f"{scan_s:.3f} s  (CPU {scan_cpu:.3f} s)"),
        (f"minutes_between x {calls:,} (aware datetimes ready)",
         f"{between_s:.3f} s  (CPU {between_cpu:.3f} s, {between_cpu / max(calls, 1) * 1e6:.2f} us a call)"),
    ])
    print()
    print_table("memory", [("RSS after opening", f"{rss_start:.0f} MB"), ("RSS after the runs", f"{rss_after:.0f} MB"),
                           ("peak RSS", f"{rss_peak:.0f} MB")])
    print()
    sla = whole.sla
    forecast = answers["volume forecast (4 weeks)"]
    print_table("sanity", [
        ("cases in the period", f"{overall.count:,} ({overall.resolved:,} resolved)"),
        ("response mean / median (working min)", f"{overall.avg_response_minutes:.0f} / "
                                                 f"{overall.median_response_minutes:.0f}"),
        ("resolution mean / median (working min)", f"{overall.avg_resolution_minutes:.0f} / "
                                                   f"{overall.median_resolution_minutes:.0f}"),
        ("SLA met: response / resolution", f"{sla.response_percent:.1f} % / {sla.resolution_percent:.1f} %"),
        ("backlog at the end", f"{whole.backlog[-1].open:,} ({whole.backlog_step} points: {len(whole.backlog)})"),
        ("reopen rate", f"{whole.reopen.rate:.3f}"),
        ("satisfaction", f"{whole.satisfaction[None][0].average:.2f} of {whole.satisfaction[None][0].count:,}"),
        ("top category", f"{whole.top_categories[0].label} {whole.top_categories[0].count:,}"),
        ("forecast, all categories", " / ".join(f"{v:.0f}" for v in forecast.total.forecast)
         + f" ({forecast.total.method}; last 8 weeks {forecast.total.recent_mean:.0f}/week)"),
    ])
    emit("cases_report", {"size": size, "cases": total, "runs": max(1, repeat),
                          **{name.replace("()", "").replace("(4 weeks)", "").strip().replace(" ", "_") + "_s":
                             round(s, 4) for name, s in seconds.items()},
                          "report_two_years_cpu_s": round(cpu["report() two years"], 3),
                          "fetch_s": round(fetch_s, 3), "scan_s": round(scan_s, 3), "scan_cpu_s": round(scan_cpu, 3),
                          "minutes_between_s": round(between_s, 3), "minutes_between_cpu_s": round(between_cpu, 3),
                          "minutes_between_calls": calls,
                          "rss_mb": round(rss_after), "peak_rss_mb": round(rss_peak),
                          "dataset_build_s": round(build_seconds, 1) if build_seconds else None})
