"""Loading the office's working-day calendar from the database."""

from __future__ import annotations

from app.calendar import WorkCalendar
from app.models import CalendarDay, CalendarYear


def load_calendar() -> WorkCalendar:
    rows = [(d.day, d.is_workday, d.name) for d in CalendarDay.select()]
    years = [y.year for y in CalendarYear.select()]
    return WorkCalendar.from_rows(rows, years)
