"""How fast demo data (people with phones, emails, addresses, notes, tags) is generated and written.

Each repetition fills a new SQLite file with ``size`` people in one transaction (the bulk path
the importer will share), then reports people/s, rows/s and the file size; and, timed on their own,
the activities the demo adds (``services/demo/activities.py``): their count and rows/s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import emit, median, print_table

DEFAULT_SIZE = 100_000
DEFAULT_REPEAT = 1


def one_run(size: int, folder: Path) -> dict:
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.services.demo import generator
    from crm_desktop.services.users import ensure_default_user

    path = folder / "bench.sqlite3"
    open_database(path)
    ensure_default_user()
    activities = generator.demo_activities.generate_activities
    spent = {"s": 0.0}

    def timed_activities(*args, **kwargs):
        begun = time.perf_counter()
        try:
            return activities(*args, **kwargs)
        finally:
            spent["s"] += time.perf_counter() - begun

    generator.demo_activities.generate_activities = timed_activities
    try:
        started = time.perf_counter()
        report = generator.generate_demo(size, seed=1403)
        seconds = time.perf_counter() - started
    finally:
        generator.demo_activities.generate_activities = activities
    close_database()
    rows = report.people + report.companies + report.points + report.notes + report.taggings
    return {"seconds": seconds, "people_per_s": report.people / seconds, "rows_per_s": rows / seconds,
            "rows": rows, "mb": (path.stat().st_size) / 1e6, "activities": report.activities,
            "activities_s": spent["s"], "activities_per_s": report.activities / max(spent["s"], 1e-9)}


def run(size: int, repeat: int) -> None:
    runs = []
    for _ in range(max(1, repeat)):
        with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
            runs.append(one_run(size, Path(tmp)))
    figures = {key: median([r[key] for r in runs]) for key in runs[0]}
    print_table(f"demo data: {size:,} people, {len(runs)} run(s), medians", [
        ("time", f"{figures['seconds']:.2f} s"),
        ("people per second", f"{figures['people_per_s']:,.0f}"),
        ("rows per second (all tables)", f"{figures['rows_per_s']:,.0f}"),
        ("rows written", f"{figures['rows']:,.0f}"),
        ("database file", f"{figures['mb']:.1f} MB"),
        ("activities (part of the time)", f"{figures['activities']:,.0f} in {figures['activities_s']:.2f} s, "
                                          f"{figures['activities_per_s']:,.0f}/s"),
    ])
    emit("demo", {"size": size, "runs": len(runs), **{k: round(v, 3) for k, v in figures.items()}})
