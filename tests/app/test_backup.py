"""Issue 7: backups (online copy, rotation, checks), restore, and the start-up health check."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backup, health
from app import db as app_db
from app.errors import ValidationError
from app.models import AuditEntry, Ticket
from app.services import intake
from tests.app.factories import new_ticket_input
from tests.conftest import NOW


def _register(staff_id: int, i: int) -> str:
    data = new_ticket_input(staff_id, new_customer=intake.CustomerInput(f"客户{i}", [f"1390000{i:04d}"]))
    return intake.register_ticket(data, NOW).number


def _tickets_in(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute('SELECT "number" FROM "ticket"')}
    finally:
        conn.close()


def _touch_backup(folder: Path, when: datetime, kind: str = backup.DAILY) -> Path:
    path = folder / f"office-{when:%Y%m%d-%H%M}-{kind}.db"
    path.write_bytes(b"")
    return path


def _corrupt(path: Path) -> None:
    """Overwrite the middle half of the file (its tables and indexes) with garbage."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 4)
        f.write(bytes(range(256)) * (size // 2 // 256))


@pytest.fixture
def db_file(tmp_path, office) -> Path:
    return tmp_path / "office.db"


@pytest.mark.sqlite_only
def test_back_up_makes_a_checked_copy_named_for_its_time_and_kind(db_file, office, tmp_path):
    numbers = {_register(office, i) for i in range(3)}
    folder = tmp_path / "usb" / "backups"
    made = backup.back_up(db_file, folder, NOW, "daily")
    assert made == folder / "office-20261123-1000-daily.db"
    assert _tickets_in(made) == numbers
    assert backup.check_backup(made).schema_version >= 1
    assert [p.name for p in folder.iterdir()] == [made.name]  # no temporary file left behind
    # A backup is one self-contained file (not in WAL mode): copying it alone is enough.
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.sqlite_only
def test_two_backups_in_one_minute_are_both_kept(db_file, office, tmp_path):
    first = backup.back_up(db_file, tmp_path / "b", NOW, "before-restore")
    second = backup.back_up(db_file, tmp_path / "b", NOW, "before-restore")
    assert first != second and first.exists() and second.exists()
    assert second.name == "office-20261123-1000-before-restore-2.db"
    assert backup.list_backups(tmp_path / "b")[0].path == second


@pytest.mark.sqlite_only
def test_back_up_to_a_missing_usb_drive_raises_oserror_and_leaves_nothing(db_file, office, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(OSError):
        backup.back_up(db_file, not_a_folder / "backups", NOW)


@pytest.mark.sqlite_only
def test_backup_round_trip_while_another_connection_is_writing(db_file, office, tmp_path):
    folder = tmp_path / "backups"
    saved: list[str] = []
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            with app_db.database.connection_context():
                i = 0
                while not stop.is_set():
                    saved.append(_register(office, i))
                    i += 1
        except BaseException as err:  # reported by the test thread
            failures.append(err)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backups = []
        for k in range(5):
            deadline = time.monotonic() + 20
            while len(saved) < 5 * (k + 1) and not failures and time.monotonic() < deadline:
                time.sleep(0.01)
            assert not failures and len(saved) >= 5 * (k + 1)
            before = set(saved)
            made = backup.back_up(db_file, folder, NOW + timedelta(minutes=k))
            after = set(saved)
            in_copy = _tickets_in(made)
            assert before <= in_copy <= after  # a consistent snapshot taken during the writes
            backups.append((made, in_copy))
    finally:
        stop.set()
        thread.join(30)
    assert not failures
    restored_from, expected = backups[2]
    app_db.close()
    saved_state = backup.restore(restored_from, db_file, folder, NOW + timedelta(hours=1))
    assert saved_state is not None and saved_state.name.endswith("-before-restore.db")
    assert _tickets_in(saved_state) == set(saved)  # the state before the restore is kept
    assert not Path(f"{db_file}-wal").exists() or Path(f"{db_file}-wal").stat().st_size == 0
    app_db.connect(str(db_file))
    assert {t.number for t in Ticket.select()} == expected
    assert health.quick_check(db_file)


def test_rotation_keeps_newest_per_day_week_and_month_and_only_touches_our_automatic_files(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    start = datetime(2026, 1, 1, 9, 0)
    made = []
    for day in range(330):  # one daily and one exit backup every day for most of a year
        made.append(_touch_backup(folder, start + timedelta(days=day), backup.DAILY))
        made.append(_touch_backup(folder, start + timedelta(days=day, hours=9), backup.EXIT))
    manual = _touch_backup(folder, start, backup.MANUAL)
    before_restore = _touch_backup(folder, start, backup.BEFORE_RESTORE)
    foreign = folder / "photos.db"
    foreign.write_text("mine")
    also_foreign = folder / "office-notes.txt"
    also_foreign.write_text("mine")
    now = start + timedelta(days=329, hours=10)

    deleted = backup.rotate(folder, 7, 4, 12, now)

    left = backup.list_backups(folder)
    automatic = [b for b in left if b.kind in backup.AUTOMATIC_KINDS]
    days = {b.taken_at.date() for b in automatic}
    # The newest 7 days (their exit backups, the newest of each day) …
    newest_days = [(now - timedelta(days=d)).date() for d in range(7)]
    assert set(newest_days) <= days
    assert all(b.kind == backup.EXIT for b in automatic)
    # … plus the newest of each of 4 ISO weeks and 12 months (the whole span: 11 months).
    weeks = {b.taken_at.isocalendar()[:2] for b in automatic}
    months = {(b.taken_at.year, b.taken_at.month) for b in automatic}
    assert len(weeks) >= 4 and len(months) == 11
    assert len(automatic) <= 7 + 4 + 12
    assert len(deleted) == 660 - len(automatic)
    assert manual.exists() and before_restore.exists() and foreign.exists() and also_foreign.exists()
    # Running it again deletes nothing more.
    assert backup.rotate(folder, 7, 4, 12, now) == []


def test_rotation_counts_from_the_settings(office):
    from app.services import settings

    assert backup.rotation_counts() == (7, 4, 12)
    settings.put(backup.KEEP_DAILY_KEY, 3)
    settings.put(backup.KEEP_MONTHLY_KEY, "nonsense")
    assert backup.rotation_counts() == (3, 4, 12)


def test_a_backup_is_due_until_one_dated_today_exists(tmp_path):
    folder = tmp_path / "b"
    assert backup.backup_due_today(folder, NOW)  # no folder yet (USB drive not in)
    folder.mkdir()
    _touch_backup(folder, NOW - timedelta(days=1), backup.EXIT)
    assert backup.backup_due_today(folder, NOW)
    _touch_backup(folder, NOW.replace(hour=8), backup.EXIT)
    assert not backup.backup_due_today(folder, NOW)


@pytest.mark.sqlite_only
def test_check_backup_refuses_what_is_not_a_healthy_office_database_of_a_known_version(
    db_file, office, tmp_path
):
    good = backup.back_up(db_file, tmp_path / "b", NOW)
    info = backup.check_backup(good)
    assert info.taken_at == NOW and info.size > 0

    text = tmp_path / "notes.db"
    text.write_text("not a database " * 200)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO schema_migration VALUES ('9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes())
    _corrupt(damaged)

    for path, words in (
        (text, "not an office database"),
        (other, "not an office database"),
        (newer, "newer version"),
        (damaged, "damaged"),
        (tmp_path / "missing.db", "does not exist"),
    ):
        with pytest.raises(ValidationError) as caught:
            backup.check_backup(path)
        assert words in caught.value.text(), path


@pytest.mark.sqlite_only
def test_newest_healthy_backup_skips_damaged_ones(db_file, office, tmp_path):
    folder = tmp_path / "b"
    older = backup.back_up(db_file, folder, NOW - timedelta(days=1), backup.DAILY)
    newer = backup.back_up(db_file, folder, NOW, backup.DAILY)
    assert backup.newest_healthy_backup(folder) == newer
    _corrupt(newer)
    assert backup.newest_healthy_backup(folder) == older
    assert backup.newest_healthy_backup(tmp_path / "nowhere") is None


@pytest.mark.sqlite_only
def test_a_damaged_database_is_found_at_start_and_the_newest_healthy_backup_restores_it(
    db_file, office, tmp_path
):
    numbers = {_register(office, i) for i in range(4)}
    folder = tmp_path / "b"
    backup.back_up(db_file, folder, NOW)
    app_db.close()
    assert health.quick_check(db_file)
    _corrupt(db_file)

    assert not health.quick_check(db_file)
    newest = backup.newest_healthy_backup(folder)
    assert newest is not None
    kept = backup.restore(newest, db_file, folder, NOW + timedelta(minutes=5))

    assert kept is not None and kept.name.endswith("-damaged.db")  # the damaged file is set aside
    assert health.quick_check(db_file)
    app_db.connect(str(db_file))
    assert {t.number for t in Ticket.select()} == numbers


@pytest.mark.sqlite_only
def test_restore_refuses_a_bad_file_and_changes_nothing(db_file, office, tmp_path):
    _register(office, 1)
    app_db.close()
    before = db_file.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_text("hello " * 500)
    with pytest.raises(ValidationError):
        backup.restore(bad, db_file, tmp_path / "b", NOW)
    assert db_file.read_bytes() == before
    assert backup.list_backups(tmp_path / "b") == []


def test_health_check_of_files_that_are_not_databases(tmp_path):
    assert health.quick_check(tmp_path / "not-yet-created.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01garbage" * 1000)
    assert not health.quick_check(junk)
    assert not health.quick_check(tmp_path)  # a folder


@pytest.mark.sqlite_only
def test_the_backup_folder_is_a_setting_the_administrator_changes_with_an_audit_entry(
    admin, office, tmp_path, db_file
):
    from app.permissions import PermissionDenied

    assert backup.configured_folder() == Path(tmp_path / "userdata" / "backups")
    with pytest.raises(PermissionDenied):
        backup.set_folder(tmp_path / "usb", office, NOW)  # the manager may not
    backup.set_folder(tmp_path / "usb", admin, NOW)
    assert backup.configured_folder() == tmp_path / "usb"
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.entity_id) == ("edit", backup.FOLDER_KEY)
    # Readable straight from the file at start-up, before the program connects.
    assert backup.folder_in_file(db_file) == tmp_path / "usb"
    assert backup.folder_in_file(tmp_path / "missing.db") is None


@pytest.mark.sqlite_only
def test_run_backup_backs_up_and_rotates_with_the_settings(db_file, office, tmp_path):
    from app.services import settings

    folder = tmp_path / "b"
    folder.mkdir()
    for d in range(1, 10):
        _touch_backup(folder, NOW - timedelta(days=d), backup.DAILY)
    settings.put(backup.KEEP_DAILY_KEY, 2)
    settings.put(backup.KEEP_WEEKLY_KEY, 0)
    settings.put(backup.KEEP_MONTHLY_KEY, 0)
    made, rotated = backup.run_backup(db_file, NOW, backup.DAILY, folder)
    assert made.exists()
    assert [b.taken_at.date() for b in backup.list_backups(folder)] == [
        NOW.date(),
        (NOW - timedelta(days=1)).date(),
    ]
    assert len(rotated) == 8
