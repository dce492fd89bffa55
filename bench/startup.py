"""Start-up time: from launching Python to the CRM main window shown (offscreen, on an existing
demo database), against a bare PySide6 window in the same run. Each start is a fresh process;
the figure is the median wall time, and the ratio shows what CRM Desktop adds over Qt itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from bench.common import emit, median, print_table

DEFAULT_SIZE = 2_000  # people in the database the app opens
DEFAULT_REPEAT = 7

BARE = textwrap.dedent("""
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    w = QWidget(); w.resize(1200, 780); w.show()
    app.processEvents()
    print("shown", flush=True)
""")

CRM = textwrap.dedent("""
    import sys
    from crm_desktop.app import start
    controller = start(sys.argv[1])
    controller.app.processEvents()
    assert controller.window.isVisible()
    print("shown", flush=True)
""")


def _time(code: str, *args: str, env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - started
    if "shown" not in done.stdout:
        raise RuntimeError(f"start failed: {done.stderr[-1500:]}")
    return elapsed


def run(size: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_HOME": tmp}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed apps start from compiled bytecode
        db = str(Path(tmp) / "bench.sqlite3")
        subprocess.run([sys.executable, "-m", "crm_desktop", "demo", "--db", db, "--contacts", str(size)],
                       check=True, capture_output=True, env=env)
        _time(BARE, env=env), _time(CRM, db, env=env)  # warm the disk cache once
        bare, crm = [], []
        for _ in range(max(1, repeat)):
            bare.append(_time(BARE, env=env))
            crm.append(_time(CRM, db, env=env))
    figures = {"bare_s": median(bare), "crm_s": median(crm)}
    figures["ratio"] = figures["crm_s"] / figures["bare_s"]
    print_table(f"start-up to window shown, {len(crm)} runs each, medians ({size:,} people in the database)", [
        ("bare PySide6 window", f"{figures['bare_s'] * 1000:.0f} ms"),
        ("CRM Desktop main window", f"{figures['crm_s'] * 1000:.0f} ms"),
        ("ratio", f"{figures['ratio']:.2f}x"),
    ])
    emit("startup", {"size": size, "runs": len(crm), **{k: round(v, 4) for k, v in figures.items()}})
