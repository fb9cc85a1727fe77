"""The main window: the four tabs of the product, the language menu, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app import db, permissions
from app.services import lookup, settings, staff_roster
from ui import backup_ui, events, msgbox
from ui.admin.office_menu import install_office_menu
from ui.appraisal.appraisal_tab import AppraisalTab
from ui.backup_ui import install_backup_menu
from ui.desk_sync import DeskSync
from ui.dispatch.dispatch_tab import DispatchTab
from ui.exports.export_menu import install_export_menu
from ui.head_office import install_head_office_menu
from ui.i18n import LANGUAGES, LanguageManager
from ui.intake.intake_tab import IntakeTab
from ui.warranty.warranty_tab import WarrantyTab

REFRESH_MS = 60_000


def _refresher(page: QWidget):
    return getattr(page, "refresh", None) or getattr(page, "reload", None)


class MainWindow(QMainWindow):
    switch_user_requested = Signal()

    def __init__(
        self,
        languages: LanguageManager,
        clock: Callable[[], datetime],
        staff_id: int | None,
        database_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._database_label = database_label
        self._staff_name = ""
        self._staff_name = staff_roster.name_of(staff_id)
        self.tabs = QTabWidget(objectName="tabs")
        self.intake = IntakeTab(clock, staff_id)
        self.dispatch = DispatchTab(clock, staff_id)
        self.warranty = WarrantyTab(clock, staff_id)
        self.appraisal = AppraisalTab(clock, staff_id)
        for page in (self.intake, self.dispatch, self.warranty, self.appraisal):
            self.tabs.addTab(page, "")
        self.approvals = None
        if permissions.can(staff_id, permissions.APPROVE_COMPLAINT_PLAN):
            from ui.complaints.approvals_tab import ApprovalsTab

            self.approvals = ApprovalsTab(clock, staff_id)
            self.tabs.addTab(self.approvals, "")
        self.setCentralWidget(self.tabs)
        # Alt+I/D/W/A (or a click) on a tab puts the focus in its first field, so what is typed
        # next is not lost
        self._first_fields = {
            page: getattr(page, name, None)
            for page, name in (
                (self.intake, "search"),
                (self.dispatch, "queue_view"),
                (self.warranty, "search"),
                (self.appraisal, "month"),  # absent for roles that see no appraisal
            )
        }
        self.tabs.currentChanged.connect(self._focus_first_field)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.desk_sync = DeskSync(self.statusBar(), self)  # other desks' changes, connection state
        self._clock = clock
        self._staff_id = staff_id
        self._build_menus()
        self.office_menu = install_office_menu(self, clock, staff_id)
        install_export_menu(self, clock, staff_id)
        self.head_office_menu = install_head_office_menu(self, clock, staff_id)
        self.backup_menu = install_backup_menu(self, backup_ui.database_file(database_label), clock, staff_id)
        self._apply_role()
        events.bus().new_ticket_for_site.connect(self._on_new_ticket_for_site)
        self.retranslate_ui()
        geometry = QSettings().value("ui/main_geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # the first start on this PC: the whole free area (a 1920×1080 screen too)
            screen = self.screen() or QGuiApplication.primaryScreen()
            self.resize(screen.availableGeometry().size() if screen is not None else QSize(1400, 900))
        self._fit_to_screen()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.switch_user_action = QAction(self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_user_action.triggered.connect(self.switch_user_requested.emit)
        self.file_menu.addAction(self.switch_user_action)
        self.change_password_action = QAction(self)
        self.change_password_action.triggered.connect(self._change_password)
        self.file_menu.addAction(self.change_password_action)
        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self._show_audit)
        self.file_menu.addAction(self.audit_action)
        self.server_action = QAction(self, objectName="database_server")
        self.server_action.triggered.connect(self._show_server_dialog)
        self.file_menu.addAction(self.server_action)
        # F5 reloads the tab in front; it also reloads itself every minute (clocks move, other
        # desks register work). Changes made at this desk arrive at once through the bus.
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh_current)
        self.file_menu.addAction(self.refresh_action)
        self._minute = QTimer(self, interval=REFRESH_MS)
        self._minute.timeout.connect(self.refresh_current)
        self._minute.start()
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self._languages.current)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _apply_role(self) -> None:
        """R10.1: show only what the signed-in role may use (the services refuse the rest)."""
        can = lambda action: permissions.can(self._staff_id, action)  # noqa: E731
        p = permissions
        self.tabs.setTabVisible(0, can(p.REGISTER_TICKET) or can(p.LOOK_UP))
        self.tabs.setTabVisible(1, can(p.DISPATCH) or can(p.RECORD_WORK) or can(p.FOLLOW_UP))
        self.tabs.setTabVisible(2, can(p.LOOK_UP))
        self.tabs.setTabVisible(3, can(p.VIEW_APPRAISAL))
        self.office_menu.menuAction().setVisible(can(p.MANAGE_STAFF) or can(p.MANAGE_SETTINGS))
        self.audit_action.setVisible(can(p.VIEW_AUDIT))
        self.server_action.setVisible(can(p.MANAGE_SETTINGS))
        self.change_password_action.setVisible(self._staff_id is not None)
        for i in range(self.tabs.count()):
            if self.tabs.isTabVisible(i):
                self.tabs.setCurrentIndex(i)
                break
        if self.approvals is not None:  # a department head starts with the plans awaiting them
            self.tabs.setCurrentWidget(self.approvals)

    def _change_password(self) -> None:
        from ui.password_dialogs import ChangePasswordDialog

        if self._staff_id is None:
            return
        dialog = ChangePasswordDialog(self._clock, self._staff_id, parent=self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password is changed."), 5000)

    def selected_ticket_number(self) -> str:
        """The ticket the person has selected in the tab in front (what Print forms… prints)."""
        page = self.tabs.currentWidget()
        chosen = getattr(page, "selected_ticket_number", None)
        return chosen() if chosen is not None else ""

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a 1366×768 branch PC showed the window's
        bottom rows off screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(free.topLeft())

    def _focus_first_field(self, _index: int) -> None:
        field = self._first_fields.get(self.tabs.currentWidget())
        if field is not None:
            field.setFocus()

    def refresh_current(self) -> None:
        """Reload what the tab in front shows (not while the window is hidden or locked)."""
        page = self.tabs.currentWidget()
        refresh = _refresher(page) if page is not None else None
        if refresh is not None and self.isVisible() and self.centralWidget().isEnabled():
            refresh()

    def _show_server_dialog(self) -> None:
        from ui.server_dialog import ServerDialog

        ServerDialog(backup_ui.database_file(self._database_label), self).exec()

    def _show_audit(self) -> None:
        from ui.audit_dialog import AuditDialog

        AuditDialog(self._clock, self, self._staff_id).exec()

    def _on_new_ticket_for_site(self, site_id: int) -> None:
        """R5 → R1: the counter found the site; register its new problem with it filled in."""
        match = lookup.site_match(site_id)
        if match is None:
            return
        self.tabs.setCurrentWidget(self.intake)
        self.intake.form.clear()
        self.intake.form.use_match(match)

    def switch_language(self, code: str) -> None:
        """Takes effect at once; Qt sends LanguageChange and every widget retranslates."""
        self._languages.apply(code, remember=True)
        self.language_actions[code].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        branch = settings.branch()
        self.setWindowTitle(self.tr("Service Office — %1").replace("%1", branch.name or branch.code))
        self.tabs.setTabText(0, self.tr("&Intake"))
        self.tabs.setTabText(1, self.tr("&Dispatch board"))
        self.tabs.setTabText(2, self.tr("&Warranty lookup"))
        self.tabs.setTabText(3, self.tr("Staff &appraisal"))
        if self.approvals is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.approvals), self.tr("&Plans to approve"))
        self.file_menu.setTitle(self.tr("&File"))
        self.switch_user_action.setText(self.tr("&Switch user…"))
        self.change_password_action.setText(self.tr("Change &password…"))
        self.audit_action.setText(self.tr("&Audit trail…"))
        self.server_action.setText(self.tr("&Database server…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.desk_sync.retranslate_ui()
        self.about_action.setText(self.tr("&About"))
        self.status_label.setText(
            self.tr("Branch %1 · User %2 · %3")
            .replace("%1", branch.code)
            .replace("%2", self._staff_name or "—")
            .replace("%3", db.display_name(self._database_label))
        )

    def _about(self) -> None:
        msgbox.information(
            self,
            self.tr("About"),
            self.tr(
                "Service Office: after-sales registration, dispatch, warranty and appraisal. Works offline."
            ),
        )

    def closeEvent(self, event) -> None:
        QSettings().setValue("ui/main_geometry", self.saveGeometry())
        self.dispatch.wait_for_escalation()  # its writes end before the exit backup starts
        super().closeEvent(event)
