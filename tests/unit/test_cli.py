"""The command line, as a script or a support person uses it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.db.migrations.runner import VERSION_TABLE, head_version


def run(*args: str, home: Path, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    argv = [sys.executable, "-m", "crm_desktop", "--lang", lang, *args]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, encoding="utf-8")


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


def test_demo_then_info(home, tmp_path):
    db = tmp_path / "office.sqlite3"
    done = run("demo", "--db", str(db), "--contacts", "80", "--seed", "5", home=home)
    assert done.returncode == 0, done.stderr
    assert "Added 80 people, 10 companies" in done.stdout
    info = run("info", "--db", str(db), home=home)
    assert info.returncode == 0
    assert "People: 80" in info.stdout and "Companies: 10" in info.stdout and f"Schema version: {head_version()}" in info.stdout


def test_info_speaks_persian(home, tmp_path):
    db = tmp_path / "office.sqlite3"
    assert run("demo", "--db", str(db), "--contacts", "12", home=home).returncode == 0
    info = run("info", "--db", str(db), home=home, lang="fa")
    assert "اشخاص: ۱۲" in info.stdout


def test_not_a_database_is_one_line_and_exit_2(home, tmp_path):
    bad = tmp_path / "list.csv"
    bad.write_text("name,phone\n", encoding="utf-8")
    done = run("info", "--db", str(bad), home=home)
    assert done.returncode == 2
    assert "is not a CRM Desktop database" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert bad.read_text(encoding="utf-8") == "name,phone\n"


def test_newer_database_is_refused_in_persian(home, tmp_path):
    db = tmp_path / "future.sqlite3"
    assert run("info", "--db", str(db), home=home).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (99, 'future', 'x', '9')")
    conn.commit()
    conn.close()
    done = run("info", "--db", str(db), home=home, lang="fa")
    assert done.returncode == 2
    assert "نسخه جدیدتری" in done.stderr and "۹۹" in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_arguments_are_explained(home):
    done = run("demo", "--contacts", "-5", home=home)
    assert done.returncode == 2 and "--contacts" in done.stderr and "Traceback" not in done.stderr
    assert run("no-such-command", home=home).returncode == 2


def test_unexpected_errors_go_to_the_log(home, tmp_path, monkeypatch):
    from crm_desktop import cli

    def explode(args):
        raise RuntimeError("internal detail")

    monkeypatch.setenv("CRM_DESKTOP_HOME", str(home))
    monkeypatch.setitem(cli.COMMANDS, "info", explode)
    assert cli.main(["info"]) == 1
    log = (home / "logs" / "crm-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "internal detail" in log


def test_screenshots_command_writes_pngs(home, tmp_path):
    out = tmp_path / "shots"
    done = run("screenshots", str(out), "--lang", "en", "--contacts", "20", home=home)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.glob("*.png")) == sorted(Path(line).name for line in done.stdout.split())
    assert (out / "en-home.png").exists()
