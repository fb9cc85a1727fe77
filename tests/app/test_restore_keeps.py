"""R1.6, R10.2, R5.7: restoring an older backup never reissues a ticket number and never silently
drops the audit rows written after that backup; the restore is itself in the trail."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from app import backup
from app import db as app_db
from app.models import AuditEntry, Ticket
from app.services import audit
from tests.app.factories import register
from tests.conftest import NOW

# Restoring a SQLite file backup; a server office is restored from pg_dump (test_server_backup).
pytestmark = pytest.mark.sqlite_only


def test_a_restored_older_backup_keeps_the_ticket_counter_and_the_later_audit_rows_R1_6_R10_2(
    office, tmp_path
):
    db_path = tmp_path / "office.db"
    folder = tmp_path / "backups"
    first = register(office)
    assert first.number == "SH-20261123-0001"
    taken = backup.back_up(db_path, folder, NOW, backup.MANUAL)
    second = register(office, now=NOW + timedelta(minutes=5))  # after the backup …
    audit.record(office, "export", "register", "intake", NOW + timedelta(minutes=6), {"rows": (None, 2)})
    assert second.number == "SH-20261123-0002"
    later_rows = AuditEntry.select().where(AuditEntry.at > NOW).count()
    assert later_rows >= 2  # the second ticket's registration and the export
    app_db.close()

    backup.restore(taken, db_path, folder, NOW + timedelta(hours=1))  # … and the office goes back
    app_db.connect(str(db_path))
    assert [t.number for t in Ticket.select()] == ["SH-20261123-0001"]  # the state of the backup
    third = register(office, now=NOW + timedelta(hours=2))
    # Hand-worked: the counter's high-water mark 2 survived, so the next number is 0003, never
    # the 0002 the second customer was already given.
    assert third.number == "SH-20261123-0003"
    kept = [
        e for e in AuditEntry.select().order_by(AuditEntry.id) if NOW < e.at <= NOW + timedelta(minutes=6)
    ]
    assert len(kept) == later_rows
    assert {"export", "register"} <= {e.action for e in kept}
    assert any(e.entity_id == second.number for e in kept)
    (note,) = AuditEntry.select().where(AuditEntry.action == "restore_kept")
    assert json.loads(note.changes)["audit_rows_kept"] == [None, later_rows]
    assert note.at == NOW + timedelta(hours=1)
    assert audit.verify_chain(office).intact  # kept rows are chained on, not forged in


def test_restoring_the_same_state_keeps_nothing_twice_R10_2(office, tmp_path):
    db_path = tmp_path / "office.db"
    register(office)
    taken = backup.back_up(db_path, tmp_path / "backups", NOW, backup.MANUAL)
    before = AuditEntry.select().count()
    app_db.close()
    backup.restore(taken, db_path, tmp_path / "backups", NOW + timedelta(hours=1))
    app_db.connect(str(db_path))
    assert AuditEntry.select().count() == before + 1  # only the restore's own row
    assert audit.verify_chain(office).intact
