"""The working calendar year view: toggling a day by mouse or keyboard, importing (R3, R3.3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.files import excel_lock_file
from app.models import TicketDeadline
from app.services import workdays
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from ui.admin.day_toggle_dialog import DayToggleDialog
from ui.admin.office_menu import install_office_menu


def _open(window, admin):
    return install_office_menu(window, lambda: NOW, admin).open_dialog("calendar")


def test_click_a_day_to_make_it_a_holiday_and_deadlines_move(qtbot, window, office, admin):
    t = register(office)
    dialog = _open(window, admin)
    view = dialog.view
    day = date(2026, 11, 24)
    assert view.day_kind(day) == "workday"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(day).center())
    toggle = dialog.findChild(DayToggleDialog)
    assert toggle is not None and toggle.isVisible()
    assert toggle.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Make it a &day off"
    type_text(qtbot, toggle.note, "公司年会")
    qtbot.mouseClick(toggle.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert view.day_kind(day) == "holiday"
    assert workdays.load_calendar().day_name(day) == "公司年会"
    assert dialog.result.text().startswith("2026-11-24 is now a day off.")
    forward = TicketDeadline.get(TicketDeadline.ticket == t.ticket_id, TicketDeadline.clock == "forward")
    assert forward.due_at.date() == date(2026, 11, 25)


def test_keyboard_moves_and_enter_toggles_a_weekend_to_work(qtbot, window, admin):
    dialog = _open(window, admin)
    view = dialog.view
    view.setFocus()
    assert view.current_date() == date(2026, 11, 23)
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_date() == date(2026, 11, 28)  # Saturday
    qtbot.keyClick(view, Qt.Key.Key_Return)
    toggle = dialog.findChild(DayToggleDialog)
    toggle.accept()
    assert view.day_kind(date(2026, 11, 28)) == "adjusted_workday"


def test_the_year_view_shows_the_four_kinds_and_a_provisional_year(qtbot, window, admin):
    dialog = _open(window, admin)
    view = dialog.view
    assert view.day_kind(date(2026, 10, 1)) == "holiday"
    assert view.day_kind(date(2026, 10, 10)) == "adjusted_workday"
    assert view.day_kind(date(2026, 10, 11)) == "weekend"
    assert dialog.provisional.text() == ""
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert view.year() == 2027
    assert "No official schedule is loaded for 2027" in dialog.provisional.text()


def test_import_lists_bad_rows_on_the_dialog(qtbot, window, admin, tmp_path):
    path = tmp_path / "2027.csv"
    path.write_text("date,working,name\n2027-01-01,0,元旦\n2027-13-01,0,x\n", encoding="utf-8")
    dialog = _open(window, admin)
    assert not dialog.import_file(path)
    assert "1 bad row(s); nothing was imported" in dialog.errors.text()
    assert "Row 3: “2027-13-01” is not a date" in dialog.errors.text()
    path.write_text("date,working,name\n2027-01-01,0,元旦\n", encoding="utf-8")
    assert dialog.import_file(path)
    assert "Imported 1 day(s) for 2027" in dialog.result.text()
    assert dialog.provisional.text() == ""


def test_save_template_and_a_workbook_open_in_excel_is_said_on_the_dialog(
    qtbot, window, admin, tmp_path, monkeypatch
):
    target = tmp_path / "t.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _open(window, admin)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "Template saved to" in dialog.result.text()
    assert dialog.errors.text() == ""
    import openpyxl

    assert openpyxl.load_workbook(target).sheetnames == ["Calendar"]  # named in the UI language

    excel_lock_file(target).write_bytes(b"owner")  # someone opened it to fill it in
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert "t.xlsx" in dialog.errors.text() and dialog.result.text() == ""
