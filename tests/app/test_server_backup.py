"""Backups of a server office: pg_dump into the backup folder, rotated like file backups, restored
(app/server_restore.py: what the file restore keeps, a server restore keeps too)."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from urllib.parse import urlparse

import pytest

from app import backup, server_backup, server_restore
from app import db as app_db
from app.errors import ValidationError
from app.models import AuditEntry, Customer, Staff, Ticket, TicketCounter
from app.services import audit, setup
from tests.app.factories import register
from tests.conftest import NOW

pytestmark = pytest.mark.postgres


def test_a_server_backup_is_a_checked_dump_named_like_the_file_backups_and_restores(pg_url, tmp_path):
    app_db.connect(pg_url)
    staff = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    register(staff)
    made = server_backup.back_up(pg_url, tmp_path / "usb", NOW, backup.DAILY)
    assert made.name == "office-20261123-1000-daily.dump"
    assert server_backup.check_dump(made) > 30  # tables, indexes, data: a real table of contents
    assert [b.path for b in server_backup.list_dumps(tmp_path / "usb")] == [made]
    assert list((tmp_path / "usb").glob(".office-*.part")) == []  # no half file left

    Customer.update(name="改错的名字").execute()
    admin = Staff.create(name="系统管理员", role="admin", created_at=NOW).id
    server_restore.restore_office(made, pg_url, tmp_path / "usb", admin, NOW + timedelta(hours=1))
    assert [c.name for c in Customer.select()] == ["张伟"]


def test_server_backups_rotate_with_the_office_settings(pg_url, tmp_path):
    app_db.connect(pg_url)
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    folder = tmp_path / "usb"
    made = []
    for day in range(10):  # daily backups 1–10 November; the defaults keep 7 daily, 4 weekly
        when = datetime(2026, 11, 1, 9, 0) + timedelta(days=day)
        made.append(server_backup.run_backup(pg_url, when, backup.DAILY, folder)[0])
    kept = {b.path for b in server_backup.list_dumps(folder)}
    # Hand-worked: the 7 newest days are 4–10 Nov. Weekly: the newest of ISO weeks 46 (10 Nov),
    # 45 (8 Nov) and 44 — 1 Nov 2026 is a Sunday, alone in week 44, so it stays. 2 and 3 Nov go.
    assert kept == {made[0], *made[3:]}


def test_without_pg_dump_the_backup_says_what_to_install(pg_url, tmp_path, monkeypatch):
    monkeypatch.setattr(server_backup.shutil, "which", lambda _name: None)
    with pytest.raises(ValidationError) as err:
        server_backup.back_up(pg_url, tmp_path, NOW)
    assert "pg_dump was not found" in err.value.text() and "postgresql-client" in err.value.text()
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_dump_is_refused(tmp_path):
    bogus = tmp_path / "office-20261123-1000-manual.dump"
    bogus.write_bytes(b"not a dump")
    with pytest.raises(ValidationError):
        server_backup.check_dump(bogus)


@pytest.fixture
def server_office(pg_url):
    """An office on the server: (the manager who registers, an administrator who restores)."""
    app_db.connect(pg_url)
    manager = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    return manager, Staff.create(name="系统管理员", role="admin", created_at=NOW).id


def test_a_restored_older_server_backup_keeps_the_ticket_counter_and_the_later_audit_rows_R1_6_R10_2(
    server_office, pg_url, tmp_path
):
    manager, admin = server_office
    folder = tmp_path / "backups"
    first = register(manager)
    assert first.number == "SH-20261123-0001"
    taken = server_backup.back_up(pg_url, folder, NOW, backup.MANUAL)
    second = register(manager, now=NOW + timedelta(minutes=5))  # after the backup …
    audit.record(manager, "export", "register", "intake", NOW + timedelta(minutes=6), {"rows": (None, 2)})
    later_rows = AuditEntry.select().where(AuditEntry.at > NOW).count()
    assert later_rows >= 2  # the second ticket's registration and the export

    report = server_restore.restore_office(taken, pg_url, folder, admin, NOW + timedelta(hours=1))

    assert [t.number for t in Ticket.select()] == ["SH-20261123-0001"]  # the state of the backup
    # Hand-worked: the counter's high-water mark 2 survived, so the next number is 0003, never
    # the 0002 the second customer was already given.
    assert register(manager, now=NOW + timedelta(hours=2)).number == "SH-20261123-0003"
    kept = [
        e for e in AuditEntry.select().order_by(AuditEntry.id) if NOW < e.at <= NOW + timedelta(minutes=6)
    ]
    assert len(kept) == later_rows == report.audit_rows_kept
    assert {"export", "register"} <= {e.action for e in kept}
    assert any(e.entity_id == second.number for e in kept)
    (note,) = AuditEntry.select().where(AuditEntry.action == "restore_kept")
    assert json.loads(note.changes)["audit_rows_kept"] == [None, later_rows]
    assert note.at == NOW + timedelta(hours=1)
    (done,) = AuditEntry.select().where(AuditEntry.action == "restore")
    assert (done.actor_id, done.entity_id) == (admin, taken.name)  # who restored which backup
    assert json.loads(done.changes)["previous_state"] == [None, report.saved.name]
    assert backup.parse_name(report.saved, ".dump").kind == backup.BEFORE_RESTORE
    assert audit.verify_chain(admin).intact  # kept rows are chained on, not forged in
    leftovers = app_db.database.execute_sql(
        "SELECT count(*) FROM pg_tables WHERE tablename LIKE %s", ("restore_keep%",)
    )
    assert leftovers.fetchone()[0] == 0


def test_restoring_the_same_server_state_keeps_nothing_twice_and_names_a_restorer_the_backup_lacks_R10_2(
    server_office, pg_url, tmp_path
):
    manager, _admin = server_office
    register(manager)
    taken = server_backup.back_up(pg_url, tmp_path, NOW, backup.MANUAL)
    newcomer = Staff.create(name="新来的管理员", role="admin", created_at=NOW).id  # not in the backup
    before = AuditEntry.select().count()
    report = server_restore.restore_office(taken, pg_url, tmp_path, newcomer, NOW + timedelta(hours=1))
    assert report.audit_rows_kept == 0 and report.counters_kept == 0
    assert AuditEntry.select().count() == before + 2  # what was kept (nothing) and the restore
    done = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (done.action, done.actor_id, done.actor_name) == ("restore", None, "新来的管理员")
    assert audit.verify_chain(manager).intact


def test_a_restore_is_refused_while_other_desks_are_connected(server_office, pg_url, tmp_path):
    import psycopg2

    manager, admin = server_office
    register(manager)
    taken = server_backup.back_up(pg_url, tmp_path / "usb", NOW, backup.MANUAL)
    register(manager)
    parsed = urlparse(pg_url)
    desks = [
        psycopg2.connect(
            host=parsed.hostname,
            port=parsed.port,
            user=parsed.username,
            dbname=parsed.path.lstrip("/"),
            application_name=name,
        )
        for name in ("ServiceOffice/0a1b2c FRONT-DESK", "psql", "ServiceOffice/3d4e5f ????????????")
    ]
    try:
        with pytest.raises(ValidationError) as err:
            server_restore.restore_office(taken, pg_url, tmp_path / "usb", admin, NOW)
    finally:
        for desk in desks:
            desk.close()
    # A computer named in Chinese reaches the server as question marks: its address stands in.
    assert err.value.text() == (
        "Other desks are connected to the office database (127.0.0.1, FRONT-DESK, psql 127.0.0.1); "
        "close the program there first, then restore."
    )
    assert Ticket.select().count() == 2  # nothing changed, nothing set aside
    assert [b.kind for b in server_backup.list_dumps(tmp_path / "usb")] == [backup.MANUAL]
    # This desk's own connections (the window's, a worker's) are not other desks. The server
    # ends a closed connection's backend a moment after the close: wait (bounded) for that.
    deadline = time.monotonic() + 10
    while server_restore.other_desks() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server_restore.other_desks() == []


def test_a_backup_of_an_older_program_is_restored_and_brought_up_to_date(
    server_office, pg_url, pg_empty_url, tmp_path
):
    from app.migrations import latest_version, schema_version, upgrade

    manager, admin = server_office
    register(manager)
    old = app_db.open_database(pg_empty_url)
    upgrade(old, target="0040_office_hours")  # before the tables of calls, escalations, answers, …
    old.close()
    taken = server_backup.back_up(pg_empty_url, tmp_path, NOW, backup.MANUAL)
    assert server_restore.dump_info(taken).schema_version == 40

    server_restore.restore_office(taken, pg_url, tmp_path, admin, NOW + timedelta(hours=1))
    assert schema_version(app_db.database.obj) == latest_version()
    assert Ticket.select().count() == 0 and Staff.select().count() == 0  # the old backup's office
    # The empty old office had no counter: the live one's high-water mark came along (R1.6).
    assert [(c.branch_code, c.last_seq) for c in TicketCounter.select()] == [("SH", 1)]
    (kept,) = AuditEntry.select().where(AuditEntry.action == "register")
    assert (kept.actor_id, kept.actor_name) == (None, "王丽")  # not on the old staff list: the name stays


def test_a_backup_made_by_a_newer_program_is_refused_before_anything_changes(server_office, pg_url, tmp_path):
    manager, admin = server_office
    register(manager)
    app_db.database.execute_sql("INSERT INTO schema_migration VALUES ('9999_future', '2030-01-01')")
    taken = server_backup.back_up(pg_url, tmp_path, NOW, backup.MANUAL)
    app_db.database.execute_sql("DELETE FROM schema_migration WHERE name = '9999_future'")
    with pytest.raises(ValidationError) as err:
        server_restore.restore_office(taken, pg_url, tmp_path, admin, NOW)
    assert "newer version of the program (schema 9999)" in err.value.text()
    assert [b.kind for b in server_backup.list_dumps(tmp_path)] == [backup.MANUAL]


def test_without_psql_a_restore_says_what_to_install(server_office, pg_url, tmp_path, monkeypatch):
    _manager, admin = server_office
    taken = server_backup.back_up(pg_url, tmp_path, NOW, backup.MANUAL)
    real = server_backup.shutil.which
    monkeypatch.setattr(server_backup.shutil, "which", lambda name: None if name == "psql" else real(name))
    with pytest.raises(ValidationError) as err:
        server_restore.restore_office(taken, pg_url, tmp_path, admin, NOW)
    assert "psql was not found" in err.value.text() and "postgresql-client" in err.value.text()


def test_a_restore_whose_carry_over_fails_says_where_the_state_before_it_is(
    server_office, pg_url, tmp_path, monkeypatch
):
    manager, admin = server_office
    register(manager)
    taken = server_backup.back_up(pg_url, tmp_path, NOW, backup.MANUAL)
    register(manager)

    def fails(*_args):
        raise RuntimeError("disk full on the server")

    monkeypatch.setattr(server_restore, "_carry_over", fails)
    with pytest.raises(server_restore.RestoreIncomplete) as err:
        server_restore.restore_office(taken, pg_url, tmp_path, admin, NOW + timedelta(hours=1))
    (before,) = [b for b in server_backup.list_dumps(tmp_path) if b.kind == backup.BEFORE_RESTORE]
    assert "(disk full on the server)" in err.value.text() and str(before.path) in err.value.text()
    assert Ticket.select().count() == 1  # the backup's data is in place
