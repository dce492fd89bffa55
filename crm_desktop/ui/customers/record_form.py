"""What the person and company forms share: the scrolling form with an error line under every
field, and saving (local checks, the service's checks under the fields, possible duplicates asked
about before a new record, then create or update)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.customers.duplicate_reasons import describe_reasons
from crm_desktop.ui.customers.form_parts import DuplicatesQuestion, FieldErrors, show_validation
from crm_desktop.ui.customers.points_editor import PointsEditor
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

CREATE_ANYWAY = 2  # DuplicatesQuestion's answer for "create anyway"


class RecordFormDialog(QDialog):
    """Subclasses build their fields, then call :meth:`build`; they provide :meth:`data`,
    :meth:`check`, :meth:`create`, :meth:`update`, :meth:`possible_duplicates` and
    :meth:`name_of`. After ``exec()``, ``result_id`` is the saved record, or the existing one the
    user chose to open instead (``opened_existing``)."""

    record_id: int | None

    def __init__(self, record_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.result_id: int | None = None
        self.opened_existing = False
        self.errors = FieldErrors()
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)

    points: PointsEditor  # set by the subclass before build()

    def build(self, rows: list[tuple[str, str, QWidget]], tail: list[tuple[str, QWidget]],
              size: tuple[int, int]) -> None:
        """Lay out ``rows`` (service field name, caption, widget) each with its error line, then
        ``tail`` rows (caption, widget) such as the points editor and notes."""
        form = QFormLayout()
        form.setVerticalSpacing(4)
        for field, caption, widget in rows:
            form.addRow(caption, widget)
            form.addRow("", self.errors.make(field, widget))
        for caption, widget in tail:
            form.addRow(caption, widget)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(*size)

    # -- provided by the subclasses ---------------------------------------------------------------

    def data(self) -> Any: ...
    def check(self, data: Any) -> list: ...
    def create(self, data: Any): ...
    def update(self, record_id: int, data: Any): ...
    def possible_duplicates(self, data: Any) -> list: ...
    def name_of(self, record_id: int) -> str: ...

    def local_errors(self) -> list[str]:
        """Problems the form itself can see (an unparsable date, a company typed but not picked)."""
        return []

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        self.general.setVisible(False)
        self.points.clear_errors()
        local = self.local_errors()
        if local:
            self.general.setText("\n".join(local))
            self.general.setVisible(True)
            return
        data = self.data()
        try:
            errors = self.check(data)
            if errors:
                raise ValidationError(errors)
            if self.record_id is None and not self._no_duplicates_or_confirmed(data):
                return
            saved = self.update(self.record_id, data) if self.record_id else self.create(data)
        except ValidationError as failure:
            show_validation(failure, self.errors, self.points, self.general)
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return
        self.result_id = saved.id
        self.accept()

    def _no_duplicates_or_confirmed(self, data: Any) -> bool:
        found = self.possible_duplicates(data)
        if not found:
            return True
        candidates = [(record_id, self.name_of(record_id), describe_reasons(reasons))
                      for record_id, _confidence, reasons in found]
        question = DuplicatesQuestion(candidates, self)
        answer = question.exec()
        if answer == QDialog.DialogCode.Accepted and question.chosen is not None:
            self.result_id, self.opened_existing = question.chosen, True
            self.accept()
            return False
        return answer == CREATE_ANYWAY
