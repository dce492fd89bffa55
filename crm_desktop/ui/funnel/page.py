"""The Funnel area: the filters (pipeline, search, owner, source, expected close), the board or the
list of the same deals, and the deal form opened from either."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import customer_list, users
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.funnel import board, choices, deals, pipelines
from crm_desktop.services.funnel.board import BoardFilter
from crm_desktop.text import i18n
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.board_view import BoardView
from crm_desktop.ui.funnel.deal_dialog import DealDialog
from crm_desktop.ui.funnel.deal_list import DealListView
from crm_desktop.ui.funnel.target_bar import TargetBar
from crm_desktop.ui.widgets.common import page_header
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate


class FunnelFilters(QWidget):
    """Owner, source and expected-close range (the pipeline and the search sit above the board)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        anyone = translate("FunnelFilters", "Any")
        self.owner, self.source = QComboBox(), QComboBox()
        for combo in (self.owner, self.source):
            combo.addItem(anyone, None)
            combo.setMinimumWidth(140)
        for user in users.active_users():
            self.owner.addItem(user.display_name, user.id)
        for choice in choices.choices("source"):
            self.source.addItem(choice.name, choice.id)
        self.close_from, self.close_to = DateField(ctx.fmt), DateField(ctx.fmt)
        clear = QPushButton(translate("FunnelFilters", "Clear filters"))
        clear.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for caption, widget in ((translate("FunnelFilters", "Owner"), self.owner),
                                (translate("FunnelFilters", "Source"), self.source),
                                (translate("FunnelFilters", "Closing from"), self.close_from),
                                (translate("FunnelFilters", "to"), self.close_to)):
            row.addWidget(QLabel(caption))
            row.addWidget(widget)
        row.addWidget(clear)
        row.addStretch(1)
        for combo in (self.owner, self.source):
            combo.currentIndexChanged.connect(self.changed)
        for field in (self.close_from, self.close_to):
            field.changed.connect(self.changed)

    def clear(self) -> None:
        for combo in (self.owner, self.source):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for field in (self.close_from, self.close_to):
            field.set_value(None)
        self.changed.emit()


class FunnelPage(QWidget):
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.pipeline = QComboBox()
        for pipeline in pipelines.pipelines():
            self.pipeline.addItem(pipeline.name, pipeline.id)
        self.pipeline.currentIndexChanged.connect(self.apply_filters)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Funnel", "Search deal, person or company\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.filters = FunnelFilters(ctx)
        self.filters.setVisible(False)
        self.filters.changed.connect(self.apply_filters)
        self.filters_button = QPushButton(translate("Funnel", "Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.board_button = QPushButton(translate("Funnel", "Board"))
        self.list_button = QPushButton(translate("Funnel", "List"))
        self.view_group = QButtonGroup(self)
        for button in (self.board_button, self.list_button):
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.board_button.setChecked(True)
        self.board_button.toggled.connect(lambda on: on and self.show_board())
        self.list_button.toggled.connect(lambda on: on and self.show_list())
        self.new_button = QPushButton(translate("Funnel", "New deal"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.new_deal())

        self.board = BoardView(ctx)
        self.list = DealListView(ctx)
        for view in (self.board, self.list):
            view.open_requested.connect(self.open_deal)
            view.status.connect(self.status)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.list)
        self.target_bar = TargetBar(ctx)
        self.board.changed.connect(self.target_bar.refresh)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 2)
        top.addWidget(self.pipeline)
        top.addWidget(self.filters_button)
        top.addStretch(1)
        toggle = QHBoxLayout()
        toggle.setSpacing(0)
        toggle.addWidget(self.board_button)
        toggle.addWidget(self.list_button)
        top.addLayout(toggle)
        top.addSpacing(8)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(page_header(translate("Funnel", "Sales funnel")))
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.target_bar)
        layout.addWidget(self.stack, 1)
        self._loaded = False

    def current_filter(self) -> BoardFilter:
        f = self.filters
        return BoardFilter(pipeline_id=self.pipeline.currentData(), owner_id=f.owner.currentData(),
                           source_id=f.source.currentData(), close_from=f.close_from.value(),
                           close_to=f.close_to.value(), text=self.search.text())

    def apply_filters(self) -> None:
        f = self.current_filter()
        self.board.filter = self.list.filter = f
        self.refresh()
        active = f.active_count() - (1 if f.text.strip() else 0)
        self.filters_button.setText(translate("Funnel", "Filters ({count})").format(
            count=self.ctx.fmt.number(active)) if active else translate("Funnel", "Filters"))

    def refresh(self) -> None:
        """Read the shown view again (the main window calls this when the area is opened)."""
        self._loaded = True
        self.target_bar.refresh()
        if self.stack.currentWidget() is self.board:
            self.board.reload()
        else:
            self.list.reload()

    def show_board(self) -> None:
        self.board_button.setChecked(True)
        self.stack.setCurrentWidget(self.board)
        self.board.reload()

    def show_list(self) -> None:
        self.list_button.setChecked(True)
        self.stack.setCurrentWidget(self.list)
        self.list.reload()

    def new_deal(self) -> DealDialog:
        dialog = DealDialog(self.ctx, None, self, pipeline_id=self.pipeline.currentData())
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def open_deal(self, deal_id: int) -> DealDialog:
        dialog = DealDialog(self.ctx, deal_id, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: DealDialog) -> None:
        self.target_bar.refresh()
        if self.stack.currentWidget() is self.board:
            self.board.reload(select=dialog.result_id)
        else:
            self.list.reload()
        dialog.deleteLater()

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """What the screenshots command shows of this area."""
        states: dict[str, Callable[[], object]] = {"board": self.show_board, "list": self.show_list}
        shown = self.board.columns and next((c.model.cards[0].id for c in reversed(self.board.columns)
                                             if c.model.cards), None)
        if shown:
            states["deal-form"] = lambda: self._form_for_screenshot(shown)
        return states

    def _form_for_screenshot(self, deal_id: int) -> DealDialog:
        self.show_board()
        return DealDialog(self.ctx, deal_id, self)


