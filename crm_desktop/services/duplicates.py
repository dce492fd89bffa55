"""Finding duplicate people (``entity="contact"``) and companies (``entity="organization"``).

Only live records count. Evidence (see :mod:`crm_desktop.services.duplicate_rules` for the rules
and scores) comes from:

* exact keys grouped in SQL (``GROUP BY value_norm HAVING COUNT(DISTINCT owner) > 1``): phones
  (``ContactPoint.value_norm`` of mobile/phone/fax/whatsapp points that are real numbers), emails,
  national codes / company national IDs;
* names compared only inside blocks -- people of one city (normalised) or one company, companies
  of one city: identical normalised names directly, similar ones through shared keys (the words
  sorted, the name without spaces, and the sorted name with any one letter left out), so a name
  is only ever compared with the few names sharing such a key, never with every other row.

Pairs become groups with union-find, strongest pairs first, so a group's confidence is the
weakest link that holds it together (the confidence of the last pair that joined it): a bulk
merge above a threshold never sweeps in a record on weaker evidence. Pairs held by names alone
come last and only join records no phone, email or code has grouped: a namesake in the same city
never pulls a phone-matched pair into a weaker group. Pairs below ``min_confidence`` join
nothing. Pairs recorded as not duplicates (:class:`NotDuplicate`) are never joined, not even
through a third record. Rows are read as plain tuples (no model objects), so 100,000 people take
a few seconds and modest memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from peewee import fn

from crm_desktop.db.base import database
from crm_desktop.db.models import Contact, ContactPoint, NotDuplicate, Organization
from crm_desktop.db.models.people import PHONE_KINDS
from crm_desktop.services import duplicate_rules as rules
from crm_desktop.services.duplicate_candidates import possible_duplicate_organizations, possible_duplicates_of
from crm_desktop.services.duplicate_rules import REVIEW_MIN_CONFIDENCE, SUGGESTED_MIN_CONFIDENCE, Reason
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.normalize import normalize_text

ENTITIES = ("contact", "organization")
MAX_KEY_BUCKET = 50  # names sharing one similarity key; more is a key too common to compare on


@dataclass(frozen=True)
class DuplicateGroup:
    """Records that look like one person (or company): ids sorted, a 0..100 confidence, and every
    piece of evidence between members (for the review screen)."""

    entity: str
    ids: tuple[int, ...]
    confidence: int
    reasons: tuple[Reason, ...]


def _model(entity: str):
    if entity == "contact":
        return Contact, ContactPoint.contact, Contact.national_code
    if entity == "organization":
        return Organization, ContactPoint.organization, Organization.national_id
    raise ValueError(f"unknown entity {entity!r}")


class _Evidence:
    """For each pair (a < b): [(kind, value, score), ...]."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[int, int], list[tuple[str, str, int]]] = defaultdict(list)

    def add(self, a: int, b: int, kind: str, value: str, score: int) -> None:
        if a != b:
            self.pairs[(a, b) if a < b else (b, a)].append((kind, value, score))

    def add_block(self, ids: Iterable[int], kind: str, value: str, score: int) -> None:
        for a, b in combinations(sorted(set(ids)), 2):
            self.add(a, b, kind, value, score)


# --- exact keys (SQL) ----------------------------------------------------------------------------


def _shared_points(entity: str, kinds: Iterable[str]) -> dict[str, list[int]]:
    """value_norm -> owner ids, for values several live records share."""
    model, owner, _ = _model(entity)
    cp = ContactPoint
    alive = (cp.deleted_at.is_null() & owner.is_null(False) & cp.kind.in_(list(kinds)) & (cp.value_norm != "")
             & model.deleted_at.is_null())
    shared = (cp.select(cp.value_norm).join(model, on=(owner == model.id)).where(alive)
              .group_by(cp.value_norm).having(fn.COUNT(fn.DISTINCT(owner)) > 1))
    rows = (cp.select(cp.value_norm, owner).join(model, on=(owner == model.id))
            .where(alive & cp.value_norm.in_(shared)).tuples())
    found: dict[str, set[int]] = defaultdict(set)
    for value, owner_id in rows:
        found[value].add(owner_id)
    return {value: sorted(ids) for value, ids in found.items()}


def _shared_codes(entity: str) -> dict[str, list[int]]:
    model, _, code = _model(entity)
    alive = model.deleted_at.is_null() & (code != "")
    shared = model.select(code).where(alive).group_by(code).having(fn.COUNT(model.id) > 1)
    found: dict[str, list[int]] = defaultdict(list)
    for value, record_id in model.select(code, model.id).where(alive & code.in_(shared)).tuples():
        found[value].append(record_id)
    return found


