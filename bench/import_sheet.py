"""Importing a Persian customer sheet of N rows (.xlsx, 12 columns): our engine against the floor
(python-calamine reading the same file) and against what a Python user would write (pandas
``read_excel`` + ``to_sql``), and how responsive the window stays while a worker thread imports.

The sheet is made by :mod:`bench.import_data`.

Each variant runs in a fresh process (``python -m bench.import_sheet CHILD ...``) on a fresh
database, so runs never share memory, caches or records:

* ``calamine``: the floor: ``CalamineWorkbook.from_path`` + ``to_python()`` of the sheet;
* ``ours``: what the import wizard runs: ``inspect_file`` + ``header_match.suggest`` +
  ``run_import`` (write mode: one transaction, companies, tags, the batch record and the search
  index); then a dry run (check only) of the same sheet on another fresh database;
* ``pandas``: ``pandas.read_excel(engine="calamine")`` (openpyxl when that engine is missing) +
  ``DataFrame.to_sql`` into a plain sqlite3 file (no checks, no normalising, no duplicates found, no
  search index); left out when pandas is not installed (it is not a dependency of the app);
* ``gui``: a QApplication (offscreen) with a progress bar; the read (``inspect_file`` + ``suggest``)
  and the import each run as a ``ui.workers.Task`` on ``QThreadPool`` as the wizard runs them,
  while a 10 ms ``QTimer`` on the GUI thread records the gaps between its ticks. Each long gap is
  explained three ways: which engine steps (wrapped and timed in that process) and garbage-collector
  passes (``gc.callbacks``) overlapped it; the share of it the process spent on the CPU (near 0: the
  machine gave the process no CPU, i.e. other load, not us; near 100 %: the worker ran while the GUI
  thread waited, for the GIL or, on a busy machine, for a core); and
  the worker's Python stack caught by a C-level watchdog (``faulthandler.dump_traceback_later``,
  re-armed on every tick, needs no GIL) when the GUI thread has missed its ticks for 60 ms.

Memory is measured per child process: the peak resident set (``ru_maxrss``) at the end of the
timed run minus the resident set just before it (modules loaded, database open), which counts
everything (calamine's Rust buffers, SQLite's page cache, numpy); and, on a separate untimed run
in the same child on a fresh database, ``tracemalloc``'s peak, which counts Python objects only.
"""

from __future__ import annotations

import faulthandler
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit, median, print_table
from bench.import_data import sheet
from bench.export_xlsx import peak_mb, rss_mb

DEFAULT_SIZE = 100_000
DEFAULT_REPEAT = 1
TICK_MS = 10
STALL_MS = 100
WATCHDOG_MS = 60  # the GUI-thread watchdog dumps the threads' stacks after this long without a tick


# --- the children -----------------------------------------------------------------------------------


def _fresh_db(folder: Path, name: str) -> Path:
    from crm_desktop.services.session import open_session

    target = folder / f"{name}.sqlite3"
    open_session(target)  # migrated, owner account acting (as the app and the CLI open it)
    return target


def _ours(path: Path, dry_run: bool = False, progress=None, cancel=None) -> tuple[dict, object]:
    from crm_desktop.services.imports import header_match, source
    from crm_desktop.services.imports.importer import run_import
    from crm_desktop.services.imports.mapping import ImportMapping

    started = time.perf_counter()
    view = source.inspect_file(path)
    columns = header_match.suggest(view.headers, "contacts", [cells for _, cells in view.sample])
    mapping = ImportMapping(entity="contacts", header_row=view.header_row, columns=columns)
    inspected = time.perf_counter()
    report = run_import(path, mapping, dry_run=dry_run, progress=progress, cancel=cancel)
    done = time.perf_counter()
    mapped = {view.headers[i]: key for i, key in sorted(columns.items())}
    return {"inspect_s": inspected - started, "import_s": done - inspected, "seconds": done - started,
            "rows": report.rows, "created": report.created, "duplicates": report.duplicates,
            "invalid": report.invalid, "companies": report.companies_created, "mapping": mapped}, report


def _floor(path: Path) -> dict:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(path)
    rows = book.get_sheet_by_index(0).to_python()
    seconds = time.perf_counter() - started
    book.close()
    return {"seconds": seconds, "rows": len(rows) - 1}


