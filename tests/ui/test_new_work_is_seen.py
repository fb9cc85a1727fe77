"""New work is seen: at once from this desk, on F5 and every minute from other desks (issue 16, point 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import intake
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from ui import main_window


def _queue_numbers(tab):
    return [tab.queue.item_at(r).number for r in range(tab.queue.rowCount())]


def test_an_urgent_ticket_registered_at_intake_is_in_the_dispatch_queue_at_once_R1_5(qtbot, window):
    form = window.intake.form
    type_text(qtbot, form.customer_name, "陈静")
    type_text(qtbot, form.phone, "13912340000")
    type_text(qtbot, form.address, "静安区南京西路1266号")
    form.work_category.setCurrentIndex(form.work_category.findData("electrical"))
    type_text(qtbot, form.problem, "配电箱冒烟")
    form.urgent.setFocus()
    qtbot.keyClick(form.urgent, Qt.Key.Key_Space)
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.dispatch)
    assert _queue_numbers(window.dispatch) == ["SH-20261123-0001"]
    assert window.dispatch.queue.item_at(0).urgent


def test_f5_shows_what_another_desk_registered_R1_3(qtbot, window, office):
    qtbot.waitUntil(lambda: not window.intake.tickets.is_loading())  # the list reads in the background
    window.tabs.setCurrentWidget(window.dispatch)
    other = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))  # no notice here
    assert _queue_numbers(window.dispatch) == []
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert _queue_numbers(window.dispatch) == [other.number]
    window.tabs.setCurrentWidget(window.intake)
    qtbot.wait(100)
    assert window.intake.tickets.row_of(other.ticket_id) == -1  # only the tab in front reloaded
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.intake.tickets.row_of(other.ticket_id) == 0, timeout=5000)


def test_the_tab_in_front_reloads_itself_every_minute(qtbot, office, languages, monkeypatch):
    monkeypatch.setattr(main_window, "REFRESH_MS", 30)
    win = main_window.MainWindow(languages, lambda: NOW, office, "test.db")
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.dispatch)
    other = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    qtbot.waitUntil(lambda: _queue_numbers(win.dispatch) == [other.number], timeout=2000)
