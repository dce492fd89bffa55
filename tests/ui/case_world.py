"""A small complaint queue made through the services, for the queue's widget tests (and pictures):
two colleagues in a Support team, three customers, cases that are long overdue, fresh, unassigned,
waiting for the customer and resolved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.db.models import User
from crm_desktop.services import contacts
from crm_desktop.services.cases import case_service, categories, conversation, knowledge, sla, templates, workflow
from crm_desktop.services.cases.case_service import CaseInput
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.funnel import targets

WORDS = {
    "fa": {"sara": ("سارا", "احمدی"), "people": [("مریم", "کاظمی", "09121112233"), ("رضا", "نوری", "09122223344"),
                                                   ("زهرا", "کریمی", "09123334455")],
           "team": "پشتیبانی",
           "cases": ["مبلغ فاکتور اشتباه است", "کولر گازی بعد از نصب کار نمی‌کند", "تاخیر در ارسال سفارش",
                     "درخواست فاکتور رسمی", "پیشنهاد برای ساعت کاری پنجشنبه", "لوازم جانبی ناقص رسید"],
           "note": "با انبار هماهنگ شد، فردا ارسال می‌شود.", "message": "سلام، پیگیری شد و تا فردا خبر می‌دهیم.",
           "resolution": "فاکتور اصلاح و دوباره ارسال شد.",
           "articles": [("مبلغ فاکتور اشتباه است؛ چه کنیم؟", "فاکتور را با سفارش مقایسه کنید و فاکتور اصلاحی صادر کنید."),
                        ("بازپرداخت وجه چقدر طول می‌کشد؟", "بازپرداخت حداکثر تا ۷۲ ساعت کاری انجام می‌شود.")]},
    "en": {"sara": ("Sara", "Ahmadi"), "people": [("Maryam", "Kazemi", "09121112233"), ("Reza", "Nouri", "09122223344"),
                                                  ("Zahra", "Karimi", "09123334455")],
           "team": "Support",
           "cases": ["The invoice amount is wrong", "The air conditioner stopped after installation",
                     "Order delivery is late", "Asking for an official invoice", "Open on Thursday afternoons too",
                     "Accessories missing from the box"],
           "note": "Checked with the warehouse: it ships tomorrow.",
           "message": "Hello, we are on it and will call you by tomorrow.",
           "resolution": "The invoice was corrected and sent again.",
           "articles": [("The invoice amount is wrong: what to do?",
                         "Compare the invoice with the order and issue a corrected invoice."),
                        ("How long does a refund take?", "Refunds are paid within 72 working hours.")]},
}


@dataclass
class World:
    owner: User
    sara: User
    team_id: int
    people: list[int]
    overdue: list[int]  # opened weeks ago, still open
    fresh: list[int]  # opened now
    waiting: int
    resolved: int


def build_world(owner: User, lang: str = "en", now: dt.datetime | None = None) -> World:
    words = WORDS[lang]
    now = now or dt.datetime.now(dt.timezone.utc)
    categories.ensure_default_categories(lang)
    sla.ensure_default_policies(lang)
    templates.ensure_default_templates()
    sara = User.create(username="sara.support", full_name=" ".join(words["sara"]))
    team = targets.create_team(words["team"])
    for user in (owner, sara):
        targets.add_member(team.id, user.id)
    people = [contacts.create_contact(contacts.ContactInput(
        first_name=first, last_name=last, points=[PointInput("mobile", phone, is_primary=True)])).id
        for first, last, phone in words["people"]]
    tree = categories.tree()
    billing, delivery, quality = tree[0], tree[1], tree[2]
    for question, answer in words["articles"]:
        knowledge.create_article(knowledge.ArticleInput(question=question, answer=answer, category_id=billing.id))

    def case(number: int, person: int, *, priority="normal", category=None, sub=None, days=0.0, user=None,
             team_id=None, channel="phone") -> int:
        return case_service.create_case(CaseInput(
            subject=words["cases"][number], description=words["cases"][number], contact_id=people[person],
            priority=priority, category_id=category.id if category else None, subcategory_id=sub,
            channel=channel, assignee_id=user, team_id=team_id), at=now - dt.timedelta(days=days)).id

    overdue = [case(0, 0, priority="urgent", category=billing, sub=billing.children[0].id, days=30, user=owner.id),
               case(1, 1, priority="high", category=quality, days=20, user=sara.id, team_id=team.id)]
    fresh = [case(2, 2, category=delivery, channel="website"),
             case(3, 0, priority="low", category=billing, user=owner.id, team_id=team.id)]
    waiting = case(4, 1, priority="low", days=1, channel="social", team_id=team.id)
    workflow.set_status(waiting, "waiting")
    resolved = case(5, 2, category=delivery, days=5, user=sara.id)
    conversation.add_note(overdue[0], words["note"])
    conversation.send_message(overdue[0], words["message"])
    workflow.set_status(resolved, "resolved", resolution=words["resolution"])
    return World(owner, sara, team.id, people, overdue, fresh, waiting, resolved)
