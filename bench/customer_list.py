"""The customers list over N people: our paged model against a model that loads every row first.

Each variant runs in a fresh process (``python -m bench.customer_list CHILD ...``, offscreen Qt),
so its memory figures are its own, with the app's font, stylesheet and table settings (Persian):

* ``paged``: ``ui.customers.list_model.CustomerListModel`` (a count, then 200-row pages from SQL);
* ``all rows``: a ``QAbstractTableModel`` over plain tuples from ONE SQL query (people and companies,
  the same ten columns: name, company, primary phone, email, city, owner, stage, added, last
  contact, tags -- correlated sub-selects, ordered by name), formatted in ``data()`` the same way.
  If the process passes ~6 GB while loading, it stops there and the figures say "capped".

In a shown 1200x780 window: first paint (from creating the model until the first rows are painted:
``processEvents`` until the view has asked for row 0's text), resident memory after it (VmRSS, and
the delta over the RSS just before creating the model), a jump to the last row (``scrollToBottom``,
painted, then its name read through the model), a jump to the middle, and a sort change ("Last
contact" descending); the peak RSS (VmHWM) at the end.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit, median, print_table
from bench.dataset import dataset

DEFAULT_SIZE = 1_000_000
DEFAULT_REPEAT = 3
VARIANTS = ("paged", "all rows")
CAP_MB = 6000
TARGETS = {"first_paint_s": 0.3, "rss_delta_mb": 100.0, "jump_end_ms": 50.0}
PHONES = "('mobile', 'phone', 'fax', 'whatsapp')"
ALL_ROWS_SQL = f"""
SELECT c.first_name || CASE WHEN c.first_name <> '' AND c.last_name <> '' THEN ' ' ELSE '' END || c.last_name,
  o.name, (SELECT value FROM contact_point p WHERE p.contact_id = c.id AND p.kind IN {PHONES}
           AND p.deleted_at IS NULL ORDER BY p.is_primary DESC, p.kind <> 'mobile', p.id LIMIT 1),
  (SELECT value FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'email' AND p.deleted_at IS NULL
   ORDER BY p.is_primary DESC, p.id LIMIT 1),
  c.city, COALESCE(NULLIF(u.full_name, ''), u.username), c.lifecycle_stage, c.created_at, c.last_interaction_at,
  (SELECT group_concat(t.name, ', ') FROM tagging g JOIN tag t ON t.id = g.tag_id
   WHERE g.contact_id = c.id AND g.deleted_at IS NULL), c.sort_key, c.id
FROM contact c LEFT JOIN organization o ON o.id = c.organization_id LEFT JOIN app_user u ON u.id = c.owner_id
WHERE c.deleted_at IS NULL
UNION ALL
SELECT o.name, NULL, (SELECT value FROM contact_point p WHERE p.organization_id = o.id AND p.kind IN {PHONES}
                      AND p.deleted_at IS NULL ORDER BY p.is_primary DESC, p.id LIMIT 1),
  (SELECT value FROM contact_point p WHERE p.organization_id = o.id AND p.kind = 'email' AND p.deleted_at IS NULL
   ORDER BY p.is_primary DESC, p.id LIMIT 1),
  o.city, COALESCE(NULLIF(u.full_name, ''), u.username), '', o.created_at, o.last_interaction_at,
  (SELECT group_concat(t.name, ', ') FROM tagging g JOIN tag t ON t.id = g.tag_id
   WHERE g.organization_id = o.id AND g.deleted_at IS NULL), o.sort_key, o.id
