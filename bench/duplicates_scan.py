"""Duplicate finding over N people of whom 5 % are planted copies of others: time, groups, and
precision / recall against the truth.

Each planted record copies one real person (each original at most once, so every true group is a
pair) with one variation, in equal shares (bench/dataset.py): ``phone`` the same mobile typed
another way; ``email`` the same address in other letter case (and a new mobile); ``national_code``
the same code (new mobile); ``arabic`` the name typed with Arabic ي/ك; ``typo`` one letter of the
last name replaced, dropped or doubled (not the first); ``swapped`` first and last name swapped.
All keep the city; the name-only variations have a new mobile and no email or code.

Definitions (pairs, not groups): every group of k records reports k(k-1)/2 pairs. A planted pair is
*found* when both ids are in one group. recall = found planted pairs / planted pairs; precision =
reported pairs that are planted pairs / all reported pairs. A reported pair that is not planted is
a false positive even when the data makes it look real (two namesakes of one city share no phone,
email or code: the generator draws names at random, so such pairs are different people).
"""

from __future__ import annotations

import time
from collections import Counter
from itertools import combinations

from bench.common import emit, median, print_table
from bench.dataset import VARIATIONS, dataset

DEFAULT_SIZE = 100_000
DEFAULT_REPEAT = 1
PLANTED = 0.05
THRESHOLDS = (0, 50, 80)  # everything; what the review screen lists; bulk-merge territory


def _pairs(groups) -> set[tuple[int, int]]:
    return {pair for g in groups for pair in combinations(sorted(g.ids), 2)}


def score(groups, truth: list[tuple[int, int, str]]) -> dict:
    reported = _pairs(groups)
    true_pairs = {(min(a, b), max(a, b)): kind for a, b, kind in truth}
    found = reported & true_pairs.keys()
    by_kind = Counter(kind for kind in true_pairs.values())
    found_kind = Counter(true_pairs[p] for p in found)
    false = reported - true_pairs.keys()
    evidence: Counter[str] = Counter()
    reasons = {}
    for g in groups:
        for r in g.reasons:
            reasons.setdefault((min(r.a_id, r.b_id), max(r.a_id, r.b_id)), set()).add(r.kind)
    for pair in false:
        evidence["+".join(sorted(reasons.get(pair, {"(only through a third record)"})))] += 1
    return {"groups": len(groups), "reported_pairs": len(reported), "true_pairs": len(true_pairs),
            "found": len(found), "precision": len(found) / len(reported) if reported else float("nan"),
            "recall": len(found) / len(true_pairs) if true_pairs else float("nan"),
            "recall_by_kind": {k: found_kind[k] / by_kind[k] for k in VARIATIONS if by_kind[k]},
            "false_by_evidence": evidence.most_common(6),
            "largest_group": max((len(g.ids) for g in groups), default=0)}


def run(size: int, repeat: int) -> None:
    from crm_desktop.db.connection import close_database
    from crm_desktop.services.duplicates import find_duplicates
    from crm_desktop.services.session import open_session

    ds = dataset(size, planted=PLANTED)
    open_session(ds.path)
    results: dict[int, dict] = {}
    for threshold in THRESHOLDS:
        times, groups = [], []
        for _ in range(max(1, repeat)):
            started = time.perf_counter()
            groups = find_duplicates("contact", min_confidence=threshold)
            times.append(time.perf_counter() - started)
        results[threshold] = {"seconds": median(times), **score(groups, ds.truth)}
    close_database()

    print("Counted in pairs, not groups: a planted pair is found when both ids share a group; precision = reported")
    print("same-group pairs that are planted pairs / all reported same-group pairs; recall = found / planted.")
    print("Any reported pair that was not planted counts as false (random namesakes are different people).")
    print()
    for threshold, r in results.items():
        print_table(f"find_duplicates('contact', min_confidence={threshold}) over {size:,} people, "
                    f"{r['true_pairs']:,} planted pairs", [
                        ("time", f"{r['seconds']:.2f} s ({size / r['seconds']:,.0f} people/s)"),
                        ("groups found", f"{r['groups']:,} (largest {r['largest_group']})"),
                        ("same-group pairs reported", f"{r['reported_pairs']:,}"),
                        ("planted pairs found", f"{r['found']:,}"),
                        ("precision", f"{r['precision']:.3f}"),
                        ("recall", f"{r['recall']:.3f}"),
                        ("recall by variation", "  ".join(f"{k} {v:.2f}" for k, v in r["recall_by_kind"].items())),
                        ("false pairs by evidence", ", ".join(f"{k} {n:,}" for k, n in r["false_by_evidence"])
                         or "none"),
                    ])
        print()
    figures = {}
    for threshold, r in results.items():
        figures |= {f"c{threshold}_seconds": round(r["seconds"], 3), f"c{threshold}_groups": r["groups"],
                    f"c{threshold}_pairs": r["reported_pairs"], f"c{threshold}_found": r["found"],
                    f"c{threshold}_precision": round(r["precision"], 4), f"c{threshold}_recall": round(r["recall"], 4)}
    emit("dedupe", {"size": size, "planted_pairs": len(ds.truth), "runs": max(1, repeat), **figures,
                    "dataset_build_s": round(ds.build_seconds, 1) if ds.build_seconds else None})