def _iter_floor(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(path)
    for _ in book.get_sheet_by_index(0).iter_rows():
        pass
    book.close()
    return time.perf_counter() - started


def _pandas(path: Path, target: Path) -> dict:
    import sqlite3

    import pandas as pd

    started = time.perf_counter()
    try:
        frame = pd.read_excel(path, engine="calamine")
        engine = "calamine"
    except (ValueError, ImportError):  # a pandas without the calamine engine
        frame = pd.read_excel(path, engine="openpyxl")
        engine = "openpyxl"
    read = time.perf_counter()
    connection = sqlite3.connect(target)
    try:
        frame.to_sql("contact_import", connection, if_exists="replace", index=False)
        connection.commit()
    finally:
        connection.close()
    done = time.perf_counter()
    return {"seconds": done - started, "read_s": read - started, "rows": len(frame), "engine": engine,
            "pandas": pd.__version__}


def _traced_peak_mb(fn) -> float:
    import tracemalloc

    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def child(kind: str, path_text: str, folder_text: str, trace: str) -> None:
    path, folder = Path(path_text), Path(folder_text)
    out: dict = {}
    if kind == "calamine":
        import python_calamine  # noqa: F401 - loaded before the baseline

        before = rss_mb()
        out = _floor(path)
        out["peak_delta_mb"] = peak_mb() - before
        out["iter_rows_s"] = _iter_floor(path)
        if trace == "1":
            out["traced_mb"] = _traced_peak_mb(lambda: _floor(path))
    elif kind == "ours":
        import crm_desktop.services.imports.importer  # noqa: F401

        _fresh_db(folder, "ours")
        before = rss_mb()
        out, _ = _ours(path)
        out["peak_delta_mb"] = peak_mb() - before
        _fresh_db(folder, "ours-dry")
        out["dry_run_s"] = _ours(path, dry_run=True)[0]["seconds"]
        if trace == "1":
            _fresh_db(folder, "ours-traced")
            out["traced_mb"] = _traced_peak_mb(lambda: _ours(path))
    elif kind == "pandas":
        import pandas  # noqa: F401

        before = rss_mb()
        out = _pandas(path, folder / "pandas.sqlite3")
        out["peak_delta_mb"] = peak_mb() - before
        if trace == "1":
            out["traced_mb"] = _traced_peak_mb(lambda: _pandas(path, folder / "pandas-traced.sqlite3"))
    elif kind == "gui":
        out = _gui(path, folder)
    print(json.dumps(out, ensure_ascii=False))


# --- responsiveness -----------------------------------------------------------------------------------

# engine steps timed in the GUI child (module, attribute, name shown): the stalls are put on them
STEPS = (
    ("crm_desktop.services.imports.sheet_readers", "CalamineReader.__init__", "calamine open"),
    ("crm_desktop.services.imports.sheet_readers", "CalamineReader.sheets", "calamine parse (sheets)"),
    ("crm_desktop.services.imports.source", "inspect_file", "inspect_file"),
    ("crm_desktop.services.imports.header_match", "suggest", "suggest"),
    ("crm_desktop.services.imports.importer", "file_checksum", "checksum"),
    ("crm_desktop.services.imports.importer", "RowParser.__init__", "row parser setup"),
    ("crm_desktop.services.imports.importer", "RowParser.parse", "parse a row"),
    ("crm_desktop.services.imports.importer", "_run_chunk", "decide + write a chunk"),
    ("crm_desktop.services.imports.matcher", "Matcher.load", "look keys up"),
    ("crm_desktop.services.imports.importer", "_names", "names of matches"),
    ("crm_desktop.services.imports.record_writer", "RecordWriter.write", "write a chunk"),
    ("crm_desktop.services.imports.record_writer", "bulk.insert_rows", "bulk insert"),
    ("crm_desktop.services.imports.record_writer", "bulk.reserve_ids", "reserve ids"),
    ("crm_desktop.services.imports.record_writer", "RecordWriter.close", "sync sequences"),
    ("crm_desktop.services.imports.record_writer", "RecordWriter.index", "search index"),
)


def _instrument(log: list, totals: dict) -> None:
    """Wrap the engine steps so each call in a worker thread adds to ``totals[name]`` (calls,
    seconds, longest) and, when it took 2 ms or more (shorter ones cannot explain a stall), records
    (name, start, end) in ``log``; the garbage collector's passes (any thread) likewise, as
    "gc generation N"."""
    import functools
    import gc
    import importlib
    import threading

    def record(name: str, started: float, ended: float) -> None:
        calls, seconds, longest = totals.get(name, (0, 0.0, 0.0))
        totals[name] = (calls + 1, seconds + ended - started, max(longest, ended - started))
        if ended - started >= 0.002:
            log.append((name, started, ended))

    collecting: dict[str, float] = {}

    def collector(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["at"] = time.perf_counter()
        elif "at" in collecting:
            record(f"gc generation {info['generation']}", collecting.pop("at"), time.perf_counter())

    gc.callbacks.append(collector)

    def wrap(fn, name):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                if threading.current_thread() is not threading.main_thread():
                    record(name, started, time.perf_counter())
        return timed

    for module_name, attribute, name in STEPS:
        owner = importlib.import_module(module_name)
        *path, leaf = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, leaf, wrap(getattr(owner, leaf), name))


def _gui(path: Path, folder: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QThreadPool, QTimer, Slot
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

    from crm_desktop.services.imports import header_match, source
    from crm_desktop.services.imports.importer import run_import
    from crm_desktop.services.imports.mapping import ImportMapping
    from crm_desktop.ui.workers import Task

    faulthandler.enable()  # a crash prints its stacks to stderr (the parent shows the last lines)
    app = QApplication.instance() or QApplication([])
    # A C-level watchdog (no GIL needed) re-armed on every tick: when the GUI thread misses its
    # ticks for WATCHDOG_MS, it writes every thread's Python stack, so the worker's line that
    # holds the GIL is seen in the act.
    watch = open(folder / "stalls.txt", "w+", encoding="utf-8")
    _fresh_db(folder, "gui")  # the GUI thread's connection, as in the app; the worker opens its own
    steps: list[tuple[str, float, float]] = []
    totals: dict[str, tuple[int, float, float]] = {}
    _instrument(steps, totals)

    def read(progress=None, cancel=None):  # what the file page's task runs
        view = source.inspect_file(path)
        return view, header_match.suggest(view.headers, "contacts", [cells for _, cells in view.sample])

    class Window(QWidget):
        """A caption and a progress bar fed by the task's signals, like the wizard's task panel."""

        def __init__(self) -> None:
            super().__init__()
            self.caption, self.bar = QLabel("\u2026"), QProgressBar()
            layout = QVBoxLayout(self)
            layout.addWidget(self.caption)
            layout.addWidget(self.bar)
            self.ticks: list[float] = []
            self.phases: list[tuple[str, float, float]] = []
            self.outcome: dict = {}
            self.task: Task | None = None
            self.began = 0.0
            self.cpu: list[float] = []  # the process's CPU seconds (all threads) at each tick
            self.dumps: list[tuple[float, float, str]] = []  # (gap, its start, the threads' stacks)
            self.seen = 0
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self.tick)

        @Slot()
        def tick(self) -> None:
            now = time.perf_counter()
            faulthandler.cancel_dump_traceback_later()
            size = os.fstat(watch.fileno()).st_size
            if size > self.seen:  # the watchdog fired during the gap that just ended: keep what it saw
                watch.seek(self.seen)
                self.dumps.append((now - self.ticks[-1], self.ticks[-1], watch.read()))
                self.seen = size
            self.ticks.append(now)
            self.cpu.append(time.process_time())
            faulthandler.dump_traceback_later(WATCHDOG_MS / 1000, file=watch)

        @Slot(int, int)
        def progress(self, done: int, total: int) -> None:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, total))

        def start(self, name: str, fn) -> None:
            self.task = Task(fn)
            self.task.signals.progress.connect(self.progress)
            self.task.signals.done.connect(self.finished)
            self.task.signals.failed.connect(self.failed)
            self.caption.setText(name)
            self.name, self.began = name, time.perf_counter()
            QThreadPool.globalInstance().start(self.task)

        @Slot()
        def start_read(self) -> None:
            self.start("read", read)

        @Slot(object)
        def finished(self, result) -> None:
            self.phases.append((self.name, self.began, time.perf_counter()))
            if self.name == "read":
                view, columns = result
                mapping = ImportMapping(entity="contacts", header_row=view.header_row, columns=columns)
                self.start("import", lambda progress, cancel: run_import(path, mapping, progress=progress,
                                                                         cancel=cancel))
            else:
                self.outcome.update(created=result.created, invalid=result.invalid, duplicates=result.duplicates)
                QTimer.singleShot(200, app.quit)  # a few idle ticks after the end

        @Slot(object)
        def failed(self, error) -> None:
            self.outcome["error"] = repr(error)
            app.quit()

    window = Window()
    window.resize(480, 120)
    window.show()
    window.timer.start()
    QTimer.singleShot(200, window.start_read)
    app.exec()
    window.timer.stop()
    faulthandler.cancel_dump_traceback_later()
    QThreadPool.globalInstance().waitForDone()
    ticks, phases, outcome = window.ticks, window.phases, window.outcome
    if "error" in outcome:
        return {"error": outcome["error"]}
    gaps = [(b - a, a, b) for a, b in zip(ticks, ticks[1:])]
    # CPU the process used during each gap, over its length: ~1 when a thread ran all along (the
    # worker holding the GIL), well under 1 when the machine gave the process no CPU (other load)
    busy = {a: (c2 - c1) / (b - a) for a, b, c1, c2 in zip(ticks, ticks[1:], window.cpu, window.cpu[1:])}
    out = {"ticks": len(ticks), "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None, **outcome}
    for name, began, ended in phases:
        inside = sorted(g for g, a, b in gaps if a >= began and b <= ended + 0.05)
        out[name] = {"seconds": ended - began, "max_ms": 1000 * inside[-1] if inside else 0.0,
                     "p99_ms": 1000 * inside[int(0.99 * (len(inside) - 1))] if inside else 0.0,
                     "p50_ms": 1000 * inside[len(inside) // 2] if inside else 0.0,
                     "stalls": sum(1 for g in inside if g * 1000 > STALL_MS),
                     "stalls_on_cpu": sum(1 for g, a, b in gaps if a >= began and b <= ended + 0.05
                                          and g * 1000 > STALL_MS and busy[a] >= 0.5)}
    start = phases[0][1] if phases else 0.0
    caught = {round(a, 6): _worker_stack(text) for _, a, text in window.dumps}
    out["worst"] = [{"ms": 1000 * g, "at_s": a - start, "cpu": busy[a], "steps": _overlapping(steps, a, b),
                     "stack": caught.get(round(a, 6), [])} for g, a, b in sorted(gaps, reverse=True)[:8]]
    out["caught"] = len(window.dumps)
    out["steps"] = {name: {"calls": calls, "seconds": seconds, "longest_ms": 1000 * longest}
                    for name, (calls, seconds, longest) in totals.items()}
    window.close()
    return out


def _worker_stack(dump: str, depth: int = 4) -> list[str]:
    """The innermost frames of the first non-main thread in a faulthandler dump, shortened to
    ``file:line function``."""
    import threading

    main = f"0x{threading.main_thread().ident:016x}"
    frames: list[str] = []
    inside = False
    for line in dump.splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            if frames:
                break
            inside = main not in line
        elif inside and line.strip().startswith("File "):
            text = line.strip()  # File "/x/y/z.py", line 62 in replace
            name = text.split('"')[1]
            short = "/".join(Path(name).parts[-2:])
            frames.append(f"{short}:{text.split(', line ')[1].replace(' in ', ' ')}")
            if len(frames) >= depth:
                break
    return frames


def _overlapping(steps: list[tuple[str, float, float]], a: float, b: float) -> list[str]:
    """The innermost steps running during the gap [a, b], with how much of the gap each covers."""
    found = []
    for name, s, e in steps:
        covered = min(b, e) - max(a, s)
        if covered > 0.2 * (b - a):
            found.append((e - s, name, covered))
    found.sort()  # shortest (innermost) first
    return [f"{name} ({1000 * covered:.0f} of {1000 * (b - a):.0f} ms; the call took {1000 * span:.0f} ms)"
            for span, name, covered in found[:2]]


# --- the parent -----------------------------------------------------------------------------------


def _run_child(kind: str, path: Path, folder: Path, trace: bool) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=folder))
    env = {**os.environ, "CRM_DESKTOP_HOME": str(scratch / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.import_sheet", "CHILD", kind, str(path), str(scratch),
                           "1" if trace else "0"], capture_output=True, text=True, env=env, check=False)
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise SystemExit(f"{kind} failed (exit code {done.returncode}):\n{done.stderr}") from None
    if done.returncode != 0:  # it reported, then died on the way out (seen with Qt at interpreter exit)
        last = done.stderr.strip().splitlines()[-3:]
        print(f"note: the {kind} child exited with code {done.returncode} after reporting its figures "
              f"({' / '.join(last)})")
    if "error" in result:
        raise SystemExit(f"{kind} failed: {result['error']}")
    return result


