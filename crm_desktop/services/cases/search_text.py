"""What the search index holds for a case: its number (also as bare digits: a typed number reads
like a phone number to the query parser), subject, description, product, the
customer's name and phone digits (so the queue's search box finds a case by any of them, with the
shared normaliser on both sides). Services call :func:`refresh_cases` in their write transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from crm_desktop.db import search_index
from crm_desktop.db.base import database
from crm_desktop.db.models import Case, Contact, ContactPoint, Organization
from crm_desktop.db.models.people import PHONE_KINDS, person_name
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.services.search_documents import SEPARATOR, phone_tokens
from crm_desktop.text.normalize import normalize_text

CHUNK = 2000


def case_document(number: str, subject: str, description: str, product: str, customer: str,
                  phones: Iterable[str]) -> str:
    parts = [number, number.replace("-", ""), normalize_text(subject), normalize_text(customer), normalize_text(product),
             *(token for phone in phones for token in phone_tokens(phone)), normalize_text(description)[:2000]]
    return SEPARATOR.join(p for p in parts if p)


def _documents(ids: list[int]) -> list[tuple[int, str]]:
    rows = list(Case.select(Case.id, Case.number, Case.subject, Case.description, Case.product, Case.contact,
                            Case.organization).where(Case.id.in_(ids) & Case.deleted_at.is_null()).tuples())
    people = {r[5] for r in rows if r[5]}
    companies = {r[6] for r in rows if r[6]}
    names: dict[tuple[str, int], str] = {}
    for cid, first, last in Contact.select(Contact.id, Contact.first_name, Contact.last_name).where(
            Contact.id.in_(list(people))).tuples():
        names["c", cid] = person_name(first, last)
    for oid, name in Organization.select(Organization.id, Organization.name).where(
            Organization.id.in_(list(companies))).tuples():
        names["o", oid] = name
    phones: dict[tuple[str, int], list[str]] = defaultdict(list)
    for cid, oid, value in ContactPoint.select(ContactPoint.contact, ContactPoint.organization,
                                               ContactPoint.value_norm).where(
            ContactPoint.kind.in_(list(PHONE_KINDS)) & ContactPoint.deleted_at.is_null()
            & (ContactPoint.contact.in_(list(people)) | ContactPoint.organization.in_(list(companies)))).tuples():
        phones["c" if cid else "o", cid or oid].append(value)
    documents = []
    for case_id, number, subject, description, product, contact_id, org_id in rows:
        who = ("c", contact_id) if contact_id else ("o", org_id)
        customer = " ".join(filter(None, (names.get(("c", contact_id), ""), names.get(("o", org_id), ""))))
        documents.append((case_id, case_document(number, subject, description, product, customer,
                                                 phones.get(who, []))))
    return documents


def refresh_cases(ids: Iterable[int]) -> None:
    """Re-index these cases (deleted ones leave the index). Call inside the write transaction."""
    ids = sorted(set(ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        documents = _documents(chunk)
        alive = {case_id for case_id, _ in documents}
        search_index.remove("case", [i for i in chunk if i not in alive])
        search_index.replace("case", documents)


def index_new(ids: Sequence[int], cancel: CancelToken | None = None) -> int:
    """Index cases that have no document yet (bulk writers such as the demo), a chunk at a time;
    returns the documents written. Call inside the write transaction."""
    written = 0
    for start in range(0, len(ids), CHUNK):
        check(cancel)
        written += search_index.add("case", _documents(list(ids[start:start + CHUNK])))
    return written


def rebuild(progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> int:
    """Index every case again (one transaction); returns the documents written."""
    written = 0
    with database.atomic():
        search_index.clear("case")
        ids = [row[0] for row in Case.select(Case.id).where(Case.deleted_at.is_null()).order_by(Case.id).tuples()]
        for start in range(0, len(ids), CHUNK):
            check(cancel)
            search_index.add("case", _documents(ids[start:start + CHUNK]))
            written += len(ids[start:start + CHUNK])
            report(progress, written, len(ids))
    return written
