"""Predictive lead scoring, learned from the office's own closed outcomes (as Odoo's predictive
lead scoring): a naive Bayes classifier over categorical features.

Outcomes: every deal won or lost (its features taken from the deal and from the lead it came
from, when there is one), and every disqualified lead that has no closed deal (counted lost).

Features of an outcome (or of the lead/deal being scored); a feature with no value is left out:
  source    the deal's source, else the lead's
  owner     the deal's owner, else the lead's
  city      the lead's city, else the company's, else the person's (normalised)
  industry  the lead's industry, else the company's (normalised)
  interest  the deal's products, else the lead's interest (normalised)
  answer    each qualification answer: question -> option (active questions only)
  score     the qualification score bucket: 0-24, 25-49, 50-74, 75-100

The arithmetic, with ``a`` = alpha (1 by default: add-one smoothing)::

  prior odds          (won + a) / (lost + a)
  P(v | won)          (won outcomes with v + a) / (won outcomes with the feature + a * K)
  P(v | lost)         the same over lost outcomes
  odds                prior odds * product over the features of P(v | won) / P(v | lost)
  probability         odds / (1 + odds), kept within 0.1..99.9 % and shown as a whole percent 1..99

where K is how many different values the feature took in the outcomes. The products are sums of
logarithms. A value never seen in any outcome says nothing (ratio 1). The reasons are the three
features whose ratio moved the odds most, up or down.

With fewer than ``min_outcomes`` closed outcomes, or none won or none lost, there is nothing to
learn from: the estimate is the smoothed prior alone (50 % on an empty database), no reasons,
``enough_data=False``.

:func:`train` builds the model with one pass over plain tuples and keeps it while the data's
fingerprint (closed deals per status, newest ``updated_at`` and highest id of the tables it
reads) stays the same, so the board can score thousands of cards (:meth:`ScoringModel.score_deals`)
without learning again.
"""

from __future__ import annotations

import math
import threading
import weakref
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from peewee import JOIN, fn

from crm_desktop.db.base import database
from crm_desktop.db.models import (Contact, Deal, Lead, LeadAnswer, LeadSource, Organization, QualificationOption,
                                   QualificationQuestion, User)
from crm_desktop.services.errors import NotFoundError
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText
from crm_desktop.text.normalize import normalize_text, tidy_text

DEFAULT_ALPHA = 1.0
DEFAULT_MIN_OUTCOMES = 10
TOP_REASONS = 3
CLOSED = ("won", "lost")
SCORE_BUCKETS = ((0, 24), (25, 49), (50, 74), (75, 100))
_CHUNK = 500  # ids per IN (...) list
_MIN_LOG_RATIO = math.log(1.05)  # a ratio within 5 % of 1 is no reason
_MAX_LOGIT = math.log(999)  # naive Bayes is overconfident: never more sure than 99.9 %

TEMPLATES: dict[tuple[str, str], TranslatableText] = {
    ("source", "up"): QT_TRANSLATE_NOOP("Funnel", "Source {value} wins {ratio}\u00d7 more often"),
    ("source", "down"): QT_TRANSLATE_NOOP("Funnel", "Source {value} wins {ratio}\u00d7 less often"),
    ("owner", "up"): QT_TRANSLATE_NOOP("Funnel", "Deals of {value} win {ratio}\u00d7 more often"),
    ("owner", "down"): QT_TRANSLATE_NOOP("Funnel", "Deals of {value} win {ratio}\u00d7 less often"),
    ("city", "up"): QT_TRANSLATE_NOOP("Funnel", "Customers in {value} win {ratio}\u00d7 more often"),
    ("city", "down"): QT_TRANSLATE_NOOP("Funnel", "Customers in {value} win {ratio}\u00d7 less often"),
    ("industry", "up"): QT_TRANSLATE_NOOP("Funnel", "Industry {value} wins {ratio}\u00d7 more often"),
    ("industry", "down"): QT_TRANSLATE_NOOP("Funnel", "Industry {value} wins {ratio}\u00d7 less often"),
    ("interest", "up"): QT_TRANSLATE_NOOP("Funnel", "Interest in {value} wins {ratio}\u00d7 more often"),
    ("interest", "down"): QT_TRANSLATE_NOOP("Funnel", "Interest in {value} wins {ratio}\u00d7 less often"),
    ("answer", "up"): QT_TRANSLATE_NOOP("Funnel", "Answer \u201c{value}\u201d to \u201c{question}\u201d wins "
                                                  "{ratio}\u00d7 more often"),
    ("answer", "down"): QT_TRANSLATE_NOOP("Funnel", "Answer \u201c{value}\u201d to \u201c{question}\u201d wins "
                                                    "{ratio}\u00d7 less often"),
    ("score", "up"): QT_TRANSLATE_NOOP("Funnel", "A qualification score of {value} wins {ratio}\u00d7 more often"),
    ("score", "down"): QT_TRANSLATE_NOOP("Funnel", "A qualification score of {value} wins {ratio}\u00d7 less often"),
}


