"""The period a register covers: a month, a quarter or a custom range of days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.errors import QT_TRANSLATE_NOOP, ValidationError

MONTH, QUARTER, CUSTOM = "month", "quarter", "custom"


@dataclass(frozen=True)
class Period:
    kind: str
    first: date  # first day inside
    last: date  # last day inside

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min)

    @property
    def end(self) -> datetime:
        """The first instant after the period (queries use start <= t < end)."""
        return datetime.combine(self.last + timedelta(days=1), time.min)

    @property
    def label(self) -> str:
        if self.kind == MONTH:
            return f"{self.first:%Y-%m}"
        if self.kind == QUARTER:
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        return f"{self.first:%Y-%m-%d} – {self.last:%Y-%m-%d}"

    @property
    def slug(self) -> str:
        """For file names."""
        return self.label.replace(" – ", "_")

    def months(self) -> list[str]:
        """YYYY-MM of every month the period touches (appraisals are kept per month)."""
        out, y, m = [], self.first.year, self.first.month
        while (y, m) <= (self.last.year, self.last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def previous(self) -> Period:
        """The period of the same kind just before (R6.3 comparison with the previous month)."""
        if self.kind == MONTH:
            return month(self.first - timedelta(days=1))
        if self.kind == QUARTER:
            return quarter(self.first - timedelta(days=1))
        length = (self.last - self.first).days + 1
        return Period(CUSTOM, self.first - timedelta(days=length), self.first - timedelta(days=1))


def _month_end(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def month(day: date) -> Period:
    first = day.replace(day=1)
    return Period(MONTH, first, _month_end(first))


def quarter(day: date) -> Period:
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return Period(QUARTER, first, _month_end(date(first.year, first.month + 2, 1)))


def custom(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts. Swap the two dates."),
            field="period",
        )
    return Period(CUSTOM, first, last)


def parse_period(text: str) -> Period:
    """2026-10 (a month), 2026-Q4 (a quarter) or 2026-10-01..2026-10-31 (a range)."""
    t = text.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            return month(date(int(m[1]), int(m[2]), 1))
        if m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", t):
            return quarter(date(int(m[1]), int(m[2]) * 3 - 2, 1))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|~|to)\s*(\d{4}-\d{2}-\d{2})", t):
            return custom(date.fromisoformat(m[1]), date.fromisoformat(m[2]))
    except ValueError:
        pass
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Unknown period {text}: write a month (2026-10), a quarter (2026-Q4) "
            "or a range (2026-10-01..2026-10-31).",
        ),
        field="period",
        text=text,
    )
