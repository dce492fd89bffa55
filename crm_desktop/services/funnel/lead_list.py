"""The leads list: open leads first by default, filtered by status, source, owner and text (the
shared normaliser: ي/ك, digits, ZWNJ), newest first. One query returning plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.db.models import Lead, LeadSource, User
from crm_desktop.services.funnel.leads import OPEN_STATUSES
from crm_desktop.text.normalize import normalize_text
from crm_desktop.text.phone import phone_search_key


@dataclass(frozen=True)
class LeadFilter:
    status: str = "open"  # "open" (new, contacted, qualified), "all" or one status
    source_id: int | None = None
    owner_id: int | None = None
    text: str = ""
    limit: int = 5000


@dataclass(frozen=True)
class LeadRow:
    id: int
    name: str
    company: str
    phone: str
    email: str
    source: str
    interest: str
    owner: str
    status: str
    score: int | None
    created_at: dt.datetime


def lead_rows(flt: LeadFilter) -> list[LeadRow]:
    query = (Lead.select(Lead.id, Lead.first_name, Lead.last_name, Lead.company_name, Lead.phone, Lead.email,
                         LeadSource.name, Lead.interest, User.full_name, User.username, Lead.status,
                         Lead.qualification_score, Lead.created_at)
             .join(LeadSource, JOIN.LEFT_OUTER, on=(Lead.source == LeadSource.id))
             .switch(Lead).join(User, JOIN.LEFT_OUTER, on=(Lead.owner == User.id))
             .where(Lead.deleted_at.is_null()))
    if flt.status == "open":
        query = query.where(Lead.status.in_(OPEN_STATUSES))
    elif flt.status != "all":
        query = query.where(Lead.status == flt.status)
    if flt.source_id is not None:
        query = query.where(Lead.source == flt.source_id)
    if flt.owner_id is not None:
        query = query.where(Lead.owner == flt.owner_id)
    for word in normalize_text(flt.text).split():
        digits = phone_search_key(word)
        condition = Lead.name_norm.contains(word) | Lead.email_norm.contains(word)
        if digits:
            condition |= Lead.phone_norm.contains(digits)
        query = query.where(condition)
    query = query.order_by(Lead.created_at.desc(), Lead.id.desc()).limit(flt.limit)
    rows = []
    for (lead_id, first, last, company, phone, email, source, interest, full, username, status, score,
         created) in query.tuples():
        name = " ".join(p for p in (first, last) if p)
        rows.append(LeadRow(lead_id, name, company, phone, email, source or "", interest, full or username or "",
                            status, score, created))
    return rows
