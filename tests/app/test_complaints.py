"""R6 complaint handling: the R6.1 steps in order, the department head's approval, the R3 clocks
they meet, R6.2 customer escalation and R3.2 the major complaint's report — on a fixed clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app import sla
from app.errors import ValidationError
from app.models import AuditEntry, Complaint, Department, FollowUpVisit, Staff, Ticket, TicketDeadline
from app.services import complaints, follow_ups
from tests.app.factories import register
from tests.conftest import NOW

H = timedelta(hours=1)


@pytest.fixture
def people(office):
    project = Department.get(Department.code == "project")
    return {
        "head": Staff.create(name="刘经理", role="department_head", department=project, created_at=NOW).id,
        "tech": Staff.create(name="赵师傅", role="technician", created_at=NOW).id,
        "desk": Staff.create(name="陈前台", role="receptionist", created_at=NOW).id,
        "project": project.id,
    }


@pytest.fixture
def complaint(office):
    reg = register(office, kind="complaint", complaint_about="维修师傅态度差", cause_category="other")
    return reg.ticket_id


def _met(ticket_id, clock):
    d = TicketDeadline.get((TicketDeadline.ticket == ticket_id) & (TicketDeadline.clock == clock))
    return d.met_at


def test_a_complaint_walks_through_every_R6_1_step_and_meets_its_R3_clocks(complaint, people, office):
    desk, t = people["desk"], complaint
    assert complaints.state(t).next_steps == {"classify"}
    complaints.classify(t, "attitude", False, desk, NOW)
    complaints.name_responsible(t, people["project"], people["tech"], desk, NOW + H)
    assert _met(t, sla.FORWARD) == NOW + H and Ticket.get_by_id(t).status == "registered"
    complaints.record_investigation(t, "调取通话录音，师傅确有顶撞客户", desk, NOW + 2 * H)
    complaints.mark_validity(t, True, "录音属实", desk, NOW + 2 * H)
    complaints.enter_plan(t, "师傅当面道歉；主管本周五前回访；罚款20元", desk, NOW + 3 * H)
    assert Ticket.get_by_id(t).status == "in_progress" and _met(t, sla.PLAN) == NOW + 3 * H
    assert "answer" not in complaints.state(t).next_steps  # R6.1: approve before answering
    complaints.approve_plan(t, people["head"], NOW + 4 * H)
    complaints.answer_customer(t, "已向客户道歉并说明整改措施", desk, NOW + 5 * H)
    assert _met(t, sla.COMPLAINT_ANSWER) == NOW + 5 * H
    complaints.feed_back_result(t, "师傅已上门道歉，客户收下20元罚款的处理说明", desk, NOW + 6 * H)
    assert (
        Ticket.get_by_id(t).status == "awaiting_acceptance" and _met(t, sla.COMPLAINT_RESULT) == NOW + 6 * H
    )
    complaints.accept_result(t, True, "客户表示满意", desk, NOW + 7 * H)
    assert Ticket.get_by_id(t).status == "completed"
    complaints.record_follow_up(t, "客户对处理结果满意", 5, desk, NOW + 30 * H)
    ticket = Ticket.get_by_id(t)
    assert ticket.status == "followed_up" and _met(t, sla.FOLLOW_UP) == NOW + 30 * H
    assert FollowUpVisit.get(FollowUpVisit.ticket == t).satisfaction == 5  # R7.2: with the other visits
    c = Complaint.get(Complaint.ticket == t)
    assert (c.complaint_type, c.responsible_staff_id, c.valid, c.approved_by_id) == (
        "attitude",
        people["tech"],
        True,
        people["head"],
    )
    assert complaints.state(t).done == set(complaints.STEPS)
    actions = [h.action for h in complaints.history(t)]
    for step in ("classify", "responsible", "investigate", "validity", "plan", "approve_plan", "answer"):
        assert step in actions
    assert ("刘经理", "approve_plan") in {(h.actor, h.action) for h in complaints.history(t)}


def test_steps_out_of_order_are_refused_R6_1(complaint, people):
    desk = people["desk"]
    with pytest.raises(ValidationError):
        complaints.record_investigation(complaint, "x", desk, NOW)
    complaints.classify(complaint, "fees", False, desk, NOW)
    with pytest.raises(ValidationError):
        complaints.enter_plan(complaint, "x", desk, NOW)
    with pytest.raises(ValidationError):  # the department is required
        complaints.name_responsible(complaint, None, None, desk, NOW)
    with pytest.raises(ValidationError):
        complaints.classify(complaint, "weather", False, desk, NOW)


def test_only_a_department_head_approves_the_plan_R6_1(complaint, people, office):
    desk = people["desk"]
    complaints.classify(complaint, "quality", False, desk, NOW)
    complaints.name_responsible(complaint, people["project"], None, desk, NOW)
    complaints.record_investigation(complaint, "现场查看，瓷砖空鼓", desk, NOW)
    complaints.mark_validity(complaint, True, "施工质量问题", desk, NOW)
    complaints.enter_plan(complaint, "返工重贴", desk, NOW)
    for not_a_head in (desk, office, people["tech"], None):  # a receptionist, the manager, …
        with pytest.raises(ValidationError) as err:
            complaints.approve_plan(complaint, not_a_head, NOW)
        assert "department head" in err.value.text()
    assert Complaint.get(Complaint.ticket == complaint).approved_at is None
    complaints.approve_plan(complaint, people["head"], NOW)
    with pytest.raises(ValidationError):  # an approved plan is not changed silently
        complaints.enter_plan(complaint, "改为退款", desk, NOW)
    with pytest.raises(ValidationError):  # nor approved twice
        complaints.approve_plan(complaint, people["head"], NOW)


def test_an_invalid_complaint_needs_a_reason_and_is_answered_without_a_plan_R6_1(complaint, people):
    desk = people["desk"]
    complaints.classify(complaint, "fees", False, desk, NOW)
    complaints.name_responsible(complaint, people["project"], None, desk, NOW)
    complaints.record_investigation(complaint, "收费符合合同约定", desk, NOW)
    with pytest.raises(ValidationError):
        complaints.mark_validity(complaint, False, "  ", desk, NOW)
    complaints.mark_validity(complaint, False, "已过保修期，按合同收费", desk, NOW)
    state = complaints.state(complaint)
    assert "plan" not in state.next_steps and "answer" in state.next_steps
    complaints.answer_customer(complaint, "向客户解释收费依据", desk, NOW + H)
    assert Ticket.get_by_id(complaint).status == "in_progress"


def test_customer_escalation_and_the_major_complaint_report_are_kept_with_who_and_when_R6_2_R3_2(
    complaint, people
):
    desk = people["desk"]
    with pytest.raises(ValidationError):  # not major yet
        complaints.report_to_manager(complaint, desk, NOW)
    complaints.classify(complaint, "attitude", True, desk, NOW)  # major: result due in 2 working days
    due = TicketDeadline.get(
        (TicketDeadline.ticket == complaint) & (TicketDeadline.clock == sla.COMPLAINT_RESULT)
    ).due_at
    assert due == NOW + timedelta(days=2)  # Monday 10:00 → Wednesday 10:00
    complaints.report_to_manager(complaint, desk, NOW + H)
    with pytest.raises(ValidationError):
        complaints.report_to_manager(complaint, desk, NOW + 2 * H)
    with pytest.raises(ValidationError):  # escalation follows an answer
        complaints.record_customer_escalation(complaint, "要求总经理出面", desk, NOW)
    c = Complaint.get(Complaint.ticket == complaint)
    assert c.reported_to_manager_at == NOW + H
    entry = AuditEntry.get(AuditEntry.action == "report_manager")
    assert (entry.actor_name, entry.at) == ("陈前台", NOW + H)


def test_an_overdue_complaint_escalates_like_a_repair_R3_2(complaint, people):
    complaints.classify(complaint, "attitude", False, people["desk"], NOW)
    later = NOW + timedelta(days=2)  # forward (1 working day) is overdue
    (esc,) = follow_ups.escalate_overdue(later)
    assert esc.ticket_id == complaint and sla.FORWARD in esc.clocks and esc.to == "supervisor"
    much_later = NOW + timedelta(days=14)  # the result is overdue too → administration/HR
    (esc,) = follow_ups.escalate_overdue(much_later)
    assert esc.to == "admin_hr"


def test_a_receptionist_handles_complaints_but_a_technician_does_not_R10_1(complaint, people):
    with pytest.raises(ValidationError):
        complaints.classify(complaint, "attitude", False, people["tech"], NOW)


def _to_plan(complaint, people, department=None):
    desk = people["desk"]
    complaints.classify(complaint, "quality", False, desk, NOW)
    complaints.name_responsible(complaint, department or people["project"], None, desk, NOW)
    complaints.record_investigation(complaint, "现场查看，瓷砖空鼓", desk, NOW)
    complaints.mark_validity(complaint, True, "施工质量问题", desk, NOW)
    complaints.enter_plan(complaint, "返工重贴", desk, NOW + H)


def test_another_departments_head_cannot_approve_the_plan_R6_1a(complaint, people):
    after_sales = Department.get(Department.code == "after_sales")
    _to_plan(complaint, people, department=after_sales.id)
    assert complaints.plans_awaiting(people["head"]) == []  # the project head is not asked
    with pytest.raises(ValidationError) as err:
        complaints.approve_plan(complaint, people["head"], NOW + 2 * H)
    assert after_sales.name in err.value.text()
    assert Complaint.get(Complaint.ticket == complaint).approved_at is None
    own = Staff.create(name="孙主任", role="department_head", department=after_sales, created_at=NOW).id
    assert [p.ticket_id for p in complaints.plans_awaiting(own)] == [complaint]
    complaints.approve_plan(complaint, own, NOW + 2 * H)
    assert complaints.plans_awaiting(own) == []


def test_a_plan_sent_back_with_a_reason_reopens_the_plan_step_R6_1a(complaint, people):
    _to_plan(complaint, people)
    assert [p.plan for p in complaints.plans_awaiting(people["head"])] == ["返工重贴"]
    with pytest.raises(ValidationError):
        complaints.return_plan(complaint, "  ", people["head"], NOW + 2 * H)
    complaints.return_plan(complaint, "请写明返工日期和负责人", people["head"], NOW + 2 * H)
    state = complaints.state(complaint)
    assert "plan" in state.next_steps and "approval" not in state.next_steps
    assert state.complaint.plan == "" and state.complaint.plan_returned_reason == "请写明返工日期和负责人"
    assert complaints.plans_awaiting(people["head"]) == []
    complaints.enter_plan(complaint, "12月5日前返工重贴，项目部王工负责", people["desk"], NOW + 3 * H)
    complaints.approve_plan(complaint, people["head"], NOW + 4 * H)
    returned = [h for h in complaints.history(complaint) if h.action == "return_plan"]
    assert (
        returned[0].actor == "刘经理"
        and returned[0].after["plan_returned_reason"] == "请写明返工日期和负责人"
    )


def test_the_result_and_an_unhappy_acceptance_record_their_content_R6_1a_R6_2(complaint, people):
    desk = people["desk"]
    _to_plan(complaint, people)
    complaints.approve_plan(complaint, people["head"], NOW + 2 * H)
    complaints.answer_customer(complaint, "告知客户返工安排", desk, NOW + 3 * H)
    with pytest.raises(ValidationError) as empty:
        complaints.feed_back_result(complaint, " ", desk, NOW + 4 * H)
    assert empty.value.field == "result_text"
    complaints.feed_back_result(complaint, "已返工重贴6块瓷砖", desk, NOW + 4 * H)
    with pytest.raises(ValidationError):  # "not satisfied" says why
        complaints.accept_result(complaint, False, "", desk, NOW + 5 * H)
    complaints.accept_result(complaint, False, "颜色与原瓷砖不一致", desk, NOW + 5 * H)
    state = complaints.state(complaint)
    assert Ticket.get_by_id(complaint).status == "awaiting_acceptance"
    assert "result" in state.next_steps and "accepted" not in state.next_steps
    complaints.record_customer_escalation(complaint, "客户要求总部质量部介入", desk, NOW + 6 * H)
    complaints.feed_back_result(complaint, "更换为同批次瓷砖", desk, NOW + 30 * H)
    complaints.accept_result(complaint, True, "满意", desk, NOW + 31 * H)
    assert Ticket.get_by_id(complaint).status == "completed"
    decided = [
        (h.action, h.after) for h in complaints.history(complaint) if h.action in ("result", "acceptance")
    ]
    assert decided == [
        ("result", {"result_text": "已返工重贴6块瓷砖"}),
        ("acceptance", {"customer_satisfied": False, "acceptance_remarks": "颜色与原瓷砖不一致"}),
        ("result", {"result_text": "更换为同批次瓷砖"}),
        ("acceptance", {"customer_satisfied": True, "acceptance_remarks": "满意"}),
    ]