@dataclass(frozen=True)
class Reason:
    """One feature that moved the estimate: ``ratio`` = P(value | won) / P(value | lost) (> 1 up)."""

    feature: str  # source / owner / city / industry / interest / answer / score
    value: str  # the value as people read it
    direction: str  # "up" / "down"
    ratio: float
    template: TranslatableText
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The reason in the current language, e.g. "Source Referral wins 4.5× more often"."""
        return render(self.template, self.params)


@dataclass(frozen=True)
class Score:
    probability: int  # % chance to win, 1..99
    chance: float  # the same, unrounded, 0..1
    enough_data: bool
    reasons: tuple[Reason, ...] = ()


# a feature key: "source", "owner", "city", "industry", "interest", "score" or ("answer", question id)
FeatureKey = Hashable


def score_bucket(score: int | None) -> int | None:
    """The index in SCORE_BUCKETS of a 0..100 qualification score."""
    if score is None:
        return None
    return next((i for i, (low, high) in enumerate(SCORE_BUCKETS) if low <= score <= high), None)


@lru_cache(maxsize=8192)
def _text(text: str) -> tuple[str, str] | None:
    key = normalize_text(text)
    return (key, tidy_text(text)) if key else None


def _texts(*candidates: str | None) -> tuple[str, str] | None:
    """(normalised key, shown text) of the first non-blank candidate."""
    for text in candidates:
        if text:
            found = _text(text)
            if found is not None:
                return found
    return None


def _rows(query):
    """The query's rows as the driver gives them (ids, text, numbers: no per-value conversion)."""
    return database.execute(query)


def _features(source, owner, city, industry, interest, qualification, answers) -> list[tuple[FeatureKey, Any, str]]:
    """(feature, value, shown text or "") of one outcome or case; missing values are left out."""
    items: list[tuple[FeatureKey, Any, str]] = []
    if source is not None:
        items.append(("source", source, ""))
    if owner is not None:
        items.append(("owner", owner, ""))
    for name, found in (("city", city), ("industry", industry), ("interest", interest)):
        if found is not None:
            items.append((name, found[0], found[1]))
    bucket = score_bucket(qualification)
    if bucket is not None:
        items.append(("score", bucket, ""))
    for question_id, option_id in answers:
        items.append((("answer", question_id), option_id, ""))
    return items


# --- reading the data (plain tuples) -------------------------------------------------------------

def _deal_query():
    """Per deal: id, status, source, owner, lead id, then the texts the features come from."""
    return (Deal.select(Deal.id, Deal.status, fn.COALESCE(Deal.source, Lead.source),
                        fn.COALESCE(Deal.owner, Lead.owner), Lead.id, Lead.city, Organization.city, Contact.city,
                        Lead.industry, Organization.industry, Deal.products, Lead.interest, Lead.qualification_score)
            .join(Lead, JOIN.LEFT_OUTER, on=((Deal.lead == Lead.id) & Lead.deleted_at.is_null()))
            .switch(Deal).join(Organization, JOIN.LEFT_OUTER, on=(Deal.organization == Organization.id))
            .switch(Deal).join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
            .where(Deal.deleted_at.is_null()))


