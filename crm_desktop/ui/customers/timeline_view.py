"""A customer's timeline: newest first, filterable by kind, drawn from whatever the registered
providers return (a new kind needs at most an icon file named after it). Events of the kinds of
record the owner can open (``openable``) are clickable and ask for their record with ``activated``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services import timeline
from crm_desktop.services.timeline import Scope, TimelineEvent
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label
from crm_desktop.ui.widgets.icons import kind_icon

translate = QCoreApplication.translate


class EventCard(QFrame):
    """One event; ``activated(kind, id)`` on a click when it is ``openable``."""

    activated = Signal(str, int)

    def __init__(self, event: TimelineEvent, ctx: AppContext, parent: QWidget | None = None, *,
                 openable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEvent")
        self.event_ref = event.ref if openable else None
        if self.event_ref is not None:
            self.setProperty("openable", True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(translate("Timeline", "Click to open"))
        icon = QLabel()
        icon.setPixmap(kind_icon(event.icon or event.kind).pixmap(18, 18))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        meta = [isolated(ctx.fmt.datetime(event.at))]
        if event.actor:
            meta.append(isolated(event.actor))
        if event.subject:
            meta.append(isolated(event.subject))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(label(in_reading_direction(event.title), "timelineTitle", wrap=True))
        text.addWidget(label(in_reading_direction(translate("Timeline", " \u00b7 ").join(meta)), "timelineMeta"))
        if event.body:
            text.addWidget(label(event.body, wrap=True, selectable=True))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 8, 6, 8)
        row.setSpacing(10)
        row.addWidget(icon)
        row.addLayout(text, 1)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if self.event_ref is not None and event.button() == Qt.MouseButton.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            self.activated.emit(*self.event_ref)


class TimelineView(QWidget):
    """``activated(kind, id)``: an event of an ``openable`` kind of record was clicked."""

    activated = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, openable: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scope: Scope | None = None
        self.openable = openable
        self.kind = QComboBox()
        self.kind.addItem(translate("Timeline", "Everything"), None)
        for kind, caption in timeline.kinds():
            self.kind.addItem(kind_icon(kind), caption, kind)
        self.kind.currentIndexChanged.connect(self.reload)
        self.empty = label(translate("Timeline", "Nothing here yet."), "muted")
        self.list = QVBoxLayout()
        self.list.setSpacing(0)
        holder = QWidget()
        holder.setObjectName("timelineList")
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.list)
        outer.addWidget(self.empty)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        header = QHBoxLayout()
        header.addWidget(label(translate("Timeline", "Timeline"), "sectionTitle"))
        header.addStretch(1)
        header.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    def show_scope(self, scope: Scope) -> None:
        self.scope = scope
        self.reload()

    def reload(self) -> None:
        while self.list.count():
            item = self.list.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if self.scope is None:
            return
        kind = self.kind.currentData()
        events = timeline.timeline(self.scope, None if kind is None else [kind])
        for event in events:
            card = EventCard(event, self.ctx, openable=event.ref is not None and event.ref[0] in self.openable)
            card.activated.connect(self.activated)
            self.list.addWidget(card)
        self.empty.setVisible(not events)

    def event_count(self) -> int:
        return self.list.count()

    def cards(self) -> list[EventCard]:
        return [self.list.itemAt(i).widget() for i in range(self.list.count())]
