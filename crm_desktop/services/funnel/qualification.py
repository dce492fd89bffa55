"""The office's lead qualification questionnaire and the score it gives a lead.

Each active question (in ``position`` order) offers options worth 0..10 points ("how strongly
this answer says *a real buyer*"); each question has a weight >= 1 ("how much it counts against
the others"). The first time the questionnaire is used a default one is made in the current
language (budget, decision maker, timeline, company size); all of it stays editable, and a
question that is no longer asked is retired (``is_active`` off), never deleted, so old answers
keep their meaning.

The score (``Lead.qualification_score``, 0..100)::

    score = round(100 * sum(weight * points / 10) / sum(weight))

over the *active* questions. An unanswered question counts 0 points but its weight stays in the
denominator (not knowing the budget is not a good sign); answers to retired questions are
ignored. The division is rounded half up (62.5 -> 63), in integers. With no active question the
score is ``None``. If a question's best option is worth less than 10 points, no lead reaches 100.

The stored scores follow the questionnaire: changing a weight or points, retiring or restoring a
question or an option recomputes the score of every lead that has answers (one UPDATE per score
value, in the same transaction; the score is derived data, so those rows get no audit row of
their own: the questionnaire change that caused them has one).

A low score does not disqualify a lead by itself: :func:`is_qualified` only compares.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Lead, LeadAnswer, QualificationOption, QualificationQuestion
from crm_desktop.services import audit, records
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text, tidy_text

DEFAULT_THRESHOLD = 50
MAX_WEIGHT = 100
MAX_POINTS = 10

YES = QT_TRANSLATE_NOOP("Funnel", "Yes")
NO = QT_TRANSLATE_NOOP("Funnel", "No")
DEFAULT_QUESTIONS = (  # (question, weight, ((option, points), ...))
    (QT_TRANSLATE_NOOP("Funnel", "Is the budget confirmed?"), 3,
     ((YES, 10), (QT_TRANSLATE_NOOP("Funnel", "Being arranged"), 5), (NO, 0))),
    (QT_TRANSLATE_NOOP("Funnel", "Are we talking to the decision maker?"), 3,
     ((YES, 10), (QT_TRANSLATE_NOOP("Funnel", "They influence the decision"), 5), (NO, 0))),
    (QT_TRANSLATE_NOOP("Funnel", "When is it needed?"), 2,
     ((QT_TRANSLATE_NOOP("Funnel", "This month"), 10), (QT_TRANSLATE_NOOP("Funnel", "This quarter"), 7),
      (QT_TRANSLATE_NOOP("Funnel", "Later"), 3), (QT_TRANSLATE_NOOP("Funnel", "Unknown"), 0))),
    (QT_TRANSLATE_NOOP("Funnel", "How big is the company?"), 1,
     ((QT_TRANSLATE_NOOP("Funnel", "1 to 10 people"), 4), (QT_TRANSLATE_NOOP("Funnel", "11 to 50 people"), 7),
      (QT_TRANSLATE_NOOP("Funnel", "51 to 250 people"), 9), (QT_TRANSLATE_NOOP("Funnel", "More than 250 people"), 10))),
)

NO_QUESTION = QT_TRANSLATE_NOOP("Errors", "Enter the question.")
NO_OPTION = QT_TRANSLATE_NOOP("Errors", "Enter the answer.")
BAD_WEIGHT = QT_TRANSLATE_NOOP("Errors", "A weight is a whole number from 1 to {max}.")
BAD_POINTS = QT_TRANSLATE_NOOP("Errors", "Points are a whole number from 0 to {max}.")
FEW_OPTIONS = QT_TRANSLATE_NOOP("Errors", "A question needs at least two answers to choose from.")
SAME_OPTION = QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is already an answer to this question.")
GONE = QT_TRANSLATE_NOOP("Errors", "The chosen {what} no longer exists; choose another one.")
RETIRED = QT_TRANSLATE_NOOP("Errors", "This question is no longer asked.")
WRONG_OPTION = QT_TRANSLATE_NOOP("Errors", "That answer belongs to another question.")
WHAT_QUESTION = QT_TRANSLATE_NOOP("Entities", "question")
WHAT_ANSWER = QT_TRANSLATE_NOOP("Entities", "answer")


@dataclass(frozen=True)
class Option:
    id: int
    question_id: int
    text: str
    position: int
    points: int


@dataclass(frozen=True)
class Question:
    id: int
    text: str
    position: int
    weight: int
    is_active: bool
    options: tuple[Option, ...]


@dataclass(frozen=True)
class AnswerLine:
    """One row of a lead's score for the UI; ``option_id`` None = not answered (0 points)."""

    question_id: int
    question: str
    weight: int
    option_id: int | None
    option: str
    points: int
    share: float  # what this answer adds to the 0..100 score


