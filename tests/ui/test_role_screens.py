"""Each role's first screen (R10.1, R6.1a): what it may do, never a greyed-out form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.models import Department, Staff
from app.services import complaints
from tests.app.factories import register
from tests.conftest import NOW
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.main_window import MainWindow


def _window(qtbot: QtBot, languages, staff_id):
    win = MainWindow(languages, lambda: NOW, staff_id, "test.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_department_head_starts_on_the_plans_awaiting_them_and_approves_one_R6_1a(qtbot, office, languages):
    project = Department.get(code="project")
    head = Staff.create(name="刘经理", role="department_head", department=project, created_at=NOW).id
    ticket = register(office, kind="complaint", complaint_about="瓷砖空鼓").ticket_id
    complaints.classify(ticket, "quality", False, office, NOW)
    complaints.name_responsible(ticket, project.id, None, office, NOW)
    complaints.record_investigation(ticket, "现场查看属实", office, NOW)
    complaints.mark_validity(ticket, True, "施工质量问题", office, NOW)
    complaints.enter_plan(ticket, "返工重贴", office, NOW)

    win = _window(qtbot, languages, head)
    tab = win.approvals
    assert win.tabs.currentWidget() is tab
    assert "1 handling plan(s)" in tab.title.text()
    assert tab.model.index(0, 4).data() == "返工重贴"
    # the intake tab explains what a head can do instead of showing a greyed form
    assert not win.intake.form.isVisibleTo(win.intake) and win.intake.role_note.isVisibleTo(win.intake)
    assert "approve complaint plans" in win.intake.role_note.text()

    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    dialog = win.findChild(ComplaintDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "approve"), Qt.MouseButton.LeftButton)
    dialog.close()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert "No handling plan waits" in tab.title.text()


def test_the_first_run_administrator_is_told_what_they_can_do_R10_1(qtbot, fresh_db, languages):
    from app.services import setup

    admin = setup.set_up_branch("上海浦东售后服务部", "SH", "系统管理员", NOW)
    win = _window(qtbot, languages, admin)
    note = win.intake.role_note
    assert note.isVisible() and not win.intake.form.isVisible()
    assert "manage staff and passwords" in note.text() and "Staff roster" in note.text()
    assert win.approvals is None
