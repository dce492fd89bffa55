"""``crm-desktop export``: the customers list or a table to .xlsx/.csv, as a script runs it: filters,
messages, exit codes, no tracebacks, nothing written on a refused command."""

from __future__ import annotations

import openpyxl
import pytest

from tests.unit.exports.conftest import office, read_csv  # noqa: F401 - the fixture is used by name
from tests.unit.test_cli import home, run  # noqa: F401 - the fixture is used by name


@pytest.fixture
def office_db(db, office, fresh_db_target) -> str:  # noqa: F811 - the office fixture
    """The database the office fixture filled (a file, or the PostgreSQL test URL)."""
    return fresh_db_target


def names(path) -> list[str]:
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    return [row[4] for row in rows[1:]]


def test_export_the_customers_list(home, tmp_path, office_db):  # noqa: F811
    out = tmp_path / "customers.xlsx"
    done = run("export", str(out), "--db", office_db, home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Exported 6 rows to {out}."
    assert "Traceback" not in done.stdout + done.stderr
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["A1"].value == "Kind" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:AG7"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_filters_choose_the_rows(home, tmp_path, office_db):  # noqa: F811
    out = tmp_path / "found.xlsx"
    assert run("export", str(out), "--db", office_db, "--search", "محمدی", home=home).returncode == 0
    assert names(out) == ["ژاله محمدی"]
    assert run("export", str(out), "--db", office_db, "--tag", "vip", "--kind", "contact", home=home).returncode == 0
    assert sorted(names(out)) == sorted(["ژاله محمدی", "زهرا کریمی"])
    assert run("export", str(out), "--db", office_db, "--city", "شیراز", home=home).returncode == 0
    assert sorted(names(out)) == sorted(["Zagros Trading", "زهرا کریمی"])
    done = run("export", str(out), "--db", office_db, "--kind", "organization", "--search", "nobody", home=home)
    assert done.returncode == 0 and names(out) == []
    assert "Nothing to export" in done.stderr


def test_a_table_as_csv_in_persian(home, tmp_path, office_db):  # noqa: F811
    out = tmp_path / "people.csv"
    done = run("export", str(out), "--db", office_db, "--entity", "people", home=home, lang="fa")
    assert done.returncode == 0, done.stderr
    assert "۴" in done.stdout
    rows = read_csv(out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in out.read_bytes()
    assert "نام خانوادگی" in rows[0] and len(rows) == 5


@pytest.mark.parametrize("args, words", [
    (("list.xls",), ".xlsx"),
    (("list.xlsx", "--entity", "tags", "--search", "x"), "--entity customers"),
    (("list.xlsx", "--tag", "no such tag"), "no tag named"),
])
def test_refused_commands_say_why_in_one_line_and_write_nothing(home, tmp_path, office_db, args, words):  # noqa: F811
    out = tmp_path / args[0]
    done = run("export", str(out), *args[1:], "--db", office_db, home=home)
    assert done.returncode == 2
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert not out.exists()


def test_an_unknown_entity_is_an_argument_error(home, tmp_path):
    done = run("export", str(tmp_path / "x.xlsx"), "--entity", "deals", home=home)
    assert done.returncode == 2 and "--entity" in done.stderr
