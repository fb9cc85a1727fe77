"""The Office menu: the administration dialogs a branch sets itself up with (issue 9)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from ui.admin.calendar_dialog import CalendarDialog
from ui.admin.departments_dialog import DepartmentsDialog
from ui.admin.office_settings_dialog import OfficeSettingsDialog
from ui.admin.roster_dialog import RosterDialog
from ui.admin.time_limits_dialog import TimeLimitsDialog

DIALOGS: dict[str, type[QDialog]] = {
    "roster": RosterDialog,
    "departments": DepartmentsDialog,
    "time_limits": TimeLimitsDialog,
    "calendar": CalendarDialog,
    "settings": OfficeSettingsDialog,
}


class OfficeMenu(QMenu):
    def __init__(
        self,
        window: QWidget,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("office_menu")
        self._window = window
        self._clock = clock
        self._staff_id = staff_id
        self.actions_by_name: dict[str, QAction] = {}
        for name in DIALOGS:
            action = QAction(self)
            action.setObjectName("office_" + name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_dialog(n))
            self.addAction(action)
            self.actions_by_name[name] = action
            if name == "time_limits":
                self.addSeparator()
        self.retranslate_ui()

    def open_dialog(self, name: str) -> QDialog:
        """Open one administration dialog, window-modal, deleted when closed."""
        dialog = DIALOGS[name](self._clock, self._staff_id, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Office"))
        texts = {
            "roster": self.tr("&Staff roster…"),
            "departments": self.tr("&Departments and routing…"),
            "time_limits": self.tr("&Time limits…"),
            "calendar": self.tr("Working &calendar…"),
            "settings": self.tr("Office s&ettings…"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)


def install_office_menu(window: QMainWindow, clock: Callable[[], datetime], staff_id: int | None) -> QMenu:
    """Add the Office menu to the window's menu bar (before Help when there is one)."""
    menu = OfficeMenu(window, clock, staff_id, window.menuBar())
    bar = window.menuBar()
    help_action = next(
        (a for a in bar.actions() if a.menu() is not None and a.menu() is getattr(window, "help_menu", None)),
        None,
    )
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu
