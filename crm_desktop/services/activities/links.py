"""What an activity form offers to link to: a customer's open deals and open cases (short lists,
newest first); the customer a deal or a case belongs to and a person's company (the one lookup the
activity service also fills an activity's customer with)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.models import Case, Contact, Deal
from crm_desktop.db.models.cases import OPEN_STATUSES

LIMIT = 50  # a customer with more open deals than this picks from the deal itself


@dataclass(frozen=True)
class Link:
    id: int
    title: str


def company_of(contact_id: int | None) -> int | None:
    """The company a person works at (None: none, or no person)."""
    if contact_id is None:
        return None
    return Contact.select(Contact.organization).where(Contact.id == contact_id).scalar()


def _of_customer(model, contact_id: int | None, organization_id: int | None):
    """Rows of ``model`` for a person (and that person's company) or for a company."""
    organization_id = organization_id if organization_id is not None else company_of(contact_id)
    condition = None
    if contact_id is not None:
        condition = model.contact == contact_id
    if organization_id is not None:
        by_company = model.organization == organization_id
        condition = by_company if condition is None else (condition | by_company)
    return condition


def open_deals(contact_id: int | None, organization_id: int | None, *, include: int | None = None,
               limit: int = LIMIT) -> list[Link]:
    """The customer's open deals (plus ``include``, the one already linked, whatever its state)."""
    condition = _of_customer(Deal, contact_id, organization_id)
    found: list[Link] = []
    if condition is not None:
        rows = (Deal.alive(Deal.id, Deal.title).where(condition & (Deal.status == "open"))
                .order_by(Deal.created_at.desc(), Deal.id.desc()).limit(limit).tuples())
        found = [Link(deal_id, title) for deal_id, title in rows]
    if include is not None and include not in {link.id for link in found}:
        row = Deal.select(Deal.id, Deal.title).where(Deal.id == include).tuples().first()
        if row is not None:
            found.insert(0, Link(*row))
    return found


def open_cases(contact_id: int | None, organization_id: int | None, *, include: int | None = None,
               limit: int = LIMIT) -> list[Link]:
    """The customer's open cases, "number subject" (plus ``include``, the one already linked)."""
    condition = _of_customer(Case, contact_id, organization_id)
    found: list[Link] = []
    if condition is not None:
        rows = (Case.alive(Case.id, Case.number, Case.subject)
                .where(condition & Case.status.in_(list(OPEN_STATUSES)))
                .order_by(Case.opened_at.desc(), Case.id.desc()).limit(limit).tuples())
        found = [Link(case_id, f"{number} {subject}") for case_id, number, subject in rows]
    if include is not None and include not in {link.id for link in found}:
        row = Case.select(Case.id, Case.number, Case.subject).where(Case.id == include).tuples().first()
        if row is not None:
            found.insert(0, Link(row[0], f"{row[1]} {row[2]}"))
    return found


def customer_of(*, deal_id: int | None = None, case_id: int | None = None) -> tuple[int | None, int | None]:
    """(person, company) of a deal or, failing that (none given, or it names no customer), of a case:
    whom an activity of theirs is with when none is chosen (the form's start, and the service's
    ``create_activity`` / ``update_activity``)."""
    for model, record_id in ((Deal, deal_id), (Case, case_id)):
        if record_id is None:
            continue
        row = model.select(model.contact, model.organization).where(model.id == record_id).tuples().first()
        if row is not None and (row[0] is not None or row[1] is not None):
            return row[0], row[1]
    return None, None


__all__ = ["Link", "company_of", "customer_of", "open_cases", "open_deals"]
