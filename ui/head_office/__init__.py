"""Head office menu: consolidate branches' monthly packs (app/head_office)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from app import permissions


class HeadOfficeMenu(QObject):
    def __init__(self, window: QMainWindow, clock: Callable[[], datetime], staff_id: int | None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.staff_id = staff_id
        self.menu = QMenu(window)
        self.menu.setObjectName("head_office_menu")
        actions = window.menuBar().actions()
        window.menuBar().insertMenu(actions[-2] if len(actions) >= 2 else None, self.menu)
        self.consolidate_action = QAction(window, objectName="consolidate_packs")
        self.consolidate_action.triggered.connect(self.open_consolidate)
        self.menu.addAction(self.consolidate_action)
        self.menu.menuAction().setVisible(permissions.can(staff_id, permissions.CONSOLIDATE_PACKS))
        window.installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("Head office (&Z)"))  # every letter of the name is taken in the window
        self.consolidate_action.setText(self.tr("&Consolidate packs…"))
        self.consolidate_action.setToolTip(self.tr("One workbook from the branches' monthly packs"))

    def open_consolidate(self) -> None:
        from ui.head_office.consolidate_dialog import ConsolidateDialog

        ConsolidateDialog(self.clock, self.staff_id, self.window).exec()


def install_head_office_menu(
    window: QMainWindow, clock: Callable[[], datetime], staff_id: int | None
) -> HeadOfficeMenu:
    return HeadOfficeMenu(window, clock, staff_id)
