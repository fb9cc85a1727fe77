"""The admin settings dialog refuses overlapping bands with a message on the dialog (R8.4)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import deadlines, settings
from tests.app.factories import register
from tests.conftest import NOW
from ui.admin.office_menu import install_office_menu


def test_overlapping_bands_are_refused_on_the_dialog(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    dialog.branch_address.setText("浦东新区张杨路500号")
    dialog.bands.setData(dialog.bands.index(1, 2), 95)  # B up to 95 overlaps A from 90
    dialog.accept()
    assert dialog.isVisible()
    assert "Grades B and A overlap" in dialog.errors.text()
    assert dialog.tabs.currentIndex() == 3
    assert settings.branch().address == ""  # nothing half-saved


def test_saving_settings_changes_the_window_title_and_is_kept(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    dialog.branch_code.setText("PD")
    dialog.repeat_window_days.setValue(60)
    dialog.accept()
    assert not dialog.isVisible()
    assert set(dialog.changed) == {settings.BRANCH_CODE, settings.REPEAT_WINDOW_DAYS}
    assert settings.branch().code == "PD" and settings.get(settings.REPEAT_WINDOW_DAYS) == 60


def _type_time(qtbot, edit, text: str) -> None:
    # tabbing into a time field selects its hour; typed digits then fill hour and minute
    edit.window().activateWindow()
    qtbot.waitUntil(lambda: edit.window().isActiveWindow())
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, text)
    assert edit.text() == f"{text[:2]}:{text[2:]}"


def test_office_hours_are_set_on_the_branch_tab_and_move_deadlines_R3_0(qtbot, window, admin, office):
    # Mon 2026-11-23 10:00 repair, forward due Tue 24 10:00 with 09:00-18:00 office hours
    reg = register(office)
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    assert dialog.tabs.currentIndex() == 0  # the branch tab, where the office's hours are
    assert dialog.opens.text() == "09:00" and dialog.closes.text() == "18:00"
    _type_time(qtbot, dialog.opens, "1300")
    _type_time(qtbot, dialog.closes, "1700")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.office_hours() == (time(13, 0), time(17, 0))
    # 13:00-17:00 (4 h a day): received before opening → Mon 13:00 + 4 h = Mon 23 17:00
    due = {d.clock: d.due_at for d in deadlines.stored(reg.ticket_id)}
    assert due["forward"] == datetime(2026, 11, 23, 17, 0)


def test_closing_before_opening_is_refused_on_the_dialog_R3_0(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    _type_time(qtbot, dialog.opens, "1900")
    dialog.tabs.setCurrentIndex(2)  # the person looks at another tab, then saves
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text() == (
        "The office closes after it opens: make the closing time later than the opening time."
    )
    assert dialog.tabs.currentIndex() == 0 and dialog.closes.hasFocus()
    assert settings.office_hours() == (time(9, 0), time(18, 0))


def test_the_points_a_penalty_takes_off_the_score_are_set_on_the_penalties_page_R8_4(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    dialog.tabs.setCurrentIndex(2)
    box = dialog.incident_points["penalty"]
    assert box.isVisible() and box.value() == 2
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "5")
    dialog.accept()
    assert not dialog.isVisible() and settings.incident_points()["penalty"] == 5
