"""The queue's filters: the side list of views with their live counts (all open, mine, my team,
unassigned, overdue) and the bar above the table (status, category, channel, priority, a search box
that waits for a typing pause)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from crm_desktop.services.cases import categories
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases.queue import OPEN_STATUSES, VIEWS, QueueFilter
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.labels import label

translate = QCoreApplication.translate
STATUS_CHOICES = {"open": OPEN_STATUSES, "done": ("resolved", "closed"), "any": ()}
TYPING_PAUSE_MS = 300


def view_names() -> dict[str, str]:
    return {"all": translate("Cases", "All open"), "mine": translate("Cases", "Mine"),
            "my_team": translate("Cases", "My team"), "unassigned": translate("Cases", "Unassigned"),
            "overdue": translate("Cases", "Overdue")}


def category_choices() -> list[tuple[int, str, bool]]:
    """(id, name, is a subcategory) of the active categories, each followed by its subcategories."""
    found = []
    for item in categories.tree(include_inactive=False):
        found.append((item.id, item.name, False))
        found += [(child.id, child.name, True) for child in item.children]
    return found


class ViewList(QListWidget):
    """The queue's views, each with how many open cases it holds."""

    changed = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseViews")
        self.fmt = fmt
        self.names = view_names()
        for view in VIEWS:
            item = QListWidgetItem(self.names[view])
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.addItem(item)
        self.setCurrentRow(0)
        self.setFixedWidth(150)
        self._fit_height()
        self.currentRowChanged.connect(lambda _row: self.changed.emit())

    def view(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "all"

    def set_view(self, view: str) -> None:
        self.setCurrentRow(VIEWS.index(view))

    def set_counts(self, counts: dict[str, int]) -> None:
        for row, view in enumerate(VIEWS):
            count = counts.get(view)
            text = self.names[view] if count is None else translate("Cases", "{view} ({count})").format(
                view=self.names[view], count=self.fmt.number(count))
            self.item(row).setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its views (no empty box under them)."""
        self.setFixedHeight(self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 8)

    def count_of(self, view: str) -> str:
        return self.item(VIEWS.index(view)).text()


class QueueFilters(QWidget):
    """Status, category, channel and priority choices and the search box; ``changed`` when any
    changes (the search after a typing pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.addItem(translate("Cases", "Open"), "open")
        for code in OPEN_STATUSES:
            self.status.addItem(label(case_labels.STATUSES, code), code)
        self.status.addItem(translate("Cases", "Resolved/closed"), "done")
        self.status.addItem(translate("Cases", "Any status"), "any")
        self.category = QComboBox()
        self.category.addItem(translate("Cases", "All categories"), None)
        for category_id, name, is_sub in category_choices():
            self.category.addItem(translate("Cases", "\u2014 {name}").format(name=name) if is_sub else name,
                                  category_id)
        self.channel = QComboBox()
        self.channel.addItem(translate("Cases", "All channels"), "")
        for code in case_labels.CHANNELS:
            self.channel.addItem(label(case_labels.CHANNELS, code), code)
        self.priority = QComboBox()
        self.priority.addItem(translate("Cases", "All priorities"), "")
        for code in reversed(list(case_labels.PRIORITIES)):
            self.priority.addItem(label(case_labels.PRIORITIES, code), code)
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(translate("Cases", "Search number, subject, customer or phone\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self.typing.start())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.search, 2)
        for combo in (self.status, self.category, self.channel, self.priority):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            row.addWidget(combo)

    def queue_filter(self, view: str, user_id: int | None) -> QueueFilter:
        return QueueFilter(view=view, user_id=user_id, statuses=self.statuses(),
                           category_id=self.category.currentData(), channel=self.channel.currentData(),
                           priority=self.priority.currentData(), text=self.search.text().strip())

    def statuses(self) -> tuple[str, ...]:
        chosen = self.status.currentData()
        return STATUS_CHOICES.get(chosen, (chosen,))

    def choose_status(self, key: str) -> None:
        """"open", "done" (resolved or closed), "any" or one status code."""
        self.status.setCurrentIndex(max(0, self.status.findData(key)))
