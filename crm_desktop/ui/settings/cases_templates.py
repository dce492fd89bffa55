"""Settings › Complaint queue › Customer messages: which case events send the customer a message
by themselves, and the message templates per event, language and channel (SMS, or email with a
subject), edited in :class:`~crm_desktop.ui.settings.cases_message_editor.TemplateDialog`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases import outbox, templates
from crm_desktop.services.labels import label as code_label
from crm_desktop.text.i18n import RTL_LANGUAGES
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import language_names
from crm_desktop.ui.settings.cases_common import EmptyOr
from crm_desktop.ui.settings.cases_message_editor import TemplateDialog, event_labels
from crm_desktop.ui.settings.funnel_common import ListTable, button, error_label, report
from crm_desktop.ui.widgets.common import Card, label

translate = QCoreApplication.translate
def _isolated(text: str, language: str) -> str:
    """Text in the template's language kept in its own direction inside a line of the window's."""
    return ("\u2067" if language in RTL_LANGUAGES else "\u2066") + text + "\u2069"


class TemplatesSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates = []
        auto = Card()
        auto.body.addWidget(label(translate("CasesSettings", "Send the customer a message automatically when a "
                                                             "case is"), "sectionTitle", wrap=True))
        boxes = QHBoxLayout()
        boxes.setSpacing(18)
        self.auto: dict[str, QCheckBox] = {}
        for event, text in event_labels().items():
            box = QCheckBox(text)
            box.toggled.connect(lambda on, e=event: self.set_auto(e, on))
            self.auto[event] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        auto.body.addLayout(boxes)
        auto.body.addWidget(label(translate(
            "CasesSettings", "The message goes to the outbox in the office's language, by SMS to the customer's "
                             "mobile (by email for a case that came by email), where it can be checked or "
                             "cancelled before it is sent."), "note", wrap=True))
        self.auto_message = error_label()
        auto.body.addWidget(self.auto_message)
        self.table = ListTable([translate("CasesSettings", "When"), translate("CasesSettings", "Language"),
                                translate("CasesSettings", "Sent by"), translate("CasesSettings", "Text"),
                                translate("CasesSettings", "State")], (170, 80, 70, 300, 80), stretch=3)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button = button(translate("CasesSettings", "Add\u2026"), self.add)
        self.edit_button = button(translate("CasesSettings", "Edit\u2026"), self.edit)
        self.delete_button = button(translate("CasesSettings", "Delete"), lambda: self.delete())
        side = QVBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        middle = QHBoxLayout()
        self.box = EmptyOr(self.table, translate(
            "CasesSettings", "No customer messages. Add one for each event the customer should hear about."))
        middle.addWidget(self.box, 1)
        middle.addLayout(side)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(auto)
        layout.addWidget(label(translate("CasesSettings", "Message templates"), "sectionTitle"))
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.reload_auto()
        mine = self.ctx.prefs.language
        self.templates = sorted(templates.list_templates(), key=lambda t: t.language != mine)  # the user's first
        events, languages = event_labels(), language_names()
        active, inactive = translate("CasesSettings", "Active"), translate("CasesSettings", "Inactive")
        rows = []
        for t in self.templates:
            text = t.subject if t.channel == "email" and t.subject else t.body
            rows.append((t.id, [events.get(t.event, t.event), languages.get(t.language, t.language),
                                code_label(case_labels.CHANNELS, t.channel),
                                _isolated(" ".join(text.split()), t.language),
                                active if t.is_active else inactive], t.is_active))
        self.table.fill(rows)
        for row, t in enumerate(self.templates):
            self.table.item(row, 3).setToolTip(t.body)
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.templates:
            self.table.select_row(0)
        self.box.show_empty(not self.templates)
        self._selection()

    def reload_auto(self) -> None:
        chosen = outbox.auto_events()
        for event, box in self.auto.items():
            box.blockSignals(True)
            box.setChecked(chosen.get(event, False))
            box.blockSignals(False)

    def set_auto(self, event: str, on: bool) -> None:
        try:
            outbox.set_auto_events({event: on})
        except Exception as error:  # noqa: BLE001 - shown under the choices
            report(self.auto_message, self, error)
            self.reload_auto()
            return
        self.auto_message.setVisible(False)

    def selected(self):
        chosen = self.table.selected_id()
        return next((t for t in self.templates if t.id == chosen), None)

    def _selection(self) -> None:
        template = self.selected()
        self.edit_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None)

    def _saved(self, template) -> None:
        self.message.setVisible(False)
        self.reload(template.id)

    def add(self) -> TemplateDialog:
        dialog = TemplateDialog(self.ctx, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit(self) -> TemplateDialog | None:
        template = self.selected()
        if template is None:
            return None
        dialog = TemplateDialog(self.ctx, template, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def delete(self, *, ask: bool = True) -> bool:
        template = self.selected()
        if template is None:
            return False
        if ask and QMessageBox.question(
                self, translate("CasesSettings", "Delete customer message"),
                translate("CasesSettings", "Delete this message? That event will no longer send a message in this "
                                           "language and channel.")) != QMessageBox.StandardButton.Yes:
            return False
        try:
            templates.delete_template(template.id)
        except Exception as error:  # noqa: BLE001 - shown beside the list
            report(self.message, self, error)
            return False
        self.message.setVisible(False)
        self.reload()
        return True
