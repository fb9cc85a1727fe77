"""The intake warning says what the call likely is and offers to record a reminder (R1.4, R1.7, R4.7)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.models import Ticket, TicketContact
from app.services import contacts
from app.services.intake import CustomerInput
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import Boxes
from tests.ui.keyboard import type_text
from ui.intake.call_dialogs import CallDialog


def _pick_existing(qtbot, tab, phone="13800001111"):
    type_text(qtbot, tab.search, phone)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # one match: the form is filled


def test_a_call_about_an_open_ticket_is_recorded_as_a_reminder_on_it_R1_7(
    qtbot, office, intake_tab, monkeypatch
):
    first = register(office, new_customer=CustomerInput("张伟", ["13800001111"]))
    boxes = Boxes(monkeypatch)
    boxes.choices = [0]  # "Record as a reminder on …"
    tab, form = intake_tab, intake_tab.form
    _pick_existing(qtbot, tab)
    assert first.number in form.linked.text()  # R1.4: picking the customer shows their open tickets
    form.kind.setCurrentIndex(form.kind.findData("consultation"))
    form.work_category.setCurrentIndex(
        form.work_category.findData(Ticket.get_by_id(first.ticket_id).work_category)
    )
    type_text(qtbot, form.problem, "师傅什么时候来？")
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _kind, title, text = boxes.shown[-1]
    assert title == "Likely a reminder" and "Likely a reminder of an open ticket" in text
    assert "repeat repair" not in text
    assert (
        first.number in text
        and Ticket.get_by_id(first.ticket_id).problem in text
        and "received 2026-11-23" in text
    )
    # the reminder dialog opens filled in from the form; the receptionist saves it
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CallDialog) and w.isVisible()]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert Ticket.select().count() == 1  # no new ticket
    (reminder,) = contacts.contacts_of(first.ticket_id)
    assert (reminder.kind, reminder.caller, reminder.note) == ("reminder", "张伟", "师傅什么时候来？")
    assert f"Recorded a reminder on ticket {first.number}." == form.result.text()


def test_a_new_repair_soon_after_completed_work_is_warned_as_a_likely_repeat_R4_7(
    qtbot, office, intake_tab, monkeypatch
):
    from app.services.intake import CustomerInput

    first = register(
        office, received_at=NOW - timedelta(days=20), new_customer=CustomerInput("张伟", ["13800001111"])
    )
    Ticket.update(status="closed", completed_at=NOW - timedelta(days=10)).where(
        Ticket.id == first.ticket_id
    ).execute()
    boxes = Boxes(monkeypatch)
    boxes.choices = [0]  # "Register as a repeat repair"
    tab, form = intake_tab, intake_tab.form
    _pick_existing(qtbot, tab)
    form.work_category.setCurrentIndex(
        form.work_category.findData(Ticket.get_by_id(first.ticket_id).work_category)
    )
    type_text(qtbot, form.problem, "又漏水了")
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _kind, title, text = boxes.shown[-1]
    assert title == "Likely a repeat repair" and "completed 2026-11-13" in text and first.number in text
    new = Ticket.select().order_by(Ticket.id.desc()).get()
    assert new.id != first.ticket_id and new.repeat_of_id == first.ticket_id
    assert TicketContact.select().count() == 0