@dataclass(frozen=True)
class Breakdown:
    score: int | None
    lines: tuple[AnswerLine, ...]


# --- the questionnaire ------------------------------------------------------------------------

def ensure_default() -> None:
    """Make the default questionnaire (in the current language) when the database has none."""
    if QualificationQuestion.select(QualificationQuestion.id).exists():
        return
    with database.atomic():
        for position, (text, weight, options) in enumerate(DEFAULT_QUESTIONS):
            question = QualificationQuestion.create(text=render(text), weight=weight, position=position,
                                                    created_by=current_user_id())
            audit.record_create(question)
            for option_position, (option, points) in enumerate(options):
                QualificationOption.create(question=question, text=render(option), points=points,
                                           position=option_position, created_by=current_user_id())


def questions(*, include_inactive: bool = False) -> list[Question]:
    """The questionnaire in the office's order, each question with its options in order."""
    ensure_default()
    query = QualificationQuestion.alive(QualificationQuestion.id, QualificationQuestion.text,
                                        QualificationQuestion.position, QualificationQuestion.weight,
                                        QualificationQuestion.is_active)
    if not include_inactive:
        query = query.where(QualificationQuestion.is_active == True)  # noqa: E712 (SQL)
    rows = list(query.order_by(QualificationQuestion.position, QualificationQuestion.id).tuples())
    options: dict[int, list[Option]] = defaultdict(list)
    if rows:
        option_rows = (QualificationOption.alive(QualificationOption.id, QualificationOption.question,
                                                 QualificationOption.text, QualificationOption.position,
                                                 QualificationOption.points)
                       .where(QualificationOption.question.in_([r[0] for r in rows]))
                       .order_by(QualificationOption.position, QualificationOption.id).tuples())
        for option_id, question_id, text, position, points in option_rows:
            options[question_id].append(Option(option_id, question_id, text, position, points))
    return [Question(qid, text, position, weight, bool(active), tuple(options[qid]))
            for qid, text, position, weight, active in rows]


def question(question_id: int) -> Question:
    row = records.fetch(QualificationQuestion, question_id)
    return next(q for q in questions(include_inactive=True) if q.id == row.id)


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_question(text: str, weight: int) -> list[FieldError]:
    errors = []
    if not tidy_text(text):
        errors.append(FieldError("text", NO_QUESTION))
    if not _is_whole(weight) or not 1 <= weight <= MAX_WEIGHT:
        errors.append(FieldError("weight", BAD_WEIGHT, {"max": MAX_WEIGHT}))
    return errors


def _check_option(field: str, text: str, points: int) -> list[FieldError]:
    errors = []
    if not tidy_text(text):
        errors.append(FieldError(f"{field}.text", NO_OPTION))
    if not _is_whole(points) or not 0 <= points <= MAX_POINTS:
        errors.append(FieldError(f"{field}.points", BAD_POINTS, {"max": MAX_POINTS}))
    return errors


def _same_texts(texts: Iterable[str]) -> str | None:
    seen: set[str] = set()
    for text in texts:
        key = normalize_text(text)
        if key in seen:
            return tidy_text(text)
        seen.add(key)
    return None


