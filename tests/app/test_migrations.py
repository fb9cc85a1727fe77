"""Numbered migrations: an old database opens in the new version with its data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee
import pytest

from app import db as app_db
from app.migrations import applied, available, latest_version, schema_version, upgrade
from app.models import ALL_MODELS, Customer, Ticket
from app.services import settings
from tests.conftest import NOW


def test_a_database_written_by_migration_0001_opens_with_its_data(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.db", path)
    database = app_db.connect(str(path))
    try:
        assert applied(database) == available()
        assert schema_version(database) == latest_version()
        assert settings.branch().code == "SH"
        ticket = Ticket.get(Ticket.number == "SH-20260105-0001")
        assert ticket.customer.name == "张伟" and ticket.site.contract_no == "HT2024-0042"
        assert Customer.select().count() == 1
        # The upgraded database keeps working: the next number continues, never repeats.
        from tests.app.factories import register

        reg = register(1, now=NOW, received_at=ticket.received_at, confirmed_repeat=True)
        assert reg.number == "SH-20260105-0002"
    finally:
        app_db.close()


def test_migrating_twice_does_nothing(fresh_db):
    assert upgrade(fresh_db) == []


def test_migrated_schema_matches_the_models(fresh_db):
    """Catches a model edited without a migration (or a migration that drifted)."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        in_db = {c.name for c in fresh_db.get_columns(table)}
        in_model = {f.column_name for f in model._meta.sorted_fields}
        assert in_db == in_model, table


@pytest.mark.sqlite_only
def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(fresh_db):
    pragma = lambda name: fresh_db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 5000


def test_network_share_is_refused(tmp_path, monkeypatch):
    import pytest

    from app.errors import DatabaseLocationError

    monkeypatch.setattr(app_db, "_mount_fs_type", lambda path: "cifs")
    with pytest.raises(DatabaseLocationError):
        app_db.open_database(str(tmp_path / "x.db"))
    with pytest.raises(DatabaseLocationError):
        app_db.open_database("//fileserver/share/office.db")
    assert isinstance(app_db.open_database(":memory:"), peewee.SqliteDatabase)
