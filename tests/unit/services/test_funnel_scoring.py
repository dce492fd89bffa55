"""Predictive lead scoring (services/funnel/scoring.py), on hand-checked data.

Every deal here belongs to the same owner (the test user), so the owner feature has one value and
a ratio of exactly 1; deals have no lead, city, industry or products unless a test gives them.
"""

from __future__ import annotations

import math

import pytest

from crm_desktop.services import contacts
from crm_desktop.services.funnel import choices, deals, leads, qualification, scoring


@pytest.fixture
def ali(owner):
    return contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))


def source(name: str) -> int:
    return choices.find_choice("source", name)


def closed_deal(ali, source_name: str, won: bool, **kw) -> int:
    deal = deals.create_deal(deals.DealInput(title="قرارداد", contact_id=ali.id, source_id=source(source_name),
                                             **kw))
    if won:
        deals.win_deal(deal.id)
    else:
        deals.lose_deal(deal.id, choices.choices("lost_reason")[0].id)
    return deal.id


def open_deal(ali, source_name: str) -> int:
    return deals.create_deal(deals.DealInput(title="باز", contact_id=ali.id, source_id=source(source_name))).id


def new_lead(source_name: str, **kw) -> int:
    return leads.create_lead(leads.LeadInput(first_name="مریم", phone="09121112233", source_id=source(source_name),
                                             **kw)).id


def test_an_empty_history_gives_the_neutral_estimate(owner):
    model = scoring.train()
    result = model.score_lead(new_lead("Referral"))
    assert (result.probability, result.enough_data, result.reasons) == (50, False, ())


def test_with_too_few_outcomes_only_the_smoothed_prior_is_given(ali):
    for name, won in (("Referral", True), ("Referral", True), ("Instagram", True), ("Referral", False),
                      ("Instagram", False)):
        closed_deal(ali, name, won)
    result = scoring.train().score_deal(open_deal(ali, "Referral"))
    # (3 + 1) / (5 + 2) = 57.1 %, the source not looked at
    assert (result.probability, result.enough_data, result.reasons) == (57, False, ())


def test_smoothing_checked_by_hand_on_a_tiny_history(ali):
    for name, won in (("Referral", True), ("Referral", True), ("Instagram", True), ("Referral", False),
                      ("Instagram", False)):
        closed_deal(ali, name, won)
    model = scoring.train(min_outcomes=5)
    assert (model.won, model.lost, model.enough_data) == (3, 2, True)
    # prior odds (3+1)/(2+1) = 4/3; K = 2 sources
    # Referral: P(.|won) = (2+1)/(3+2) = 3/5, P(.|lost) = (1+1)/(2+2) = 1/2 -> ratio 1.2 -> odds 1.6
    assert model.ratio("source", source("Referral")) == pytest.approx(1.2)
    referral = model.score_deal(open_deal(ali, "Referral"))
    assert referral.chance == pytest.approx(1.6 / 2.6) and referral.probability == 62
    # Instagram: (1+1)/5 = 2/5 against 2/4 -> ratio 0.8 -> odds 16/15
    instagram = model.score_features({"source": source("Instagram")})
    assert instagram.chance == pytest.approx(16 / 31) and instagram.probability == 52
    [reason] = referral.reasons  # the owner (ratio 1) is no reason
    assert (reason.feature, reason.value, reason.direction) == ("source", "Referral", "up")
    assert reason.label == "Source Referral wins 1.2\u00d7 more often"
    assert instagram.reasons[0].label == "Source Instagram wins 1.2\u00d7 less often"  # 1 / 0.8 = 1.25
    # alpha 0.5: odds 3.5/2.5 * (2.5/4) / (1.5/3) = 1.75
    assert scoring.train(alpha=0.5, min_outcomes=5).score_deal(open_deal(ali, "Referral")).chance == pytest.approx(
        1.75 / 2.75)


def test_a_value_never_seen_says_nothing(ali):
    for name, won in (("Referral", True), ("Referral", True), ("Instagram", True), ("Referral", False),
                      ("Instagram", False)):
        closed_deal(ali, name, won)
    model = scoring.train(min_outcomes=5)
    unseen = model.score_features({"source": source("Exhibition"), "city": "یزد", "industry": "Textile",
                                   "answers": {12345: 678}})
    assert unseen.chance == pytest.approx(4 / 7) and unseen.reasons == ()
    assert model.score_lead(new_lead("Flyer", city="یزد")).chance == pytest.approx(4 / 7)


