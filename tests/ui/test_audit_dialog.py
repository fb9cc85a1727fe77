"""The manager reads the audit trail as a ledger, filters it by a person and exports it (R10.2)."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app import sla
from app.services import calendar_admin, time_limits
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from ui.audit_dialog import AuditDialog


def _texts(dialog, column):
    m = dialog.model
    return [m.index(r, column).data() for r in range(m.rowCount())]


def test_the_manager_filters_the_trail_by_a_person_and_exports_it_R10_2(
    qtbot, window, admin, tmp_path, monkeypatch
):
    calendar_admin.set_day(date(2026, 12, 3), False, "", admin, NOW - timedelta(hours=2))
    time_limits.save_limits(
        {"repair_simple": sla.Limit(7, sla.WORKING_DAYS)}, admin, NOW - timedelta(hours=1)
    )
    dialog = AuditDialog(lambda: NOW, window, window._staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    what = _texts(dialog, 3)
    assert "set 2026-12-03 as a rest day" in what
    assert "changed the Simple repairs limit from 5 working days to 7 working days" in what
    assert not any("{" in w or "is_workday" in w for w in what)  # no JSON, no codes

    # by a person: the administrator's entries only, each saying who with the role
    dialog.user.setFocus()
    dialog.user.setCurrentIndex(dialog.user.findText("系统管理员"))
    assert set(_texts(dialog, 1)) == {"系统管理员 · Administrator"}
    type_text(qtbot, dialog.text, "rest day")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert _texts(dialog, 2) == ["2026-12-03"]
    dialog.text.clear()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)

    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.saved_label.text(), timeout=10000)
    ws = load_workbook(target).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[1] == ["When", "Who", "Role", "What", "Record"]
    body = values[2:]
    assert [r[3] for r in body] == _texts(dialog, 3)
    assert {r[1] for r in body} == {"系统管理员"} and {r[2] for r in body} == {"Administrator"}
    assert "set 2026-12-03 as a rest day" in [r[3] for r in body]
    assert "系统管理员" in values[0][0]  # the filters chosen are in the title

    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
