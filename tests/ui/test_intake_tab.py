"""The receptionist's intake tab, driven with the keyboard and mouse (R1, R3.1)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Ticket
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import press_f5, type_text
from ui import msgbox


def _type(qtbot, widget, text):
    type_text(qtbot, widget, text)


def _choose(qtbot, combo, label):
    """Pick a combo item by typing its label, as a keyboard user does."""
    combo.setFocus()
    index = combo.findText(label)
    assert index >= 0, label
    combo.setCurrentIndex(index)


def _list_texts(tab, column):
    model = tab.tickets
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _wait_list(qtbot, tab, column, expected):
    """The list is read in the background: wait (bounded) until it shows `expected`."""
    qtbot.waitUntil(lambda: _list_texts(tab, column) == expected, timeout=5000)


def _reloaded(qtbot, tab):
    """Tickets registered behind the screen's back (by the test's factory): F5, as the person does."""
    press_f5(qtbot, tab.window(), tab.tickets.loaded)


def test_receptionist_registers_a_new_customer_with_the_keyboard_R1_3(qtbot, intake_tab):
    tab, form = intake_tab, intake_tab.form
    _type(qtbot, tab.search, "139 1234 0000")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # no match → new customer with that phone
    assert form.phone.text() == "139 1234 0000"
    assert QApplication.focusWidget() is form.customer_name
    type_text(qtbot, form.customer_name, "陈静")
    _type(qtbot, form.address, "静安区南京西路1266号恒隆广场1801室")
    _choose(qtbot, form.work_category, "Electrical wiring")
    _choose(qtbot, form.cause_category, "Construction quality")
    assert form.department.currentText() == "Project department"  # R2.1 proposal
    _type(qtbot, form.problem, "客厅插座跳闸，整屋断电")
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    ticket = Ticket.get()
    assert ticket.number == "SH-20261123-0001"
    assert ticket.customer.name == "陈静" and ticket.contact_phone == "13912340000"
    assert ticket.department.code == "project"
    assert "SH-20261123-0001" in form.result.text()
    assert "First response 2026-11-24 10:00" in form.result.text()
    _wait_list(qtbot, tab, 0, ["SH-20261123-0001"])
    assert _list_texts(tab, 6) == ["First response  2026-11-24 10:00"]
    assert _list_texts(tab, 7) == ["1d 0h left"]
    assert form.customer_name.text() == ""  # cleared for the next caller


def test_typing_part_of_a_phone_finds_the_customer_and_fills_the_form_R1_4(qtbot, office, intake_tab):
    register(office)
    tab, form = intake_tab, intake_tab.form
    _type(qtbot, tab.search, "0216400")  # part of the landline
    qtbot.waitUntil(lambda: tab.matches.rowCount() == 1)
    assert tab.match_view.model().index(0, 0).data() == "张伟"
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    qtbot.keyClick(tab.match_view, Qt.Key.Key_Return)
    assert form.customer_name.text() == "张伟" and form.customer_name.isReadOnly()
    assert form.address.text().startswith("徐汇区漕溪北路")
    assert "021-64001234" in form.phone.text()
    _choose(qtbot, form.work_category, "Electrical wiring")
    _type(qtbot, form.problem, "卧室灯不亮")
    assert form.save()
    new = Ticket.select().order_by(Ticket.id.desc()).get()
    assert new.customer.name == "张伟" and new.customer_id == Ticket.get_by_id(1).customer_id
    assert new.site_id == Ticket.get_by_id(1).site_id


def test_a_missing_phone_is_marked_with_a_message_and_nothing_is_saved_R1_3(qtbot, intake_tab):
    form = intake_tab.form
    _type(qtbot, form.customer_name, "陈静")
    _type(qtbot, form.address, "静安区南京西路1266号")
    _choose(qtbot, form.work_category, "Tiles")
    _type(qtbot, form.problem, "瓷砖空鼓")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Enter the customer's phone number." in form.errors.text()
    assert form.phone.property("invalid") is True
    assert QApplication.focusWidget() is form.phone
    assert Ticket.select().count() == 0
    qtbot.keyClicks(form.phone, "1381234")  # still wrong: says how to fix it
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "“1381234” is not a phone number: use 11 digits" in form.errors.text()
    assert Ticket.select().count() == 0


def test_an_open_ticket_on_the_same_site_and_category_warns_before_saving_R1_4(
    qtbot, office, intake_tab, monkeypatch
):
    first = register(office)
    tab, form = intake_tab, intake_tab.form
    asked = []
    # "Back to the form" (the last choice, what Esc means): nothing is saved
    monkeypatch.setattr(
        msgbox, "choose", lambda parent, title, text, choices: asked.append((text, choices)) or 2
    )
    _type(qtbot, tab.search, "张伟")
    tab.run_search()
    tab.use_match(0)
    _choose(qtbot, form.work_category, "Bathroom waterproofing")
    _type(qtbot, form.problem, "又漏水了")
    assert not form.save()
    text, choices = asked[0]
    assert first.number in text and "reminder" in text
    assert choices == [f"Record a reminder on {first.number}", "Register a new ticket", "Back to the form"]
    assert Ticket.select().count() == 1
    monkeypatch.setattr(msgbox, "choose", lambda parent, title, text, choices: 1)
    assert form.save()
    # R4.7: the open ticket is shown as a likely reminder, but it is no base for a repeat repair
    assert Ticket.select().order_by(Ticket.id.desc()).get().repeat_of_id is None


def test_a_second_call_about_an_open_ticket_becomes_a_reminder_on_it_R1_7(
    qtbot, office, intake_tab, monkeypatch
):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from app.services import contacts
    from ui.intake.call_dialogs import CallDialog

    first = register(office)
    tab, form = intake_tab, intake_tab.form
    monkeypatch.setattr(msgbox, "choose", lambda parent, title, text, choices: 0)
    _type(qtbot, tab.search, "张伟")
    tab.run_search()
    tab.use_match(0)
    _choose(qtbot, form.work_category, "Bathroom waterproofing")
    _type(qtbot, form.problem, "师傅还没来，又漏了")
    assert not form.save()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CallDialog) and w.isVisible()]
    # the caller and their words come from the form
    assert (dialog.caller.text(), dialog.text.toPlainText()) == ("张伟", "师傅还没来，又漏了")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    (call,) = contacts.contacts_of(first.ticket_id)
    assert (call.kind, call.caller, call.note) == ("reminder", "张伟", "师傅还没来，又漏了")
    assert Ticket.select().count() == 1  # no new ticket
    assert form.result.text() == f"Recorded a reminder on ticket {first.number}."
    assert form.problem.toPlainText() == ""


def test_breached_deadlines_stand_out_and_the_list_filters_R3_1(qtbot, office, intake_tab):
    from app.services import intake

    register(office, received_at=NOW - timedelta(days=2))  # first response overdue
    register(
        office,
        kind="complaint",
        complaint_about="施工队态度",
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
    )
    tab = intake_tab
    _reloaded(qtbot, tab)
    rows = {tab.tickets.index(r, 2).data(): r for r in range(tab.tickets.rowCount())}
    overdue = tab.tickets.index(rows["张伟"], 7)
    assert overdue.data().startswith("overdue 1d")
    assert overdue.data(Qt.ItemDataRole.UserRole) == "breached"
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.tickets.index(rows["李娜"], 7).data(Qt.ItemDataRole.BackgroundRole) is None

    _choose(qtbot, tab.kind_filter, "Complaint")
    _wait_list(qtbot, tab, 2, ["李娜"])
    _choose(qtbot, tab.kind_filter, "All kinds")
    tab.overdue_only.setChecked(True)
    _wait_list(qtbot, tab, 2, ["张伟"])
    tab.overdue_only.setChecked(False)
    _type(qtbot, tab.text_filter, "李娜")
    qtbot.waitUntil(lambda: _list_texts(tab, 2) == ["李娜"])
    assert tab.count_label.text() == "1 ticket(s)"


def test_sorting_by_column_asks_the_database(qtbot, office, intake_tab):
    from app.services import intake

    register(office, received_at=NOW - timedelta(hours=5))
    register(office, new_customer=intake.CustomerInput("艾米", ["13900001111"]))
    tab = intake_tab
    _reloaded(qtbot, tab)
    tab.ticket_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    _wait_list(qtbot, tab, 2, ["张伟", "艾米"])
    tab.ticket_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    _wait_list(qtbot, tab, 2, ["艾米", "张伟"])


def test_double_click_opens_the_ticket_details(qtbot, office, intake_tab):
    reg = register(office)
    tab = intake_tab
    _reloaded(qtbot, tab)
    view = tab.ticket_view
    rect = view.visualRect(tab.tickets.index(0, 0))
    # A real double-click is press/release then a double-click press; QTest's mouseDClick
    # sends only the latter, so click first.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    from ui.intake.ticket_details_dialog import TicketDetailsDialog

    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TicketDetailsDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() == f"Ticket {reg.number}"
    texts = [label.text() for label in dialog.findChildren(type(tab.count_label))]
    assert "卫生间地面渗水到楼下" in texts
    assert any(t.startswith("2026-11-24 10:00") for t in texts)  # first-response deadline
    dialog.close()


def test_models_pass_the_qt_model_tester(qtbot, qtmodeltester, office, intake_tab):
    register(office)
    _reloaded(qtbot, intake_tab)
    qtmodeltester.check(intake_tab.tickets)
    intake_tab.matches.set_matches(__import__("app.services.lookup", fromlist=["x"]).find_sites("张伟"))
    qtmodeltester.check(intake_tab.matches)


def test_a_ticket_registered_at_intake_appears_in_the_dispatch_queue_R1_3(qtbot, window):
    """One desk, two tabs: saving at Intake is the only thing done; Dispatch shows the card."""
    tab, form = window.intake, window.intake.form
    assert window.dispatch.queue.rowCount() == 0
    _type(qtbot, tab.search, "139 1234 0000")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    type_text(qtbot, form.customer_name, "陈静")
    _type(qtbot, form.address, "静安区南京西路1266号恒隆广场1801室")
    _choose(qtbot, form.work_category, "Electrical wiring")
    _type(qtbot, form.problem, "客厅插座跳闸，整屋断电")
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Ticket.select().count() == 1

    qtbot.keyClick(window.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Dispatch board
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.dispatch)
    queue = window.dispatch.queue
    assert [queue.item_at(r).customer for r in range(queue.rowCount())] == ["陈静"]
    assert queue.item_at(0).number == "SH-20261123-0001"
