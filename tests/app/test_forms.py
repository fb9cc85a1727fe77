"""R9 printed forms: the text of each PDF holds its Chinese labels and the record's values; the
CJK font is embedded; batch printing puts one page per order in one file."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

import app.forms as forms
from app.errors import ValidationError
from app.models import (
    InstalledProduct,
    SatisfactionRating,
    Site,
    SiteWorkCategory,
    Staff,
    Ticket,
    WorkOrder,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services import warranty_status
from tests.app.factories import register
from tests.conftest import NOW

ZH = {
    "Service report sheet": "售后服务报告单",
    "Ticket no.": "工单号",
    "Customer": "客户",
    "Warranty status": "保修状态",
    "Diagnosis": "故障诊断",
    "Work done": "处理情况",
    "Technicians": "维修人员",
    "Service attitude": "服务态度",
    "Customer comments": "客户意见",
    "Technician": "维修人员签字",
    "Dispatch slip": "派工单",
    "Satisfaction survey": "售后服务满意度检查表",
    "Warranty service card": "维修服务卡",
    "Work category": "工程类别",
    "In warranty until {end} ({source}, {days} days left)": "保修期内，至{end}（{source}，剩余{days}天）",
    "statutory term": "法定保修期",
}


def zh(_context: str, text: str) -> str:
    return ZH.get(text, text)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def order(office):
    """A finished, charged work order on a bathroom in warranty, with parts and a rating."""
    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    reg = register(office, received_at=NOW - timedelta(days=3))
    ticket = Ticket.get_by_id(reg.ticket_id)
    Site.update(completion_date=date(2024, 5, 1)).where(Site.id == ticket.site_id).execute()
    SiteWorkCategory.get_or_create(site=ticket.site_id, category="bathroom_waterproofing")
    wo = WorkOrder.create(
        ticket=ticket,
        window_start=NOW - timedelta(days=1),
        window_end=NOW - timedelta(days=1) + timedelta(hours=2),
        status="done",
        arrived_at=NOW - timedelta(days=1, minutes=-10),
        diagnosis="地漏周边防水层破损",
        work_done="重做地漏周边防水并闭水试验48小时",
        labour_cost=Decimal("150"),
        finished_at=NOW - timedelta(hours=20),
        accepted=True,
        accepted_at=NOW - timedelta(hours=20),
        acceptance_signer="张伟",
        created_by=office,
        created_at=NOW - timedelta(days=2),
    )
    WorkOrderTechnician.create(work_order=wo, staff=tech, lead=True)
    WorkOrderPart.create(work_order=wo, name="防水涂料(桶)", quantity=Decimal("2"), unit_cost=Decimal("85.5"))
    SatisfactionRating.create(
        ticket=ticket,
        work_order_id=wo.id,
        attitude=5,
        quality=4,
        timeliness=5,
        comment="师傅很细心",
        recorded_at=NOW,
    )
    return wo


def test_service_report_sheet_shows_labels_values_and_warranty_from_the_lookup_R9(tmp_path, order):
    path = forms.service_sheets([order.id], tmp_path / "sheet.pdf", zh, today=NOW.date())
    text = text_of(path)
    ticket = order.ticket
    for label in (
        "售后服务报告单",
        "工单号",
        "客户",
        "保修状态",
        "故障诊断",
        "处理情况",
        "服务态度",
        "客户意见",
    ):
        assert label in text
    for value in (
        ticket.number,
        "张伟",
        "徐汇区漕溪北路88号3号楼1201室",
        "地漏周边防水层破损",
        "防水涂料(桶)",
        "171.00",
        "150.00",
        "321.00",
        "赵师傅",
        "师傅很细心",
        "上海浦东售后服务部",
    ):
        assert value in text, value
    coverage = warranty_status.coverage_for(ticket.site_id, "bathroom_waterproofing", NOW.date())
    assert coverage.in_warranty
    assert f"保修期内，至{coverage.end:%Y-%m-%d}" in text
    assert f"{ticket.number}-1" in text  # the document number


def test_the_cjk_font_is_embedded_so_every_viewer_renders_it(tmp_path, order):
    path = forms.service_sheets([order.id], tmp_path / "sheet.pdf", zh, today=NOW.date())
    fonts = set()
    for page in PdfReader(path).pages:
        for f in page["/Resources"]["/Font"].values():
            font = f.get_object()
            fonts.add(font["/BaseFont"])
            descendant = font.get("/DescendantFonts")
            desc = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            if desc is not None:
                desc = desc.get_object()
                assert "/FontFile2" in desc, "TrueType outlines must be embedded"
    assert any("WenQuanYiMicroHei" in str(name) for name in fonts)


def test_each_form_carries_a_qr_code_image(tmp_path, order):
    path = forms.service_sheets([order.id], tmp_path / "sheet.pdf", today=NOW.date())
    content = PdfReader(path).pages[0].get_contents().get_data()
    assert content.count(b" re") > 100  # the QR modules are drawn as rectangles


def test_dispatch_slip_survey_and_warranty_card_R9(tmp_path, order):
    ticket = order.ticket
    slip = text_of(forms.dispatch_slips([order.id], tmp_path / "slip.pdf", zh, today=NOW.date()))
    assert "派工单" in slip and ticket.number in slip and "赵师傅" in slip and "卫生间地面渗水到楼下" in slip
    survey = text_of(forms.survey(tmp_path / "survey.pdf", zh, ticket_id=ticket.id))
    assert "售后服务满意度检查表" in survey and "服务态度" in survey and ticket.number in survey
    blank = text_of(forms.survey(tmp_path / "blank.pdf", zh))
    assert "售后服务满意度检查表" in blank and "上海浦东售后服务部" in blank
    InstalledProduct.create(
        site=ticket.site_id,
        product="燃气热水器",
        model="JSQ25",
        serial="SN-778899",
        installed_on=date(2024, 5, 1),
        term_months=36,
    )
    card = text_of(forms.warranty_card(ticket.site_id, tmp_path / "card.pdf", zh, today=NOW.date()))
    for value in (
        "维修服务卡",
        "工程类别",
        "HT2024-0042",
        "2024-05-01",
        "2029-05-01",
        "燃气热水器",
        "SN-778899",
    ):
        assert value in card, value


def test_batch_prints_tomorrows_orders_into_one_pdf_and_audits_it(tmp_path, order):
    from app.models import AuditEntry

    tomorrow = NOW.date() + timedelta(days=1)
    ids = []
    for hour in (9, 13):
        start = datetime.combine(tomorrow, datetime.min.time()) + timedelta(hours=hour)
        ids.append(
            WorkOrder.create(
                ticket=order.ticket, window_start=start, window_end=start + timedelta(hours=2), created_at=NOW
            ).id
        )
    assert forms.orders_on(tomorrow) == ids
    path = forms.service_sheets(
        forms.orders_on(tomorrow), tmp_path / "tomorrow.pdf", now=NOW, staff_id=order.created_by_id
    )
    assert len(PdfReader(path).pages) == 2
    entry = AuditEntry.select().where(AuditEntry.action == "print").get()
    assert entry.entity == "form" and "tomorrow.pdf" in entry.changes


def test_printing_a_ticket_without_work_order_is_explained(office):
    reg = register(office)
    number = Ticket.get_by_id(reg.ticket_id).number
    with pytest.raises(ValidationError) as err:
        forms.order_for_ticket(number)
    assert "dispatch it first" in err.value.message
    with pytest.raises(ValidationError):
        forms.order_for_ticket("XX-0")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_saved_registers_and_forms_get_a_new_files_mode_not_the_temp_files_0600(tmp_path, order):
    """Written through mkstemp (0600) then os.replace: the result must be readable as the umask
    lets any new file be (0644 under the usual 022), e.g. by colleagues on a shared folder."""
    from app.models import Staff
    from app.registers import export
    from app.registers.period import parse_period
    from app.registers.writer import Options

    expected = 0o666 & ~_umask()
    manager = Staff.get(Staff.role == "manager").id  # an export is always someone's (R10.1a)
    register_path = export(
        ["intake"], parse_period("2026-11"), tmp_path / "intake.xlsx", Options(), NOW, manager
    ).path
    pdf = forms.service_sheets([order.id], tmp_path / "service-sheet.pdf", today=NOW.date())
    for path in (register_path, pdf):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == expected, f"{path.name}: {oct(mode)}"
        if not _umask() & 0o044:
            assert mode & 0o044 == 0o044  # group and others may read it
