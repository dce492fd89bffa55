"""Instant search over N people: ``services.search.search(q, limit=50)`` latency, against a plain
``LIKE '%q%'`` scan of the names (top 50, and with ``COUNT(*)`` as a naive "N results" search does).

~300 queries are drawn from the data itself (seeded): name prefixes of 3-6 letters, a piece from
the middle of a last name, a whole first name, "first last", names typed on an Arabic keyboard
(ي/ك), phone fragments typed several ways (``0912 34``, ``+98 912 345``, Persian digits, the last
digits), email fragments and a few that match nothing. Every query runs once to warm up, then
``repeat`` times; a query's figure is the median of its runs, and p50/p95/p99/max are over queries.
The LIKE variants run once per query (after the FTS runs, so the table pages are in the OS cache)
on the normalised text of the name-type queries only, and the ratio compares them with the FTS
figures of those same queries.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict

from bench.common import emit, median, print_table
from bench.dataset import PERSIAN_DIGITS, arabic_keyboard, dataset

DEFAULT_SIZE = 1_000_000
DEFAULT_REPEAT = 5
TARGET_P95_MS, TARGET_RATIO = 5.0, 20.0
NAME_KINDS = ("prefix", "middle", "first", "first last", "arabic")
PER_KIND = {"prefix": 50, "middle": 40, "first": 30, "first last": 40, "arabic": 30, "phone": 60, "email": 40,
            "nothing": 10}
NOTHING = ["qqzxv", "ظظظضض", "ثثثثثث", "zzyzx krw", "xq", "۰۹۹۹ ۹۹۹ ۹۹۹۹", "+44 000 000", "nobody@nowhere.example",
           "ژژژژ", "qwxzqwxz"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] if ordered else float("nan")


def build_queries(size: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, typed text) pairs drawn from random people of the open database."""
    from crm_desktop.db.base import database
    from crm_desktop.text.normalize import normalize_text

    rng = random.Random(seed)
    ids = rng.sample(range(1, size + 1), min(size, 400))
    marks = ", ".join("?" * len(ids))
    rows = database.obj.execute_sql(
        "SELECT c.first_name, c.last_name, c.name_norm, "
        "(SELECT value_norm FROM contact_point WHERE contact_id = c.id AND kind = 'mobile' LIMIT 1), "
        f"(SELECT value FROM contact_point WHERE contact_id = c.id AND kind = 'email' LIMIT 1) "
        f"FROM contact c WHERE c.id IN ({marks})", ids).fetchall()
    queries: list[tuple[str, str]] = []
    people = [r for r in rows if r[0] and r[1]]

    def add(kind: str, make) -> None:
        tries = 0
        while sum(1 for k, _ in queries if k == kind) < PER_KIND[kind] and tries < 5000:
            tries += 1
            text = make(rng.choice(people))
            if text:
                queries.append((kind, text))

    add("prefix", lambda p: p[2][:rng.randint(3, 6)].strip() if len(p[2]) >= 6 else None)
    add("middle", lambda p: (lambda w: w[1:1 + rng.randint(3, 4)] if len(w) >= 5 else None)(normalize_text(p[1])))
    add("first", lambda p: p[0])
    add("first last", lambda p: f"{p[0]} {p[1]}")
    add("arabic", lambda p: (lambda t: t if t != f"{p[0]} {p[1]}" else None)(arabic_keyboard(f"{p[0]} {p[1]}")))
    add("phone", lambda p: phone_fragment(rng, p[3]))
    add("email", lambda p: (lambda e: e[:rng.randint(4, 9)] if rng.random() < 0.6 else e.split("@")[0][-7:])(p[4])
        if p[4] else None)
    queries += [("nothing", text) for text in NOTHING[:PER_KIND["nothing"]]]
    return queries


def phone_fragment(rng: random.Random, e164: str | None) -> str | None:
    if not e164 or not e164.startswith("+98"):
        return f"{e164[:4]} {e164[4:7]}" if e164 else None  # a foreign number: "+971 501"
    d = e164[3:]
    styles = (f"0{d[:3]} {d[3:5]}", f"+98 {d[:3]} {d[3:6]}", f"0{d[:7]}".translate(PERSIAN_DIGITS),
              d[-6:], f"0{d[:3]}-{d[3:]}", f"98{d}")
    return rng.choice(styles)


def _ms(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - started) * 1000, result


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "p99": percentile(values, 99),
            "max": max(values) if values else float("nan")}


