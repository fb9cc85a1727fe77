"""Head office: monthly packs carry a pack sheet, and many branches' packs consolidate into one
workbook (R9) — every row once with its branch, figures compared, tampered or cut-short packs,
duplicates and missing months reported by name."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app import db as app_db
from app import sla
from app.cli import ts_translate
from app.demo import fill_demo_office
from app.head_office.consolidate import consolidate
from app.models import Staff, Ticket, TicketDeadline
from app.registers import MONTHLY_PACK, export
from app.registers import pack as pack_sheet
from app.registers.branch_figures import branch_figures
from app.registers.period import parse_period
from app.registers.writer import Options
from app.services import setup
from tests.app.factories import register
from tests.conftest import NOW

ZH = ts_translate("zh_CN")
EN = ts_translate("en")
OCTOBER = parse_period("2026-10")


def _branch(tmp_path: Path, code: str, name: str) -> int:
    app_db.connect(str(tmp_path / f"{code}.db"))
    return setup.set_up_branch(name, code, "王丽", NOW, role="manager")


def _export(path: Path, lang: str, now: datetime = NOW, period=OCTOBER) -> Path:
    tr = ZH if lang == "zh_CN" else EN
    manager = Staff.get(Staff.role == "manager").id  # an export is always someone's (R10.1a)
    export(MONTHLY_PACK, period, path, Options(translate=tr, language=lang), now, manager)
    return path


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """Demo branches' packs, made once: SH (Chinese) for September and October, exported twice
    for October; BJ (Chinese) and GZ (English) for October only. Also each branch's ticket
    numbers of October."""
    folder = tmp_path_factory.mktemp("branches")
    numbers: dict[str, set[str]] = {}
    for code, name, lang, seed, months in (
        ("SH", "上海浦东售后服务部", "zh_CN", 3, ("2026-09", "2026-10")),
        ("BJ", "北京朝阳售后服务部", "zh_CN", 4, ("2026-10",)),
        ("GZ", "Guangzhou office", "en", 5, ("2026-10",)),
    ):
        _branch(folder, code, name)
        try:
            fill_demo_office(NOW, seed=seed, customers=25, tickets=120)
            for m in months:
                _export(folder / "packs" / f"{code}-{m}.xlsx", lang, period=parse_period(m))
            numbers[name] = {
                t.number
                for t in Ticket.select(Ticket.number).where(
                    (Ticket.received_at >= OCTOBER.start) & (Ticket.received_at < OCTOBER.end)
                )
            }
            if code == "SH":
                _export(folder / "later" / "SH-2026-10-later.xlsx", lang, now=NOW + timedelta(days=1))
        finally:
            app_db.close()
    return folder, numbers


def _sheet(wb, startswith: str):
    return wb[next(n for n in wb.sheetnames if n.startswith(startswith))]


def _rows(ws):
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]


def test_monthly_pack_ends_with_a_pack_sheet_that_vouches_for_every_register_R9(packs):
    path = packs[0] / "packs" / "SH-2026-10.xlsx"
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames[-1] == "数据包"
    info = pack_sheet.parse_pack_rows(wb[wb.sheetnames[-1]].iter_rows(values_only=True))
    assert info.version == pack_sheet.FORMAT_VERSION
    assert info.branch_code == "SH" and info.period == "2026-10" and info.info["language"] == "zh_CN"
    assert info.info["exported_at"] == "2026-11-23 10:00:00"
    assert [s.code for s in info.sheets] == MONTHLY_PACK
    intake = next(s for s in info.sheets if s.code == "intake")
    data = _rows(wb[intake.title])[2:]
    assert intake.rows == len(data) > 0
    for s in info.sheets:  # every checksum matches the sheet as a reader gets it back
        checksum = pack_sheet.SheetChecksum()
        for row in wb[s.title].iter_rows(values_only=True):
            checksum.add(row)
        assert checksum.hexdigest() == s.checksum, s.code


def test_branch_figures_of_a_small_month_worked_by_hand_R9(office):
    # Three tickets on Monday 2026-10-12 10:00: two repairs, one complaint.
    received = datetime(2026, 10, 12, 10, 0)
    a = register(office, now=received, received_at=received)
    b = register(office, now=received, received_at=received)
    c = register(office, now=received, received_at=received, kind="complaint", complaint_about="态度")
    due = received + timedelta(hours=24)  # first response: 24 clock hours
    for ticket_id, met in (
        (a.ticket_id, received + timedelta(hours=2)),
        (b.ticket_id, received + timedelta(hours=30)),
    ):
        Ticket.update(first_response_at=met).where(Ticket.id == ticket_id).execute()
        TicketDeadline.update(met_at=met).where(
            (TicketDeadline.ticket == ticket_id) & (TicketDeadline.clock == sla.FIRST_RESPONSE)
        ).execute()
    got = {f.key: (f.numerator, f.denominator) for f in branch_figures(OCTOBER, NOW)}
    stored_due = TicketDeadline.get(
        (TicketDeadline.ticket == c.ticket_id) & (TicketDeadline.clock == sla.FIRST_RESPONSE)
    ).due_at
    assert stored_due == due
    assert got["tickets"] == (3, 1)
    assert got["kind.repair"] == (2, 1) and got["kind.complaint"] == (1, 1)
    assert got["complaints_per_100"] == (100, 3)  # 33.3 complaints per 100 tickets
    # a met 2 h after (on time), b 30 h after (late), c never and overdue on 2026-11-23: 1 of 3
    assert got["sla.first_response"] == (1, 3)
    assert got["first_response_hours"] == (32.0, 2)  # (2 + 30) / 2 = 16 h on average
    assert got["repeat_repair_rate"] == (0, 2)


def test_company_total_adds_fractions_not_rates_R9(tmp_path):
    received = datetime(2026, 10, 12, 10, 0)
    sh = _branch(tmp_path, "SH", "上海浦东售后服务部")
    try:
        first = register(sh, now=received, received_at=received)
        register(sh, now=received, received_at=received)
        register(sh, now=received, received_at=received, kind="complaint", complaint_about="态度")
        met = received + timedelta(hours=2)
        Ticket.update(first_response_at=met).where(Ticket.id == first.ticket_id).execute()
        TicketDeadline.update(met_at=met).where(
            (TicketDeadline.ticket == first.ticket_id) & (TicketDeadline.clock == sla.FIRST_RESPONSE)
        ).execute()
        _export(tmp_path / "packs" / "sh.xlsx", "zh_CN")
    finally:
        app_db.close()
    bj = _branch(tmp_path, "BJ", "Beijing service office")
    try:
        only = register(bj, now=received, received_at=received)
        met = received + timedelta(hours=1)
        Ticket.update(first_response_at=met).where(Ticket.id == only.ticket_id).execute()
        TicketDeadline.update(met_at=met).where(
            (TicketDeadline.ticket == only.ticket_id) & (TicketDeadline.clock == sla.FIRST_RESPONSE)
        ).execute()
        _export(tmp_path / "packs" / "bj.xlsx", "en")
    finally:
        app_db.close()
    result = consolidate([tmp_path / "packs"], tmp_path / "all.xlsx", ZH, NOW, readers=[EN])
    assert len(result.consolidated) == 2 and not result.refused
    wb = openpyxl.load_workbook(tmp_path / "all.xlsx")
    rows = _rows(_sheet(wb, "分支机构对比"))
    header = rows[1]
    col = {h: i for i, h in enumerate(header)}
    by_branch = {r[0]: r for r in rows[2:]}
    assert list(by_branch) == ["Beijing service office", "上海浦东售后服务部", "全公司合计"]
    total = by_branch["全公司合计"]
    assert total[col["工单数"]] == 4
    # first response met: SH 1 of 3, BJ 1 of 1 → company 2 of 4 = 50 % (not the mean 66.7 %)
    assert total[col["按时首次响应"]] == pytest.approx(0.5)
    assert by_branch["上海浦东售后服务部"][col["按时首次响应"]] == pytest.approx(1 / 3)
    assert total[col["每百工单投诉数"]] == pytest.approx(25.0)  # 1 complaint in 4 tickets
    assert total[col["平均首次响应（小时）"]] == pytest.approx(1.5)  # (2 + 1) / 2


def test_branches_consolidate_every_row_once_with_its_branch_in_one_language_R9(packs, tmp_path):
    folder, numbers = packs
    october = [folder / "packs" / f"{code}-2026-10.xlsx" for code in ("SH", "BJ", "GZ")]
    result = consolidate(october, tmp_path / "all.xlsx", ZH, NOW, readers=[EN])
    assert len(result.consolidated) == 3 and not result.refused and not result.missing
    wb = openpyxl.load_workbook(tmp_path / "all.xlsx")
    intake = _rows(_sheet(wb, "来电登记表"))
    header = intake[1]
    assert header[0] == "分支机构" and header[1] == "工单号"
    data = intake[2:]
    got: dict[str, list[str]] = {}
    for row in data:
        got.setdefault(row[0], []).append(row[1])
    assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in numbers.items()}
    kinds = {row[header.index("类型")] for row in data}
    assert kinds <= {"报修", "投诉", "咨询", "建议"}  # the English branch's labels came over in Chinese
    assert isinstance(data[0][header.index("受理时间")], datetime)
    assert [n for n in wb.sheetnames if n.startswith("分支机构对比")] == ["分支机构对比 2026-10"]
    packs = _rows(_sheet(wb, "数据包清单"))
    assert [r[-1] for r in packs[2:]] == ["已汇总"] * 3


def _copy(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(src.read_bytes())
    return dst


def test_tampered_and_cut_short_packs_are_refused_by_name_and_the_rest_consolidated_R9(packs, tmp_path):
    source = packs[0] / "packs"
    sh = _copy(source / "SH-2026-10.xlsx", tmp_path / "SH-2026-10.xlsx")
    bj = _copy(source / "BJ-2026-10.xlsx", tmp_path / "BJ-2026-10.xlsx")
    wb = openpyxl.load_workbook(sh)
    wb[wb.sheetnames[0]]["E3"] = "改过的客户名"
    wb.save(sh)
    result = consolidate([sh, bj], tmp_path / "a.xlsx", ZH, NOW)
    by_file = {r.file: r for r in result.reports}
    assert by_file["SH-2026-10.xlsx"].checksum_ok is False
    assert by_file["SH-2026-10.xlsx"].refusal.text(ZH) == "工作表 来电登记表 在导出后被修改过"
    assert by_file["BJ-2026-10.xlsx"].consolidated
    intake = _rows(_sheet(openpyxl.load_workbook(tmp_path / "a.xlsx"), "来电登记表"))
    assert {r[0] for r in intake[2:]} == {"北京朝阳售后服务部"}  # nothing of the tampered pack

    cut = _copy(source / "BJ-2026-10.xlsx", tmp_path / "cut" / "BJ-cut.xlsx")
    wb = openpyxl.load_workbook(cut)
    ws = wb[wb.sheetnames[0]]
    ws.delete_rows(ws.max_row - 1, 2)  # the last data row and the totals row
    wb.save(cut)
    result = consolidate([cut], tmp_path / "b.xlsx", ZH, NOW)
    assert "被截短" in result.reports[0].refusal.text(ZH)


def test_same_branch_and_month_twice_the_newer_export_wins_and_missing_months_are_named_R9(packs, tmp_path):
    folder = packs[0]
    (tmp_path / "notes.xlsx").write_bytes(b"not a workbook")
    given = [folder / "later" / "SH-2026-10-later.xlsx", folder / "packs", tmp_path / "notes.xlsx"]
    result = consolidate(given, tmp_path / "all.xlsx", ZH, NOW, readers=[EN])
    by_file = {r.file: r for r in result.reports}
    assert by_file["SH-2026-10.xlsx"].refusal.text(ZH) == "已被较新的导出 SH-2026-10-later.xlsx 取代"
    assert by_file["SH-2026-10-later.xlsx"].consolidated and by_file["SH-2026-09.xlsx"].consolidated
    assert by_file["notes.xlsx"].refusal.text(ZH) == "不是 Excel 工作簿，或已损坏"
    assert result.missing == [("BJ", "北京朝阳售后服务部", "2026-09"), ("GZ", "Guangzhou office", "2026-09")]
    wb = openpyxl.load_workbook(tmp_path / "all.xlsx")
    intake = _rows(_sheet(wb, "来电登记表"))[2:]
    numbers = [r[1] for r in intake if r[0] == "上海浦东售后服务部"]
    assert len(numbers) == len(set(numbers))  # the month is not merged twice
    listed = _rows(_sheet(wb, "数据包清单"))
    assert any("缺少 2026-09 的数据包" in (r[-1] or "") for r in listed)
    assert "趋势" in wb.sheetnames  # two months: the trend sheet with a line per branch


def _sheet_values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {name: list(wb[name].iter_rows(values_only=True)) for name in wb.sheetnames}


def test_packs_read_in_worker_processes_give_the_same_workbook_and_a_cancel_stops_them_R9(
    packs, tmp_path, monkeypatch
):
    """From a few packs on they are read in parallel worker processes (issue 19, point 5): the
    result is the same as reading them one after the other, a tampered pack among them is still
    refused by name, and a cancel leaves no worker and no file behind."""
    import multiprocessing

    from app.head_office import consolidate as module

    source = packs[0] / "packs"
    given = sorted(source.glob("*.xlsx"))
    tampered = _copy(source / "BJ-2026-10.xlsx", tmp_path / "in" / "BJ-2026-10-x.xlsx")
    wb = openpyxl.load_workbook(tampered)
    wb[wb.sheetnames[0]]["E3"] = "改过的客户名"
    wb.save(tampered)
    given = [*given[:2], tampered, *given[2:]]
    monkeypatch.setattr(module, "PARALLEL_FROM", 10**6)
    serial = consolidate(given, tmp_path / "serial.xlsx", ZH, NOW, readers=[EN])
    monkeypatch.setattr(module, "PARALLEL_FROM", 1)
    parallel = consolidate(given, tmp_path / "parallel.xlsx", ZH, NOW, readers=[EN])
    assert [(r.file, r.consolidated, r.checksum_ok) for r in parallel.reports] == [
        (r.file, r.consolidated, r.checksum_ok) for r in serial.reports
    ]
    assert any(r.file == tampered.name and r.checksum_ok is False for r in parallel.reports)
    assert _sheet_values(tmp_path / "parallel.xlsx") == _sheet_values(tmp_path / "serial.xlsx")

    class Cancelled(Exception):
        """What the dialog's Cancel raises through the progress callback."""

    def cancel(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        consolidate(given, tmp_path / "cancelled.xlsx", ZH, NOW, readers=[EN], progress=cancel)
    assert multiprocessing.active_children() == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == [
        "in",
        "parallel.xlsx",
        "serial.xlsx",
    ]
