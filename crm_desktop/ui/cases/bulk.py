"""What the queue does to all the chosen cases at once: assign them (to me, a colleague or a team),
move their status (the ones the workflow refuses are listed afterwards) or delete them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from crm_desktop.services import users
from crm_desktop.services.cases import case_service, queue, workflow
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.context import current_user_id
from crm_desktop.services.funnel import targets
from crm_desktop.services.labels import label as code_label
from crm_desktop.text.i18n import render
from crm_desktop.ui.cases.status_dialogs import ResolveDialog
from crm_desktop.ui.errors import show_error

translate = QCoreApplication.translate
REFUSED_SHOWN = 12  # refused cases listed by name in the message; the rest are counted


def assign_menu(page, parent: QWidget) -> QMenu:
    """Me, each active colleague, each team, nobody — filled when opened (people and teams change)."""
    menu = QMenu(parent)

    def fill() -> None:
        menu.clear()
        me = current_user_id()
        menu.addAction(translate("Cases", "Me"), lambda: assign_selected(page, me, None))
        menu.addSeparator()
        for user in users.active_users():
            if user.id != me:
                menu.addAction(user.display_name, lambda user_id=user.id: assign_selected(page, user_id, None))
        teams = targets.teams()
        if teams:
            menu.addSeparator()
        for team in teams:
            menu.addAction(translate("Cases", "Team {name}").format(name=team.name),
                           lambda team_id=team.id: assign_selected(page, None, team_id))
        menu.addSeparator()
        menu.addAction(translate("Cases", "Nobody (back to the queue)"), lambda: assign_selected(page, None, None))
    menu.aboutToShow.connect(fill)
    return menu


def status_menu(page, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    for code in case_labels.STATUSES:
        if code != "new":
            text = code_label(case_labels.STATUSES, code)
            if code == "resolved":
                text = translate("Cases", "{status}\u2026").format(status=text)
            menu.addAction(text, lambda code=code: set_status_selected(page, code))
    return menu


def assign_selected(page, user_id: int | None, team_id: int | None) -> int | None:
    """Give the chosen cases to a person (keeping their team) or to a team (nobody in particular)."""
    ids = page.selected_ids()
    if not ids:
        return None
    try:
        changed = workflow.bulk_assign(ids, user_id, team_id)
    except Exception as error:  # noqa: BLE001 - e.g. the colleague was deactivated meanwhile
        show_error(page, error)
        return None
    page.after_change(translate("Cases", "{count} cases assigned.").format(count=page.ctx.fmt.number(changed)))
    return changed


def set_status_selected(page, status: str) -> tuple[int, list] | None:
    """Move the chosen cases; resolving asks how once for all of them; refused ones are listed."""
    ids = page.selected_ids()
    if not ids:
        return None
    resolution = ""
    if status == "resolved":
        dialog = ResolveDialog(page, count=len(ids))
        if not dialog.exec():
            return None
        resolution = dialog.resolution()
    moved, refused = workflow.bulk_status(ids, status, resolution=resolution)
    if refused:
        numbers = {row.id: page.ctx.fmt.digits(row.number) for row in queue.rows([i for i, _ in refused])}
        lines = [translate("Cases", "{number}: {reason}").format(
            number=numbers.get(case_id, ""), reason=render(failure.errors[0].text, failure.errors[0].params))
            for case_id, failure in refused[:REFUSED_SHOWN]]
        if len(refused) > REFUSED_SHOWN:
            lines.append(translate("Cases", "\u2026and {count} more.").format(
                count=page.ctx.fmt.number(len(refused) - REFUSED_SHOWN)))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Cases", "Some cases did not move"),
                          translate("Cases", "{moved} cases moved; {refused} could not:").format(
                              moved=page.ctx.fmt.number(moved), refused=page.ctx.fmt.number(len(refused))),
                          QMessageBox.StandardButton.Ok, page)
        box.setInformativeText("\n".join(lines))
        box.exec()
    page.after_change(translate("Cases", "{count} cases moved.").format(count=page.ctx.fmt.number(moved)))
    return moved, refused


def delete_selected(page) -> int:
    """Delete the chosen cases after asking (a soft delete: the records are kept, marked deleted)."""
    ids = page.selected_ids()
    if not ids:
        return 0
    question = translate("Cases", "Delete the chosen case?") if len(ids) == 1 else translate(
        "Cases", "Delete the {count} chosen cases?").format(count=page.ctx.fmt.number(len(ids)))
    answer = QMessageBox.question(page, translate("Cases", "Delete"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    deleted = 0
    try:
        for case_id in ids:
            case_service.delete_case(case_id)
            deleted += 1
    except Exception as error:  # noqa: BLE001 - shown; the ones before it stay deleted
        show_error(page, error)
    page.after_change(translate("Cases", "{count} cases deleted.").format(count=page.ctx.fmt.number(deleted)),
                      forget_selection=True)
    return deleted
