"""Teams of Settings › Targets and teams: add, rename and delete a team, and tick its members."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import users
from crm_desktop.services.funnel import targets
from crm_desktop.text.i18n import render_error
from crm_desktop.text.messages import UserError
from crm_desktop.ui.errors import message_for
from crm_desktop.ui.widgets.common import Card, label

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class TeamsEditor(Card):
    changed = Signal()  # a team was added, renamed or deleted, or its members changed
    problem = Signal(str)  # what went wrong, in the user's language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teams = QListWidget()
        self.teams.currentRowChanged.connect(lambda _: self._team_chosen())
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("TargetsSettings", "Team name"))
        self.name.returnPressed.connect(self.add_team)
        self.add_button = QPushButton(translate("TargetsSettings", "Add"))
        self.add_button.clicked.connect(self.add_team)
        self.rename_button = QPushButton(translate("TargetsSettings", "Rename"))
        self.rename_button.clicked.connect(self.rename_team)
        self.delete_button = QPushButton(translate("TargetsSettings", "Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_team())
        self.members = QListWidget()
        self.members.itemChanged.connect(self._member_ticked)
        self.members_title = label(translate("TargetsSettings", "Members"), "sectionTitle")
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.name, 1)
        for button in (self.add_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        self.empty = label(translate("TargetsSettings", "No teams yet. Type a name and press Add, then tick the "
                                                        "team\u2019s members: a team\u2019s won amount is the sum "
                                                        "of its members\u2019."), "note", wrap=True)
        self.members_box = QWidget()
        members = QVBoxLayout(self.members_box)
        members.setContentsMargins(0, 6, 0, 0)
        members.setSpacing(6)
        members.addWidget(self.members_title)
        members.addWidget(label(translate("TargetsSettings", "A team\u2019s won amount is the sum of its "
                                                             "members\u2019."), "note", wrap=True))
        members.addWidget(self.members, 1)
        self.body.addWidget(label(translate("TargetsSettings", "Teams"), "sectionTitle"))
        self.body.addWidget(self.empty)
        self.body.addWidget(self.teams, 2)
        self.body.addLayout(row)
        self.body.addWidget(self.members_box, 3)
        self.body.addStretch(0)  # takes the room when there is no team (and no members list) to show
        self.reload()

    # -- reading --------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_team()
        self.teams.blockSignals(True)
        self.teams.clear()
        self._teams = targets.teams()
        for team in self._teams:
            item = QListWidgetItem(team.name)
            item.setData(ID_ROLE, team.id)
            self.teams.addItem(item)
        row = next((i for i, t in enumerate(self._teams) if t.id == keep), 0 if self._teams else -1)
        self.teams.setCurrentRow(row)
        self.teams.blockSignals(False)
        has_teams = bool(self._teams)
        self.empty.setVisible(not has_teams)
        self.teams.setVisible(has_teams)
        self.members_box.setVisible(has_teams)
        self.body.setStretch(self.body.count() - 1, 0 if has_teams else 1)
        self._team_chosen()

    def selected_team(self) -> int | None:
        item = self.teams.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _team_chosen(self) -> None:
        team_id = self.selected_team()
        team = next((t for t in self._teams if t.id == team_id), None)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(team is not None)
        self.members.setEnabled(team is not None)
        self.members_title.setText(translate("TargetsSettings", "Members of \u201c{team}\u201d").format(team=team.name)
                                   if team else translate("TargetsSettings", "Members"))
        if team is not None:
            self.name.setText(team.name)
        chosen = set(team.member_ids) if team else set()
        self.members.blockSignals(True)
        self.members.clear()
        for user in users.active_users():
            item = QListWidgetItem(user.display_name)
            item.setData(ID_ROLE, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user.id in chosen else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.blockSignals(False)

    def member_item(self, user_id: int) -> QListWidgetItem | None:
        return next((self.members.item(i) for i in range(self.members.count())
                     if self.members.item(i).data(ID_ROLE) == user_id), None)

    # -- changes ----------------------------------------------------------------------------------

    def _try(self, action) -> bool:
        try:
            action()
        except UserError as error:
            self.problem.emit(render_error(error))
            return False
        except Exception as error:  # noqa: BLE001 - logged, and said in the user's words
            log.error("could not change a team", exc_info=error)
            self.problem.emit(message_for(error))
            return False
        return True

    def add_team(self) -> int | None:
        made: list[int] = []
        if not self._try(lambda: made.append(targets.create_team(self.name.text()).id)):
            return None
        self.reload(select=made[0])
        self.changed.emit()
        return made[0]

    def rename_team(self) -> bool:
        team_id = self.selected_team()
        if team_id is None or not self._try(lambda: targets.rename_team(team_id, self.name.text())):
            return False
        self.reload(select=team_id)
        self.changed.emit()
        return True

    def delete_team(self, *, ask: bool = True) -> bool:
        team_id, item = self.selected_team(), self.teams.currentItem()
        if team_id is None:
            return False
        if ask and QMessageBox.question(
                self, translate("TargetsSettings", "Delete team"),
                translate("TargetsSettings", "Delete the team \u201c{name}\u201d?").format(name=item.text())) \
                != QMessageBox.StandardButton.Yes:
            return False
        if not self._try(lambda: targets.delete_team(team_id)):
            return False
        self.name.clear()
        self.reload()
        self.changed.emit()
        return True

    def _member_ticked(self, item: QListWidgetItem) -> None:
        team_id, user_id = self.selected_team(), item.data(ID_ROLE)
        if team_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            done = self._try(lambda: targets.add_member(team_id, user_id))
        else:
            done = self._try(lambda: targets.remove_member(team_id, user_id))
        if done:
            self._teams = targets.teams()
            self.changed.emit()
        else:
            self._team_chosen()  # show the membership as it is
