"""Headless export, print and import for scheduled work (app/cli.py)."""

from __future__ import annotations

import re
from datetime import timedelta

import openpyxl
import pytest
from pypdf import PdfReader

from app import cli
from app.models import Site
from tests.app.factories import register
from tests.app.test_importing import _mixed_file
from tests.conftest import NOW

# Every headless command signs in (R10.1a): these run as the office's manager.
pytestmark = pytest.mark.usefixtures("cli_sign_in")


def test_cli_exports_a_register_with_chinese_headers_when_asked(tmp_path, office, capsys):
    register(office, received_at=NOW - timedelta(days=30))
    out = tmp_path / "intake.xlsx"
    assert (
        cli.main(["export", "intake", "--period", "2026-10", "-o", str(out), "--lang", "zh_CN"], now=NOW) == 0
    )
    ws = openpyxl.load_workbook(out).worksheets[0]
    headers = [c.value for c in ws[2]]
    table = cli._catalogue("zh_CN")
    # Kind labels share the "labels" context with the screen, so they are Chinese already.
    assert "报修" in [r[3] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert headers[0] == table.get(("registers", "Ticket no."), "Ticket no.")
    assert "已写入" in capsys.readouterr().out  # the command's own messages are Chinese too


def test_cli_reports_a_bad_period_and_a_missing_work_order(tmp_path, office, capsys):
    assert cli.main(["export", "intake", "--period", "October", "-o", str(tmp_path / "x.xlsx")], now=NOW) == 2
    reg = register(office)
    from app.models import Ticket

    number = Ticket.get_by_id(reg.ticket_id).number
    assert cli.main(["print", "service-sheet", number, "-o", str(tmp_path / "s.pdf")], now=NOW) == 2
    assert "dispatch it first" in capsys.readouterr().err


def test_cli_prints_a_service_sheet(tmp_path, office):
    from app.models import Ticket, WorkOrder

    reg = register(office)
    WorkOrder.create(
        ticket=reg.ticket_id, window_start=NOW, window_end=NOW + timedelta(hours=2), created_at=NOW
    )
    number = Ticket.get_by_id(reg.ticket_id).number
    out = tmp_path / "sheet.pdf"
    assert cli.main(["print", "service-sheet", number, "-o", str(out)], now=NOW) == 0
    assert number in PdfReader(out).pages[0].extract_text()


def test_cli_import_dry_run_writes_nothing(tmp_path, office, capsys):
    register(office)
    path = _mixed_file(tmp_path / "list.xlsx")
    before = Site.select().count()
    report = str(tmp_path / "r.xlsx")
    assert cli.main(["import", str(path), "--dry-run", "--report", report, "--lang", "en"], now=NOW) == 0
    assert Site.select().count() == before and (tmp_path / "r.xlsx").exists()
    assert "Row 7:" in capsys.readouterr().out
    assert cli.main(["import", str(path)], now=NOW) == 0
    assert Site.select().count() == before + 3


def test_cli_language_is_the_office_setting_then_the_system_locale_then_lang(tmp_path, office, admin, capsys):
    from app.services import office_settings, settings

    reg = register(office)
    from app.models import Ticket, WorkOrder

    WorkOrder.create(
        ticket=reg.ticket_id, window_start=NOW, window_end=NOW + timedelta(hours=2), created_at=NOW
    )
    number = Ticket.get_by_id(reg.ticket_id).number
    assert cli.system_language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert cli.system_language({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert cli.system_language({}) == "en"
    assert cli.office_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh_CN"  # no office setting yet
    s = office_settings.load()
    s.office_language = "zh_CN"
    assert office_settings.save(s, admin, NOW) == [settings.OFFICE_LANGUAGE]  # the administrator sets it
    assert cli.office_language(None, {"LANG": "en_US.UTF-8"}) == "zh_CN"
    assert cli.office_language("en", {"LANG": "zh_CN.UTF-8"}) == "en"
    out = tmp_path / "sheet.pdf"
    assert cli.main(["print", "service-sheet", number, "-o", str(out)], now=NOW) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "工单号" in text and "Ticket no." not in text
    assert "已写入" in capsys.readouterr().out
    assert cli.main(["print", "service-sheet", number, "-o", str(out), "--lang", "en"], now=NOW) == 0
    assert "Ticket no." in PdfReader(out).pages[0].extract_text()


def test_a_wrong_output_name_is_explained_in_the_offices_language_R10_1(
    tmp_path, office, admin, capsys, monkeypatch
):
    """The output checks ran before the office's setting was read and followed LANG: an office
    set to Chinese, on a computer set to English, was told "x.txt does not end in .pdf"."""
    from app.services import office_settings

    s = office_settings.load()
    s.office_language = "zh_CN"
    office_settings.save(s, admin, NOW)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert cli.main(["print", "blank-survey", "-o", str(tmp_path / "x.txt")], now=NOW) == 2
    err = capsys.readouterr().err
    assert "x.txt" in err and "does not end" not in err
    assert re.findall(r"[A-Za-z]{3,}", err.replace("x.txt", "").replace(".pdf", "")) == []


def test_cli_prints_a_warranty_card_and_a_blank_survey(tmp_path, office, capsys):
    register(office)
    site = Site.get(Site.contract_no == "HT2024-0042")
    card, survey = tmp_path / "card.pdf", tmp_path / "survey.pdf"
    args = ["--lang", "zh_CN"]
    assert cli.main(["print", "warranty-card", site.contract_no, "-o", str(card), *args], now=NOW) == 0
    assert "维修服务卡" in PdfReader(card).pages[0].extract_text()
    assert cli.main(["print", "blank-survey", "-o", str(survey), *args], now=NOW) == 0
    assert "售后服务满意度检查表" in PdfReader(survey).pages[0].extract_text()
    assert cli.main(["print", "warranty-card", "NO-SUCH", "-o", str(card), *args], now=NOW) == 2
    assert "NO-SUCH" in capsys.readouterr().err


def test_a_pack_from_the_command_line_names_its_language(tmp_path, office, capsys):
    """The pack sheet's language row was empty from the command line (read as English, though
    the pack was written in Chinese)."""
    import openpyxl

    from app.registers import pack as pack_sheet

    register(office)
    out = tmp_path / "pack.xlsx"
    assert (
        cli.main(["export", "pack", "--period", "2026-11", "-o", str(out), "--lang", "zh_CN"], now=NOW) == 0
    )
    wb = openpyxl.load_workbook(out, read_only=True)
    info = pack_sheet.parse_pack_rows(wb[wb.sheetnames[-1]].iter_rows(values_only=True))
    assert info.info["language"] == "zh_CN"