def add_question(text: str, weight: int, options: list[tuple[str, int]]) -> Question:
    """A new active question (after the others) with its options ``[(text, points), ...]``,
    at least two."""
    errors = _check_question(text, weight)
    if len(options) < 2:
        errors.append(FieldError("options", FEW_OPTIONS))
    for index, (option_text, points) in enumerate(options):
        errors += _check_option(f"options.{index}", option_text, points)
    duplicate = _same_texts(t for t, _ in options)
    if duplicate:
        errors.append(FieldError("options", SAME_OPTION, {"name": duplicate}))
    if errors:
        raise ValidationError(errors)
    ensure_default()
    with database.atomic():
        last = QualificationQuestion.alive().order_by(QualificationQuestion.position.desc()).first()
        row = QualificationQuestion.create(text=tidy_text(text)[:300], weight=weight,
                                           position=(last.position + 1) if last else 0, created_by=current_user_id())
        audit.record_create(row)
        for position, (option_text, points) in enumerate(options):
            option = QualificationOption.create(question=row, text=tidy_text(option_text)[:200], points=points,
                                                position=position, created_by=current_user_id())
            audit.record_create(option)
        recompute_scores()
    return question(row.id)


def update_question(question_id: int, text: str, weight: int, is_active: bool = True) -> Question:
    """Edit the text and weight; ``is_active=False`` retires it (see :func:`retire_question`)."""
    errors = _check_question(text, weight)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        row = records.fetch(QualificationQuestion, question_id)
        before = audit.snapshot(row)
        row.text, row.weight, row.is_active = tidy_text(text)[:300], weight, bool(is_active)
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
            if (before["weight"], before["is_active"]) != (row.weight, row.is_active):
                recompute_scores()
    return question(row.id)


def retire_question(question_id: int) -> Question:
    """Stop asking it: hidden from the questionnaire, its answers kept but no longer scored."""
    row = records.fetch(QualificationQuestion, question_id)
    return update_question(question_id, row.text, row.weight, is_active=False)


def restore_question(question_id: int) -> Question:
    row = records.fetch(QualificationQuestion, question_id)
    return update_question(question_id, row.text, row.weight, is_active=True)


def reorder_questions(question_ids: list[int]) -> None:
    """Put the questions (active and retired, each once) in this order."""
    current = {q.id for q in questions(include_inactive=True)}
    if set(question_ids) != current or len(question_ids) != len(current):
        raise ValueError("reorder_questions needs every question exactly once")
    with database.atomic():
        for position, qid in enumerate(question_ids):
            QualificationQuestion.update(position=position).where(QualificationQuestion.id == qid).execute()


def add_option(question_id: int, text: str, points: int) -> Option:
    """A new option, last of the question's."""
    errors = _check_option("option", text, points)
    existing = question(question_id)
    if not errors and _same_texts([*(o.text for o in existing.options), text]):
        errors.append(FieldError("option.text", SAME_OPTION, {"name": tidy_text(text)}))
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        position = max((o.position for o in existing.options), default=-1) + 1
        row = QualificationOption.create(question=question_id, text=tidy_text(text)[:200], points=points,
                                         position=position, created_by=current_user_id())
        audit.record_create(row)
    return Option(row.id, question_id, row.text, row.position, row.points)


def update_option(option_id: int, text: str, points: int) -> Option:
    errors = _check_option("option", text, points)
    row = records.fetch(QualificationOption, option_id)
    question_id = row.__data__["question"]
    others = [o.text for o in question(question_id).options if o.id != option_id]
    if not errors and _same_texts([*others, text]):
        errors.append(FieldError("option.text", SAME_OPTION, {"name": tidy_text(text)}))
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        before = audit.snapshot(row)
        row.text, row.points = tidy_text(text)[:200], points
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
            if before["points"] != row.points:
                recompute_scores()
    return Option(row.id, question_id, row.text, row.position, row.points)