def have_pandas() -> bool:
    """pandas is not a dependency of the app: without it the comparison is left out (CI)."""
    import importlib.util

    return importlib.util.find_spec("pandas") is not None


def _pandas_rows(pandas: dict | None, ours: dict, floor: dict, memory) -> list[tuple[str, str]]:
    rows = []
    if pandas is None:
        rows.append(("pandas", "not installed: comparison left out (pip install pandas)"))
    else:
        rows.append((f"pandas {pandas['pandas']} ({pandas['engine']})",
                     f"{pandas['seconds']:.2f} s  (read_excel {pandas['read_s']:.2f} s)  "
                     f"{pandas['rows'] / pandas['seconds']:,.0f} rows/s  {memory(pandas)}"))
    rows.append(("ours / calamine floor", f"{ours['seconds'] / floor['seconds']:.1f}x  (target under 2x; run_import "
                                          f"alone {ours['import_s'] / floor['seconds']:.1f}x)"))
    if pandas is not None:
        rows.append(("pandas / ours", f"{pandas['seconds'] / ours['seconds']:.2f}x  (target 5x or better; ours takes "
                                      f"{ours['seconds'] / pandas['seconds']:.1f}x pandas' time; pandas checks, "
                                      f"normalises, deduplicates and indexes nothing)"))
    return rows


