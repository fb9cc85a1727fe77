"""R10.2: the audit trail is protected in the database — UPDATE and DELETE refused, each row's
hash chained to the one before, the chain verifiable — and only roles that may read protected
data read the trail and the appraisals (R10.1)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from app import db as app_db
from app.models import AuditEntry, Staff
from app.permissions import PermissionDenied
from app.services import appraisal, audit, setup
from tests.conftest import NOW

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _tamper(path: Path, sql: str, *params) -> None:
    """What a person with any SQLite tool could do: drop the guard, change a row, put it back."""
    conn = sqlite3.connect(path)
    (update_sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_entry_no_update'"
    ).fetchone()
    (delete_sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_entry_no_delete'"
    ).fetchone()
    conn.execute('DROP TRIGGER "audit_entry_no_update"')
    conn.execute('DROP TRIGGER "audit_entry_no_delete"')
    conn.execute(sql, params)
    conn.execute(update_sql)
    conn.execute(delete_sql)
    conn.commit()
    conn.close()


def test_the_first_rows_hash_is_the_documented_formula_R10_2(office):
    first = AuditEntry.select().order_by(AuditEntry.id).first()
    fields = [
        "2026-11-23 10:00:00",
        str(office),
        "王丽",
        "set_up",
        "branch",
        "SH",
        '{"name": [null, "上海浦东售后服务部"]}',
    ]
    expected = hashlib.sha256(("" + "\x1e" + "\x1f".join(fields)).encode("utf-8")).hexdigest()
    assert (first.action, first.changes) == ("set_up", fields[-1])
    assert first.row_hash == expected


def test_update_and_delete_of_audit_rows_are_refused_by_the_database_R10_2(office, tmp_path):
    audit.record(office, "export", "register", "intake", NOW, {"rows": (None, 3)})
    with pytest.raises(peewee.IntegrityError, match="audit trail"):
        AuditEntry.update(actor_name="someone else").execute()
    with pytest.raises(peewee.IntegrityError, match="audit trail"):
        AuditEntry.delete().execute()
    if isinstance(app_db.database.obj, peewee.SqliteDatabase):
        conn = sqlite3.connect(tmp_path / "office.db")  # any other SQLite client: refused too
        with pytest.raises(sqlite3.DatabaseError, match="audit trail"):
            conn.execute('DELETE FROM "audit_entry"')
        conn.close()
    assert AuditEntry.select().count() == 2 and audit.verify_chain(office).intact


@pytest.mark.sqlite_only  # the tampering is done with SQLite's own client, on the file
def test_an_edited_or_deleted_row_breaks_the_chain_where_it_happened_R10_2(office, tmp_path):
    for n in range(4):
        audit.record(office, "export", "register", "intake", NOW, {"rows": (None, n)})
    ids = [e.id for e in AuditEntry.select().order_by(AuditEntry.id)]
    check = audit.verify_chain(office)
    assert check.intact and check.rows == 5
    app_db.close()
    path = tmp_path / "office.db"
    _tamper(path, 'UPDATE "audit_entry" SET "changes" = ? WHERE "id" = ?', '{"rows": [null, 99]}', ids[2])
    app_db.connect(str(path))
    check = audit.verify_chain(office)
    assert not check.intact and check.broken_id == ids[2] and check.broken_at == NOW
    app_db.close()
    shutil.copy(path, tmp_path / "second.db")
    _tamper(tmp_path / "second.db", 'DELETE FROM "audit_entry" WHERE "id" IN (?, ?)', ids[1], ids[2])
    app_db.connect(str(tmp_path / "second.db"))
    assert audit.verify_chain(office).broken_id == ids[3]  # the row after the deleted ones


def test_an_older_database_is_sealed_on_upgrade_with_its_data_intact_R10_2(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_0001.db", path)
    conn = sqlite3.connect(path)
    before = conn.execute('SELECT "id", "action", "changes" FROM "audit_entry" ORDER BY "id"').fetchall()
    conn.close()
    app_db.connect(str(path))
    try:
        after = [(e.id, e.action, e.changes) for e in AuditEntry.select().order_by(AuditEntry.id)]
        assert after == before
        admin = Staff.create(name="系统管理员", role="admin", created_at=NOW).id
        audit.record(admin, "sign_in", "staff", admin, NOW)
        check = audit.verify_chain(admin)
        assert check.intact and check.rows == len(before) + 1
        with pytest.raises(peewee.IntegrityError):
            AuditEntry.delete().execute()
    finally:
        app_db.close()


def test_the_demo_history_is_chained_too_R10_2(office):
    from app.demo import fill_demo_office

    fill_demo_office(NOW, seed=3, customers=8, tickets=40)
    check = audit.verify_chain(office)
    assert check.intact and check.rows > 40


def test_reading_the_trail_and_the_appraisals_needs_the_role_R10_1(office):
    desk = Staff.create(name="李强", role="receptionist", created_at=NOW).id
    tech = Staff.create(name="张伟", role="technician", created_at=NOW).id
    for who in (desk, tech, None):
        with pytest.raises(PermissionDenied):
            audit.browse(viewer_id=who)
        with pytest.raises(PermissionDenied):
            audit.verify_chain(who)
        with pytest.raises(PermissionDenied):
            appraisal.appraise_month("2026-10", viewer_id=who)
    assert [r.action for r in audit.browse(viewer_id=office)] == ["set_up"]
    assert appraisal.appraise_month("2026-10", viewer_id=office).month == "2026-10"


@pytest.mark.postgres
def test_postgresql_refuses_changes_to_the_audit_trail_R10_2(pg_url):
    app_db.connect(pg_url)
    staff = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    audit.record(staff, "export", "register", "intake", NOW)
    for statement in (
        'UPDATE "audit_entry" SET "actor_name" = \'x\'',
        'DELETE FROM "audit_entry"',
        'TRUNCATE "audit_entry"',
    ):
        # 23001, as SQLite's RAISE(ABORT): the same IntegrityError on both backends (0102)
        with pytest.raises(peewee.IntegrityError, match="audit trail"), app_db.database.atomic():
            app_db.database.execute_sql(statement)
    check = audit.verify_chain(staff)
    assert check.intact and check.rows == 2