def retire_option(option_id: int) -> None:
    """No longer offered (soft-deleted). Leads who chose it keep the answer and its points; a
    question keeps at least two options."""
    row = records.fetch(QualificationOption, option_id)
    if len(question(row.__data__["question"]).options) <= 2:
        raise ValidationError([FieldError("options", FEW_OPTIONS)])
    records.soft_delete(QualificationOption, option_id)


def reorder_options(question_id: int, option_ids: list[int]) -> None:
    current = {o.id for o in question(question_id).options}
    if set(option_ids) != current or len(option_ids) != len(current):
        raise ValueError("reorder_options needs every option of the question exactly once")
    with database.atomic():
        for position, oid in enumerate(option_ids):
            QualificationOption.update(position=position).where(QualificationOption.id == oid).execute()


# --- answers and the score --------------------------------------------------------------------

def compute_score(answers: Mapping[int, int], weights: Mapping[int, int]) -> int | None:
    """The 0..100 score from ``{question_id: points}`` of the answered questions and
    ``{question_id: weight}`` of every active question (others' answers are ignored).

    10 * sum(w * p) / sum(w), rounded half up with integers; None without questions."""
    total = sum(weights.values())
    if total <= 0:
        return None
    earned = sum(weight * answers.get(qid, 0) for qid, weight in weights.items())
    return (20 * earned + total) // (2 * total)


