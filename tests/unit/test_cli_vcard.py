"""``crm-desktop export-vcard``: people as a .vcf file, as a script or a support person runs it."""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.unit.test_cli import home, run  # noqa: F401 - the fixture is used by name


@pytest.fixture
def demo_db(home, tmp_path) -> Path:
    db = tmp_path / "office.sqlite3"
    done = run("demo", "--db", str(db), "--contacts", "30", home=home)
    assert done.returncode == 0, done.stderr
    return db


def cards(path: Path) -> list[str]:
    data = path.read_bytes().decode("utf-8")
    assert all(len(line) <= 75 for line in data.encode("utf-8").split(b"\r\n"))
    assert "\n" not in data.replace("\r\n", "")
    return re.findall(r"BEGIN:VCARD\r\n.*?END:VCARD\r\n", data, flags=re.S)


def test_export_everyone(home, tmp_path, demo_db):
    out = tmp_path / "people.vcf"
    done = run("export-vcard", str(out), "--db", str(demo_db), "--all", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Exported 30 people to {out}."
    assert "Traceback" not in done.stdout + done.stderr
    found = cards(out)
    assert len(found) == 30
    assert all("\r\nVERSION:3.0\r\n" in card and "\r\nFN;CHARSET=UTF-8:" in card and "\r\nUID:" in card
               for card in found)
    assert sum("\r\nTEL;" in card for card in found) >= 25
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_export_a_search_and_skip_deleted(home, tmp_path, demo_db):
    conn = sqlite3.connect(demo_db)
    first, last, uid = conn.execute("SELECT first_name, last_name, uid FROM contact ORDER BY id LIMIT 1").fetchone()
    conn.close()
    out = tmp_path / "found.vcf"
    done = run("export-vcard", str(out), "--db", str(demo_db), "--search", f"{first} {last}", home=home)
    assert done.returncode == 0, done.stderr
    count = len(cards(out))
    assert 1 <= count < 30
    assert done.stdout.strip() == f"Exported {count} people to {out}."
    assert f"\r\nUID:{uuid.UUID(uid)}\r\n" in out.read_bytes().decode("utf-8")

    conn = sqlite3.connect(demo_db)
    conn.execute("UPDATE contact SET deleted_at = '2025-01-01 00:00:00.000000' WHERE uid = ?", (uid,))
    conn.commit()
    conn.close()
    done = run("export-vcard", str(out), "--db", str(demo_db), "--all", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Exported 29 people to {out}."
    assert f"UID:{uuid.UUID(uid)}" not in out.read_bytes().decode("utf-8")


def test_a_search_that_finds_nobody(home, tmp_path, demo_db):
    out = tmp_path / "none.vcf"
    done = run("export-vcard", str(out), "--db", str(demo_db), "--search", "zzzqqq", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Exported 0 people to {out}."
    assert "Nothing found for \u201czzzqqq\u201d." in done.stderr
    assert out.read_bytes() == b""


def test_persian_summary(home, tmp_path, demo_db):
    out = tmp_path / "people.vcf"
    done = run("export-vcard", str(out), "--db", str(demo_db), "--all", home=home, lang="fa")
    assert done.returncode == 0, done.stderr
    assert len(cards(out)) == 30
    assert "Traceback" not in done.stdout + done.stderr


def test_refusals_are_one_line_and_exit_2(home, tmp_path, demo_db):
    out = tmp_path / "people.vcf"
    neither = run("export-vcard", str(out), "--db", str(demo_db), home=home)
    assert neither.returncode == 2
    assert neither.stderr.strip() == "Say whom to export: --search QUERY or --all."

    missing = tmp_path / "no-such-folder" / "people.vcf"
    no_folder = run("export-vcard", str(missing), "--db", str(demo_db), "--all", home=home)
    assert no_folder.returncode == 2
    assert no_folder.stderr.strip() == f"The folder {missing.parent} does not exist."

    folder = run("export-vcard", str(tmp_path), "--db", str(demo_db), "--all", home=home)
    assert folder.returncode == 2
    assert folder.stderr.strip() == f"{tmp_path} is a folder; give a file name such as contacts.vcf."

    both = run("export-vcard", str(out), "--db", str(demo_db), "--all", "--search", "x", home=home)
    assert both.returncode == 2 and "not allowed" in both.stderr

    for done in (neither, no_folder, folder, both):
        assert "Traceback" not in done.stdout + done.stderr
        assert done.stdout == ""
    assert not out.exists() and not missing.parent.exists()
