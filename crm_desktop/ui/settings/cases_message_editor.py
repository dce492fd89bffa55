"""The editor of a customer message (Settings › Complaint queue › Customer messages): its event,
language and channel, the subject of an email, the text with the placeholders to click into it, and
a preview filled with sample values in the message's own language and direction, with its length
in SMS parts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases import numbering, outbox, templates
from crm_desktop.services.cases.templates import PLACEHOLDERS, TemplateInput
from crm_desktop.services.labels import label as code_label
from crm_desktop.text.i18n import RTL_LANGUAGES, render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import language_names
from crm_desktop.ui.settings.funnel_common import FormDialog, button
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
NAME_ROLE = Qt.ItemDataRole.UserRole
#: the case status each event's message tells about (for the preview's {status})
EVENT_STATUS = {"received": "new", "assigned": "assigned", "waiting": "waiting", "resolved": "resolved",
                "closed": "closed"}
#: sample values for the preview, in the template's language
SAMPLES = {
    "customer": QT_TRANSLATE_NOOP("CasesSettings", "Maryam Kazemi"),
    "subject": QT_TRANSLATE_NOOP("CasesSettings", "The invoice amount is wrong"),
    "assignee": QT_TRANSLATE_NOOP("CasesSettings", "Sara Ahmadi"),
    "office": QT_TRANSLATE_NOOP("CasesSettings", "Your office"),
}


def event_labels() -> dict[str, str]:
    return {"received": translate("CasesSettings", "Received"), "assigned": translate("CasesSettings", "Assigned"),
            "waiting": translate("CasesSettings", "Waiting for the customer"),
            "resolved": translate("CasesSettings", "Resolved"), "closed": translate("CasesSettings", "Closed")}


def placeholder_labels() -> dict[str, str]:
    return {"customer": translate("CasesSettings", "the customer's name"),
            "number": translate("CasesSettings", "the case number"),
            "subject": translate("CasesSettings", "the case's subject"),
            "status": translate("CasesSettings", "the case's status"),
            "assignee": translate("CasesSettings", "who handles it"),
            "office": translate("CasesSettings", "the office's name")}


def sample_values(event: str, language: str) -> dict[str, str]:
    values = {key: render(text, lang=language) for key, text in SAMPLES.items()}
    values["office"] = outbox.office_name() or values["office"]
    values["number"] = numbering.format_number(numbering.year_of(dt.datetime.now(dt.timezone.utc)), 12)
    values["status"] = render(case_labels.STATUSES[EVENT_STATUS.get(event, "new")], lang=language)
    return values


def _in_language(edit: QPlainTextEdit, language: str) -> None:
    """Lay the text out in the template's own direction and start its lines on that side (a Persian
    message in an English window; a line that starts with a placeholder is still Persian)."""
    rtl = language in RTL_LANGUAGES
    option = edit.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                        | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)


def _combo(items: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    for code, text in items.items():
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class TemplateDialog(FormDialog):
    """A new template (for an event, language and channel that has none) or an existing one."""

    def __init__(self, ctx: AppContext, template=None, parent: QWidget | None = None) -> None:
        super().__init__(translate("CasesSettings", "Edit customer message") if template else
                         translate("CasesSettings", "New customer message"), parent)
        self.ctx, self.template = ctx, template
        data = templates.template_input(template) if template else TemplateInput(
            "received", ctx.prefs.language if ctx.prefs.language in language_names() else "en", "sms", "")
        self.event = self.add_field(translate("CasesSettings", "When"), "event", _combo(event_labels(), data.event))
        self.language = self.add_field(translate("CasesSettings", "Language"), "language",
                                       _combo(language_names(), data.language))
        channels = {code: code_label(case_labels.CHANNELS, code) for code in ("sms", "email")}
        self.channel = self.add_field(translate("CasesSettings", "Sent by"), "channel", _combo(channels, data.channel))
        for combo in (self.event, self.language, self.channel):
            combo.setEnabled(template is None)  # a template stays with its event, language and channel
            combo.currentIndexChanged.connect(lambda _i: self._key_changed())
        self.subject = self.add_field(translate("CasesSettings", "Subject"), "subject", QLineEdit(data.subject))
        self.body = QPlainTextEdit()
        self.body.setPlainText(data.body)
        self.body.setMinimumSize(420, 150)
        self.places = QListWidget()
        self.places.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click leaves the cursor where it was
        self.places.setToolTip(translate("CasesSettings", "Click a placeholder to put it where the cursor is."))
        meanings = placeholder_labels()
        for name in PLACEHOLDERS:
            item = QListWidgetItem(translate("CasesSettings", "{placeholder}  {meaning}").format(
                placeholder="\u2066{" + name + "}\u2069", meaning=meanings.get(name, "")))
            item.setData(NAME_ROLE, name)
            self.places.addItem(item)
        self.places.setFixedWidth(230)
        self.places.itemClicked.connect(lambda item: self.insert(item.data(NAME_ROLE)))
        editor = QHBoxLayout()
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.body, 1)
        editor.addWidget(self.places)
        holder = QWidget()
        holder.setLayout(editor)
        self.form.addRow(translate("CasesSettings", "Text"), self.errors.boxed("body", holder, self.body))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("messagePreview")
        self.preview.setFixedHeight(120)
        self.length = label("", "muted")
        preview_box = QWidget()
        column = QVBoxLayout(preview_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.preview)
        column.addWidget(self.length)
        self.form.addRow(translate("CasesSettings", "Preview"), preview_box)
        self.active = QCheckBox(translate("CasesSettings", "Active (an inactive message is not sent)"))
        self.active.setChecked(data.is_active)
        self.form.addRow("", self.active)
        self.default_button = button(translate("CasesSettings", "Use the original text"), self.use_default)
        self.buttons.addButton(self.default_button, self.buttons.ButtonRole.ResetRole)
        self.subject.textChanged.connect(lambda _t: self.update_preview())
        self.body.textChanged.connect(self.update_preview)
        self._key_changed()

    def _key_changed(self) -> None:
        email = self.channel.currentData() == "email"
        self.form.setRowVisible(self.errors.labels["subject"].parentWidget(), email)
        for edit in (self.body, self.preview):
            _in_language(edit, self.language.currentData())
        self.update_preview()

    def insert(self, name: str) -> None:
        """Put ``{name}`` where the cursor is: in the subject when it has the focus, else in the text."""
        token = "{" + name + "}"
        if self.subject.hasFocus() and self.subject.isVisible():
            self.subject.insert(token)
        else:
            self.body.insertPlainText(token)
            self.body.setFocus()

    def update_preview(self) -> None:
        values = sample_values(self.event.currentData(), self.language.currentData())
        body = templates.render(self.body.toPlainText(), values)
        fmt = self.ctx.fmt
        if self.channel.currentData() == "email":
            subject = templates.render(self.subject.text(), values)
            self.preview.setPlainText(f"{subject}\n\n{body}" if subject else body)
            self.length.setText(translate("CasesSettings", "{count} characters").format(count=fmt.number(len(body))))
        else:
            self.preview.setPlainText(body)
            self.length.setText(translate("CasesSettings", "{count} characters \u00b7 {parts} SMS").format(
                count=fmt.number(len(body)), parts=fmt.number(templates.sms_parts(body))))

    def use_default(self) -> None:
        subject, body = templates.default_text(self.event.currentData(), self.language.currentData(),
                                               self.channel.currentData())
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def data(self) -> TemplateInput:
        return TemplateInput(self.event.currentData(), self.language.currentData(), self.channel.currentData(),
                             self.body.toPlainText(), self.subject.text(), self.active.isChecked())

    def submit(self):
        if self.template is None:
            return templates.create_template(self.data())
        return templates.update_template(self.template.id, self.data())
