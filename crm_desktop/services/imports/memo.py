"""Remembering what a cell parser made of a value, per column.

Real sheets repeat themselves: the same cities, provinces, company names, tags and (in a big
sheet) birth dates come back thousands of times, and parsing a Jalali date or normalising a
Persian name costs tens of microseconds. A :class:`CellMemo` wraps one column's pure parser and
answers repeats from a dict (problems too: a bad value is bad every time). A column whose values
hardly repeat (mobiles, national codes, names) stops being remembered after a sample, so unique
columns cost neither memory nor time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crm_desktop.services.imports.cells import CellProblem

_MISS = object()
SAMPLE = 4096  # calls before deciding whether the column repeats enough
MIN_HIT_SHARE = 0.125  # below this share of repeats in the sample, stop remembering
LIMIT = 200_000  # distinct values remembered per column at most


class CellMemo:
    __slots__ = ("parse", "cache", "calls", "hits")

    def __init__(self, parse: Callable[[object], Any]) -> None:
        self.parse = parse
        self.cache: dict[tuple[type, object], tuple[bool, Any]] | None = {}
        self.calls = 0
        self.hits = 0

    def __call__(self, value: object) -> Any:
        cache = self.cache
        if cache is None:
            return self.parse(value)
        key = (value.__class__, value)  # 1, 1.0 and True are equal keys otherwise
        try:
            known = cache.get(key, _MISS)
        except TypeError:  # an unhashable cell value
            return self.parse(value)
        self.calls += 1
        if known is _MISS:
            try:
                known = (True, self.parse(value))
            except CellProblem as problem:
                known = (False, (problem.text, problem.params))
            if len(cache) < LIMIT:
                cache[key] = known
            if self.calls == SAMPLE and self.hits < SAMPLE * MIN_HIT_SHARE:
                self.cache = None
        else:
            self.hits += 1
        ok, result = known
        if ok:
            return result
        text, params = result
        raise CellProblem(text, **params)  # a fresh one: a re-raised object would grow its traceback


__all__ = ["CellMemo"]
