"""How dates, times and durations are written on screen."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app import sla
from app.calendar import WorkCalendar


def date_text(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def names_text(names) -> str:
    """Several names in one cell or line: 赵师傅、钱师傅 in Chinese, "Zhao, Qian" in English."""
    return QCoreApplication.translate("formatting", ", ").join(n for n in names if n)


_MNEMONIC = re.compile(r"\s*\(&[^&)]\)|&(?!&)")


def button_text(text: str) -> str:
    """A menu text as a toolbar button shows it: without its Alt-letter ("打印表单(&P)…" would show
    "打印表单(P)", promising an Alt+P that is not the button's — the intake form's phone field has
    it) and without the trailing ellipsis."""
    return _MNEMONIC.sub("", text).replace("&&", "&").rstrip("…").rstrip(".")


def datetime_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def duration_text(seconds: float, day_seconds: float = 86400) -> str:
    """3d 4h, 5h 20m or 12m — at most two units, so it fits a narrow column.

    `day_seconds` is how long a "d" is: 24 h of clock time, or one office day for office time
    (R3.0: 9 h with the default hours), so "2d" left of a working-day limit is two office days.
    """
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, max(1, int(day_seconds // 60)))
    hours, mins = divmod(rest, 60)
    if days and day_seconds != 86400:  # office days (R3.0), not 24-hour days
        return (
            QCoreApplication.translate("formatting", "%1 office d %2h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if days:
        return (
            QCoreApplication.translate("formatting", "%1d %2h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("formatting", "%1h %2m")
            .replace("%1", str(hours))
            .replace("%2", str(mins))
        )
    return QCoreApplication.translate("formatting", "%1m").replace("%1", str(mins))


def time_left_text(
    due: datetime | None, now: datetime, left_seconds: float | None = None, day_seconds: float = 86400
) -> str:
    """ "5h 20m left" / "overdue 2h": clock time to `due`, or `left_seconds` as a clock counts it
    (office time for working-day limits, R3.0)."""
    if due is None:
        return ""
    delta = (due - now).total_seconds() if left_seconds is None else left_seconds
    if delta < 0 or now > due:
        return QCoreApplication.translate("formatting", "overdue %1").replace(
            "%1", duration_text(delta, day_seconds)
        )
    return QCoreApplication.translate("formatting", "%1 left").replace(
        "%1", duration_text(delta, day_seconds)
    )


def paused_text() -> str:
    """R3.4: a paused clock is not running down. Its deadline, moving forward while it waits, is
    the column beside; repeating it here made the text too long for the column ("已暂停（2026-…")."""
    return QCoreApplication.translate("formatting", "paused")


def deadline_left_text(d: sla.Deadline, now: datetime, calendar: WorkCalendar) -> str:
    """What is left of one clock, as the clock counts it: office time in office days for a
    working-day limit (R3.0), clock time for clock hours; a paused clock says so (R3.4)."""
    if d.met_at:
        return ""
    if d.paused:
        return paused_text()
    left = sla.time_left(d.due_at, now, d.unit, calendar)
    return time_left_text(d.due_at, now, left, sla.day_seconds(d.unit, calendar))