def run(size: int, repeat: int) -> None:
    path, written = sheet(size)
    runs = max(1, repeat)
    results: dict[str, dict] = {}
    kinds = ("calamine", "ours", "pandas") if have_pandas() else ("calamine", "ours")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        for kind in kinds:
            found = [_run_child(kind, path, Path(scratch), trace=i == 0) for i in range(runs)]
            merged = {**found[0], "seconds": median([r["seconds"] for r in found]),
                      "peak_delta_mb": max(r["peak_delta_mb"] for r in found)}
            for key in ("inspect_s", "import_s", "dry_run_s", "read_s", "iter_rows_s"):
                if key in found[0]:
                    merged[key] = median([r[key] for r in found])
            results[kind] = merged
        gui = _run_child("gui", path, Path(scratch), trace=False)
    floor, ours, pandas = results["calamine"], results["ours"], results.get("pandas")
    rows = ours["rows"]

    def memory(r: dict) -> str:
        traced = f", tracemalloc peak {r['traced_mb']:.0f} MB" if "traced_mb" in r else ""
        return f"RSS +{r['peak_delta_mb']:.0f} MB{traced}"

    print_table(f"import of a {size:,}-row Persian customer sheet ({path.stat().st_size / 1024 / 1024:.1f} MB .xlsx, "
                f"12 columns), median of {runs}", [
        ("calamine floor", f"{floor['seconds']:.2f} s  {floor['rows'] / floor['seconds']:,.0f} rows/s  {memory(floor)}"
                           f"  (iter_rows {floor['iter_rows_s']:.2f} s)"),
        ("ours: inspect+suggest", f"{ours['inspect_s']:.2f} s"),
        ("ours: run_import", f"{ours['import_s']:.2f} s  {rows / ours['import_s']:,.0f} rows/s"),
        ("ours: total", f"{ours['seconds']:.2f} s  {rows / ours['seconds']:,.0f} rows/s  {memory(ours)}"),
        ("ours: dry run (total)", f"{ours['dry_run_s']:.2f} s  {rows / ours['dry_run_s']:,.0f} rows/s"),
        *_pandas_rows(pandas, ours, floor, memory),
        ("rows", f"{rows:,}: {ours['created']:,} created, {ours['duplicates']:,} duplicates, "
                 f"{ours['invalid']:,} invalid, {ours['companies']:,} companies created"),
        ("mapping", ", ".join(f"{h}→{k}" for h, k in ours["mapping"].items())),
    ])
    print()
    phase_rows = []
    for name in ("read", "import"):
        p = gui[name]
        phase_rows.append((f"{name} task", f"{p['seconds']:.2f} s  longest gap {p['max_ms']:.0f} ms  "
                                           f"p99 {p['p99_ms']:.0f} ms  p50 {p['p50_ms']:.0f} ms  "
                                           f"{p['stalls']} gaps over {STALL_MS} ms "
                                           f"({p['stalls_on_cpu']} with the process on the CPU)"))
    for i, w in enumerate(gui["worst"][:6], 1):
        phase_rows.append((f"gap #{i}", f"{w['ms']:.0f} ms at {w['at_s']:.2f} s, process CPU {w['cpu']:.0%} of it: "
                                        + ("; ".join(w["steps"]) or "no engine step")))
        if w["stack"]:
            phase_rows.append(("", "worker stack when the watchdog fired: " + " < ".join(w["stack"])))
    load = f", machine load {gui['load']:.1f} on {os.cpu_count()} cores" if gui.get("load") is not None else ""
    print_table(f"GUI thread during the read and the import, each a Task (QTimer every {TICK_MS} ms, offscreen{load}; "
                f"target: every gap under {STALL_MS} ms)", phase_rows)
    print()
    print_table("engine steps in the worker and gc passes (wrapped and timed in the GUI run)", [
        (name, f"{s['calls']:>5} calls  {s['seconds']:.2f} s  longest {s['longest_ms']:.0f} ms")
        for name, s in sorted(gui["steps"].items(), key=lambda kv: -kv[1]["seconds"])])
    longest = max(gui["read"]["max_ms"], gui["import"]["max_ms"])
    p99 = max(gui["read"]["p99_ms"], gui["import"]["p99_ms"])
    emit("import", {
        "size": size, "rows": rows, "runs": runs, "file_mb": round(path.stat().st_size / 1024 / 1024, 1),
        "calamine_s": round(floor["seconds"], 2), "calamine_peak_mb": round(floor["peak_delta_mb"], 1),
        "ours_s": round(ours["seconds"], 2), "ours_inspect_s": round(ours["inspect_s"], 2),
        "ours_import_s": round(ours["import_s"], 2), "ours_rows_per_s": round(rows / ours["seconds"]),
        "ours_peak_mb": round(ours["peak_delta_mb"], 1), "ours_traced_mb": round(ours.get("traced_mb", 0), 1),
        "dry_run_s": round(ours["dry_run_s"], 2), "ours_over_floor": round(ours["seconds"] / floor["seconds"], 2),
        **({"pandas_s": round(pandas["seconds"], 2), "pandas_peak_mb": round(pandas["peak_delta_mb"], 1),
            "pandas_engine": pandas["engine"], "pandas_over_ours": round(pandas["seconds"] / ours["seconds"], 2)}
           if pandas else {"pandas_s": None}),
        "created": ours["created"], "duplicates": ours["duplicates"], "invalid": ours["invalid"],
        "gui_longest_gap_ms": round(longest), "gui_p99_gap_ms": round(p99),
        "gui_stalls_on_cpu": gui["read"]["stalls_on_cpu"] + gui["import"]["stalls_on_cpu"],
        "sheet_build_s": round(written, 1) if written else None})


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "CHILD":
        child(*sys.argv[2:])
    else:
        print("run it as: python -m bench import [--size N] [--repeat R]", file=sys.stderr)
        raise SystemExit(2)
