"""The week of Settings › Complaint queue › Working calendar: a weekday's line with its working
periods (start and end time each, removable), "day off" and "add a period". An end of 00:00 means
midnight, since a time field cannot show 24:00."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import QApplication, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QTimeEdit, QToolButton, QWidget

from crm_desktop.services.cases.work_calendar import DAY
from crm_desktop.ui.widgets.flow_layout import FlowLayout
from crm_desktop.ui.settings.funnel_common import error_label
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


def week_order(language: str) -> list[int]:
    """Weekdays (Monday=0) in the order the user's week runs."""
    return [5, 6, 0, 1, 2, 3, 4] if language == "fa" else list(range(7))


def _time_edit(minute: int) -> QTimeEdit:
    edit = QTimeEdit(QTime((minute // 60) % 24, minute % 60))
    # a right-to-left window shows a time edit's sections in reverse (PySide6 6.11): written minutes
    # first, it reads 08:30 as everywhere else
    edit.setDisplayFormat("mm:HH" if QApplication.isRightToLeft() else "HH:mm")
    return edit


class SpanEdit(QWidget):
    """One working period: start and end time, and a button that removes it."""

    def __init__(self, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = _time_edit(start)
        self.end = _time_edit(end)
        self.end.setToolTip(translate("CasesSettings", "00:00 as the end means midnight."))
        self.remove = QToolButton()
        self.remove.setText("\u00d7")
        self.remove.setToolTip(translate("CasesSettings", "Remove this period"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.start)
        row.addWidget(QLabel("\u2013"))
        row.addWidget(self.end)
        row.addWidget(self.remove)

    def value(self) -> tuple[int, int]:
        start, end = self.start.time(), self.end.time()
        end_minute = end.hour() * 60 + end.minute()
        return start.hour() * 60 + start.minute(), end_minute or DAY


class DayRow:
    """A weekday's line of the week: its name, "day off", its periods and "add a period"."""

    def __init__(self, weekday: int, name: str, grid: QGridLayout, row: int, fallback: tuple[int, int]) -> None:
        self.weekday, self.fallback = weekday, fallback
        self.off = QCheckBox(translate("CasesSettings", "Day off"))
        self.off.toggled.connect(self._off_toggled)
        self.add_button = QToolButton()
        self.add_button.setText(translate("CasesSettings", "+ Period"))
        self.add_button.setToolTip(translate("CasesSettings", "Add a working period to this day"))
        self.add_button.clicked.connect(lambda: self.add_span(*self._next_span()))
        self.line = QWidget()  # the periods wrap onto a second line when the window is narrow
        self.flow = FlowLayout(self.line, spacing=8)
        self.flow.addWidget(self.add_button)
        self.error = error_label()
        self.spans: list[SpanEdit] = []
        grid.addWidget(label(name, "sectionTitle"), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.off, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.line, row, 2)
        grid.addWidget(self.error, row + 1, 2)

    def set_spans(self, spans) -> None:
        for span in list(self.spans):
            self._drop(span)
        for start, end in spans:
            self.add_span(start, end)
        self.off.blockSignals(True)
        self.off.setChecked(not spans)
        self.off.blockSignals(False)

    def add_span(self, start: int, end: int) -> SpanEdit:
        span = SpanEdit(start, end)
        span.remove.clicked.connect(lambda: self.remove_span(span))
        self.flow.removeWidget(self.add_button)
        self.flow.addWidget(span)
        self.flow.addWidget(self.add_button)  # "add a period" stays last
        self.spans.append(span)
        if self.off.isChecked():
            self.off.setChecked(False)
        return span

    def remove_span(self, span: SpanEdit) -> None:
        self._drop(span)
        if not self.spans:
            self.off.setChecked(True)

    def _drop(self, span: SpanEdit) -> None:
        self.spans.remove(span)
        self.flow.removeWidget(span)
        span.hide()
        span.deleteLater()

    def _next_span(self) -> tuple[int, int]:
        """A new period: an hour after the last one ends, else the usual hours."""
        if not self.spans:
            return self.fallback
        last_end = max(span.value()[1] for span in self.spans)
        start = min(last_end + 60, DAY - 60)
        return start, min(start + 120, DAY)

    def _off_toggled(self, off: bool) -> None:
        if off:
            for span in list(self.spans):
                self._drop(span)
        elif not self.spans:
            self.add_span(*self.fallback)
        self.error.setVisible(False)

    def value(self) -> tuple[tuple[int, int], ...]:
        return () if self.off.isChecked() else tuple(span.value() for span in self.spans)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
