"""Records worth showing in screenshots: the person and the company with the most going on."""

from __future__ import annotations

from peewee import fn

from crm_desktop.db.models import Activity, Case, Contact, ContactPoint, Deal, Note


def _per_contact(model):
    """How many live rows of ``model`` belong to the person (a correlated count)."""
    return fn.COALESCE(model.select(fn.COUNT(model.id))
                       .where((model.contact == Contact.id) & model.deleted_at.is_null()), 0)


def richest_person() -> int | None:
    """A person with a company and several contact points whose timeline has the most going on:
    notes, calls and meetings (done and planned), deals and cases."""
    points = fn.COUNT(ContactPoint.id.distinct())
    story = _per_contact(Note) + _per_contact(Activity) + _per_contact(Deal) + _per_contact(Case)
    row = (Contact.select(Contact.id)
           .join(ContactPoint, on=(ContactPoint.contact == Contact.id))
           .where(Contact.deleted_at.is_null() & Contact.organization.is_null(False))
           .group_by(Contact.id).order_by(story.desc(), points.desc(), Contact.id).first())
    return row.id if row else None


def busiest_company() -> int | None:
    """The company with the most people."""
    row = (Contact.select(Contact.organization, fn.COUNT(Contact.id).alias("people"))
           .where(Contact.deleted_at.is_null() & Contact.organization.is_null(False))
           .group_by(Contact.organization).order_by(fn.COUNT(Contact.id).desc(), Contact.organization).first())
    return row.organization_id if row else None
