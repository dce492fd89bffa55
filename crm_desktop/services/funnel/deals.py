"""Opportunities (deals): create, edit, move between stages, win, lose, reopen, delete.

Rules:
- a deal belongs to a person and/or a company (at least one) and to one pipeline;
- its status follows its stage: an open stage -> ``open``; the won end -> ``won`` (``closed_at``
  set); the lost end -> ``lost`` (``closed_at`` set, a lost reason required);
- moving a closed deal back to an open stage reopens it (the close and the reason are cleared);
- every stage change, creation included, is one ``DealStageChange`` (from, to, when, who): the
  funnel numbers are computed from this log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, Deal, DealStageChange, LeadSource, LostReason, Organization, User
from crm_desktop.services import audit, contacts, organizations, records
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError, record_word
from crm_desktop.services.funnel import pipelines
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

NO_TITLE = QT_TRANSLATE_NOOP("Errors", "Enter a title for the deal.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Choose the person or the company the deal is with.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "The amount cannot be negative.")
BAD_PROBABILITY = QT_TRANSLATE_NOOP("Errors", "A probability is a whole number from 0 to 100.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Errors", "Choose why the deal was lost.")
GONE = QT_TRANSLATE_NOOP("Errors", "The chosen {what} no longer exists; choose another one.")
WRONG_PIPELINE = QT_TRANSLATE_NOOP("Errors", "That stage belongs to another pipeline.")


@dataclass
class DealInput:
    title: str = ""
    contact_id: int | None = None
    organization_id: int | None = None
    pipeline_id: int | None = None  # None: the default pipeline
    stage_id: int | None = None  # None: the pipeline's first open stage
    amount: int = 0  # Rial
    expected_close: dt.date | None = None
    probability: int | None = None  # None: the stage's
    owner_id: int | None = None  # None: the current user
    source_id: int | None = None
    lead_id: int | None = None
    products: str = ""
    next_activity: str = ""
    next_activity_at: dt.datetime | None = None
    notes: str = ""


def _exists(model, record_id: int | None) -> bool:
    return record_id is None or model.alive().where(model.id == record_id).exists()


def check(data: DealInput) -> list[FieldError]:
    errors = []
    if not tidy_text(data.title):
        errors.append(FieldError("title", NO_TITLE))
    if data.contact_id is None and data.organization_id is None:
        errors.append(FieldError("contact_id", NO_CUSTOMER))
    if data.amount < 0:
        errors.append(FieldError("amount", BAD_AMOUNT))
    if data.probability is not None and not 0 <= data.probability <= 100:
        errors.append(FieldError("probability", BAD_PROBABILITY))
    for name, model, value, what in (("contact_id", Contact, data.contact_id, "person"),
                                     ("organization_id", Organization, data.organization_id, "company"),
                                     ("owner_id", User, data.owner_id, "owner"),
                                     ("source_id", LeadSource, data.source_id, "source")):
        if not _exists(model, value):
            errors.append(FieldError(name, GONE, {"what": record_word(what)}))
    if data.stage_id is not None:
        stage = pipelines.stage(data.stage_id)
        if data.pipeline_id is not None and stage.pipeline_id != data.pipeline_id:
            errors.append(FieldError("stage_id", WRONG_PIPELINE))
    return errors


def _apply(deal: Deal, data: DealInput) -> None:
    deal.title = tidy_text(data.title)[:200]
    deal.contact = data.contact_id
    deal.organization = data.organization_id
    deal.amount = int(data.amount)
    deal.expected_close = data.expected_close
    deal.probability = data.probability
    deal.owner = data.owner_id if data.owner_id is not None else current_user_id()
    deal.source = data.source_id
    deal.lead = data.lead_id
    deal.products = tidy_text(data.products)[:300]
    deal.next_activity = tidy_text(data.next_activity)[:200]
    deal.next_activity_at = data.next_activity_at
    deal.notes = data.notes.strip()


def _log(deal: Deal, from_stage: int | None, to_stage: int, at: dt.datetime) -> None:
    DealStageChange.create(deal=deal.id, from_stage=from_stage, to_stage=to_stage, at=at, by=current_user_id(),
                           created_by=current_user_id())


def _touch_customer(deal: Deal, when: dt.datetime) -> None:
    if deal.__data__.get("contact") is not None:
        contacts.touch_interaction(deal.__data__["contact"], when)
    if deal.__data__.get("organization") is not None:
        organizations.touch_interaction(deal.__data__["organization"], when)


def create_deal(data: DealInput, *, at: dt.datetime | None = None) -> Deal:
    """Validate and create; the first stage change (from nothing) is logged. Raises ValidationError."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    when = at or utcnow()
    with database.atomic():
        pipeline_id = data.pipeline_id or (pipelines.stage(data.stage_id).pipeline_id if data.stage_id
                                           else pipelines.default_pipeline_id())
        stage = pipelines.stage(data.stage_id) if data.stage_id else \
            next(s for s in pipelines.stages(pipeline_id) if s.is_open)
        if stage.kind == "lost":
            raise ValidationError([FieldError("stage_id", NEEDS_REASON)])
        deal = Deal(created_by=current_user_id(), pipeline=pipeline_id, stage=stage.id, status=stage.kind,
                    stage_entered_at=when, closed_at=when if stage.kind == "won" else None)
        _apply(deal, data)
        deal.created_at = deal.updated_at = when
        deal.save(force_insert=True)
        audit.record_create(deal)
        _log(deal, None, stage.id, when)
        _touch_customer(deal, when)
    return deal


