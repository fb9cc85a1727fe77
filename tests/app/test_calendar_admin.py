"""Editing the working calendar: toggles move deadlines, imports are all or nothing (R3, R3.3)."""

from __future__ import annotations

import json
import stat
import sys
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import ValidationError
from app.models import AuditEntry, CalendarDay, CalendarYear, TicketDeadline
from app.services import calendar_admin, workdays
from app.services.calendar_admin import CalendarImportError
from tests.app.factories import register
from tests.conftest import NOW  # Monday 2026-11-23 10:00


def _due(ticket_id: int, clock: str) -> datetime:
    return TicketDeadline.get(TicketDeadline.ticket == ticket_id, TicketDeadline.clock == clock).due_at


def test_toggling_a_working_day_off_moves_open_deadlines_R3_3(office, admin):
    t = register(office)
    assert _due(t.ticket_id, "forward") == datetime(2026, 11, 24, 10, 0)
    assert _due(t.ticket_id, "repair") == datetime(2026, 11, 30, 10, 0)

    change = calendar_admin.toggle_day(date(2026, 11, 24), "公司年会", admin, NOW)

    assert not change.is_workday
    cal = workdays.load_calendar()
    assert cal.day_kind(date(2026, 11, 24)) == "holiday" and cal.day_name(date(2026, 11, 24)) == "公司年会"
    assert _due(t.ticket_id, "forward") == datetime(2026, 11, 25, 10, 0)
    assert _due(t.ticket_id, "repair") == datetime(2026, 12, 1, 10, 0)
    assert _due(t.ticket_id, "first_response") == datetime(2026, 11, 24, 10, 0)  # clock hours
    entry = AuditEntry.get(AuditEntry.entity == "calendar_day")
    assert entry.entity_id == "2026-11-24" and json.loads(entry.changes)["is_workday"] == [True, False]


def test_toggling_back_restores_the_plain_day_and_its_deadlines(office, admin):
    t = register(office)
    calendar_admin.toggle_day(date(2026, 11, 24), "", admin, NOW)
    calendar_admin.toggle_day(date(2026, 11, 24), "", admin, NOW)
    assert CalendarDay.get_or_none(CalendarDay.day == date(2026, 11, 24)) is None
    assert _due(t.ticket_id, "forward") == datetime(2026, 11, 24, 10, 0)


def test_a_weekend_toggled_to_work_is_an_adjusted_workday_调休(office, admin):
    t = register(office)
    change = calendar_admin.toggle_day(date(2026, 11, 28), "调休上班", admin, NOW)  # Saturday
    assert change.is_workday
    assert workdays.load_calendar().day_kind(date(2026, 11, 28)) == "adjusted_workday"
    assert _due(t.ticket_id, "repair") == datetime(2026, 11, 28, 10, 0)


def test_an_official_holiday_can_be_worked_and_restored(admin):
    day = date(2026, 10, 7)  # Wednesday, 国庆节 off
    assert not workdays.load_calendar().is_workday(day)
    calendar_admin.toggle_day(day, "", admin, NOW)
    assert workdays.load_calendar().is_workday(day)
    calendar_admin.toggle_day(day, "国庆节", admin, NOW)
    assert workdays.load_calendar().day_kind(day) == "holiday"


def _write_csv(path, text: str, encoding: str = "utf-8") -> str:
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_import_with_bad_rows_reports_them_and_writes_nothing(admin, tmp_path):
    before = CalendarDay.select().count()
    path = _write_csv(
        tmp_path / "2027.csv",
        "日期,是否上班,名称\n"
        "2027-01-01,0,元旦\n"
        "2027-02-30,0,春节\n"  # no such day
        "2027-02-06,maybe,春节调休\n"  # neither working nor off
        "2027-01-01,0,元旦\n",  # listed twice
    )
    with pytest.raises(CalendarImportError) as err:
        calendar_admin.import_calendar(path, admin, NOW)
    assert [(b.line, b.value) for b in err.value.bad] == [(3, "2027-02-30"), (4, "maybe"), (5, "2027-01-01")]
    assert "3 bad row(s)" in str(err.value)
    assert CalendarDay.select().count() == before
    assert CalendarYear.get_or_none(CalendarYear.year == 2027) is None
    assert AuditEntry.select().where(AuditEntry.entity == "calendar").count() == 0


def test_import_of_a_good_csv_in_gbk_loads_the_year(admin, tmp_path):
    path = _write_csv(
        tmp_path / "2027.csv",
        "日期,是否上班,名称\n2027/1/1,否,元旦\n2027-02-06,是,春节调休上班\n",
        encoding="gbk",
    )
    result = calendar_admin.import_calendar(path, admin, NOW)
    assert result.years == [2027] and result.days == 2
    cal = workdays.load_calendar()
    assert not cal.is_provisional(2027)
    assert cal.day_kind(date(2027, 1, 1)) == "holiday"
    assert cal.day_kind(date(2027, 2, 6)) == "adjusted_workday"
    assert cal.is_workday(date(2027, 5, 3))  # no longer the provisional fixed-date fallback
    assert CalendarYear.get_by_id(2027).source == "imported"


def test_template_round_trip_xlsx_with_real_date_cells(admin, tmp_path):
    template = tmp_path / "template.xlsx"
    calendar_admin.save_template(template, ["Date", "Working (1/0)", "Name"])
    wb = load_workbook(template)
    ws = wb.active
    assert [c.value for c in ws[1]] == ["Date", "Working (1/0)", "Name"]
    ws.append([datetime(2027, 10, 1), 0, "国庆节"])
    ws.append([datetime(2027, 9, 26), 1, "国庆节调休上班"])
    wb.save(template)
    result = calendar_admin.import_calendar(template, admin, NOW)
    assert result.days == 2
    assert workdays.load_calendar().day_kind(date(2027, 9, 26)) == "adjusted_workday"


def test_reimport_replaces_official_days_but_keeps_office_days(admin, tmp_path):
    calendar_admin.toggle_day(date(2026, 12, 31), "年终盘点", admin, NOW)  # admin day off
    wb = Workbook()
    wb.active.append(["date", "working", "name"])
    wb.active.append([date(2026, 1, 1), 0, "元旦"])
    wb.save(tmp_path / "2026.xlsx")
    calendar_admin.import_calendar(tmp_path / "2026.xlsx", admin, NOW)
    cal = workdays.load_calendar()
    assert cal.is_workday(date(2026, 2, 16))  # the old Spring Festival rows are gone
    assert not cal.is_workday(date(2026, 12, 31))  # the admin's own day stays


def test_an_empty_or_unknown_file_is_refused(admin, tmp_path):
    with pytest.raises(ValidationError):
        calendar_admin.import_calendar(_write_csv(tmp_path / "e.csv", "date,working,name\n"), admin, NOW)
    with pytest.raises(ValidationError):
        calendar_admin.import_calendar(_write_csv(tmp_path / "e.txt", "x"), admin, NOW)
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValidationError):
        calendar_admin.import_calendar(tmp_path / "broken.xlsx", admin, NOW)


def test_shipped_years_are_the_official_schedule():
    from app import holidays_cn

    assert holidays_cn.shipped_years() == [2025, 2026]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_template_is_saved_with_the_mode_of_any_new_file(tmp_path):
    from app.files import NEW_FILE_MODE

    path = tmp_path / "calendar-template.xlsx"
    calendar_admin.save_template(path, ["date", "working", "name"])
    assert stat.S_IMODE(path.stat().st_mode) == NEW_FILE_MODE