def _deal_case(row, answers: Mapping[int, list]) -> tuple[int, str, list]:
    (deal_id, status, source, owner, lead_id, lead_city, org_city, person_city, lead_industry, org_industry,
     products, interest, qualification) = row
    return deal_id, status, _features(source, owner, _texts(lead_city, org_city, person_city),
                                      _texts(lead_industry, org_industry), _texts(products, interest),
                                      qualification, answers.get(lead_id, ()))


def _lead_query():
    return Lead.select(Lead.id, Lead.status, Lead.source, Lead.owner, Lead.city, Lead.industry, Lead.interest,
                       Lead.qualification_score).where(Lead.deleted_at.is_null())


def _lead_case(row, answers: Mapping[int, list]) -> tuple[int, str, list]:
    lead_id, status, source, owner, city, industry, interest, qualification = row
    return lead_id, status, _features(source, owner, _texts(city), _texts(industry), _texts(interest), qualification,
                                      answers.get(lead_id, ()))


def _answers(lead_ids) -> dict[int, list[tuple[int, int]]]:
    """{lead id: [(question, option)]} of alive answers to active questions; ``lead_ids`` is a list
    or a subquery."""
    query = (LeadAnswer.select(LeadAnswer.lead, LeadAnswer.question, LeadAnswer.option)
             .join(QualificationQuestion, on=(LeadAnswer.question == QualificationQuestion.id))
             .where(LeadAnswer.deleted_at.is_null() & QualificationQuestion.deleted_at.is_null()
                    & (QualificationQuestion.is_active == True)  # noqa: E712 (SQL)
                    & LeadAnswer.lead.in_(lead_ids)))
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for lead_id, question_id, option_id in _rows(query):
        found[lead_id].append((question_id, option_id))
    return found


def _closed_deal_leads():
    return Deal.select(Deal.lead).where(Deal.deleted_at.is_null() & Deal.status.in_(CLOSED) & Deal.lead.is_null(False))


def outcomes() -> Iterable[tuple[bool, list]]:
    """(won?, features) of every closed outcome: won/lost deals, then disqualified leads without
    a closed deal."""
    lost_leads = _lead_query().where((Lead.status == "disqualified") & Lead.id.not_in(_closed_deal_leads()))
    answers = _answers(_closed_deal_leads())
    answers.update(_answers(lost_leads.select(Lead.id)))
    for row in _rows(_deal_query().where(Deal.status.in_(CLOSED))):
        _, status, features = _deal_case(row, answers)
        yield status == "won", features
    for row in _rows(lost_leads):
        yield False, _lead_case(row, answers)[2]


def _labels() -> dict[str, dict]:
    """Display names of the id-valued features (small tables, deleted rows included)."""
    return {
        "source": dict(LeadSource.select(LeadSource.id, LeadSource.name).tuples()),
        "owner": {uid: full or name for uid, full, name in
                  User.select(User.id, User.full_name, User.username).tuples()},
        "question": dict(QualificationQuestion.select(QualificationQuestion.id, QualificationQuestion.text).tuples()),
        "option": dict(QualificationOption.select(QualificationOption.id, QualificationOption.text).tuples()),
    }


def fingerprint() -> tuple:
    """Cheap, and changes whenever the learned model could: closed deals per status and the newest
    ``updated_at`` among them (moves between open stages do not count), then the highest id and
    newest ``updated_at`` of each other table the model reads (a soft delete or an edit bumps
    ``updated_at``, a new row the id). Each value is answered by an index, never a table scan."""
    closed = tuple(_rows(Deal.select(Deal.status, fn.COUNT(Deal.id)).where(Deal.status.in_(CLOSED))
                         .group_by(Deal.status).order_by(Deal.status)))
    # "status || ''" keeps the planner off the status index: the updated_at index read backwards
    # stops at the first closed deal
    newest = _rows(Deal.select(Deal.updated_at).where(Deal.status.concat("").in_(CLOSED))
                   .order_by(Deal.updated_at.desc()).limit(1)).fetchone()
    others = tuple(value for model in (Lead, LeadAnswer, QualificationQuestion, QualificationOption, LeadSource, User)
                   for value in (model.select(fn.MAX(model.id)).scalar(),
                                 model.select(fn.MAX(model.updated_at)).scalar()))
    return (closed, newest, *others)


