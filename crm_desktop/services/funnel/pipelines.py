"""Pipelines and their stages.

Every pipeline has its ordered open stages (the board's columns) and exactly one ``won`` and one
``lost`` end. The first time the funnel is used, a default pipeline is made in the current
language: first contact -> needs analysis -> proposal / pre-invoice -> negotiation -> won / lost,
with default probabilities 10/25/50/75 % and "stuck" limits. All of it stays editable.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.models import Deal, Pipeline, PipelineStage
from crm_desktop.services import audit, records
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

DEFAULT_NAME = QT_TRANSLATE_NOOP("Funnel", "Sales")
DEFAULT_STAGES = (  # (name, kind, probability %, stuck after days)
    (QT_TRANSLATE_NOOP("Funnel", "First contact"), "open", 10, 7),
    (QT_TRANSLATE_NOOP("Funnel", "Needs analysis"), "open", 25, 14),
    (QT_TRANSLATE_NOOP("Funnel", "Proposal / pre-invoice"), "open", 50, 14),
    (QT_TRANSLATE_NOOP("Funnel", "Negotiation"), "open", 75, 21),
    (QT_TRANSLATE_NOOP("Funnel", "Won"), "won", 100, None),
    (QT_TRANSLATE_NOOP("Funnel", "Lost"), "lost", 0, None),
)
NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name.")
BAD_PROBABILITY = QT_TRANSLATE_NOOP("Errors", "A probability is a whole number from 0 to 100.")
BAD_STUCK = QT_TRANSLATE_NOOP("Errors", "The limit is a number of days from 1 to 365, or empty.")
STAGE_HAS_DEALS = QT_TRANSLATE_NOOP("Errors", "{count} open deals are in this stage: move them to another stage "
                                              "first.")
LAST_OPEN_STAGE = QT_TRANSLATE_NOOP("Errors", "A pipeline needs at least one open stage.")


@dataclass(frozen=True)
class Stage:
    id: int
    pipeline_id: int
    name: str
    position: int
    kind: str
    probability: int
    stuck_days: int | None

    @property
    def is_open(self) -> bool:
        return self.kind == "open"


def _stage(row: PipelineStage) -> Stage:
    return Stage(row.id, row.__data__["pipeline"], row.name, row.position, row.kind, row.probability, row.stuck_days)


def ensure_default() -> Pipeline:
    """The default pipeline, made (in the current language) when the database has none."""
    found = Pipeline.alive().order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id).first()
    if found is not None:
        return found
    with database.atomic():
        pipeline = Pipeline.create(name=render(DEFAULT_NAME), is_default=True, created_by=current_user_id())
        audit.record_create(pipeline)
        for position, (name, kind, probability, stuck) in enumerate(DEFAULT_STAGES):
            PipelineStage.create(pipeline=pipeline, name=render(name), position=position, kind=kind,
                                 probability=probability, stuck_days=stuck, created_by=current_user_id())
    return pipeline


def pipelines() -> list[Pipeline]:
    ensure_default()
    return list(Pipeline.alive().order_by(Pipeline.position, Pipeline.id))


def default_pipeline_id() -> int:
    return ensure_default().id


def stages(pipeline_id: int) -> list[Stage]:
    """Open stages in board order, then the won and the lost end."""
    rows = PipelineStage.alive().where(PipelineStage.pipeline == pipeline_id)
    order = {"open": 0, "won": 1, "lost": 2}
    return sorted((_stage(r) for r in rows), key=lambda s: (order[s.kind], s.position, s.id))


def stage(stage_id: int) -> Stage:
    return _stage(records.fetch(PipelineStage, stage_id))


def end_stage(pipeline_id: int, kind: str) -> Stage:
    """The pipeline's ``won`` or ``lost`` stage."""
    return next(s for s in stages(pipeline_id) if s.kind == kind)


