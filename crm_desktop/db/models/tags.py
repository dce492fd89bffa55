"""Free tags on people and companies (VIP, wholesale, ...)."""

from __future__ import annotations

from peewee import CharField, Check, ForeignKeyField

from crm_desktop.db.models.people import Contact, Organization
from crm_desktop.db.models.record import Record
from crm_desktop.text.normalize import normalize_text


class Tag(Record):
    name = CharField(max_length=100)
    name_norm = CharField(max_length=100, unique=True)
    color = CharField(max_length=9, default="")

    derived_fields = ("name_norm",)

    def refresh_derived(self) -> None:
        self.name_norm = normalize_text(self.name)


class Tagging(Record):
    """A tag on exactly one contact or organization; un-tagging soft-deletes the link."""

    tag = ForeignKeyField(Tag, backref="taggings", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="taggings", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="taggings", on_delete="CASCADE")

    class Meta:
        indexes = (
            (("tag", "contact"), True),
            (("tag", "organization"), True),
        )
        constraints = [Check("(contact_id IS NULL) <> (organization_id IS NULL)")]

    @property
    def display_name(self) -> str:
        return self.tag.name
