"""Settings › Sales funnel › Pipelines and stages: pick, add or rename a pipeline; its open stages
in board order (name, probability, "stuck after N days") to add, edit, move and delete; the won
and lost ends shown read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from crm_desktop.services.funnel import pipelines
from crm_desktop.services.funnel.pipelines import Stage
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.funnel_common import (
    FormDialog,
    ListTable,
    NameDialog,
    button,
    error_label,
    report,
    whole_number,
)
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class StageDialog(FormDialog):
    """Add (after a stage) or edit one open stage."""

    def __init__(self, pipeline_id: int, stage: Stage | None = None, after_stage_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("FunnelSettings", "Edit stage") if stage else
                         translate("FunnelSettings", "New stage"), parent)
        self.pipeline_id, self.stage, self.after_stage_id = pipeline_id, stage, after_stage_id
        self.name = self.add_field(translate("FunnelSettings", "Name"), "name", QLineEdit(stage.name if stage else ""))
        self.name.setMinimumWidth(280)
        self.probability = self.add_field(translate("FunnelSettings", "Probability of winning (%)"), "probability",
                                          QLineEdit(str(stage.probability) if stage else ""))
        self.probability.setPlaceholderText(translate("FunnelSettings", "0 to 100"))
        stuck = stage.stuck_days if stage and stage.stuck_days is not None else None
        self.stuck_days = self.add_field(translate("FunnelSettings", "Stuck after (days)"), "stuck_days",
                                         QLineEdit("" if stuck is None else str(stuck)))
        self.stuck_days.setPlaceholderText(translate("FunnelSettings", "empty: never"))
        self.layout().insertWidget(1, label(translate(
            "FunnelSettings", "A deal that stays in this stage longer than the limit is marked as stuck on the "
                              "board. The probability weights the forecast."), "note", wrap=True))

    def submit(self) -> Stage:
        probability = whole_number(self.probability.text(), "probability", pipelines.BAD_PROBABILITY)
        stuck = whole_number(self.stuck_days.text(), "stuck_days", pipelines.BAD_STUCK)
        if probability is None:
            probability = -1  # the service says what a probability is
        if self.stage is None:
            return pipelines.add_stage(self.pipeline_id, self.name.text(), probability, stuck, self.after_stage_id)
        return pipelines.update_stage(self.stage.id, self.name.text(), probability, stuck)


class StagesSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stages: list[Stage] = []
        self.pipeline = QComboBox()
        self.pipeline.setMinimumWidth(240)
        self.pipeline.currentIndexChanged.connect(lambda _i: self.reload_stages())
        top = QHBoxLayout()
        top.addWidget(label(translate("FunnelSettings", "Pipeline")))
        top.addWidget(self.pipeline)
        top.addWidget(button(translate("FunnelSettings", "Rename\u2026"), self.rename_pipeline))
        top.addWidget(button(translate("FunnelSettings", "New pipeline\u2026"), self.add_pipeline))
        top.addStretch(1)
        self.table = ListTable([translate("FunnelSettings", "Stage"), translate("FunnelSettings", "Probability"),
                                translate("FunnelSettings", "Stuck after"), translate("FunnelSettings", "Kind")],
                               (260, 110, 130, 120))
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_stage())
        self.add_button = button(translate("FunnelSettings", "Add stage\u2026"), self.add_stage)
        self.edit_button = button(translate("FunnelSettings", "Edit\u2026"), self.edit_stage)
        self.up_button = button(translate("FunnelSettings", "Move up"), lambda: self.move(-1))
        self.down_button = button(translate("FunnelSettings", "Move down"), lambda: self.move(1))
        self.delete_button = button(translate("FunnelSettings", "Delete"), self.delete_stage)
        side = QVBoxLayout()
        for widget in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(label(translate(
            "FunnelSettings", "The open stages are the board's columns, in this order. A new stage goes after the "
                              "selected one. Won and Lost end every pipeline and cannot be moved or deleted."),
            "note", wrap=True))
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        self.reload_pipelines()

    # --- pipelines ---------------------------------------------------------------------------

    def pipeline_id(self) -> int | None:
        return self.pipeline.currentData()

    def reload_pipelines(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.pipeline_id()
        self.pipeline.blockSignals(True)
        self.pipeline.clear()
        for row in pipelines.pipelines():
            self.pipeline.addItem(row.name, row.id)
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(current)))
        self.pipeline.blockSignals(False)
        self.reload_stages()

    def add_pipeline(self) -> NameDialog:
        dialog = NameDialog(translate("FunnelSettings", "New pipeline"), translate("FunnelSettings", "Name"), "",
                            pipelines.create_pipeline, self)
        dialog.saved.connect(lambda row: self.reload_pipelines(row.id))
        dialog.open()
        return dialog

    def rename_pipeline(self) -> NameDialog | None:
        pipeline_id = self.pipeline_id()
        if pipeline_id is None:
            return None
        dialog = NameDialog(translate("FunnelSettings", "Rename pipeline"), translate("FunnelSettings", "Name"),
                            self.pipeline.currentText(), lambda name: pipelines.rename_pipeline(pipeline_id, name),
                            self)
        dialog.saved.connect(lambda row: self.reload_pipelines(row.id))
        dialog.open()
        return dialog

    # --- stages ------------------------------------------------------------------------------

    def reload_stages(self, select_id: int | None = None) -> None:
        pipeline_id = self.pipeline_id()
        self.stages = pipelines.stages(pipeline_id) if pipeline_id is not None else []
        fmt = self.ctx.fmt
        kinds = {"open": translate("FunnelSettings", "Open"), "won": translate("FunnelSettings", "Won (end)"),
                 "lost": translate("FunnelSettings", "Lost (end)")}
        rows = []
        for stage in self.stages:
            stuck = translate("FunnelSettings", "{days} days").format(days=fmt.number(stage.stuck_days)) \
                if stage.stuck_days else "\u2014"
            rows.append((stage.id, [stage.name, translate("FunnelSettings", "{percent}%").format(percent=fmt.number(stage.probability)),
                                    stuck if stage.is_open else "", kinds[stage.kind]], stage.is_open))
        self.table.fill(rows, centred=(1, 2))
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.stages:
            self.table.select_row(0)
        self._selection()

    def selected_stage(self) -> Stage | None:
        stage_id = self.table.selected_id()
        return next((s for s in self.stages if s.id == stage_id), None)

    def _open_ids(self) -> list[int]:
        return [s.id for s in self.stages if s.is_open]

    def _selection(self) -> None:
        stage = self.selected_stage()
        editable = stage is not None and stage.is_open
        ids = self._open_ids()
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.up_button.setEnabled(editable and ids.index(stage.id) > 0)
        self.down_button.setEnabled(editable and ids.index(stage.id) < len(ids) - 1)

    def add_stage(self) -> StageDialog | None:
        pipeline_id = self.pipeline_id()
        if pipeline_id is None:
            return None
        stage = self.selected_stage()
        dialog = StageDialog(pipeline_id, after_stage_id=stage.id if stage and stage.is_open else None, parent=self)
        dialog.saved.connect(lambda row: self._changed(row.id))
        dialog.open()
        return dialog

    def edit_stage(self) -> StageDialog | None:
        stage = self.selected_stage()
        if stage is None or not stage.is_open:
            return None
        dialog = StageDialog(stage.pipeline_id, stage, parent=self)
        dialog.saved.connect(lambda row: self._changed(row.id))
        dialog.open()
        return dialog

    def _changed(self, stage_id: int) -> None:
        self.message.setVisible(False)
        self.reload_stages(stage_id)

    def move(self, step: int) -> None:
        stage = self.selected_stage()
        ids = self._open_ids()
        if stage is None or stage.id not in ids:
            return
        index = ids.index(stage.id)
        if not 0 <= index + step < len(ids):
            return
        ids[index], ids[index + step] = ids[index + step], ids[index]
        try:
            pipelines.reorder_stages(stage.pipeline_id, ids)
        except Exception as error:  # noqa: BLE001 - e.g. a stage added meanwhile on another computer
            report(self.message, self, error)
        self._changed(stage.id)

    def delete_stage(self, *, ask: bool = True) -> bool:
        stage = self.selected_stage()
        if stage is None or not stage.is_open:
            return False
        if ask and QMessageBox.question(
                self, translate("FunnelSettings", "Delete stage"),
                translate("FunnelSettings", "Delete the stage \u201c{name}\u201d?").format(name=stage.name)) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            pipelines.delete_stage(stage.id)
        except Exception as error:  # noqa: BLE001 - a stage with open deals is refused with a reason
            report(self.message, self, error)
            return False
        self.message.setVisible(False)
        self.reload_stages()
        return True
