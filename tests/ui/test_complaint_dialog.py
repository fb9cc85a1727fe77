"""pytest-qt: a complaint handled through its dialog; only a department head approves (R6.1)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from app.models import Department, Staff, Ticket
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from ui.complaints.complaint_dialog import open_complaint


def _click(dialog, name):
    dialog.findChild(QPushButton, name).click()


def _reopen(qtbot, dialog, ticket_id, staff_id):
    """Close the complaint and open it again, as a person does to see another's step."""
    dialog.close()
    again = open_complaint(None, ticket_id, lambda: NOW, staff_id)
    qtbot.addWidget(again)
    return again


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
    # The manager is not a department head: no approve button, and the service refuses.
    assert not dialog.findChild(QPushButton, "approve").isVisible()
    project = Department.get(code="project")
    assert f"The head of {project.name} approves" in dialog.approval.text()
    dialog._run(dialog._approve)
    assert "department head" in dialog.error.text()
    other = Staff.create(
        name="孙主任", role="department_head", department=Department.get(code="after_sales"), created_at=NOW
    ).id
    as_other = open_complaint(None, ticket, lambda: NOW, other)
    qtbot.addWidget(as_other)
    assert not as_other.findChild(QPushButton, "approve").isVisible()  # not their department's plan
    head = Staff.create(name="刘经理", role="department_head", department=project, created_at=NOW).id
    as_head = open_complaint(None, ticket, lambda: NOW, head)
    qtbot.addWidget(as_head)
    assert as_head.findChild(QPushButton, "approve").isVisible()
    type_text(qtbot, as_head.return_reason, "请写明回访人")
    _click(as_head, "return_plan")
    assert "Plan sent back: 请写明回访人" in _history(as_head)
    # each person sees the other's step when they open the complaint again
    dialog = _reopen(qtbot, dialog, ticket, office)
    assert "请写明回访人" in dialog.plan_returned.text() and dialog.groups["plan"].isEnabled()
    dialog.plan.setPlainText("当面道歉，主管陈静周五前回访")
    _click(dialog, "do_plan")
    as_head = _reopen(qtbot, as_head, ticket, head)
    _click(as_head, "approve")
    assert "Approved by 刘经理" in as_head.approval.text()
    dialog = _reopen(qtbot, dialog, ticket, office)
    dialog.answer.setPlainText("已向客户道歉")
    _click(dialog, "do_answer")
    _click(dialog, "do_result")  # nothing written: refused, said why
    assert "what was done" in dialog.error.text().lower()
    dialog.result_text.setPlainText("师傅上门道歉，调换服务人员")
    _click(dialog, "do_result")
    assert Ticket.get_by_id(ticket).status == "awaiting_acceptance"
    dialog.not_satisfied.click()
    type_text(qtbot, dialog.acceptance_remarks, "希望公司书面致歉")
    _click(dialog, "do_accepted")
    assert dialog.acceptance_note.isVisible() and dialog.escalation.isEnabled()
    assert Ticket.get_by_id(ticket).status == "awaiting_acceptance"
    dialog.result_text.setPlainText("寄出书面致歉信")
    _click(dialog, "do_result")
    dialog.satisfied.click()
    dialog.acceptance_remarks.clear()
    _click(dialog, "do_accepted")
    assert Ticket.get_by_id(ticket).status == "completed"
    assert dialog.deadline_model.rowCount() >= 5
    text = _history(dialog)
    for said in (
        "Valid / invalid decided: valid: 录音证实",
        "Result fed back: 师傅上门道歉，调换服务人员",
        "Customer's acceptance: not satisfied: 希望公司书面致歉",
        "Customer's acceptance: satisfied",
    ):
        assert said in text, said


def _history(dialog):
    m = dialog.history_model
    return "\n".join(m.index(r, 2).data() for r in range(m.rowCount()))


def _left_of(dialog, clock):
    model = dialog.deadline_model
    (row,) = [r for r in range(model.rowCount()) if model.row_at(r).clock == clock]
    return model.index(row, 3).data()


def test_the_complaints_time_left_is_office_time_and_a_paused_clock_says_paused_R3_0_R3_4(
    qtbot, office, languages
):
    """Registered Mon 23 10:00. On Tue 24 17:00 the answer (3 working days) is due Thu 26 10:00:
    1 h Tuesday + 9 h Wednesday + 1 h Thursday = 11 office hours, one 9-hour office day and 2 h
    (not the 1d 17h of clock time); the first response (24 clock hours) was due Tue 10:00, 7 h
    ago. Paused then for the customer, on Wed 25 12:00 the answer is paused, not running down."""
    from datetime import datetime

    from app import sla
    from app.services import pauses

    ticket = register(office, kind="complaint", complaint_about="维修师傅态度差").ticket_id
    tuesday = datetime(2026, 11, 24, 17, 0)
    dialog = open_complaint(None, ticket, lambda: tuesday, office)
    qtbot.addWidget(dialog)
    assert _left_of(dialog, sla.COMPLAINT_ANSWER) == "1 office d 2h left"
    assert _left_of(dialog, sla.FIRST_RESPONSE) == "overdue 7h 0m"
    dialog.close()
    pauses.pause(ticket, "customer_postponed", "客户出差", office, tuesday)
    wednesday = datetime(2026, 11, 25, 12, 0)
    again = open_complaint(None, ticket, lambda: wednesday, office)
    qtbot.addWidget(again)
    assert _left_of(again, sla.COMPLAINT_ANSWER) == "paused"
    assert _left_of(again, sla.FIRST_RESPONSE) == "overdue 1d 2h"
