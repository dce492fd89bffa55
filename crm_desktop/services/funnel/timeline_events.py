"""Deals on the customer's timeline and in the profile header.

Timeline: one event per row of the stage log (``DealStageChange``): the deal opened (title, amount,
stage), each move ("moved from X to Y", with who moved it), won, lost (with the reason), reopened.
A person's timeline shows their deals; a company's rolls up the deals of the company and of its
people. Header figures: open deals (count and total) and the lifetime value of won deals, the same
roll-up for a company. Registered on import (``services/timeline.py`` imports this module).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from peewee import fn

from crm_desktop.db.models import Contact, Deal, DealStageChange, LostReason, PipelineStage
from crm_desktop.services import profile, timeline
from crm_desktop.services.settings import load_preferences
from crm_desktop.services.timeline import Scope, TimelineEvent
from crm_desktop.text import i18n
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.money import format_money

KIND = "deal"
OPENED = QT_TRANSLATE_NOOP("Timeline", "Deal opened: {title}")
OPENED_BODY = QT_TRANSLATE_NOOP("Timeline", "{amount} \u00b7 {stage}")
MOVED = QT_TRANSLATE_NOOP("Timeline", "Deal moved from {old} to {new}: {title}")
REOPENED = QT_TRANSLATE_NOOP("Timeline", "Deal reopened ({old} \u2192 {new}): {title}")
WON = QT_TRANSLATE_NOOP("Timeline", "Deal won: {title}")
LOST = QT_TRANSLATE_NOOP("Timeline", "Deal lost: {title}")
REASON = QT_TRANSLATE_NOOP("Timeline", "Reason: {reason}")
OPEN_DEALS = QT_TRANSLATE_NOOP("Profile", "Open deals")
OPEN_DEALS_VALUE = QT_TRANSLATE_NOOP("Profile", "{count} \u00b7 {total}")
WON_VALUE = QT_TRANSLATE_NOOP("Profile", "Won deals (lifetime value)")


def money_formatter() -> Callable[[int], str]:
    """Rial -> text in the unit the user chose (Rial or Toman) and the current language's digits."""
    unit = load_preferences().money_unit
    lang, digits = i18n.current_language(), i18n.current_digits()
    return lambda rials: format_money(int(rials or 0), unit=unit, digits=digits, lang=lang)


def _deal_condition(contact_ids: Iterable[int], organization_id: int | None):
    """Deals of these people and/or of this company (not deleted); None when the scope is empty."""
    return timeline.customer_condition(Deal, contact_ids, organization_id)


# -- timeline ------------------------------------------------------------------------------------

def _events(scope: Scope) -> Iterable[TimelineEvent]:
    condition = _deal_condition(scope.contact_ids, scope.organization_id)
    if condition is None:
        return []
    query = (DealStageChange
             .select(DealStageChange.at, DealStageChange.from_stage, DealStageChange.to_stage, DealStageChange.by,
                     Deal.id, Deal.title, Deal.amount, Deal.contact, Deal.status, Deal.closed_at, Deal.lost_reason,
                     Deal.lost_note)
             .join(Deal, on=(DealStageChange.deal == Deal.id))
             .where(condition & DealStageChange.deleted_at.is_null())
             .order_by(DealStageChange.at.desc(), DealStageChange.id.desc()).limit(scope.limit))
    rows = list(query.tuples())
    if not rows:
        return []
    stages = {sid: (name, kind) for sid, name, kind in
              PipelineStage.select(PipelineStage.id, PipelineStage.name, PipelineStage.kind).tuples()}
    reasons = dict(LostReason.select(LostReason.id, LostReason.name).tuples())
    users = timeline._user_names()
    money = money_formatter()
    events = []
    for at, from_id, to_id, by, deal_id, title, amount, contact_id, status, closed_at, reason_id, note in rows:
        new, new_kind = stages.get(to_id, ("", "open"))
        old, old_kind = stages.get(from_id, ("", "open"))
        body = ""
        if from_id is None:
            heading = render(OPENED, {"title": title})
            body = render(OPENED_BODY, {"amount": money(amount), "stage": new})
        elif new_kind == "won":
            heading = render(WON, {"title": title})
            body = money(amount)
        elif new_kind == "lost":
            heading = render(LOST, {"title": title})
            # the reason belongs to the deal's current loss (a reopened deal's reason is cleared)
            if status == "lost" and closed_at == at:
                parts = [render(REASON, {"reason": reasons[reason_id]})] if reason_id in reasons else []
                body = "\n".join(parts + ([note] if note else []))
        elif old_kind != "open":
            heading = render(REOPENED, {"old": old, "new": new, "title": title})
        else:
            heading = render(MOVED, {"old": old, "new": new, "title": title})
        events.append(TimelineEvent(at, KIND, heading, body, users.get(by, ""), scope.names.get(contact_id, ""),
                                    (KIND, deal_id)))
    return events


# -- profile header ------------------------------------------------------------------------------

def totals(entity: str, record_id: int) -> dict[str, tuple[int, int]]:
    """(count, total Rial) of deals per status for a person, or a company with its people."""
    if entity == "contact":
        condition = _deal_condition([record_id], None)
    else:
        people = Contact.select(Contact.id).where((Contact.organization == record_id) & Contact.deleted_at.is_null())
        condition = ((Deal.organization == record_id) | Deal.contact.in_(people)) & Deal.deleted_at.is_null()
    query = (Deal.select(Deal.status, fn.COUNT(Deal.id), fn.SUM(Deal.amount))
             .where(condition).group_by(Deal.status).tuples())
    return {status: (int(count), int(total or 0)) for status, count, total in query}


def _figures(entity: str, record_id: int) -> list[profile.Figure]:
    if entity not in ("contact", "organization"):
        return []
    found = totals(entity, record_id)
    money = money_formatter()
    count, total = found.get("open", (0, 0))
    return [
        profile.Figure("open_deals", render(OPEN_DEALS),
                       render(OPEN_DEALS_VALUE, {"count": count, "total": money(total)})),
        profile.Figure("won_value", render(WON_VALUE), money(found.get("won", (0, 0))[1])),
    ]


timeline.register(KIND, QT_TRANSLATE_NOOP("Timeline", "Deals"), _events)
profile.register_figures(_figures)
