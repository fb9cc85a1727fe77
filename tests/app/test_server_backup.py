"""Backups of a server office: pg_dump into the backup folder, rotated like file backups, restored."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app import backup, server_backup
from app import db as app_db
from app.errors import ValidationError
from app.models import Customer
from app.services import setup
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
    app_db.close()
    server_backup.restore(made, pg_url)
    app_db.connect(pg_url)
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