# --- the model -------------------------------------------------------------------------------------

class ScoringModel:
    """What the outcomes taught: a log likelihood ratio per seen (feature, value) and the prior."""

    def __init__(self, alpha: float = DEFAULT_ALPHA, min_outcomes: int = DEFAULT_MIN_OUTCOMES) -> None:
        if alpha <= 0:
            raise ValueError("alpha must be > 0")
        self.alpha = alpha
        self.min_outcomes = min_outcomes
        self.won = self.lost = 0
        self.fingerprint: tuple | None = None
        self._log_ratio: dict[tuple[FeatureKey, Any], float] = {}
        self._shown: dict[tuple[FeatureKey, Any], str] = {}
        self._labels: dict[str, dict] = {"source": {}, "owner": {}, "question": {}, "option": {}}

    # learning
    def fit(self, cases: Iterable[tuple[bool, list]], labels: dict[str, dict] | None = None) -> ScoringModel:
        """Count one pass of (won?, features) and turn the counts into smoothed log ratios."""
        counts: dict[tuple[FeatureKey, Any], list[int]] = defaultdict(lambda: [0, 0])
        present: dict[FeatureKey, list[int]] = defaultdict(lambda: [0, 0])
        for won, features in cases:
            side = 0 if won else 1
            if won:
                self.won += 1
            else:
                self.lost += 1
            for feature, value, shown in features:
                counts[(feature, value)][side] += 1
                present[feature][side] += 1
                if shown and (feature, value) not in self._shown:
                    self._shown[(feature, value)] = shown
        kinds: dict[FeatureKey, int] = defaultdict(int)
        for feature, _ in counts:
            kinds[feature] += 1
        a = self.alpha
        for (feature, value), (won_count, lost_count) in counts.items():
            won_total, lost_total = present[feature]
            k = kinds[feature]
            p_won = (won_count + a) / (won_total + a * k)
            p_lost = (lost_count + a) / (lost_total + a * k)
            self._log_ratio[(feature, value)] = math.log(p_won) - math.log(p_lost)
        if labels is not None:
            self._labels = labels
        return self

    @property
    def outcomes(self) -> int:
        return self.won + self.lost

    @property
    def enough_data(self) -> bool:
        return self.outcomes >= self.min_outcomes and self.won > 0 and self.lost > 0

    @property
    def prior(self) -> float:
        """P(won) before looking at any feature, smoothed."""
        return (self.won + self.alpha) / (self.outcomes + 2 * self.alpha)

    def ratio(self, feature: FeatureKey, value: Any) -> float:
        """P(value | won) / P(value | lost); 1 for a value never seen."""
        return math.exp(self._log_ratio.get((feature, value), 0.0))

    # scoring
    def score_items(self, features: list) -> Score:
        """Score a case given as (feature, value, shown text) items, as :func:`outcomes` yields them."""
        prior_logit = math.log(self.won + self.alpha) - math.log(self.lost + self.alpha)
        if not self.enough_data:
            return _score(prior_logit, False, ())
        logit = prior_logit
        moved = []
        for feature, value, _ in features:
            log_ratio = self._log_ratio.get((feature, value))
            if log_ratio is None:
                continue
            logit += log_ratio
            if abs(log_ratio) >= _MIN_LOG_RATIO:
                moved.append((abs(log_ratio), feature, value, log_ratio))
        moved.sort(key=lambda item: item[0], reverse=True)
        reasons = tuple(self._reason(feature, value, log_ratio) for _, feature, value, log_ratio in moved[:TOP_REASONS])
        return _score(logit, True, reasons)

    def _reason(self, feature: FeatureKey, value: Any, log_ratio: float) -> Reason:
        ratio = math.exp(log_ratio)
        direction = "up" if log_ratio > 0 else "down"
        shown_ratio = round(ratio if ratio >= 1 else 1 / ratio, 1)
        params: dict[str, Any] = {"ratio": int(shown_ratio) if shown_ratio.is_integer() else shown_ratio}
        if isinstance(feature, tuple):  # ("answer", question id)
            name = "answer"
            params["question"] = self._labels["question"].get(feature[1], "")
            shown = self._labels["option"].get(value, "")
        elif feature in ("source", "owner"):
            name, shown = feature, self._labels[feature].get(value, "")
        elif feature == "score" and value in range(len(SCORE_BUCKETS)):
            low, high = SCORE_BUCKETS[value]
            name, shown = feature, f"{low}\u2013{high}"
        else:
            name, shown = feature, self._shown.get((feature, value), str(value))
        params["value"] = shown
        return Reason(name, shown, direction, ratio, TEMPLATES[(name, direction)], params)

    def score_features(self, features: Mapping[str, Any]) -> Score:
        """Score a case given as ``{"source": id, "owner": id, "city": text, "industry": text,
        "interest": text, "qualification_score": 0..100, "answers": {question id: option id}}``
        (any of them may be missing)."""
        answers = features.get("answers") or {}
        return self.score_items(_features(
            features.get("source"), features.get("owner"), _texts(features.get("city")),
            _texts(features.get("industry")), _texts(features.get("interest")), features.get("qualification_score"),
            sorted(answers.items())))

    def score_leads(self, lead_ids: Iterable[int]) -> dict[int, Score]:
        """Scores of many leads (missing ones left out), a few queries per 500 leads."""
        found: dict[int, Score] = {}
        ids = list(dict.fromkeys(lead_ids))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            answers = _answers(chunk)
            for row in _rows(_lead_query().where(Lead.id.in_(chunk))):
                lead_id, _, features = _lead_case(row, answers)
                found[lead_id] = self.score_items(features)
        return found

    def score_deals(self, deal_ids: Iterable[int]) -> dict[int, Score]:
        """Scores of many deals (missing ones left out), a few queries per 500 deals."""
        found: dict[int, Score] = {}
        ids = list(dict.fromkeys(deal_ids))
        for start in range(0, len(ids), _CHUNK):
            rows = list(_rows(_deal_query().where(Deal.id.in_(ids[start:start + _CHUNK]))))
            answers = _answers([row[4] for row in rows if row[4] is not None])
            for row in rows:
                deal_id, _, features = _deal_case(row, answers)
                found[deal_id] = self.score_items(features)
        return found

    def score_lead(self, lead_id: int) -> Score:
        found = self.score_leads([lead_id])
        if lead_id not in found:
            raise NotFoundError("lead", lead_id)
        return found[lead_id]

    def score_deal(self, deal_id: int) -> Score:
        found = self.score_deals([deal_id])
        if deal_id not in found:
            raise NotFoundError("deal", deal_id)
        return found[deal_id]