FROM organization o LEFT JOIN app_user u ON u.id = o.owner_id WHERE o.deleted_at IS NULL
ORDER BY 11, 12
"""


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


# --- the child process ---------------------------------------------------------------------------


def _all_rows_model(ctx):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from crm_desktop.db.base import database
    from crm_desktop.ui.customers.list_model import columns
    from crm_desktop.ui.labels import stage_label

    fmt = ctx.fmt
    moment = (lambda s: dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone.utc) if s else None)
    shown = (lambda r: r[0] or "", lambda r: r[1] or "", lambda r: fmt.phone(r[2] or ""), lambda r: r[3] or "",
             lambda r: r[4], lambda r: r[5] or "", lambda r: stage_label(r[6]) if r[6] else "",
             lambda r: fmt.date(moment(r[7])), lambda r: fmt.date(moment(r[8])), lambda r: r[9] or "")
    titles = [c.title for c in columns(ctx)]

    class AllRowsModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows, self.capped = [], False
            cursor = database.obj.execute_sql(ALL_ROWS_SQL)
            while chunk := cursor.fetchmany(50_000):
                self.rows += chunk
                if rss_mb() > CAP_MB:
                    self.capped = True
                    break

        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt API
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt API
            return 0 if parent.isValid() else len(shown)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return shown[index.column()](self.rows[index.row()])
            return None

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return titles[section]
            return None

        def sort(self, column, order=Qt.SortOrder.AscendingOrder):
            if column != 8:
                return
            self.beginResetModel()  # never contacted last when newest first, like the paged list
            descending = order == Qt.SortOrder.DescendingOrder
            self.rows.sort(key=lambda r: (r[8] is not None, r[8] or "", r[11]), reverse=descending)
            self.endResetModel()

    return AllRowsModel()


def child(variant: str, path: str) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow

    from crm_desktop.config import app_paths
    from crm_desktop.services.session import open_session
    from crm_desktop.services.settings import Preferences
    from crm_desktop.ui.application import configure
    from crm_desktop.ui.context import AppContext
    from crm_desktop.ui.customers.list_model import CustomerListModel
    from crm_desktop.ui.customers.list_view import WIDTHS
    from crm_desktop.ui.widgets.common import read_only_table

    app = QApplication([])
    _, owner = open_session(path)
    ctx = AppContext(Preferences.defaults("fa"), app_paths().ensure(), Path(path).name, owner.display_name)
    configure(app, ctx.prefs)
    window, table = QMainWindow(), read_only_table()
    window.setCentralWidget(table)
    window.resize(1200, 780)
    window.show()
    app.processEvents()

    class Painted(QObject):  # counts the viewport's paint events
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    painted = Painted()
    table.viewport().installEventFilter(painted)

    def until_painted(row_visible) -> None:
        """processEvents until the viewport was painted with ``row_visible()`` true."""
        start, deadline = painted.count, time.perf_counter() + 120
        while time.perf_counter() < deadline:
            app.processEvents()
            if painted.count > start and row_visible():
                app.processEvents()
                return
        raise RuntimeError("the table was never painted")

    def timed(action, row: int, where) -> float:
        started = time.perf_counter()
        action()
        until_painted(lambda: table.rowAt(where) == row)
        text = model.index(row, 0).data()
        if not text:
            raise RuntimeError(f"row {row} has no name")
        return time.perf_counter() - started

    before = rss_mb()
    started = time.perf_counter()
    model = CustomerListModel(ctx) if variant == "paged" else _all_rows_model(ctx)
    model_s = time.perf_counter() - started
    table.setModel(model)
    for column, width in enumerate(WIDTHS):
        table.setColumnWidth(column, width)
    until_painted(lambda: table.rowAt(0) == 0 and bool(model.index(0, 0).data()))
    first_paint = time.perf_counter() - started
    after = rss_mb()
    rows = model.rowCount()
    bottom = table.viewport().height() - 2
    jump_end = timed(table.scrollToBottom, rows - 1, bottom)
    middle = rows // 2
    jump_middle = timed(lambda: table.scrollTo(model.index(middle, 0), QAbstractItemView.ScrollHint.PositionAtTop),
                        middle, 1)
    table.scrollToTop()
    until_painted(lambda: table.rowAt(0) == 0)
    started = time.perf_counter()
    model.sort(8, Qt.SortOrder.DescendingOrder)
    until_painted(lambda: table.rowAt(0) == 0 and bool(model.index(0, 8).data()))
    sort_s = time.perf_counter() - started
    print(json.dumps({"rows": rows, "model_s": model_s, "first_paint_s": first_paint, "rss_before_mb": before, "rss_mb": after,
                      "rss_delta_mb": after - before, "jump_end_ms": jump_end * 1000,
                      "jump_middle_ms": jump_middle * 1000, "sort_recent_s": sort_s, "peak_mb": rss_mb("VmHWM"),
                      "capped": bool(getattr(model, "capped", False))}), flush=True)


# --- the parent ----------------------------------------------------------------------------------


def measure(variant: str, path: Path, home: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_HOME": home}
    done = subprocess.run([sys.executable, "-m", "bench.customer_list", "CHILD", variant, str(path)],
                          capture_output=True, text=True, env=env, timeout=1800)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{variant} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])


def run(size: int, repeat: int) -> None:
    ds = dataset(size)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as home:
        for variant in VARIANTS:
            runs = [measure(variant, ds.path, home) for _ in range(max(1, repeat))]
            results[variant] = {k: (median([r[k] for r in runs]) if not isinstance(runs[0][k], bool)
                                    else any(r[k] for r in runs)) for k in runs[0]}
    paged, full = results["paged"], results["all rows"]
    cap_note = f" (CAPPED at ~{CAP_MB} MB: {full['rows']:,} rows loaded)" if full["capped"] else ""

    def line(key: str, unit: str, scale: float = 1.0, digits: int = 2) -> str:
        a, b = paged[key] * scale, full[key] * scale
        target = TARGETS.get(key)
        mark = f"   target < {target:g}: {'met' if paged[key] < target else 'NOT met'}" if target else ""
        return f"{a:10.{digits}f} {unit:3} | {b:10.{digits}f} {unit:3} | {b / a if a else float('nan'):8.1f}x{mark}"

    print_table(f"customers list over {size:,} people ({paged['rows']:,} rows): paged | all rows | all/paged{cap_note}", [
        ("model created (count / load)", line("model_s", "s", 1, 3)),
        ("first paint (model to rows shown)", line("first_paint_s", "s", 1, 3)),
        ("RSS after first paint", line("rss_mb", "MB", 1, 0)),
        ("  delta over before the model", line("rss_delta_mb", "MB", 1, 0)),
        ("jump to the last row", line("jump_end_ms", "ms", 1, 1)),
        ("jump to the middle", line("jump_middle_ms", "ms", 1, 1)),
        ("sort by last contact, desc", line("sort_recent_s", "s", 1, 3)),
        ("peak RSS (VmHWM)", line("peak_mb", "MB", 1, 0)),
    ])
    print("all rows = plain tuples from one SQL query (not CustomerRow objects); each variant in a fresh process")
    figures = {f"{name.replace(' ', '_')}_{k}": (round(v, 4) if isinstance(v, float) else v)
               for name, r in results.items() for k, v in r.items()}
    figures |= {f"ratio_{k}": round(full[k] / paged[k], 2) for k in
                ("first_paint_s", "rss_delta_mb", "jump_end_ms", "jump_middle_ms", "sort_recent_s") if paged[k]}
    emit("list", {"size": size, "runs": max(1, repeat), **figures,
                  "dataset_build_s": round(ds.build_seconds, 1) if ds.build_seconds else None})


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "CHILD":
    child(sys.argv[2], sys.argv[3])