def _exact_evidence(entity: str, ev: _Evidence) -> None:
    for value, ids in _shared_points(entity, PHONE_KINDS).items():
        if rules.is_real_phone(value) and len(ids) <= rules.MAX_SHARED:
            ev.add_block(ids, "phone", value, rules.phone_score(value))
    for value, ids in _shared_points(entity, ("email",)).items():
        if len(ids) <= rules.MAX_SHARED:
            ev.add_block(ids, "email", value, rules.EMAIL)
    for value, ids in _shared_codes(entity).items():
        ids = sorted(ids)
        if len(ids) <= rules.MAX_SHARED:
            ev.add_block(ids, "national_code", value, rules.NATIONAL_CODE)
        else:  # the same code on very many rows: still one person, a star keeps the pairs linear
            for other in ids[1:]:
                ev.add(ids[0], other, "national_code", value, rules.NATIONAL_CODE)


# --- names (blocks) ------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _city_key(city: str) -> str:
    return normalize_text(city)


def _load(entity: str) -> tuple[dict[int, tuple[str, object]], dict[tuple, list[tuple[int, str]]]]:
    """(identity per id: (code, birth date)), and the name blocks: scope -> [(id, name_norm)]."""
    identity: dict[int, tuple[str, object]] = {}
    scopes: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
    if entity == "contact":
        query = Contact.select(Contact.id, Contact.name_norm, Contact.city, Contact.organization,
                               Contact.national_code, Contact.birth_date).where(Contact.deleted_at.is_null())
        rows = database.execute(query)  # raw values: no per-row conversion for 100k rows
    else:
        query = Organization.select(Organization.id, Organization.name_norm, Organization.city,
                                    Organization.national_id).where(Organization.deleted_at.is_null())
        rows = ((oid, name, city, None, code, None) for oid, name, city, code in database.execute(query))
    for record_id, name, city, org, code, birth in rows:
        identity[record_id] = (code or "", birth)
        if not rules.usable_name(name, entity):
            continue
        city = _city_key(city) if city else ""
        if city:
            scopes[("city", city)].append((record_id, name))
        if org is not None:
            scopes[("company", org)].append((record_id, name))
    return identity, scopes


def _name_evidence(entity: str, members: list[tuple[int, str]], same_company: bool, ev: _Evidence) -> None:
    by_name: dict[str, list[int]] = defaultdict(list)
    for record_id, name in members:
        by_name[name].append(record_id)
    names = [name for name, ids in by_name.items() if len(ids) <= rules.MAX_NAME_BLOCK]
    exact, similar = rules.name_scores(entity, same_company)
    for name in names:
        if len(by_name[name]) > 1:
            ev.add_block(by_name[name], "name", name, exact)
    if len(names) < 2:
        return
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(names):
        key = rules.canonical(name)
        for k in {"c" + key, "s" + rules.compact(name), *("d" + d for d in rules.deletion_keys(key))}:
            buckets[k].append(index)
    seen: set[tuple[int, int]] = set()
    for indexes in buckets.values():
        if len(indexes) < 2 or len(indexes) > MAX_KEY_BUCKET:
            continue
        for i, j in combinations(indexes, 2):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            a, b = names[i], names[j]
            if rules.name_relation(a, b, entity) == "similar_name":
                value = rules.name_value("similar_name", *sorted((a, b)))
                for x in by_name[a]:
                    for y in by_name[b]:
                        ev.add(x, y, "similar_name", value, similar)


# --- groups --------------------------------------------------------------------------------------


def _scored(ev: _Evidence, identity: dict[int, tuple[str, object]],
            not_dup: set[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, bool]]:
    """(confidence, held by names only) of every pair that survives the vetoes."""
    scores: dict[tuple[int, int], tuple[int, bool]] = {}
    nothing = ("", None)
    for pair, items in ev.pairs.items():
        if pair in not_dup:
            continue
        (code_a, birth_a), (code_b, birth_b) = identity.get(pair[0], nothing), identity.get(pair[1], nothing)
        if rules.contradicts(code_a, code_b):
            continue
        best: dict[str, int] = {}
        for kind, _, score in items:
            best[kind] = max(best.get(kind, 0), score)
        weak = rules.names_only(best)
        if weak and birth_a and birth_b and birth_a != birth_b:
            continue
        scores[pair] = (rules.combine(best), weak)
    return scores


