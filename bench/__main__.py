"""``python -m bench`` lists the benchmarks; ``python -m bench NAME [--size N]`` runs one."""

from __future__ import annotations

import argparse
import importlib
import sys

BENCHMARKS = {
    "startup": ("bench.startup", "time to the main window shown (offscreen), as a ratio to a bare PySide6 window"),
    "demo": ("bench.demo_data", "demo-data generation rate (people/s, rows/s) for --size people (100,000)"),
    "search": ("bench.search_latency", "search() latency p50/p95/p99 over ~300 real queries vs LIKE '%q%' (1,000,000)"),
    "list": ("bench.customer_list", "customers list: first paint, memory, jump to end vs all rows in a list (1,000,000)"),
    "dedupe": ("bench.duplicates_scan", "find_duplicates time, precision and recall on 5% planted duplicates (100,000)"),
    "export": ("bench.export_xlsx", "customers list to .xlsx and .csv: time, rows/s, peak memory (100,000)"),
    "board": ("bench.funnel_board", "funnel board over N open deals: page opened to cards shown, drop to saved (5,000)"),
    "import": ("bench.import_sheet", "import a Persian .xlsx customer sheet vs calamine and pandas; GUI stalls (100,000)"),
    "funnel": ("bench.funnel_metrics", "funnel reports (conversion, time in stage, win rates, ROI, forecast, targets): "
                                       "seconds each over --size deals, ~5 stage changes each (200,000)"),
    "cases_report": ("bench.case_report", "complaint report (working-hour times, SLA, backlog, reopen, satisfaction, "
                                          "top lists, forecast): seconds each over --size closed cases (1,000,000)"),
    "cases_queue": ("bench.case_queue", "complaint queue with --size closed and --size/20 open cases: page opened to "
                                        "queue shown, views, end, closed filter (1,000,000)"),
    "activities": ("bench.activity_views", "My day and the month calendar over --size activities: agenda, calendar, "
                                           "reminders, workload; page opened to shown (1,000,000)"),
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:  # "list" is a benchmark (the customers list)
        print("benchmarks (python -m bench NAME [--size N]):")
        for name, (_, about) in BENCHMARKS.items():
            print(f"  {name:10} {about}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}; run 'python -m bench' for the list", file=sys.stderr)
        return 2
    module = importlib.import_module(BENCHMARKS[name][0])
    parser = argparse.ArgumentParser(prog=f"python -m bench {name}")
    parser.add_argument("--size", type=int, default=module.DEFAULT_SIZE)
    parser.add_argument("--repeat", type=int, default=module.DEFAULT_REPEAT)
    args = parser.parse_args(rest)
    module.run(size=args.size, repeat=args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
