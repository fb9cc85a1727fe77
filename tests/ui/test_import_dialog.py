"""Export ▸ Import customers and sites: the file is checked and every bad row listed before
anything is written; the valid rows or nothing; the report saved as xlsx; re-import adds nothing."""

from __future__ import annotations

import errno

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app import importing, permissions
from app.files import excel_lock_file
from app.models import Customer, Site, Staff
from tests.app.factories import register
from tests.app.test_importing import _mixed_file
from tests.conftest import NOW
from tests.ui.test_exports import _open
from ui import events
from ui.exports.export_menu import ExportMenu
from ui.exports.import_dialog import ImportDialog


def _counts():
    return Customer.select().count(), Site.select().count()


def _choose(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _problems(dialog):
    model = dialog.model
    return {model.row_at(i).row: model.index(i, 2).data() for i in range(model.rowCount())}


def test_import_lists_bad_rows_then_imports_the_valid_ones_and_reimport_adds_nothing(
    qtbot, window, tmp_path, monkeypatch
):
    register(window._staff_id)  # 张伟 at 徐汇区漕溪北路88号… is already known
    path = _mixed_file(tmp_path / "list.xlsx")
    _choose(monkeypatch, path)
    menu = window.export_menu
    assert menu.import_action.isVisible() and menu.import_action in menu.menu.actions()
    before = _counts()
    changed = []

    def heard(kinds, local):
        if local:  # this desk's notices; another desk's (the sync poll) may come at any time
            changed.append(kinds)

    events.bus().changed.connect(heard)

    def act(dialog):
        assert isinstance(dialog, ImportDialog) and not dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=10_000)  # checked in the background
        problems = _problems(dialog)
        assert sorted(problems) == [6, 7, 8, 9, 10, 11]
        assert "Customer name is missing." in problems[6]
        assert "12345 is not a phone number" in problems[7]
        assert "already in the database" in problems[11]
        assert dialog.summary.text() == (
            "3 rows can be imported, 5 have problems, 1 are already in the database."
        )
        assert _counts() == before  # the check wrote nothing
        report_path = tmp_path / "report.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report_path), ""))
        qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
        sheet = openpyxl.load_workbook(report_path).active
        assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [3, 4, 6, 7, 8, 9, 10, 11, 12]
        assert dialog.import_button.text() == "&Import the 3 valid rows"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported == 3, timeout=10_000)
        assert not dialog.import_button.isEnabled()
        assert dialog.error.text() == ""

    _open(qtbot, menu.import_action, act)
    assert _counts() == (before[0] + 3, before[1] + 3)
    assert Site.get(Site.contract_no == "HT-M").address == "闵行区合并路9号"
    events.bus().changed.disconnect(heard)
    assert changed == [frozenset({events.CUSTOMERS})]

    def again(dialog):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=10_000)
        assert dialog.summary.text().startswith("0 rows can be imported, 5 have problems, 4 are already")
        assert not dialog.import_button.isEnabled()
        dialog.import_valid()  # even when forced, nothing is there to write

    _open(qtbot, menu.import_action, again)
    assert _counts() == (before[0] + 3, before[1] + 3)


def test_import_nothing_closes_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    _choose(monkeypatch, _mixed_file(tmp_path / "list.xlsx"))
    before = _counts()
    dialog = ImportDialog(lambda: NOW, window._staff_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.imported is None
    assert _counts() == before


def test_a_file_without_header_row_is_explained(qtbot, window, tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    wb.active.append(["not", "a", "list"])
    wb.save(tmp_path / "other.xlsx")
    _choose(monkeypatch, tmp_path / "other.xlsx")
    dialog = ImportDialog(lambda: NOW, window._staff_id, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No header row found" in dialog.error.text(), timeout=10_000)
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_the_template_is_saved_from_the_dialog_and_imports_cleanly(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(lambda: NOW, window._staff_id, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    _choose(monkeypatch, target)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("1 rows can be imported, 0 have problems"))


def test_a_role_that_may_not_edit_sites_neither_sees_nor_runs_the_import(qtbot, window, tmp_path):
    clerk = Staff.create(name="前台小李", role="receptionist", created_at=NOW).id
    menu = ExportMenu(window, lambda: NOW, clerk)
    assert not menu.import_action.isVisible()
    report = importing.check(importing.save_template(tmp_path / "template.xlsx"))
    before = _counts()
    with pytest.raises(permissions.PermissionDenied):
        importing.apply(report, NOW, clerk)
    assert _counts() == before


def test_a_template_open_in_excel_or_on_a_full_disk_is_said_on_the_dialog(
    qtbot, window, tmp_path, monkeypatch
):
    target = tmp_path / "template.xlsx"
    target.write_bytes(b"open in Excel")
    excel_lock_file(target).write_bytes(b"owner")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(lambda: NOW, window._staff_id, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert "template.xlsx" in dialog.error.text() and dialog.saved_label.text() == ""
    assert target.read_bytes() == b"open in Excel"

    excel_lock_file(target).unlink()

    def disk_full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(importing, "save_template", disk_full)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    text = dialog.error.text()
    assert "disk is full" in text and "Errno" not in text
    assert dialog.saved_label.text() == ""
