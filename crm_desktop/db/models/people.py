"""Customers: companies (Organization), people (Contact) and their phones, emails, addresses.

Names carry two shadow columns kept by ``refresh_derived``: ``name_norm`` (the shared search
normaliser) and ``sort_key`` (Persian alphabetical order as plain code-point order, so it can be
indexed and sorted the same on SQLite and PostgreSQL).
"""

from __future__ import annotations

from peewee import BooleanField, CharField, Check, ForeignKeyField, TextField

from crm_desktop.db.fields import PlainDateField, UtcDateTimeField
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.users import User
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.normalize import normalize_text

GENDERS = ("", "male", "female")
LIFECYCLE_STAGES = ("lead", "prospect", "opportunity", "customer", "inactive")
POINT_KINDS = ("mobile", "phone", "fax", "email", "address", "website",
               "telegram", "whatsapp", "instagram", "linkedin", "other")
PHONE_KINDS = frozenset({"mobile", "phone", "fax", "whatsapp"})


def person_name(first_name: str, last_name: str) -> str:
    return " ".join(part for part in (first_name.strip(), last_name.strip()) if part)


class Organization(Record):
    name = CharField(max_length=300)
    name_norm = CharField(max_length=300, index=True, default="")
    sort_key = CharField(max_length=900, default="")
    code = CharField(max_length=50, default="", index=True)  # the office's own customer number
    industry = CharField(max_length=200, default="")
    website = CharField(max_length=300, default="")
    city = CharField(max_length=100, default="", index=True)
    province = CharField(max_length=100, default="")
    national_id = CharField(max_length=20, default="", index=True)
    economic_code = CharField(max_length=20, default="")
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    notes = TextField(default="")
    last_interaction_at = UtcDateTimeField(null=True)

    derived_fields = ("name_norm", "sort_key")

    def refresh_derived(self) -> None:
        self.name_norm = normalize_text(self.name)
        self.sort_key = persian_sort_key(self.name)

    @property
    def display_name(self) -> str:
        return self.name


class Contact(Record):
    first_name = CharField(max_length=150, default="")
    last_name = CharField(max_length=150, default="")
    name_norm = CharField(max_length=300, index=True, default="")
    sort_key = CharField(max_length=900, default="")
    code = CharField(max_length=50, default="", index=True)  # the office's own customer number
    gender = CharField(max_length=10, default="")
    national_code = CharField(max_length=10, default="", index=True)
    birth_date = PlainDateField(null=True)
    job_title = CharField(max_length=200, default="")
    organization = ForeignKeyField(Organization, null=True, backref="contacts", on_delete="SET NULL")
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    source = CharField(max_length=100, default="")
    lifecycle_stage = CharField(max_length=20, default="lead")
    city = CharField(max_length=100, default="", index=True)
    province = CharField(max_length=100, default="")
    notes = TextField(default="")
    last_interaction_at = UtcDateTimeField(null=True)
    merged_into = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")

    derived_fields = ("name_norm", "sort_key")

    def refresh_derived(self) -> None:
        name = person_name(self.first_name, self.last_name)
        self.name_norm = normalize_text(name)
        self.sort_key = persian_sort_key(name)

    @property
    def display_name(self) -> str:
        return person_name(self.first_name, self.last_name)


class ContactPoint(Record):
    """One phone, email, address or handle of a contact or (exclusively) an organization."""

    contact = ForeignKeyField(Contact, null=True, backref="points", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="points", on_delete="CASCADE")
    kind = CharField(max_length=20)
    label = CharField(max_length=50, default="")
    value = TextField()
    value_norm = CharField(max_length=300, index=True, default="")
    is_primary = BooleanField(default=False)

    class Meta:
        constraints = [Check("(contact_id IS NULL) <> (organization_id IS NULL)")]


def _alive_list_indexes(model) -> None:
    """Schema 3: the orders a customer list pages through, over live rows only (partial indexes
    keep them small and let "newest"/"recent" pages come straight from the index)."""
    table = model._meta.table_name
    for name, field in (("sort", model.sort_key), ("created", model.created_at),
                        ("recent", model.last_interaction_at)):
        model.add_index(field, model.id, where=model.deleted_at.is_null(), name=f"{table}_alive_{name}")


_alive_list_indexes(Organization)
_alive_list_indexes(Contact)


__all__ = ["GENDERS", "LIFECYCLE_STAGES", "POINT_KINDS", "PHONE_KINDS", "Contact", "ContactPoint",
           "Organization", "person_name"]
