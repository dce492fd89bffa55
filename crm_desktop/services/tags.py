"""Tags on people and companies. Tag names match through the shared normaliser, so "مشتري ويژه"
and "مشتری ویژه" are one tag; removing a tag from a record soft-deletes the link."""

from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, Organization, Tag, Tagging
from crm_desktop.services import audit, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.normalize import normalize_text, tidy_text


def get_or_create_tag(name: str) -> Tag:
    name = tidy_text(name)
    norm = normalize_text(name)
    with database.atomic():
        tag = Tag.get_or_none(Tag.name_norm == norm)
        if tag is None:
            tag = Tag.create(name=name, created_by=current_user_id())
            audit.record_create(tag)
        elif tag.deleted_at is not None:
            deleted_at, tag.deleted_at = tag.deleted_at, None
            tag.save()
            audit.record_restore(tag, deleted_at)
    return tag


def check_names(names: Iterable[str]) -> list[FieldError]:
    return [e for i, name in enumerate(names)
            if (e := validation.check_length(f"tags.{i}", tidy_text(name), Tag, "name")) is not None]


def _link_filter(owner: Contact | Organization):
    if isinstance(owner, Contact):
        return Tagging.contact == owner.id
    return Tagging.organization == owner.id


def set_tags(owner: Contact | Organization, names: Iterable[str]) -> bool:
    """Make the owner's tags exactly ``names`` (call inside a transaction); True if anything changed."""
    changed = False
    wanted: dict[str, str] = {}
    for name in names:
        if normalize_text(name):
            wanted.setdefault(normalize_text(name), name)
    links = {link.tag.name_norm: link for link in Tagging.select(Tagging, Tag).join(Tag).where(_link_filter(owner))}
    for norm, name in wanted.items():
        link = links.get(norm)
        if link is None:
            link = Tagging.create(tag=get_or_create_tag(name),
                                  contact=owner.id if isinstance(owner, Contact) else None,
                                  organization=owner.id if isinstance(owner, Organization) else None,
                                  created_by=current_user_id())
            audit.record_create(link)
            changed = True
        else:
            if link.tag.deleted_at is not None:
                get_or_create_tag(name)  # restores the tag itself
            if link.deleted_at is not None:
                deleted_at, link.deleted_at = link.deleted_at, None
                link.save()
                audit.record_restore(link, deleted_at)
                changed = True
    for norm, link in links.items():
        if norm not in wanted and link.deleted_at is None:
            link.deleted_at = utcnow()
            link.save()
            audit.record_delete(link)
            changed = True
    return changed


def tags_of(owner: Contact | Organization) -> list[Tag]:
    query = (Tag.select().join(Tagging)
             .where(_link_filter(owner) & Tagging.deleted_at.is_null() & Tag.deleted_at.is_null()))
    return sorted(query, key=lambda tag: persian_sort_key(tag.name))


def all_tags() -> list[Tag]:
    return sorted(Tag.alive(), key=lambda tag: persian_sort_key(tag.name))
