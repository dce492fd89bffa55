"""Per-column memory of parsed cell values (services/imports/memo.py)."""

from __future__ import annotations

import pytest

from crm_desktop.services.imports import memo
from crm_desktop.services.imports.cells import CellProblem
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

BAD = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a phone number.")


def counting(parse):
    calls = []

    def wrapped(value):
        calls.append(value)
        return parse(value)
    return wrapped, calls


def test_repeats_are_answered_from_memory_problems_too():
    def parse(value):
        if value == "bad":
            raise CellProblem(BAD, value=value)
        return value.upper()
    wrapped, calls = counting(parse)
    remembered = memo.CellMemo(wrapped)
    assert [remembered(v) for v in ("tehran", "karaj", "tehran", "tehran")] == ["TEHRAN", "KARAJ", "TEHRAN", "TEHRAN"]
    for _ in range(3):
        with pytest.raises(CellProblem) as problem:
            remembered("bad")
        assert problem.value.params == {"value": "bad"} and problem.value.text == BAD
    assert calls == ["tehran", "karaj", "bad"]


def test_equal_values_of_other_types_are_kept_apart():
    remembered = memo.CellMemo(lambda value: type(value).__name__)
    assert [remembered(v) for v in (1, 1.0, True, 1)] == ["int", "float", "bool", "int"]


def test_a_column_that_does_not_repeat_stops_being_remembered(monkeypatch):
    monkeypatch.setattr(memo, "SAMPLE", 100)
    wrapped, calls = counting(str)
    remembered = memo.CellMemo(wrapped)
    for value in range(150):
        remembered(value)
    assert remembered.cache is None
    remembered(5)
    assert calls.count(5) == 2  # parsed again: nothing is remembered any more


def test_a_repeating_column_keeps_its_memory(monkeypatch):
    monkeypatch.setattr(memo, "SAMPLE", 100)
    wrapped, calls = counting(str)
    remembered = memo.CellMemo(wrapped)
    for value in range(300):
        remembered(value % 10)
    assert remembered.cache is not None and len(calls) == 10


def test_unhashable_values_are_parsed_every_time():
    wrapped, calls = counting(len)
    remembered = memo.CellMemo(wrapped)
    assert remembered([1, 2]) == 2 and remembered([1, 2]) == 2 and len(calls) == 2
