"""Head office ▸ Consolidate packs…: the manager picks a folder of branches' packs, consolidates
them in the background and sees what became of every pack (R9)."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.models import AuditEntry
from app.registers import MONTHLY_PACK, export
from app.registers.period import parse_period
from app.registers.writer import Options
from tests.app.factories import register
from tests.conftest import NOW


def test_manager_consolidates_a_folder_of_packs_and_reads_the_outcome_R9(
    qtbot, window, tmp_path, monkeypatch
):
    register(window._staff_id, received_at=parse_period("2026-10").start.replace(day=12, hour=10))
    folder = tmp_path / "packs"
    export(
        MONTHLY_PACK, parse_period("2026-10"), folder / "SH-2026-10.xlsx", Options(), NOW, window._staff_id
    )
    (folder / "readme.xlsx").write_bytes(b"not a workbook")
    target = tmp_path / "all.xlsx"
    # The person picks the folder in the system's folder dialog.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    menu = window.head_office_menu
    assert menu.menu.menuAction().isVisible()
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() == "qt_progress":
            QTimer.singleShot(20, act)
            return
        try:
            qtbot.mouseClick(dialog.add_folder_button, Qt.MouseButton.LeftButton)
            assert dialog.files_model.stringList() == [str(folder)]
            dialog.path.selectAll()
            qtbot.keyClicks(dialog.path, str(target))
            qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter presses the primary button
            qtbot.waitUntil(lambda: dialog.report.isVisible(), timeout=20000)
            model = dialog.report_model
            seen["rows"] = [
                [model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())
            ]
            seen["summary"] = dialog.summary.text()
        finally:
            dialog.reject()

    QTimer.singleShot(0, act)
    menu.consolidate_action.trigger()
    assert seen["rows"] == [
        ["SH-2026-10.xlsx", "上海浦东售后服务部", "2026-10", "1", "consolidated"],
        ["readme.xlsx", "", "", "", "not an Excel workbook, or damaged"],
    ]
    assert seen["summary"].startswith("1 of 2 packs consolidated (1 rows)")
    wb = openpyxl.load_workbook(target)
    intake = list(wb["Intake register"].iter_rows(min_row=3, values_only=True))
    assert intake[0][0] == "上海浦东售后服务部" and intake[0][1].startswith("SH-")
    entry = AuditEntry.select().where(AuditEntry.action == "consolidate").get()
    assert entry.actor_id == window._staff_id


def test_packs_dragged_from_the_file_manager_are_added_once_R9(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from ui.head_office.consolidate_dialog import ConsolidateDialog

    dialog = ConsolidateDialog(lambda: NOW, window._staff_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.xlsx")), QUrl.fromLocalFile(str(tmp_path))])
    for _ in range(2):
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(dialog, enter)
        assert enter.isAccepted()
        drop = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(dialog, drop)
    assert dialog.files_model.stringList() == [str(tmp_path / "a.xlsx"), str(tmp_path)]