def _score(logit: float, enough: bool, reasons: tuple[Reason, ...]) -> Score:
    logit = max(-_MAX_LOGIT, min(_MAX_LOGIT, logit))
    chance = 1.0 / (1.0 + math.exp(-logit))
    return Score(min(99, max(1, int(100 * chance + 0.5))), chance, enough, reasons)


# --- training, cached per database and fingerprint ------------------------------------------------

_lock = threading.Lock()
_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # database -> {(alpha, min): model}


def train(alpha: float = DEFAULT_ALPHA, min_outcomes: int = DEFAULT_MIN_OUTCOMES, *, force: bool = False
          ) -> ScoringModel:
    """The model learned from the current outcomes; the cached one while the data's fingerprint is
    unchanged (``force`` learns again anyway)."""
    db = database.obj
    key = (alpha, min_outcomes)
    current = fingerprint()
    with _lock:
        cached = _cache.get(db, {}).get(key)
    if cached is not None and cached.fingerprint == current and not force:
        return cached
    model = ScoringModel(alpha, min_outcomes).fit(outcomes(), _labels())
    model.fingerprint = current
    with _lock:
        _cache.setdefault(db, {})[key] = model
    return model


def score_lead(lead_id: int) -> Score:
    return train().score_lead(lead_id)


def score_deal(deal_id: int) -> Score:
    return train().score_deal(deal_id)


__all__ = ["Reason", "Score", "ScoringModel", "fingerprint", "outcomes", "score_bucket", "score_deal", "score_lead",
           "train"]
