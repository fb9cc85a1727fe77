"""Official State Council holiday schedules (国务院办公厅关于部分节假日安排的通知).

Each year lists its days off that would otherwise be working days and its 调休 working weekends.
Weekends not listed are days off; weekdays not listed are working days.
2025: 国办发明电〔2024〕12号. 2026: 国务院办公厅 2025年11月4日 notice.
"""

from __future__ import annotations

from datetime import date, timedelta


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# (first day off, last day off, name, [adjusted working days])
_SCHEDULES: dict[int, list[tuple[date, date, str, list[date]]]] = {
    2025: [
        (date(2025, 1, 1), date(2025, 1, 1), "元旦", []),
        (date(2025, 1, 28), date(2025, 2, 4), "春节", [date(2025, 1, 26), date(2025, 2, 8)]),
        (date(2025, 4, 4), date(2025, 4, 6), "清明节", []),
        (date(2025, 5, 1), date(2025, 5, 5), "劳动节", [date(2025, 4, 27)]),
        (date(2025, 5, 31), date(2025, 6, 2), "端午节", []),
        (date(2025, 10, 1), date(2025, 10, 8), "国庆节、中秋节", [date(2025, 9, 28), date(2025, 10, 11)]),
    ],
    2026: [
        (date(2026, 1, 1), date(2026, 1, 3), "元旦", [date(2026, 1, 4)]),
        (date(2026, 2, 15), date(2026, 2, 23), "春节", [date(2026, 2, 14), date(2026, 2, 28)]),
        (date(2026, 4, 4), date(2026, 4, 6), "清明节", []),
        (date(2026, 5, 1), date(2026, 5, 5), "劳动节", [date(2026, 5, 9)]),
        (date(2026, 6, 19), date(2026, 6, 21), "端午节", []),
        (date(2026, 9, 25), date(2026, 9, 27), "中秋节", []),
        (date(2026, 10, 1), date(2026, 10, 7), "国庆节", [date(2026, 9, 20), date(2026, 10, 10)]),
    ],
}

# Years without a loaded schedule fall back to weekends plus these fixed-date holidays.
FIXED_DATE_HOLIDAYS: list[tuple[int, int, str]] = [
    (1, 1, "元旦"),
    (5, 1, "劳动节"),
    (10, 1, "国庆节"),
    (10, 2, "国庆节"),
    (10, 3, "国庆节"),
]


def shipped_years() -> list[int]:
    return sorted(_SCHEDULES)


def official_days(year: int) -> list[tuple[date, bool, str]]:
    """(day, is_workday, name) for every day of `year` that differs from the weekend rule."""
    rows: list[tuple[date, bool, str]] = []
    for first, last, name, workdays in _SCHEDULES[year]:
        rows += [(d, False, name) for d in _span(first, last) if d.weekday() < 5]
        rows += [(d, True, f"{name}调休上班") for d in workdays]
    return sorted(rows)
