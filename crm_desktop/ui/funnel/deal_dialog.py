"""Create or edit a deal: title, the person and/or company (found by typing, as in the customer
forms), pipeline and stage, amount in the user's money unit, expected close (Jalali or Gregorian),
probability (empty: the stage's), owner, source, products, next activity and its date (the deal's
earliest open activity: typing one schedules a task), notes; for an existing deal, its stage history;
and the deal's activities (open and done), with "Log a call" and "Schedule…" once the deal is saved.
The service's checks show under their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contacts, organizations, search
from crm_desktop.services.activities import deal_form, timeline_events
from crm_desktop.services.activities import preferences as reminder_prefs
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel import choices, deals, pipelines
from crm_desktop.services.funnel.deals import DealInput
from crm_desktop.services.local_time import local_date
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.money import UNIT_WORDS, format_money, parse_money
from crm_desktop.ui.activities.linked_activities import LinkedActivities
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import CompanyPicker, FieldErrors, owner_combo
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate


class PersonPicker(CompanyPicker):
    """Type part of a person's name (or phone); pick them from the matches. Empty: no person."""

    def __init__(self, person: tuple[int, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(person, parent)
        self.setPlaceholderText(translate("DealForm", "Type to find a person"))

    def _lookup(self) -> None:
        hits = search.search(self.text(), limit=20, kinds=("contact",))
        self._ids = {(f"{hit.name} \u2014 {hit.company}" if hit.company else hit.name): hit.id for hit in hits}
        self._model.setStringList(list(self._ids))
        self.completer().complete()

    def choose(self, person_id: int, name: str) -> None:
        self.company_id, self._chosen_text = person_id, name
        self.setText(name)


class DealDialog(QDialog):
    """``exec()`` (or ``open()``) then ``result_id``: the saved deal."""

    def __init__(self, ctx: AppContext, deal_id: int | None = None, parent: QWidget | None = None, *,
                 pipeline_id: int | None = None, stage_id: int | None = None, contact_id: int | None = None,
                 organization_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.result_id: int | None = None
        fmt = ctx.fmt
        if deal_id is not None:
            deal = deals.get_deal(deal_id)
            data = deals.deal_input(deal)
        else:
            data = DealInput(pipeline_id=pipeline_id or pipelines.default_pipeline_id(), stage_id=stage_id,
                             contact_id=contact_id, organization_id=organization_id)
            if contact_id is not None and organization_id is None:  # the person's company, as a start
                data.organization_id = contacts.get_contact(contact_id).__data__.get("organization")
        self.setWindowTitle(translate("DealForm", "Edit deal") if deal_id else translate("DealForm", "New deal"))
        self.errors = FieldErrors()

        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(translate("DealForm", "e.g. 10 air conditioners for the new branch"))
        person = (data.contact_id, contacts.get_contact(data.contact_id).display_name) if data.contact_id else None
        company = (data.organization_id, organizations.get_organization(data.organization_id).name) \
            if data.organization_id else None
        self.person = PersonPicker(person)
        self.company = CompanyPicker(company)
        self.pipeline = QComboBox()
        for pipeline in pipelines.pipelines():
            self.pipeline.addItem(pipeline.name, pipeline.id)
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(data.pipeline_id)))
        self.pipeline.setEnabled(deal_id is None)  # a deal moves between stages, not pipelines
        self.stage = QComboBox()
        self._current_stage = data.stage_id
        self._fill_stages()
        self.pipeline.currentIndexChanged.connect(self._fill_stages)
        unit = UNIT_WORDS.get(fmt.prefs.language, UNIT_WORDS["en"])[fmt.prefs.money_unit]
        self.amount = QLineEdit(format_money(data.amount, unit=fmt.prefs.money_unit, digits=fmt.prefs.digits,
                                             lang=fmt.prefs.language, with_unit=False) if data.amount else "")
        self.amount.setPlaceholderText(translate("DealForm", "Amount in {unit}").format(unit=unit))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
                                 if not ctx.prefs.rtl else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        amount_row = self._beside(self.amount, label(unit, "muted"))
        self.expected_close = DateField(fmt)
        self.expected_close.set_value(data.expected_close)
        self.probability = QLineEdit(fmt.digits(str(data.probability)) if data.probability is not None else "")
        self.probability.setMaximumWidth(120)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()
        self.owner = owner_combo(data.owner_id)
        self.source = QComboBox()
        self.source.addItem(translate("DealForm", "\u2014"), None)
        for choice in choices.choices("source", include_inactive=True):
            if choice.is_active or choice.id == data.source_id:
                self.source.addItem(choice.name, choice.id)
        self.source.setCurrentIndex(max(0, self.source.findData(data.source_id)))
        self.products = QLineEdit(data.products)
        self.products.setPlaceholderText(translate("DealForm", "Products or services of interest"))
        self.next_activity = QLineEdit(data.next_activity)
        self.next_activity.setPlaceholderText(translate("DealForm", "e.g. Send the pre-invoice"))
        self.next_activity_day = DateField(fmt)
        self.next_activity_day.set_value(local_date(data.next_activity_at) if data.next_activity_at else None)
        self.next_activity_day.setMaximumWidth(170)
        self._next_step_shown = self._next_step()  # what the deal says now: only a change is written
        activity_row = self._beside(self.next_activity, self.next_activity_day, stretch_first=True)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(56)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, caption, widget, focus in (
            ("title", translate("DealForm", "Title"), self.title, self.title),
            ("contact_id", translate("DealForm", "Person"), self.person, self.person),
            ("organization_id", translate("DealForm", "Company"), self.company, self.company),
            ("pipeline_id", translate("DealForm", "Pipeline"), self.pipeline, self.pipeline),
            ("stage_id", translate("DealForm", "Stage"), self.stage, self.stage),
            ("amount", translate("DealForm", "Amount"), amount_row, self.amount),
            ("expected_close", translate("DealForm", "Expected close"), self.expected_close, self.expected_close.edit),
            ("probability", translate("DealForm", "Probability %"), self.probability, self.probability),
            ("owner_id", translate("DealForm", "Owner"), self.owner, self.owner),
            ("source_id", translate("DealForm", "Source"), self.source, self.source),
            ("products", translate("DealForm", "Products"), self.products, self.products),
            ("next_activity", translate("DealForm", "Next activity"), activity_row, self.next_activity),
            ("notes", translate("DealForm", "Notes"), self.notes, self.notes),
        ):
            form.addRow(caption, self.errors.boxed(field, widget, focus))
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        self.history = self._history(deal_id) if deal_id is not None else None
        if self.history is not None:
            body_layout.addWidget(label(translate("DealForm", "Stage history"), "sectionTitle"))
            body_layout.addWidget(self.history)
        self.activities = LinkedActivities(ctx, waiting_hint=translate(
            "DealForm", "Save the deal first; then its calls, meetings and tasks are scheduled and logged here."))
        if deal_id is not None:
            self.activities.show_for(lambda: timeline_events.for_deal(deal_id), {
                "deal_id": deal_id, "contact_id": data.contact_id, "organization_id": data.organization_id})
        else:
            self.activities.show_for(None, None)
        self.activities.changed.connect(self._activities_changed)
        body_layout.addWidget(label(translate("DealForm", "Activities"), "sectionTitle"))
        body_layout.addWidget(self.activities)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("DealForm", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("DealForm", "Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(660, 820 if deal_id is not None else 680)

    @staticmethod
    def _beside(first: QWidget, second: QWidget, *, stretch_first: bool = True) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(first, 1 if stretch_first else 0)
        row.addWidget(second)
        return box

    def _fill_stages(self) -> None:
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in pipelines.stages(self.pipeline.currentData()):
            if stage.kind != "lost" or stage.id == self._current_stage:  # lost needs a reason: from the board
                self.stage.addItem(stage.name, stage.id)
        found = self.stage.findData(self._current_stage)
        self.stage.setCurrentIndex(max(0, found))
        self.stage.blockSignals(False)
        if hasattr(self, "probability"):
            self._stage_changed()

    def _stage_changed(self) -> None:
        stage_id = self.stage.currentData()
        if stage_id is None:
            return
        probability = pipelines.stage(stage_id).probability
        self.probability.setPlaceholderText(translate("DealForm", "Stage\u2019s: {percent}%").format(
            percent=self.ctx.fmt.digits(str(probability))))

    def _history(self, deal_id: int) -> QTableWidget:
        fmt = self.ctx.fmt
        changes = deals.stage_history(deal_id)
        table = QTableWidget(len(changes), 4)
        table.setHorizontalHeaderLabels([translate("DealForm", "When"), translate("DealForm", "From"),
                                         translate("DealForm", "To"), translate("DealForm", "By")])
        for row, change in enumerate(changes):
            for column, text in enumerate((fmt.datetime(change.at), change.from_stage or "\u2014", change.to_stage,
                                           change.by)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(28)
        shown = min(max(1, len(changes)), 6)  # more than six moves scroll inside the table
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 28 * shown + 2 * table.frameWidth() + 2)
        return table

    # -- the next step ----------------------------------------------------------------------------

    def _next_step(self) -> deal_form.NextStep:
        return deal_form.NextStep(self.next_activity.text().strip(), self.next_activity_day.value())

    def _activities_changed(self) -> None:
        """An activity of the deal was written here: its next step may be another one now (shown, unless
        the user is changing it)."""
        if self.deal_id is None or self._next_step() != self._next_step_shown:
            return
        deal = deals.get_deal(self.deal_id)
        self.next_activity.setText(deal.next_activity)
        self.next_activity_day.set_value(local_date(deal.next_activity_at) if deal.next_activity_at else None)
        self._next_step_shown = self._next_step()

    # -- saving ---------------------------------------------------------------------------------

    def data(self) -> tuple[DealInput, list[FieldError]]:
        """What the form says, and what it cannot even read (amount, probability, dates)."""
        problems: list[FieldError] = []
        amount = 0
        if self.amount.text().strip():
            try:
                amount = parse_money(self.amount.text(), unit=self.ctx.prefs.money_unit)
            except ValueError:
                problems.append(FieldError("amount", translate("DealForm", "Type the amount as a number, e.g. {example}.")
                                           .format(example=self.ctx.fmt.number(2500000))))
        probability = None
        typed = to_ascii_digits(self.probability.text()).strip().rstrip("%\u066a").strip()
        if typed:
            if typed.isdigit():
                probability = int(typed)
            else:
                problems.append(FieldError("probability", translate(
                    "DealForm", "A probability is a whole number from 0 to 100, or empty for the stage\u2019s.")))
        for name, field in (("expected_close", self.expected_close), ("next_activity", self.next_activity_day)):
            if field.error:
                problems.append(FieldError(name, field.error))
        data = DealInput(
            title=self.title.text(), contact_id=self.person.value(), organization_id=self.company.value(),
            pipeline_id=self.pipeline.currentData(), stage_id=self.stage.currentData(), amount=amount,
            expected_close=self.expected_close.value(), probability=probability, owner_id=self.owner.currentData(),
            source_id=self.source.currentData(), products=self.products.text(), notes=self.notes.toPlainText())
        if self.deal_id is not None:
            data.lead_id = deals.deal_input(deals.get_deal(self.deal_id)).lead_id
        return data, problems

    def save(self) -> None:
        data, problems = self.data()
        try:
            found = problems + deals.check(data)
            if found:
                raise ValidationError(found)
            step = self._next_step()
            saved = deal_form.save_deal(self.deal_id, data, step if step != self._next_step_shown else None,
                                        remind_before=reminder_prefs.load().remind_before)
        except ValidationError as failure:
            self.errors.show_all(failure, self.general)
            return
        except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile
            show_error(self, error)
            return
        self.result_id = saved.id
        self.accept()
