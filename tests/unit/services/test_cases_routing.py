"""Routing rules: conditions, order, persons and teams (round-robin, least busy), the reason
(services/cases/routing.py)."""

from __future__ import annotations

import json

import pytest

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import AuditLog, Case, RoutingRule, User
from crm_desktop.services import contacts, organizations, tags
from crm_desktop.services.cases import categories, routing
from crm_desktop.services.cases.routing import CaseFacts, RuleInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import deals, targets
from crm_desktop.text import i18n

M = 1_000_000


@pytest.fixture
def staff(owner):
    """Three more users (ids after the owner's) in the team "Support"."""
    people = [User.create(username=u, full_name=n) for u, n in (("s.karimi", "Sara"), ("r.nouri", "Reza"), ("m.azizi", "Mina"))]
    team = targets.create_team("Support")
    for user in people:
        targets.add_member(team.id, user.id)
    return team, people


def rule(name: str, **kw) -> RoutingRule:
    return routing.create_rule(RuleInput(name=name, **kw))


def person(first: str, **kw):
    return contacts.create_contact(contacts.ContactInput(first_name=first, **kw))


def company(name: str, **kw):
    return organizations.create_organization(organizations.OrganizationInput(name=name, **kw))


def won_deal(amount: int, contact_id=None, organization_id=None, *, won=True):
    deal = deals.create_deal(deals.DealInput(title="deal", contact_id=contact_id, organization_id=organization_id,
                                             amount=amount))
    return deals.win_deal(deal.id) if won else deal


_sequence = iter(range(1, 10_000))


def open_case(assignee, status="assigned") -> Case:
    n = next(_sequence)
    return Case.create(number=f"T-{n}", year=1403, sequence=n, subject="x", opened_at=utcnow(), status=status,
                       assignee=assignee)


def rule_name(facts: CaseFacts) -> str | None:
    reason = routing.route(facts).reason
    return reason["rule"]["name"] if reason["rule"] else None


# --- conditions ------------------------------------------------------------------------------------

def test_category_matches_the_category_or_the_subcategorys_parent(owner, other_user):
    billing = categories.create_category("Billing")
    wrong = categories.create_category("Wrong amount", billing.id)
    refund = categories.create_category("Refund", billing.id)
    delivery = categories.create_category("Delivery")
    rule("Refunds", category_id=refund.id, user_id=owner.id)
    rule("Billing", category_id=billing.id, user_id=other_user.id)
    assert rule_name(CaseFacts(category_id=billing.id)) == "Billing"
    assert rule_name(CaseFacts(category_id=billing.id, subcategory_id=wrong.id)) == "Billing"
    assert rule_name(CaseFacts(subcategory_id=wrong.id)) == "Billing"  # the parent found from the subcategory
    assert rule_name(CaseFacts(category_id=billing.id, subcategory_id=refund.id)) == "Refunds"
    assert rule_name(CaseFacts(category_id=delivery.id)) is None
    assert rule_name(CaseFacts()) is None
    routed = routing.route(CaseFacts(category_id=billing.id))
    assert (routed.user_id, routed.team_id) == (other_user.id, None)
    assert routed.reason["conditions"] == [{"kind": "category", "value": "Billing"}]


def test_product_is_a_normalised_substring(owner):
    rule("Coolers", product=" كولر  گازي ", user_id=owner.id)
    assert rule_name(CaseFacts(product="کولر گازی ۱۸۰۰۰ اسپلیت")) == "Coolers"  # ك/ک, ي/ی, spaces
    assert rule_name(CaseFacts(product="Split کولر گازی")) == "Coolers"
    assert rule_name(CaseFacts(product="یخچال")) is None
    assert rule_name(CaseFacts(product="")) is None


def test_channel(owner):
    rule("Walk-ins", channel="walk_in", user_id=owner.id)
    assert rule_name(CaseFacts(channel="walk_in")) == "Walk-ins"
    assert rule_name(CaseFacts(channel="phone")) is None


