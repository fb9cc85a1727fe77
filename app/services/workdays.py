"""Loading the office's working-day calendar from the database."""

from __future__ import annotations

from app.calendar import WorkCalendar
from app.models import CalendarDay, CalendarYear
from app.services import settings


def load_calendar() -> WorkCalendar:
    """The calendar with the office's hours (R3.0), as every deadline is counted on it."""
    rows = [(d.day, d.is_workday, d.name) for d in CalendarDay.select()]
    years = [y.year for y in CalendarYear.select()]
    opens, closes = settings.office_hours()
    return WorkCalendar.from_rows(rows, years, opens, closes)
