"""pytest-qt: a complaint handled through its dialog; only a department head approves (R6.1)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from app.models import Department, Staff, Ticket
from tests.app.factories import register
from tests.conftest import NOW
from ui.complaints.complaint_dialog import open_complaint


def _click(dialog, name):
    dialog.findChild(QPushButton, name).click()


def test_a_complaint_is_handled_step_by_step_and_the_head_approves_R6_1(qtbot, office, languages):
    ticket = register(office, kind="complaint", complaint_about="维修师傅态度差").ticket_id
    dialog = open_complaint(None, ticket, lambda: NOW, office)
    qtbot.addWidget(dialog)
    assert not dialog.groups["responsible"].isEnabled()
    _click(dialog, "do_classify")
    assert dialog.groups["responsible"].isEnabled()
    dialog.department.setCurrentIndex(dialog.department.findData(Department.get(code="project").id))
    _click(dialog, "do_responsible")
    dialog.investigation.setPlainText("录音属实")
    _click(dialog, "do_investigation")
    dialog.valid.setChecked(True)
    dialog.validity_reason.setText("录音证实")
    _click(dialog, "do_validity")
    dialog.plan.setPlainText("当面道歉，主管周五前回访")
    _click(dialog, "do_plan")
    assert Ticket.get_by_id(ticket).status == "in_progress"
    # The manager is not a department head: the approve button stays off and the service refuses.
    assert not dialog.findChild(QPushButton, "approve").isEnabled()
    dialog._run(dialog._approve)
    assert "department head" in dialog.error.text()
    head = Staff.create(name="刘经理", role="department_head", created_at=NOW).id
    as_head = open_complaint(None, ticket, lambda: NOW, head)
    qtbot.addWidget(as_head)
    _click(as_head, "approve")
    assert "Approved by 刘经理" in as_head.approval.text()
    dialog.reload()
    dialog.answer.setPlainText("已向客户道歉")
    _click(dialog, "do_answer")
    _click(dialog, "do_result")
    assert Ticket.get_by_id(ticket).status == "awaiting_acceptance"
    assert dialog.deadline_model.rowCount() >= 5
    assert any(h.actor == "刘经理" for h in dialog.history_model.rows())
