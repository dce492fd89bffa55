"""Wizard page 2: what each column of the sheet becomes — matched from its header (or remembered
from the last import of the same layout), with sample values, and the day/month order of dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crm_desktop.services.imports import header_match, mapping
from crm_desktop.services.imports.cells import is_blank, shown
from crm_desktop.services.imports.fields import BY_KEY
from crm_desktop.services.imports.mapping import ImportMapping, column_letter
from crm_desktop.text.dates import guess_day_month_order
from crm_desktop.text.i18n import render
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.state import ImportState
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label

translate = QCoreApplication.translate
SAMPLES = 3


def reading_side() -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class ColumnRow:
    """The widgets of one sheet column: its name, samples, the field and the date order."""

    def __init__(self, page: MappingPage, index: int, header: str, samples: list[object]) -> None:
        self.index = index
        self.samples = samples
        fmt = page.ctx.fmt
        self.letter = label(column_letter(index), "muted")
        self.header = label(header or translate("ImportWizard", "Column {letter}").format(letter=column_letter(index)),
                            "" if header else "muted", wrap=True)
        self.header.setAlignment(reading_side())  # a Persian title in an English window starts on the left too
        shown_values = [isolated(shown(v)) for v in samples if not is_blank(v)][:SAMPLES]
        self.sample = label(in_reading_direction("  \u00b7  ".join(shown_values)) if shown_values
                            else translate("ImportWizard", "(empty)"), "muted", wrap=True)
        self.sample.setAlignment(reading_side())
        self.field = QComboBox()
        self.field.addItem(translate("ImportWizard", "Ignore this column"), "")
        for choice in header_match.field_choices(page.state.entity):
            self.field.addItem(render(choice.label), choice.key)
        self.order = QComboBox()
        self.order.addItem(translate("ImportWizard", "Day and month: automatic"), "")
        self.order.addItem(translate("ImportWizard", "Day first ({example})").format(
            example=isolated(fmt.digits("31/12/2024"))), "DMY")
        self.order.addItem(translate("ImportWizard", "Month first ({example})").format(
            example=isolated(fmt.digits("12/31/2024"))), "MDY")
        self.order.setToolTip(translate("ImportWizard", "How to read a date like 03/04/2024 in this column. Dates "
                                                        "whose day is over 12 settle it by themselves."))
        self.choice = QWidget()
        line = QHBoxLayout(self.choice)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.field)
        line.addWidget(self.order)
        line.addStretch(1)

    def set_choice(self, key: str, order: str) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(key)))
        self.order.setCurrentIndex(max(0, self.order.findData(order)))
        self.order.setVisible(self.is_date)

    @property
    def key(self) -> str:
        return self.field.currentData() or ""

    @property
    def is_date(self) -> bool:
        return bool(self.key) and BY_KEY[self.key].kind == "date"

    def guessed_order(self) -> str:
        return guess_day_month_order(self.samples) or ""


class MappingPage(QWizardPage):
    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(translate("ImportWizard", "Match the columns"))
        self.setSubTitle(translate("ImportWizard", "Say what each column of the sheet holds. Columns left on "
                                                   "\u201cIgnore\u201d are not imported."))
        self.notice = label("", "note", wrap=True)
        self.warning = label("", "fieldError", wrap=True)
        self.rows: list[ColumnRow] = []
        self._key: tuple = ()
        self.body = QWidget()
        self.body.setObjectName("mappingBody")
        self.grid = QGridLayout(self.body)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warning)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        key = self.state.layout_key()
        if key != self._key:
            self._key = key
            self._build()
        self._update()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: keep the choices when going back
        pass

    def _build(self) -> None:
        state = self.state
        view = state.view
        headers = state.headers
        recalled = mapping.recall(headers, state.entity)
        if recalled is not None:
            chosen = recalled
        else:
            samples = [cells for _, cells in view.sample]
            columns = header_match.suggest(headers, state.entity, samples)
            chosen = ImportMapping(entity=state.entity, columns=columns)
        chosen.entity, chosen.header_row = state.entity, view.header_row
        state.mapping, state.recalled = chosen, recalled is not None
        state.edits.clear()
        state.check = None
        self._clear_grid()
        titles = (translate("ImportWizard", "Column"), translate("ImportWizard", "Title in the file"),
                  translate("ImportWizard", "Sample values"), translate("ImportWizard", "Import as"))
        for column, title in enumerate(titles):
            heading = label(title, "sectionTitle")
            heading.setAlignment(reading_side())
            self.grid.addWidget(heading, 0, column)
        for index, header in enumerate(headers):
            row = ColumnRow(self, index, header, state.column_samples(index))
            key = chosen.columns.get(index, "")
            order = chosen.date_orders.get(index, "")
            row.set_choice(key, order)
            if row.is_date and not order and recalled is None:
                row.set_choice(key, row.guessed_order())
            row.field.currentIndexChanged.connect(lambda _, r=row: self._field_changed(r))
            row.order.currentIndexChanged.connect(lambda _: self._update())
            for column, widget in enumerate((row.letter, row.header, row.sample, row.choice)):
                self.grid.addWidget(widget, index + 1, column, Qt.AlignmentFlag.AlignVCenter)
            self.rows.append(row)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setRowStretch(len(headers) + 1, 1)
        if state.recalled:
            self.notice.setText(translate("ImportWizard", "These columns are matched as in your last import of a "
                                                          "file laid out like this one. Check them before you go on."))
        else:
            matched = len(chosen.columns)
            self.notice.setText(translate("ImportWizard", "{matched} of {columns} columns were matched from their "
                                                          "titles and values. Check them before you go on.").format(
                matched=self.ctx.fmt.number(matched), columns=self.ctx.fmt.number(len(headers))))

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []

    def _field_changed(self, row: ColumnRow) -> None:
        order = (row.order.currentData() or row.guessed_order()) if row.is_date else ""
        row.set_choice(row.key, order)
        self._update()

    def _update(self) -> None:
        """Copy the choices into the mapping; warn about what would make every row fail."""
        state = self.state
        state.mapping.columns = {row.index: row.key for row in self.rows if row.key}
        state.mapping.date_orders = {row.index: row.order.currentData() for row in self.rows
                                     if row.is_date and row.order.currentData()}
        state.check = None
        problems = []
        if not state.name_mapped():
            problems.append(translate("ImportWizard", "Choose the column with the name: \u201cFull name\u201d, or "
                                                      "\u201cFirst name\u201d and \u201cLast name\u201d.")
                            if state.entity == "contacts" else
                            translate("ImportWizard", "Choose the column with the company name."))
        chosen = list(state.mapping.columns.values())
        twice = sorted({key for key in chosen if chosen.count(key) > 1 and not BY_KEY[key].repeatable})
        for key in twice:
            problems.append(translate("ImportWizard", "\u201c{field}\u201d is chosen for more than one column; only "
                                                      "the first filled one is used.").format(
                field=render(BY_KEY[key].label)))
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.state.view is not None and self.state.name_mapped()
