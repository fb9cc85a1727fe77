"""Moving an office from its SQLite file to a PostgreSQL server and back, verified table by table."""

from __future__ import annotations

import pytest

from app import db as app_db
from app import transfer
from app.errors import ValidationError
from app.models import AuditEntry, Customer, Ticket, WorkOrder
from app.services import setup
from tests.conftest import NOW

pytestmark = pytest.mark.postgres


@pytest.fixture
def file_office(tmp_path):
    """A demo office in a SQLite file (60 customers, 200 tickets, orders, audit entries …)."""
    from app.demo import fill_demo_office

    path = str(tmp_path / "office.db")
    app_db.connect(path)
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    fill_demo_office(NOW, customers=60, tickets=200)
    counts = (Customer.select().count(), Ticket.select().count(), WorkOrder.select().count())
    app_db.close()
    return path, counts


def test_an_office_moves_to_the_server_and_back_with_every_row_verified(file_office, pg_empty_url, tmp_path):
    path, (customers, tickets, orders) = file_office
    report = transfer.move_office(path, pg_empty_url)
    by_table = {t.table: t for t in report.tables}
    assert by_table["ticket"].rows == tickets and by_table["customer"].rows == customers
    assert by_table["work_order"].rows == orders
    assert by_table["audit_entry"].rows > 0

    app_db.connect(pg_empty_url)
    assert Ticket.select().count() == tickets
    # The server continues where the file stopped: ids and ticket numbers never repeat.
    from tests.app.factories import register

    last_id = Ticket.select(Ticket.id).order_by(Ticket.id.desc()).scalar()
    reg = register(1, received_at=Ticket.select().order_by(Ticket.received_at.desc()).get().received_at)
    assert reg.ticket_id == last_id + 1
    assert Ticket.select().where(Ticket.number == reg.number).count() == 1
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).get().entity_id == reg.number
    app_db.close()

    # … and back to a file for a branch going offline: the same checks in the other direction.
    back = str(tmp_path / "branch.db")
    report_back = transfer.move_office(pg_empty_url, back)
    assert {t.table: t.rows for t in report_back.tables}["ticket"] == tickets + 1
    assert transfer.table_checks(app_db.open_database(back)) == report_back.tables


def test_moving_onto_a_database_that_holds_an_office_is_refused_and_changes_nothing(file_office, pg_url):
    path, _counts = file_office
    app_db.connect(pg_url)
    setup.set_up_branch("另一个分公司", "BJ", "李", NOW, role="admin")
    app_db.close()
    with pytest.raises(ValidationError) as err:
        transfer.move_office(path, pg_url)
    assert "already holds an office" in err.value.text()
    app_db.connect(pg_url)
    from app.services import settings

    assert settings.branch().code == "BJ"


def test_the_headless_move_prints_every_table_verified(file_office, pg_empty_url, capsys, monkeypatch):
    from app import cli
    from app.models import Staff

    path, (_customers, tickets, _orders) = file_office
    app_db.connect(path)
    admin = Staff.get(Staff.role == "admin").name  # moving the office is the administrator's (R10.1a)
    app_db.close()
    monkeypatch.setenv("SERVICE_OFFICE_PASSWORD", "demo1234")
    assert cli.main(["--db", path, "move", "--to", pg_empty_url]) == 3  # nobody signed in: refused
    assert cli.main(["--db", path, "--user", admin, "move", "--to", pg_empty_url]) == 0
    out = capsys.readouterr().out
    assert f"ticket: {tickets} rows" in out and "verified" in out  # the office's language: English here
    assert f"{path} is unchanged" in out
