"""The "How many leads do we need?" box of the Funnel report: a revenue target in, the number of
new leads it takes out (worked out in a worker thread by ``services.funnel.forecast``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from crm_desktop.services.funnel import forecast
from crm_desktop.text.i18n import render
from crm_desktop.text.money import parse_money
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import message_for
from crm_desktop.ui.widgets.common import Card, label
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate


class LeadsNeededBox(Card):
    """A revenue target in, the number of new leads it takes out, explained in one sentence."""

    answered = Signal(str)

    def __init__(self, ctx: AppContext, owner_id: Callable[[], int | None], today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.owner_id, self.today = ctx, owner_id, today
        self.body.addWidget(label(translate("FunnelReport", "How many leads do we need?"), "sectionTitle"))
        row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setObjectName("revenue_target")
        unit = translate("FunnelReport", "Toman") if ctx.prefs.money_unit == "toman" else \
            translate("FunnelReport", "Rial")
        self.amount.setPlaceholderText(translate("FunnelReport", "Revenue target, e.g. {example}").format(
            example=ctx.fmt.money(5_000_000_000)))
        self.amount.setToolTip(translate("FunnelReport", "Amount in {unit}").format(unit=unit))
        self.amount.returnPressed.connect(self.calculate)
        self.button = QPushButton(translate("FunnelReport", "Calculate"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.calculate)
        row.addWidget(self.amount, 1)
        row.addWidget(self.button)
        self.body.addLayout(row)
        self.answer = label("", wrap=True, selectable=True)
        self.answer.setObjectName("leads_answer")
        self.body.addWidget(self.answer)
        self.body.addStretch(1)
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def calculate(self) -> None:
        if self._task is not None:
            return
        try:
            target = parse_money(self.amount.text(), unit=self.ctx.prefs.money_unit)
        except ValueError:
            self._show(translate("FunnelReport", "Type an amount such as {example}.").format(
                example=self.ctx.fmt.money(5_000_000_000)))
            return
        if target <= 0:
            self._show(render(forecast.BAD_TARGET))
            return
        owner, end = self.owner_id(), self.today()
        start = end - dt.timedelta(days=forecast.LOOK_BACK_DAYS - 1)
        task = Task(lambda progress, cancel: forecast.leads_needed(target, start, end, owner_id=owner))
        task.signals.done.connect(lambda result: self._done(task, target, result))
        task.signals.failed.connect(lambda error: self._failed(task, error))
        self._task = task
        self.button.setEnabled(False)
        self.answer.setText(translate("FunnelReport", "Calculating\u2026"))
        QThreadPool.globalInstance().start(task)

    def _done(self, task: Task, target: int, result: forecast.LeadsNeeded) -> None:
        if task is not self._task:
            return
        self._task = None
        self.button.setEnabled(True)
        self._show(self.sentence(target, result))

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self.button.setEnabled(True)
        self._show(message_for(error))

    def _show(self, text: str) -> None:
        self.answer.setText(text)
        self.answered.emit(text)

    def sentence(self, target: int, result: forecast.LeadsNeeded) -> str:
        fmt = self.ctx.fmt
        start, end = result.window
        if result.leads is None:
            return translate("FunnelReport", "It cannot be worked out yet: {reason}").format(
                reason=render(result.reason) if result.reason else "")
        return translate(
            "FunnelReport",
            "To win {target} you need about {leads} new leads: from {start} to {end}, {count} leads came in and "
            "{won} deals from leads were won for {amount}, so a lead was worth about {worth}.").format(
            target=fmt.money(target), leads=fmt.number(result.leads), start=fmt.date(start), end=fmt.date(end),
            count=fmt.number(result.leads_in_window), won=fmt.number(result.won_deals),
            amount=fmt.money(result.won_amount),
            worth=fmt.money(round(result.won_amount / result.leads_in_window)))
