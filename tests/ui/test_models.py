"""Item models: Qt's model tester, and paging that only reads the rows a view needs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.ui.history_model import history_model
from crm_desktop.ui.widgets.paged_table_model import Column, PagedTableModel


def test_history_model_passes_qt_model_tester(qtmodeltester, ctx):
    model = history_model(ctx)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_paged_model_reads_only_the_pages_it_shows(qtmodeltester):
    rows = [(i, f"row {i}") for i in range(100_000)]
    fetched: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int):
        fetched.append((offset, limit))
        return rows[offset:offset + limit]

    model = PagedTableModel([Column("n", lambda r: str(r[0])), Column("text", lambda r: r[1])],
                            lambda: len(rows), fetch, page_size=100, max_pages=3)
    assert model.rowCount() == 100_000 and model.columnCount() == 2
    assert model.index(99_999, 1).data() == "row 99999"
    assert fetched == [(99_900, 100)]
    for row in (0, 150, 250, 350):
        model.index(row, 0).data()
    assert len(model._pages) == 3  # older pages were dropped
    assert model.index(99_999, 0).data() == "99999" and fetched[-1] == (99_900, 100)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "text"
    small = PagedTableModel([Column("n", lambda r: str(r[0]))], lambda: 1050, fetch, page_size=100, max_pages=3)
    qtmodeltester.check(small, force_py=True)


def test_paged_model_reload_sees_new_rows():
    rows = ["a"]
    model = PagedTableModel([Column("x", str)], lambda: len(rows), lambda o, n: rows[o:o + n])
    rows.append("b")
    assert model.rowCount() == 1
    model.reload()
    assert model.rowCount() == 2 and model.index(1, 0).data() == "b"
