"""A day of activities made through the services, for My day's widget tests and pictures: two
colleagues, three customers, a deal and a case; overdue, today's, upcoming and done activities, and
half a year of done ones for the workload chart.

Now: Wednesday 2025-12-03 10:00 Tehran (12 Azar 1404).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from crm_desktop.db.models import User
from crm_desktop.services import contacts, organizations
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities.checks import ActivityInput
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.cases import case_service
from crm_desktop.services.context import acting_as
from crm_desktop.services.funnel import deals

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
NOW = dt.datetime(2025, 12, 3, 10, 0, tzinfo=TEHRAN).astimezone(UTC)

WORDS = {
    "en": {"owner": "Maryam Kazemi", "sara": "Sara Ahmadi", "ali": ("Ali", "Rezaei"), "nima": ("Nima", "Sadeghi"),
           "zagros": "Zagros Trading", "pars": "Pars Solar", "deal": "50 air conditioners",
           "case": "The invoice amount is wrong",
           "subjects": {"o_call": "Call back about the quotation", "o_task": "Send the signed contract",
                        "o_past": "Confirm the delivery date", "t_report": "Prepare the monthly report",
                        "t_meeting": "Product demo at their office", "t_sms": "Remind about the invoice",
                        "u_call": "Follow up: installation", "u_email": "Send the price list",
                        "u_task": "Renew the support contract", "later": "Quarterly review",
                        "d_call": "Introductory call", "s_over": "Chase the unpaid invoice", "s_today": "Site visit",
                        "s_done": "Update the price list", "history": "Weekly check-in"}},
    "fa": {"owner": "مریم کاظمی", "sara": "سارا احمدی", "ali": ("علی", "رضایی"), "nima": ("نیما", "صادقی"),
           "zagros": "بازرگانی زاگرس", "pars": "پارس سولار", "deal": "۵۰ دستگاه کولر گازی",
           "case": "مبلغ فاکتور اشتباه است",
           "subjects": {"o_call": "تماس دوباره درباره پیش‌فاکتور", "o_task": "ارسال قرارداد امضاشده",
                        "o_past": "تأیید تاریخ تحویل", "t_report": "تهیه گزارش ماهانه",
                        "t_meeting": "نمایش محصول در دفتر مشتری", "t_sms": "یادآوری فاکتور",
                        "u_call": "پیگیری نصب", "u_email": "ارسال فهرست قیمت",
                        "u_task": "تمدید قرارداد پشتیبانی", "later": "بازبینی فصلی",
                        "d_call": "تماس آشنایی", "s_over": "پیگیری فاکتور پرداخت‌نشده", "s_today": "بازدید از محل",
                        "s_done": "به‌روزرسانی فهرست قیمت", "history": "پیگیری هفتگی"}},
}


@dataclass
class MyDayWorld:
    owner: User
    sara: User
    ids: dict[str, int] = field(default_factory=dict)
    ali: int = 0
    zagros: int = 0
    nima: int = 0
    pars: int = 0
    deal: int = 0
    case: int = 0


def at(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=TEHRAN)


def build_world(owner: User, lang: str = "en", *, history: bool = True) -> MyDayWorld:
    words = WORDS[lang]
    s = words["subjects"]
    User.update(full_name=words["owner"]).where(User.id == owner.id).execute()
    sara = User.create(username="sara", full_name=words["sara"])
    world = MyDayWorld(User.get_by_id(owner.id), sara)
    with acting_as(owner.id):
        zagros = organizations.create_organization(organizations.OrganizationInput(name=words["zagros"]))
        pars = organizations.create_organization(organizations.OrganizationInput(name=words["pars"]))
        ali = contacts.create_contact(contacts.ContactInput(first_name=words["ali"][0], last_name=words["ali"][1],
                                                            organization_id=zagros.id))
        nima = contacts.create_contact(contacts.ContactInput(first_name=words["nima"][0], last_name=words["nima"][1]))
        world.ali, world.zagros, world.nima, world.pars = ali.id, zagros.id, nima.id, pars.id
        world.deal = deals.create_deal(deals.DealInput(title=words["deal"], contact_id=ali.id, amount=9_000_000_000),
                                       at=NOW - dt.timedelta(days=20)).id
        world.case = case_service.create_case(case_service.CaseInput(subject=words["case"], contact_id=nima.id),
                                              at=NOW - dt.timedelta(days=3), notify_customer=False).id

        def plan(name: str, kind: str, due: dt.datetime, who: User = owner, **kw) -> int:
            data = ActivityInput(kind=kind, subject=s[name], due_at=due, assignee_id=who.id, **kw)
            world.ids[name] = svc.create_activity(data, now=NOW, tz=TEHRAN).id
            return world.ids[name]

        plan("o_call", "call", at(12, 1, 11), contact_id=ali.id, deal_id=world.deal, priority="high")
        plan("o_task", "task", at(12, 2), all_day=True, organization_id=pars.id)
        plan("o_past", "call", at(12, 3, 8, 30), contact_id=nima.id, case_id=world.case)
        plan("t_report", "task", at(12, 3), all_day=True, recurrence=Recurrence("month", 1, None, "jalali"))
        plan("t_meeting", "meeting", at(12, 3, 14), contact_id=ali.id, deal_id=world.deal, location="Vanak sq.")
        plan("t_sms", "sms", at(12, 3, 16, 30), contact_id=nima.id)
        plan("u_call", "call", at(12, 4, 10), contact_id=ali.id)
        plan("u_email", "email", at(12, 6, 9), organization_id=pars.id)
        plan("u_task", "task", at(12, 9), all_day=True, organization_id=pars.id, priority="low")
        plan("later", "meeting", at(12, 20, 10), organization_id=pars.id)
        plan("d_call", "call", at(12, 3, 9, 10), contact_id=nima.id, done=True, direction="outbound",
             outcome="answered")
        plan("s_over", "call", at(12, 2, 15), who=sara, contact_id=ali.id)
        plan("s_today", "meeting", at(12, 3, 11, 30), who=sara, organization_id=pars.id)
        plan("s_done", "task", at(12, 3, 8), who=sara, done=True)
        if history:
            for week in range(1, 26):  # half a year of done activities, a few a week each
                for i in range((week * 7) % 4 + 1):
                    plan("history", "call", NOW - dt.timedelta(days=7 * week - i, hours=i), contact_id=ali.id,
                         done=True)
                for i in range((week * 5) % 3 + 2):
                    plan("history", "task", NOW - dt.timedelta(days=7 * week - i, hours=2 + i), who=sara, done=True)
            world.ids.pop("history", None)
    return world