def is_qualified(score: int | None, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether a score reaches the office's threshold (a lead never scored is not)."""
    return score is not None and score >= threshold


def _active_weights() -> dict[int, int]:
    query = (QualificationQuestion.alive(QualificationQuestion.id, QualificationQuestion.weight)
             .where(QualificationQuestion.is_active == True).tuples())  # noqa: E712 (SQL)
    return dict(query)


def _answer_points(lead_ids=None):
    """(lead id, question id, points) of the alive answers, of some leads or of all."""
    query = (LeadAnswer.select(LeadAnswer.lead, LeadAnswer.question, QualificationOption.points)
             .join(QualificationOption, on=(LeadAnswer.option == QualificationOption.id))
             .where(LeadAnswer.deleted_at.is_null()))
    if lead_ids is not None:
        query = query.where(LeadAnswer.lead.in_(lead_ids))
    return query.tuples()


def answer(lead_id: int, answers: Mapping[int, int | None]) -> Lead:
    """Store the lead's answers ``{question_id: option_id}`` (None clears one), replacing earlier
    answers to the same questions, and the new score; all in one transaction with audit rows."""
    records.fetch(Lead, lead_id)
    ensure_default()
    wanted = {int(q): (int(o) if o is not None else None) for q, o in answers.items()}
    found_questions = {qid: active for qid, active in QualificationQuestion.alive(
        QualificationQuestion.id, QualificationQuestion.is_active)
        .where(QualificationQuestion.id.in_(list(wanted))).tuples()} if wanted else {}
    option_ids = [o for o in wanted.values() if o is not None]
    found_options = dict(QualificationOption.alive(QualificationOption.id, QualificationOption.question)
                         .where(QualificationOption.id.in_(option_ids)).tuples()) if option_ids else {}
    errors = []
    for qid, oid in wanted.items():
        field = f"answers.{qid}"
        if qid not in found_questions:
            errors.append(FieldError(field, GONE, {"what": WHAT_QUESTION}))
        elif oid is None:
            continue
        elif not found_questions[qid]:
            errors.append(FieldError(field, RETIRED))
        elif oid not in found_options:
            errors.append(FieldError(field, GONE, {"what": WHAT_ANSWER}))
        elif found_options[oid] != qid:
            errors.append(FieldError(field, WRONG_OPTION))
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        lead = records.fetch(Lead, lead_id)
        existing = {row.__data__["question"]: row for row in
                    LeadAnswer.select().where((LeadAnswer.lead == lead_id) & LeadAnswer.question.in_(list(wanted)))} \
            if wanted else {}
        now = utcnow()
        for qid, oid in wanted.items():
            row = existing.get(qid)
            if oid is None:
                if row is not None and row.deleted_at is None:
                    row.deleted_at = now
                    row.save()
                    audit.record_delete(row)
            elif row is None:
                row = LeadAnswer.create(lead=lead_id, question=qid, option=oid, created_by=current_user_id())
                audit.record_create(row)
            elif row.deleted_at is not None or row.__data__["option"] != oid:
                before = audit.snapshot(row)
                row.option, row.deleted_at = oid, None
                row.save()
                audit.record_update(row, before)
        before = audit.snapshot(lead)
        lead.qualification_score = score_of(lead_id)
        if audit.diff(before, audit.snapshot(lead)):
            lead.save()
            audit.record_update(lead, before)
    return lead


def score_of(lead_id: int) -> int | None:
    """The lead's score from its stored answers, as :func:`answer` stores it (None: no answers)."""
    points = {qid: p for _, qid, p in _answer_points([lead_id])}
    return compute_score(points, _active_weights()) if points else None


def recompute_scores() -> int:
    """Recompute every answered lead's stored score after the questionnaire changed (one UPDATE per
    distinct score); returns how many leads changed."""
    weights = _active_weights()
    points: dict[int, dict[int, int]] = defaultdict(dict)
    for lead_id, qid, p in _answer_points():
        points[lead_id][qid] = p
    stored = dict(Lead.select(Lead.id, Lead.qualification_score)
                  .where(Lead.deleted_at.is_null() & Lead.id.in_(
                      LeadAnswer.select(LeadAnswer.lead).where(LeadAnswer.deleted_at.is_null()))).tuples())
    changed: dict[int | None, list[int]] = defaultdict(list)
    for lead_id, old in stored.items():
        new = compute_score(points.get(lead_id, {}), weights)
        if new != old:
            changed[new].append(lead_id)
    now = utcnow()
    with database.atomic():
        for score, lead_ids in changed.items():
            for start in range(0, len(lead_ids), 500):
                (Lead.update(qualification_score=score, updated_at=now)
                 .where(Lead.id.in_(lead_ids[start:start + 500])).execute())
    return sum(len(ids) for ids in changed.values())


def score_breakdown(lead_id: int) -> Breakdown:
    """Per active question (in order): the text, the chosen option (or none), points, weight and
    what it adds to the score; with the score itself."""
    records.fetch(Lead, lead_id)
    active = questions()
    chosen = dict(LeadAnswer.select(LeadAnswer.question, LeadAnswer.option)
                  .where((LeadAnswer.lead == lead_id) & LeadAnswer.deleted_at.is_null()).tuples())
    options = {o.id: o for q in active for o in q.options}
    missing = [oid for oid in chosen.values() if oid not in options]  # retired options still count
    if missing:
        for oid, qid, text, position, points in (QualificationOption.select(
                QualificationOption.id, QualificationOption.question, QualificationOption.text,
                QualificationOption.position, QualificationOption.points)
                .where(QualificationOption.id.in_(missing)).tuples()):
            options[oid] = Option(oid, qid, text, position, points)
    total = sum(q.weight for q in active)
    lines = []
    for q in active:
        option = options.get(chosen.get(q.id, -1))
        points = option.points if option else 0
        lines.append(AnswerLine(q.id, q.text, q.weight, option.id if option else None, option.text if option else "",
                                points, 10 * q.weight * points / total if total else 0.0))
    weights = {q.id: q.weight for q in active}
    score = compute_score({line.question_id: line.points for line in lines if line.option_id is not None}, weights) \
        if chosen else None
    return Breakdown(score, tuple(lines))


__all__ = ["AnswerLine", "Breakdown", "DEFAULT_THRESHOLD", "Option", "Question", "add_option", "add_question",
           "answer", "compute_score", "ensure_default", "is_qualified", "questions", "recompute_scores",
           "reorder_options", "reorder_questions", "restore_question", "retire_option", "retire_question",
           "score_breakdown", "score_of", "update_option", "update_question"]
