"""The funnel reports over N deals (~5 stage changes each) and N/2 leads: seconds per report.

The database (cached as ``~/.cache/crm-desktop-bench/funnel-{N}-{seed}-v{SCHEMA}.sqlite3``) has the
default pipeline, 9 staff in 2 teams, 200 customers, the default sources and lost reasons with a
monthly cost per source, N/2 leads and N deals created over the two years before 2025-03-19. Each
deal walks the stages from the first one: on from each stage with some chance, a step back now and
then, lost with a reason, or left open (still in its stage at the end); a lost deal is sometimes
reopened; time in a stage is exponential (mean 4..15 days); a quarter of the deals came from a lead.
Deals, leads and the stage log are written with raw ``executemany`` in one transaction, their
indexes dropped first and rebuilt after (DESIGN.md).

Timed (median of ``--repeat`` runs, the last full Gregorian quarter before 2025-03-19 as the period,
all pipelines' filters off): conversion, time in stage, sales cycle, win rates by source and by
owner, lost reasons, source ROI, the Jalali forecast, targets progress for the Jalali quarter and
leads needed over the past year.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from pathlib import Path

from bench.common import emit, median, print_table

DEFAULT_SIZE = 200_000
DEFAULT_REPEAT = 3
SEED = 1403
NOW = dt.datetime(2025, 3, 19, 9, 30, tzinfo=dt.timezone.utc)
PERIOD = (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
CACHE = Path(os.environ.get("CRM_BENCH_CACHE", "~/.cache/crm-desktop-bench")).expanduser()
TABLES = ("deal", "deal_stage_change", "lead")
DEAL_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "title", "title_norm", "contact", "pipeline",
                "stage", "status", "amount", "expected_close", "probability", "owner", "source", "lead", "products",
                "next_activity", "stage_entered_at", "closed_at", "lost_reason", "lost_note", "notes")
CHANGE_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "deal", "from_stage", "to_stage", "at", "by")
LEAD_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name", "company_name",
                "name_norm", "phone", "phone_norm", "email", "email_norm", "city", "industry", "source", "campaign",
                "interest", "owner", "status", "disqualify_reason", "notes", "converted_at")
MEAN_DAYS = (4, 9, 12, 15)  # time in each open stage
ADVANCE = (0.62, 0.55, 0.5, 0.55)  # chance to move on from each open stage (the last one: won)
BACK, LOSE, STALL = 0.24, 0.15, 0.025  # a step back, lost, left open for good
CHUNK = 20_000


def database_path(size: int, seed: int) -> Path:
    from crm_desktop.db.migrations.runner import head_version

    return CACHE / f"funnel-{size}-{seed}-v{head_version()}.sqlite3"


def _walk(rng: random.Random, created: dt.datetime, n_open: int) -> list[tuple[int | str, dt.datetime]]:
    """A deal's stage log: (open stage index, "won" or "lost", when), ending at NOW at the latest."""
    steps: list[tuple[int | str, dt.datetime]] = [(0, created)]
    stage, when = 0, created
    while len(steps) < 40:
        when = when + dt.timedelta(days=rng.expovariate(1 / MEAN_DAYS[stage]))
        if when >= NOW:
            break
        roll = rng.random()
        if roll < STALL:
            break
        if roll < STALL + LOSE:
            steps.append(("lost", when))
            if rng.random() < 0.1:  # reopened a few weeks later
                when += dt.timedelta(days=rng.uniform(10, 40))
                if when < NOW:
                    steps.append((stage, when))
                    continue
            break
        if stage > 0 and roll < STALL + LOSE + BACK:
            stage -= 1
        elif roll < STALL + LOSE + BACK + ADVANCE[stage]:
            if stage == n_open - 1:
                steps.append(("won", when))
                break
            stage += 1
        else:
            continue  # another spell in the same stage (a touch, no move)
        steps.append((stage, when))
    return steps


