"""Numbered migrations: an old database opens in the new version with its data intact."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import peewee
import pytest

from app import db as app_db
from app.migrations import applied, available, latest_version, schema_version, upgrade
from app.models import ALL_MODELS, Customer, Setting, Ticket
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
        # 0040: the old office gets the default office hours as a stored, editable setting (R3.0)
        stored = Setting.get(Setting.key == settings.OFFICE_HOURS)
        assert json.loads(stored.value) == {"opens": "09:00", "closes": "18:00"}
        assert settings.office_hours() == (dt.time(9, 0), dt.time(18, 0))
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


def test_a_complaint_written_before_0070_keeps_its_steps_and_gains_empty_contents(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.db", path)
    raw = sqlite3.connect(path)
    tid = raw.execute("SELECT id FROM ticket WHERE number = 'SH-20260105-0001'").fetchone()[0]
    raw.execute("UPDATE ticket SET kind = 'complaint' WHERE id = ?", (tid,))
    raw.execute(
        "INSERT INTO complaint (ticket_id, complaint_type, investigation, validity_reason, plan, answer,"
        " follow_up, customer_escalation_note, valid) VALUES (?, 'fees', '查过合同', '按合同收费', '', '', '', '', 0)",
        (tid,),
    )
    raw.commit()
    raw.close()
    app_db.connect(str(path))
    try:
        from app.models import Complaint
        from app.services import complaints

        c = Complaint.get(Complaint.ticket == tid)
        assert (c.complaint_type, c.investigation, c.valid) == ("fees", "查过合同", False)
        assert (c.result_text, c.customer_satisfied, c.acceptance_remarks, c.plan_returned_reason) == (
            "",
            None,
            "",
            "",
        )
        assert {"classify", "investigation", "validity"} <= complaints.state(tid).done
    finally:
        app_db.close()


def test_0041_carries_an_old_single_escalation_over_and_0040_gives_default_hours(tmp_path):
    """R3.2: the recipient an escalated ticket held before 0041 becomes its first kept escalation."""
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.db", path)
    raw = peewee.SqliteDatabase(str(path))
    upgrade(raw, target="0002_search_index")
    raw.execute_sql(
        "UPDATE ticket SET escalated = 1, escalated_to = 'supervisor', updated_at = '2026-01-06 09:00:00' "
        "WHERE number = 'SH-20260105-0001'"
    )
    raw.close()
    database = app_db.connect(str(path))
    try:
        from app.models import TicketEscalation
        from app.services import follow_ups

        ticket = Ticket.get(Ticket.number == "SH-20260105-0001")
        assert follow_ups.escalations_of(ticket.id) == [("supervisor", dt.datetime(2026, 1, 6, 9, 0), ())]
        assert TicketEscalation.select().count() == 1
        assert applied(database) == available()
    finally:
        app_db.close()
