"""The fast paths of head office's consolidation give what openpyxl gives (issue 19, point 5):
register rows written as XML by app/registers/fast_rows.py read back with openpyxl exactly as
the rows SheetWriter writes through openpyxl, and app/head_office/xlsx_reader.py's pattern
reader returns what its lxml reader returns — on awkward values: markup characters, entities,
CR LF, leading spaces, formula-like text, control characters, CJK, dates, money, empty cells."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from app.head_office.xlsx_reader import WorkbookReader
from app.registers import fast_rows
from app.registers.writer import DATE, DATETIME, INT, MONEY, Column, Options, SheetWriter

COLUMNS = [
    Column("Name"),
    Column("Kind", labels="kind"),
    Column("Received", kind=DATETIME),
    Column("Day", kind=DATE),
    Column("Cost", kind=MONEY, total=True),
    Column("Count", kind=INT, total=True),
    Column("Names"),
]
ROWS = [
    (
        "张伟 & <李娜>",
        "repair",
        datetime(2026, 10, 3, 9, 30),
        date(2026, 10, 3),
        Decimal("185.50"),
        2,
        ("赵", "钱"),
    ),
    ("=SUM(A1:A2)", "complaint", datetime(2026, 10, 4, 23, 59), datetime(2026, 10, 4, 8, 0), 0, 0, ()),
    ("  两头空格  ", "no-such-code", None, None, None, None, ("孙",)),
    ("line one\r\nline two\rthree", "", "not a date", "2026-13-01", 12.345, 7, None),
    ("bell\x07gone", None, datetime(2026, 10, 31, 0, 0), date(2026, 10, 31), Decimal("-3"), 1, ("李", "")),
    ("+8613800001111", "consultation", None, None, 1e-7, 123456789, "x"),
]


def _save(path: Path, fast: bool) -> Path:
    wb = Workbook(write_only=True)
    writer = SheetWriter(wb, "Sheet", COLUMNS, Options())
    rows_file = str(path.with_suffix(".rows")) if fast else None
    writer.write("Title — 2026-10", ROWS, len(ROWS), rows_file=rows_file)
    wb.save(path)
    if fast:
        fast_rows.splice(path, {"Sheet": writer.rows})
    return path


def _values(path: Path) -> list[tuple]:
    ws = openpyxl.load_workbook(path)["Sheet"]
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def _styles(path: Path) -> list[tuple]:
    ws = openpyxl.load_workbook(path)["Sheet"]
    return [tuple((c.number_format, c.quotePrefix, c.font.b) for c in row) for row in ws.iter_rows()]


def test_rows_written_as_xml_read_back_as_the_rows_openpyxl_writes(tmp_path):
    slow = _save(tmp_path / "slow.xlsx", fast=False)
    fast = _save(tmp_path / "fast.xlsx", fast=True)
    assert _values(fast) == _values(slow)
    assert _styles(fast) == _styles(slow)  # dates, money, the quote prefix, the bold totals
    values = _values(fast)
    assert values[2][0] == "张伟 & <李娜>" and values[3][0] == "=SUM(A1:A2)"  # text, never a formula
    assert values[-1][0] == "Total (6 rows)" and values[-1][4] == pytest.approx(194.85)
    ws = openpyxl.load_workbook(fast)["Sheet"]
    assert ws.auto_filter.ref == "A2:G8" and ws.freeze_panes == "A3"
    assert not list(tmp_path.glob("*.rows"))  # the rows file went into the workbook


@pytest.mark.parametrize("fast", [False, True])
def test_the_pattern_reader_returns_what_the_lxml_reader_returns(tmp_path, fast):
    path = _save(tmp_path / "book.xlsx", fast=fast)
    with WorkbookReader(path) as wb:
        assert list(wb.rows("Sheet")) == [r for r in wb._rows_parsed("Sheet")]


def test_a_sheet_with_formulas_or_rich_text_is_read_with_lxml(tmp_path):
    """What the pattern does not know (a formula, rich text) sends the whole sheet to lxml."""
    path = tmp_path / "excel.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet"
    ws.append(["ａ&ｂ", 1, 2.5, True])
    ws.append(["=1+1", None, datetime(2026, 10, 3, 9, 30)])
    wb.save(path)
    with WorkbookReader(path) as reader:
        rows = list(reader.rows("Sheet"))
    # a formula never calculated has no value (a pack holding one fails its checksum anyway)
    assert rows == [("ａ&ｂ", 1, 2.5, True), (None, None, datetime(2026, 10, 3, 9, 30))]
    with zipfile.ZipFile(path) as z:
        assert b"<f>" in z.read("xl/worksheets/sheet1.xml")  # it really had a formula
