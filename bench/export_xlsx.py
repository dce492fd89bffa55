"""The customers list of N people (and their companies) exported to .xlsx and .csv: time, rows/s,
peak memory and file size.

Each variant runs in a fresh process (``python -m bench.export_xlsx CHILD ...``), so its peak
memory is its own: the peak resident set (``ru_maxrss``) at the end minus the resident set just
before the export starts (after the database is open and the modules are loaded). Variants:

* ``xlsx jalali``: Persian headers, Jalali dates as text, right to left (a Persian office);
* ``xlsx gregorian``: English headers, real date cells (styled cells cost more in openpyxl);
* ``csv``: Persian, UTF-8 with BOM.

All go through ``services.exports.customers.export_customers`` with the unfiltered list sorted by
name, the way the "Export to Excel…" button runs it (without the worker thread).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit, median, print_table
from bench.dataset import dataset

DEFAULT_SIZE = 100_000
DEFAULT_REPEAT = 1
VARIANTS = {"xlsx jalali": ("xlsx", "fa", "jalali"), "xlsx gregorian": ("xlsx", "en", "gregorian"),
            "csv": ("csv", "fa", "jalali")}


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- the child process -------------------------------------------------------------------------------


def child(db_path: str, out: str, language: str, calendar: str) -> None:
    from crm_desktop.db.connection import close_database
    from crm_desktop.services.customer_list import ListFilter
    from crm_desktop.services.exports.customers import export_customers
    from crm_desktop.services.session import open_session
    from crm_desktop.services.settings import Preferences
    from crm_desktop.text import i18n

    open_session(db_path)
    i18n.set_language(language)
    prefs = Preferences(language, calendar, "latin", "toman")
    before = rss_mb()
    started = time.perf_counter()
    rows = export_customers(out, ListFilter(), prefs=prefs)
    seconds = time.perf_counter() - started
    close_database()
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_delta_mb": peak_mb() - before,
                      "file_mb": os.path.getsize(out) / 1024 / 1024}))


def _run_child(db_path: Path, variant: str, folder: Path) -> dict:
    kind, language, calendar = VARIANTS[variant]
    out = folder / f"customers-{variant.replace(' ', '-')}.{kind}"
    env = {**os.environ, "CRM_DESKTOP_HOME": str(folder / "home")}
    done = subprocess.run([sys.executable, "-m", "bench.export_xlsx", "CHILD", str(db_path), str(out), language,
                           calendar], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{done.stderr}")
    out.unlink(missing_ok=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(size: int, repeat: int) -> None:
    ds = dataset(size)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        for variant in VARIANTS:
            runs = [_run_child(ds.path, variant, Path(scratch)) for _ in range(max(1, repeat))]
            results[variant] = {"rows": runs[0]["rows"], "seconds": median([r["seconds"] for r in runs]),
                                "peak_delta_mb": max(r["peak_delta_mb"] for r in runs),
                                "file_mb": runs[0]["file_mb"]}
    rows = next(iter(results.values()))["rows"]
    print_table(f"export_customers over {size:,} people ({rows:,} rows with the companies), median of "
                f"{max(1, repeat)}", [
                    (variant, f"{r['seconds']:.1f} s  {r['rows'] / r['seconds']:,.0f} rows/s  "
                              f"peak +{r['peak_delta_mb']:.0f} MB  file {r['file_mb']:.1f} MB")
                    for variant, r in results.items()])
    figures = {}
    for variant, r in results.items():
        key = variant.replace(" ", "_")
        figures |= {f"{key}_s": round(r["seconds"], 2), f"{key}_rows_per_s": round(r["rows"] / r["seconds"]),
                    f"{key}_peak_mb": round(r["peak_delta_mb"], 1), f"{key}_file_mb": round(r["file_mb"], 1)}
    emit("export", {"size": size, "rows": rows, "runs": max(1, repeat), **figures,
                    "dataset_build_s": round(ds.build_seconds, 1) if ds.build_seconds else None})


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "CHILD":
        child(*sys.argv[2:])
    else:
        print("run it as: python -m bench export [--size N] [--repeat R]", file=sys.stderr)
        raise SystemExit(2)