def _check_stage(name: str, probability: int, stuck_days: int | None) -> None:
    errors = []
    if not tidy_text(name):
        errors.append(FieldError("name", NO_NAME))
    if not 0 <= probability <= 100:
        errors.append(FieldError("probability", BAD_PROBABILITY))
    if stuck_days is not None and not 1 <= stuck_days <= 365:
        errors.append(FieldError("stuck_days", BAD_STUCK))
    if errors:
        raise ValidationError(errors)


def create_pipeline(name: str) -> Pipeline:
    """A new pipeline with the default stages (renamable), after the others."""
    if not tidy_text(name):
        raise ValidationError([FieldError("name", NO_NAME)])
    with database.atomic():
        last = Pipeline.alive().order_by(Pipeline.position.desc()).first()
        pipeline = Pipeline.create(name=tidy_text(name), position=(last.position + 1) if last else 0,
                                   created_by=current_user_id())
        audit.record_create(pipeline)
        for position, (stage_name, kind, probability, stuck) in enumerate(DEFAULT_STAGES):
            PipelineStage.create(pipeline=pipeline, name=render(stage_name), position=position, kind=kind,
                                 probability=probability, stuck_days=stuck, created_by=current_user_id())
    return pipeline


def rename_pipeline(pipeline_id: int, name: str) -> Pipeline:
    if not tidy_text(name):
        raise ValidationError([FieldError("name", NO_NAME)])
    with database.atomic():
        pipeline = records.fetch(Pipeline, pipeline_id)
        before = audit.snapshot(pipeline)
        pipeline.name = tidy_text(name)
        pipeline.save()
        audit.record_update(pipeline, before)
    return pipeline


def add_stage(pipeline_id: int, name: str, probability: int, stuck_days: int | None = None,
              after_stage_id: int | None = None) -> Stage:
    """A new open stage, after ``after_stage_id`` (or last among the open stages)."""
    _check_stage(name, probability, stuck_days)
    with database.atomic():
        records.fetch(Pipeline, pipeline_id)
        open_stages = [s for s in stages(pipeline_id) if s.is_open]
        index = next((i + 1 for i, s in enumerate(open_stages) if s.id == after_stage_id), len(open_stages))
        row = PipelineStage.create(pipeline=pipeline_id, name=tidy_text(name), position=index, kind="open",
                                   probability=probability, stuck_days=stuck_days, created_by=current_user_id())
        audit.record_create(row)
        ordered = [s.id for s in open_stages]
        ordered.insert(index, row.id)
        _renumber(ordered)
    return stage(row.id)


def update_stage(stage_id: int, name: str, probability: int, stuck_days: int | None) -> Stage:
    _check_stage(name, probability, stuck_days)
    with database.atomic():
        row = records.fetch(PipelineStage, stage_id)
        before = audit.snapshot(row)
        row.name, row.probability, row.stuck_days = tidy_text(name), probability, stuck_days
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return _stage(row)


def reorder_stages(pipeline_id: int, stage_ids: list[int]) -> None:
    """Put the open stages in this order (all of them, each once)."""
    current = {s.id for s in stages(pipeline_id) if s.is_open}
    if set(stage_ids) != current or len(stage_ids) != len(current):
        raise ValueError("reorder_stages needs every open stage of the pipeline exactly once")
    with database.atomic():
        _renumber(stage_ids)


def _renumber(stage_ids: list[int]) -> None:
    for position, stage_id in enumerate(stage_ids):
        PipelineStage.update(position=position).where(PipelineStage.id == stage_id).execute()


def delete_stage(stage_id: int) -> None:
    """Remove an open stage that holds no open deal (closed deals keep their history)."""
    row = records.fetch(PipelineStage, stage_id)
    if row.kind != "open":
        raise ValueError("the won and lost ends cannot be deleted")
    count = Deal.alive().where((Deal.stage == stage_id) & (Deal.status == "open")).count()
    if count:
        raise ValidationError([FieldError("stage", STAGE_HAS_DEALS, {"count": count})])
    if sum(1 for s in stages(row.__data__["pipeline"]) if s.is_open) <= 1:
        raise ValidationError([FieldError("stage", LAST_OPEN_STAGE)])
    records.soft_delete(PipelineStage, stage_id)
