"""Editing an R3 limit in the grid moves an open ticket's deadline in the intake list (R3.3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

from app import sla
from app.services import settings
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import press_f5
from ui import msgbox
from ui.admin.office_menu import install_office_menu


def _deadline_column(window):
    model = window.intake.tickets
    return [model.index(r, 6).data() for r in range(model.rowCount())]


def test_edit_a_limit_and_see_the_open_ticket_deadline_change_in_the_intake_list_R3_3(
    qtbot, window, office, admin, monkeypatch
):
    told = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    register(office)
    press_f5(qtbot, window, window.intake.tickets.loaded)  # registered behind its back
    assert _deadline_column(window) == ["First response  2026-11-24 10:00"]

    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("time_limits")
    row = dialog.model.row_of("first_response")
    assert dialog.model.index(row, 0).data() == "First response"
    assert dialog.model.index(row, 2).data() == "24"
    assert dialog.model.index(row, 3).data() == "hours"
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(row, 2))
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    editor = dialog.view.findChild(QDoubleSpinBox)
    assert editor is not None and editor.value() == 24
    editor.selectAll()
    qtbot.keyClicks(editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: dialog.model.index(row, 2).data() == "4")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.changed_count == 1
    assert told == ["1 open ticket(s) got a new next deadline."]
    # the list reads itself again in the background after the change notice
    qtbot.waitUntil(lambda: _deadline_column(window) == ["First response  2026-11-23 14:00"], timeout=5000)


def test_a_bad_limit_is_marked_and_nothing_saved(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("time_limits")
    row = dialog.model.row_of("plan_repair")
    dialog.model.setData(dialog.model.index(row, 2), 0)
    dialog.accept()
    assert dialog.isVisible()
    assert "Handling plan · Repairs, after forwarding: A time limit of 0" in dialog.errors.text()
    assert dialog.model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert settings.sla_limits() == sla.DEFAULT_LIMITS


def test_restore_defaults_puts_the_R3_table_back(qtbot, window, admin, monkeypatch):
    monkeypatch.setattr(msgbox, "information", lambda *a: None)
    settings.put(settings.SLA_LIMITS, {"forward": {"amount": 3, "unit": "working_days"}})
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("time_limits")
    row = dialog.model.row_of("forward")
    assert dialog.model.index(row, 2).data() == "3"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.index(row, 2).data() == "1"
    dialog.accept()
    assert settings.sla_limits() == sla.DEFAULT_LIMITS


def test_the_grid_says_which_limits_count_office_time_and_which_clock_hours_R3_0(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("time_limits")
    counts = dialog.model.COLUMNS.index("counts")
    text = {key: dialog.model.index(dialog.model.row_of(key), counts).data() for key in sla.DEFAULT_LIMITS}
    assert text["first_response"] == "clock hours, around the clock, weekends and holidays included"
    assert text["first_response_urgent"] == text["first_response"]
    assert text["urgent_dispatch"] == "until 23:59 of the day received"
    office = "office time: 09:00–18:00 on working days (one working day = 9 h)"
    for key in (
        "forward",
        "plan_repair",
        "repair_simple",
        "complaint_answer",
        "complaint_result_major",
        "follow_up",
    ):
        assert text[key] == office, key
    assert "office time only" in dialog.intro.text()
    dialog.reject()
