"""Who a case is from: customers found by a phone number as it was typed (any format, Persian
digits, no leading zero), and a quick new person when the number is unknown."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.models import Contact, ContactPoint, Organization
from crm_desktop.db.models.people import PHONE_KINDS
from crm_desktop.services import contacts
from crm_desktop.services.contact_points import PointInput, normalise_value
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

CALLER = QT_TRANSLATE_NOOP("Cases", "Caller {phone}")


@dataclass(frozen=True)
class CustomerMatch:
    contact_id: int | None
    organization_id: int | None
    name: str
    company: str = ""


def find_by_phone(raw: str, limit: int = 10) -> list[CustomerMatch]:
    """People (with their company) and companies having this phone number."""
    value = normalise_value("mobile", tidy_text(raw)) if tidy_text(raw) else ""
    if not value:
        return []
    rows = (ContactPoint.select(ContactPoint.contact, ContactPoint.organization)
            .where(ContactPoint.deleted_at.is_null() & ContactPoint.kind.in_(list(PHONE_KINDS))
                   & (ContactPoint.value_norm == value)).limit(limit * 2).tuples())
    found: list[CustomerMatch] = []
    seen: set[tuple] = set()
    for contact_id, org_id in rows:
        if (contact_id, org_id) in seen:
            continue
        seen.add((contact_id, org_id))
        if contact_id is not None:
            person = Contact.get_or_none((Contact.id == contact_id) & Contact.deleted_at.is_null())
            if person is not None:
                org = person.organization if person.__data__.get("organization") else None
                found.append(CustomerMatch(person.id, org.id if org else None, person.display_name,
                                           org.name if org else ""))
        else:
            org = Organization.get_or_none((Organization.id == org_id) & Organization.deleted_at.is_null())
            if org is not None:
                found.append(CustomerMatch(None, org.id, org.name))
    return found[:limit]


def quick_create(phone: str, name: str = "") -> Contact:
    """A new person with this phone (a mobile when it reads as one), named as given or "Caller
    <phone>"; stage "customer". Raises ValidationError for a bad number."""
    phone = tidy_text(phone)
    name = tidy_text(name) or render(CALLER, {"phone": phone})
    first, _, last = name.rpartition(" ") if " " in name else ("", "", name)
    kind = "mobile" if normalise_value("mobile", phone).startswith("+989") else "phone"
    return contacts.create_contact(contacts.ContactInput(
        first_name=first, last_name=last, lifecycle_stage="customer",
        points=[PointInput(kind=kind, value=phone, is_primary=True)]))
