"""One My day section: its title and count, the list of its rows in a white card, and a sentence in
its place when it is empty ("Nothing overdue. Well done."). The done section folds away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from crm_desktop.services.formatting import Formatter
from crm_desktop.ui.my_day.agenda_list import AgendaList
from crm_desktop.ui.my_day.agenda_model import AgendaModel
from crm_desktop.ui.widgets.common import Card, label

translate = QCoreApplication.translate


def section_titles() -> dict[str, str]:
    return {"overdue": translate("MyDay", "Overdue"), "today": translate("MyDay", "Today"),
            "upcoming": translate("MyDay", "Coming up"), "done_today": translate("MyDay", "Done today")}


def empty_text(section: str, everyone: bool, done_today: int) -> str:
    """What an empty section says: something useful, not just "no rows"."""
    if section == "overdue":
        return translate("MyDay", "Nothing overdue. Well done.")
    if section == "today":
        if done_today:
            return translate("MyDay", "Everything due today is done.")
        return translate("MyDay", "Nothing else is due today.") if not everyone else \
            translate("MyDay", "Nobody has anything else due today.")
    if section == "upcoming":
        return translate("MyDay", "Nothing planned for the next 7 days. Schedule a follow-up with New activity.")
    return translate("MyDay", "Nothing done yet today. Tick an activity when it is done.")


class AgendaSection(QWidget):
    def __init__(self, section: str, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section, self.fmt = section, fmt
        self.setObjectName(f"section_{section}")
        self.model = AgendaModel(section, fmt, self)
        self.list = AgendaList(section)
        self.list.setModel(self.model)
        self.title = label(section_titles()[section], "sectionTitle")
        self.count = label("", "chip")
        self.more = label("", "muted")
        self.empty = label("", "muted", wrap=True)
        self.empty.setObjectName("emptyNote")
        self.toggle = QToolButton()
        self.toggle.setObjectName("linkButton")
        self.toggle.setVisible(section == "done_today")
        self.toggle.clicked.connect(lambda: self.set_folded(not self.folded))
        self.folded = False
        self.card = Card()
        self.card.body.setContentsMargins(1, 1, 1, 1)
        self.card.body.setSpacing(0)
        self.card.body.addWidget(self.list)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.more)
        header.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.card)
        layout.addWidget(self.empty)
        self._toggle_text()

    def show_state(self, everyone: bool, done_today: int) -> None:
        """After the rows changed: the count, the list's height, the empty sentence."""
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.fmt.number(total))
        self.more.setText(translate("MyDay", "The first {shown} of {total}").format(
            shown=self.fmt.number(shown), total=self.fmt.number(total)) if total > shown else "")
        self.empty.setText(empty_text(self.section, everyone, done_today))
        self.empty.setVisible(shown == 0 and not self.folded)
        self.card.setVisible(shown > 0 and not self.folded)
        self.list.fit()

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        self._toggle_text()
        shown = self.model.rowCount()
        self.card.setVisible(shown > 0 and not folded)
        self.empty.setVisible(shown == 0 and not folded)

    def _toggle_text(self) -> None:
        self.toggle.setText(translate("MyDay", "Show") if self.folded else translate("MyDay", "Hide"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