def build(path: Path, size: int, seed: int) -> float:
    from crm_desktop.db import bulk
    from crm_desktop.db.base import database
    from crm_desktop.db.connection import close_database
    from crm_desktop.db.fields import to_utc_text
    from crm_desktop.db.models import Deal, DealStageChange, Lead, User
    from crm_desktop.services import contacts
    from crm_desktop.services.funnel import choices, pipelines, targets
    from crm_desktop.services.session import open_session

    started = time.perf_counter()
    _, owner = open_session(path)
    rng = random.Random(seed)
    users = [owner.id] + [User.create(username=f"seller{i}", full_name=f"Seller {i}").id for i in range(1, 9)]
    north, south = targets.create_team("North"), targets.create_team("South")
    for i, user in enumerate(users):
        targets.add_member((north if i % 2 else south).id, user)
    customers = [contacts.create_contact(contacts.ContactInput(first_name=f"Customer {i}", last_name="Bench")).id
                 for i in range(200)]
    stages = pipelines.stages(pipelines.default_pipeline_id())
    opens = [s for s in stages if s.is_open]
    end_stage = {s.kind: s for s in stages if not s.is_open}
    sources = [c.id for c in choices.choices("source")]
    reasons = [c.id for c in choices.choices("lost_reason")]
    month = dt.date(2023, 3, 1)
    while month < NOW.date():
        for source in sources:
            choices.add_cost(source, month, rng.randrange(50, 500) * 1_000_000)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    start = NOW - dt.timedelta(days=730)
    db = database.obj
    db.execute_sql("PRAGMA cache_size = -262144")
    changes = 0
    with database.atomic():
        indexes = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 f"AND tbl_name IN ({', '.join('?' * len(TABLES))})", TABLES).fetchall()
        for name, _ in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
        lead_count = size // 2
        lead_rows = []
        for lead_id in range(1, lead_count + 1):
            created = to_utc_text(start + dt.timedelta(seconds=rng.uniform(0, 730 * 86400)))
            phone = f"0912{lead_id:07d}"
            lead_rows.append((lead_id, bulk.new_uid(), created, created, owner.id, f"Lead {lead_id}", "Bench", "",
                              f"lead {lead_id} bench", phone, "+98" + phone[1:], "", "", "", "", rng.choice(sources),
                              "", "", rng.choice(users), rng.choice(("new", "contacted", "qualified", "converted")),
                              "", "", None))
        bulk.insert_rows(Lead, LEAD_COLUMNS, lead_rows)
        deal_rows, change_rows = [], []
        for deal_id in range(1, size + 1):
            created = start + dt.timedelta(seconds=rng.uniform(0, 730 * 86400))
            steps = _walk(rng, created, len(opens))
            ids = [opens[s].id if isinstance(s, int) else end_stage[s].id for s, _ in steps]
            who = rng.choice(users)
            for k, (stage_id, (_, when)) in enumerate(zip(ids, steps, strict=True)):
                stamp = to_utc_text(when)
                change_rows.append((bulk.new_uid(), stamp, stamp, who, deal_id, ids[k - 1] if k else None,
                                    stage_id, stamp, who))
            last, last_at = steps[-1]
            status = last if isinstance(last, str) else "open"
            stamp, entered = to_utc_text(created), to_utc_text(last_at)
            expected = None if rng.random() < 0.1 else (created + dt.timedelta(days=rng.uniform(20, 150))).date()
            deal_rows.append((deal_id, bulk.new_uid(), stamp, entered, who, f"Deal {deal_id}", f"deal {deal_id}",
                              rng.choice(customers), opens[0].pipeline_id, ids[-1], status,
                              rng.randrange(10, 2000) * 1_000_000, expected.isoformat() if expected else None,
                              rng.choice((None, None, None, 30, 60, 90)), who, rng.choice(sources + [None]),
                              rng.randrange(1, lead_count + 1) if rng.random() < 0.25 else None, "", "", entered,
                              entered if status != "open" else None,
                              rng.choice(reasons) if status == "lost" else None, "", ""))
            if len(deal_rows) >= CHUNK or deal_id == size:
                bulk.insert_rows(Deal, DEAL_COLUMNS, deal_rows)
                bulk.insert_rows(DealStageChange, CHANGE_COLUMNS, change_rows)
                changes += len(change_rows)
                deal_rows, change_rows = [], []
        for _, sql in indexes:
            db.execute_sql(sql)
    year, quarter = targets.current_period("quarter", NOW.date(), "jalali")
    targets.set_target(size * 200_000_000 // 8, "quarter", year, quarter, calendar="jalali")
    for team in (north, south):
        targets.set_target(size * 100_000_000 // 8, "quarter", year, quarter, team_id=team.id, calendar="jalali")
    for user in users:
        targets.set_target(size * 20_000_000 // 8, "quarter", year, quarter, user_id=user, calendar="jalali")
    db.execute_sql("ANALYZE")
    close_database()
    seconds = time.perf_counter() - started
    print(f"database: built {path} in {seconds:.1f} s ({size:,} deals, {changes:,} stage changes, "
          f"{size // 2:,} leads)")
    return seconds


def reports() -> dict:
    from crm_desktop.services.funnel import forecast, metrics, targets

    year, quarter = targets.current_period("quarter", NOW.date(), "jalali")
    return {
        "conversion": lambda: metrics.conversion(*PERIOD),
        "time in stage": lambda: metrics.time_in_stage(*PERIOD),
        "sales cycle": lambda: metrics.sales_cycle(*PERIOD),
        "win rates by source": lambda: metrics.win_rates(*PERIOD, by="source"),
        "win rates by owner": lambda: metrics.win_rates(*PERIOD, by="owner"),
        "lost reasons": lambda: metrics.lost_reasons(*PERIOD),
        "source ROI": lambda: metrics.source_roi(*PERIOD),
        "forecast (Jalali months)": lambda: forecast.forecast(calendar="jalali"),
        "targets progress (quarter)": lambda: targets.progress("quarter", year, quarter, calendar="jalali"),
        "leads needed (past year)": lambda: forecast.leads_needed(10_000_000_000, dt.date(2024, 3, 19),
                                                                  dt.date(2025, 3, 18)),
    }


def run(size: int, repeat: int) -> None:
    from crm_desktop.db.connection import close_database
    from crm_desktop.db.models import DealStageChange
    from crm_desktop.services.session import open_session

    path = database_path(size, SEED)
    build_seconds = None
    if path.exists():
        print(f"database: reused {path}")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        build_seconds = build(partial, size, SEED)
        partial.rename(path)
    open_session(path)
    changes = DealStageChange.select().count()
    seconds, answers = {}, {}
    for name, report in reports().items():
        times = []
        for _ in range(max(1, repeat)):
            started = time.perf_counter()
            answers[name] = report()
            times.append(time.perf_counter() - started)
        seconds[name] = median(times)
    close_database()
    conv = answers["conversion"]
    needed = answers["leads needed (past year)"]
    print_table(f"funnel reports over {size:,} deals, {changes:,} stage changes "
                f"(period {PERIOD[0]}..{PERIOD[1]}, median of {max(1, repeat)})",
                [(name, f"{s:.3f} s") for name, s in seconds.items()])
    print()
    print_table("sanity", [
        ("entered per stage", " / ".join(f"{r.entered:,}" for r in conv.stages)),
        ("conversion per stage", " / ".join(f"{r.rate:.2f}" if r.rate is not None else "-" for r in conv.stages)),
        ("overall first stage -> won", f"{conv.overall:.3f}" if conv.overall is not None else "-"),
        ("median days per stage", " / ".join(f"{r.median_days:.1f}" if r.median_days else "-"
                                             for r in answers["time in stage"])),
        ("won in period", f"{answers['sales cycle'].deals:,} (median cycle "
                          f"{answers['sales cycle'].median_days or 0:.1f} days)"),
        ("forecast months", f"{len(answers['forecast (Jalali months)'])}"),
        ("leads needed for 10bn Rial", f"{needed.leads}"),
    ])
    emit("funnel", {"size": size, "stage_changes": changes, "runs": max(1, repeat),
                    **{name.split(" (")[0].replace(" ", "_") + "_s": round(s, 4) for name, s in seconds.items()},
                    "total_s": round(sum(seconds.values()), 3),
                    "dataset_build_s": round(build_seconds, 1) if build_seconds else None})
