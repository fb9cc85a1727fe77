"""Importing customers and sites from Excel: every row validated and reported before anything
is written; valid rows or nothing; re-import adds nothing."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from app import importing
from app.models import Customer, CustomerPhone, Site, SiteWorkCategory
from tests.app.factories import register
from tests.conftest import NOW


def _mixed_file(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["head office list 2026-11"])  # a title above the header
    ws.append(
        [
            "Customer name *",
            "Phone *",
            "Other phone",
            "Site address *",
            "District",
            "Contract no.",
            "Project",
            "Completion acceptance date",
            "Work categories",
        ]
    )
    rows = [
        [
            "李娜",
            13912345678.0,
            None,
            "浦东新区张杨路1号101室",
            "浦东新区",
            "HT-A1",
            "厨房",
            datetime(2024, 3, 1),
            "plumbing",
        ],  # 3 ok, phone as float
        [
            "王强",
            "13800001111",
            "021-55550000",
            "浦东新区张杨路2号",
            "浦东新区",
            "HT-A2",
            "",
            "2024/6/30",
            "Electrical wiring, tiles",
        ],  # 4 ok
        [None] * 9,  # 5 empty
        ["", "13800002222", None, "静安区1号", None, None, None, None, None],  # 6 name missing
        ["赵六", "12345", None, "静安区2号", None, None, None, None, None],  # 7 bad phone
        ["钱七", "13800003333", None, "静安区3号", None, None, None, "昨天", None],  # 8 bad date
        [
            "孙八",
            "13800004444",
            None,
            "静安区4号",
            None,
            None,
            None,
            None,
            "swimming pool",
        ],  # 9 unknown category
        [
            "周九",
            "13800005555",
            None,
            "静安区5号",
            None,
            "HT-A1",
            None,
            None,
            None,
        ],  # 10 contract twice in file
        [
            "张伟",
            "13812345678",
            None,
            "徐汇区漕溪北路88号3号楼1201室",
            None,
            None,
            None,
            None,
            None,
        ],  # 11 in database
        ["吴十", "13800006666", None, "merged", None, "HT-M", None, None, None],  # 12 merged address below
    ]
    for r in rows:
        ws.append(r)
    ws.merge_cells("D12:E12")
    ws["D12"] = "闵行区合并路9号"
    wb.save(path)
    return path


def test_check_reports_each_bad_row_and_writes_nothing(tmp_path, office):
    register(office)  # 张伟 at 徐汇区漕溪北路88号… already known
    before = (Customer.select().count(), Site.select().count())
    report = importing.check(_mixed_file(tmp_path / "list.xlsx"))
    by_row = {r.row: r for r in report.rows}
    assert 5 not in by_row  # empty rows are skipped
    assert [r.row for r in report.valid] == [3, 4, 12]
    assert by_row[3].values["phones"] == ["13912345678"]
    assert by_row[12].values["address"] == "闵行区合并路9号"
    assert "Customer name is missing." in by_row[6].text()
    assert "12345 is not a phone number" in by_row[7].text()
    assert "昨天 is not a date" in by_row[8].text()
    assert "Unknown work category swimming pool." in by_row[9].text()
    assert "already in row 3 of this file" in by_row[10].text()
    assert by_row[11].status == importing.DUPLICATE and "already in the database" in by_row[11].text()
    assert (Customer.select().count(), Site.select().count()) == before
    saved = importing.save_report(report, tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(saved).active
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [3, 4, 6, 7, 8, 9, 10, 11, 12]


def test_import_valid_rows_then_reimport_adds_nothing(tmp_path, office):
    register(office)
    path = _mixed_file(tmp_path / "list.xlsx")
    assert importing.apply(importing.check(path), NOW, office) == 3
    site = Site.get(Site.contract_no == "HT-A2")
    assert {c.category for c in SiteWorkCategory.select().where(SiteWorkCategory.site == site)} == {
        "electrical",
        "tiles",
    }
    assert {p.phone for p in CustomerPhone.select().where(CustomerPhone.customer == site.customer)} == {
        "13800001111",
        "02155550000",
    }
    counts = (Customer.select().count(), Site.select().count())
    again = importing.check(path)
    assert again.valid == [] and importing.apply(again, NOW, office) == 0
    assert (Customer.select().count(), Site.select().count()) == counts


def test_the_template_round_trips(tmp_path, office):
    path = importing.save_template(tmp_path / "template.xlsx")
    report = importing.check(path)
    assert [r.status for r in report.rows] == ["ok"]
    assert importing.apply(report, NOW, office) == 1
