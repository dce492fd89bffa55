"""Cases: record, edit and delete a request or complaint.

On create a case gets its number, is routed (unless someone was chosen by hand: the routing rules
then stay out of it), gets its SLA deadlines from the policy for its priority and category on the
office's working calendar, is indexed for search, and the customer may be told it was received
(the outbox). Every change is an event in the case's history and an audit row.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseCategory, Contact, Organization, Team, User
from crm_desktop.db.models.cases import CASE_CHANNELS, CASE_KINDS, CASE_PRIORITIES
from crm_desktop.services import audit, contacts, organizations, records, validation
from crm_desktop.services.cases import numbering, routing, search_text, setup, sla, work_calendar
from crm_desktop.services.cases.events import log_event, notify, refresh_due
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError, record_word
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

NO_SUBJECT = QT_TRANSLATE_NOOP("Errors", "Enter what the case is about.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Choose the customer, or type their phone number to add them.")
GONE = QT_TRANSLATE_NOOP("Errors", "The chosen {what} no longer exists; choose another one.")
NOT_A_SUBCATEGORY = QT_TRANSLATE_NOOP("Errors", "That subcategory belongs to another category.")


@dataclass
class CaseInput:
    subject: str = ""
    description: str = ""
    kind: str = "complaint"
    channel: str = "phone"
    contact_id: int | None = None
    organization_id: int | None = None
    category_id: int | None = None
    subcategory_id: int | None = None
    product: str = ""
    priority: str = "normal"
    assignee_id: int | None = None  # with team_id None and auto_route: the routing rules decide
    team_id: int | None = None


def _exists(model, record_id: int | None) -> bool:
    return record_id is None or model.alive().where(model.id == record_id).exists()


def check(data: CaseInput) -> list[FieldError]:
    errors: list[FieldError | None] = []
    if not tidy_text(data.subject):
        errors.append(FieldError("subject", NO_SUBJECT))
    if data.contact_id is None and data.organization_id is None:
        errors.append(FieldError("contact_id", NO_CUSTOMER))
    errors.append(validation.check_choice("kind", data.kind, CASE_KINDS))
    errors.append(validation.check_choice("channel", data.channel, CASE_CHANNELS))
    errors.append(validation.check_choice("priority", data.priority, CASE_PRIORITIES))
    for name, model, value, what in (("contact_id", Contact, data.contact_id, "person"),
                                     ("organization_id", Organization, data.organization_id, "company"),
                                     ("category_id", CaseCategory, data.category_id, "category"),
                                     ("subcategory_id", CaseCategory, data.subcategory_id, "subcategory"),
                                     ("assignee_id", User, data.assignee_id, "person"),
                                     ("team_id", Team, data.team_id, "team")):
        if not _exists(model, value):
            errors.append(FieldError(name, GONE, {"what": record_word(what)}))
    if data.subcategory_id is not None and data.category_id is not None:
        parent = CaseCategory.select(CaseCategory.parent).where(CaseCategory.id == data.subcategory_id).scalar()
        if parent != data.category_id:
            errors.append(FieldError("subcategory_id", NOT_A_SUBCATEGORY))
    errors += validation.check_lengths(Case, {"subject": tidy_text(data.subject), "product": tidy_text(data.product)})
    return [e for e in errors if e is not None]


def _apply(case: Case, data: CaseInput) -> None:
    case.subject = tidy_text(data.subject)
    case.description = data.description.strip()
    case.kind, case.channel, case.priority = data.kind, data.channel, data.priority
    case.contact = data.contact_id
    case.organization = data.organization_id
    if data.contact_id is not None and data.organization_id is None:
        case.organization = Contact.select(Contact.organization).where(Contact.id == data.contact_id).scalar()
    case.category = data.category_id
    case.subcategory = data.subcategory_id
    if data.subcategory_id is not None and data.category_id is None:
        case.category = CaseCategory.select(CaseCategory.parent).where(CaseCategory.id == data.subcategory_id).scalar()
    case.product = tidy_text(data.product)


def _touch_customer(case: Case, when: dt.datetime) -> None:
    if case.__data__.get("contact") is not None:
        contacts.touch_interaction(case.__data__["contact"], when)
    elif case.__data__.get("organization") is not None:
        organizations.touch_interaction(case.__data__["organization"], when)


def apply_sla(case: Case, cal: work_calendar.WorkCalendar | None = None,
              waits: list[tuple[dt.datetime, dt.datetime]] = ()) -> None:
    """Deadlines from the policy of the case's priority and category, moved later by the finished
    waits for the customer (``waits``: (began, ended)) the same way each wait moved them."""
    cal = cal or work_calendar.office_calendar()
    policy = sla.policy_for(case.priority, case.__data__.get("category"))
    case.sla_policy = policy.id if policy is not None else None
    due = sla.deadlines(case.opened_at, policy, cal) if policy is not None else None
    response = due.response_due_at if due else None
    resolve = due.resolve_due_at if due else None
    for began, ended in waits:
        if case.first_response_at is None or began < case.first_response_at:
            response = sla.shift_for_pause(response, began, ended, cal)
        resolve = sla.shift_for_pause(resolve, began, ended, cal)
    case.response_due_at, case.resolve_due_at = response, resolve
    refresh_due(case)


def create_case(data: CaseInput, *, at: dt.datetime | None = None, auto_route: bool = True,
                notify_customer: bool = True) -> Case:
    """Validate and record a case; raises ValidationError."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    when = at or utcnow()
    with database.atomic():
        setup.ensure_defaults()  # the SLA policies and templates, on a database that never used the queue
        year, sequence, number = numbering.next_number(when)
        case = Case(created_by=current_user_id(), number=number, year=year, sequence=sequence, opened_at=when,
                    created_at=when, updated_at=when)
        _apply(case, data)
        case.assignee, case.team = data.assignee_id, data.team_id
        routed = None
        if auto_route and data.assignee_id is None and data.team_id is None:
            routed = routing.route(routing.CaseFacts(
                category_id=case.__data__.get("category"), subcategory_id=case.__data__.get("subcategory"),
                product=case.product, channel=case.channel, contact_id=case.__data__.get("contact"),
                organization_id=case.__data__.get("organization")))
            case.assignee, case.team, case.routing_rule = routed.user_id, routed.team_id, routed.rule_id
            case.routing_note = json.dumps(routed.reason, ensure_ascii=False)
        case.status = "assigned" if case.__data__.get("assignee") is not None else "new"
        apply_sla(case)
        case.save(force_insert=True)
        audit.record_create(case)
        log_event(case, "created", at=when, body=case.description)
        if routed is not None and routed.rule_id is not None:
            log_event(case, "routed", new=_assignment_text(case), body=case.routing_note, at=when)
        search_text.refresh_cases([case.id])
        _touch_customer(case, when)
        if notify_customer:
            notify(case, "received", when)
            if case.status == "assigned":
                notify(case, "assigned", when)
    return case


