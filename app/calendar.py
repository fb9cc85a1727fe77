"""The working-day calendar: weekends, public holidays, 调休 working weekends and office hours.

Working time (office time, R3.0) flows only on working days between the office's opening and
closing time (default 09:00–18:00). "N working days after t" is t advanced by N full office days
of office time, so Tuesday 10:00 + 1 working day is Wednesday 10:00, a call after closing or on a
rest day counts from the next opening, and a pause moves a deadline by exactly the office time it
lasted (R3.4). Deadlines therefore always fall inside office hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.holidays_cn import FIXED_DATE_HOLIDAYS

DAY_SECONDS = 86400
DEFAULT_OPENS = time(9, 0)
DEFAULT_CLOSES = time(18, 0)


@dataclass(frozen=True)
class WorkCalendar:
    # day → is_workday, for days that differ from the weekend rule
    exceptions: Mapping[date, bool] = field(default_factory=dict)
    names: Mapping[date, str] = field(default_factory=dict)
    # years whose official (or imported) schedule is loaded; others are provisional
    known_years: frozenset[int] = frozenset()
    # R3.0 office hours: working time runs from `opens` to `closes` on each working day
    opens: time = DEFAULT_OPENS
    closes: time = DEFAULT_CLOSES

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[date, bool, str]],
        known_years: Iterable[int],
        opens: time = DEFAULT_OPENS,
        closes: time = DEFAULT_CLOSES,
    ) -> WorkCalendar:
        exceptions: dict[date, bool] = {}
        names: dict[date, str] = {}
        for day, is_workday, name in rows:
            exceptions[day] = bool(is_workday)
            names[day] = name
        return cls(exceptions, names, frozenset(known_years), opens, closes)

    @property
    def day_seconds(self) -> float:
        """The office time of one working day (R3.0: one working day of a limit)."""
        return (
            datetime.combine(date.min, self.closes) - datetime.combine(date.min, self.opens)
        ).total_seconds()

    def office_span(self, day: date) -> tuple[datetime, datetime]:
        """Opening and closing instant of `day` (whether or not it is a working day)."""
        return datetime.combine(day, self.opens), datetime.combine(day, self.closes)

    def is_provisional(self, year: int) -> bool:
        return year not in self.known_years

    def is_workday(self, day: date) -> bool:
        if day in self.exceptions:
            return self.exceptions[day]
        if day.weekday() >= 5:
            return False
        if self.is_provisional(day.year):
            return (day.month, day.day) not in _FIXED
        return True

    def day_kind(self, day: date) -> str:
        """'workday', 'weekend', 'holiday' or 'adjusted_workday' (调休上班)."""
        weekend = day.weekday() >= 5
        if self.is_workday(day):
            return "adjusted_workday" if weekend else "workday"
        return "weekend" if weekend and day not in self.exceptions else "holiday"

    def day_name(self, day: date) -> str:
        if day in self.names:
            return self.names[day]
        if self.is_provisional(day.year):
            return _FIXED.get((day.month, day.day), "")
        return ""

    def next_workday(self, day: date) -> date:
        """The first working day on or after `day`."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after `day` (n ≥ 1); n = 0 gives the next working day on or after."""
        if n <= 0:
            return self.next_workday(day)
        while n > 0:
            day += timedelta(days=1)
            if self.is_workday(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(1 for i in range(1, (end - start).days + 1) if self.is_workday(start + timedelta(days=i)))

    def add_working_time(self, start: datetime, seconds: float) -> datetime:
        """`start` advanced by `seconds` of office time (R3.0).

        Time before opening, after closing and on rest days does not count. A result that uses up
        a day's office time exactly is that day's closing time, so a deadline never falls on a
        rest day or outside office hours.
        """
        if seconds <= 0:
            return start
        cursor, remaining = start, float(seconds)
        while True:
            day = cursor.date()
            opening, closing = self.office_span(day)
            if self.is_workday(day) and cursor < closing:
                cursor = max(cursor, opening)
                available = (closing - cursor).total_seconds()
                if remaining <= available:
                    return cursor + timedelta(seconds=remaining)
                remaining -= available
            cursor = datetime.combine(day + timedelta(days=1), time())

    def working_seconds_between(self, start: datetime, end: datetime) -> float:
        """Office time between two instants (0 when end ≤ start)."""
        if end <= start:
            return 0.0
        total, cursor = 0.0, start
        while cursor < end:
            day = cursor.date()
            if self.is_workday(day):
                opening, closing = self.office_span(day)
                lo, hi = max(cursor, opening), min(end, closing)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            cursor = datetime.combine(day + timedelta(days=1), time())
        return total

    def office_time_left(self, now: datetime, due: datetime) -> float:
        """Office time from `now` to `due`; negative (office time past it) once `due` has passed."""
        if due >= now:
            return self.working_seconds_between(now, due)
        return -self.working_seconds_between(due, now)


_FIXED = {(m, d): name for m, d, name in FIXED_DATE_HOLIDAYS}
