"""Case categories and subcategories (services/cases/categories.py)."""

from __future__ import annotations

import pytest

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import AuditLog, Case, CaseCategory
from crm_desktop.services.cases import categories, routing
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import targets
from crm_desktop.text.i18n import render_error


def names(nodes) -> list:
    return [(n.name, [c.name for c in n.children]) for n in nodes]


def new_case(sequence: int, category=None, subcategory=None, **kw) -> Case:
    return Case.create(number=f"1403-{sequence:05d}", year=1403, sequence=sequence, subject="x", opened_at=utcnow(),
                       category=category, subcategory=subcategory, **kw)


def test_the_default_set_is_made_once_in_the_language_asked(owner):
    assert categories.ensure_default_categories("en") is True
    tree = categories.tree()
    assert [n.name for n in tree] == ["Billing and invoices", "Delivery", "Product quality", "After-sales service",
                                      "Staff behaviour", "Information request", "Other"]
    assert [c.name for c in tree[1].children] == ["Late delivery", "Damaged in transit", "Wrong or missing items"]
    assert all(2 <= len(n.children) <= 3 for n in tree[:-1])
    assert CaseCategory.select().count() == 7 + 3 + 3 + 2 + 3 + 2 + 2
    assert categories.ensure_default_categories("fa") is False  # never twice
    assert CaseCategory.select().count() == 22
    assert AuditLog.select().where(AuditLog.entity == "case_category").count() == 22


def test_the_persian_set_has_the_same_shape(owner):
    categories.ensure_default_categories("fa")
    tree = categories.tree()
    assert [len(n.children) for n in tree] == [3, 3, 2, 3, 2, 2, 0]
    assert [n.position for n in tree] == list(range(7))


def test_tree_lists_active_first_by_position_with_subcategories(owner):
    billing = categories.create_category("Billing")
    delivery = categories.create_category("Delivery")
    other = categories.create_category("Other")
    late = categories.create_category("Late", delivery.id)
    lost = categories.create_category("Lost parcel", delivery.id)
    assert (billing.position, delivery.position, other.position, late.position, lost.position) == (0, 1, 2, 0, 1)
    assert names(categories.tree()) == [("Billing", []), ("Delivery", ["Late", "Lost parcel"]), ("Other", [])]
    assert categories.tree()[1].children[0].parent_id == delivery.id

    categories.retire_category(billing.id)
    categories.retire_category(late.id)
    assert names(categories.tree()) == [("Delivery", ["Lost parcel", "Late"]), ("Other", []), ("Billing", [])]
    assert [n.is_active for n in categories.tree()] == [True, True, False]
    assert names(categories.tree(include_inactive=False)) == [("Delivery", ["Lost parcel"]), ("Other", [])]
    categories.set_active(billing.id, True)
    assert names(categories.tree())[0] == ("Billing", [])


def test_moving_up_and_down_among_siblings(owner):
    a, b, c = (categories.create_category(n) for n in ("A", "B", "C"))
    assert categories.move_category(c.id, "up") is True
    assert [n.name for n in categories.tree()] == ["A", "C", "B"]
    assert categories.move_category(a.id, "up") is False  # already first
    assert categories.move_category(a.id, "down") is True
    assert [n.name for n in categories.tree()] == ["C", "A", "B"]
    assert categories.move_category(b.id, "down") is False
    assert sorted(r.position for r in CaseCategory.select()) == [0, 1, 2]
    categories.retire_category(b.id)  # a retired one stays below the active ones
    assert categories.move_category(b.id, "up") is False
    with pytest.raises(ValueError):
        categories.move_category(a.id, "left")


def test_names_are_unique_among_siblings_after_normalising(owner):
    fin = categories.create_category("مالي")
    with pytest.raises(ValidationError) as error:
        categories.create_category("  مالی ")  # Arabic ي vs Persian ی and spaces
    assert error.value.errors[0].field == "name"
    assert "مالی" in render_error(error.value)
    sub = categories.create_category("Refund", fin.id)
    other = categories.create_category("Delivery")
    categories.create_category("refund", other.id)  # same name under another parent: fine
    with pytest.raises(ValidationError):
        categories.create_category("REFUND", fin.id)
    with pytest.raises(ValidationError):
        categories.rename_category(other.id, "مالی")
    assert categories.rename_category(sub.id, "Refund").name == "Refund"  # its own name again: fine
    assert categories.rename_category(sub.id, " Refunds ").name == "Refunds"
    with pytest.raises(ValidationError):
        categories.create_category("   ")
    with pytest.raises(ValidationError) as error:
        categories.create_category("Deeper", sub.id)
    assert error.value.errors[0].field == "parent"
    with pytest.raises(ValidationError):
        categories.create_category("x" * 151)


def test_delete_is_refused_while_cases_use_it_and_says_how_many(owner):
    billing = categories.create_category("Billing")
    wrong = categories.create_category("Wrong amount", billing.id)
    spare = categories.create_category("Spare")
    new_case(1, category=billing.id, subcategory=wrong.id)
    new_case(2, category=billing.id)
    new_case(3, category=billing.id, status="closed")
    gone = new_case(4, category=billing.id)
    gone.deleted_at = utcnow()
    gone.save()
    assert categories.usage(billing.id) == (3, 0)
    assert categories.usage(wrong.id) == (1, 0)
    with pytest.raises(ValidationError) as error:
        categories.delete_category(billing.id)
    assert error.value.errors[0].params == {"count": 3}
    assert render_error(error.value) == "3 cases use this category: retire it instead of deleting it."
    with pytest.raises(ValidationError) as error:
        categories.delete_category(wrong.id)
    assert error.value.errors[0].params == {"count": 1}
    assert CaseCategory.alive().count() == 3

    team = targets.create_team("Support")
    rule = routing.create_rule(routing.RuleInput(name="Spare", category_id=spare.id, team_id=team.id))
    with pytest.raises(ValidationError) as error:
        categories.delete_category(spare.id)
    assert render_error(error.value) == "1 routing rules use this category: change or delete them first."
    routing.delete_rule(rule.id)
    categories.delete_category(spare.id)
    assert [n.name for n in categories.tree()] == ["Billing"]


def test_deleting_a_category_takes_its_subcategories(owner):
    delivery = categories.create_category("Delivery")
    late = categories.create_category("Late", delivery.id)
    categories.delete_category(delivery.id)
    assert categories.tree() == []
    assert CaseCategory.get_by_id(late.id).deleted_at is not None
    assert categories.names()[late.id] == "Late"  # old cases still show the name
    assert categories.find_category("late") is None


def test_find_category_by_name(owner):
    delivery = categories.create_category("Delivery")
    late = categories.create_category("Late delivery", delivery.id)
    assert categories.find_category(" LATE  delivery").id == late.id
    assert categories.find_category("delivery").id == delivery.id
    assert categories.find_category("nothing") is None