# --- demo deals for the screenshots ----------------------------------------------------------------

SHOWCASE = (  # (title, stage index, amount in Rial, days in stage, next activity, in days, probability)
    ("۱۲ دستگاه کولر گازی برای شعبه جدید", 0, 1_850_000_000, 2, "تماس برای نیازسنجی", 1, None),
    ("قرارداد پشتیبانی سالانه شبکه", 0, 420_000_000, 11, "ارسال معرفی‌نامه", -2, None),
    ("Office furniture for the new floor", 0, 960_000_000, 4, "Visit the site", 3, None),
    ("۵۰ عدد لپ‌تاپ برای واحد فروش", 1, 3_200_000_000, 6, "جلسه با مدیر خرید", 2, 30),
    ("سامانه دوربین مداربسته انبار", 1, 780_000_000, 19, "پیگیری تلفنی", -5, None),
    ("Annual printing services", 2, 540_000_000, 3, "Send the pre-invoice", 0, None),
    ("تجهیز آشپزخانه صنعتی رستوران", 2, 2_450_000_000, 9, "ارسال پیش‌فاکتور اصلاحی", 4, 60),
    ("نرم‌افزار حسابداری و آموزش کارکنان", 3, 1_150_000_000, 5, "نهایی کردن تخفیف", 1, None),
    ("Solar panels for the warehouse roof", 3, 5_600_000_000, 25, "Sign the contract", -1, 85),
    ("خرید عمده کاغذ A4 برای سه ماه", 3, 310_000_000, 1, "", None, None),
)


def prepare_showcase(lang: str | None = None, now: dt.datetime | None = None) -> int:
    """A handful of deals in every open stage (through the services), when the database has none:
    the board in the screenshots shows real cards, some stuck, some overdue. The default pipeline
    and lists are made in ``lang`` (the office's language). Returns how many deals were made."""
    before = (i18n.current_language(), i18n.current_digits())
    if lang is not None:
        i18n.set_language(lang)
    try:
        return _make_showcase(now)
    finally:
        i18n.set_language(*before)


def _make_showcase(now: dt.datetime | None) -> int:
    if any(column.cards for column in board.board()):
        return 0
    now = now or dt.datetime.now(dt.timezone.utc)
    customers = customer_list.page(ListFilter(), 0, 40)
    people = [r for r in customers if r.kind == "contact"]
    companies = [r for r in customers if r.kind == "organization"]
    if not people:
        return 0
    open_stages = [s for s in pipelines.stages(pipelines.default_pipeline_id()) if s.is_open]
    sources = choices.choices("source")
    made = 0
    for number, (title, stage, amount, days, activity, due, chance) in enumerate(SHOWCASE):
        person = people[number % len(people)].id
        company = companies[number % len(companies)].id if companies and number % 3 != 1 else None
        when = now - dt.timedelta(days=days, hours=number)
        deals.create_deal(deals.DealInput(
            title=title, contact_id=person, organization_id=company,
            stage_id=open_stages[min(stage, len(open_stages) - 1)].id, amount=amount, probability=chance,
            expected_close=(now + dt.timedelta(days=20 + 7 * number)).date(),
            source_id=sources[number % len(sources)].id if sources else None, next_activity=activity,
            next_activity_at=now + dt.timedelta(days=due) if due is not None else None), at=when)
        made += 1
    return made

