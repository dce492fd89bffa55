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
        for key in ("customers", "cases"):
            self.pages[key].status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.pages["cases"].open_customer.connect(self.open_customer)

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
        find = QAction(translate("MainWindow", "&Find a customer\u2026"), self)
        find.setShortcut(QKeySequence("Ctrl+K"))
        find.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any page or dialog
        find.triggered.connect(self.quick_search)
        self.addAction(find)
        file_menu.addAction(find)
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

    def show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About CRM Desktop"), translate(
            "MainWindow", "CRM Desktop {version}\nCustomer relationship management for small offices, "
                          "offline first, in Persian and English.").format(version=self.ctx.fmt.digits(__version__)))
