"""What the search index holds for each person and company, and keeping it in step with writes.

A document is the normalised text a person could type to find a record: the name (shared
normaliser: ي/ك folded, ZWNJ removed, digits ASCII, lower case), the company, emails, national
code / company IDs, the website, and every phone both as full international digits
(``989123456789``) and as the national number (``9123456789``), so "0912 345", "+98 912 345" and
"۹۱۲۳۴۵" all find it. Services call :func:`refresh_contacts` / :func:`refresh_organizations` inside
their write transaction; bulk paths index their rows once at the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from peewee import JOIN, fn

from crm_desktop.db import derived_state, search_index
from crm_desktop.db.base import database
from crm_desktop.db.models import Contact, ContactPoint, Organization
from crm_desktop.db.models.people import PHONE_KINDS, person_name
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.normalize import normalize_text

INDEX_VERSION = 1  # bump when the document format changes: prepare() then rebuilds the index
CHUNK = 5000
SEPARATOR = " | "


def phone_tokens(value_norm: str) -> list[str]:
    digits = value_norm.lstrip("+")
    if value_norm.startswith("+98") and len(digits) > 2:
        return [digits, digits[2:]]
    return [digits] if digits else []


def _point_tokens(points: Iterable[tuple[str, str]]) -> list[str]:
    tokens: list[str] = []
    for kind, value_norm in points:
        if not value_norm:
            continue
        tokens += phone_tokens(value_norm) if kind in PHONE_KINDS else [value_norm]
    return tokens


def contact_document(first_name: str, last_name: str, national_code: str, company: str,
                     points: Iterable[tuple[str, str]]) -> str:
    return normalized_contact_document(normalize_text(person_name(first_name, last_name)), normalize_text(company),
                                       national_code, points)


def normalized_contact_document(name_norm: str, company_norm: str, national_code: str,
                                points: Iterable[tuple[str, str]]) -> str:
    """The document from an already normalised name and company (bulk writers have them)."""
    parts = [name_norm, company_norm, national_code, *_point_tokens(points)]
    return SEPARATOR.join(p for p in parts if p)


def organization_document(name: str, national_id: str, economic_code: str, website: str,
                          points: Iterable[tuple[str, str]]) -> str:
    parts = [normalize_text(name), national_id, economic_code, normalize_text(website), *_point_tokens(points)]
    return SEPARATOR.join(p for p in parts if p)


def _points(owner_field, ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    query = (ContactPoint.select(owner_field, ContactPoint.kind, ContactPoint.value_norm)
             .where(owner_field.in_(list(ids)) & ContactPoint.deleted_at.is_null()).tuples())
    for owner_id, kind, value_norm in query:
        found[owner_id].append((kind, value_norm))
    return found


def refresh_contacts(ids: Iterable[int]) -> None:
    """Re-index these people (deleted ones leave the index). Call inside the write's transaction."""
    ids = sorted(set(ids))
    for start in range(0, len(ids), 500):
        _refresh_contact_chunk(ids[start:start + 500])


def _refresh_contact_chunk(ids: Sequence[int]) -> None:
    rows = list(Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.national_code,
                               Organization.name)
                .join(Organization, join_type=JOIN.LEFT_OUTER, on=(Contact.organization == Organization.id))
                .where(Contact.id.in_(list(ids)) & Contact.deleted_at.is_null()).tuples())
    points = _points(ContactPoint.contact, ids)
    alive = {row[0] for row in rows}
    search_index.remove("contact", [i for i in ids if i not in alive])
    search_index.replace("contact", [(cid, contact_document(first, last, code, company or "", points.get(cid, ())))
                                     for cid, first, last, code, company in rows])


def refresh_organizations(ids: Iterable[int], *, with_people: bool = False) -> None:
    """Re-index these companies; with_people also re-indexes their people (the company name is in
    their documents)."""
    ids = sorted(set(ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = list(Organization.select(Organization.id, Organization.name, Organization.national_id,
                                        Organization.economic_code, Organization.website)
                    .where(Organization.id.in_(chunk) & Organization.deleted_at.is_null()).tuples())
        points = _points(ContactPoint.organization, chunk)
        alive = {row[0] for row in rows}
        search_index.remove("organization", [i for i in chunk if i not in alive])
        search_index.replace("organization", [(oid, organization_document(name, nid, eco, web, points.get(oid, ())))
                                              for oid, name, nid, eco, web in rows])
        if with_people:
            people = [row[0] for row in Contact.select(Contact.id).where(Contact.organization.in_(chunk)).tuples()]
            refresh_contacts(people)


def _id_ranges(model, step: int):
    top = model.select(fn.MAX(model.id)).scalar() or 0
    for start in range(1, top + 1, step):
        yield start, min(start + step - 1, top), top


def rebuild(progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> int:
    """Rebuild the whole index from the tables (one transaction); returns the documents written."""
    written = 0
    with database.atomic():
        for kind, model in (("organization", Organization), ("contact", Contact)):
            search_index.clear(kind)
            for low, high, top in _id_ranges(model, CHUNK):
                check(cancel)
                ids = [row[0] for row in model.select(model.id).where(
                    model.id.between(low, high) & model.deleted_at.is_null()).tuples()]
                if kind == "contact":
                    _refresh_contact_chunk(ids)
                else:
                    refresh_organizations(ids)
                written += len(ids)
                report(progress, high, top)
        derived_state.set_version(derived_state.SEARCH_DOCUMENTS, INDEX_VERSION)
    return written


def ensure_current(progress: ProgressFn | None = None) -> bool:
    """Rebuild when the index format changed (or the index was never built); True if rebuilt."""
    if derived_state.stored_version(derived_state.SEARCH_DOCUMENTS) == INDEX_VERSION:
        return False
    rebuild(progress)
    return True