def run(size: int, repeat: int) -> None:
    from crm_desktop.db.base import database
    from crm_desktop.db.connection import close_database
    from crm_desktop.db import search_index
    from crm_desktop.services.search import CANDIDATES, Query, search
    from crm_desktop.services.session import open_session
    from crm_desktop.text.normalize import normalize_text

    ds = dataset(size)
    open_session(ds.path)
    queries = build_queries(size)
    for _, text in queries:  # warm up
        search(text, limit=50)
    fts: list[float] = []
    hits: list[int] = []
    engine: list[float] = []  # the FTS5 query alone, as search() asks it (people, 400 candidates)
    for _, text in queries:
        runs = []
        for _ in range(max(1, repeat)):
            ms, found = _ms(search, text, 50)
            runs.append(ms)
        fts.append(median(runs))
        hits.append(len(found))
        words = Query.parse(text).words
        engine.append(median([_ms(search_index.match_records, "contact", words, CANDIDATES)[0] for _ in range(max(1, repeat))]))
    db = database.obj
    like_top, like_count, fts_names = [], [], []
    for (kind, text), fts_ms in zip(queries, fts, strict=True):
        if kind not in NAME_KINDS:
            continue
        pattern = f"%{normalize_text(text)}%"
        like_top.append(_ms(lambda: db.execute_sql(
            "SELECT id FROM contact WHERE name_norm LIKE ? LIMIT 50", (pattern,)).fetchall())[0])
        like_count.append(_ms(lambda: db.execute_sql(
            "SELECT COUNT(*) FROM contact WHERE name_norm LIKE ?", (pattern,)).fetchone())[0])
        fts_names.append(fts_ms)
    close_database()

    everything, names, raw = summary(fts), summary(fts_names), summary(engine)
    top, counted = summary(like_top), summary(like_count)
    ratio_top, ratio_count = top["p95"] / names["p95"], counted["p95"] / names["p95"]
    row = "p50 {p50:7.2f}  p95 {p95:7.2f}  p99 {p99:7.2f}  max {max:8.2f} ms".format
    missed = [(k, t) for (k, t), n in zip(queries, hits, strict=True) if n == 0 and k != "nothing"]
    print_table(f"search over {size:,} people: {len(queries)} queries, median of {repeat} runs each", [
        ("search() all queries", row(**everything)),
        (f"search() name queries ({len(fts_names)})", row(**names)),
        ("  of which the FTS5 step (match + records)", row(**raw)),
        ("LIKE '%q%' LIMIT 50", row(**top)),
        ("LIKE '%q%' + COUNT(*)", row(**counted)),
        ("ratio p95 LIKE top-50 / search()", f"{ratio_top:,.1f}x"),
        ("ratio p95 LIKE count / search()", f"{ratio_count:,.1f}x"),
        ("target p95 < 5 ms", "met" if everything["p95"] < TARGET_P95_MS else "NOT met"),
        ("target 20x+ faster than LIKE count", "met" if ratio_count >= TARGET_RATIO else "NOT met"),
        ("queries with no hit (not 'nothing')", f"{len(missed)} {missed[:5] if missed else ''}"),
    ])
    by_kind: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for (kind, _), ms, n in zip(queries, fts, hits, strict=True):
        by_kind[kind].append((ms, n))
    print()
    print_table("search() by kind of query", [
        (f"{kind} ({len(v)})", f"p50 {percentile([m for m, _ in v], 50):6.2f}  p95 "
         f"{percentile([m for m, _ in v], 95):6.2f}  max {max(m for m, _ in v):7.2f} ms   "
         f"hits avg {sum(n for _, n in v) / len(v):4.1f}")
        for kind, v in by_kind.items()])
    slowest = sorted(zip(fts, queries, strict=True), reverse=True)[:5]
    print("slowest:", ", ".join(f"{kind} {text!r} {ms:.1f} ms" for ms, (kind, text) in slowest))
    figures = {f"search_{k}_ms": round(v, 3) for k, v in everything.items()}
    figures |= {f"search_names_{k}_ms": round(v, 3) for k, v in names.items()}
    figures |= {f"fts_match_{k}_ms": round(v, 3) for k, v in raw.items()}
    figures |= {f"like_top_{k}_ms": round(v, 3) for k, v in top.items()}
    figures |= {f"like_count_{k}_ms": round(v, 3) for k, v in counted.items()}
    emit("search", {"size": size, "queries": len(queries), "repeat": repeat, **figures,
                    "ratio_like_top_p95": round(ratio_top, 2), "ratio_like_count_p95": round(ratio_count, 2),
                    "no_hit": len(missed), "dataset_build_s": round(ds.build_seconds, 1) if ds.build_seconds else None})
