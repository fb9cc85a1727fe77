"""The board shows every order of the shown day or week, at any hour (issue 16, point 1)."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.models import Staff
from app.services import dispatch, intake
from tests.app.factories import register
from tests.conftest import NOW
from ui.dispatch.board_view import board_span
from ui.dispatch.work_order_dialog import WorkOrderDialog


@pytest.fixture
def supervisor(office):
    return Staff.create(name="孙主管", role="supervisor", created_at=NOW).id


@pytest.fixture
def tech(office):
    return Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id


def _order(office, supervisor, tech, start, end, name="张伟", phone="13800001111"):
    reg = register(office, new_customer=intake.CustomerInput(name, [phone]))
    order_id = dispatch.assign(reg.ticket_id, [tech], start, end, supervisor, NOW)
    return reg, order_id


def _show_board(request, qtbot):
    """The window opens after the orders were made (a supervisor signing in to a busy board)."""
    window = request.getfixturevalue("window")
    tab = window.dispatch
    window.tabs.setCurrentWidget(tab)
    tab.day.setDate(QDate(NOW.date()))
    window.resize(1366, 768)
    qtbot.wait(10)
    return tab


def test_the_span_is_office_hours_widened_to_every_order_R4_1():
    monday = NOW.date()

    def block(start, end):
        return dispatch.OrderBlock(
            1, 1, "SH-1", "c", "a", "plumbing", start, end, "scheduled", "", (1,), False, False, False
        )

    assert board_span(monday, 1, []) == (9, 18)
    assert board_span(monday, 1, [block(datetime(2026, 11, 23, 21, 30), datetime(2026, 11, 23, 23, 0))]) == (
        9,
        23,
    )
    assert board_span(monday, 1, [block(datetime(2026, 11, 23, 7, 15), datetime(2026, 11, 23, 8, 0))]) == (
        7,
        18,
    )
    # over midnight: the day view shows its part until 24:00; the week shows whole days, so the
    # part after midnight is on the board too
    late = block(datetime(2026, 11, 23, 23, 0), datetime(2026, 11, 24, 1, 0))
    assert board_span(monday, 1, [late]) == (9, 24)
    assert board_span(monday, 7, [late]) == (0, 24)
    # an order on another day does not widen this one
    assert board_span(monday, 1, [block(datetime(2026, 11, 24, 21, 0), datetime(2026, 11, 24, 22, 0))]) == (
        9,
        18,
    )
    assert board_span(monday, 1, [], (time(8, 30), time(17, 30))) == (8, 18)


def test_an_order_at_21_30_is_on_the_board_and_opens_with_a_double_click_R4_1(
    request, qtbot, office, supervisor, tech
):
    reg, order_id = _order(
        office, supervisor, tech, datetime(2026, 11, 23, 21, 30), datetime(2026, 11, 23, 23, 0)
    )
    evening, _ = _order(
        office,
        supervisor,
        tech,
        datetime(2026, 11, 23, 19, 0),
        datetime(2026, 11, 23, 21, 0),
        "李娜",
        "13900001111",
    )
    tab = _show_board(request, qtbot)
    tab.day_mode.setChecked(True)
    assert sorted(b.number for b in tab.board.blocks()) == sorted([reg.number, evening.number])
    assert tab.board.span() == (9, 23)
    placed = {p.block.number: p.rect for p in tab.board._placed}
    assert placed[evening.number].width() >= 2 * tab.board.hour_width() - 4  # not cut at 20:00
    # the person double-clicks the 21:30 block: its work order opens
    rect = placed[reg.number]
    tab.scroll.ensureVisible(rect.center().x(), rect.center().y())
    opened = []
    tab.board.order_activated.connect(opened.append)
    qtbot.mouseDClick(tab.board, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [order_id]


def test_the_week_shows_evening_orders_and_blocks_say_more_than_an_ellipsis_R4_1(
    request, qtbot, office, supervisor, tech
):
    reg, _ = _order(office, supervisor, tech, datetime(2026, 11, 25, 21, 30), datetime(2026, 11, 25, 23, 0))
    tab = _show_board(request, qtbot)
    qtbot.mouseClick(tab.week_mode, Qt.MouseButton.LeftButton)
    assert [b.number for b in tab.board.blocks()] == [reg.number]
    assert tab.board.span() == (9, 23)
    text = tab.board.block_text(tab.board.blocks()[0])
    assert reg.number in text and "张伟" in text and "21:30–23:00" in text


def test_the_list_view_shows_the_days_orders_and_enter_opens_one_R4_1(
    request, qtbot, office, supervisor, tech
):
    reg, _ = _order(office, supervisor, tech, datetime(2026, 11, 23, 21, 30), datetime(2026, 11, 23, 23, 0))
    tab = _show_board(request, qtbot)
    tab.board.setFocus()
    qtbot.keyClick(tab.board, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Li&st
    qtbot.waitUntil(lambda: tab.list_mode.isChecked())  # a mnemonic clicks with a short animation
    assert tab.views.currentWidget() is tab.order_view
    assert tab.order_list.index(0, 1).data() == reg.number
    assert tab.order_list.index(0, 0).data() == "11-23 21:30–23:00"
    tab.order_view.setFocus()
    tab.order_view.setCurrentIndex(tab.order_list.index(0, 0))
    qtbot.keyClick(tab.order_view, Qt.Key.Key_Return)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkOrderDialog) and w.isVisible()]
    assert [d.windowTitle() for d in dialogs] == [f"Work order for {reg.number}"]
    dialogs[0].close()


def test_the_board_opens_at_the_present_hour(request, qtbot, office, supervisor, tech):
    tab = _show_board(request, qtbot)
    tab.day.setDate(QDate(NOW.date()).addDays(1))
    tab.day.setDate(QDate(NOW.date()))
    x = tab.board.now_x(NOW)
    bar = tab.scroll.horizontalScrollBar()
    assert bar.value() <= x <= bar.value() + tab.scroll.viewport().width()
    assert tab.board.at(QPoint(x + 1, 40))[1].hour == NOW.hour


def test_the_assign_dialog_names_the_ticket_and_defaults_to_the_day_shown_R4_1(
    request, qtbot, office, supervisor, tech
):
    from tests.ui.dialogs import when_dialog_opens

    reg = register(office)
    tab = _show_board(request, qtbot)
    tab.day.setDate(QDate(NOW.date()).addDays(1))  # the supervisor looks at tomorrow
    tab.queue_view.setCurrentIndex(tab.queue.index(0))
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["start"] = dialog.window()[0]
        dialog.techs.item(0).setCheckState(Qt.CheckState.Checked)

    when_dialog_opens(qtbot, look)
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == f"Assign technicians to {reg.number}"
    assert seen["start"] == datetime(2026, 11, 24, 9, 0)  # tomorrow at opening, not today 11:00


def test_print_forms_takes_the_order_selected_on_the_board_and_enter_previews_R9(
    request, qtbot, office, supervisor, tech
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    reg, _ = _order(office, supervisor, tech, datetime(2026, 11, 23, 14, 0), datetime(2026, 11, 23, 16, 0))
    tab = _show_board(request, qtbot)
    window = tab.window()
    placed = tab.board._placed[0]
    tab.scroll.ensureVisible(placed.rect.center().x(), placed.rect.center().y())
    qtbot.mouseClick(tab.board, Qt.MouseButton.LeftButton, pos=placed.rect.center())  # select the order
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen["subject"] = dialog.subject.text()
        seen["default"] = [b.objectName() for b in dialog.findChildren(QPushButton) if b.isDefault()]
        dialog.reject()

    QTimer.singleShot(0, look)
    window.export_menu.print_action.trigger()
    assert seen == {"subject": reg.number, "default": ["preview"]}
