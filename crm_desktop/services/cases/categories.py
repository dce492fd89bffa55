"""The office's case categories and their subcategories (a ``CaseCategory`` with a ``parent``).

Two levels only: a category, and subcategories under it. Names are unique among siblings, compared
through the shared normaliser (``ي``/``ی``, ``ك``/``ک``, spaces and case do not make a new name).
Categories are listed as a tree, active ones first in the office's order, then the retired ones.
A category is retired (``is_active`` False: kept on old cases, no longer offered) rather than deleted;
deleting (soft) is refused while a case or a routing rule still uses it or one of its subcategories.
The first time, a default set is made in the office's language (:func:`ensure_default_categories`).
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseCategory, RoutingRule
from crm_desktop.services import audit, records, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText
from crm_desktop.text.normalize import normalize_text, tidy_text

NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name.")
SAME_NAME = QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is already in the list.")
PARENT_GONE = QT_TRANSLATE_NOOP("Errors", "The chosen category no longer exists; choose another one.")
TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "A subcategory cannot have subcategories of its own.")
USED_BY_CASES = QT_TRANSLATE_NOOP("Errors", "{count} cases use this category: retire it instead of deleting it.")
USED_BY_RULES = QT_TRANSLATE_NOOP("Errors", "{count} routing rules use this category: change or delete them "
                                            "first.")

DEFAULT_CATEGORIES: tuple[tuple[TranslatableText, tuple[TranslatableText, ...]], ...] = (
    (QT_TRANSLATE_NOOP("CaseCategories", "Billing and invoices"), (
        QT_TRANSLATE_NOOP("CaseCategories", "Wrong invoice amount"),
        QT_TRANSLATE_NOOP("CaseCategories", "Payment and refund"),
        QT_TRANSLATE_NOOP("CaseCategories", "Discount not applied"),
    )),
    (QT_TRANSLATE_NOOP("CaseCategories", "Delivery"), (
        QT_TRANSLATE_NOOP("CaseCategories", "Late delivery"),
        QT_TRANSLATE_NOOP("CaseCategories", "Damaged in transit"),
        QT_TRANSLATE_NOOP("CaseCategories", "Wrong or missing items"),
    )),
    (QT_TRANSLATE_NOOP("CaseCategories", "Product quality"), (
        QT_TRANSLATE_NOOP("CaseCategories", "Defective product"),
        QT_TRANSLATE_NOOP("CaseCategories", "Not as described"),
    )),
    (QT_TRANSLATE_NOOP("CaseCategories", "After-sales service"), (
        QT_TRANSLATE_NOOP("CaseCategories", "Warranty"),
        QT_TRANSLATE_NOOP("CaseCategories", "Repair"),
        QT_TRANSLATE_NOOP("CaseCategories", "Installation"),
    )),
    (QT_TRANSLATE_NOOP("CaseCategories", "Staff behaviour"), (
        QT_TRANSLATE_NOOP("CaseCategories", "Impolite behaviour"),
        QT_TRANSLATE_NOOP("CaseCategories", "Slow to answer"),
    )),
    (QT_TRANSLATE_NOOP("CaseCategories", "Information request"), (
        QT_TRANSLATE_NOOP("CaseCategories", "Prices and availability"),
        QT_TRANSLATE_NOOP("CaseCategories", "Order status"),
    )),
    (QT_TRANSLATE_NOOP("CaseCategories", "Other"), ()),
)


@dataclass(frozen=True)
class CategoryNode:
    id: int
    name: str
    parent_id: int | None
    position: int
    is_active: bool
    children: tuple[CategoryNode, ...] = ()


def _order_key(row) -> tuple:
    return (not row.is_active, row.position, row.id)


def ensure_default_categories(language: str) -> bool:
    """Make the default categories and subcategories in ``language`` ("fa", "en", ...) when the
    database has never had any (deleting them all does not bring them back). True if made."""
    if CaseCategory.select(CaseCategory.id).exists():
        return False
    with database.atomic():
        for position, (name, subs) in enumerate(DEFAULT_CATEGORIES):
            parent = CaseCategory.create(name=render(name, lang=language), position=position,
                                         created_by=current_user_id())
            audit.record_create(parent)
            for sub_position, sub in enumerate(subs):
                child = CaseCategory.create(name=render(sub, lang=language), parent=parent.id, position=sub_position,
                                            created_by=current_user_id())
                audit.record_create(child)
    return True


def tree(*, include_inactive: bool = True) -> list[CategoryNode]:
    """Categories with their subcategories, each level active first in position order, then the
    retired ones. Without ``include_inactive``, retired categories (and everything under them) are left out."""
    rows = list(CaseCategory.alive())
    by_parent: dict[int | None, list[CaseCategory]] = {}
    for row in rows:
        by_parent.setdefault(row.__data__.get("parent"), []).append(row)

    def nodes(parent_id: int | None) -> tuple[CategoryNode, ...]:
        found = sorted(by_parent.get(parent_id, []), key=_order_key)
        return tuple(CategoryNode(r.id, r.name, parent_id, r.position, r.is_active,
                                  nodes(r.id) if parent_id is None else ())
                     for r in found if include_inactive or r.is_active)

    return list(nodes(None))


def get_category(category_id: int) -> CaseCategory:
    return records.fetch(CaseCategory, category_id)


def names() -> dict[int, str]:
    """Every category's name by id (retired and deleted ones too: old cases show them)."""
    return dict(CaseCategory.select(CaseCategory.id, CaseCategory.name).tuples())


