"""Editing the working-day calendar (R3): toggling days, importing a year's official schedule.

The office is offline, so next year's State Council schedule comes in as a small xlsx or CSV
file (date, working or not, name). An import is all or nothing: a file with any bad row is
refused with every bad row listed, and nothing is written. Every change recomputes the open
tickets' deadlines (R3.3).
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app import db, permissions
from app.calendar import WorkCalendar
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.files import save_atomically
from app.models import CalendarDay, CalendarYear
from app.services import audit, deadlines, workdays

OFFICE = "office"
IMPORTED = "imported"
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_ROWS = 1000

_TRUE = {"1", "是", "y", "yes", "true", "work", "working", "上班", "班"}
_FALSE = {"0", "否", "n", "no", "false", "off", "休", "休息", "放假"}


@dataclass(frozen=True)
class DayChange:
    day: date
    is_workday: bool
    recomputed: int  # open tickets whose next deadline moved


@dataclass(frozen=True)
class BadRow:
    line: int  # 1-based row number in the file
    message: str  # English source text (context "errors"); {value} filled by `value`
    value: str = ""


@dataclass
class ParsedFile:
    rows: list[tuple[date, bool, str]] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({d.year for d, _, _ in self.rows})


class CalendarImportError(ValidationError):
    """The file was refused; `bad` lists every bad row."""

    def __init__(self, bad: list[BadRow]) -> None:
        self.bad = bad
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The file has {count} bad row(s); nothing was imported. Fix them and import again."
            ),
            field="file",
            count=len(bad),
        )


def _base_is_workday(calendar: WorkCalendar, day: date) -> bool:
    """What the calendar says for `day` without an office exception."""
    bare = WorkCalendar({}, {}, calendar.known_years)
    return bare.is_workday(day)


def set_day(day: date, is_workday: bool, note: str, actor_id: int | None, now: datetime) -> DayChange:
    """Make `day` a working day or a day off, with a note (e.g. the holiday's name)."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    note = note.strip()
    if len(note) > 64:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Shorten the note to 64 characters."), field="note")
    with db.write_transaction():
        calendar = workdays.load_calendar()
        was = calendar.is_workday(day)
        old_note = calendar.names.get(day, "")
        if is_workday == _base_is_workday(calendar, day) and not note:
            CalendarDay.delete().where(CalendarDay.day == day).execute()
        else:
            CalendarDay.insert(day=day, is_workday=is_workday, name=note, source=OFFICE).on_conflict(
                conflict_target=[CalendarDay.day],
                update={
                    CalendarDay.is_workday: is_workday,
                    CalendarDay.name: note,
                    CalendarDay.source: OFFICE,
                },
            ).execute()
        audit.record(
            actor_id,
            "edit",
            "calendar_day",
            day.isoformat(),
            now,
            {"is_workday": (was, is_workday), "name": (old_note, note)},
        )
        moved = deadlines.recompute_open_tickets(now) if was != is_workday else 0
    return DayChange(day, is_workday, moved)


def toggle_day(day: date, note: str, actor_id: int | None, now: datetime) -> DayChange:
    """A working day becomes a day off and the other way round."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    return set_day(day, not workdays.load_calendar().is_workday(day), note, actor_id, now)


# -- import -----------------------------------------------------------------------------------


def _parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    for sep in ("-", "/", "."):
        parts = text.split(" ")[0].split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            with contextlib.suppress(ValueError):
                return date(int(parts[0]), int(parts[1]), int(parts[2]))
    if len(text) == 8 and text.isdigit():
        with contextlib.suppress(ValueError):
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    return None


def _parse_working(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value if value is not None else "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def parse_rows(raw: Sequence[Sequence[object]]) -> ParsedFile:
    """Check each row (date, working, name); a first row that is not a date is a header."""
    out = ParsedFile()
    seen: set[date] = set()
    for line, cells in enumerate(raw, start=1):
        cells = [*cells, None, None, None]
        if all(c is None or str(c).strip() == "" for c in cells[:3]):
            continue
        day = _parse_date(cells[0])
        if day is None:
            if line == 1:
                continue  # the header
            out.bad.append(
                BadRow(
                    line,
                    QT_TRANSLATE_NOOP("errors", "“{value}” is not a date: write it as 2027-01-01."),
                    str(cells[0] or ""),
                )
            )
            continue
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            out.bad.append(
                BadRow(line, QT_TRANSLATE_NOOP("errors", "The year {value} is out of range."), str(day.year))
            )
            continue
        working = _parse_working(cells[1])
        if working is None:
            out.bad.append(
                BadRow(
                    line,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "“{value}” is neither working nor off: write 1 or 是 for working, 0 or 否 for a day off.",
                    ),
                    str(cells[1] if cells[1] is not None else ""),
                )
            )
            continue
        name = str(cells[2] or "").strip()
        if len(name) > 64:
            out.bad.append(
                BadRow(line, QT_TRANSLATE_NOOP("errors", "The name is longer than 64 characters."), name[:20])
            )
            continue
        if day in seen:
            out.bad.append(
                BadRow(line, QT_TRANSLATE_NOOP("errors", "{value} is listed twice."), day.isoformat())
            )
            continue
        seen.add(day)
        out.rows.append((day, working, name))
    if len(out.rows) > MAX_ROWS:
        out.bad.append(
            BadRow(0, QT_TRANSLATE_NOOP("errors", "The file lists more than {value} days."), str(MAX_ROWS))
        )
    return out


def read_file(path: str | Path) -> list[list[object]]:
    """The cells of an .xlsx (first sheet) or .csv file (UTF-8 or GBK, as Excel saves it)."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = wb.worksheets[0]
                return [list(row[:3]) for row in sheet.iter_rows(values_only=True)]
            finally:
                wb.close()
        if path.suffix.lower() == ".csv":
            data = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):
                try:
                    text = data.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The CSV file is neither UTF-8 nor GBK text; save it again from Excel."
                    ),
                    field="file",
                )
            return [row for row in csv.reader(text.splitlines())]
    except ValidationError:
        raise
    except OSError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file could not be read: {reason}"), field="file", reason=str(err)
        ) from err
    except Exception as err:  # a damaged workbook
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is not a readable Excel workbook: {reason}"),
            field="file",
            reason=str(err),
        ) from err
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose an .xlsx or .csv file."), field="file")