def _not_duplicates(entity: str) -> set[tuple[int, int]]:
    return {(a, b) for a, b in NotDuplicate.select(NotDuplicate.a_id, NotDuplicate.b_id).where(
        (NotDuplicate.entity == entity) & NotDuplicate.deleted_at.is_null()).tuples()}


class _Groups:
    """Union-find that refuses to join records marked as not duplicates, and remembers the
    confidence of the last (weakest) pair that joined each group."""

    def __init__(self, not_dup: set[tuple[int, int]]) -> None:
        self.parent: dict[int, int] = {}
        self.confidence: dict[int, int] = {}
        self.blocked: dict[int, set[int]] = defaultdict(set)
        for a, b in not_dup:
            self.blocked[a].add(b)
            self.blocked[b].add(a)

    def find(self, x: int) -> int:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: int, b: int, confidence: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        blocked_a, blocked_b = self.blocked.get(ra), self.blocked.get(rb)
        if blocked_a and blocked_b is not None and len(blocked_b) < len(blocked_a):
            ra, rb, blocked_a, blocked_b = rb, ra, blocked_b, blocked_a
        if blocked_a and any(self.find(x) == rb for x in blocked_a):
            return
        self.parent[ra] = rb
        self.confidence[rb] = confidence
        if blocked_a:
            self.blocked[rb] |= self.blocked.pop(ra)


def _build_groups(entity: str, ev: _Evidence, scores: dict[tuple[int, int], tuple[int, bool]],
                  not_dup: set[tuple[int, int]], min_confidence: int) -> list[DuplicateGroup]:
    """Strong pairs (a phone, email or code) first, strongest first; then pairs held by names
    alone, which may join records to each other but never pull one into a group the strong
    evidence built (a namesake in the same city is no reason to join a phone-matched pair)."""
    uf = _Groups(not_dup)
    ordered = sorted(((pair, conf, weak) for pair, (conf, weak) in scores.items() if conf >= min_confidence),
                     key=lambda item: (item[2], -item[1], item[0]))
    strong_roots: set[int] | None = None
    for (a, b), confidence, weak in ordered:
        if weak and strong_roots is None:
            strong_roots = {uf.find(x) for x in uf.parent}
        if weak and (uf.find(a) in strong_roots or uf.find(b) in strong_roots):
            continue
        uf.join(a, b, confidence)
    members: dict[int, list[int]] = defaultdict(list)
    for record_id in list(uf.parent):
        members[uf.find(record_id)].append(record_id)
    reasons: dict[int, set[Reason]] = defaultdict(set)
    for (a, b) in scores:  # every piece of evidence between members, also pairs not needed to join them
        if a in uf.parent and b in uf.parent and (root := uf.find(a)) == uf.find(b):
            reasons[root].update(Reason(kind, value, a, b) for kind, value, _ in ev.pairs[(a, b)])
    groups = [DuplicateGroup(entity, tuple(sorted(ids)), uf.confidence[root],
                             tuple(sorted(reasons[root], key=lambda r: (r.a_id, r.b_id, r.kind, r.value))))
              for root, ids in members.items() if len(ids) > 1]
    groups.sort(key=lambda g: (-g.confidence, -len(g.ids), g.ids[0]))
    return groups


def find_duplicates(entity: str = "contact", *, min_confidence: int = 0, progress: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> list[DuplicateGroup]:
    """Groups of live records that look like the same person (company), most certain first
    (confidence desc, then bigger groups, then the smallest id). Read-only."""
    _model(entity)
    ev = _Evidence()
    report(progress, 0, 100)
    _exact_evidence(entity, ev)
    check(cancel)
    report(progress, 25, 100)
    identity, scopes = _load(entity)
    check(cancel)
    report(progress, 40, 100)
    for done, ((scope, _), members) in enumerate(scopes.items(), 1):
        if len(members) > 1:
            _name_evidence(entity, members, scope == "company", ev)
        if done % 200 == 0:
            check(cancel)
            report(progress, 40 + 50 * done // len(scopes), 100)
    check(cancel)
    report(progress, 90, 100)
    not_dup = _not_duplicates(entity)
    groups = _build_groups(entity, ev, _scored(ev, identity, not_dup), not_dup, min_confidence)
    report(progress, 100, 100)
    return groups


__all__ = ["DuplicateGroup", "Reason", "REVIEW_MIN_CONFIDENCE", "SUGGESTED_MIN_CONFIDENCE", "find_duplicates",
           "possible_duplicate_organizations", "possible_duplicates_of"]
