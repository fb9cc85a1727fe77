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


# -- head office's list in Chinese (R9: the office's language) --------------------------------


def _zh():
    from app.cli import ts_translate

    return ts_translate("zh_CN")


def _chinese_file(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "联系电话", "工地地址", "区", "合同编号", "工程名称", "验收日期", "工程类别"])
    ws.append(
        [
            "陈静",
            "13900001234",
            None,
            "长宁区天山路5号",
            "长宁区",
            "HT-Z1",
            "全屋装修",
            "2025年3月8日",
            "装饰装修、给排水管道",
        ]
    )
    ws.append(
        [
            "刘洋",
            "021-62001234",
            None,
            "长宁区天山路6号",
            None,
            "HT-Z2",
            None,
            datetime(2025, 4, 1),
            "门窗，瓷砖",
        ]
    )
    wb.save(path)
    return path


def test_import_reads_chinese_headers_and_category_names_in_either_ui_language_R9(tmp_path, office):
    path = _chinese_file(tmp_path / "总部名单.xlsx")
    for translate in (importing.identity_translate, _zh()):
        report = importing.check(path, translate, today=NOW.date())
        assert report.bad == [], [r.text() for r in report.bad]
        assert [r.values["categories"] for r in report.valid] == [
            ["decoration", "plumbing"],
            ["doors_windows", "tiles"],
        ]
    assert importing.apply(report, NOW, office) == 2
    assert Site.get(Site.contract_no == "HT-Z1").completion_date.isoformat() == "2025-03-08"


def test_row_reasons_are_in_the_ui_language_R9(tmp_path, office):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户姓名", "电话", "地址", "工程类别"])
    ws.append(["", "12345", "静安区1号", "游泳池"])
    wb.save(tmp_path / "bad.xlsx")
    (row,) = importing.check(tmp_path / "bad.xlsx", _zh(), today=NOW.date()).bad
    assert (
        row.text(_zh())
        == "缺少客户姓名。 12345 不是电话号码（请填写手机号，或带区号的固定电话）。 未知的工程类别“游泳池”。"
    )


def test_the_chinese_template_explains_every_column_and_re_imports_unchanged_R9(tmp_path, office):
    zh = _zh()
    path = importing.save_template(tmp_path / "模板.xlsx", zh)
    wb = openpyxl.load_workbook(path)
    data, help_sheet = wb.worksheets
    assert data.title == "客户及工地" and help_sheet.title == "填写说明"
    assert [c.value for c in data[1]][:4] == ["客户姓名 *", "电话 *", "其他电话", "工地地址 *"]
    assert data["I2"].value == "卫生间防水、给排水管道"
    listed = [r[0] for r in help_sheet.iter_rows(values_only=True)]
    assert "竣工验收日期" in listed and "装修装饰" in listed and "厨房电器" in listed
    for translate in (zh, importing.identity_translate):
        report = importing.check(path, translate, today=NOW.date())
        assert [r.status for r in report.rows] == ["ok"] and report.bad == []
    assert importing.apply(report, NOW, office) == 1


# -- limits and files that are not what they claim (issue 15 point 8) ---------------------------


def _refusal(path, **kw) -> str:
    import pytest

    from app.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        importing.check(path, today=NOW.date(), **kw)
    return err.value.text()


def test_files_that_are_not_workbooks_are_explained_in_one_sentence(tmp_path, office):
    good = _mixed_file(tmp_path / "good.xlsx")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    csv = tmp_path / "list.csv"
    csv.write_text("客户姓名,电话\n张三,13800001111\n", encoding="utf-8")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    protected = tmp_path / "protected.xlsx"
    protected.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "EncryptionInfo".encode("utf-16-le")
    )
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert _refusal(empty) == "The file empty.xlsx is empty (0 bytes)."
    assert "is not an Excel workbook (.xlsx)" in _refusal(csv)
    assert "old Excel 97–2003 workbook (.xls)" in _refusal(xls)
    assert "protected by a password" in _refusal(protected)
    assert "damaged or incomplete" in _refusal(truncated)
    assert _refusal(tmp_path / "missing.xlsx") == "The file missing.xlsx does not exist."


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, office):
    from app import db
    from app.services import settings

    path = _mixed_file(tmp_path / "list.xlsx")
    with db.write_transaction():
        settings.put(settings.IMPORT_MAX_MB, 0.001)
    assert "more than the 0.001 MB an import may be" in _refusal(path)


