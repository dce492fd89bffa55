"""``crm-desktop cases / case-new / case-show / case-status / outbox`` as a script runs them: tables
on stdout, a new caller added from a phone number, the workflow's refusals as one line in the
user's language with exit code 2 and nothing changed."""

from __future__ import annotations

import pytest

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Case, Contact, OutboxMessage
from tests.unit.test_cli import run


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "office.sqlite3")


def _table(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.strip().splitlines()]


def _count(db: str, model) -> int:
    open_database(db)
    try:
        return model.select().count()
    finally:
        close_database()


def test_a_case_from_an_unknown_caller_through_its_life(home, db):
    done = run("case-new", "Heater leaks", "--phone", "0935 111 2233", "--name", "Reza Nouri", "--category",
               "Delivery", "--priority", "high", "--db", db, home=home)
    assert done.returncode == 0, done.stderr
    assert "recorded for Reza Nouri" in done.stdout and "not assigned yet" in done.stdout
    number = done.stdout.split()[1]
    again = run("case-new", "Second visit", "--phone", "09351112233", "--db", db, home=home)
    assert "recorded for Reza Nouri" in again.stdout  # the same caller is found, not added twice
    assert _count(db, Contact) == 1
    listed = _table(run("cases", "--db", db, home=home).stdout)
    assert listed[0][:3] == ["Number", "Subject", "Customer"]
    assert {row[1] for row in listed[1:]} == {"Heater leaks", "Second visit"}
    assert [row for row in listed[1:] if row[0] == number][0][4] == "High"
    found = _table(run("cases", "--search", "heater", "--db", db, home=home).stdout)
    assert [row[0] for row in found[1:]] == [number]

    refused = run("case-status", number, "resolved", "--db", db, home=home)
    assert refused.returncode == 2 and "Write how the case was resolved." in refused.stderr
    assert "Traceback" not in refused.stderr
    moved = run("case-status", number, "resolved", "--resolution", "Replaced the valve", "--db", db, home=home)
    assert moved.returncode == 0 and f"Case {number} is now Resolved." in moved.stdout
    shown = run("case-show", number, "--db", db, home=home).stdout
    assert "Status: Resolved" in shown and "Status: New \u2192 Resolved" in shown and "Replaced the valve" in shown
    assert _table(run("cases", "--db", db, home=home).stdout)[1][1] == "Second visit"  # resolved left the queue
    outbox = _table(run("outbox", "--db", db, home=home).stdout)
    assert len(outbox) - 1 == _count(db, OutboxMessage) >= 2  # received twice, resolved once (the defaults)


def test_refusals_speak_persian(home, db):
    assert run("case-new", "x", "--phone", "09351112233", "--db", db, home=home).returncode == 0
    done = run("case-show", "1405-99999", "--db", db, home=home, lang="fa")
    assert done.returncode == 2 and "پرونده" in done.stderr
    unknown = run("case-new", "y", "--phone", "09351112233", "--category", "Nowhere", "--db", db, home=home)
    assert unknown.returncode == 2 and "There is no category \u201cNowhere\u201d" in unknown.stderr
    assert _count(db, Case) == 1
