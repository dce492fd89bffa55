"""Who gets a new case: the office's routing rules.

Rules are tried in ``position`` order; the first active rule whose conditions all hold wins (an empty
condition holds for any case):

- category: the case's category, or its subcategory (a rule on a category also catches the cases of
  its subcategories; a rule on a subcategory only those);
- product: the rule's text appears in the case's product (normalised: ي/ی, ك/ک, spaces, case);
- channel: the case came in on this channel;
- city / province: the customer's (normalised); a person with none given takes their company's;
- tag: the person or their company carries the tag;
- min_value: the customer's won deals add up to at least this (Rial): a person's own deals, or a
  company's deals with those of its people.

The "customer" is the case's person when there is one, else its company.

A rule sends the case to a person, or to a team. Within a team, ``round_robin`` gives it to the
next active member after the one who got the rule's previous case (by user id, wrapping around;
the rule remembers ``last_user``), ``least_busy`` to the active member with the fewest open cases
(ties: the smaller user id). A team without active members gets the case unassigned. A rule whose
person is inactive (or whose person or team was deleted) is skipped and the next rule tried.

Why a case went where it went is a JSON-able dict (kept on the case, shown in its history in the
reader's language by :func:`reason_text`)::

    {"rule": {"id": 3, "name": "Billing"},
     "conditions": [{"kind": "category", "value": "Billing"}, {"kind": "min_value", "value": 5000000}],
     "team": {"id": 1, "name": "Support"}, "user": {"id": 4, "name": "Sara"},
     "method": "round_robin",            # "least_busy" (with "open_cases"), or "" for a person
     "skipped": [{"id": 2, "name": "VIP", "why": "inactive_user"}]}   # only when rules were skipped

No rule matching gives ``{"rule": None}`` (with "skipped" when some were).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from peewee import fn

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import (
    Case,
    CaseCategory,
    Contact,
    Deal,
    Organization,
    RoutingRule,
    Tag,
    Tagging,
    Team,
    TeamMember,
    User,
)
from crm_desktop.db.models.case_setup import ASSIGN_METHODS
from crm_desktop.db.models.cases import CASE_CHANNELS, OPEN_STATUSES
from crm_desktop.services import audit, records, validation
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.labels import label
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text, tidy_text

NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name.")
SAME_NAME = QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is already in the list.")
NO_TARGET = QT_TRANSLATE_NOOP("Errors", "Choose the person or the team that gets these cases.")
TWO_TARGETS = QT_TRANSLATE_NOOP("Errors", "Choose a person or a team, not both.")
CATEGORY_GONE = QT_TRANSLATE_NOOP("Errors", "The chosen category no longer exists; choose another one.")
TAG_GONE = QT_TRANSLATE_NOOP("Errors", "The chosen tag no longer exists; choose another one.")
USER_GONE = QT_TRANSLATE_NOOP("Errors", "The chosen person is not a user of this database.")
TEAM_GONE = QT_TRANSLATE_NOOP("Errors", "The chosen team no longer exists; choose another one.")
NEGATIVE_VALUE = QT_TRANSLATE_NOOP("Errors", "The amount cannot be negative.")

# -- why a case went where it went (context "Routing") --
NO_RULE = QT_TRANSLATE_NOOP("Routing", "No routing rule matched.")
RULE = QT_TRANSLATE_NOOP("Routing", "Rule \u00ab{rule}\u00bb: {conditions} \u2192 {target}")
ANY_CASE = QT_TRANSLATE_NOOP("Routing", "any case")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Routing", ", ")
CONDITIONS = {
    "category": QT_TRANSLATE_NOOP("Routing", "category is {value}"),
    "product": QT_TRANSLATE_NOOP("Routing", "product contains \u201c{value}\u201d"),
    "channel": QT_TRANSLATE_NOOP("Routing", "channel is {value}"),
    "city": QT_TRANSLATE_NOOP("Routing", "city is {value}"),
    "province": QT_TRANSLATE_NOOP("Routing", "province is {value}"),
    "tag": QT_TRANSLATE_NOOP("Routing", "customer is tagged {value}"),
    "min_value": QT_TRANSLATE_NOOP("Routing", "customer's won deals total at least {value}"),
}
TO_TEAM = {
    "round_robin": QT_TRANSLATE_NOOP("Routing", "team {team} (round-robin: {user})"),
    "least_busy": QT_TRANSLATE_NOOP("Routing", "team {team} (fewest open cases: {user}, {count} open)"),
}
TO_EMPTY_TEAM = QT_TRANSLATE_NOOP("Routing", "team {team} (no active member: left unassigned in the team's queue)")
SKIPPED = {
    "inactive_user": QT_TRANSLATE_NOOP("Routing", "{reason} Skipped because their person is inactive: {rules}."),
    "no_team": QT_TRANSLATE_NOOP("Routing", "{reason} Skipped because their team was deleted: {rules}."),
}

# --- rules ---------------------------------------------------------------------------------------

@dataclass
class RuleInput:
    name: str = ""
    is_active: bool = True
    category_id: int | None = None  # a category or a subcategory
    product: str = ""
    channel: str = ""  # "" or one of CASE_CHANNELS
    city: str = ""
    province: str = ""
    tag_id: int | None = None
    min_value: int | None = None  # Rial
    user_id: int | None = None  # exactly one of user_id / team_id
    team_id: int | None = None
    method: str = "round_robin"  # ASSIGN_METHODS (used for a team)


def _alive(model, record_id: int | None) -> bool:
    return record_id is None or model.alive().where(model.id == record_id).exists()


def check(data: RuleInput, rule_id: int | None = None) -> list[FieldError]:
    errors: list[FieldError | None] = []
    name = tidy_text(data.name)
    if not name:
        errors.append(FieldError("name", NO_NAME))
    elif any(r.id != rule_id and normalize_text(r.name) == normalize_text(name) for r in RoutingRule.alive()):
        errors.append(FieldError("name", SAME_NAME, {"name": name}))
    if data.user_id is None and data.team_id is None:
        errors.append(FieldError("user_id", NO_TARGET))
    elif data.user_id is not None and data.team_id is not None:
        errors.append(FieldError("team_id", TWO_TARGETS))
    errors.append(validation.check_choice("method", data.method, ASSIGN_METHODS))
    if data.channel:
        errors.append(validation.check_choice("channel", data.channel, CASE_CHANNELS))
    if data.min_value is not None and data.min_value < 0:
        errors.append(FieldError("min_value", NEGATIVE_VALUE))
    for name_, model, value, message in (("category_id", CaseCategory, data.category_id, CATEGORY_GONE),
                                         ("tag_id", Tag, data.tag_id, TAG_GONE),
                                         ("user_id", User, data.user_id, USER_GONE),
                                         ("team_id", Team, data.team_id, TEAM_GONE)):
        if not _alive(model, value):
            errors.append(FieldError(name_, message))
    errors += validation.check_lengths(RoutingRule, {"name": name, "product": tidy_text(data.product),
                                                     "city": tidy_text(data.city),
                                                     "province": tidy_text(data.province)})
    return [e for e in errors if e is not None]


def _apply(rule: RoutingRule, data: RuleInput) -> None:
    rule.name = tidy_text(data.name)
    rule.is_active = bool(data.is_active)
    rule.category = data.category_id
    rule.product = tidy_text(data.product)
    rule.channel = data.channel or ""
    rule.city = tidy_text(data.city)
    rule.province = tidy_text(data.province)
    rule.tag = data.tag_id
    rule.min_value = None if data.min_value is None else int(data.min_value)
    if rule.__data__.get("team") != data.team_id:
        rule.last_user = None  # a new team starts its turns afresh
    rule.user = data.user_id
    rule.team = data.team_id
    rule.method = data.method


def list_rules(*, include_inactive: bool = True) -> list[RoutingRule]:
    """The rules in the order they are tried."""
    query = RoutingRule.alive()
    if not include_inactive:
        query = query.where(RoutingRule.is_active == True)  # noqa: E712 (SQL)
    return list(query.order_by(RoutingRule.position, RoutingRule.id))


def get_rule(rule_id: int) -> RoutingRule:
    return records.fetch(RoutingRule, rule_id)


def rule_input(rule: RoutingRule) -> RuleInput:
    d = rule.__data__
    return RuleInput(name=rule.name, is_active=rule.is_active, category_id=d.get("category"), product=rule.product,
                     channel=rule.channel, city=rule.city, province=rule.province, tag_id=d.get("tag"),
                     min_value=rule.min_value, user_id=d.get("user"), team_id=d.get("team"), method=rule.method)


def create_rule(data: RuleInput) -> RoutingRule:
    """A new rule, tried after the existing ones. Raises ValidationError."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        last = RoutingRule.alive().order_by(RoutingRule.position.desc()).first()
        rule = RoutingRule(created_by=current_user_id(), position=(last.position + 1) if last else 0)
        _apply(rule, data)
        rule.save(force_insert=True)
        audit.record_create(rule)
    return rule


