"""Complaint handling starts from the intake list (R6.1); the appraisal tab is in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import intake
from tests.app.factories import register


def test_double_clicking_a_complaint_opens_its_handling_R6_1(qtbot, window, office):
    reg = register(
        office,
        kind="complaint",
        complaint_about="施工队态度",
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
    )
    tab = window.intake
    with qtbot.waitSignal(tab.tickets.loaded, timeout=5000):  # the list is read in the background
        tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("complaint"))
    rect = tab.ticket_view.visualRect(tab.tickets.index(0, 0))
    qtbot.mouseClick(tab.ticket_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.ticket_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    from ui.complaints.complaint_dialog import ComplaintDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComplaintDialog) and w.isVisible()]
    assert len(dialogs) == 1 and reg.number in dialogs[0].windowTitle()
    dialogs[0].close()


def test_the_manager_window_holds_the_appraisal_tab(window):
    from ui.appraisal.appraisal_tab import AppraisalTab

    assert isinstance(window.appraisal, AppraisalTab) and window.tabs.isTabVisible(3)
