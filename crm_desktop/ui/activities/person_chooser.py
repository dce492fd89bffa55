"""Whose activities a page shows: "Me", each other active user, "Everyone" — one chooser for My day
and the calendar. :meth:`PersonChooser.fill` reads the people again (they come and go; the pages call
it on refresh, then read again) keeping the current choice, without a change signal."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.services import users
from crm_desktop.services.context import current_user_id

ME, EVERYONE = "me", "everyone"


class PersonChooser(QComboBox):
    """Item data: :data:`ME`, a user's id, or :data:`EVERYONE`. The pages give their own words for
    "me" and "everyone" (My day says "Me", the calendar "My activities")."""

    def __init__(self, me_text: str, everyone_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me_text, self.everyone_text = me_text, everyone_text
        self.setMinimumWidth(170)
        self.fill()

    def fill(self) -> None:
        """Read the active users again; the current choice stays (a user no longer active: "Me")."""
        me, chosen = current_user_id(), self.currentData()
        choices = [(self.me_text, ME)]
        choices += [(user.display_name, user.id) for user in users.active_users() if user.id != me]
        choices.append((self.everyone_text, EVERYONE))
        if [(self.itemText(i), self.itemData(i)) for i in range(self.count())] == choices:
            return
        index = next((i for i, (_text, data) in enumerate(choices) if data == chosen), 0)
        self.blockSignals(True)
        self.clear()
        for text, data in choices:
            self.addItem(text, data)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def choice(self) -> str | int:
        """:data:`ME`, :data:`EVERYONE` or a user's id."""
        data = self.currentData()
        return ME if data is None else data

    def user_id(self) -> int | None:
        """Whose activities to read: the signed-in user for "me", None for everyone."""
        choice = self.choice()
        if choice == ME:
            return current_user_id()
        return None if choice == EVERYONE else choice

    def everyone(self) -> bool:
        return self.user_id() is None

    def choose(self, choice: str | int | None) -> bool:
        """"me", "everyone" (or None) or a user's id, as a person would; False when not offered."""
        index = self.findData(EVERYONE if choice is None else choice)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


__all__ = ["EVERYONE", "ME", "PersonChooser"]
