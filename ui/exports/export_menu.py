"""The Export menu and toolbar: registers for head office, printed forms (R9), and the Excel
import of customers and sites."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app import permissions
from ui.formatting import button_text

WARM_UP_DELAY_MS = 2_000  # after the window is up, so start-up is not slowed
_warm = threading.Event()


def warm_up_forms() -> None:
    """Load the form library and the CJK font and draw a throwaway page: pure Python, no Qt, so it
    runs on a plain thread while the person works; the first real preview then takes well under
    a second (measured by bench/board.py)."""
    import io

    from app.forms import page

    canvas = page.new_canvas(io.BytesIO(), "warm-up")
    canvas.setFont(page.FONT, 10)
    canvas.drawString(40, 40, "售后服务报告单 SH-20260101-0001")
    canvas.save()
    _warm.set()


def start_forms_warm_up() -> threading.Thread | None:
    if _warm.is_set():
        return None
    thread = threading.Thread(target=warm_up_forms, name="forms-warm-up", daemon=True)
    thread.start()
    return thread


class ExportMenu(QObject):
    """Owns the menu, the toolbar and their actions; retranslates on LanguageChange."""

    def __init__(self, window: QMainWindow, clock: Callable[[], datetime], staff_id: int | None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.staff_id = staff_id
        self.menu = QMenu(window)
        self.menu.setObjectName("export_menu")
        window.menuBar().insertMenu(self._before(window), self.menu)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("export_toolbar")
        window.addToolBar(self.toolbar)
        self.export_action = QAction(window, objectName="export_registers")
        self.export_action.triggered.connect(self.open_export)
        self.print_action = QAction(window, objectName="print_forms")
        self.print_action.triggered.connect(self.open_print)
        self.import_action = QAction(window, objectName="import_customers")
        self.import_action.triggered.connect(self.open_import)
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.print_action)
        self.menu.addSeparator()
        self.menu.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.print_action)
        can = lambda action: permissions.can(staff_id, action)  # noqa: E731
        self.export_action.setVisible(can(permissions.EXPORT_REGISTERS))
        self.print_action.setVisible(
            can(permissions.DISPATCH) or can(permissions.RECORD_WORK) or can(permissions.LOOK_UP)
        )
        # app/importing.apply requires the permission to edit customers' sites and warranties.
        self.import_action.setVisible(can(permissions.EDIT_WARRANTY))
        on_toolbar = self.export_action.isVisible() or self.print_action.isVisible()
        self.menu.menuAction().setVisible(on_toolbar or self.import_action.isVisible())
        self.toolbar.setVisible(on_toolbar)
        window.installEventFilter(self)
        self.retranslate_ui()
        if self.print_action.isVisible():
            # the first preview must not wait seconds for reportlab and the CJK font to load
            QTimer.singleShot(WARM_UP_DELAY_MS, self, start_forms_warm_up)

    @staticmethod
    def _before(window: QMainWindow):
        """Insert before the Language menu (after File and any Office menu), else at the end."""
        actions = window.menuBar().actions()
        return actions[-2] if len(actions) >= 2 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("E&xport"))
        self.toolbar.setWindowTitle(self.tr("Export"))
        self.export_action.setText(self.tr("Export &registers…"))
        self.export_action.setToolTip(self.tr("Excel registers for head office"))
        self.print_action.setText(self.tr("&Print forms…"))
        self.print_action.setToolTip(
            self.tr("Service report sheets, dispatch slips, surveys, warranty cards")
        )
        self.import_action.setText(self.tr("&Import customers and sites…"))
        self.import_action.setToolTip(self.tr("Customers, sites and projects from head office's Excel list"))
        for action in (self.export_action, self.print_action):
            action.setIconText(button_text(action.text()))

    def open_export(self) -> None:
        from ui.exports.export_dialog import ExportDialog

        ExportDialog(self.clock, self.staff_id, self.window).exec()

    def open_print(self) -> None:
        from ui.exports.print_dialog import PrintDialog

        chosen = getattr(self.window, "selected_ticket_number", lambda: "")()
        PrintDialog(self.clock, self.staff_id, self.window, subject=chosen).exec()

    def open_import(self) -> None:
        from ui.exports.import_dialog import ImportDialog

        ImportDialog(self.clock, self.staff_id, self.window).exec()


def install_export_menu(window: QMainWindow, clock: Callable[[], datetime], staff_id: int | None) -> None:
    """Add the Export menu and toolbar to the main window."""
    window.export_menu = ExportMenu(window, clock, staff_id)  # type: ignore[attr-defined]
