"""The qualification questionnaire and the lead score (services/funnel/qualification.py).

Default questionnaire (weights 3, 3, 2, 1: total 9):
  budget confirmed?   Yes 10 / Being arranged 5 / No 0            weight 3
  decision maker?     Yes 10 / They influence the decision 5 / No 0 weight 3
  when needed?        This month 10 / This quarter 7 / Later 3 / Unknown 0  weight 2
  company size        1-10: 4 / 11-50: 7 / 51-250: 9 / >250: 10    weight 1
score = 10 * sum(weight * points) / 9, rounded half up.
"""

from __future__ import annotations

import pytest

from crm_desktop.db.models import AuditLog, Lead, LeadAnswer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import leads, qualification as q


@pytest.fixture
def lead(owner) -> Lead:
    return leads.create_lead(leads.LeadInput(first_name="مریم", last_name="کاظمی", phone="09121112233"))


def ids():
    """{question text: (question id, {option text: option id})} of the active questionnaire."""
    return {x.text: (x.id, {o.text: o.id for o in x.options}) for x in q.questions()}


def pick(question: str, option: str) -> tuple[int, int]:
    qid, options = ids()[question]
    return qid, options[option]


BUDGET, DECIDER, WHEN, SIZE = ("Is the budget confirmed?", "Are we talking to the decision maker?",
                               "When is it needed?", "How big is the company?")


def test_the_default_questionnaire_is_made_once_in_order(owner):
    first = q.questions()
    assert [(x.text, x.weight) for x in first] == [(BUDGET, 3), (DECIDER, 3), (WHEN, 2), (SIZE, 1)]
    assert [(o.text, o.points) for o in first[2].options] == [("This month", 10), ("This quarter", 7),
                                                               ("Later", 3), ("Unknown", 0)]
    assert [x.id for x in q.questions()] == [x.id for x in first]


def test_score_weighs_answers_and_counts_unanswered_as_zero(lead):
    lead = q.answer(lead.id, dict([pick(BUDGET, "Yes"), pick(DECIDER, "They influence the decision"),
                                   pick(SIZE, "11 to 50 people")]))
    # 3*10 + 3*5 + 2*0 (unanswered) + 1*7 = 52; 10 * 52 / 9 = 57.8 -> 58
    assert lead.qualification_score == 58 == Lead.get_by_id(lead.id).qualification_score
    breakdown = q.score_breakdown(lead.id)
    assert breakdown.score == 58
    assert [(x.question, x.option, x.points, x.weight) for x in breakdown.lines] == [
        (BUDGET, "Yes", 10, 3), (DECIDER, "They influence the decision", 5, 3), (WHEN, "", 0, 2),
        (SIZE, "11 to 50 people", 7, 1)]
    assert breakdown.lines[2].option_id is None
    assert round(sum(x.share for x in breakdown.lines), 6) == round(520 / 9, 6)


def test_rounding_is_half_up_and_no_questions_gives_no_score():
    assert q.compute_score({1: 1}, {1: 1, 2: 3}) == 3  # 10 * 1 / 4 = 2.5
    assert q.compute_score({1: 10, 2: 10}, {1: 2, 2: 1}) == 100
    assert q.compute_score({1: 10, 9: 10}, {1: 1, 2: 1}) == 50  # 9 is not an active question
    assert q.compute_score({}, {}) is None


def test_a_new_answer_replaces_the_old_one_in_place(lead):
    budget, yes = pick(BUDGET, "Yes")
    _, no = pick(BUDGET, "No")
    decider, decider_yes = pick(DECIDER, "Yes")
    q.answer(lead.id, {budget: yes, decider: decider_yes})  # 60 + 30 = 90 -> 10*60/9 = 66.7 -> 67
    first_row = LeadAnswer.get((LeadAnswer.lead == lead.id) & (LeadAnswer.question == budget))
    assert Lead.get_by_id(lead.id).qualification_score == 67
    assert q.answer(lead.id, {budget: no}).qualification_score == 33  # 30 -> 33.3
    rows = list(LeadAnswer.select().where(LeadAnswer.lead == lead.id))
    assert len(rows) == 2
    replaced = LeadAnswer.get_by_id(first_row.id)
    assert (replaced.__data__["option"], replaced.deleted_at) == (no, None)
    changes = AuditLog.select().where((AuditLog.entity == "lead_answer") & (AuditLog.record_id == first_row.id))
    assert [a.action for a in changes.order_by(AuditLog.id)] == ["create", "update"]


