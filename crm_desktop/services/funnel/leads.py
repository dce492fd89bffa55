"""Leads: the first contact of a possible customer, from capture to conversion.

A lead keeps what was learned at first contact (name, company, phone, email, city, source,
campaign, interest) and moves new -> contacted -> qualified, or leaves the funnel disqualified
(with a reason). Converting makes (or links) the person and company and opens the deal in one
transaction; a lead whose phone or email is already a customer's links to that customer instead
of making a duplicate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, ContactPoint, Lead, LeadSource, Organization, User
from crm_desktop.db.models.leads import LEAD_STATUSES
from crm_desktop.db.models.people import PHONE_KINDS
from crm_desktop.services import audit, contacts, organizations, records, validation
from crm_desktop.services.contact_points import PointInput, normalise_value
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError, record_word
from crm_desktop.services.funnel import deals
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text, tidy_text

NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name or a company for the lead.")
NO_REACH = QT_TRANSLATE_NOOP("Errors", "Enter a phone number or an email, so the lead can be reached.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Errors", "Say why the lead is disqualified.")
ALREADY_CONVERTED = QT_TRANSLATE_NOOP("Errors", "This lead was already converted.")
GONE = QT_TRANSLATE_NOOP("Errors", "The chosen {what} no longer exists; choose another one.")
OPEN_STATUSES = ("new", "contacted", "qualified")


@dataclass
class LeadInput:
    first_name: str = ""
    last_name: str = ""
    company_name: str = ""
    phone: str = ""
    email: str = ""
    city: str = ""
    industry: str = ""
    source_id: int | None = None
    campaign: str = ""
    interest: str = ""
    owner_id: int | None = None
    notes: str = ""


def check(data: LeadInput) -> list[FieldError]:
    errors: list[FieldError | None] = []
    if not any(tidy_text(v) for v in (data.first_name, data.last_name, data.company_name)):
        errors.append(FieldError("last_name", NO_NAME))
    if not tidy_text(data.phone) and not tidy_text(data.email):
        errors.append(FieldError("phone", NO_REACH))
    if tidy_text(data.phone):
        errors.append(validation.check_phone("phone", data.phone))
    if tidy_text(data.email):
        errors.append(validation.check_email("email", data.email))
    for name, model, value, what in (("source_id", LeadSource, data.source_id, "source"),
                                     ("owner_id", User, data.owner_id, "owner")):
        if value is not None and not model.alive().where(model.id == value).exists():
            errors.append(FieldError(name, GONE, {"what": record_word(what)}))
    errors += validation.check_lengths(Lead, {name: tidy_text(getattr(data, name)) for name in (
        "first_name", "last_name", "company_name", "city", "industry", "campaign", "interest")})
    return [e for e in errors if e is not None]


def _apply(lead: Lead, data: LeadInput) -> None:
    for name in ("first_name", "last_name", "company_name", "city", "industry", "campaign", "interest"):
        setattr(lead, name, tidy_text(getattr(data, name)))
    lead.phone = tidy_text(data.phone)
    lead.phone_norm = normalise_value("mobile", lead.phone)[:40] if lead.phone else ""
    lead.email = tidy_text(data.email)
    lead.email_norm = lead.email.casefold()
    lead.source = data.source_id
    lead.owner = data.owner_id if data.owner_id is not None else current_user_id()
    lead.notes = data.notes.strip()


def create_lead(data: LeadInput, *, at: dt.datetime | None = None) -> Lead:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        lead = Lead(created_by=current_user_id())
        _apply(lead, data)
        if at is not None:
            lead.created_at = lead.updated_at = at
        lead.save(force_insert=True)
        audit.record_create(lead)
    return lead


def get_lead(lead_id: int) -> Lead:
    return records.fetch(Lead, lead_id)


def lead_input(lead: Lead) -> LeadInput:
    d = lead.__data__
    return LeadInput(first_name=lead.first_name, last_name=lead.last_name, company_name=lead.company_name,
                     phone=lead.phone, email=lead.email, city=lead.city, industry=lead.industry,
                     source_id=d.get("source"), campaign=lead.campaign, interest=lead.interest,
                     owner_id=d.get("owner"), notes=lead.notes)


def update_lead(lead_id: int, data: LeadInput) -> Lead:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        lead = get_lead(lead_id)
        before = audit.snapshot(lead)
        _apply(lead, data)
        if audit.diff(before, audit.snapshot(lead)):
            lead.save()
            audit.record_update(lead, before)
    return lead


def set_status(lead_id: int, status: str, reason: str = "") -> Lead:
    """contacted / qualified / disqualified (a reason required) / back to new. Conversion is
    :func:`convert_lead`."""
    if status not in LEAD_STATUSES or status == "converted":
        raise ValueError(f"unknown lead status {status!r}")
    if status == "disqualified" and not tidy_text(reason):
        raise ValidationError([FieldError("disqualify_reason", NEEDS_REASON)])
    with database.atomic():
        lead = get_lead(lead_id)
        if lead.status == "converted":
            raise ValidationError([FieldError("status", ALREADY_CONVERTED)])
        before = audit.snapshot(lead)
        lead.status = status
        lead.disqualify_reason = tidy_text(reason)[:300] if status == "disqualified" else ""
        if audit.diff(before, audit.snapshot(lead)):
            lead.save()
            audit.record_update(lead, before)
    return lead


@dataclass(frozen=True)
class CustomerMatch:
    contact_id: int | None
    organization_id: int | None
    name: str
    key: str  # "phone" / "email" / "company"


def matching_customers(lead_id: int) -> list[CustomerMatch]:
    """Customers this lead already is: same phone or email (people), same company name."""
    lead = get_lead(lead_id)
    found: list[CustomerMatch] = []
    seen: set[tuple] = set()
    for key, kinds, value in (("phone", list(PHONE_KINDS), lead.phone_norm), ("email", ["email"], lead.email_norm)):
        if not value:
            continue
        rows = (ContactPoint.select(ContactPoint.contact, ContactPoint.organization)
                .where(ContactPoint.deleted_at.is_null() & ContactPoint.kind.in_(kinds)
                       & (ContactPoint.value_norm == value)).tuples())
        for contact_id, org_id in rows:
            if (contact_id, org_id) in seen:
                continue
            seen.add((contact_id, org_id))
            if contact_id is not None:
                person = Contact.get_or_none((Contact.id == contact_id) & Contact.deleted_at.is_null())
                if person is not None:
                    found.append(CustomerMatch(person.id, person.__data__.get("organization"), person.display_name,
                                               key))
            else:
                org = Organization.get_or_none((Organization.id == org_id) & Organization.deleted_at.is_null())
                if org is not None:
                    found.append(CustomerMatch(None, org.id, org.name, key))
    if lead.company_name:
        org = Organization.alive().where(Organization.name_norm == normalize_text(lead.company_name)).first()
        if org is not None and (None, org.id) not in seen:
            found.append(CustomerMatch(None, org.id, org.name, "company"))
    return found


@dataclass(frozen=True)
class Conversion:
    contact_id: int | None
    organization_id: int | None
    deal_id: int | None


def convert_lead(lead_id: int, *, contact_id: int | None = None, organization_id: int | None = None,
                 use_matches: bool = True, deal: deals.DealInput | None = None,
                 at: dt.datetime | None = None) -> Conversion:
    """Make the lead a customer and (unless ``deal`` is None) open its deal, in one transaction.

    ``contact_id`` / ``organization_id`` link an existing customer; otherwise, with ``use_matches``,
    the first customer with the same phone/email/company is linked, and only when there is none
    a new person (and company) is made from the lead."""
    when = at or utcnow()
    with database.atomic():
        lead = get_lead(lead_id)
        if lead.status == "converted":
            raise ValidationError([FieldError("status", ALREADY_CONVERTED)])
        if contact_id is None and organization_id is None and use_matches:
            match = next(iter(matching_customers(lead_id)), None)
            if match is not None:
                contact_id, organization_id = match.contact_id, match.organization_id
        if organization_id is None and contact_id is None and lead.company_name:
            organization_id = organizations.create_organization(organizations.OrganizationInput(
                name=lead.company_name, industry=lead.industry, city=lead.city,
                owner_id=lead.__data__.get("owner"))).id
        if contact_id is None and (lead.first_name or lead.last_name):
            points = []
            if lead.phone:
                kind = "mobile" if validation.check_mobile("phone", lead.phone) is None else "phone"
                points.append(PointInput(kind, lead.phone, is_primary=True))
            if lead.email:
                points.append(PointInput("email", lead.email, is_primary=True))
            contact_id = contacts.create_contact(contacts.ContactInput(
                first_name=lead.first_name, last_name=lead.last_name, organization_id=organization_id,
                owner_id=lead.__data__.get("owner"), source=lead.source.name if lead.source else "",
                lifecycle_stage="opportunity", city=lead.city, points=points)).id
        deal_id = None
        if deal is not None:
            deal.contact_id = deal.contact_id or contact_id
            deal.organization_id = deal.organization_id or organization_id
            deal.source_id = deal.source_id or lead.__data__.get("source")
            deal.owner_id = deal.owner_id or lead.__data__.get("owner")
            deal.lead_id = lead.id
            deal.products = deal.products or lead.interest
            deal.title = deal.title or lead.interest or lead.display_name
            deal_id = deals.create_deal(deal, at=when).id
        before = audit.snapshot(lead)
        lead.status, lead.converted_at = "converted", when
        lead.contact, lead.organization = contact_id, organization_id
        lead.save()
        audit.record_update(lead, before)
    return Conversion(contact_id, organization_id, deal_id)


def delete_lead(lead_id: int) -> Lead:
    return records.soft_delete(Lead, lead_id)


def open_leads_count() -> int:
    return Lead.alive().where(Lead.status.in_(OPEN_STATUSES)).count()


__all__ = ["Conversion", "CustomerMatch", "LeadInput", "convert_lead", "create_lead", "get_lead", "lead_input",
           "matching_customers", "set_status", "update_lead"]