def test_city_and_province_come_from_the_person_else_their_company(owner):
    shiraz_co = company("Pars Co", city="شيراز", province="فارس")
    tehran_co = company("Tehran Co", city="تهران", province="تهران")
    in_shiraz = person("Ali", city="شیراز")  # no province given
    at_pars = person("Sara", organization_id=shiraz_co.id)  # no address of her own
    moved = person("Reza", organization_id=shiraz_co.id, city="اصفهان", province="اصفهان")
    rule("Shiraz", city="شیراز", user_id=owner.id)
    rule("Fars", province="فارس", user_id=owner.id)
    assert rule_name(CaseFacts(contact_id=in_shiraz.id)) == "Shiraz"  # ي/ی normalised
    assert rule_name(CaseFacts(contact_id=at_pars.id)) == "Shiraz"
    assert rule_name(CaseFacts(contact_id=moved.id)) is None  # her own city wins over the company's
    assert rule_name(CaseFacts(organization_id=shiraz_co.id)) == "Shiraz"
    assert rule_name(CaseFacts(organization_id=tehran_co.id)) is None
    assert rule_name(CaseFacts()) is None
    routing.delete_rule(routing.list_rules()[0].id)
    assert rule_name(CaseFacts(contact_id=in_shiraz.id)) is None  # a city but no province, no company
    assert rule_name(CaseFacts(contact_id=at_pars.id)) == "Fars"
    assert rule_name(CaseFacts(contact_id=moved.id, organization_id=shiraz_co.id)) is None


def test_tag_of_the_person_or_of_their_company(owner):
    vip = company("VIP Co", tags=["مشتری ویژه"])
    tagged = person("Ali", tags=["مشتري ويژه"])  # the same tag (normalised)
    at_vip = person("Sara", organization_id=vip.id)
    plain = person("Reza", tags=["wholesale"])
    tag = tags.get_or_create_tag("مشتری ویژه")
    rule("VIP", tag_id=tag.id, user_id=owner.id)
    assert rule_name(CaseFacts(contact_id=tagged.id)) == "VIP"
    assert rule_name(CaseFacts(contact_id=at_vip.id)) == "VIP"
    assert rule_name(CaseFacts(organization_id=vip.id)) == "VIP"
    assert rule_name(CaseFacts(contact_id=plain.id)) is None
    assert routing.route(CaseFacts(contact_id=tagged.id)).reason["conditions"] == [
        {"kind": "tag", "value": "مشتری ویژه"}]
    contacts.update_contact(tagged.id, contacts.ContactInput(first_name="Ali", tags=[]))  # un-tagged
    assert rule_name(CaseFacts(contact_id=tagged.id)) is None


def test_min_value_sums_won_deals_person_alone_company_with_its_people(owner):
    co = company("Big Co")
    ali = person("Ali", organization_id=co.id)
    sara = person("Sara")
    won_deal(3 * M, contact_id=ali.id)
    won_deal(4 * M, contact_id=ali.id, organization_id=co.id)  # his deal for the company: counted for both
    won_deal(2 * M, organization_id=co.id)  # the company's own: not Ali's
    won_deal(50 * M, contact_id=ali.id, won=False)  # still open
    deals.delete_deal(won_deal(40 * M, contact_id=ali.id).id)  # deleted
    won_deal(6 * M, contact_id=sara.id)
    rule("Gold", min_value=8 * M, user_id=owner.id)
    rule("Silver", min_value=7 * M, user_id=owner.id)
    rule("Bronze", min_value=0, user_id=owner.id)
    assert rule_name(CaseFacts(contact_id=ali.id)) == "Silver"  # 3 + 4 = 7 M
    assert rule_name(CaseFacts(contact_id=ali.id, organization_id=co.id)) == "Silver"  # a person: nothing else
    assert rule_name(CaseFacts(organization_id=co.id)) == "Gold"  # 3 + 4 + 2 = 9 M
    assert rule_name(CaseFacts(contact_id=sara.id)) == "Bronze"
    assert rule_name(CaseFacts()) == "Bronze"  # at least 0
    reason = routing.route(CaseFacts(organization_id=co.id)).reason
    assert reason["conditions"] == [{"kind": "min_value", "value": 8 * M, "total": 9 * M}]


