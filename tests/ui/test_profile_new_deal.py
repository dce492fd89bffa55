"""The profile's "New deal" and "New complaint" actions: there for a person and a company, open the
deal or case form with the customer filled in, and after a save the timeline and the figures show it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from crm_desktop.services import contacts, organizations
from crm_desktop.services.funnel import deals
from crm_desktop.ui.customers.profile_view import ProfileView


@pytest.fixture
def customer(demo_db):
    zagros = organizations.create_organization(organizations.OrganizationInput(name="Zagros Trading"))
    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei",
                                                        organization_id=zagros.id))
    return {"contact": ali.id, "organization": zagros.id}


def _view(qtbot, ctx, kind: str, record_id: int) -> ProfileView:
    view = ProfileView(ctx)
    qtbot.addWidget(view)
    view.show_record(kind, record_id)
    return view


def _figures(view: ProfileView) -> list[str]:
    return [w.text() for w in view.findChildren(QLabel, "statValue") if w.parent() is not None and w.isVisibleTo(view)]


@pytest.mark.parametrize("kind", ["contact", "organization"])
def test_the_profile_has_a_new_deal_action_and_deal_events(qtbot, ctx, customer, kind):
    view = _view(qtbot, ctx, kind, customer[kind])
    button = view.findChild(QPushButton, "newDeal")
    assert button is view.new_deal_button and button.isEnabled() and button.text()
    timeline_kinds = [view.timeline.kind.itemData(i) for i in range(view.timeline.kind.count())]
    assert "deal" in timeline_kinds  # the funnel's provider is registered where the view is built
    assert len(_figures(view)) == 4  # open deals, won value, open cases, open activities


class FakeDealDialog:
    """Stands in for the funnel's DealDialog: records how it was opened, saves a deal on exec()."""

    opened: list[dict] = []

    def __init__(self, ctx, parent=None, deal_id=None, contact_id=None, organization_id=None) -> None:
        self.customer = {"contact_id": contact_id, "organization_id": organization_id}
        FakeDealDialog.opened.append({"parent": parent, "deal_id": deal_id, **self.customer})

    def exec(self) -> int:
        deals.create_deal(deals.DealInput(title="Laptops", amount=800_000_000, **self.customer))
        return 1


@pytest.mark.parametrize("kind", ["contact", "organization"])
def test_new_deal_opens_the_dialog_for_this_customer_then_shows_the_deal(qtbot, ctx, customer, kind, monkeypatch):
    from crm_desktop.ui.funnel import deal_dialog as module

    monkeypatch.setattr(module, "DealDialog", FakeDealDialog)
    FakeDealDialog.opened = []
    view = _view(qtbot, ctx, kind, customer[kind])
    before = view.timeline.event_count()
    view.new_deal_button.click()
    expected = {"contact_id": customer["contact"], "organization_id": None} if kind == "contact" \
        else {"contact_id": None, "organization_id": customer["organization"]}
    assert FakeDealDialog.opened == [{"parent": view, "deal_id": None, **expected}]
    assert view.timeline.event_count() == before + 1  # "Deal opened: Laptops", refreshed at once
    assert view.key == (kind, customer[kind])
    assert any(text.startswith(("1 ", "\u06f1 ")) for text in _figures(view))  # one open deal now


def test_the_real_dialog_takes_the_customer(qtbot, ctx, customer, monkeypatch):
    from crm_desktop.ui.funnel import deal_dialog as module

    shown = []
    monkeypatch.setattr(module.DealDialog, "exec", lambda self: shown.append(self) or 0)  # cancelled
    view = _view(qtbot, ctx, "contact", customer["contact"])
    before = view.timeline.event_count()
    view.new_deal_button.click()
    assert len(shown) == 1 and shown[0].parent() is view
    assert shown[0].person.company_id == customer["contact"]  # the person, and their company as a start
    assert shown[0].company.value() == customer["organization"]
    assert view.timeline.event_count() == before and not deals.deals_of(contact_id=customer["contact"])


@pytest.mark.parametrize("kind", ["contact", "organization"])
def test_new_complaint_opens_the_case_form_for_this_customer_then_shows_the_case(qtbot, ctx, customer, kind,
                                                                                monkeypatch):
    from crm_desktop.services.cases import case_service
    from crm_desktop.ui.cases import case_dialog as module

    opened = []

    class FakeCaseDialog:
        def __init__(self, ctx, parent=None, *, case_id=None, contact_id=None, organization_id=None) -> None:
            self.customer = {"contact_id": contact_id, "organization_id": organization_id}
            opened.append({"parent": parent, **self.customer})

        def exec(self) -> int:
            case_service.create_case(case_service.CaseInput(subject="Heater leaks", **self.customer))
            return 1

    monkeypatch.setattr(module, "CaseDialog", FakeCaseDialog)
    view = _view(qtbot, ctx, kind, customer[kind])
    before = view.timeline.event_count()
    button = view.findChild(QPushButton, "newCase")
    assert button is view.new_case_button and button.text()
    button.click()
    expected = {"contact_id": customer["contact"], "organization_id": None} if kind == "contact" \
        else {"contact_id": None, "organization_id": customer["organization"]}
    assert opened == [{"parent": view, **expected}]
    assert view.timeline.event_count() == before + 1  # "Complaint … opened: Heater leaks"
    assert any(text in ("1", "\u06f1") for text in _figures(view))  # one open case, none late


def test_the_real_case_form_takes_the_customer(qtbot, ctx, customer, monkeypatch):
    from crm_desktop.ui.cases import case_dialog as module

    shown = []
    monkeypatch.setattr(module.CaseDialog, "exec", lambda self: shown.append(self) or 0)  # cancelled
    view = _view(qtbot, ctx, "contact", customer["contact"])
    view.new_case_button.click()
    assert len(shown) == 1 and shown[0].parent() is view
