"""The main window: navigation on the start side, the current area beside it, status below.

Only areas that work are in the navigation; each later feature adds its page here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.services.context import current_user_id
from crm_desktop.ui.calendar.page import CalendarPage
from crm_desktop.ui.cases.outbox_view import OutboxPage
from crm_desktop.ui.cases.page import CasesPage
from crm_desktop.ui.cases_report.page import CasesReportPage
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.funnel.page import FunnelPage
from crm_desktop.ui.funnel_report.page import FunnelReportPage
from crm_desktop.ui.home.page import HomePage
from crm_desktop.ui.knowledge.page import KnowledgePage
from crm_desktop.ui.leads.page import LeadsPage
from crm_desktop.ui.my_day.page import MyDayPage
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.search.quick_search import QuickSearch
from crm_desktop.ui.settings.page import SettingsPage

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str
    factory: Callable[[AppContext], QWidget]


def areas() -> list[Area]:
    return [
        Area("home", translate("MainWindow", "Home"), "home.svg", HomePage),
        Area("my_day", translate("MainWindow", "My day"), "my_day.svg", MyDayPage),
        Area("calendar", translate("MainWindow", "Calendar"), "calendar_nav.svg", CalendarPage),
        Area("customers", translate("MainWindow", "Customers"), "customers.svg", CustomersPage),
        Area("leads", translate("MainWindow", "Leads"), "leads.svg", LeadsPage),
        Area("funnel", translate("MainWindow", "Funnel"), "funnel.svg", FunnelPage),
        Area("report", translate("MainWindow", "Funnel report"), "report.svg", FunnelReportPage),
        Area("cases", translate("MainWindow", "Complaints"), "cases.svg", CasesPage),
        Area("cases_report", translate("MainWindow", "Complaints report"), "cases_report.svg", CasesReportPage),
        Area("knowledge", translate("MainWindow", "Knowledge bank"), "knowledge.svg", KnowledgePage),
        Area("outbox", translate("MainWindow", "Outbox"), "outbox.svg", OutboxPage),
        Area("settings", translate("MainWindow", "Settings"), "settings.svg", SettingsPage),
    ]


class MainWindow(QMainWindow):
    preferences_applied = Signal(object)  # Preferences

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(translate("MainWindow", "CRM Desktop"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.resize(1200, 780)
        self.setMinimumSize(900, 600)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for area in areas():
            page = area.factory(ctx)
            self.pages[area.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(QIcon(str(resource_path("icons", area.icon))), area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        settings = self.pages["settings"]
        settings.preferences_applied.connect(self.preferences_applied)
        for key in ("customers", "cases", "my_day", "calendar"):
            self.pages[key].status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        for key in ("cases", "my_day", "calendar"):
            self.pages[key].open_customer.connect(self.open_customer)
        self.pages["my_day"].open_deal.connect(self.open_deal)
        self.pages["my_day"].open_case.connect(self.open_case)
        self.reminders = None  # the reminder clock, started by start_reminders() once the window shows

        brand = QLabel(translate("MainWindow", "CRM Desktop"))
        brand.setObjectName("brand")
        side = QWidget()
        side.setStyleSheet("background: #17233b;")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(brand)
        side_layout.addWidget(self.navigation, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        status_db = QLabel(translate("MainWindow", "Database: {name}").format(name=ctx.database_label))
        status_user = QLabel(translate("MainWindow", "Signed in as {name}").format(name=ctx.user_name))
        self.statusBar().addWidget(status_db, 1)
        self.statusBar().addPermanentWidget(status_user)
        self._build_menu()
        self.navigation.setCurrentRow(0)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        for text, keys, slot in ((translate("MainWindow", "&Find a customer\u2026"), "Ctrl+K", self.quick_search),
                                 (translate("MainWindow", "&Log a call\u2026"), "Ctrl+L", self.log_call),
                                 (translate("MainWindow", "&Schedule an activity\u2026"), "Ctrl+Shift+N",
                                  self.new_activity)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any page or dialog
            action.triggered.connect(slot)
            self.addAction(action)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About CRM Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def show_area(self, key: str) -> QWidget:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
        return self.pages[key]

    def quick_search(self) -> QuickSearch:
        dialog = QuickSearch(self.ctx, self)
        dialog.open_requested.connect(self.open_customer)
        dialog.show()
        dialog.input.setFocus()
        return dialog

    def open_customer(self, kind: str, record_id: int) -> None:
        customers = self.show_area("customers")
        customers.open_record(kind, record_id)

    def open_deal(self, deal_id: int) -> None:
        self.show_area("funnel").open_deal(deal_id)

    def open_case(self, case_id: int) -> None:
        """The case in the queue's detail pane (a closed one is not in the open queue: its form then)."""
        cases = self.show_area("cases")
        cases.reload(wait=True, select=[case_id])
        if case_id not in cases.selected_ids():
            cases.edit_case(case_id)

    def log_call(self) -> None:
        """Log a call from anywhere (Ctrl+L): the customer is searched as in the 360 search."""
        from crm_desktop.ui.activities import quick_actions

        quick_actions.log_call(self, self.ctx)

    def new_activity(self) -> None:
        from crm_desktop.ui.activities import quick_actions

        quick_actions.new_activity(self, self.ctx)

    # -- reminders --------------------------------------------------------------------------------

    def start_reminders(self, *, startup: bool = True) -> None:
        """Start the reminder clock for the signed-in user (``startup``: also say what is overdue)."""
        from crm_desktop.ui.reminders.center import ReminderCenter

        if self.reminders is not None:
            return
        self.reminders = ReminderCenter(self.ctx, current_user_id(), parent=self)
        self.reminders.open_my_day.connect(lambda: self.show_area("my_day"))
        self.reminders.open_customer.connect(self.open_customer)
        self.reminders.quit_requested.connect(self.close)
        self.pages["settings"].reminder_prefs_saved.connect(self.reminders.apply_prefs)
        self.reminders.start(startup=startup)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None
        super().closeEvent(event)

    def show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About CRM Desktop"), translate(
            "MainWindow", "CRM Desktop {version}\nCustomer relationship management for small offices, "
                          "offline first, in Persian and English.").format(version=self.ctx.fmt.digits(__version__)))