def update_rule(rule_id: int, data: RuleInput) -> RoutingRule:
    errors = check(data, rule_id)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        rule = records.fetch(RoutingRule, rule_id)
        before = audit.snapshot(rule)
        _apply(rule, data)
        if audit.diff(before, audit.snapshot(rule)):
            rule.save()
            audit.record_update(rule, before)
    return rule


def delete_rule(rule_id: int) -> RoutingRule:
    """Soft delete (restorable); cases it routed keep their explanation."""
    return records.soft_delete(RoutingRule, rule_id)


def move_rule(rule_id: int, direction: str) -> bool:
    """Try the rule one place earlier ("up") or later ("down"); False when already at that end."""
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down', not {direction!r}")
    with database.atomic():
        ordered = list_rules()
        index = next((i for i, r in enumerate(ordered) if r.id == rule_id), None)
        if index is None:
            records.fetch(RoutingRule, rule_id)  # raises NotFoundError
        other = index - 1 if direction == "up" else index + 1
        if not 0 <= other < len(ordered):
            return False
        ordered[index], ordered[other] = ordered[other], ordered[index]
        for position, rule in enumerate(ordered):
            if rule.position != position:
                RoutingRule.update(position=position, updated_at=utcnow()).where(RoutingRule.id == rule.id).execute()
    return True


