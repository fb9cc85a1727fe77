"""How dates, times and durations are written on screen."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


def date_text(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def datetime_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def duration_text(seconds: float) -> str:
    """3d 4h, 5h 20m or 12m — at most two units, so it fits a narrow column."""
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
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


def time_left_text(due: datetime | None, now: datetime) -> str:
    if due is None:
        return ""
    delta = (due - now).total_seconds()
    if delta < 0:
        return QCoreApplication.translate("formatting", "overdue %1").replace("%1", duration_text(delta))
    return QCoreApplication.translate("formatting", "%1 left").replace("%1", duration_text(delta))
