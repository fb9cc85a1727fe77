"""The front desk by keyboard alone, and "received at" following the clock (issue 16)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Ticket
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from tests.ui.mnemonics import clashes
from ui.intake import ticket_form


def _tab_through(qtbot, start, presses):
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return [w.objectName() for w in seen]


def test_tab_walks_the_intake_form_once_and_passes_the_empty_date_fields_R1_3(qtbot, intake_tab):
    form = intake_tab.form
    expected = [
        "customer_name",
        "phone",
        "district",
        "address",
        "contract_no",
        "project_name",
        "completion_date",  # empty: one Tab and the focus moves on
        "kind",
        "channel",
        "work_category",
        "product_model",
        "cause_category",
        "department",
        "purchase_date",  # empty too
        "urgent",
        "complex_repair",
        "problem",
        "received_at",  # one Tab over all its sections
        "received_by",
        "clear",
        "save",
    ]
    assert form.completion_date.value() is None and form.purchase_date.value() is None
    assert _tab_through(qtbot, form.customer_name, len(expected) - 1) == expected


def test_a_complaint_adds_its_fields_to_the_tab_walk_R1_3(qtbot, intake_tab):
    form = intake_tab.form
    form.kind.setCurrentIndex(form.kind.findData("complaint"))
    walk = _tab_through(qtbot, form.purchase_date, 4)
    assert walk == ["purchase_date", "urgent", "major", "complaint_about", "problem"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_two_fields_or_actions_share_a_mnemonic_in_the_main_window(qtbot, window, lang):
    window.language_actions[lang].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == ("来电登记(&I)" if lang == "zh_CN" else "&Intake"))
    for kind in ("repair", "complaint"):
        window.intake.form.kind.setCurrentIndex(window.intake.form.kind.findData(kind))
        for i in range(window.tabs.count()):
            if window.tabs.isTabVisible(i):
                window.tabs.setCurrentIndex(i)
                assert clashes(window) == {}, (lang, window.tabs.tabText(i))
    window.language_actions["en"].trigger()


def test_alt_a_for_the_complaint_target_no_longer_lands_in_the_address_R1_3(qtbot, intake_tab):
    form = intake_tab.form
    form.kind.setCurrentIndex(form.kind.findData("complaint"))
    form.customer_name.setFocus()
    qtbot.keyClick(form.customer_name, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.complaint_about
    qtbot.keyClick(form.complaint_about, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.urgent


@pytest.fixture
def moving_clock(qtbot, office, languages, monkeypatch):
    """The main window on a clock the test moves, as the day goes on."""
    from ui.main_window import MainWindow

    monkeypatch.setattr(ticket_form, "RECEIVED_TICK_MS", 20)
    now = [NOW]
    win = MainWindow(languages, lambda: now[0], office, "test.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, now


def _fill(qtbot, form):
    type_text(qtbot, form.customer_name, "陈静")
    type_text(qtbot, form.phone, "13912340000")
    type_text(qtbot, form.address, "静安区南京西路1266号")
    form.work_category.setCurrentIndex(form.work_category.findData("electrical"))
    type_text(qtbot, form.problem, "插座跳闸")


def test_received_at_follows_the_clock_and_is_taken_when_saving_R1_3(qtbot, moving_clock):
    win, now = moving_clock
    form = win.intake.form
    form.customer_name.setFocus()
    now[0] = datetime(2026, 11, 23, 21, 23)  # signed in long ago; the call comes now
    qtbot.waitUntil(lambda: form.received_at.dateTime().toPython() == now[0])
    _fill(qtbot, form)
    now[0] = datetime(2026, 11, 23, 21, 32)  # nine minutes on the phone
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Ticket.get().received_at == datetime(2026, 11, 23, 21, 32)


def test_an_edited_received_at_is_kept_and_says_so_R1_3(qtbot, moving_clock):
    win, now = moving_clock
    form = win.intake.form
    form.received_at.setFocus()
    qtbot.keyClick(form.received_at, Qt.Key.Key_Down)  # the receptionist turns the year back… one step
    edited = form.received_at.dateTime().toPython()
    assert edited != NOW and form.received_note.text() == "edited"
    _fill(qtbot, form)
    now[0] = NOW + timedelta(minutes=30)
    qtbot.wait(60)
    assert form.received_at.dateTime().toPython() == edited
    qtbot.keyClick(form.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Ticket.get().received_at == edited
    assert form.received_note.text() == "now"  # the next call follows the clock again


def test_alt_w_lands_in_the_warranty_search_and_alt_i_in_the_intake_search_R5_5(qtbot, window):
    window.intake.form.customer_name.setFocus()
    qtbot.keyClick(window.intake.form.customer_name, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.warranty)
    assert window.focusWidget() is window.warranty.search
    qtbot.keyClicks(window.focusWidget(), "138")
    assert window.warranty.search.text() == "138"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.intake)
    assert window.focusWidget() is window.intake.search
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.dispatch)
    assert window.focusWidget() is window.dispatch.queue_view
