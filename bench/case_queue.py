"""The complaint queue with N/20 open and N closed cases (offscreen Qt, Persian): how long from
opening the page to the queue shown, and what switching views and jumping to the end cost.

The data is the report benchmark's database (``python -m bench cases_report``; built once and
cached, see :mod:`bench.case_report`): 1,000,000 closed and 50,000 open cases by default, twelve
staff in three teams, every column filled as the app fills it.

Figures (median of ``--repeat`` runs):

* ids: ``queue.ordered_ids`` of the open queue alone (the SQL that puts what needs action first);
* open: a new CasesPage in a shown 1280x800 window, from its creation until the worker's ids and
  counts are in, the first page of rows is read and the table's viewport has painted it;
* overdue: choosing the "Overdue" view until shown again;
* end: scrolling to the last row (a page read on demand) until painted;
* closed: from all open cases, the "Resolved/closed" filter over the million closed cases until
  every one is in the model and shown.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from statistics import median

from bench.common import emit, paint_counter, print_table, wait_until

DEFAULT_SIZE = 1_000_000
DEFAULT_REPEAT = 3


def run(size: int, repeat: int) -> None:
    from bench import case_report

    cached = case_report.database_path(size, case_report.SEED)
    if not cached.exists():
        case_report.run(size, 1)  # builds and caches the database (and prints the report's figures)
    with tempfile.TemporaryDirectory(prefix="crm-bench-queue-") as home:
        os.environ["CRM_DESKTOP_HOME"] = home
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        path = Path(home) / "queue.sqlite3"
        shutil.copyfile(cached, path)
        _run(path, size, max(1, repeat))


def _run(path: Path, size: int, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from crm_desktop.config import app_paths
    from crm_desktop.db.models import Case
    from crm_desktop.db.models.cases import OPEN_STATUSES
    from crm_desktop.services.cases import queue
    from crm_desktop.services.session import open_session
    from crm_desktop.services.settings import Preferences
    from crm_desktop.ui.application import configure, create_application
    from crm_desktop.ui.cases.page import CasesPage
    from crm_desktop.ui.context import AppContext

    app: QApplication = create_application()
    _, owner = open_session(path)
    ctx = AppContext(Preferences.defaults("fa"), app_paths().ensure(), path.name, owner.display_name)
    configure(app, ctx.prefs)
    open_count = Case.select().where(Case.status.in_(list(OPEN_STATUSES))).count()
    closed_count = Case.select().count() - open_count
    overdue_count = queue.count(queue.QueueFilter(view="overdue"))

    painted = paint_counter()
    loads = {"n": 0}

    def until(ready, what: str) -> None:
        wait_until(app, ready, f"the queue never got {what}")

    def shown_after(action, page: CasesPage, rows: int) -> float:
        """Seconds from ``action`` until a reload has finished with ``rows`` rows and been painted."""
        before_loads, before_paint = loads["n"], painted.count
        started = time.perf_counter()
        action()
        until(lambda: loads["n"] > before_loads and painted.count > before_paint and page.model.rowCount() == rows,
              "shown")
        return time.perf_counter() - started

    ids_s, open_s, overdue_s, end_ms, closed_s = [], [], [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        ids = queue.ordered_ids(queue.QueueFilter())
        ids_s.append(time.perf_counter() - started)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    shown_rows = 0
    for _ in range(repeat):
        before_paint = painted.count
        started = time.perf_counter()
        page = CasesPage(ctx)
        page.loaded.connect(lambda: loads.__setitem__("n", loads["n"] + 1))
        page.table.viewport().installEventFilter(painted)
        window.setCentralWidget(page)
        before_loads = loads["n"]
        page.refresh()
        until(lambda: loads["n"] > before_loads and painted.count > before_paint and page.model.rowCount() > 0,
              "shown")
        open_s.append(time.perf_counter() - started)
        shown_rows = page.model.rowCount()
        overdue_s.append(shown_after(lambda: page.views.set_view("overdue"), page, overdue_count))
        before_paint = painted.count
        started = time.perf_counter()
        page.table.scrollToBottom()
        until(lambda: painted.count > before_paint, "painted at the end")
        end_ms.append((time.perf_counter() - started) * 1000)
        done = page.filters.status.findData("done")
        page.views.set_view("all")
        until(lambda: page.model.rowCount() == open_count, "back to all open")
        closed_s.append(shown_after(lambda: page.filters.status.setCurrentIndex(done), page, closed_count))
    rows = [("open cases / closed cases", f"{open_count:,} / {closed_count:,}"),
            ("queue.ordered_ids (open queue)", f"{median(ids_s):.3f} s ({len(ids):,} ids)"),
            ("page opened -> queue shown", f"{median(open_s):.3f} s ({shown_rows:,} rows in the model)"),
            ("Overdue view -> shown", f"{median(overdue_s):.3f} s"),
            ("scroll to the last row -> painted", f"{median(end_ms):.0f} ms"),
            ("Resolved/closed filter -> shown", f"{median(closed_s):.3f} s")]
    print_table(f"complaint queue: {open_count:,} open and {closed_count:,} closed cases (median of {repeat})", rows)
    emit("cases_queue", {"size": size, "runs": repeat, "open": open_count, "closed": closed_count,
                         "ids_s": round(median(ids_s), 3), "open_s": round(median(open_s), 3),
                         "overdue_s": round(median(overdue_s), 3), "end_ms": round(median(end_ms), 1),
                         "closed_s": round(median(closed_s), 3)})
