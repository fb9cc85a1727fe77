"""The UI language switches live, without losing what was typed."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication


def test_switching_to_chinese_relabels_everything_and_keeps_the_form(qtbot, window):
    form = window.intake.form
    form.customer_name.setText("陈静")
    form.problem.setPlainText("客厅插座跳闸")
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "来电登记(&I)")
    assert form._labels["customer_name"].text() == "姓名(&M) *"
    assert form.kind.currentText() == "报修"
    assert window.intake.status_filter.currentText() == "全部未结"
    assert (
        window.intake.tickets.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        == "工单号"
    )
    assert form.customer_name.text() == "陈静" and form.problem.toPlainText() == "客厅插座跳闸"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&Intake")
    assert form.kind.currentText() == "Repair request"


def test_validation_messages_show_in_chinese(qtbot, window):
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "来电登记(&I)")
    form = window.intake.form
    form.save()
    assert "请填写客户姓名。" in form.errors.text()
    QApplication.processEvents()


def test_every_string_in_the_code_is_translated_to_chinese(tmp_path):
    """lupdate over the code finds no string missing from, or unfinished in, app_zh_CN.ts."""
    root = Path(__file__).resolve().parents[2]
    committed = root / "resources" / "translations" / "app_zh_CN.ts"
    fresh = tmp_path / "app_zh_CN.ts"
    fresh.write_bytes(committed.read_bytes())
    code = "import sys; sys.path.insert(0, 'scripts'); import translations; translations.update(__import__('pathlib').Path(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=root, check=True)
    generated = tmp_path / "app_zh_CN.ts"
    tree = ET.parse(generated)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (m.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == [], f"untranslated: {unfinished}"


def test_the_toolbar_buttons_promise_no_alt_letter_they_do_not_have(qtbot, window):
    """The menu's "打印表单(&P)…" on a toolbar button showed "打印表单(P)", and Alt+P went to the
    intake form's phone field. The buttons show the plain name in both languages."""
    from PySide6.QtWidgets import QToolButton

    def buttons():
        bar = window.export_menu.toolbar
        return sorted(b.text() for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar) and b.text())

    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "来电登记(&I)")
    assert buttons() == ["导出登记表", "打印表单"]
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&Intake")
    assert buttons() == ["Export registers", "Print forms"]
