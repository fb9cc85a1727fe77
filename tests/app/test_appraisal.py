"""R8.1 figures, R8.2 incidents, R8.4 score, grade and locking — on a small month built by hand.

The expected numbers are worked out below from the rules (and the definitions in the
app/services/appraisal.py docstring), not read off the code.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from decimal import Decimal

import pytest

from app import sla
from app.errors import ValidationError
from app.models import (
    Complaint,
    SatisfactionRating,
    Staff,
    Ticket,
    TicketDeadline,
    WorkOrder,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services import appraisal, incidents, intake, settings, training
from tests.app.factories import register
from tests.conftest import NOW

OCT = "2026-10"
_phones = itertools.count(13800000001)


def _ticket(office, received: datetime, kind: str = "repair", **extra) -> int:
    n = next(_phones)
    if kind == "complaint":
        extra.setdefault("complaint_about", "维修人员服务态度")
    reg = register(
        office,
        received_at=received,
        kind=kind,
        new_customer=intake.CustomerInput(f"客户{n}", [str(n)]),
        new_site=intake.SiteInput(f"浦东新区世纪大道{n % 1000}号", "浦东新区", "", ""),
        **extra,
    )
    return reg.ticket_id


def _order(ticket_id, techs, start, arrived=None, late=False, accepted_at=None, status="done"):
    order = WorkOrder.create(
        ticket=ticket_id,
        window_start=start,
        window_end=start.replace(hour=start.hour + 2),
        status=status,
        arrived_at=arrived,
        late=late,
        accepted=True if accepted_at else None,
        accepted_at=accepted_at,
        created_at=start,
    )
    for i, t in enumerate(techs):
        WorkOrderTechnician.create(work_order=order, staff=t, lead=i == 0)
    return order.id


def _resolution(ticket_id, due, met):
    TicketDeadline.update(due_at=due, met_at=met).where(
        (TicketDeadline.ticket == ticket_id) & (TicketDeadline.clock == sla.REPAIR)
    ).execute()


@pytest.fixture
def month(office):
    """October 2026 of technicians 赵 (A) and 钱 (B); 孙 (C) did no work."""
    a, b, c = (
        Staff.create(name=n, role="technician", created_at=datetime(2025, 1, 1)).id
        for n in ("赵师傅", "钱师傅", "孙师傅")
    )
    d = datetime
    # J1: A alone, on time, accepted 10-12, parts 2 × 30.00, rated 5/4/3 on the order, repair met.
    t1 = _ticket(office, d(2026, 10, 11, 9))
    o1 = _order(t1, [a], d(2026, 10, 12, 9), d(2026, 10, 12, 9), False, d(2026, 10, 12, 11, 30))
    WorkOrderPart.create(work_order=o1, name="角阀", quantity=2, unit_cost=30)
    SatisfactionRating.create(
        ticket=t1, work_order_id=o1, attitude=5, quality=4, timeliness=3, recorded_at=d(2026, 10, 12, 12)
    )
    _resolution(t1, d(2026, 10, 19, 18), d(2026, 10, 12, 11, 30))
    # J2: A and B share it, 20 min late, accepted 10-14, parts 1 × 100, rated 3/3/3 on the ticket,
    # repair missed (due 10-13, done 10-14).
    t2 = _ticket(office, d(2026, 10, 8, 9))
    o2 = _order(t2, [a, b], d(2026, 10, 14, 13), d(2026, 10, 14, 13, 20), True, d(2026, 10, 14, 16))
    WorkOrderPart.create(work_order=o2, name="混水阀", quantity=1, unit_cost=100)
    SatisfactionRating.create(
        ticket=t2, work_order_id=None, attitude=3, quality=3, timeliness=3, recorded_at=d(2026, 10, 14, 17)
    )
    _resolution(t2, d(2026, 10, 13, 18), d(2026, 10, 14, 16))
    # J3: A alone, on time, accepted 10-20, no parts, no rating, repair met — but the customer
    # called again on 11-02 (repeat_of) and that order found it A's fault (R4.7).
    t3 = _ticket(office, d(2026, 10, 19, 9))
    _order(t3, [a], d(2026, 10, 20, 9), d(2026, 10, 20, 8, 55), False, d(2026, 10, 20, 10))
    _resolution(t3, d(2026, 10, 27, 18), d(2026, 10, 20, 10))
    t4 = _ticket(office, d(2026, 11, 2, 9))
    Ticket.update(repeat_of=t3).where(Ticket.id == t4).execute()
    o4 = _order(t4, [b], d(2026, 11, 3, 9), d(2026, 11, 3, 9), False, d(2026, 11, 3, 11))
    WorkOrder.update(repeat_repair=True, repeat_fault_technician=True).where(WorkOrder.id == o4).execute()
    # An October arrival of A not yet accepted: late, counts for on-time only.
    t5 = _ticket(office, d(2026, 10, 29, 9))
    _order(t5, [a], d(2026, 10, 30, 14), d(2026, 10, 30, 14, 30), True, None, status="on_site")
    # A September job of A: not October's.
    t6 = _ticket(office, d(2026, 9, 25, 9))
    _order(t6, [a], d(2026, 9, 28, 9), d(2026, 9, 28, 9), False, d(2026, 9, 28, 11))
    # Complaints with A responsible: valid in October (counts), invalid in October, valid in November.
    for received, valid in (
        (d(2026, 10, 15, 9), True),
        (d(2026, 10, 16, 9), False),
        (d(2026, 11, 3, 9), True),
    ):
        tid = _ticket(office, received, kind="complaint")
        Complaint.create(ticket=tid, complaint_type="attitude", responsible_staff=a, valid=valid)
    # Incidents of A: a late arrival and the third "left the post" in October; a reward.
    rec = lambda *args: incidents.record_incident(a, *args, office, NOW)  # noqa: E731
    rec("penalty", "disobeying_dispatch", date(2026, 8, 1), "擅自离岗", "", None)
    rec("penalty", "disobeying_dispatch", date(2026, 9, 10), "不服从派工", "", None)
    rec("penalty", "late_arrival", date(2026, 10, 14), "个人原因迟到", "", None)
    rec("penalty", "disobeying_dispatch", date(2026, 10, 21), "擅自离岗", "", None)
    rec("reward", "outstanding", date(2026, 10, 25), "客户送锦旗", "", "200")
    return {"A": a, "B": b, "C": c, "t2": t2, "t3": t3}


def MANAGER() -> int:
    return Staff.get(Staff.name == "王丽").id


def _row(rows, staff_id):
    return next(r for r in rows if r.staff_id == staff_id)


def test_every_R8_1_figure_of_a_hand_built_month(month):
    rows = appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows
    a, b = _row(rows, month["A"]), _row(rows, month["B"])
    # A: J1, J2, J3 accepted in October (the September job and the unaccepted one are not).
    assert a.figures["jobs_completed"] == 3
    # J3 came back within 90 days by A's fault: 2 of 3 first-time fixes.
    assert a.figures["first_time_fix_rate"] == pytest.approx(2 / 3)
    # J1 and J3 met their repair clock, J2 did not.
    assert a.figures["sla_met_rate"] == pytest.approx(2 / 3)
    # October arrivals: J1 on time, J2 late, J3 on time, the open order late → 2 of 4.
    assert a.figures["on_time_rate"] == pytest.approx(0.5)
    # J1 (5+4+3)/3 = 4, J2 (3+3+3)/3 = 3 → 3.5; J3 has no rating.
    assert a.figures["satisfaction"] == pytest.approx(3.5)
    # One valid complaint received in October; the invalid and the November one do not count.
    assert a.figures["valid_complaints"] == 1
    # (2 × 30 + 1 × 100 + 0) / 3 jobs = 53.33
    assert a.figures["parts_cost_per_job"] == pytest.approx(160 / 3)
    # B shared J2 only: 1 job, no repeat, clock missed, late, rated 3, no complaint, 100 of parts.
    assert b.figures == pytest.approx(
        {
            "jobs_completed": 1,
            "first_time_fix_rate": 1.0,
            "sla_met_rate": 0.0,
            "on_time_rate": 0.0,
            "satisfaction": 3.0,
            "valid_complaints": 0,
            "parts_cost_per_job": 100.0,
        }
    )
    c = _row(rows, month["C"])
    assert c.figures["jobs_completed"] == 0 and c.score is None and c.grade == ""


def test_score_and_grade_from_the_office_weights_and_bands_R8_4(month):
    rows = appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows
    # Default weights: jobs 10, first-time fix 20, SLA 20, on time 15, satisfaction 25,
    # complaints 10, parts 0. A: jobs 3 of the month's most 3 → 100; 66.67; 66.67; 50;
    # (3.5 − 1) / 4 → 62.5; 100 − 25 → 75:
    # (1000 + 1333.33 + 1333.33 + 750 + 1562.5 + 750) / 100 = 67.29; then R8.4 incident points
    # (2 off per penalty, 2 on per reward): two October penalties, one reward → 67.29 − 4 + 2
    # = 65.29 → D (60–70).
    a = _row(rows, month["A"])
    assert a.score == pytest.approx(65.29, abs=0.01) and a.grade == "D"
    # B: jobs 1 of 3 → 33.33; 100; 0; 0; satisfaction 3.0 → (3 − 1) / 4 → 50; 100:
    # (333.33 + 2000 + 0 + 0 + 1250 + 1000) / 100 = 45.83 → E.
    b = _row(rows, month["B"])
    assert b.score == pytest.approx(45.83, abs=0.01) and b.grade == "E"
    # The weights are a setting: satisfaction alone → A is 62.5 − 4 + 2 = 60.5.
    settings.put(settings.APPRAISAL_WEIGHTS, {k: 0 for k in appraisal.FIGURES} | {"satisfaction": 100})
    rows = appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows
    assert _row(rows, month["A"]).score == pytest.approx(60.5)


def test_penalty_and_reward_points_move_the_score_by_the_office_setting_R8_4(month, office):
    # B (45.83 from the records, no incidents) gets two penalties (one of 300 yuan) and a
    # reward; with 5 points off per penalty and 3 on per reward: 45.83 − 10 + 3 = 38.83.
    settings.put(settings.INCIDENT_POINTS, {"penalty": 5, "reward": 3})
    rec = lambda *args: incidents.record_incident(month["B"], *args, office, NOW)  # noqa: E731
    rec("penalty", "arguing", date(2026, 10, 5), "与客户争吵", "", "300")
    rec("penalty", "late_arrival", date(2026, 10, 6), "个人原因迟到", "", None)
    rec("reward", "customer_praise", date(2026, 10, 7), "客户表扬", "", "50")
    b = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["B"])
    assert (b.penalties, b.penalty_total) == (2, 320.0)
    assert b.score == pytest.approx(38.83, abs=0.01) and b.grade == "E"
    # A (67.29 before incidents): 2 penalties × 5, 1 reward × 3 → 60.29, still D.
    assert _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"]).score == pytest.approx(
        60.29, abs=0.01
    )
    # The score never drops below 0: 30 points a penalty takes B to 0, not −14.17.
    settings.put(settings.INCIDENT_POINTS, {"penalty": 30, "reward": 0})
    assert _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["B"]).score == 0.0


def test_penalty_and_reward_totals_and_the_third_incident_warning_R8_2_R8_3(month):
    a = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    # October: late arrival 20 + leaving the post 100 (seed 001 amounts); a 200 reward.
    assert (a.penalties, a.penalty_total, a.rewards, a.reward_total) == (2, 120.0, 1, 200.0)
    # The third "left the post" (Aug, Sep, Oct) falls in October: dismissal review.
    assert a.dismissal_review == ("disobeying_dispatch",)
    sep = _row(appraisal.appraise_month("2026-09", viewer_id=MANAGER()).rows, month["A"])
    assert sep.dismissal_review == () and sep.penalty_total == 100.0
    ordinals = [e.cols[3] for e in a.evidence["penalties"]]
    assert ordinals == [1, 3]  # the late arrival is A's first; the October departure the third


def test_the_third_incident_of_one_type_warns_other_types_do_not_count_together_R8_2(office):
    tech = Staff.create(name="周师傅", role="technician", created_at=NOW).id
    rec = lambda t, day: incidents.record_incident(tech, "penalty", t, day, "记录", "", None, office, NOW)  # noqa: E731
    assert not rec("disobeying_dispatch", date(2026, 11, 2)).dismissal_review
    assert not rec("false_claim", date(2026, 11, 3)).dismissal_review
    assert not rec("disobeying_dispatch", date(2026, 11, 4)).dismissal_review
    third = rec("disobeying_dispatch", date(2026, 11, 5))
    assert third.dismissal_review and third.ordinal == 3
    assert not rec("late_arrival", date(2026, 11, 6)).dismissal_review  # not a dismissal type
    assert not rec("false_claim", date(2026, 11, 7)).dismissal_review
    assert rec("false_claim", date(2026, 11, 9)).dismissal_review


def test_a_penalty_defaults_to_the_office_amount_and_a_reward_is_entered_R8_2(office):
    tech = Staff.create(name="周师傅", role="technician", created_at=NOW).id
    incidents.record_incident(
        tech, "penalty", "arguing", date(2026, 11, 2), "与客户争吵", "", None, office, NOW
    )
    settings.put(settings.PENALTY_AMOUNTS, {"arguing": 50})
    incidents.record_incident(
        tech, "penalty", "arguing", date(2026, 11, 3), "与客户争吵", "", "", office, NOW
    )
    amounts = [r.amount for r in incidents.incidents_of(tech)]
    assert amounts == [Decimal("20.00"), Decimal("50.00")]
    with pytest.raises(ValidationError):  # the ticket must exist
        incidents.record_incident(
            tech, "penalty", "arguing", date(2026, 11, 3), "x", "SH-1", None, office, NOW
        )
    with pytest.raises(ValidationError):  # not in the future
        incidents.record_incident(tech, "penalty", "arguing", date(2026, 11, 30), "x", "", None, office, NOW)
    receptionist = Staff.create(name="前台", role="receptionist", created_at=NOW).id
    with pytest.raises(ValidationError):  # R10.1
        incidents.record_incident(
            tech, "penalty", "arguing", date(2026, 11, 2), "x", "", None, receptionist, NOW
        )


def test_approving_locks_the_month_and_corrections_are_adjustments_R8_4(month, office):
    before = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    assert appraisal.approve_month(OCT, office, NOW) == 3
    # Later edits to the records: J2's clock now met, another penalty, another job.
    TicketDeadline.update(met_at=datetime(2026, 10, 13, 9)).where(
        (TicketDeadline.ticket == month["t2"]) & (TicketDeadline.clock == sla.REPAIR)
    ).execute()
    incidents.record_incident(
        month["A"], "penalty", "arguing", date(2026, 10, 30), "争吵", "", None, office, NOW
    )
    live = _row(appraisal.compute_month(OCT), month["A"])
    # October is locked: the late penalty counts in November, the first open month.
    assert live.figures["sla_met_rate"] == pytest.approx(1.0) and live.penalty_total == 120.0
    nov = _row(appraisal.compute_month("2026-11"), month["A"])
    assert nov.penalties == 1 and nov.penalty_total == 20.0
    approved = appraisal.appraise_month(OCT, viewer_id=MANAGER())
    a = _row(approved.rows, month["A"])
    assert approved.approved and approved.approved_by == "王丽" and approved.approved_at == NOW
    assert a.figures == pytest.approx(before.figures) and a.penalty_total == 120.0
    assert (a.score, a.grade) == (before.score, "D")
    assert [e.number for e in a.evidence["sla_met_rate"]] == [
        e.number for e in before.evidence["sla_met_rate"]
    ]
    with pytest.raises(ValidationError):
        appraisal.approve_month(OCT, office, NOW)
    # A correction: −10 points with a reason → 55.29, grade E; recorded with who and when.
    appraisal.adjust(OCT, month["A"], "-10", "复核发现一次迟到未计入", office, NOW)
    a = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    assert a.score == pytest.approx(55.29, abs=0.01) and a.grade == "E" and a.approved_score == before.score
    assert [(x.score_delta, x.by) for x in a.adjustments] == [(-10.0, "王丽")]
    with pytest.raises(ValidationError):  # adjusting needs a reason
        appraisal.adjust(OCT, month["A"], "2", " ", office, NOW)
    with pytest.raises(ValidationError):  # an unapproved month is not adjusted
        appraisal.adjust("2026-09", month["A"], "2", "x", office, NOW)


def test_a_month_not_over_cannot_be_approved_and_only_the_manager_approves_R8_4(month, office):
    with pytest.raises(ValidationError):
        appraisal.approve_month("2026-11", office, NOW)
    supervisor = Staff.create(name="主管", role="supervisor", created_at=NOW).id
    with pytest.raises(ValidationError):
        appraisal.approve_month(OCT, supervisor, NOW)
    assert appraisal.can_view_appraisal(supervisor) and not appraisal.can_approve(supervisor)
    receptionist = Staff.create(name="前台", role="receptionist", created_at=NOW).id
    assert not appraisal.can_view_appraisal(receptionist)


def test_drill_down_shows_the_records_behind_each_figure_R8_1(month):
    a = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    t3 = Ticket.get_by_id(month["t3"]).number
    not_first_time = [e.number for e in a.evidence["first_time_fix_rate"] if e.ok is False]
    assert not_first_time == [t3]
    late = [e.number for e in a.evidence["on_time_rate"] if e.ok is False]
    assert late == [Ticket.get_by_id(month["t2"]).number, late[1]] and len(late) == 2
    assert (
        len(a.evidence["valid_complaints"]) == 1 and a.evidence["valid_complaints"][0].cols[0] == "attitude"
    )
    assert [e.cols[3] for e in a.evidence["satisfaction"]] == [4.0, 3.0]


def test_the_register_gets_live_and_approved_months(month, office):
    rows = {(r.staff_id, r.month): r for r in appraisal.month_figures([OCT])}
    assert rows[(month["A"], OCT)].figures["jobs_completed"] == 3
    assert rows[(month["A"], OCT)].approved_by == ""
    appraisal.approve_month(OCT, office, NOW)
    from app.registers.appraisal import appraisal_rows

    (a_row,) = [r for r in appraisal_rows([OCT]) if r[1] == "赵师傅"]
    assert a_row[2] == 3 and a_row[10] == "D" and a_row[15] == "王丽"


def test_a_technicians_trend_has_one_point_a_month(month):
    points = appraisal.trend(month["A"], OCT, 3)
    assert [p.month for p in points] == ["2026-08", "2026-09", OCT]
    assert points[-1].score == pytest.approx(65.29, abs=0.01)
    assert points[1].first_time_fix_rate == 1.0  # the September job


def test_training_sessions_and_attendance_R8_5(office):
    a = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    b = Staff.create(name="钱师傅", role="technician", created_at=NOW).id
    with pytest.raises(ValidationError):
        training.record_session(date(2026, 11, 20), "防水施工规范", "王工", "2", [], office, NOW)
    with pytest.raises(ValidationError):
        training.record_session(date(2026, 11, 20), "防水施工规范", "王工", "0", [a], office, NOW)
    sid = training.record_session(date(2026, 11, 20), "防水施工规范", "王工", "2.5", [a, b], office, NOW)
    (row,) = training.sessions(date(2026, 11, 1), date(2026, 11, 30))
    assert (row.id, row.hours, row.attendees) == (sid, Decimal("2.5"), ("赵师傅", "钱师傅"))
    assert [s.topic for s in training.sessions_of(b)] == ["防水施工规范"]


def test_the_export_of_an_approved_month_shows_exactly_the_approved_figures_R8_4(month, office):
    """Approve October → a penalty dated inside it → an adjustment: the 售后人员考核记录表 shows
    the approved figures, the adjusted score and the incidents as they stood."""
    from app.registers.appraisal import appraisal_rows

    before = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    appraisal.approve_month(OCT, office, NOW)
    late = incidents.record_incident(
        month["A"], "penalty", "arguing", date(2026, 10, 29), "与客户争吵", "", "300", office, NOW
    )
    assert late.booked_later and late.counts_in == "2026-11"
    appraisal.adjust(OCT, month["A"], "-5", "复核", office, NOW)
    screen = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    assert screen.score == pytest.approx(60.29, abs=0.01)  # 65.29 − 5
    (row,) = [r for r in appraisal_rows([OCT]) if r[1] == "赵师傅"]
    # Month, name, 7 figures, score, grade, penalties, amount, rewards, amount, approved by/at.
    assert row[2] == 3 and row[9] == pytest.approx(60.29, abs=0.01) and row[10] == "D"
    assert (row[11], row[12], row[13], row[14]) == (2, Decimal("120.00"), 1, Decimal("200.00"))
    assert row[9] == screen.score and row[9] != before.score
    (nov,) = [r for r in appraisal_rows(["2026-11"]) if r[1] == "赵师傅"]
    assert (nov[11], nov[12]) == (1, Decimal("300.00"))  # the late penalty, booked to November


def test_a_corrected_rating_replaces_the_first_in_the_satisfaction_figure_R7_1_R8_1(month):
    a = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    j1 = a.evidence["satisfaction"][0].ticket_id
    order = WorkOrder.get(WorkOrder.ticket == j1)
    SatisfactionRating.create(
        ticket=j1,
        work_order_id=order.id,
        attitude=1,
        quality=1,
        timeliness=1,
        recorded_at=datetime(2026, 10, 13),
    )
    # J1's correction (1+1+1)/3 = 1 replaces its 4; J2 stays 3 → (1 + 3) / 2 = 2.0, not (4+3+1)/3.
    a = _row(appraisal.appraise_month(OCT, viewer_id=MANAGER()).rows, month["A"])
    assert a.figures["satisfaction"] == pytest.approx(2.0)
