"""Saving a deal from its form, next step included, in one transaction.

The form's "next activity" (what and which day) is no longer text kept on the deal: it is the deal's
earliest open activity (:mod:`crm_desktop.services.activities.deal_steps`). So the deal's own fields
are saved first, keeping the stored next step as it is, and then, when the form's next step was
changed, :func:`activity_service.set_deal_next_step` moves the earliest open activity, or schedules an
all-day task for the deal's owner. A next step typed on a deal before activities existed (no open
activity behind it) is cleared when the form's field is emptied; one that is an open activity is
refused with a word on how to clear it (done or deleted under the form's Activities), and keeps a day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from crm_desktop.db.base import database
from crm_desktop.db.models import Deal
from crm_desktop.services.activities import activity_service, deal_steps
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel import deals
from crm_desktop.services.funnel.deals import DealInput
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

FIELD = "next_activity"  # where the form shows a problem with the next step
STEP_IS_OPEN = QT_TRANSLATE_NOOP("Errors", "The next step is the open activity \u201c{subject}\u201d: to clear it, "
                                           "mark it done or delete it under Activities.")
NEEDS_DAY = QT_TRANSLATE_NOOP("Errors", "Choose the day of the next step.")


@dataclass(frozen=True)
class NextStep:
    subject: str
    day: dt.date | None

    @property
    def empty(self) -> bool:
        return not tidy_text(self.subject) and self.day is None


def save_deal(deal_id: int | None, data: DealInput, next_step: NextStep | None = None, *,
              remind_before: int | None = None, tz: dt.tzinfo | None = None) -> Deal:
    """Create (``deal_id`` None) or update a deal; ``next_step`` (None: left as it is) becomes the deal's
    earliest open activity. Raises ValidationError (a next step's problem on the field ``next_activity``);
    nothing is written then. A next step that is an open activity is not cleared from here (the form
    says how), and keeps a day."""
    if next_step is not None and deal_id is not None:
        current = deal_steps.earliest_open(deal_id)
        if current is not None and next_step.empty:
            raise ValidationError([FieldError(FIELD, STEP_IS_OPEN, {"subject": current[0]})])
        if current is not None and next_step.day is None:
            raise ValidationError([FieldError(FIELD, NEEDS_DAY)])
    with database.atomic():
        if deal_id is None:
            saved = deals.create_deal(replace(data, next_activity="", next_activity_at=None))
        else:
            current = deals.get_deal(deal_id)
            kept = replace(data, next_activity=current.next_activity, next_activity_at=current.next_activity_at)
            if next_step is not None and next_step.empty and deal_steps.earliest_open(deal_id) is None:
                kept = replace(kept, next_activity="", next_activity_at=None)  # a typed-only step, cleared
            saved = deals.update_deal(deal_id, kept)
        if next_step is not None and not next_step.empty:
            try:
                activity_service.set_deal_next_step(saved.id, next_step.subject, next_step.day,
                                                    remind_before=remind_before, tz=tz)
            except ValidationError as failure:
                raise ValidationError([FieldError(FIELD, e.text, e.params) for e in failure.errors]) from None
    return deals.get_deal(saved.id)