def find_category(name: str) -> CaseCategory | None:
    """The live category or subcategory called ``name`` (normalised), active ones and categories first."""
    norm = normalize_text(name)
    found = [r for r in CaseCategory.alive() if normalize_text(r.name) == norm]
    found.sort(key=lambda r: (not r.is_active, r.__data__.get("parent") is not None, r.position, r.id))
    return found[0] if found else None


def _siblings(parent_id: int | None):
    scope = CaseCategory.parent.is_null() if parent_id is None else CaseCategory.parent == parent_id
    return CaseCategory.alive().where(scope)


def _checked_name(name: str, parent_id: int | None, category_id: int | None = None) -> str:
    name = tidy_text(name)
    if not name:
        raise ValidationError([FieldError("name", NO_NAME)])
    too_long = validation.check_length("name", name, CaseCategory)
    if too_long is not None:
        raise ValidationError([too_long])
    norm = normalize_text(name)
    if any(r.id != category_id and normalize_text(r.name) == norm for r in _siblings(parent_id)):
        raise ValidationError([FieldError("name", SAME_NAME, {"name": name})])
    return name


def create_category(name: str, parent_id: int | None = None) -> CaseCategory:
    """A new category (or, with ``parent_id``, a subcategory of it), last in its list."""
    with database.atomic():
        if parent_id is not None:
            parent = CaseCategory.alive().where(CaseCategory.id == parent_id).first()
            if parent is None:
                raise ValidationError([FieldError("parent", PARENT_GONE)])
            if parent.__data__.get("parent") is not None:
                raise ValidationError([FieldError("parent", TOO_DEEP)])
        name = _checked_name(name, parent_id)
        last = _siblings(parent_id).order_by(CaseCategory.position.desc()).first()
        row = CaseCategory.create(name=name, parent=parent_id, position=(last.position + 1) if last else 0,
                                  created_by=current_user_id())
        audit.record_create(row)
    return row


def rename_category(category_id: int, name: str) -> CaseCategory:
    with database.atomic():
        row = records.fetch(CaseCategory, category_id)
        before = audit.snapshot(row)
        row.name = _checked_name(name, row.__data__.get("parent"), category_id)
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return row


def set_active(category_id: int, active: bool) -> CaseCategory:
    """Retire (False) or bring back (True) a category; its subcategories keep their own state but are
    not offered while their category is retired."""
    with database.atomic():
        row = records.fetch(CaseCategory, category_id)
        before = audit.snapshot(row)
        row.is_active = bool(active)
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return row


def retire_category(category_id: int) -> CaseCategory:
    return set_active(category_id, False)


def move_category(category_id: int, direction: str) -> bool:
    """Move a category one place "up" or "down" among its siblings of the same state (active or
    retired); False when it is already at that end."""
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down', not {direction!r}")
    with database.atomic():
        row = records.fetch(CaseCategory, category_id)
        ordered = sorted(_siblings(row.__data__.get("parent")), key=_order_key)
        index = next(i for i, r in enumerate(ordered) if r.id == category_id)
        other = index - 1 if direction == "up" else index + 1
        if not 0 <= other < len(ordered) or ordered[other].is_active != row.is_active:
            return False
        ordered[index], ordered[other] = ordered[other], ordered[index]
        for position, sibling in enumerate(ordered):
            if sibling.position != position:
                CaseCategory.update(position=position, updated_at=utcnow()).where(
                    CaseCategory.id == sibling.id).execute()
    return True


def usage(category_id: int) -> tuple[int, int]:
    """(cases, routing rules) that use the category or one of its subcategories (deleted ones not counted)."""
    ids = [category_id, *(r.id for r in _siblings(category_id))]
    cases = Case.alive().where(Case.category.in_(ids) | Case.subcategory.in_(ids)).count()
    rules = RoutingRule.alive().where(RoutingRule.category.in_(ids)).count()
    return cases, rules


def delete_category(category_id: int) -> CaseCategory:
    """Soft-delete a category with its subcategories; refused (ValidationError saying how many) while
    cases or routing rules use any of them."""
    with database.atomic():
        row = records.fetch(CaseCategory, category_id)
        cases, rules = usage(category_id)
        if cases:
            raise ValidationError([FieldError("category", USED_BY_CASES, {"count": cases})])
        if rules:
            raise ValidationError([FieldError("category", USED_BY_RULES, {"count": rules})])
        for child in list(_siblings(category_id)):
            records.soft_delete(CaseCategory, child.id)
        return records.soft_delete(CaseCategory, row.id)