# --- routing -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseFacts:
    category_id: int | None = None
    subcategory_id: int | None = None
    product: str = ""
    channel: str = ""
    contact_id: int | None = None
    organization_id: int | None = None


@dataclass(frozen=True)
class Routing:
    user_id: int | None
    team_id: int | None
    rule_id: int | None
    reason: dict[str, Any] = field(default_factory=dict)  # JSON-able


class _Customer:
    """What the rules ask about the case's customer, fetched only when a rule asks."""

    def __init__(self, facts: CaseFacts) -> None:
        self.facts = facts

    @cached_property
    def person(self) -> tuple[int | None, str, str] | None:
        """(company id, city, province) of the case's person."""
        if self.facts.contact_id is None:
            return None
        return (Contact.select(Contact.organization, Contact.city, Contact.province)
                .where(Contact.id == self.facts.contact_id).tuples().first())

    @cached_property
    def company_ids(self) -> list[int]:
        """The person's company, then the case's company (when different)."""
        found = [self.person[0]] if self.person and self.person[0] is not None else []
        if self.facts.organization_id is not None and self.facts.organization_id not in found:
            found.append(self.facts.organization_id)
        return found

    @cached_property
    def company_places(self) -> list[tuple[str, str]]:
        if not self.company_ids:
            return []
        query = (Organization.select(Organization.id, Organization.city, Organization.province)
                 .where(Organization.id.in_(self.company_ids)).tuples())
        places = {oid: (city, province) for oid, city, province in query}
        return [places[oid] for oid in self.company_ids if oid in places]

    def place(self, index: int) -> str:
        """City (0) or province (1): the person's, else their company's, else the case's company's."""
        if self.person and tidy_text(self.person[1 + index]):
            return self.person[1 + index]
        return next((p[index] for p in self.company_places if tidy_text(p[index])), "")

    @cached_property
    def tag_ids(self) -> set[int]:
        condition = None
        if self.facts.contact_id is not None:
            condition = Tagging.contact == self.facts.contact_id
        if self.company_ids:
            on_company = Tagging.organization.in_(self.company_ids)
            condition = on_company if condition is None else (condition | on_company)
        if condition is None:
            return set()
        query = (Tagging.select(Tagging.tag).join(Tag, on=(Tagging.tag == Tag.id))
                 .where(condition & Tagging.deleted_at.is_null() & Tag.deleted_at.is_null()))
        return {tag_id for (tag_id,) in query.tuples()}

    @cached_property
    def won_value(self) -> int:
        """Rial of won deals: a person's own; a company's with its people's."""
        if self.facts.contact_id is not None:
            condition = Deal.contact == self.facts.contact_id
        elif self.facts.organization_id is not None:
            people = Contact.select(Contact.id).where((Contact.organization == self.facts.organization_id)
                                                      & Contact.deleted_at.is_null())
            condition = (Deal.organization == self.facts.organization_id) | Deal.contact.in_(people)
        else:
            return 0
        total = (Deal.select(fn.SUM(Deal.amount))
                 .where(condition & (Deal.status == "won") & Deal.deleted_at.is_null()).scalar())
        return int(total or 0)

    @cached_property
    def category_ids(self) -> set[int]:
        """The case's category, subcategory and the subcategory's parent."""
        found = {i for i in (self.facts.category_id, self.facts.subcategory_id) if i is not None}
        if self.facts.subcategory_id is not None:
            parent = CaseCategory.select(CaseCategory.parent).where(
                CaseCategory.id == self.facts.subcategory_id).scalar()
            if parent is not None:
                found.add(parent)
        return found


