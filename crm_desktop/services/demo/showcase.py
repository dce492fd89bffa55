"""Records worth showing in screenshots: the person and the company with the most going on."""

from __future__ import annotations

from peewee import fn

from crm_desktop.db.models import Contact, ContactPoint, Note


def richest_person() -> int | None:
    """A person with a company, several contact points and the most notes."""
    notes = fn.COUNT(Note.id.distinct())
    points = fn.COUNT(ContactPoint.id.distinct())
    row = (Contact.select(Contact.id)
           .join(Note, on=(Note.contact == Contact.id)).switch(Contact)
           .join(ContactPoint, on=(ContactPoint.contact == Contact.id))
           .where(Contact.deleted_at.is_null() & Contact.organization.is_null(False))
           .group_by(Contact.id).order_by(notes.desc(), points.desc(), Contact.id).first())
    return row.id if row else None


def busiest_company() -> int | None:
    """The company with the most people."""
    row = (Contact.select(Contact.organization, fn.COUNT(Contact.id).alias("people"))
           .where(Contact.deleted_at.is_null() & Contact.organization.is_null(False))
           .group_by(Contact.organization).order_by(fn.COUNT(Contact.id).desc(), Contact.organization).first())
    return row.organization_id if row else None
