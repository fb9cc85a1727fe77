"""Calls about a ticket are recorded from the intake list (R1.7, R3.0, R4.8)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from app.services import contacts, deadlines, intake
from app.services import ticket_list as tl
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import press_f5, type_text
from ui.intake.call_dialogs import CallDialog


def _rows_with(tab, number):
    return [r for r in range(tab.tickets.rowCount()) if tab.tickets.number_at(r) == number]


def _select(qtbot, tab, number):
    # the list is read in the background: wait (bounded) for the ticket to be shown
    qtbot.waitUntil(lambda: bool(_rows_with(tab, number)), timeout=5000)
    (row,) = _rows_with(tab, number)
    rect = tab.ticket_view.visualRect(tab.tickets.index(row, 0))
    qtbot.mouseClick(tab.ticket_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open(qtbot, tab, mode):
    qtbot.mouseClick(tab.call_buttons[mode], Qt.MouseButton.LeftButton)
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CallDialog) and w.isVisible()]
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_consultation_is_answered_and_closed_from_the_list_R1_7(qtbot, window, office):
    reg = register(
        office,
        kind="consultation",
        work_category="",
        problem="地板保修几年？",
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
    )
    press_f5(qtbot, window, window.intake.tickets.loaded)
    tab = window.intake
    _select(qtbot, tab, reg.number)
    dialog = _open(qtbot, tab, "answer")
    assert reg.number in dialog.windowTitle()
    _save(qtbot, dialog)  # empty: refused with one sentence, nothing saved
    assert dialog.isVisible() and dialog.errors.text() == "Write the answer given to the customer."
    type_text(qtbot, dialog.text, "地板保修2年，自安装之日起")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    answer = contacts.answer_of(reg.ticket_id)
    assert (answer.text, answer.at) == ("地板保修2年，自安装之日起", NOW)
    # the list (open tickets) no longer shows it
    qtbot.waitUntil(lambda: not _rows_with(tab, reg.number), timeout=5000)


def test_answering_a_repair_is_refused_with_a_sentence(qtbot, window, office, monkeypatch):
    reg = register(office)
    press_f5(qtbot, window, window.intake.tickets.loaded)
    tab = window.intake
    _select(qtbot, tab, reg.number)
    shown = []
    monkeypatch.setattr("ui.msgbox.information", lambda _p, _t, text: shown.append(text))
    qtbot.mouseClick(tab.call_buttons["answer"], Qt.MouseButton.LeftButton)
    assert shown == ["Only a consultation or a suggestion is answered and closed; choose one in the list."]


def test_a_reminder_is_recorded_on_the_open_ticket_R1_7(qtbot, window, office):
    reg = register(office)
    press_f5(qtbot, window, window.intake.tickets.loaded)
    tab = window.intake
    _select(qtbot, tab, reg.number)
    dialog = _open(qtbot, tab, "reminder")
    type_text(qtbot, dialog.caller, "张伟")
    qtbot.keyClick(dialog.caller, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.text, "催师傅明天上午来")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    (call,) = contacts.contacts_of(reg.ticket_id)
    assert (call.kind, call.caller, call.note, call.at) == ("reminder", "张伟", "催师傅明天上午来", NOW)
    assert tl.count(tl.TicketFilter()) == 1


def test_acknowledging_a_complaint_meets_its_first_response_R3_0(qtbot, window, office):
    reg = register(
        office,
        kind="complaint",
        complaint_about="师傅迟到",
        new_customer=intake.CustomerInput("王强", ["13700002222"]),
    )
    press_f5(qtbot, window, window.intake.tickets.loaded)
    tab = window.intake
    _select(qtbot, tab, reg.number)
    dialog = _open(qtbot, tab, "acknowledge")
    type_text(qtbot, dialog.text, "已致电致歉，明日回复处理方案")
    _save(qtbot, dialog)
    fr = {d.clock: d for d in deadlines.stored(reg.ticket_id)}["first_response"]
    assert fr.met_at == NOW and fr.due_at == NOW + timedelta(hours=24)


def test_a_job_is_cancelled_with_its_reason_from_the_list_R4_8(qtbot, window, office):
    from app.models import Ticket

    reg = register(office)
    press_f5(qtbot, window, window.intake.tickets.loaded)
    tab = window.intake
    _select(qtbot, tab, reg.number)
    dialog = _open(qtbot, tab, "cancel")
    type_text(qtbot, dialog.text, "客户自行找人修好")
    _save(qtbot, dialog)
    t = Ticket.get_by_id(reg.ticket_id)
    assert (t.status, t.cancel_reason) == ("cancelled", "客户自行找人修好")


def test_the_details_show_a_paused_clock_and_every_escalation_R3_2_R3_4(qtbot, window, office):
    from datetime import datetime

    from app.services import follow_ups, pauses
    from ui.intake.ticket_details_dialog import TicketDetailsDialog

    reg = register(office, kind="complaint", complaint_about="漏水", major=True)
    follow_ups.escalate_overdue(NOW)  # a major complaint: the manager at once
    pauses.pause(reg.ticket_id, "customer_postponed", "客户出差", office, NOW)
    dialog = TicketDetailsDialog(reg.ticket_id, datetime(2026, 11, 30, 9, 0), window)
    qtbot.addWidget(dialog)
    joined = "\n".join(w.text() for w in dialog.findChildren(QLabel))
    assert "paused: the deadline moves on while the ticket waits" in joined
    # paused Mon 23 10:00 to Mon 30 09:00: 8 h Monday, 4 × 9 h Tue-Fri = 44 office hours,
    # four office days and 8 h (not the "1d 20h" of 24-hour days)
    assert "paused 4 office d 8h" in joined
    assert "2026-11-23 10:00  Manager (major complaint)" in joined


def test_time_left_of_a_working_day_clock_is_office_time_R3_0(qtbot, window, office):
    from datetime import datetime

    from app.models import Staff
    from app.services import dispatch
    from app.services import work_orders as wo

    # Mon 23 10:00 repair, dispatched and confirmed at once: the next clock is the repair,
    # due Mon 30 10:00 = 5 office days of 9 h; at Mon 23 10:00 → "5 office d 0h left"
    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    reg = register(office)
    order = dispatch.assign(
        reg.ticket_id, [tech], datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 11), office, NOW
    )
    wo.confirm_appointment(order, office, NOW)
    tab = window.intake
    press_f5(qtbot, window, tab.tickets.loaded)
    qtbot.waitUntil(lambda: bool(_rows_with(tab, reg.number)), timeout=5000)  # read in the background
    (row,) = _rows_with(tab, reg.number)
    assert tab.tickets.index(row, 6).data() == "Repair done  2026-11-30 10:00"
    assert tab.tickets.index(row, 7).data() == "5 office d 0h left"


def test_a_paused_ticket_says_paused_and_its_deadline_moves_on_in_the_list_R3_4(qtbot, office, languages):
    """Mon 23 10:00 repair, confirmed and paused at once (waiting for parts): the repair clock
    (5 office days) stands at Mon 30 10:00 and the list says "paused". Two office hours later the
    minute timer fires: the deadline has moved on by those two hours, to Mon 30 12:00."""
    from datetime import datetime

    from app.models import Staff
    from app.services import dispatch, pauses
    from app.services import work_orders as wo
    from ui.main_window import MainWindow

    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    reg = register(office)
    order = dispatch.assign(
        reg.ticket_id, [tech], datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 11), office, NOW
    )
    wo.confirm_appointment(order, office, NOW)
    pauses.pause(reg.ticket_id, "parts", "等配件", office, NOW)
    now = [NOW]
    window = MainWindow(languages, lambda: now[0], office, "test.db")
    qtbot.addWidget(window)
    window.show()
    tab = window.intake
    qtbot.waitUntil(lambda: bool(_rows_with(tab, reg.number)), timeout=5000)
    (row,) = _rows_with(tab, reg.number)
    assert tab.tickets.index(row, 6).data() == "Repair done  2026-11-30 10:00"
    assert tab.tickets.index(row, 7).data() == "paused"
    now[0] = NOW + timedelta(hours=2)
    tab._tick.timeout.emit()  # a minute timer's tick, as time passes
    assert tab.tickets.index(row, 6).data() == "Repair done  2026-11-30 12:00"
    assert tab.tickets.index(row, 7).data() == "paused"
