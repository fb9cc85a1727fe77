"""R1.7 and R3.0 through the services: acknowledgements, reminders, answered consultations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.errors import ValidationError
from app.models import Staff, Ticket
from app.services import contacts, deadlines, follow_ups, intake
from tests.app.factories import register
from tests.conftest import NOW


def _clock(ticket_id, clock):
    return {d.clock: d for d in deadlines.stored(ticket_id)}[clock]


def test_a_complaints_acknowledgement_meets_its_first_response_R3_0(office):
    # complaint Mon 2026-11-23 10:00; first response due Tue 24 10:00 (24 clock hours)
    reg = register(office, kind="complaint", complaint_about="师傅态度差")
    contacts.acknowledge(
        reg.ticket_id, "已致电客户致歉，说明将由项目部调查", office, NOW + timedelta(hours=5)
    )
    fr = _clock(reg.ticket_id, "first_response")
    assert (fr.due_at, fr.met_at) == (datetime(2026, 11, 24, 10, 0), datetime(2026, 11, 23, 15, 0))
    # at Tue 10:01 the forward clock (1 office day → Tue 10:00) is late, the first response is not
    (esc,) = follow_ups.escalate_overdue(datetime(2026, 11, 24, 10, 1))
    assert esc.clocks == ("forward",)
    (call,) = contacts.contacts_of(reg.ticket_id)
    assert (call.kind, call.at, call.recorded_by) == ("acknowledgement", NOW + timedelta(hours=5), "王丽")
    # a second acknowledgement is recorded but the first response stays met at 15:00
    contacts.acknowledge(reg.ticket_id, "再次致电告知进度", office, NOW + timedelta(hours=30))
    assert _clock(reg.ticket_id, "first_response").met_at == datetime(2026, 11, 23, 15, 0)


def test_answering_a_complaint_meets_its_first_response_if_nothing_did_R3_0(office):
    from app.services import complaints

    reg = register(office, kind="complaint", complaint_about="收费不清")
    complaints.classify(reg.ticket_id, "fees", False, office, NOW)
    dept = intake.department_choices()[0][0]
    complaints.name_responsible(reg.ticket_id, dept, None, office, NOW)
    complaints.record_investigation(reg.ticket_id, "多收了上门费", office, NOW)
    complaints.mark_validity(reg.ticket_id, False, "按价目表收取", office, NOW)
    later = NOW + timedelta(hours=3)
    complaints.answer_customer(reg.ticket_id, "已向客户解释收费标准", office, later)
    assert _clock(reg.ticket_id, "first_response").met_at == later


def test_a_consultation_is_answered_and_closed_in_one_step_R1_7(office):
    # consultation Mon 10:00: first response due Tue 10:00; answered at 11:30 by 王丽
    reg = register(office, kind="consultation", work_category="", problem="卫生间防水保修几年？")
    at = NOW + timedelta(minutes=90)
    contacts.answer_and_close(reg.ticket_id, "卫生间防水保修5年，从竣工验收之日起算", office, at)
    t = Ticket.get_by_id(reg.ticket_id)
    assert (t.status, t.first_response_at, t.completed_at, t.closed_at) == ("closed", at, at, at)
    assert t.next_due_at is None
    answer = contacts.answer_of(reg.ticket_id)
    assert (answer.text, answer.by, answer.at) == ("卫生间防水保修5年，从竣工验收之日起算", "王丽", at)
    assert _clock(reg.ticket_id, "first_response").met_at == at
    # never escalated afterwards
    assert follow_ups.escalate_overdue(datetime(2026, 12, 1, 9, 0)) == []


def test_a_suggestion_is_answered_too_but_a_repair_is_not_R1_7(office):
    sug = register(office, kind="suggestion", work_category="", problem="希望增加微信预约")
    contacts.answer_and_close(sug.ticket_id, "已转交总部，感谢建议", office, NOW)
    assert Ticket.get_by_id(sug.ticket_id).status == "closed"
    rep = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    with pytest.raises(ValidationError) as err:
        contacts.answer_and_close(rep.ticket_id, "答复", office, NOW)
    assert str(err.value) == "Only a consultation or a suggestion is answered and closed this way."
    with pytest.raises(ValidationError):
        contacts.answer_and_close(sug.ticket_id, "再答一次", office, NOW)  # already closed
    blank = register(
        office,
        kind="consultation",
        work_category="",
        new_customer=intake.CustomerInput("周敏", ["13600003333"]),
    )
    with pytest.raises(ValidationError) as err:
        contacts.answer_and_close(blank.ticket_id, "   ", office, NOW)
    assert err.value.field == "answer" and Ticket.get_by_id(blank.ticket_id).status == "registered"


def test_a_second_call_about_an_open_ticket_is_a_reminder_on_it_R1_7(office):
    reg = register(office)
    desk = Staff.create(name="陈前台", role="receptionist", created_at=NOW).id
    contacts.record_reminder(reg.ticket_id, "张伟", "问师傅什么时候到", desk, NOW + timedelta(hours=26))
    (call,) = contacts.contacts_of(reg.ticket_id)
    assert (call.kind, call.caller, call.note, call.recorded_by) == (
        "reminder",
        "张伟",
        "问师傅什么时候到",
        "陈前台",
    )
    assert Ticket.select().count() == 1  # no new ticket
    # a reminder is the customer calling in: it meets no clock
    assert _clock(reg.ticket_id, "first_response").met_at is None
    with pytest.raises(ValidationError) as err:
        contacts.record_reminder(reg.ticket_id, "张伟", "", desk, NOW)
    assert err.value.field == "note"
    Ticket.update(status="closed").where(Ticket.id == reg.ticket_id).execute()
    with pytest.raises(ValidationError) as err:
        contacts.record_reminder(reg.ticket_id, "张伟", "又漏了", desk, NOW)
    assert "register the new call as a new ticket" in str(err.value)
