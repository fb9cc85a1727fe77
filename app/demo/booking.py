"""Technicians and appointment windows for the demo (R4.1: no technician is double-booked)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app.demo import data
from app.demo.people import People
from app.demo.plans import (
    minute,
)


class Booking(People):
    # -- technicians and windows (R4.1: no double booking) --------------------------------------

    def _works_on(self, day: date) -> bool:
        """Technicians work Monday to Saturday, and 调休 Sundays, but not on public holidays."""
        cal = self.calendar
        return cal.is_workday(day) or (day.weekday() == 5 and day not in cal.exceptions)

    def _free(self, start: datetime, end: datetime, skills: list[str] | None) -> list[int]:
        day = start.date()
        out = []
        for tech in self.techs:
            if tech.active_from > day or (tech.active_to is not None and day > tech.active_to):
                continue
            if skills is not None and not set(skills) & set(tech.skills):
                continue
            if all(end <= s or start >= e for s, e in self.booked.get((tech.id, day), [])):
                out.append(tech.id)
        return out

    def _window(
        self, desired: datetime, category: str, two: bool, urgent: bool
    ) -> tuple[datetime, list[int]]:
        skills = data.CATEGORY_SKILLS.get(category, [])
        for wanted in (skills, None):
            for start in self._starts(desired, urgent):
                free = self._free(start, start + data.WINDOW, wanted)
                if free:
                    lead = self.rng.choice(free)
                    techs = [lead]
                    if two:
                        others = [t for t in self._free(start, start + data.WINDOW, None) if t != lead]
                        if others:
                            techs.append(self.rng.choice(others))
                    for tech in techs:
                        self._book(tech, start, start + data.WINDOW)
                    return start, techs
        raise RuntimeError("no technician free for a demo work order")

    def _starts(self, desired: datetime, urgent: bool):
        if urgent:
            start = minute(desired).replace(minute=0 if desired.minute < 30 else 30)
            for i in range(48):
                yield start + timedelta(minutes=30 * i)
            return
        day = desired.date()
        for _ in range(30):
            if self._works_on(day):
                for hour in data.SLOTS:
                    start = datetime.combine(day, time(hour))
                    if start >= desired and self.chance(0.75):
                        yield start
            day += timedelta(days=1)
        first = minute(desired).replace(minute=0) + timedelta(hours=1)
        for i in range(30 * 24):
            yield first + timedelta(hours=i)

    def _book(self, tech: int, start: datetime, end: datetime) -> None:
        key = (tech, start.date())
        self.booked.setdefault(key, []).append((start, end))
        self.undo.append((key, (start, end)))

    def _release(self, techs: list[int], start: datetime, end: datetime) -> None:
        for tech in techs:
            key = (tech, start.date())
            self.booked[key].remove((start, end))
            self.undo = [u for u in self.undo if u != (key, (start, end))]
