"""The working-day calendar (R3): shipped official schedules, the provisional fallback and working time.

Expected schedules below are written from the State Council notices (国务院办公厅关于部分节假日安排的通知)
for 2025 and 2026, not read from app.holidays_cn.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import holidays_cn
from app.calendar import WorkCalendar


def _span(first: date, last: date) -> set[date]:
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


# --- the official notices, written out by hand --------------------------------------------------

OFF_2025 = (
    _span(date(2025, 1, 1), date(2025, 1, 1))  # 元旦
    | _span(date(2025, 1, 28), date(2025, 2, 4))  # 春节
    | _span(date(2025, 4, 4), date(2025, 4, 6))  # 清明节
    | _span(date(2025, 5, 1), date(2025, 5, 5))  # 劳动节
    | _span(date(2025, 5, 31), date(2025, 6, 2))  # 端午节
    | _span(date(2025, 10, 1), date(2025, 10, 8))  # 国庆节、中秋节
)
WORK_2025 = {
    date(2025, 1, 26),  # Sun, 春节调休
    date(2025, 2, 8),  # Sat, 春节调休
    date(2025, 4, 27),  # Sun, 劳动节调休
    date(2025, 9, 28),  # Sun, 国庆调休
    date(2025, 10, 11),  # Sat, 国庆调休
}
OFF_2026 = (
    _span(date(2026, 1, 1), date(2026, 1, 3))  # 元旦
    | _span(date(2026, 2, 15), date(2026, 2, 23))  # 春节
    | _span(date(2026, 4, 4), date(2026, 4, 6))  # 清明节
    | _span(date(2026, 5, 1), date(2026, 5, 5))  # 劳动节
    | _span(date(2026, 6, 19), date(2026, 6, 21))  # 端午节
    | _span(date(2026, 9, 25), date(2026, 9, 27))  # 中秋节
    | _span(date(2026, 10, 1), date(2026, 10, 7))  # 国庆节
)
WORK_2026 = {
    date(2026, 1, 4),  # Sun, 元旦调休
    date(2026, 2, 14),  # Sat, 春节调休
    date(2026, 2, 28),  # Sat, 春节调休
    date(2026, 5, 9),  # Sat, 劳动节调休
    date(2026, 9, 20),  # Sun, 国庆调休
    date(2026, 10, 10),  # Sat, 国庆调休
}
OFFICIAL = {2025: (OFF_2025, WORK_2025), 2026: (OFF_2026, WORK_2026)}


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.from_rows(
        [r for y in holidays_cn.shipped_years() for r in holidays_cn.official_days(y)],
        holidays_cn.shipped_years(),
    )


def _days_of(year: int) -> list[date]:
    return sorted(_span(date(year, 1, 1), date(year, 12, 31)))


# --- shipped schedules against the official notices ---------------------------------------------


def test_2025_and_2026_schedules_are_shipped_R3():
    assert {2025, 2026} <= set(holidays_cn.shipped_years())
    assert holidays_cn.shipped_years() == sorted(holidays_cn.shipped_years())


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_day_of_a_shipped_year_matches_the_official_notice_R3(cal, year):
    off, work = OFFICIAL[year]
    wrong = []
    for day in _days_of(year):
        expected = day in work or (day.weekday() < 5 and day not in off)
        if cal.is_workday(day) != expected:
            wrong.append((day.isoformat(), expected))
    assert wrong == []


@pytest.mark.parametrize(
    "day",
    sorted(OFF_2025 | OFF_2026),
    ids=lambda d: d.isoformat(),
)
def test_official_holidays_are_not_working_days_R3(cal, day):
    assert not cal.is_workday(day)


@pytest.mark.parametrize(
    "day",
    sorted(WORK_2025 | WORK_2026),
    ids=lambda d: d.isoformat(),
)
def test_adjusted_weekends_are_working_days_调休_R3(cal, day):
    assert day.weekday() >= 5  # the notice moves a weekend into the working week
    assert cal.is_workday(day)
    assert cal.day_kind(day) == "adjusted_workday"
    assert cal.day_name(day) != ""


@pytest.mark.parametrize(
    ("day", "name_part"),
    [
        (date(2025, 1, 1), "元旦"),
        (date(2025, 1, 28), "春节"),
        (date(2025, 2, 4), "春节"),
        (date(2025, 4, 4), "清明"),
        (date(2025, 5, 5), "劳动"),
        (date(2025, 6, 2), "端午"),
        (date(2025, 10, 8), "国庆"),
        (date(2026, 1, 2), "元旦"),
        (date(2026, 2, 23), "春节"),
        (date(2026, 4, 6), "清明"),
        (date(2026, 5, 1), "劳动"),
        (date(2026, 6, 19), "端午"),
        (date(2026, 9, 25), "中秋"),
        (date(2026, 10, 7), "国庆"),
    ],
    ids=lambda v: v.isoformat() if isinstance(v, date) else None,
)
def test_weekday_holidays_are_named_and_kind_holiday(cal, day, name_part):
    assert day.weekday() < 5
    assert cal.day_kind(day) == "holiday"
    assert name_part in cal.day_name(day)


def test_day_kinds_of_ordinary_days(cal):
    assert cal.day_kind(date(2025, 3, 12)) == "workday"  # Wednesday
    assert cal.day_kind(date(2025, 3, 15)) == "weekend"  # Saturday
    assert cal.day_kind(date(2026, 11, 22)) == "weekend"  # Sunday
    assert cal.day_kind(date(2026, 11, 23)) == "workday"  # Monday


@pytest.mark.parametrize("year", [2025, 2026])
def test_official_rows_only_list_days_that_differ_from_the_weekend_rule(year):
    rows = holidays_cn.official_days(year)
    assert rows, "a shipped year has rows"
    off, work = OFFICIAL[year]
    for day, is_workday, name in rows:
        assert day.year == year
        assert is_workday == (day.weekday() >= 5), day  # weekday off, or weekend worked
        assert name
        assert (day in work) if is_workday else (day in off)
    assert len({d for d, _, _ in rows}) == len(rows)  # no day listed twice
    # and every difference from the weekend rule is listed
    listed = {d for d, _, _ in rows}
    assert {d for d in off if d.weekday() < 5} | work == listed


def test_shipped_years_are_not_provisional(cal):
    assert not cal.is_provisional(2025)
    assert not cal.is_provisional(2026)


# --- years without a schedule: provisional fallback ---------------------------------------------


def test_fixed_date_holidays_are_new_year_labour_day_and_national_day():
    assert {(m, d) for m, d, _ in holidays_cn.FIXED_DATE_HOLIDAYS} == {
        (1, 1),
        (5, 1),
        (10, 1),
        (10, 2),
        (10, 3),
    }


@pytest.mark.parametrize("year", [2024, 2027])
def test_a_year_without_a_schedule_is_provisional_R3(cal, year):
    assert cal.is_provisional(year)


@pytest.mark.parametrize("year", [2024, 2027])
def test_provisional_year_is_weekends_plus_fixed_date_holidays(cal, year):
    fixed = {date(year, 1, 1), date(year, 5, 1), date(year, 10, 1), date(year, 10, 2), date(year, 10, 3)}
    wrong = []
    for day in _days_of(year):
        expected = day.weekday() < 5 and day not in fixed
        if cal.is_workday(day) != expected:
            wrong.append(day.isoformat())
    assert wrong == []


def test_provisional_2027_examples(cal):
    assert not cal.is_workday(date(2027, 1, 1))  # Friday, 元旦
    assert cal.day_kind(date(2027, 1, 1)) == "holiday"
    assert cal.day_name(date(2027, 1, 1)) == "元旦"
    assert cal.is_workday(date(2027, 1, 4))  # Monday
    assert not cal.is_workday(date(2027, 10, 1))  # Friday, 国庆
    assert cal.is_workday(date(2027, 10, 4))  # Monday: only Oct 1-3 are fixed
    # 春节 moves every year, so without a schedule its weekdays stay working days
    assert cal.is_workday(date(2027, 2, 8))  # Monday
    # no 调休 without a schedule
    assert not cal.is_workday(date(2027, 2, 6))  # Saturday


def test_fixed_date_fallback_does_not_apply_to_shipped_years(cal):
    # a shipped year follows its notice only: 2025-10-08 (Wed) is off though not a fixed date,
    # and 2025-10-11 (Sat) is worked though the fallback would keep weekends off
    assert not cal.is_workday(date(2025, 10, 8))
    assert cal.is_workday(date(2025, 10, 9))
    assert cal.is_workday(date(2025, 10, 11))


def test_an_imported_schedule_replaces_the_fallback():
    rows = [(date(2027, 2, 8), False, "春节"), (date(2027, 2, 6), True, "春节调休上班")]
    calendar = WorkCalendar.from_rows(rows, [2027])
    assert not calendar.is_provisional(2027)
    assert not calendar.is_workday(date(2027, 2, 8))
    assert calendar.is_workday(date(2027, 2, 6))
    assert calendar.day_kind(date(2027, 2, 6)) == "adjusted_workday"
    # a known year uses only its rows: Jan 1 is a working day unless listed
    assert calendar.is_workday(date(2027, 1, 1))


# --- working days and working time: examples worked out by hand ---------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2025, 3, 12), 1, date(2025, 3, 13)),  # Wed → Thu
        (date(2025, 3, 14), 1, date(2025, 3, 17)),  # Fri → Mon
        (date(2025, 3, 15), 1, date(2025, 3, 17)),  # Sat → Mon
        (date(2025, 9, 26), 1, date(2025, 9, 28)),  # Fri → Sun 28 (调休)
        (date(2025, 9, 30), 1, date(2025, 10, 9)),  # Tue before 国庆 → Thu after
        (date(2025, 9, 30), 3, date(2025, 10, 11)),  # Oct 9, 10, Sat 11 (调休)
        (date(2025, 9, 30), 4, date(2025, 10, 13)),  # Sun 12 off
        (date(2026, 2, 13), 1, date(2026, 2, 14)),  # Fri → Sat 14 (调休)
        (date(2026, 2, 13), 2, date(2026, 2, 24)),  # Feb 15-23 off
        (date(2026, 9, 30), 3, date(2026, 10, 10)),  # Oct 8, 9, Sat 10 (调休)
        (date(2026, 12, 31), 1, date(2027, 1, 4)),  # into provisional 2027: Jan 1 fixed, weekend
    ],
)
def test_add_working_days_examples(cal, start, n, expected):
    assert cal.add_working_days(start, n) == expected
    assert cal.working_days_between(start, expected) == n


def test_add_zero_working_days_gives_next_working_day_on_or_after(cal):
    assert cal.add_working_days(date(2025, 3, 12), 0) == date(2025, 3, 12)
    assert cal.add_working_days(date(2025, 10, 1), 0) == date(2025, 10, 9)
    assert cal.next_workday(date(2026, 2, 15)) == date(2026, 2, 24)


def test_working_days_between_is_antisymmetric_and_excludes_start(cal):
    assert cal.working_days_between(date(2025, 3, 12), date(2025, 3, 12)) == 0
    assert cal.working_days_between(date(2025, 3, 10), date(2025, 3, 16)) == 4  # Tue-Fri
    assert cal.working_days_between(date(2025, 3, 16), date(2025, 3, 10)) == -4
    assert cal.working_days_between(date(2025, 9, 30), date(2025, 10, 8)) == 0


OFFICE_DAY = 9 * 3600  # R3.0: the default office day, 09:00-18:00


@pytest.mark.parametrize(
    ("start", "seconds", "expected"),
    [
        # R3.0's own example: Tuesday 10:00 + 1 working day = Wednesday 10:00
        (datetime(2025, 3, 11, 10, 0), OFFICE_DAY, datetime(2025, 3, 12, 10, 0)),
        # received after closing: counted from Wednesday 09:00, one full office day → Wed 18:00
        (datetime(2025, 3, 11, 19, 0), OFFICE_DAY, datetime(2025, 3, 12, 18, 0)),
        # received before opening: counted from 09:00 the same day
        (datetime(2025, 3, 11, 7, 30), OFFICE_DAY, datetime(2025, 3, 11, 18, 0)),
        (datetime(2025, 3, 10, 0, 0), OFFICE_DAY, datetime(2025, 3, 10, 18, 0)),
        # the Friday 22:30 call: Monday's full office day → Monday 18:00 (not 22:30)
        (datetime(2025, 3, 14, 22, 30), OFFICE_DAY, datetime(2025, 3, 17, 18, 0)),
        # Friday at closing + 1 working day = Monday at closing
        (datetime(2025, 3, 14, 18, 0), OFFICE_DAY, datetime(2025, 3, 17, 18, 0)),
        (datetime(2025, 3, 12, 10, 30), 2 * 3600, datetime(2025, 3, 12, 12, 30)),
        (datetime(2025, 3, 12, 23, 0), 2 * 3600, datetime(2025, 3, 13, 11, 0)),
        (datetime(2025, 3, 14, 23, 0), 2 * 3600, datetime(2025, 3, 17, 11, 0)),  # skips the weekend
        (datetime(2025, 3, 14, 17, 0), 2 * 3600, datetime(2025, 3, 17, 10, 0)),  # 1 h Fri + 1 h Mon
        (datetime(2025, 3, 15, 9, 0), 3600, datetime(2025, 3, 17, 10, 0)),  # starts on Saturday
        (datetime(2025, 3, 15, 9, 0), OFFICE_DAY, datetime(2025, 3, 17, 18, 0)),
        # holidays: Tue 2025-09-30 18:00, Oct 1-8 off → Thursday Oct 9
        (datetime(2025, 9, 30, 18, 0), OFFICE_DAY, datetime(2025, 10, 9, 18, 0)),
        (datetime(2025, 10, 3, 12, 0), 3600, datetime(2025, 10, 9, 10, 0)),
        # 调休 Saturday 2026-02-14 counts, then 春节 Feb 15-23 is off
        (datetime(2026, 2, 13, 18, 0), OFFICE_DAY, datetime(2026, 2, 14, 18, 0)),
        (datetime(2026, 2, 14, 17, 0), 2 * 3600, datetime(2026, 2, 24, 10, 0)),
    ],
)
def test_add_working_time_examples(cal, start, seconds, expected):
    assert cal.add_working_time(start, seconds) == expected


def test_add_no_working_time_returns_start(cal):
    sat = datetime(2025, 3, 15, 9, 0)
    assert cal.add_working_time(sat, 0) == sat
    assert cal.add_working_time(sat, -5) == sat


@pytest.mark.parametrize(
    ("start", "end", "seconds"),
    [
        (datetime(2025, 3, 12, 10, 0), datetime(2025, 3, 12, 13, 0), 3 * 3600),
        (datetime(2025, 3, 15, 0, 0), datetime(2025, 3, 17, 0, 0), 0),  # the weekend
        (datetime(2025, 3, 14, 20, 0), datetime(2025, 3, 17, 2, 0), 0),  # Fri night to Mon night
        (datetime(2025, 3, 14, 16, 0), datetime(2025, 3, 17, 11, 0), 4 * 3600),  # Fri 2 h + Mon 2 h
        (datetime(2025, 9, 30, 17, 0), datetime(2025, 10, 9, 10, 0), 2 * 3600),  # over 国庆
        (datetime(2025, 9, 27, 12, 0), datetime(2025, 9, 28, 12, 0), 3 * 3600),  # 调休 Sunday 09:00-12:00
        (datetime(2025, 3, 12, 6, 0), datetime(2025, 3, 12, 23, 0), 9 * 3600),  # a whole office day
        (datetime(2025, 3, 12, 13, 0), datetime(2025, 3, 12, 10, 0), 0),  # end before start
        (datetime(2025, 3, 12, 10, 0), datetime(2025, 3, 12, 10, 0), 0),
    ],
)
def test_working_seconds_between_examples(cal, start, end, seconds):
    assert cal.working_seconds_between(start, end) == seconds


# --- properties over 2024-2027 (provisional 2024/2027, shipped 2025/2026) -----------------------

DATES = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 11, 30))
INSTANTS = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 11, 30, 23, 59, 59))
PROPS = settings(max_examples=200, deadline=None)


@PROPS
@given(day=DATES, n=st.integers(min_value=0, max_value=40))
def test_adding_n_working_days_then_counting_back_gives_n(cal, day, n):
    end = cal.add_working_days(day, n)
    if n == 0:
        # the next working day on or after `day`; nothing lies between
        assert cal.working_days_between(day, end) == (0 if end == day else 1)
    else:
        assert cal.working_days_between(day, end) == n
        assert cal.working_days_between(end, day) == -n


@PROPS
@given(day=DATES, n=st.integers(min_value=0, max_value=40))
def test_add_working_days_never_lands_on_a_non_working_day(cal, day, n):
    end = cal.add_working_days(day, n)
    assert cal.is_workday(end)
    assert end >= day


@PROPS
@given(start=INSTANTS, n=st.integers(min_value=1, max_value=30))
def test_whole_working_days_never_end_on_a_non_working_day(cal, start, n):
    due = cal.add_working_time(start, n * OFFICE_DAY)
    assert cal.is_workday(due.date()), due
    assert due > start


@PROPS
@given(start=INSTANTS, seconds=st.floats(min_value=0.001, max_value=30 * OFFICE_DAY))
def test_working_time_added_is_working_time_counted_back(cal, start, seconds):
    end = cal.add_working_time(start, seconds)
    assert end >= start - timedelta(seconds=1)
    assert abs(cal.working_seconds_between(start, end) - seconds) <= 1.0


@PROPS
@given(start=INSTANTS, seconds=st.integers(min_value=1, max_value=30 * OFFICE_DAY))
def test_working_time_result_lies_on_a_working_day(cal, start, seconds):
    end = cal.add_working_time(start, seconds)
    assert cal.is_workday(end.date()), end
    # R3.0: deadlines fall inside office hours
    assert cal.opens <= end.time() <= cal.closes, end


@PROPS
@given(day=DATES)
def test_day_kind_agrees_with_is_workday(cal, day):
    kind = cal.day_kind(day)
    assert kind in {"workday", "weekend", "holiday", "adjusted_workday"}
    assert (kind in {"workday", "adjusted_workday"}) == cal.is_workday(day)
    if kind == "adjusted_workday":
        assert day.weekday() >= 5
    if kind == "workday":
        assert day.weekday() < 5
