"""The 360 profile of a person or a company: who they are, every way to reach them (copy on
click), owner, tags, stage, dates, figures, a note composer and one timeline of everything; a call
is logged and a call, meeting, task, SMS or email scheduled from here, and an activity on the
timeline opens on a click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contact_points import PHONE_KINDS
from crm_desktop.services import notes, profile, timeline
from crm_desktop.services.errors import NotFoundError
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.activities.linked_activities import quick_actions, schedule_menu
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.labels import point_kind_label, stage_label
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.customers.timeline_view import TimelineView
from crm_desktop.ui.widgets.common import Card, in_reading_direction, isolated, label, value_label
from crm_desktop.ui.widgets.icons import kind_icon

translate = QCoreApplication.translate


def _clear(layout) -> None:
    """Empty a layout now (hidden at once; the widgets are deleted later)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class ProfileView(QWidget):
    """``show_record(kind, id)``. It follows activity writes made anywhere (``activity_events``): read
    again at once while shown, else when shown next; a note being written stays."""

    back_requested = Signal()
    edit_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    open_requested = Signal(str, int)
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.key: tuple[str, int] | None = None
        self.stale = False  # an activity was written elsewhere while hidden: read again when shown
        self._own_write = False  # an activity form opened here: its write is shown once, after it
        back = QToolButton()
        back.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        back.setText(translate("Profile", "Customers"))
        back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        back.clicked.connect(self.back_requested)
        # a long company name wraps rather than widening the page past the header's buttons
        self.name = label("", "profileName", wrap=True, selectable=True)
        self.subtitle = label("", "pageSubtitle", wrap=True)
        reading_side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for widget in (self.name, self.subtitle):  # a Persian name in an English window still starts here
            widget.setAlignment(reading_side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        edit = QPushButton(translate("Profile", "Edit"))
        edit.clicked.connect(lambda: self.key and self.edit_requested.emit(*self.key))
        delete = QPushButton(translate("Profile", "Delete"))
        delete.clicked.connect(lambda: self.key and self.delete_requested.emit(*self.key))
        self.new_deal_button = QPushButton(translate("Profile", "New deal"))
        self.new_deal_button.setObjectName("newDeal")
        self.new_deal_button.clicked.connect(self.new_deal)
        self.new_case_button = QPushButton(translate("Profile", "New complaint"))
        self.new_case_button.setObjectName("newCase")
        self.new_case_button.clicked.connect(self.new_case)
        self.log_call_button = QPushButton(kind_icon("call"), translate("Profile", "Log a call"))
        self.log_call_button.setObjectName("logCall")
        self.log_call_button.clicked.connect(lambda: self.log_call())
        self.schedule_button = QPushButton(kind_icon("calendar"), translate("Profile", "Schedule\u2026"))
        self.schedule_button.setObjectName("schedule")
        self.schedule_button.setMenu(schedule_menu(self.schedule_button, self.schedule))
        title = QVBoxLayout()
        title.setSpacing(2)
        title.addWidget(self.name)
        title.addWidget(self.subtitle)
        title.addLayout(self.chips)
        head = QHBoxLayout()
        self.kind_icon = QLabel()
        head.addWidget(self.kind_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(title, 1)
        head.addWidget(self.log_call_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(8)
        head.addWidget(self.new_deal_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(8)
        head.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(delete, 0, Qt.AlignmentFlag.AlignTop)

        self.points = QGridLayout()
        self.points.setHorizontalSpacing(12)
        self.details = QFormLayout()
        self.details.setHorizontalSpacing(16)
        self.details.setVerticalSpacing(6)
        self.figures = QHBoxLayout()
        reach = Card()
        reach.body.addWidget(label(translate("Profile", "Contact"), "sectionTitle"))
        reach.body.addLayout(self.points)
        about = Card()
        about.body.addWidget(label(translate("Profile", "Details"), "sectionTitle"))
        about.body.addLayout(self.details)
        self.people_card = Card()
        self.people_card.body.addWidget(label(translate("Profile", "People"), "sectionTitle"))
        self.people = QVBoxLayout()
        self.people_card.body.addLayout(self.people)
        side_panel = QWidget()
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 6, 0)
        side.setSpacing(10)
        for card in (reach, about, self.people_card):
            side.addWidget(card)
        side.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(side_panel)
        side_scroll.setMinimumWidth(380)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMaximumWidth(460)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(translate("Profile", "Write a note\u2026"))
        self.note.setFixedHeight(64)
        add_note = QPushButton(translate("Profile", "Add note"))
        add_note.setObjectName("primary")
        add_note.clicked.connect(self.add_note)
        composer = QHBoxLayout()
        composer.addWidget(self.note, 1)
        composer.addWidget(add_note, 0, Qt.AlignmentFlag.AlignBottom)
        self.timeline = TimelineView(ctx, openable=("activity",))
        self.timeline.activated.connect(self.open_event)
        activity = Card()
        activity.body.addLayout(composer)
        activity.body.addWidget(self.timeline, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(side_scroll)
        body.addWidget(activity, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addLayout(head)
        layout.addLayout(self.figures)
        layout.addLayout(body, 1)
        activity_events.changed.connect(self._activity_written)

    # -- filling ---------------------------------------------------------------------------------

    def show_record(self, kind: str, record_id: int, *, keep_note: bool = False) -> None:
        """Show a person (``contact``) or a company (``organization``); ``keep_note``: the note being
        written stays as it is (the same record read again)."""
        found = profile.person(record_id) if kind == "contact" else profile.company(record_id)  # raises first
        self.key = (kind, record_id)
        self.stale = False
        for layout in (self.chips, self.points, self.details, self.figures, self.people):
            _clear(layout)
        self.kind_icon.setPixmap(kind_icon(kind).pixmap(32, 32))
        if kind == "contact":
            self._fill_person(found)
            self.timeline.show_scope(timeline.person_scope(record_id))
        else:
            self._fill_company(found)
            self.timeline.show_scope(timeline.company_scope(record_id))
        if not keep_note:
            self.note.clear()

    def _activity_written(self) -> None:
        """An activity was written (a reminder's "Done", My day, Ctrl+L, a form opened here...)."""
        if self.key is None or self._own_write:
            return
        if self.isVisible():
            self._reread()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self._reread()

    def _reread(self) -> None:
        self.stale = False
        try:
            self._refresh()
        except NotFoundError:  # the customer was deleted meanwhile: shown as it was until the page moves on
            pass

    def _chip(self, text: str) -> None:
        self.chips.addWidget(label(text, "chip"))

    def _chips(self, stage: str, tags: tuple[str, ...]) -> None:
        if stage:
            self._chip(stage_label(stage))
        for tag in tags:
            self._chip(tag)
        self.chips.addStretch(1)

    def _fill_person(self, person: profile.Person) -> None:
        record, fmt = person.record, self.ctx.fmt
        self.name.setText(person.name)
        parts = [record.job_title] if record.job_title else []
        if person.company:
            parts.append(person.company[1])
        self.subtitle.setText(translate("Profile", " \u00b7 ").join(parts))
        self._chips(record.lifecycle_stage, person.tags)
        self._fill_points(person.points)
        if person.company:
            link = QToolButton()
            link.setObjectName("linkButton")
            link.setText(person.company[1])
            link.clicked.connect(lambda: self.open_requested.emit("organization", person.company[0]))
            self.details.addRow(translate("Profile", "Company"), link)
        rows = [
            (translate("Profile", "Owner"), person.owner),
            (translate("Profile", "National code"), fmt.digits(record.national_code)),
            (translate("Profile", "Birth date"), fmt.date(record.birth_date, "long")),
            (translate("Profile", "Source"), record.source),
            (translate("Profile", "City"), self._place(record.city, record.province)),
            (translate("Profile", "Added"), self._added(record.created_at, person.created_by)),
            (translate("Profile", "Last contact"), fmt.datetime(record.last_interaction_at)),
            (translate("Profile", "About"), record.notes),
        ]
        self._fill_details(rows)
        self._fill_figures(person.figures)
        self.people_card.setVisible(False)

    def _fill_company(self, company: profile.Company) -> None:
        record, fmt = company.record, self.ctx.fmt
        self.name.setText(company.name)
        self.subtitle.setText(translate("Profile", " \u00b7 ").join(p for p in (record.industry, record.city) if p))
        self._chips("", company.tags)
        self._fill_points(company.points)
        rows = [
            (translate("Profile", "Owner"), company.owner),
            (translate("Profile", "National ID"), fmt.digits(record.national_id)),
            (translate("Profile", "Economic code"), fmt.digits(record.economic_code)),
            (translate("Profile", "Website"), record.website),
            (translate("Profile", "City"), self._place(record.city, record.province)),
            (translate("Profile", "Added"), self._added(record.created_at, company.created_by)),
            (translate("Profile", "Last contact"), fmt.datetime(company.last_interaction_at)),
            (translate("Profile", "About"), record.notes),
        ]
        self._fill_details(rows)
        self._fill_figures(company.figures)
        self.people_card.setVisible(True)
        for member in company.people:
            button = QToolButton()
            button.setObjectName("linkButton")
            button.setText(member.name)
            button.clicked.connect(lambda _=False, cid=member.id: self.open_requested.emit("contact", cid))
            line = QHBoxLayout()
            line.addWidget(button)
            details = translate("Profile", " \u00b7 ").join(
                isolated(p) for p in (member.job_title, fmt.phone(member.phone)) if p)
            line.addWidget(label(in_reading_direction(details), "muted", wrap=True), 1)

            self.people.addLayout(line)
        if not company.people:
            self.people.addWidget(label(translate("Profile", "No people linked yet."), "muted"))

    def _place(self, city: str, province: str) -> str:
        return translate("Profile", ", ").join(p for p in (city, province) if p)

    def _added(self, created_at, by: str) -> str:
        when = self.ctx.fmt.date(created_at, "long")
        return in_reading_direction(translate("Profile", "{date} by {user}").format(date=when, user=by)) if by else when

    def _fill_details(self, rows: list[tuple[str, str]]) -> None:
        for caption, value in rows:
            if value:
                self.details.addRow(caption, value_label(value))

    def _fill_figures(self, figures) -> None:
        for figure in figures:
            card = Card()
            card.body.addWidget(label(figure.value, "statValue"))
            card.body.addWidget(label(figure.label, "statLabel"))
            self.figures.addWidget(card)
        if figures:
            self.figures.addStretch(1)

    def _fill_points(self, points) -> None:
        if not points:
            self.points.addWidget(label(translate("Profile", "No phone, email or address yet."), "muted"), 0, 0)
        for row, point in enumerate(points):
            shown = self.ctx.fmt.phone(point.value_norm or point.value) if point.kind in PHONE_KINDS else point.value
            caption = point_kind_label(point.kind)
            if point.label:
                caption = translate("Profile", "{kind} ({label})").format(kind=caption, label=point.label)
            self.points.addWidget(label(caption, "muted"), row, 0)
            self.points.addWidget(value_label(shown), row, 1)
            copy = QToolButton()
            copy.setIcon(QIcon(str(resource_path("icons", "copy.svg"))))
            copy.setToolTip(translate("Profile", "Copy"))
            copy.clicked.connect(lambda _=False, text=point.value: self.copy(text))
            self.points.addWidget(copy, row, 2)
        self.points.setColumnStretch(1, 1)

    # -- actions ----------------------------------------------------------------------------------

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status.emit(translate("Profile", "Copied {text}").format(text=text))

    def new_deal(self) -> None:
        """The deal dialog with this customer filled in; after a save the timeline and figures show it."""
        if self.key is None:
            return
        from crm_desktop.ui.funnel.deal_dialog import DealDialog  # the funnel's room, loaded when first used

        kind, record_id = self.key
        customer = {"contact_id": record_id} if kind == "contact" else {"organization_id": record_id}
        dialog = DealDialog(self.ctx, parent=self, **customer)
        if dialog.exec():
            self.show_record(kind, record_id)

    def new_case(self) -> None:
        """The case dialog with this customer filled in; after a save the timeline and figures show it."""
        if self.key is None:
            return
        from crm_desktop.ui.cases.case_dialog import CaseDialog  # the queue's room, loaded when first used

        kind, record_id = self.key
        customer = {"contact_id": record_id} if kind == "contact" else {"organization_id": record_id}
        dialog = CaseDialog(self.ctx, parent=self, **customer)
        if dialog.exec():
            self.show_record(kind, record_id)

    def _customer(self) -> dict[str, int]:
        kind, record_id = self.key
        return {"contact_id": record_id} if kind == "contact" else {"organization_id": record_id}

    def _refresh(self) -> None:
        """Show the record again (timeline, figures, last contact), keeping a note being written."""
        if self.key is None:
            return
        self.show_record(*self.key, keep_note=True)

    def _form(self, open_form):
        """Run an activity form opened here, then show once what it wrote (its own announcement of the
        write is left to the other pages)."""
        self._own_write = True
        try:
            saved = open_form()
        finally:
            self._own_write = False
        if saved:
            self._refresh()
        return saved

    def log_call(self) -> int | None:
        """The quick call form for this customer; after a save the timeline shows the call."""
        if self.key is None:
            return None
        return self._form(lambda: quick_actions().log_call(self, self.ctx, **self._customer()))

    def schedule(self, kind: str) -> int | None:
        """A new call, meeting, task, SMS or email with this customer; the timeline shows it planned."""
        if self.key is None:
            return None
        return self._form(lambda: quick_actions().new_activity(self, self.ctx, kind=kind, **self._customer()))

    def open_event(self, kind: str, record_id: int) -> bool:
        """An activity clicked on the timeline opens in its form; the timeline follows what was saved."""
        if kind != "activity":
            return False
        return bool(self._form(lambda: quick_actions().edit_activity(self, self.ctx, record_id)))

    def add_note(self) -> None:
        body = self.note.toPlainText()
        if self.key is None:
            return
        kind, record_id = self.key
        try:
            if kind == "contact":
                notes.add_note(body, contact_id=record_id)
            else:
                notes.add_note(body, organization_id=record_id)
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return
        self.show_record(kind, record_id)