def test_a_predictive_source_scores_higher_and_is_named(ali):
    for i in range(10):
        closed_deal(ali, "Referral", won=i < 8)
        closed_deal(ali, "Instagram", won=i < 1)
    model = scoring.train()
    assert (model.won, model.lost, model.enough_data) == (9, 11, True)
    referral = model.score_lead(new_lead("Referral", city="تهران"))
    instagram = model.score_lead(new_lead("Instagram", city="تهران"))
    # odds 10/12 * (9/11) / (3/13) = 2.95 -> 74.7 %; 10/12 * (2/11) / (10/13) = 0.197 -> 16.5 %
    assert (referral.probability, instagram.probability) == (75, 16)
    assert referral.reasons[0].label == "Source Referral wins 3.5\u00d7 more often"
    assert (instagram.reasons[0].direction, instagram.reasons[0].label) == (
        "down", "Source Instagram wins 4.2\u00d7 less often")
    assert scoring.score_lead(new_lead("Referral")).probability == 75  # the module shortcut, cached model


def test_disqualified_leads_count_as_lost_and_answers_are_features(ali):
    budget = next(q for q in qualification.questions() if q.text == "Is the budget confirmed?")
    yes, no = (next(o.id for o in budget.options if o.text == text) for text in ("Yes", "No"))
    for i in range(6):
        won = new_lead("Website")
        qualification.answer(won, {budget.id: yes})
        deal_id = leads.convert_lead(won, deal=deals.DealInput()).deal_id
        deals.win_deal(deal_id)
        lost = new_lead("Website")
        qualification.answer(lost, {budget.id: no})
        leads.set_status(lost, "disqualified", "بودجه ندارد")
    model = scoring.train()
    assert (model.won, model.lost) == (6, 6)  # each converted lead counted once, through its deal
    case = new_lead("Website")
    qualification.answer(case, {budget.id: yes})  # score 33: bucket 25-49
    result = model.score_lead(case)
    # answer Yes: (6+1)/(6+2) against (0+1)/(6+2) = 7, the same for its score bucket; odds 7/7 * 7 * 7 = 49
    assert result.probability == 98
    assert {(r.feature, r.value, r.direction) for r in result.reasons} >= {("answer", "Yes", "up"),
                                                                          ("score", "25\u201349", "up")}
    answer = next(r for r in result.reasons if r.feature == "answer")
    assert answer.label == "Answer \u201cYes\u201d to \u201cIs the budget confirmed?\u201d wins 7\u00d7 more often"


def test_skewed_history_never_gives_0_or_100():
    features = [("source", 1, ""), ("city", "x", "X"), ("industry", "i", "I"), ("interest", "p", "P"),
                (("answer", 1), 1, ""), ("score", 0, "")]
    opposite = [("source", 2, ""), ("city", "y", "Y"), ("industry", "j", "J"), ("interest", "q", "Q"),
                (("answer", 1), 2, ""), ("score", 3, "")]
    cases = [(False, features)] * 950 + [(True, opposite)] * 50  # 95 % lost
    model = scoring.ScoringModel().fit(cases)
    worst = model.score_items(features)
    best = model.score_items(opposite)
    assert 0 < worst.chance and worst.probability == 1
    assert best.chance < 1 and best.probability == 99
    assert len(best.reasons) == 3 and {r.direction for r in best.reasons} == {"up"}
    assert 1 <= model.score_features({}).probability < 10  # the prior alone: 51 / 1002 = 5 %
    assert math.isclose(model.prior, 51 / 1002)


def test_the_model_is_kept_until_the_outcomes_change(ali):
    for i in range(10):
        closed_deal(ali, "Referral", won=i % 2 == 0)
    first = scoring.train()
    assert scoring.train() is first
    moving = open_deal(ali, "Instagram")
    assert scoring.train() is first  # an open deal is not an outcome
    stages = [s for s in deals.pipelines.stages(deals.get_deal(moving).__data__["pipeline"]) if s.is_open]
    deals.move_deal(moving, stages[1].id)
    assert scoring.train() is first
    deals.win_deal(moving)
    second = scoring.train()
    assert second is not first and (second.won, second.lost) == (6, 5)
    assert scoring.train(force=True) is not second


def test_many_deals_are_scored_in_one_call(ali):
    for i in range(10):
        closed_deal(ali, "Referral", won=i < 8)
        closed_deal(ali, "Instagram", won=i < 1)
    ids = [open_deal(ali, "Referral"), open_deal(ali, "Instagram"), 987654]
    found = scoring.train().score_deals(ids)
    assert sorted(found) == sorted(ids[:2])
    assert (found[ids[0]].probability, found[ids[1]].probability) == (75, 16)