@dataclass(frozen=True)
class ImportResult:
    years: list[int]
    days: int
    recomputed: int


def import_calendar(path: str | Path, actor_id: int | None, now: datetime) -> ImportResult:
    """Load the schedule of every year in the file, replacing that year's official or imported
    days (days the office set by hand stay unless the file names them). All or nothing."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    parsed = parse_rows(read_file(path))
    if parsed.bad:
        raise CalendarImportError(parsed.bad)
    if not parsed.rows:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file lists no days: fill in date, working (1/0) and name."),
            field="file",
        )
    years = parsed.years
    with db.write_transaction():
        for year in years:
            CalendarDay.delete().where(
                (CalendarDay.day >= date(year, 1, 1))
                & (CalendarDay.day <= date(year, 12, 31))
                & (CalendarDay.source != OFFICE)
            ).execute()
        listed = [d for d, _, _ in parsed.rows]
        CalendarDay.delete().where(CalendarDay.day.in_(listed)).execute()
        CalendarDay.insert_many(
            [{"day": d, "is_workday": w, "name": n, "source": IMPORTED} for d, w, n in parsed.rows]
        ).execute()
        for year in years:
            CalendarYear.insert(year=year, source=IMPORTED).on_conflict(
                conflict_target=[CalendarYear.year], update={CalendarYear.source: IMPORTED}
            ).execute()
        audit.record(
            actor_id,
            "import",
            "calendar",
            ",".join(str(y) for y in years),
            now,
            {"days": (None, len(parsed.rows)), "file": (None, Path(path).name)},
        )
        moved = deadlines.recompute_open_tickets(now)
    return ImportResult(years, len(parsed.rows), moved)


def save_template(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[tuple[date, bool, str]] = (),
    sheet: str = "Calendar",
) -> None:
    """An .xlsx to fill in: date as a real date cell, working 1/0, name. Written atomically.
    `headers` and `sheet` (the sheet's name) come in the UI language."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    from app.registers.writer import write_cell  # the one writer: never a live formula

    ws.append([write_cell(ws, h) for h in headers])
    for day, working, name in rows:
        ws.append([day, 1 if working else 0, write_cell(ws, name)])
    for r in range(2, 400):
        ws.cell(row=r, column=1).number_format = "yyyy-mm-dd"
    dv = DataValidation(type="list", formula1='"1,0,是,否"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("B2:B400")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 28
    ws.freeze_panes = "A2"
    try:
        save_atomically(path, lambda tmp: wb.save(tmp), ".xlsx")
    except OSError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file could not be written ({reason}); close it in Excel or choose another name.",
            ),
            field="file",
            reason=str(err),
        ) from err