def test_clearing_an_answer_and_answering_again_revives_the_row(lead):
    budget, yes = pick(BUDGET, "Yes")
    q.answer(lead.id, {budget: yes})
    row_id = LeadAnswer.get(LeadAnswer.lead == lead.id).id
    cleared = q.answer(lead.id, {budget: None})
    assert cleared.qualification_score is None and LeadAnswer.get_by_id(row_id).deleted_at is not None
    assert q.answer(lead.id, {budget: yes}).qualification_score == 33  # 30 * 10 / 9
    assert [(r.id, r.deleted_at) for r in LeadAnswer.select()] == [(row_id, None)]


def test_bad_answers_are_refused_and_nothing_is_written(lead, counts):
    q.questions()
    budget, yes = pick(BUDGET, "Yes")
    decider, _ = pick(DECIDER, "Yes")
    before = counts()
    with pytest.raises(ValidationError) as error:
        q.answer(lead.id, {budget: yes, decider: yes, 9999: yes})
    assert {(e.field, str(e.text)) for e in error.value.errors} == {
        (f"answers.{decider}", str(q.WRONG_OPTION)), ("answers.9999", str(q.GONE))}
    q.retire_question(decider)
    after_retire = counts()
    with pytest.raises(ValidationError) as error:
        q.answer(lead.id, {decider: pick_any_option(decider)})
    assert [str(e.text) for e in error.value.errors] == [str(q.RETIRED)]
    assert counts() == after_retire and after_retire["lead_answer"] == before["lead_answer"]


def pick_any_option(question_id: int) -> int:
    return next(x for x in q.questions(include_inactive=True) if x.id == question_id).options[0].id


def test_questions_and_options_are_validated(owner):
    with pytest.raises(ValidationError) as error:
        q.add_question(" ", 0, [("فقط یکی", 11)])
    assert {e.field for e in error.value.errors} == {"text", "weight", "options", "options.0.points"}
    with pytest.raises(ValidationError) as error:
        q.add_question("سابقه خرید دارد؟", 2, [("بله", 10), ("بلــه ", 0)])
    assert [e.field for e in error.value.errors] == ["options"]
    added = q.add_question("سابقه خرید دارد؟", 2, [("بله", 10), ("خیر", 0)])
    assert (added.position, [o.points for o in added.options]) == (4, [10, 0])
    with pytest.raises(ValidationError):
        q.update_question(added.id, "سابقه خرید دارد؟", True)  # a bool is not a weight
    with pytest.raises(ValidationError):
        q.add_option(added.id, "خیر", 3)
    with pytest.raises(ValidationError):
        q.retire_option(added.options[0].id)  # would leave one option
    maybe = q.add_option(added.id, "شاید", 4)
    q.retire_option(maybe.id)
    assert [o.text for o in q.question(added.id).options] == ["بله", "خیر"]


def test_questionnaire_changes_recompute_stored_scores(lead):
    budget, yes = pick(BUDGET, "Yes")
    when, later = pick(WHEN, "Later")
    q.answer(lead.id, {budget: yes, when: later})  # 30 + 6 = 36 -> 40
    assert Lead.get_by_id(lead.id).qualification_score == 40
    q.update_question(budget, BUDGET, 6)  # 60 + 6 = 66 over 12 -> 55
    assert Lead.get_by_id(lead.id).qualification_score == 55
    q.update_option(later, "Later", 5)  # 60 + 10 = 70 over 12 -> 58.3
    assert Lead.get_by_id(lead.id).qualification_score == 58
    q.retire_question(budget)  # 10 over 6 -> 16.7
    assert Lead.get_by_id(lead.id).qualification_score == 17
    assert q.score_breakdown(lead.id).score == 17 and len(q.score_breakdown(lead.id).lines) == 3
    q.restore_question(budget)
    assert Lead.get_by_id(lead.id).qualification_score == 58


def test_a_low_score_is_only_flagged_never_disqualified(lead):
    assert (q.is_qualified(50), q.is_qualified(49), q.is_qualified(None), q.is_qualified(70, threshold=80)) == (
        True, False, False, False)
    budget, no = pick(BUDGET, "No")
    assert q.answer(lead.id, {budget: no}).status == "new"
