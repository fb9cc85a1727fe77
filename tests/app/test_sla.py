"""R3 time limits, worked out by hand from the rule and the official calendar.

Every expected due time below was computed on paper from SERVICE_RULES R3 and the State Council
schedules ("N working days after t" = t plus N full office days of office time, R3.0: office time
flows only on working days from 09:00 to 18:00, 9 h a day), not copied from the code's output.
The arithmetic is in the comments.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app import holidays_cn
from app.calendar import WorkCalendar
from app.sla import (
    COMPLAINT_ANSWER,
    COMPLAINT_RESULT,
    DEFAULT_LIMITS,
    FIRST_RESPONSE,
    FOLLOW_UP,
    FORWARD,
    HOURS,
    PLAN,
    REPAIR,
    URGENT_DISPATCH,
    WORKING_DAYS,
    Deadline,
    Limit,
    Pause,
    TicketFacts,
    compute_deadlines,
    next_deadline,
    sla_state,
)

H = 3600


def _rows() -> list[tuple[date, bool, str]]:
    return [r for y in holidays_cn.shipped_years() for r in holidays_cn.official_days(y)]


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.from_rows(_rows(), holidays_cn.shipped_years())


def clocks(facts: TicketFacts, cal: WorkCalendar, now: datetime, limits=None) -> dict[str, Deadline]:
    deadlines = compute_deadlines(facts, cal, now, limits)
    by_clock = {d.clock: d for d in deadlines}
    assert len(by_clock) == len(deadlines), "each clock appears once"
    return by_clock


def due(facts: TicketFacts, cal: WorkCalendar, now: datetime, limits=None) -> dict[str, datetime]:
    return {c: d.due_at for c, d in clocks(facts, cal, now, limits).items()}


# An ordinary week: March 2025 has no holidays. Wed 2025-03-12 10:30.
# Working days after it: Thu 13, Fri 14, Mon 17, Tue 18, Wed 19, Thu 20, Fri 21, Mon 24, Tue 25, Wed 26.
WED = datetime(2025, 3, 12, 10, 30)
SOON = datetime(2025, 3, 12, 11, 0)


def repair(**kw) -> TicketFacts:
    return TicketFacts(kind="repair", received_at=kw.pop("received_at", WED), **kw)


def complaint(**kw) -> TicketFacts:
    return TicketFacts(kind="complaint", received_at=kw.pop("received_at", WED), **kw)


# --- the shipped limits are the R3 table -------------------------------------------------------


def test_default_limits_are_the_R3_table():
    assert DEFAULT_LIMITS["first_response"] == Limit(24, HOURS)
    assert DEFAULT_LIMITS["first_response_urgent"] == Limit(2, HOURS)
    assert DEFAULT_LIMITS["forward"] == Limit(1, WORKING_DAYS)
    assert DEFAULT_LIMITS["plan_repair"] == Limit(2, WORKING_DAYS)
    assert DEFAULT_LIMITS["plan_complaint"] == Limit(3, WORKING_DAYS)
    assert DEFAULT_LIMITS["repair_simple"] == Limit(5, WORKING_DAYS)
    assert DEFAULT_LIMITS["repair_complex"] == Limit(10, WORKING_DAYS)
    assert DEFAULT_LIMITS["complaint_answer"] == Limit(3, WORKING_DAYS)
    assert DEFAULT_LIMITS["complaint_result"] == Limit(7, WORKING_DAYS)
    assert DEFAULT_LIMITS["complaint_result_major"] == Limit(2, WORKING_DAYS)
    assert DEFAULT_LIMITS["follow_up"] == Limit(3, WORKING_DAYS)


# --- one test per row of the R3 table -----------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (WED, datetime(2025, 3, 13, 10, 30)),
        # clock hours: Friday 18:00 → Saturday 18:00, the weekend does not stop it
        (datetime(2025, 3, 14, 18, 0), datetime(2025, 3, 15, 18, 0)),
        # nor does a holiday: Tue 2025-09-30 18:00 → Wed 2025-10-01 (国庆) 18:00
        (datetime(2025, 9, 30, 18, 0), datetime(2025, 10, 1, 18, 0)),
    ],
)
def test_first_response_due_24_clock_hours_after_registration_R3(cal, received, expected):
    for kind in ("repair", "complaint", "consultation", "suggestion"):
        facts = TicketFacts(kind=kind, received_at=received)
        assert due(facts, cal, received)[FIRST_RESPONSE] == expected


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (WED, datetime(2025, 3, 12, 12, 30)),
        (datetime(2025, 3, 15, 23, 0), datetime(2025, 3, 16, 1, 0)),  # Saturday night → Sunday 01:00
        (datetime(2025, 10, 2, 9, 0), datetime(2025, 10, 2, 11, 0)),  # on a holiday too
    ],
)
def test_urgent_first_response_due_in_2_hours_R3_R1_5(cal, received, expected):
    assert due(repair(received_at=received, urgent=True), cal, received)[FIRST_RESPONSE] == expected
    assert due(complaint(received_at=received, urgent=True), cal, received)[FIRST_RESPONSE] == expected


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (WED, datetime(2025, 3, 12, 23, 59, 59)),
        (datetime(2025, 3, 15, 22, 30), datetime(2025, 3, 15, 23, 59, 59)),  # a Saturday: same day
        (datetime(2025, 10, 2, 9, 0), datetime(2025, 10, 2, 23, 59, 59)),  # a holiday: same day
    ],
)
def test_urgent_ticket_must_be_dispatched_the_same_day_R3(cal, received, expected):
    got = clocks(repair(received_at=received, urgent=True), cal, received)
    assert got[URGENT_DISPATCH].due_at == expected
    assert got[URGENT_DISPATCH].met_at is None


def test_urgent_dispatch_is_met_by_dispatching_R3(cal):
    dispatched = datetime(2025, 3, 12, 11, 15)
    got = clocks(repair(urgent=True, dispatched_at=dispatched), cal, SOON)
    assert got[URGENT_DISPATCH].met_at == dispatched
    assert not got[URGENT_DISPATCH].breached(datetime(2025, 3, 13, 9, 0))


def test_only_urgent_tickets_have_a_same_day_dispatch_clock_R3(cal):
    assert URGENT_DISPATCH not in clocks(repair(), cal, SOON)
    assert URGENT_DISPATCH not in clocks(complaint(), cal, SOON)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (WED, datetime(2025, 3, 13, 10, 30)),  # Wed → Thu
        (datetime(2025, 3, 14, 18, 0), datetime(2025, 3, 17, 18, 0)),  # Fri 18:00 → Mon 18:00
        # R3.0 Saturday: no office time until Monday 09:00, then Monday's full office day
        (datetime(2025, 3, 15, 9, 0), datetime(2025, 3, 17, 18, 0)),
        # R3.0 before opening: Mon 00:00 counts from Mon 09:00 → Mon 18:00
        (datetime(2025, 3, 10, 0, 0), datetime(2025, 3, 10, 18, 0)),
    ],
)
def test_forward_to_department_due_in_1_working_day_R3(cal, received, expected):
    assert due(repair(received_at=received), cal, received)[FORWARD] == expected
    assert due(complaint(received_at=received), cal, received)[FORWARD] == expected


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        (datetime(2025, 3, 12, 15, 0), datetime(2025, 3, 14, 15, 0)),  # Wed → Fri
        (datetime(2025, 3, 13, 15, 0), datetime(2025, 3, 17, 15, 0)),  # Thu → Mon (Fri, Mon)
    ],
)
def test_repair_plan_due_2_working_days_after_forwarding_R3(cal, forwarded, expected):
    got = clocks(repair(forwarded_at=forwarded), cal, forwarded)
    assert got[PLAN].due_at == expected
    assert got[FORWARD].met_at == forwarded


def test_repair_plan_not_yet_forwarded_counts_from_the_forward_deadline_R3(cal):
    # forward due Thu 13 10:30; + 2 working days = Fri 14, Mon 17 → Mon 17 10:30
    assert due(repair(), cal, SOON)[PLAN] == datetime(2025, 3, 17, 10, 30)


def test_complaint_plan_due_3_working_days_after_forwarding_R3(cal):
    # forwarded Wed 12 15:00; + 3 working days = Thu 13, Fri 14, Mon 17 → Mon 17 15:00
    forwarded = datetime(2025, 3, 12, 15, 0)
    assert due(complaint(forwarded_at=forwarded), cal, forwarded)[PLAN] == datetime(2025, 3, 17, 15, 0)


def test_plan_is_met_when_the_plan_is_recorded_R3(cal):
    plan_at = datetime(2025, 3, 14, 9, 0)
    got = clocks(repair(forwarded_at=datetime(2025, 3, 12, 15, 0), plan_at=plan_at), cal, plan_at)
    assert got[PLAN].met_at == plan_at
    assert not got[PLAN].breached(datetime(2025, 4, 1))


def test_simple_repair_done_in_5_working_days_R3(cal):
    # Thu 13, Fri 14, Mon 17, Tue 18, Wed 19 → Wed 19 10:30
    got = clocks(repair(), cal, SOON)
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 10, 30)
    assert COMPLAINT_ANSWER not in got
    assert COMPLAINT_RESULT not in got


def test_complex_repair_done_in_10_working_days_R3(cal):
    # ... Wed 19 (5), Thu 20, Fri 21, Mon 24, Tue 25, Wed 26 (10) → Wed 26 10:30
    assert due(repair(complex_repair=True), cal, SOON)[REPAIR] == datetime(2025, 3, 26, 10, 30)


def test_complaint_answer_due_in_3_working_days_R3(cal):
    # Thu 13, Fri 14, Mon 17 → Mon 17 10:30
    got = clocks(complaint(), cal, SOON)
    assert got[COMPLAINT_ANSWER].due_at == datetime(2025, 3, 17, 10, 30)
    assert REPAIR not in got


def test_complaint_result_due_in_7_working_days_R3(cal):
    # Thu 13, Fri 14, Mon 17, Tue 18, Wed 19, Thu 20, Fri 21 → Fri 21 10:30
    assert due(complaint(), cal, SOON)[COMPLAINT_RESULT] == datetime(2025, 3, 21, 10, 30)


def test_major_complaint_result_due_in_2_working_days_R3(cal):
    # Thu 13, Fri 14 → Fri 14 10:30
    assert due(complaint(major=True), cal, SOON)[COMPLAINT_RESULT] == datetime(2025, 3, 14, 10, 30)


def test_follow_up_visit_due_3_working_days_after_repair_completed_R3(cal):
    # completed Fri 14 16:00; Mon 17, Tue 18, Wed 19 → Wed 19 16:00
    done = datetime(2025, 3, 14, 16, 0)
    got = clocks(repair(completed_at=done), cal, done)
    assert got[REPAIR].met_at == done
    assert got[FOLLOW_UP].due_at == datetime(2025, 3, 19, 16, 0)
    assert got[FOLLOW_UP].met_at is None


def test_follow_up_visit_due_3_working_days_after_complaint_result_R3(cal):
    result = datetime(2025, 3, 14, 16, 0)
    got = clocks(complaint(result_at=result), cal, result)
    assert got[COMPLAINT_RESULT].met_at == result
    assert got[FOLLOW_UP].due_at == datetime(2025, 3, 19, 16, 0)


def test_no_follow_up_clock_before_the_work_is_done_R3(cal):
    assert FOLLOW_UP not in clocks(repair(), cal, SOON)
    assert FOLLOW_UP not in clocks(complaint(answered_at=datetime(2025, 3, 13, 9, 0)), cal, SOON)


def test_follow_up_is_met_by_the_visit_R3(cal):
    done, visit = datetime(2025, 3, 14, 16, 0), datetime(2025, 3, 18, 10, 0)
    got = clocks(repair(completed_at=done, followed_up_at=visit), cal, visit)
    assert got[FOLLOW_UP].met_at == visit
    assert not got[FOLLOW_UP].breached(datetime(2025, 4, 1))


# --- real holiday weeks -------------------------------------------------------------------------


def test_repair_received_tuesday_evening_before_national_day_2025_R3(cal):
    # Tue 2025-09-30 18:00; Oct 1-8 off; Thu 9, Fri 10, Sat 11 (调休) work; Sun 12 off.
    received = datetime(2025, 9, 30, 18, 0)
    got = due(repair(received_at=received), cal, received)
    assert got[FIRST_RESPONSE] == datetime(2025, 10, 1, 18, 0)  # clock hours, holiday or not
    assert got[FORWARD] == datetime(2025, 10, 9, 18, 0)  # received at closing: Oct 9's 9 h
    assert got[PLAN] == datetime(2025, 10, 11, 18, 0)  # from Oct 9 18:00: Oct 10, Sat Oct 11
    assert got[REPAIR] == datetime(2025, 10, 14, 18, 0)  # Oct 9, 10, 11, 13, 14


def test_complex_repair_across_national_day_2025_R3(cal):
    # Oct 9, 10, 11 (Sat, 调休), 13, 14, 15, 16, 17, 20, 21 → Tue Oct 21 18:00
    received = datetime(2025, 9, 30, 18, 0)
    got = due(repair(received_at=received, complex_repair=True), cal, received)
    assert got[REPAIR] == datetime(2025, 10, 21, 18, 0)


def test_repair_received_friday_evening_before_spring_festival_2025_R3(cal):
    # Fri 2025-01-24 18:00. Sat 25 off, Sun 26 works (调休), Mon 27 works, Jan 28-Feb 4 off,
    # Wed 5, Thu 6, Fri 7, Sat 8 (调休) work, Sun 9 off, Mon 10 ...
    received = datetime(2025, 1, 24, 18, 0)
    got = due(repair(received_at=received), cal, received)
    assert got[FIRST_RESPONSE] == datetime(2025, 1, 25, 18, 0)
    assert got[FORWARD] == datetime(2025, 1, 26, 18, 0)  # the 调休 Sunday
    assert got[PLAN] == datetime(2025, 2, 5, 18, 0)  # from Jan 26 18:00: Jan 27, Feb 5
    assert got[REPAIR] == datetime(2025, 2, 7, 18, 0)  # Jan 26, 27, Feb 5, 6, 7
    complex_ = due(repair(received_at=received, complex_repair=True), cal, received)
    # ... Feb 7 (5), Sat Feb 8 (6), Feb 10, 11, 12, 13 (10)
    assert complex_[REPAIR] == datetime(2025, 2, 13, 18, 0)


def test_complaint_received_friday_evening_before_spring_festival_2026_R3(cal):
    # Fri 2026-02-13 18:00. Sat 14 works (调休), Feb 15-23 off, Tue 24, Wed 25, Thu 26, Fri 27,
    # Sat 28 (调休) work, Sun Mar 1 off, Mon Mar 2.
    received = datetime(2026, 2, 13, 18, 0)
    got = due(complaint(received_at=received), cal, received)
    assert got[FIRST_RESPONSE] == datetime(2026, 2, 14, 18, 0)
    assert got[FORWARD] == datetime(2026, 2, 14, 18, 0)  # the 调休 Saturday
    assert got[PLAN] == datetime(2026, 2, 26, 18, 0)  # from Feb 14 18:00: Feb 24, 25, 26
    assert got[COMPLAINT_ANSWER] == datetime(2026, 2, 25, 18, 0)  # Feb 14, 24, 25
    assert got[COMPLAINT_RESULT] == datetime(2026, 3, 2, 18, 0)  # Feb 14, 24, 25, 26, 27, 28, Mar 2
    major = due(complaint(received_at=received, major=True), cal, received)
    assert major[COMPLAINT_RESULT] == datetime(2026, 2, 24, 18, 0)  # Feb 14, 24


def test_complaint_received_wednesday_before_national_day_2026_R3(cal):
    # Wed 2026-09-30 18:00. Oct 1-7 off; Thu 8, Fri 9, Sat 10 (调休) work; Sun 11 off; Mon 12 ...
    received = datetime(2026, 9, 30, 18, 0)
    got = due(complaint(received_at=received), cal, received)
    assert got[FIRST_RESPONSE] == datetime(2026, 10, 1, 18, 0)
    assert got[FORWARD] == datetime(2026, 10, 8, 18, 0)  # received at closing: Oct 8's 9 h
    assert got[PLAN] == datetime(2026, 10, 12, 18, 0)  # from Oct 8 18:00: Oct 9, 10, 12
    assert got[COMPLAINT_ANSWER] == datetime(2026, 10, 10, 18, 0)  # Oct 8, 9, Sat 10
    assert got[COMPLAINT_RESULT] == datetime(2026, 10, 15, 18, 0)  # Oct 8, 9, 10, 12, 13, 14, 15
    major = due(complaint(received_at=received, major=True), cal, received)
    assert major[COMPLAINT_RESULT] == datetime(2026, 10, 9, 18, 0)  # Oct 8, 9


def test_deadline_into_a_provisional_year_uses_the_fixed_date_fallback_R3(cal):
    # Thu 2026-12-31 10:00; 2027 has no schedule: Jan 1 (元旦) off, Jan 2-3 weekend
    received = datetime(2026, 12, 31, 10, 0)
    got = due(repair(received_at=received), cal, received)
    assert got[FORWARD] == datetime(2027, 1, 4, 10, 0)
    # 5 office days = 45 h: 8 h on Dec 31, then Mon 4, Tue 5, Wed 6, Thu 7 (44 h) + 1 h on Fri 8
    assert got[REPAIR] == datetime(2027, 1, 8, 10, 0)


# --- pauses (R3.4) ------------------------------------------------------------------------------


def test_first_response_clock_never_pauses_R3_4(cal):
    pause = Pause(datetime(2025, 3, 12, 11, 0), datetime(2025, 3, 13, 9, 0))
    now = datetime(2025, 3, 13, 9, 30)
    got = clocks(repair(pauses=(pause,)), cal, now)
    assert got[FIRST_RESPONSE].due_at == datetime(2025, 3, 13, 10, 30)
    assert got[FIRST_RESPONSE].paused_seconds == 0
    urgent = clocks(repair(urgent=True, pauses=(pause,)), cal, now)
    assert urgent[FIRST_RESPONSE].due_at == datetime(2025, 3, 12, 12, 30)
    assert urgent[URGENT_DISPATCH].due_at == datetime(2025, 3, 12, 23, 59, 59)


def test_pause_on_a_working_day_moves_resolution_deadlines_by_the_paused_time_R3_4(cal):
    # 3 h on Thu 13 (14:00-17:00): repair Wed 19 10:30 → 13:30; plan Fri 14 15:00 → 18:00
    pause = Pause(datetime(2025, 3, 13, 14, 0), datetime(2025, 3, 13, 17, 0))
    now = datetime(2025, 3, 14, 9, 0)
    got = clocks(repair(forwarded_at=datetime(2025, 3, 12, 15, 0), pauses=(pause,)), cal, now)
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 13, 30)
    assert got[REPAIR].paused_seconds == 3 * H
    assert got[PLAN].due_at == datetime(2025, 3, 14, 18, 0)
    assert got[PLAN].paused_seconds == 3 * H
    assert got[FIRST_RESPONSE].due_at == datetime(2025, 3, 13, 10, 30)


def test_pause_moves_complaint_answer_and_result_by_the_paused_time_R3_4(cal):
    pause = Pause(datetime(2025, 3, 13, 14, 0), datetime(2025, 3, 13, 17, 0))
    got = clocks(complaint(pauses=(pause,)), cal, datetime(2025, 3, 14, 9, 0))
    assert got[COMPLAINT_ANSWER].due_at == datetime(2025, 3, 17, 13, 30)
    assert got[COMPLAINT_RESULT].due_at == datetime(2025, 3, 21, 13, 30)


def test_paused_working_day_pushes_a_friday_deadline_over_the_weekend_R3_4(cal):
    # major complaint due Fri 14 10:30; paused Thu 13 09:00 → Fri 14 09:00 = Thursday's 9 h of
    # office time → Fri 14 10:30 + 9 h = 7.5 h Friday + 1.5 h Monday → Mon 17 10:30
    pause = Pause(datetime(2025, 3, 13, 9, 0), datetime(2025, 3, 14, 9, 0))
    got = clocks(complaint(major=True, pauses=(pause,)), cal, datetime(2025, 3, 14, 9, 30))
    assert got[COMPLAINT_RESULT].due_at == datetime(2025, 3, 17, 10, 30)
    assert got[COMPLAINT_RESULT].paused_seconds == 9 * H


def test_pause_entirely_on_a_weekend_moves_nothing_R3_4(cal):
    pause = Pause(datetime(2025, 3, 15, 9, 0), datetime(2025, 3, 16, 18, 0))  # Sat-Sun
    got = clocks(repair(pauses=(pause,)), cal, datetime(2025, 3, 17, 9, 0))
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 10, 30)
    assert got[REPAIR].paused_seconds == 0


def test_pause_entirely_on_a_holiday_moves_nothing_R3_4(cal):
    # received Tue 2025-09-30 18:00, repair due Tue Oct 14 18:00; paused Oct 2-5 (国庆)
    received = datetime(2025, 9, 30, 18, 0)
    pause = Pause(datetime(2025, 10, 2, 9, 0), datetime(2025, 10, 5, 18, 0))
    got = clocks(repair(received_at=received, pauses=(pause,)), cal, datetime(2025, 10, 9, 9, 0))
    assert got[REPAIR].due_at == datetime(2025, 10, 14, 18, 0)
    assert got[REPAIR].paused_seconds == 0


def test_pause_over_a_weekend_counts_only_its_working_hours_R3_4(cal):
    # Fri 14 16:00 → Mon 17 11:00: 2 h Friday + 2 h Monday office time = 4 h → Wed 19 14:30
    pause = Pause(datetime(2025, 3, 14, 16, 0), datetime(2025, 3, 17, 11, 0))
    got = clocks(repair(pauses=(pause,)), cal, datetime(2025, 3, 17, 12, 0))
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 14, 30)
    assert got[REPAIR].paused_seconds == 4 * H
    # R3.0: a pause from Friday night to Monday before opening holds no office time at all
    night = Pause(datetime(2025, 3, 14, 20, 0), datetime(2025, 3, 17, 2, 0))
    got = clocks(repair(pauses=(night,)), cal, datetime(2025, 3, 17, 12, 0))
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 10, 30)
    assert got[REPAIR].paused_seconds == 0


def test_open_pause_counts_up_to_now_R3_4(cal):
    facts = repair(pauses=(Pause(datetime(2025, 3, 13, 9, 0), None),))
    # now Thu 13 15:00: 6 h paused → Wed 19 16:30
    got = clocks(facts, cal, datetime(2025, 3, 13, 15, 0))
    assert got[REPAIR].paused_seconds == 6 * H
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 16, 30)
    # now Fri 14 09:00: Thursday's 9 h → Wed 19 10:30 + 9 h = 7.5 h Wed + 1.5 h Thu → Thu 20 10:30
    assert due(facts, cal, datetime(2025, 3, 14, 9, 0))[REPAIR] == datetime(2025, 3, 20, 10, 30)
    # now Sat 15 12:00 and Sun 16 20:00: 9 h Thu + 9 h Fri = 18 h, the weekend adds nothing;
    # Wed 19 10:30 + 18 h = 7.5 h (Wed) + 9 h (Thu) + 1.5 h (Fri) → Fri 21 10:30
    for now in (datetime(2025, 3, 15, 12, 0), datetime(2025, 3, 16, 20, 0)):
        got = clocks(facts, cal, now)
        assert got[REPAIR].paused_seconds == 18 * H
        assert got[REPAIR].due_at == datetime(2025, 3, 21, 10, 30)
        assert got[REPAIR].paused


def test_an_open_pause_is_never_overdue_and_its_deadline_moves_live_R3_4(cal):
    # repair received Wed 12 10:30, due Wed 19 10:30; paused from Tue 18 09:00 and still waiting.
    facts = repair(pauses=(Pause(datetime(2025, 3, 18, 9, 0), None),))
    # now Thu 20 12:00, past the unpaused deadline: paused Tue 9 h + Wed 9 h + Thu 3 h = 21 h;
    # Wed 19 10:30 + 21 h = 7.5 h Wed + 9 h Thu + 4.5 h Fri → Fri 21 13:30 — and not overdue
    now = datetime(2025, 3, 20, 12, 0)
    got = clocks(facts, cal, now)
    assert got[REPAIR].due_at == datetime(2025, 3, 21, 13, 30)
    assert got[REPAIR].paused and not got[REPAIR].breached(datetime(2025, 4, 30))
    assert got[PLAN].paused  # every unmet resolution clock stands still
    # the first response never pauses: due Thu 13 10:30 (24 clock hours), breached, not paused
    assert not got[FIRST_RESPONSE].paused and got[FIRST_RESPONSE].breached(now)
    # resumed Thu 20 12:00: the moved deadline stays Fri 21 13:30 and counts on from there
    resumed = repair(pauses=(Pause(datetime(2025, 3, 18, 9, 0), now),))
    later = clocks(resumed, cal, datetime(2025, 3, 24, 9, 0))
    assert later[REPAIR].due_at == datetime(2025, 3, 21, 13, 30)
    assert not later[REPAIR].paused and later[REPAIR].breached(datetime(2025, 3, 24, 9, 0))


# --- office hours (R3.0) -------------------------------------------------------------------------


def test_call_after_closing_counts_from_the_next_opening_R3_0(cal):
    # the case: Fri 2025-03-14 22:30. Working-day clocks start Mon 17 09:00;
    # forward (1 day) → Mon 17 18:00; repair (5 days) → Mon 17, Tue, Wed, Thu, Fri 21 → Fri 21 18:00.
    received = datetime(2025, 3, 14, 22, 30)
    got = due(repair(received_at=received), cal, received)
    assert got[FORWARD] == datetime(2025, 3, 17, 18, 0)
    assert got[REPAIR] == datetime(2025, 3, 21, 18, 0)
    # clock hours run around the clock: 24 h → Sat 15 22:30
    assert got[FIRST_RESPONSE] == datetime(2025, 3, 15, 22, 30)


def test_call_before_opening_counts_from_opening_R3_0(cal):
    # Tue 2025-03-11 07:45 → counted from 09:00: forward Tue 18:00, complaint answer (3) Thu 13 18:00
    received = datetime(2025, 3, 11, 7, 45)
    got = due(complaint(received_at=received), cal, received)
    assert got[FORWARD] == datetime(2025, 3, 11, 18, 0)
    assert got[COMPLAINT_ANSWER] == datetime(2025, 3, 13, 18, 0)
    urgent = due(repair(received_at=received, urgent=True), cal, received)
    assert urgent[FIRST_RESPONSE] == datetime(2025, 3, 11, 9, 45)  # 2 clock hours
    assert urgent[URGENT_DISPATCH] == datetime(2025, 3, 11, 23, 59, 59)  # the same day


def test_a_call_on_the_national_day_holiday_2025_counts_from_october_9_opening_R3_0(cal):
    # Fri 2025-10-03 (国庆) 15:00 → office time starts Thu Oct 9 09:00;
    # forward → Oct 9 18:00; repair (5): Oct 9, 10, Sat 11 (调休), Mon 13, Tue 14 → Oct 14 18:00
    received = datetime(2025, 10, 3, 15, 0)
    got = due(repair(received_at=received), cal, received)
    assert got[FORWARD] == datetime(2025, 10, 9, 18, 0)
    assert got[REPAIR] == datetime(2025, 10, 14, 18, 0)


def test_a_call_during_the_afternoon_before_spring_festival_2026_R3_0(cal):
    # Fri 2026-02-13 16:00: 2 h left Friday, then Sat 14 (调休) 09:00-18:00, Feb 15-23 off.
    # forward (9 h) = 2 h Fri + 7 h Sat → Sat 14 16:00; complaint answer (27 h) = 2 + 9 (Sat)
    # + 9 (Tue 24) + 7 (Wed 25) → Wed 25 16:00
    received = datetime(2026, 2, 13, 16, 0)
    got = due(complaint(received_at=received), cal, received)
    assert got[FORWARD] == datetime(2026, 2, 14, 16, 0)
    assert got[COMPLAINT_ANSWER] == datetime(2026, 2, 25, 16, 0)


def test_office_hours_are_the_calendars_opening_and_closing_R3_0():
    # an office open 08:30-17:30 (9 h): Wed 2025-03-12 17:00 + 1 working day
    # = 0.5 h Wed + 8.5 h Thu → Thu 13 17:00; a call at 17:45 → Thu 08:30 + 9 h = Thu 17:30
    from datetime import time

    early = WorkCalendar.from_rows(_rows(), holidays_cn.shipped_years(), time(8, 30), time(17, 30))
    assert due(repair(received_at=datetime(2025, 3, 12, 17, 0)), early, SOON)[FORWARD] == datetime(
        2025, 3, 13, 17, 0
    )
    assert due(repair(received_at=datetime(2025, 3, 12, 17, 45)), early, SOON)[FORWARD] == datetime(
        2025, 3, 13, 17, 30
    )
    # a short office day 09:00-12:00 (3 h): 1 working day from Wed 10:30 → Thu 10:30
    short = WorkCalendar.from_rows(_rows(), holidays_cn.shipped_years(), time(9), time(12))
    assert due(repair(), short, SOON)[FORWARD] == datetime(2025, 3, 13, 10, 30)


def test_pause_after_the_clock_was_met_does_not_move_it_R3_4(cal):
    done = datetime(2025, 3, 17, 12, 0)
    pause = Pause(datetime(2025, 3, 18, 9, 0), datetime(2025, 3, 18, 12, 0))
    got = clocks(repair(completed_at=done, pauses=(pause,)), cal, datetime(2025, 3, 19, 9, 0))
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 10, 30)
    assert got[REPAIR].paused_seconds == 0
    assert got[REPAIR].met_at == done


def test_several_pauses_add_up_R3_4(cal):
    # 2 h Thu 13 + 1 h Mon 17 (+ a Saturday pause worth nothing) = 3 h → Wed 19 13:30
    pauses = (
        Pause(datetime(2025, 3, 13, 9, 0), datetime(2025, 3, 13, 11, 0)),
        Pause(datetime(2025, 3, 15, 9, 0), datetime(2025, 3, 15, 17, 0)),
        Pause(datetime(2025, 3, 17, 9, 0), datetime(2025, 3, 17, 10, 0)),
    )
    got = clocks(repair(pauses=pauses), cal, datetime(2025, 3, 18, 9, 0))
    assert got[REPAIR].paused_seconds == 3 * H
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 13, 30)


def test_overlapping_pauses_count_the_paused_time_once_R3_4(cal):
    # waiting on the customer 09:00-12:00 and on parts 11:00-14:00 the same Thursday: the clock
    # stood still 09:00-14:00 = 5 h, not 6 h → Wed 19 15:30
    pauses = (
        Pause(datetime(2025, 3, 13, 9, 0), datetime(2025, 3, 13, 12, 0)),
        Pause(datetime(2025, 3, 13, 11, 0), datetime(2025, 3, 13, 14, 0)),
    )
    got = clocks(repair(pauses=pauses), cal, datetime(2025, 3, 14, 9, 0))
    assert got[REPAIR].paused_seconds == 5 * H
    assert got[REPAIR].due_at == datetime(2025, 3, 19, 15, 30)
    # a pause inside another adds nothing
    nested = (*pauses, Pause(datetime(2025, 3, 13, 10, 0), datetime(2025, 3, 13, 10, 30)))
    assert clocks(repair(pauses=nested), cal, datetime(2025, 3, 14, 9, 0))[REPAIR].paused_seconds == 5 * H


# --- consultations, settings, calendar changes --------------------------------------------------


@pytest.mark.parametrize("kind", ["consultation", "suggestion"])
def test_consultations_only_have_a_first_response_clock_R3(cal, kind):
    got = clocks(TicketFacts(kind=kind, received_at=WED), cal, SOON)
    assert list(got) == [FIRST_RESPONSE]
    assert got[FIRST_RESPONSE].due_at == datetime(2025, 3, 13, 10, 30)
    urgent = clocks(TicketFacts(kind=kind, received_at=WED, urgent=True), cal, SOON)
    assert list(urgent) == [FIRST_RESPONSE]
    assert urgent[FIRST_RESPONSE].due_at == datetime(2025, 3, 12, 12, 30)


def test_repair_and_complaint_clock_sets_R3(cal):
    assert set(clocks(repair(), cal, SOON)) == {FIRST_RESPONSE, FORWARD, PLAN, REPAIR}
    assert set(clocks(complaint(), cal, SOON)) == {
        FIRST_RESPONSE,
        FORWARD,
        PLAN,
        COMPLAINT_ANSWER,
        COMPLAINT_RESULT,
    }


def test_limits_are_settings_R3(cal):
    limits = {"forward": Limit(2, WORKING_DAYS), "first_response": Limit(48, HOURS)}
    got = due(repair(), cal, SOON, limits)
    assert got[FIRST_RESPONSE] == datetime(2025, 3, 14, 10, 30)
    assert got[FORWARD] == datetime(2025, 3, 14, 10, 30)  # Thu 13, Fri 14
    assert got[PLAN] == datetime(2025, 3, 18, 10, 30)  # from Fri 14 10:30: Mon 17, Tue 18
    assert got[REPAIR] == datetime(2025, 3, 19, 10, 30)  # unchanged default


def test_deadlines_follow_a_calendar_change_R3_3(cal):
    # the office marks Thu 2025-03-13 as a day off: every working-day clock moves by one day
    changed = WorkCalendar.from_rows(
        [*_rows(), (date(2025, 3, 13), False, "停工")], holidays_cn.shipped_years()
    )
    got = due(repair(), changed, SOON)
    assert got[FORWARD] == datetime(2025, 3, 14, 10, 30)
    assert got[REPAIR] == datetime(2025, 3, 20, 10, 30)
    assert got[FIRST_RESPONSE] == datetime(2025, 3, 13, 10, 30)  # clock hours: unchanged


# --- next deadline and state (R3.1) ---------------------------------------------------------------


def test_next_deadline_is_the_earliest_unmet_R3_1(cal):
    # first response and forwarding done; plan due Fri 14 15:00 comes before repair Wed 19 10:30
    facts = repair(first_response_at=datetime(2025, 3, 12, 11, 0), forwarded_at=datetime(2025, 3, 12, 15, 0))
    nxt = next_deadline(compute_deadlines(facts, cal, datetime(2025, 3, 12, 16, 0)))
    assert nxt is not None
    assert (nxt.clock, nxt.due_at) == (PLAN, datetime(2025, 3, 14, 15, 0))


def test_next_deadline_for_a_new_urgent_ticket_is_the_2_hour_response_R3_1(cal):
    nxt = next_deadline(compute_deadlines(repair(urgent=True), cal, SOON))
    assert nxt is not None
    assert (nxt.clock, nxt.due_at) == (FIRST_RESPONSE, datetime(2025, 3, 12, 12, 30))


def test_next_deadline_skips_met_ones_even_if_earlier_and_includes_breached():
    t = datetime(2025, 3, 12, 10, 0)
    deadlines = [
        Deadline("a", t, met_at=t),
        Deadline("b", t + timedelta(hours=5), met_at=None),
        Deadline("c", t + timedelta(hours=1), met_at=None),  # breached by now, still the next
        Deadline("d", t + timedelta(hours=2), met_at=None),
    ]
    nxt = next_deadline(deadlines)
    assert nxt is not None
    assert nxt.clock == "c"


def test_next_deadline_is_none_when_all_are_met():
    t = datetime(2025, 3, 12, 10, 0)
    assert next_deadline([Deadline("a", t, t), Deadline("b", t, t - timedelta(hours=1))]) is None
    assert next_deadline([]) is None


DUE = datetime(2025, 3, 19, 10, 30)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (DUE - timedelta(days=2), "ok"),
        (DUE - timedelta(hours=4, seconds=1), "ok"),
        (DUE - timedelta(hours=4), "due_soon"),  # exactly 4 h left
        (DUE - timedelta(minutes=1), "due_soon"),
        (DUE, "due_soon"),  # at the due time it is not yet breached
        (DUE + timedelta(seconds=1), "breached"),
        (DUE + timedelta(days=3), "breached"),
    ],
)
def test_sla_state_boundaries_R3_1(now, state):
    assert sla_state(DUE, now) == state


def test_sla_state_without_deadline_and_custom_warning():
    assert sla_state(None, DUE) == "none"
    assert sla_state(DUE, DUE - timedelta(hours=10), warn_hours=24) == "due_soon"
    assert sla_state(DUE, DUE - timedelta(hours=10), warn_hours=1) == "ok"


def test_deadline_breached_boundaries_R3_2():
    d = Deadline(FORWARD, DUE, None)
    assert not d.breached(DUE)
    assert d.breached(DUE + timedelta(seconds=1))
    on_time = Deadline(FORWARD, DUE, met_at=DUE)
    assert not on_time.breached(DUE + timedelta(days=5))
    late = Deadline(FORWARD, DUE, met_at=DUE + timedelta(seconds=1))
    assert late.breached(DUE + timedelta(seconds=1))
    assert late.breached(DUE - timedelta(days=1))  # a late completion stays breached


def test_missed_clock_is_breached_on_the_computed_deadline_R3_2(cal):
    # forwarded Thu 13 11:00, 30 min after the 1-working-day limit
    got = clocks(repair(forwarded_at=datetime(2025, 3, 13, 11, 0)), cal, datetime(2025, 3, 13, 11, 0))
    assert got[FORWARD].due_at == datetime(2025, 3, 13, 10, 30)
    assert got[FORWARD].breached(datetime(2025, 3, 13, 11, 0))