def test_a_sheet_declaring_a_million_rows_is_refused_from_its_dimension(tmp_path, office):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户姓名", "电话", "地址"])
    ws["A1048576"] = "x"  # one cell at the bottom: the dimension says A1:C1048576
    wb.save(tmp_path / "tall.xlsx")
    assert "has 1048576 rows, more than the 50000" in _refusal(tmp_path / "tall.xlsx")


def test_more_rows_than_the_setting_allows_are_refused(tmp_path, office):
    from app import db
    from app.services import settings

    with db.write_transaction():
        settings.put(settings.IMPORT_MAX_ROWS, 5)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户姓名", "电话", "地址"])
    for i in range(30):
        ws.append([f"客户{i}", f"1380000{i:04d}", f"静安区{i}号"])
    wb.save(tmp_path / "many.xlsx")
    assert "more than the 5 an import may have" in _refusal(tmp_path / "many.xlsx")


def test_a_merge_over_a_million_rows_is_read_without_expanding_it(tmp_path, office):
    """The 5 KB workbook with one merge over E2:I1048576 (104 s and 3 GB before)."""
    import zipfile

    src = tmp_path / "src.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户姓名", "电话", "地址", "区", "合同号"])
    ws.append(["陈静", "13900001234", "长宁区天山路5号", "长宁区", "HT-Q1"])
    wb.save(src)
    out = tmp_path / "merged.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>",
                    b'</sheetData><mergeCells count="1"><mergeCell ref="E2:I1048576"/></mergeCells>',
                )
            zout.writestr(item, data)
    report = importing.check(out, today=NOW.date())
    assert [r.status for r in report.rows] == ["ok"]
    assert report.rows[0].values["contract_no"] == "HT-Q1"


def test_over_long_text_and_absurd_dates_name_their_cells(tmp_path, office):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["客户姓名", "电话", "地址", "竣工日期"])
    ws.append(["名" * 5000, "13800001111", "静安区1号", datetime(2024, 5, 1)])  # row 2
    ws.append(["张三", "13800002222", "路" * 20000, datetime(2024, 5, 1)])  # row 3
    ws.append(["李四", "13800003333", "静安区3号", datetime(9999, 12, 31)])  # row 4
    ws.append(["王五", "13800004444", "静安区4号", datetime(0o1, 1, 1)])  # row 5
    ws.append(["赵六", "13800005555", "静安区5号", "1989-12-31"])  # row 6
    ws.append(["钱七", "13800006666", "静安区6号", datetime(2036, 11, 23)])  # row 7: ten years ahead is fine
    wb.save(tmp_path / "absurd.xlsx")
    by_row = {r.row: r for r in importing.check(tmp_path / "absurd.xlsx", today=NOW.date()).rows}
    # The limits are the models' (customer.name 128, site.address 300 since migration 0081).
    assert by_row[2].text() == "Customer name is 5000 characters long; it may have at most 128."
    assert by_row[3].text() == "Site address is 20000 characters long; it may have at most 300."
    latest = "between 1990-01-01 and 2036-11-23: check the year."
    assert by_row[4].text() == f"Completion acceptance date 9999-12-31 is not {latest}"
    assert by_row[5].text() == f"Completion acceptance date 0001-01-01 is not {latest}"
    assert by_row[6].text() == f"Completion acceptance date 1989-12-31 is not {latest}"
    assert by_row[7].status == importing.OK
    assert [r.row for r in importing.check(tmp_path / "absurd.xlsx", today=NOW.date()).valid] == [7]
