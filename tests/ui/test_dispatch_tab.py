"""The supervisor's board (R4), driven through the window on a fixed clock."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.models import Staff, Ticket, WorkOrder
from app.services import intake
from app.services.work_orders import is_rated as wo_rated
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import when_dialog_opens
from ui import msgbox
from ui.dispatch import mime

NINE = datetime(2026, 11, 23, 14, 0)  # the board shows NOW's day (Monday); 14:00 lies ahead


@pytest.fixture
def board(request, office):
    """The supervisor opens the window on an office with two technicians and two queued tickets."""
    for name in ("赵师傅", "钱师傅"):
        Staff.create(name=name, role="technician", skills="plumbing", created_at=NOW)
    register(office)
    register(office, urgent=True, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    window = request.getfixturevalue("window")
    tab = window.dispatch
    window.tabs.setCurrentWidget(tab)
    return tab


def _tech(name):
    return Staff.get(Staff.name == name).id


def _drop(tab, row, tech_name, moment):
    """Drag the queue card at `row` and drop it on the technician's lane at `moment`."""
    data = tab.queue.mimeData([tab.queue.index(row)])
    pos = QPointF(tab.board.point_for(_tech(tech_name), moment))
    actions = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(
            pos.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDragMoveEvent(
            pos.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDropEvent(
            pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop
        ),
    ):
        QApplication.sendEvent(tab.board, event)


def test_the_queue_shows_urgent_first_R1_5(board):
    assert [board.queue.item_at(r).customer for r in range(board.queue.rowCount())] == ["李娜", "张伟"]


def test_dropping_a_card_on_a_lane_creates_the_order_and_empties_the_queue_R4_1(board):
    urgent = board.queue.item_at(0)
    _drop(board, 0, "钱师傅", NINE)
    order = WorkOrder.get()
    assert (order.ticket_id, order.window_start, order.window_end) == (
        urgent.ticket_id,
        NINE,
        datetime(2026, 11, 23, 16, 0),
    )
    assert [a.staff.name for a in order.technicians] == ["钱师傅"]
    assert [b.number for b in board.board.blocks()] == [urgent.number]
    assert board.queue.rowCount() == 1 and board.queue.item_at(0).customer == "张伟"
    assert Ticket.get_by_id(urgent.ticket_id).status == "dispatched"


def test_a_double_booking_is_refused_with_a_message_R4_1(board, monkeypatch):
    told = []
    monkeypatch.setattr(msgbox, "warning", lambda parent, title, text: told.append(text))
    _drop(board, 0, "钱师傅", NINE)
    _drop(board, 0, "钱师傅", datetime(2026, 11, 23, 15, 0))  # overlaps 14:00–16:00
    assert "钱师傅" in told[0] and "choose another time" in told[0]
    assert WorkOrder.select().count() == 1 and board.queue.rowCount() == 1


def test_assign_dialog_is_the_keyboard_way_R4_1(qtbot, board):
    board.queue_view.setCurrentIndex(board.queue.index(1))

    def fill(dialog):
        dialog.techs.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.techs.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.start_time.setTime(dialog.start_time.time().fromString("15:00", "HH:mm"))

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(board.assign_button, Qt.MouseButton.LeftButton)
    order = WorkOrder.get()
    assert sorted(a.staff.name for a in order.technicians) == ["赵师傅", "钱师傅"]  # several share one order
    assert order.window_start.hour == 15


def test_one_order_walks_from_dispatch_to_closed_through_the_dialog_R4_R7(qtbot, board, office):
    _drop(board, 1, "赵师傅", NINE)  # 张伟's leak (the site has no completion date: paid service)
    dialog = board.open_order(WorkOrder.get().id)
    qtbot.addWidget(dialog)
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    click(dialog.confirm_button)
    assert "Scheduled" in dialog.summary.text()
    click(dialog.arrival_button)
    dialog.diagnosis.setText("防水层破损")
    dialog.work_done.setPlainText("重做防水")
    click(dialog.finish_button)
    assert "quote" in dialog.error.text()  # R5.4: out of warranty → quote and consent first
    dialog.quote.setText("480")
    dialog.consent.setChecked(True)
    click(dialog.finish_button)
    assert "Awaiting acceptance" in dialog.summary.text()
    click(dialog.close_button)  # R4.6: refuses and says what is missing
    assert not dialog.close_button.isEnabled() or "missing" in dialog.error.text()
    dialog.signer.setText("张伟")
    click(dialog.accept_button)
    click(dialog.rate_button)  # R7.1: the ratings start empty and must be chosen
    assert "Choose a rating" in dialog.error.text() and not wo_rated(ticket_id=WorkOrder.get().ticket_id)
    for key, value in (("attitude", 4), ("quality", 3), ("timeliness", 5)):
        for _ in range(value):
            qtbot.keyClick(dialog.ratings[key], Qt.Key.Key_Up)
    click(dialog.rate_button)
    click(dialog.report_button)
    ticket = Ticket.get(Ticket.customer == Ticket.get_by_id(WorkOrder.get().ticket_id).customer_id)
    assert ticket.status == "completed" and WorkOrder.get().charged

    board.pages.setCurrentIndex(1)
    assert board.follow_model.rowCount() == 1

    def fill(follow):
        follow.satisfaction.setValue(4)

    when_dialog_opens(qtbot, fill)
    click(board.follow_button) if board.follow_view.selectRow(0) is None else None
    assert Ticket.get_by_id(ticket.id).status == "followed_up"
    dialog.close()  # the supervisor opens the order again to close the ticket
    dialog = board.open_order(WorkOrder.get().id)
    qtbot.addWidget(dialog)
    click(dialog.close_button)
    assert Ticket.get_by_id(ticket.id).status == "closed"


def test_overdue_tickets_appear_escalated_with_their_rule_R3_2(qtbot, board, office):
    from datetime import timedelta

    late = register(
        office,
        received_at=NOW - timedelta(days=2),
        new_customer=intake.CustomerInput("王强", ["13700002222"]),
    )
    board._escalation_timer.timeout.emit()  # the 5-minute timer fires; the run is in the background

    def shown():
        model = board.escalation_model
        return {model.row_at(r).number: r for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: late.number in shown())
    rows = shown()
    row = rows[late.number]
    assert board.escalation_model.index(row, 1).data() == "王强"
    assert board.escalation_model.index(row, 2).data() == "First response"
    assert board.escalation_model.index(row, 3).data() == "1d 0h"  # due 11-22 10:00, now 11-23 10:00
    assert board.escalation_model.index(row, 4).data() == "Supervisor"
    assert board.pages.tabText(2).startswith("Overdue / &escalated (")


def test_the_escalation_list_says_how_late_in_office_time_for_a_working_day_clock_R3_0(qtbot, board, office):
    """Registered Thursday 2026-11-19 at 08:00, before opening: the forward (1 working day) counts
    from 09:00 and was due Thursday 18:00; first response (24 clock hours) Friday 08:00. On Monday
    10:00 the earliest missed is the forward, late by Friday 09:00-18:00 and Monday 09:00-10:00 =
    10 h of office time, one 9-hour office day and 1 h — not the 3d 16h of clock time."""
    late = register(
        office,
        now=datetime(2026, 11, 19, 8, 0),
        received_at=datetime(2026, 11, 19, 8, 0),
        new_customer=intake.CustomerInput("王强", ["13700002222"]),
    )
    board._escalation_timer.timeout.emit()
    model = board.escalation_model
    numbers = lambda: [model.row_at(r).number for r in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: late.number in numbers())
    row = numbers().index(late.number)
    assert model.index(row, 2).data() == "First response, Forward to department"
    assert model.index(row, 3).data() == "1 office d 1h"


def test_the_follow_up_list_counts_office_time_left_as_the_ticket_list_does_R3_0(request, qtbot, office):
    """Completed (accepted) on Tuesday 15:40, the follow-up (3 working days) was due on Friday
    15:40; on Monday 10:00 it is 3h 20m late in office time (15:40–18:00 Friday, 09:00–10:00
    Monday), not 2 days 18 hours of clock time: both lists say so."""
    from datetime import timedelta

    from app.services import dispatch
    from app.services import work_orders as wo

    sup = Staff.create(name="孙主管", role="supervisor", created_at=NOW).id
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    tuesday = datetime(2026, 11, 17, 9, 0)
    reg = register(office, now=tuesday, received_at=tuesday)
    start = datetime(2026, 11, 17, 14, 0)
    order_id = dispatch.assign(reg.ticket_id, [tech], start, start + timedelta(hours=2), sup, tuesday)
    wo.confirm_appointment(order_id, sup, tuesday)
    wo.record_arrival(order_id, start, sup, start)
    wo.record_work(
        order_id,
        wo.WorkRecord("渗水", "补胶", [], "100", quote_amount="100", customer_consented=True),
        sup,
        start,
    )
    wo.finish_work(order_id, sup, datetime(2026, 11, 17, 15, 30))
    wo.record_acceptance(order_id, True, "张伟", "", sup, datetime(2026, 11, 17, 15, 40))
    wo.record_rating(reg.ticket_id, order_id, 5, 5, 5, "", sup, datetime(2026, 11, 17, 15, 45))
    wo.mark_report_done(order_id, sup, datetime(2026, 11, 17, 15, 50))
    assert Ticket.get_by_id(reg.ticket_id).status == "completed"

    window = request.getfixturevalue("window")
    window.tabs.setCurrentWidget(window.dispatch)
    window.dispatch.pages.setCurrentIndex(1)
    follow = window.dispatch.follow_model
    assert follow.rowCount() == 1
    assert follow.index(0, 1).data() == "overdue 3h 20m"
    window.tabs.setCurrentWidget(window.intake)
    tickets = window.intake.tickets
    numbers = lambda: [tickets.index(r, 0).data() for r in range(tickets.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: reg.number in numbers(), timeout=10_000)  # the list loads off the UI thread
    row = numbers().index(reg.number)
    assert tickets.index(row, 7).data() == "overdue 3h 20m"


def _tab_walk_of_the_dialog_that_opens(qtbot, open_it, presses: int) -> list[str]:
    """Open the dialog as a person does, press Tab from its first field, note where the focus
    goes (object names, or the button texts), then cancel."""
    seen: list[str] = []

    def walk():
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, walk)
            return
        try:
            dialog.tech_view.setFocus()
            for i in range(presses + 1):
                w = QApplication.focusWidget()
                seen.append(w.objectName() or w.text().replace("&", ""))
                if i < presses:
                    qtbot.keyClick(w, Qt.Key.Key_Tab)
        finally:
            dialog.reject()

    QTimer.singleShot(0, walk)
    open_it()
    return seen


def test_tab_walks_the_assign_dialog_in_the_order_the_eye_reads_it_R4_1(qtbot, board):
    board.queue_view.setCurrentIndex(board.queue.index(0))
    walk = _tab_walk_of_the_dialog_that_opens(
        qtbot, lambda: qtbot.mouseClick(board.assign_button, Qt.MouseButton.LeftButton), 6
    )
    assert walk == ["technicians", "day", "start", "end", "OK", "Cancel", "technicians"], walk


def test_tab_walks_the_move_dialog_top_to_bottom_with_its_reason_R4_2(qtbot, board):
    _drop(board, 0, "钱师傅", NINE)
    order = WorkOrder.get()
    pos = QPointF(board.board.point_for(_tech("赵师傅"), datetime(2026, 11, 23, 16, 0)))

    def drop_the_block():
        data = mime.pack(mime.ORDER, order.id)
        move, left, none = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QApplication.sendEvent(board.board, QDragEnterEvent(pos.toPoint(), move, data, left, none))
        QApplication.sendEvent(board.board, QDragMoveEvent(pos.toPoint(), move, data, left, none))
        QApplication.sendEvent(board.board, QDropEvent(pos, move, data, left, none, QEvent.Type.Drop))

    walk = _tab_walk_of_the_dialog_that_opens(qtbot, drop_the_block, 8)
    assert walk == [
        "technicians",
        "day",
        "start",
        "end",
        "reason",
        "informed",
        "OK",
        "Cancel",
        "technicians",
    ], walk


def test_an_order_of_two_technicians_names_them_in_the_windows_language(qtbot, board, request):
    """ "赵师傅、钱师傅" in Chinese, "赵师傅, 钱师傅" in English: the list separator is translated."""
    from datetime import timedelta

    from app.services import dispatch

    ticket = board.queue.item_at(1).ticket_id
    dispatch.assign(
        ticket, [_tech("赵师傅"), _tech("钱师傅")], NINE, NINE + timedelta(hours=2), board._staff_id, NOW
    )
    qtbot.mouseClick(board.list_mode, Qt.MouseButton.LeftButton)
    qtbot.keyClick(board, Qt.Key.Key_F5)
    names = lambda: board.order_list.index(0, 3).data()  # noqa: E731
    qtbot.waitUntil(lambda: board.order_list.rowCount() == 1)
    assert names() in ("赵师傅, 钱师傅", "钱师傅, 赵师傅")
    window = request.getfixturevalue("window")
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: "、" in (names() or ""))
    window.language_actions["en"].trigger()


def test_the_escalation_list_fills_after_sign_in_off_the_gui_thread_R3_2(qtbot, office, languages):
    """Issue 20: on a long-lived office the sign-in's escalation run takes seconds; the window
    shows at once, with the list still empty, and the list fills when the run — on a worker
    thread — is done (the GUI thread only applies its result)."""
    from datetime import timedelta

    from ui.main_window import MainWindow

    late = register(
        office,
        received_at=NOW - timedelta(days=2),
        new_customer=intake.CustomerInput("王强", ["13700002222"]),
    )
    window = MainWindow(languages, lambda: NOW, office, "test.db")
    qtbot.addWidget(window)
    window.show()
    tab = window.dispatch
    assert tab.escalation_model.rowCount() == 0  # the window is up before the run is done
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: tab.escalation_model.rowCount() == 1)
    assert tab.escalation_model.index(0, 0).data() == late.number
    assert tab.pages.tabText(2) == "Overdue / &escalated (1)"
    assert Ticket.get(Ticket.number == late.number).escalated
