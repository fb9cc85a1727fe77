"""R10.2: the audit browser verifies the hash chain and shows a break."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import AuditEntry
from app.services import audit
from tests.app.test_audit_protection import _tamper
from tests.conftest import NOW
from ui.audit_dialog import AuditDialog


def test_the_audit_browser_verifies_the_chain_and_shows_a_break_R10_2(
    qtbot, tmp_path, office, admin, languages
):
    for n in range(3):
        audit.record(office, "export", "register", "intake", NOW, {"rows": (None, n)})
    dialog = AuditDialog(lambda: NOW, None, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert "intact" in dialog.verdict.text() and "4" in dialog.verdict.text()
    second = AuditEntry.select().order_by(AuditEntry.id).offset(2).first().id
    _tamper(
        tmp_path / "office.db", 'UPDATE "audit_entry" SET "actor_name" = ? WHERE "id" = ?', "某人", second
    )
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert "broken" in dialog.verdict.text() and "2026-11-23 10:00" in dialog.verdict.text()
