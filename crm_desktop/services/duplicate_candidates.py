"""Possible duplicates of a person or company being typed into the create/edit form.

The same rules as the finder (:mod:`crm_desktop.services.duplicate_rules`), applied to one record
that may not exist yet: stored records sharing a normalised phone, email or national code, or with
an identical or very similar name in the same company or city. Each query is indexed or limited to
one city/company, so it is quick enough to run while the form is open.

Reasons carry ``a_id`` = the record being edited (``exclude_id``), or 0 for a new one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peewee import SQL

from crm_desktop.db.models import Contact, ContactPoint, NotDuplicate, Organization
from crm_desktop.db.models.people import PHONE_KINDS, person_name
from crm_desktop.services import duplicate_rules as rules
from crm_desktop.services.contact_points import PointInput, normalise_value
from crm_desktop.services.duplicate_rules import Reason
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.national_code import normalize_national_code
from crm_desktop.text.normalize import normalize_text, tidy_text

if TYPE_CHECKING:
    from crm_desktop.services.contacts import ContactInput
    from crm_desktop.services.organizations import OrganizationInput

Match = tuple[int, int, tuple[Reason, ...]]


@dataclass
class _Probe:
    entity: str
    name: str
    city: str
    org: int | None = None
    code: str = ""
    birth: dt.date | None = None
    phones: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)


def _point_keys(probe: _Probe, points: Sequence[PointInput]) -> None:
    for point in points:
        value = normalise_value(point.kind, point.value) if tidy_text(point.value) else ""
        if point.kind in PHONE_KINDS and value and rules.is_real_phone(value):
            probe.phones.add(value)
        elif point.kind == "email" and value:
            probe.emails.add(value)


def possible_duplicates_of(data: ContactInput, *, exclude_id: int | None = None, limit: int = 10) -> list[Match]:
    """(contact id, confidence, reasons) of stored people who may be the person in ``data``,
    most likely first; ``exclude_id`` is the person being edited."""
    probe = _Probe("contact", normalize_text(person_name(tidy_text(data.first_name), tidy_text(data.last_name))),
                   tidy_text(data.city), data.organization_id, normalize_national_code(data.national_code) or "",
                   data.birth_date)
    _point_keys(probe, data.points)
    return _matches(probe, exclude_id, limit)


def possible_duplicate_organizations(data: OrganizationInput, *, exclude_id: int | None = None,
                                     limit: int = 10) -> list[Match]:
    """(organization id, confidence, reasons) of stored companies that may be the one in ``data``."""
    code = "".join(ch for ch in to_ascii_digits(data.national_id) if ch.isdigit())
    probe = _Probe("organization", normalize_text(tidy_text(data.name)), tidy_text(data.city), code=code)
    _point_keys(probe, data.points)
    return _matches(probe, exclude_id, limit)


def _model(entity: str):
    if entity == "contact":
        return Contact, ContactPoint.contact, Contact.national_code
    return Organization, ContactPoint.organization, Organization.national_id


def _point_hits(probe: _Probe, found: dict[int, list[tuple[str, str, int]]]) -> None:
    model, owner, _ = _model(probe.entity)
    for kind, values in (("phone", probe.phones), ("email", probe.emails)):
        if not values:
            continue
        kinds = list(PHONE_KINDS) if kind == "phone" else ["email"]
        rows = (ContactPoint.select(owner, ContactPoint.value_norm).join(model, on=(owner == model.id))
                .where(ContactPoint.deleted_at.is_null() & model.deleted_at.is_null()
                       & ContactPoint.kind.in_(kinds) & ContactPoint.value_norm.in_(sorted(values))).tuples())
        for owner_id, value in rows:
            score = rules.phone_score(value) if kind == "phone" else rules.EMAIL
            found[owner_id].append((kind, value, score))


def _name_filter(model, name: str):
    """Names that can be identical or one typo/reordering away: one typo changes one word, so the
    first or last word survives whole at the start or end (either, words reordered); one word
    alone keeps its first half."""
    words = name.split()
    condition = model.name_norm == name
    if len(words) >= 2:
        for word in dict.fromkeys((words[0], words[-1])):
            condition |= model.name_norm.startswith(word + " ") | model.name_norm.endswith(" " + word)
    elif len(name) >= 4:
        half = name[:len(name) // 2]
        condition |= (model.name_norm >= half) & (model.name_norm < half + "\U0010ffff")
    return condition


def _name_hits(probe: _Probe, found: dict[int, list[tuple[str, str, int]]]) -> None:
    if not rules.usable_name(probe.name, probe.entity):
        return
    model = _model(probe.entity)[0]
    scope = (model.city == probe.city) if probe.city else None
    if probe.entity == "contact" and probe.org is not None:
        same_org = Contact.organization == probe.org
        scope = same_org if scope is None else (scope | same_org)
    if scope is None:
        return
    columns = [model.id, model.name_norm, model.city]
    if probe.entity == "contact":
        columns.append(Contact.organization)
    rows = model.select(*columns).where(model.deleted_at.is_null() & scope & _name_filter(model, probe.name))
    city_key = normalize_text(probe.city)
    for row in rows.limit(5000).tuples():
        record_id, name, city = row[:3]
        same_company = probe.entity == "contact" and probe.org is not None and row[3] == probe.org
        if not same_company and not (city_key and normalize_text(city) == city_key):
            continue
        kind = rules.name_relation(probe.name, name, probe.entity)
        if kind is not None:
            score = rules.reason_score(Reason(kind, "", 0, 0), same_company, probe.entity)
            found[record_id].append((kind, rules.name_value(kind, probe.name, name), score))


def _matches(probe: _Probe, exclude_id: int | None, limit: int) -> list[Match]:
    model, _, code_field = _model(probe.entity)
    found: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    _point_hits(probe, found)
    if probe.code:
        same_code = model.select(model.id).where(model.deleted_at.is_null() & (code_field == probe.code))
        for (record_id,) in same_code.tuples():
            found[record_id].append(("national_code", probe.code, rules.NATIONAL_CODE))
    _name_hits(probe, found)
    found.pop(exclude_id, None)
    if not found:
        return []
    identity = _identities(probe.entity, list(found))
    not_dup = _not_duplicate_partners(probe.entity, exclude_id)
    birth = probe.birth.isoformat() if probe.birth else None
    me = exclude_id or 0
    results: list[Match] = []
    for record_id, items in found.items():
        code, their_birth = identity.get(record_id, ("", None))
        if record_id in not_dup or rules.contradicts(probe.code, code):
            continue
        best: dict[str, int] = {}
        for kind, _, score in items:
            best[kind] = max(best.get(kind, 0), score)
        their_birth = their_birth.isoformat() if isinstance(their_birth, dt.date) else their_birth
        if rules.names_only(best) and birth and their_birth and birth != their_birth:
            continue
        reasons = tuple(sorted({Reason(kind, value, me, record_id) for kind, value, _ in items},
                               key=lambda r: (r.kind, r.value)))
        results.append((record_id, rules.combine(best), reasons))
    results.sort(key=lambda match: (-match[1], match[0]))
    return results[:limit]


def _identities(entity: str, ids: list[int]) -> dict[int, tuple[str, object]]:
    model, _, code = _model(entity)
    birth = Contact.birth_date if entity == "contact" else SQL("NULL")
    rows = model.select(model.id, code, birth).where(model.id.in_(ids)).tuples()
    return {record_id: (value or "", born) for record_id, value, born in rows}


def _not_duplicate_partners(entity: str, record_id: int | None) -> set[int]:
    if record_id is None:
        return set()
    rows = NotDuplicate.select(NotDuplicate.a_id, NotDuplicate.b_id).where(
        (NotDuplicate.entity == entity) & NotDuplicate.deleted_at.is_null()
        & ((NotDuplicate.a_id == record_id) | (NotDuplicate.b_id == record_id))).tuples()
    return {b if a == record_id else a for a, b in rows}
