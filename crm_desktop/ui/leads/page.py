"""The Leads area: every lead with its source and status, and what to do with it next — mark it
contacted, qualify it (questionnaire), disqualify it with a reason, or convert it into a customer
and a deal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.funnel import lead_list, leads, scoring
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.leads.convert_dialog import ConvertDialog
from crm_desktop.ui.leads.lead_dialog import LeadDialog, source_combo
from crm_desktop.ui.leads.lead_model import LeadTableModel, status_labels
from crm_desktop.ui.widgets.common import label, page_header, read_only_table, select_row
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate


class LeadsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(translate("Leads", "Leads"), translate(
            "Leads", "First contacts of possible customers: qualify them, then convert them into deals.")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Leads", "Search name, company, phone or email"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(translate("Leads", "Open leads"), "open")
        for code, text in status_labels().items():
            self.status.addItem(text, code)
        self.status.addItem(translate("Leads", "All leads"), "all")
        self.source = source_combo(None, any_text=translate("Leads", "All sources"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.source)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("new", translate("Leads", "New lead"), self.new_lead),
                                ("edit", translate("Leads", "Edit"), self.edit_lead),
                                ("contacted", translate("Leads", "Mark contacted"), self.mark_contacted),
                                ("qualify", translate("Leads", "Qualify\u2026"), self.qualify),
                                ("disqualify", translate("Leads", "Disqualify\u2026"), self.disqualify),
                                ("convert", translate("Leads", "Convert\u2026"), self.convert)):
            button = QPushButton(text)
            button.setObjectName(f"lead_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.count = label("", "pageSubtitle")
        actions.addWidget(self.count)
        layout.addLayout(actions)
        self.model = LeadTableModel(ctx.fmt, self)
        self.table = read_only_table(self)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_lead())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.source.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def screenshot_states(self) -> dict:
        """For ``screenshots``: the list, and the qualify and convert dialogs on its first lead."""
        def dialog(kind):
            def show():
                self.select_row(0)
                lead_id = self.selected_id()
                if lead_id is None:
                    return None
                from crm_desktop.ui.leads.qualify_dialog import QualifyDialog

                shown = QualifyDialog(lead_id, self) if kind == "qualify" else ConvertDialog(lead_id, self.ctx, self)
                shown.show()
                return shown
            return show
        return {"list": lambda: None, "qualify-form": dialog("qualify"), "convert-form": dialog("convert")}

    def reload(self) -> None:
        rows = lead_list.lead_rows(lead_list.LeadFilter(status=self.status.currentData(),
                                                        source_id=self.source.currentData(), text=self.search.text()))
        self.model.set_rows(rows)
        self._score(rows)
        for column, width in enumerate((150, 130, 115, 90, 150, 100, 90, 50, 75)):
            self.table.setColumnWidth(column, width)
        self.count.setText(translate("Leads", "{count} leads").format(count=self.ctx.fmt.number(len(rows))))
        self._enable()

    def _score(self, rows: list[lead_list.LeadRow]) -> None:
        """Learned win chances, computed in a worker (training reads every closed deal)."""
        ids = [row.id for row in rows if row.status in leads.OPEN_STATUSES]
        task = Task(lambda progress, cancel: scoring.train().score_leads(ids))
        task.signals.done.connect(self.model.set_chances)
        task.signals.failed.connect(lambda _error: None)  # no chances shown; the list itself works
        self._scoring = task  # kept alive until it reports
        QThreadPool.globalInstance().start(task)

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _selected_status(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].status if rows else None

    def _enable(self) -> None:
        status = self._selected_status()
        open_lead = status in leads.OPEN_STATUSES
        for key in ("edit",):
            self.buttons[key].setEnabled(status is not None)
        for key in ("contacted", "qualify", "disqualify", "convert"):
            self.buttons[key].setEnabled(open_lead)

    def _select(self, lead_id: int | None) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == lead_id:
                self.select_row(row)
                return

    def _run(self, action) -> None:
        lead_id = self.selected_id()
        if lead_id is None:
            return
        try:
            action(lead_id)
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            show_error(self, error)
        self.reload()
        self._select(lead_id)

    def new_lead(self) -> None:
        dialog = LeadDialog(self)
        if dialog.exec():
            self.reload()
            self._select(dialog.result_id)

    def edit_lead(self) -> None:
        lead_id = self.selected_id()
        if lead_id is not None and LeadDialog(self, lead_id).exec():
            self.reload()
            self._select(lead_id)

    def mark_contacted(self) -> None:
        self._run(lambda lead_id: leads.set_status(lead_id, "contacted"))

    def qualify(self) -> None:
        from crm_desktop.ui.leads.qualify_dialog import QualifyDialog

        lead_id = self.selected_id()
        if lead_id is not None and QualifyDialog(lead_id, self).exec():
            self.reload()
            self._select(lead_id)

    def disqualify(self) -> None:
        def ask(lead_id: int) -> None:
            reason, ok = QInputDialog.getText(self, translate("Leads", "Disqualify lead"),
                                              translate("Leads", "Why is this lead not a real prospect?"))
            if ok:
                leads.set_status(lead_id, "disqualified", reason)
        self._run(ask)

    def convert(self) -> None:
        lead_id = self.selected_id()
        if lead_id is not None and ConvertDialog(lead_id, self.ctx, self).exec():
            self.reload()
