"""The working-day calendar: weekends, public holidays and 调休 working weekends.

Working time flows only on working days (whole days, midnight to midnight). "N working
days after t" is t advanced by N×24 h of working time, so Friday 18:00 + 1 working day is
Monday 18:00, and a pause moves a deadline by exactly the working time it lasted (R3.4).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.holidays_cn import FIXED_DATE_HOLIDAYS

DAY_SECONDS = 86400


@dataclass(frozen=True)
class WorkCalendar:
    # day → is_workday, for days that differ from the weekend rule
    exceptions: Mapping[date, bool] = field(default_factory=dict)
    names: Mapping[date, str] = field(default_factory=dict)
    # years whose official (or imported) schedule is loaded; others are provisional
    known_years: frozenset[int] = frozenset()

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[date, bool, str]], known_years: Iterable[int]) -> WorkCalendar:
        exceptions: dict[date, bool] = {}
        names: dict[date, str] = {}
        for day, is_workday, name in rows:
            exceptions[day] = bool(is_workday)
            names[day] = name
        return cls(exceptions, names, frozenset(known_years))

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
        """`start` advanced by `seconds` of working time.

        A result that falls exactly on the midnight ending a working day is reported as
        23:59:59 of that day, so a deadline never shows a non-working day.
        """
        if seconds <= 0:
            return start
        cursor, remaining = start, float(seconds)
        while True:
            day = cursor.date()
            day_end = datetime.combine(day + timedelta(days=1), time())
            if self.is_workday(day):
                available = (day_end - cursor).total_seconds()
                if remaining < available:
                    return cursor + timedelta(seconds=remaining)
                if remaining == available:
                    return day_end - timedelta(seconds=1)
                remaining -= available
            cursor = day_end

    def working_seconds_between(self, start: datetime, end: datetime) -> float:
        """Working time between two instants (0 when end ≤ start)."""
        if end <= start:
            return 0.0
        total, cursor = 0.0, start
        while cursor < end:
            day_end = datetime.combine(cursor.date() + timedelta(days=1), time())
            stop = min(day_end, end)
            if self.is_workday(cursor.date()):
                total += (stop - cursor).total_seconds()
            cursor = stop
        return total


_FIXED = {(m, d): name for m, d, name in FIXED_DATE_HOLIDAYS}