def _name_of(model, record_id: int | None) -> str:
    if record_id is None:
        return ""
    row = model.select().where(model.id == record_id).first()
    return "" if row is None else row.name


def _matched(rule: RoutingRule, facts: CaseFacts, customer: _Customer) -> list[dict[str, Any]] | None:
    """The rule's conditions with what they matched, or None when one of them does not hold."""
    d = rule.__data__
    found: list[dict[str, Any]] = []
    if d.get("category") is not None:
        if d["category"] not in customer.category_ids:
            return None
        found.append({"kind": "category", "value": _name_of(CaseCategory, d["category"])})
    if normalize_text(rule.product):
        if normalize_text(rule.product) not in normalize_text(facts.product):
            return None
        found.append({"kind": "product", "value": rule.product})
    if rule.channel:
        if rule.channel != facts.channel:
            return None
        found.append({"kind": "channel", "value": rule.channel})
    for index, kind in enumerate(("city", "province")):
        wanted = getattr(rule, kind)
        if normalize_text(wanted):
            if normalize_text(customer.place(index)) != normalize_text(wanted):
                return None
            found.append({"kind": kind, "value": wanted})
    if d.get("tag") is not None:
        if d["tag"] not in customer.tag_ids:
            return None
        found.append({"kind": "tag", "value": _name_of(Tag, d["tag"])})
    if rule.min_value is not None:
        if customer.won_value < rule.min_value:
            return None
        found.append({"kind": "min_value", "value": int(rule.min_value), "total": customer.won_value})
    return found


def _active_members(team_id: int) -> list[tuple[int, str]]:
    """(user id, name) of the team's active members, by user id."""
    query = (TeamMember.select(User.id, User.full_name, User.username)
             .join(User, on=(TeamMember.user == User.id))
             .where((TeamMember.team == team_id) & TeamMember.deleted_at.is_null() & User.deleted_at.is_null()
                    & (User.is_active == True))  # noqa: E712 (SQL)
             .order_by(User.id).tuples())
    return [(uid, full or username) for uid, full, username in query]


def open_counts(user_ids: list[int]) -> dict[int, int]:
    """Open (not resolved or closed, not deleted) cases assigned to each of these users."""
    if not user_ids:
        return {}
    query = (Case.select(Case.assignee, fn.COUNT(Case.id))
             .where(Case.assignee.in_(user_ids) & Case.status.in_(OPEN_STATUSES) & Case.deleted_at.is_null())
             .group_by(Case.assignee).tuples())
    found = dict.fromkeys(user_ids, 0)
    found.update({uid: int(n) for uid, n in query})
    return found


def _next_in_turn(rule_id: int, members: list[tuple[int, str]]) -> tuple[int, str]:
    """The member after the rule's last one (wrapping), recorded as the new last one. The update only
    succeeds if nobody else took a turn meanwhile (checked in the UPDATE itself), else it is redone."""
    for _ in range(20):
        last = RoutingRule.select(RoutingRule.last_user).where(RoutingRule.id == rule_id).scalar()
        chosen = next((m for m in members if last is not None and m[0] > last), members[0])
        same = RoutingRule.last_user.is_null() if last is None else RoutingRule.last_user == last
        done = (RoutingRule.update(last_user=chosen[0], updated_at=utcnow())
                .where((RoutingRule.id == rule_id) & same).execute())
        if done:
            return chosen
    raise RuntimeError(f"routing rule {rule_id}: could not take a turn (too much contention)")