def test_all_conditions_must_hold(owner):
    billing = categories.create_category("Billing")
    tehran = person("Ali", city="Tehran")
    rule("Tehran billing by phone", category_id=billing.id, channel="phone", city="tehran", user_id=owner.id)
    assert rule_name(CaseFacts(category_id=billing.id, channel="phone", contact_id=tehran.id)) == \
        "Tehran billing by phone"
    assert rule_name(CaseFacts(category_id=billing.id, channel="email", contact_id=tehran.id)) is None
    assert rule_name(CaseFacts(category_id=billing.id, channel="phone")) is None
    reason = routing.route(CaseFacts(category_id=billing.id, channel="phone", contact_id=tehran.id)).reason
    assert [c["kind"] for c in reason["conditions"]] == ["category", "channel", "city"]


# --- order, inactive rules, persons ---------------------------------------------------------------

def test_first_matching_rule_wins_and_order_can_change(owner, other_user):
    first = rule("Phone", channel="phone", user_id=other_user.id)
    catch_all = rule("Everything", user_id=owner.id)
    assert routing.route(CaseFacts(channel="phone")).user_id == other_user.id
    assert routing.route(CaseFacts(channel="email")).user_id == owner.id
    assert routing.move_rule(catch_all.id, "up") is True
    assert [r.name for r in routing.list_rules()] == ["Everything", "Phone"]
    assert routing.route(CaseFacts(channel="phone")).user_id == owner.id
    assert routing.move_rule(catch_all.id, "up") is False
    assert routing.move_rule(first.id, "down") is False
    assert routing.move_rule(first.id, "up") is True
    assert [r.position for r in routing.list_rules()] == [0, 1]


def test_inactive_rules_are_skipped(owner, other_user):
    off = rule("Off", user_id=other_user.id, is_active=False)
    rule("On", user_id=owner.id)
    assert rule_name(CaseFacts()) == "On"
    data = routing.rule_input(off)
    data.is_active = True
    routing.update_rule(off.id, data)
    assert rule_name(CaseFacts()) == "Off"
    assert routing.list_rules(include_inactive=False)[0].name == "Off"


def test_a_rule_for_an_inactive_person_is_skipped_for_the_next(owner, other_user):
    rule("Sara's", channel="phone", user_id=other_user.id)
    rule("Default", user_id=owner.id)
    routed = routing.route(CaseFacts(channel="phone"))
    assert (routed.user_id, routed.team_id, routed.reason["rule"]["name"]) == (other_user.id, None, "Sara's")
    assert routed.reason["user"] == {"id": other_user.id, "name": "Sara Ahmadi"}
    assert routed.reason["method"] == "" and "skipped" not in routed.reason
    User.update(is_active=False).where(User.id == other_user.id).execute()
    routed = routing.route(CaseFacts(channel="phone"))
    assert (routed.user_id, routed.reason["rule"]["name"]) == (owner.id, "Default")
    assert routed.reason["skipped"] == [{"id": routing.list_rules()[0].id, "name": "Sara's", "why": "inactive_user"}]
    assert routing.reason_text(routed.reason) == ("Rule \u00abDefault\u00bb: any case \u2192 " + owner.display_name
                                                  + " Skipped because their person is inactive: \u00abSara's\u00bb.")
    routing.delete_rule(routing.list_rules()[1].id)
    routed = routing.route(CaseFacts(channel="phone"))
    assert routed == routing.Routing(None, None, None, {"rule": None, "skipped": routed.reason["skipped"]})
    assert routing.route(CaseFacts(channel="email")) == routing.Routing(None, None, None, {"rule": None})


# --- teams --------------------------------------------------------------------------------------

