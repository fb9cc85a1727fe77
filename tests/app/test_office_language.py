"""A Chinese office end to end (R9 "headers in the UI language", R6.3, R10.1): every printed form,
every register of the monthly pack and the import template, rendered on a demo office with the
zh_CN catalogue, hold no untranslated fixed text; rendered in English, no Chinese fixed text.

What is fixed text and what is data is not decided by a hand-made word list: the data is every
text the demo office's database holds (names, addresses, problems, the branch name …). In the
Chinese rendering, a Latin word that is not in the data is fixed text left in English; in the
English rendering, a run of Chinese that is not in the data is fixed text left in Chinese. Both
renderings are compared, so a failure names the English source it came from."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app import db as app_db
from app import forms, importing
from app.cli import ts_translate
from app.demo import fill_demo_office
from app.forms.page import identity_translate
from app.models import Site, Ticket, WorkOrder
from app.registers import MONTHLY_PACK, export
from app.registers.period import parse_period
from app.registers.writer import Options
from tests.conftest import NOW

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CJK_RUN = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")
PERIOD = parse_period("2026-10")
MACHINE_KEY = re.compile(r"[a-z][a-z0-9_.\-]*|[0-9a-f]{32,}")


def _pdf_texts(path: Path) -> list[str]:
    return [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def _rich_text(title) -> str:
    """The plain text of an openpyxl chart or axis title."""
    if title is None or title.tx is None or title.tx.rich is None:
        return ""
    return "".join(r.t for p in title.tx.rich.p for r in (p.r or []))


def _workbook_texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        values = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
        if values and values[0] == "service-office-pack":
            # The pack's manifest for head office's consolidation: its keys (branch_code,
            # kind.repair …) and checksums are identifiers by design; its labels are checked.
            values = [v for v in values if not MACHINE_KEY.fullmatch(v)]
        out.extend(values)
        for part in (ws.oddHeader.center, ws.oddFooter.center):
            out.append(part.text or "")
        for chart in ws._charts:
            out.append(_rich_text(chart.title))
            for axis in (getattr(chart, "x_axis", None), getattr(chart, "y_axis", None)):
                if axis is not None:
                    out.append(_rich_text(axis.title))
    return out


def _render(tmp: Path, translate) -> dict[str, list[str]]:
    """Every form, the monthly pack and the import template and report, as text."""
    tmp.mkdir()
    order = (
        WorkOrder.select()
        .join(Ticket)
        .where((Ticket.status == "closed") & WorkOrder.accepted.is_null(False))
        .order_by(WorkOrder.id)
        .first()
    )
    site = Site.select().where(Site.completion_date.is_null(False)).order_by(Site.id).first()
    out = {
        "service sheet": forms.service_sheets([order.id], tmp / "sheet.pdf", translate, now=NOW),
        "dispatch slip": forms.dispatch_slips([order.id], tmp / "slip.pdf", translate, now=NOW),
        "blank survey": forms.survey(tmp / "survey.pdf", translate, now=NOW),
        "survey for a ticket": forms.survey(
            tmp / "survey2.pdf", translate, ticket_id=order.ticket_id, now=NOW
        ),
        "warranty card": forms.warranty_card(site.id, tmp / "card.pdf", translate, now=NOW),
        "monthly pack": export(
            MONTHLY_PACK, PERIOD, tmp / "pack.xlsx", Options(translate=translate), NOW, _manager()
        ).path,
        "import template": importing.save_template(tmp / "template.xlsx", translate),
    }
    bad = tmp / "bad.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["客户姓名", "电话", "地址", "竣工日期", "工程类别"])
    wb.active.append(["", "12345", "静安区1号", "9999-12-31", "游泳池"])
    wb.save(bad)
    report = importing.check(bad, translate, today=NOW.date())  # its cells are data (_data_text)
    out["import report"] = importing.save_report(report, tmp / "report.xlsx", translate)
    return {name: (_pdf_texts(p) if p.suffix == ".pdf" else _workbook_texts(p)) for name, p in out.items()}


def _data_text() -> str:
    """Every text the office's database holds, joined: what the user (or the demo) typed.
    Read through the open connection, so the PostgreSQL pass reads the server's tables."""
    database = app_db.database
    parts = []
    for table in database.get_tables():
        if table.endswith(("_data", "_idx", "_docsize", "_config", "_content")):
            continue  # full-text index shadow tables
        for row in database.execute_sql(f'SELECT * FROM "{table}"'):
            parts.extend(v for v in row if isinstance(v, str))
    # and what the import's sample row and the bad file above hold
    parts.extend(v for v in importing.EXAMPLE if isinstance(v, str))
    parts.append("游泳池")
    return "\n".join(parts)


@pytest.fixture
def demo(office, tmp_path):
    fill_demo_office(NOW, seed=5, customers=50, tickets=300)


def test_a_chinese_office_prints_and_exports_no_english_fixed_text_R9(demo, tmp_path):
    zh = _render(tmp_path / "zh", ts_translate("zh_CN"))
    en = _render(tmp_path / "en", identity_translate)
    data = _data_text()
    data_words = set(LATIN_WORD.findall(data))
    left_in_english = {
        name: sorted({t for t in texts if set(LATIN_WORD.findall(t)) - data_words})
        for name, texts in zh.items()
    }
    assert {k: v for k, v in left_in_english.items() if v} == {}
    # The English rendering really has those words (the comparison is not empty).
    assert all(any(set(LATIN_WORD.findall(t)) - data_words for t in texts) for texts in en.values())


def test_an_english_office_prints_and_exports_no_chinese_fixed_text_R9(demo, tmp_path):
    en = _render(tmp_path / "en", identity_translate)
    data = _data_text()
    left_in_chinese = {
        name: sorted({t for t in texts for run in CJK_RUN.findall(t) if run not in data})
        for name, texts in en.items()
    }
    assert {k: v for k, v in left_in_chinese.items() if v} == {}


def test_no_rule_id_in_any_user_visible_string():
    """Rule ids (R4.5 …) belong in code comments and test names, never on a screen or a page:
    no source text of the catalogue (everything lupdate sees) and no translation holds one."""
    import xml.etree.ElementTree as ET

    from app.paths import resources_dir

    rule_id = re.compile(r"\bR\d+(\.\d+)?[a-z]?\b")
    root = ET.parse(resources_dir() / "translations" / "app_zh_CN.ts").getroot()
    found = [
        text
        for m in root.iter("message")
        for text in (m.findtext("source") or "", m.findtext("translation") or "")
        if rule_id.search(text)
    ]
    assert found == []


def _manager() -> int:
    """An export is always someone's (R10.1a): the office's manager."""
    from app.models import Staff

    return Staff.get(Staff.role == "manager").id