def route(facts: CaseFacts) -> Routing:
    """Where a new case goes (see the module docstring). A round-robin rule records whose turn it was,
    so call this inside the transaction that saves the case."""
    customer = _Customer(facts)
    skipped: list[dict[str, Any]] = []
    with database.atomic():
        for rule in list_rules(include_inactive=False):
            matched = _matched(rule, facts, customer)
            if matched is None:
                continue
            reason: dict[str, Any] = {"rule": {"id": rule.id, "name": rule.name}, "conditions": matched,
                                      "team": None, "user": None, "method": ""}
            user_id, team_id = rule.__data__.get("user"), rule.__data__.get("team")
            if user_id is not None:
                user = User.alive().where((User.id == user_id) & (User.is_active == True)).first()  # noqa: E712
                if user is None:
                    skipped.append({"id": rule.id, "name": rule.name, "why": "inactive_user"})
                    continue
                reason["user"] = {"id": user.id, "name": user.display_name}
            else:
                team = Team.alive().where(Team.id == team_id).first()
                if team is None:
                    skipped.append({"id": rule.id, "name": rule.name, "why": "no_team"})
                    continue
                reason["team"], reason["method"] = {"id": team.id, "name": team.name}, rule.method
                members = _active_members(team.id)
                if members and rule.method == "least_busy":
                    counts = open_counts([uid for uid, _ in members])
                    user_id, name = min(members, key=lambda m: (counts[m[0]], m[0]))
                    reason["user"], reason["open_cases"] = {"id": user_id, "name": name}, counts[user_id]
                elif members:
                    user_id, name = _next_in_turn(rule.id, members)
                    reason["user"] = {"id": user_id, "name": name}
            if skipped:
                reason["skipped"] = skipped
            return Routing(user_id, team_id, rule.id, reason)
    return Routing(None, None, None, {"rule": None, "skipped": skipped} if skipped else {"rule": None})


# --- explaining it -------------------------------------------------------------------------------

def _money(value: int) -> str:
    from crm_desktop.services.funnel.timeline_events import money_formatter

    return money_formatter()(value)


def _condition_text(condition: dict[str, Any]) -> str:
    kind, value = condition.get("kind", ""), condition.get("value", "")
    template = CONDITIONS.get(kind)
    if template is None:
        return str(value)
    if kind == "channel":
        value = label(case_labels.CHANNELS, value)
    elif kind == "min_value":
        value = _money(int(value or 0))
    return render(template, {"value": value})


def _join(items: list[str]) -> str:
    return render(LIST_SEPARATOR).join(items)


def _conditions_text(conditions: list[dict[str, Any]]) -> str:
    return _join([_condition_text(c) for c in conditions]) if conditions else render(ANY_CASE)


def _target_text(reason: dict[str, Any]) -> str:
    team, user = reason.get("team"), reason.get("user")
    if team is None:
        return (user or {}).get("name", "")  # a person: just their name
    if user is None:
        return render(TO_EMPTY_TEAM, {"team": team.get("name", "")})
    template = TO_TEAM.get(reason.get("method") or "round_robin", TO_TEAM["round_robin"])
    return render(template, {"team": team.get("name", ""), "user": user.get("name", ""),
                             "count": int(reason.get("open_cases") or 0)})


def reason_text(reason: dict[str, Any]) -> str:
    """The reason in the current language, e.g. 'Rule «Billing»: category is Billing → team Support
    (round-robin: Sara)'."""
    rule = (reason or {}).get("rule")
    if not rule:
        text = render(NO_RULE)
    else:
        text = render(RULE, {"rule": rule.get("name", ""), "target": _target_text(reason),
                             "conditions": _conditions_text(reason.get("conditions") or [])})
    for why in SKIPPED:
        names = [f"\u00ab{s.get('name', '')}\u00bb" for s in (reason or {}).get("skipped") or [] if s.get("why") == why]
        if names:
            text = render(SKIPPED[why], {"reason": text, "rules": _join(names)})
    return text


def conditions_text(rule: RoutingRule) -> str:
    """A rule's conditions in words (for the list of rules), e.g. 'category is Billing, channel is Phone'."""
    d = rule.__data__
    conditions = []
    if d.get("category") is not None:
        conditions.append({"kind": "category", "value": _name_of(CaseCategory, d["category"])})
    for kind in ("product", "channel", "city", "province"):
        if tidy_text(getattr(rule, kind)):
            conditions.append({"kind": kind, "value": getattr(rule, kind)})
    if d.get("tag") is not None:
        conditions.append({"kind": "tag", "value": _name_of(Tag, d["tag"])})
    if rule.min_value is not None:
        conditions.append({"kind": "min_value", "value": rule.min_value})
    return _conditions_text(conditions)