def _assignment_text(case: Case) -> str:
    who = case.assignee.display_name if case.__data__.get("assignee") else ""
    team = case.team.name if case.__data__.get("team") else ""
    return " / ".join(p for p in (team, who) if p)[:200]


def get_case(case_id: int) -> Case:
    return records.fetch(Case, case_id)


def case_input(case: Case) -> CaseInput:
    d = case.__data__
    return CaseInput(subject=case.subject, description=case.description, kind=case.kind, channel=case.channel,
                     contact_id=d.get("contact"), organization_id=d.get("organization"), category_id=d.get("category"),
                     subcategory_id=d.get("subcategory"), product=case.product, priority=case.priority,
                     assignee_id=d.get("assignee"), team_id=d.get("team"))


def _name(model, record_id) -> str:
    if record_id is None:
        return ""
    row = model.get_or_none(model.id == record_id)
    return "" if row is None else getattr(row, "display_name", None) or row.name


def update_case(case_id: int, data: CaseInput) -> Case:
    """Edit the details (not the status or the assignment: see workflow). A new priority or category
    re-times the SLA deadlines from the opening, keeping the time already spent waiting."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    from crm_desktop.services.cases.workflow import paused_spans
    with database.atomic():
        case = get_case(case_id)
        before = audit.snapshot(case)
        old_priority, old_category = case.priority, case.__data__.get("category")
        _apply(case, data)
        changes = audit.diff(before, audit.snapshot(case))
        if not changes:
            return case
        if case.priority != old_priority or case.__data__.get("category") != old_category:
            cal = work_calendar.office_calendar()
            apply_sla(case, cal, paused_spans(case))
        case.save()
        audit.record_update(case, before)
        if case.priority != old_priority:
            log_event(case, "priority", old=old_priority, new=case.priority)
        if case.__data__.get("category") != old_category:
            log_event(case, "category", old=_name(CaseCategory, old_category),
                      new=_name(CaseCategory, case.__data__.get("category")))
        if set(changes) - {"priority", "category", "sla_policy", "response_due_at", "resolve_due_at", "due_at"}:
            log_event(case, "edited")
        search_text.refresh_cases([case.id])
    return case


def delete_case(case_id: int) -> Case:
    with database.atomic():
        case = records.soft_delete(Case, case_id)
        search_text.refresh_cases([case_id])
    return case


def restore_case(case_id: int) -> Case:
    with database.atomic():
        case = records.restore(Case, case_id)
        search_text.refresh_cases([case_id])
    return case