def get_deal(deal_id: int, *, include_deleted: bool = False) -> Deal:
    return records.fetch(Deal, deal_id, include_deleted=include_deleted)


def deal_input(deal: Deal) -> DealInput:
    d = deal.__data__
    return DealInput(title=deal.title, contact_id=d.get("contact"), organization_id=d.get("organization"),
                     pipeline_id=d.get("pipeline"), stage_id=d.get("stage"), amount=deal.amount,
                     expected_close=deal.expected_close, probability=deal.probability, owner_id=d.get("owner"),
                     source_id=d.get("source"), lead_id=d.get("lead"), products=deal.products,
                     next_activity=deal.next_activity, next_activity_at=deal.next_activity_at, notes=deal.notes)


def update_deal(deal_id: int, data: DealInput) -> Deal:
    """Edit the deal's fields; a different stage in ``data`` is a move (logged, with the won/lost
    rules)."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        deal = get_deal(deal_id)
        before = audit.snapshot(deal)
        _apply(deal, data)
        if audit.diff(before, audit.snapshot(deal)):
            deal.updated_at = utcnow()
            deal.save()
            audit.record_update(deal, before)
        if data.stage_id is not None and data.stage_id != deal.__data__["stage"]:
            deal = move_deal(deal_id, data.stage_id)
    return deal


def move_deal(deal_id: int, stage_id: int, *, lost_reason_id: int | None = None, lost_note: str = "",
              at: dt.datetime | None = None) -> Deal:
    """Move to another stage of the same pipeline (drag and drop on the board). To the lost end a
    reason is required; from a closed end back to an open stage reopens the deal."""
    when = at or utcnow()
    with database.atomic():
        deal = get_deal(deal_id)
        target = pipelines.stage(stage_id)
        if target.pipeline_id != deal.__data__["pipeline"]:
            raise ValidationError([FieldError("stage_id", WRONG_PIPELINE)])
        if target.kind == "lost" and (lost_reason_id is None or not _exists(LostReason, lost_reason_id)):
            raise ValidationError([FieldError("lost_reason_id", NEEDS_REASON)])
        current = deal.__data__["stage"]
        if current == stage_id:
            return deal
        before = audit.snapshot(deal)
        deal.stage = stage_id
        deal.status = target.kind
        deal.stage_entered_at = when
        deal.closed_at = when if target.kind != "open" else None
        deal.lost_reason = lost_reason_id if target.kind == "lost" else None
        deal.lost_note = tidy_text(lost_note) if target.kind == "lost" else ""
        deal.updated_at = when
        deal.save()
        audit.record_update(deal, before)
        _log(deal, current, stage_id, when)
        _touch_customer(deal, when)
    return deal


def win_deal(deal_id: int, *, at: dt.datetime | None = None) -> Deal:
    deal = get_deal(deal_id)
    return move_deal(deal_id, pipelines.end_stage(deal.__data__["pipeline"], "won").id, at=at)


def lose_deal(deal_id: int, lost_reason_id: int | None, note: str = "", *, at: dt.datetime | None = None) -> Deal:
    deal = get_deal(deal_id)
    return move_deal(deal_id, pipelines.end_stage(deal.__data__["pipeline"], "lost").id,
                     lost_reason_id=lost_reason_id, lost_note=note, at=at)


def delete_deal(deal_id: int) -> Deal:
    return records.soft_delete(Deal, deal_id)


def restore_deal(deal_id: int) -> Deal:
    return records.restore(Deal, deal_id)


@dataclass(frozen=True)
class StageChange:
    at: dt.datetime
    from_stage: str
    to_stage: str
    by: str


def stage_history(deal_id: int) -> list[StageChange]:
    """The deal's moves, oldest first, with stage and user names."""
    from crm_desktop.db.models import PipelineStage

    names = {s.id: s.name for s in PipelineStage.select(PipelineStage.id, PipelineStage.name)}
    users = {u.id: u.display_name for u in User.select()}
    rows = (DealStageChange.select().where(DealStageChange.deal == deal_id)
            .order_by(DealStageChange.at, DealStageChange.id))
    return [StageChange(r.at, names.get(r.__data__["from_stage"], ""), names.get(r.__data__["to_stage"], ""),
                        users.get(r.__data__["by"], "")) for r in rows]


def deals_of(*, contact_id: int | None = None, organization_id: int | None = None) -> list[Deal]:
    query = Deal.alive()
    query = query.where(Deal.contact == contact_id) if contact_id is not None \
        else query.where(Deal.organization == organization_id)
    return list(query.order_by(Deal.created_at.desc(), Deal.id.desc()))