def test_round_robin_takes_turns_over_the_members_by_id(staff):
    team, (sara, reza, mina) = staff
    support = rule("Support", team_id=team.id, method="round_robin")
    got = [routing.route(CaseFacts()) for _ in range(7)]
    assert [r.user_id for r in got] == [sara.id, reza.id, mina.id, sara.id, reza.id, mina.id, sara.id]
    assert {(r.team_id, r.rule_id) for r in got} == {(team.id, support.id)}
    assert RoutingRule.get_by_id(support.id).__data__["last_user"] == sara.id  # remembered in the database
    assert [r.reason["user"]["name"] for r in got[:3]] == ["Sara", "Reza", "Mina"]
    assert got[0].reason["method"] == "round_robin" and got[0].reason["team"] == {"id": team.id, "name": "Support"}

    User.update(is_active=False).where(User.id == reza.id).execute()  # on leave: passed over
    assert [routing.route(CaseFacts()).user_id for _ in range(3)] == [mina.id, sara.id, mina.id]
    targets.remove_member(team.id, mina.id)  # the last one left the team: the turn goes on from her id
    assert [routing.route(CaseFacts()).user_id for _ in range(2)] == [sara.id, sara.id]
    assert AuditLog.select().where((AuditLog.entity == "routing_rule") & (AuditLog.action == "update")).count() == 0


def test_round_robin_over_many_cases_shares_evenly(staff):
    team, people = staff
    rule("Support", team_id=team.id)
    counts = {u.id: 0 for u in people}
    for _ in range(30):
        counts[routing.route(CaseFacts()).user_id] += 1
    assert list(counts.values()) == [10, 10, 10]


def test_changing_the_team_starts_the_turns_afresh(staff):
    team, (sara, reza, mina) = staff
    support = rule("Support", team_id=team.id)
    routing.route(CaseFacts())
    routing.route(CaseFacts())
    assert RoutingRule.get_by_id(support.id).__data__["last_user"] == reza.id
    routing.update_rule(support.id, RuleInput(name="Support 2", team_id=team.id))
    assert RoutingRule.get_by_id(support.id).__data__["last_user"] == reza.id  # same team: kept
    other = targets.create_team("Sales")
    routing.update_rule(support.id, RuleInput(name="Support 2", team_id=other.id))
    assert RoutingRule.get_by_id(support.id).__data__["last_user"] is None


def test_least_busy_counts_open_cases_only(staff):
    team, (sara, reza, mina) = staff
    rule("Support", team_id=team.id, method="least_busy")
    for status in ("assigned", "in_progress", "waiting"):
        open_case(sara, status)
    open_case(reza, "new")
    open_case(reza, "in_progress")
    for status in ("resolved", "closed", "closed", "closed"):
        open_case(mina, status)  # closed work does not count
    open_case(mina, "assigned")
    gone = open_case(mina, "assigned")
    gone.deleted_at = utcnow()
    gone.save()
    assert routing.open_counts([sara.id, reza.id, mina.id]) == {sara.id: 3, reza.id: 2, mina.id: 1}
    routed = routing.route(CaseFacts())
    assert (routed.user_id, routed.reason["open_cases"], routed.reason["method"]) == (mina.id, 1, "least_busy")
    open_case(mina)  # now Reza and Mina have 2 each: the smaller id wins the tie
    assert routing.route(CaseFacts()).user_id == reza.id
    open_case(reza)
    open_case(mina)  # 3 / 3 / 3: Sara (smallest id)
    assert routing.route(CaseFacts()).user_id == sara.id
    assert RoutingRule.get().__data__["last_user"] is None  # least busy keeps no turn
    assert routing.reason_text(routed.reason) == \
        "Rule \u00abSupport\u00bb: any case \u2192 team Support (fewest open cases: Mina, 1 open)"


def test_a_team_without_active_members_gets_the_case_unassigned(staff):
    team, people = staff
    empty = targets.create_team("Night shift")
    rule("Night", channel="sms", team_id=empty.id)
    rule("Support", team_id=team.id, method="least_busy")
    routed = routing.route(CaseFacts(channel="sms"))
    assert (routed.user_id, routed.team_id, routed.reason["user"]) == (None, empty.id, None)
    assert routing.reason_text(routed.reason) == ("Rule \u00abNight\u00bb: channel is SMS \u2192 team Night shift "
                                                  "(no active member: left unassigned in the team's queue)")
    User.update(is_active=False).where(User.id.in_([u.id for u in people])).execute()
    routed = routing.route(CaseFacts(channel="phone"))
    assert (routed.user_id, routed.team_id) == (None, team.id)


