"""The calendar's controls: Today, previous / next, the period's name, whose activities (me, a
colleague, everyone), which kind, whether done ones show, and Day / Week / Month."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from crm_desktop.services.activities.labels import KINDS
from crm_desktop.ui.activities.person_chooser import EVERYONE, PersonChooser
from crm_desktop.ui.calendar.style import kind_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate

SEGMENT_STYLE = """
QPushButton { border-radius: 0; padding: 6px 14px; margin: 0; }
QPushButton:checked { background: #1f6feb; color: #ffffff; border-color: #1f6feb; }
"""


@dataclass(frozen=True)
class Filters:
    person: str | int | None  # "me", a user's id, or None for everyone
    kinds: list[str] | None  # None: every kind
    include_done: bool


class CalendarToolbar(QWidget):
    today_clicked = Signal()
    step_clicked = Signal(int)  # -1 previous, +1 next period
    mode_chosen = Signal(str)  # "day" | "week" | "month"
    filters_changed = Signal()
    new_clicked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarToolbar")
        self.today_button = QPushButton(translate("Calendar", "Today"))
        self.today_button.setToolTip(translate("Calendar", "Go to today (T)"))
        self.today_button.clicked.connect(self.today_clicked)
        # the arrows are mirrored in a right-to-left line, so "previous" points right in Persian
        self.previous_button = QPushButton("\u2039")
        self.previous_button.setToolTip(translate("Calendar", "Previous (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.step_clicked.emit(-1))
        self.next_button = QPushButton("\u203a")
        self.next_button.setToolTip(translate("Calendar", "Next (Page Down)"))
        self.next_button.clicked.connect(lambda: self.step_clicked.emit(1))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(40)
            button.setStyleSheet("QPushButton { font-size: 15pt; padding: 0 0 3px 0; }")
        self.title = label("", "sectionTitle")
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet("QLabel#calendarTitle { font-size: 14pt; font-weight: 600; padding: 0 8px; }")

        self.person = PersonChooser(translate("Calendar", "My activities"), translate("Calendar", "Everyone"))
        self.person.setObjectName("calendarPerson")
        self.person.setMinimumWidth(0)  # narrower than its longest name when the period's title needs the room
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(8)
        self.kind = QComboBox()
        self.kind.setObjectName("calendarKind")
        self.kind.addItem(translate("Calendar", "All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.show_done = QCheckBox(translate("Calendar", "Show done"))
        self.show_done.setChecked(True)
        for signal in (self.person.currentIndexChanged, self.kind.currentIndexChanged, self.show_done.toggled):
            signal.connect(lambda *_: self.filters_changed.emit())

        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        segment = QWidget()
        segment.setStyleSheet(SEGMENT_STYLE)
        segment_row = QHBoxLayout(segment)
        segment_row.setContentsMargins(0, 0, 0, 0)
        segment_row.setSpacing(0)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text, tip in (("day", translate("Calendar", "Day"), translate("Calendar", "One day (D)")),
                                ("week", translate("Calendar", "Week"), translate("Calendar", "One week (W)")),
                                ("month", translate("Calendar", "Month"), translate("Calendar", "One month (M)"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, m=mode: self.mode_chosen.emit(m))
            self.modes.addButton(button)
            segment_row.addWidget(button)
            self.mode_buttons[mode] = button

        self.new_button = QPushButton(translate("Calendar", "New activity"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(translate("Calendar", "Schedule an activity on the chosen day (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_clicked)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in (self.today_button, self.previous_button, self.next_button, self.title):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.person, self.kind, self.show_done):
            row.addWidget(widget)
        row.addSpacing(10)
        row.addWidget(segment, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        # the period is never cut ("30 November to 6 December 2025"): the filters give way instead
        self.title.setMinimumWidth(self.title.sizeHint().width())

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def filters(self) -> Filters:
        kind = self.kind.currentData()
        person = self.person.choice()
        return Filters(None if person == EVERYONE else person, [kind] if kind else None, self.show_done.isChecked())

    def choose_person(self, person: str | int | None) -> None:
        """"me", a user's id, or None for everyone."""
        self.person.choose(person)

    def refresh_people(self) -> None:
        """Read the people again (the page's refresh), keeping the choice."""
        self.person.fill()