def test_a_rule_of_a_deleted_team_is_skipped(staff, owner):
    team, _ = staff
    rule("Support", team_id=team.id)
    rule("Owner", user_id=owner.id)
    targets.delete_team(team.id)
    routed = routing.route(CaseFacts())
    assert routed.user_id == owner.id and routed.reason["skipped"][0]["why"] == "no_team"
    assert "Skipped because their team was deleted: \u00abSupport\u00bb." in routing.reason_text(routed.reason)


# --- the reason ------------------------------------------------------------------------------------

def test_the_reason_is_json_and_reads_in_the_current_language(staff):
    team, (sara, _, _) = staff
    billing = categories.create_category("Billing")
    rule("Billing", category_id=billing.id, channel="phone", product="invoice", min_value=0, team_id=team.id)
    routed = routing.route(CaseFacts(category_id=billing.id, channel="phone", product="Invoice 12"))
    assert json.loads(json.dumps(routed.reason)) == routed.reason
    assert routed.reason["rule"] == {"id": routed.rule_id, "name": "Billing"}
    text = routing.reason_text(json.loads(json.dumps(routed.reason)))
    assert text.startswith("Rule \u00abBilling\u00bb: category is Billing, product contains \u201cinvoice\u201d, "
                           "channel is Phone, customer's won deals total at least ")
    assert text.endswith(" \u2192 team Support (round-robin: Sara)")
    assert routing.reason_text({"rule": None}) == "No routing rule matched."
    assert routing.reason_text({}) == "No routing rule matched."
    i18n.set_language("fa")
    assert "Billing" in routing.reason_text(routed.reason) and "Sara" in routing.reason_text(routed.reason)


def test_conditions_text_of_a_rule(owner):
    billing = categories.create_category("Billing")
    r = rule("Billing", category_id=billing.id, channel="walk_in", city="Tehran", user_id=owner.id)
    assert routing.conditions_text(r) == "category is Billing, channel is Walk-in, city is Tehran"
    assert routing.conditions_text(rule("All", user_id=owner.id)) == "any case"


# --- rules CRUD ------------------------------------------------------------------------------------

def test_a_rule_needs_a_name_one_target_and_known_values(staff, owner):
    team, _ = staff
    with pytest.raises(ValidationError) as error:
        routing.create_rule(RuleInput(name=" ", method="random", channel="pigeon", min_value=-1))
    assert {e.field for e in error.value.errors} == {"name", "user_id", "method", "channel", "min_value"}
    with pytest.raises(ValidationError) as error:
        routing.create_rule(RuleInput(name="Both", user_id=owner.id, team_id=team.id))
    assert [e.field for e in error.value.errors] == ["team_id"]
    with pytest.raises(ValidationError) as error:
        routing.create_rule(RuleInput(name="Gone", user_id=9999, category_id=9999, tag_id=9999))
    assert {e.field for e in error.value.errors} == {"user_id", "category_id", "tag_id"}
    assert RoutingRule.select().count() == 0

    made = rule("  Billing  desk ", user_id=owner.id, city=" Tehran ")
    assert (made.name, made.city, made.position) == ("Billing desk", "Tehran", 0)
    with pytest.raises(ValidationError):
        rule("billing DESK", team_id=team.id)  # the same name
    second = rule("Second", team_id=team.id, method="least_busy")
    assert second.position == 1
    data = routing.rule_input(second)
    assert (data.team_id, data.method, data.user_id) == (team.id, "least_busy", None)
    data.name = "Second desk"
    assert routing.update_rule(second.id, data).name == "Second desk"
    routing.delete_rule(made.id)
    assert [r.name for r in routing.list_rules()] == ["Second desk"]
    assert AuditLog.select().where(AuditLog.entity == "routing_rule").count() == 4  # 2 creates, update, delete
