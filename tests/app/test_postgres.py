"""The multi-desk option: the same services on a PostgreSQL server (skipped without one)."""

from __future__ import annotations

import uuid

import pytest

from app import db as app_db
from app.models import Ticket
from app.services import setup
from tests.app.test_numbering_concurrency import run_two_desks
from tests.conftest import NOW

pytestmark = pytest.mark.postgres
SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture
def pg_url():
    psycopg2 = pytest.importorskip("psycopg2")
    try:
        admin = psycopg2.connect(
            host="127.0.0.1", port=5432, user="postgres", dbname="postgres", connect_timeout=3
        )
    except psycopg2.OperationalError:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    admin.autocommit = True
    name = f"so_test_{uuid.uuid4().hex[:10]}"
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    yield f"{SERVER}/{name}"
    app_db.close()
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def test_two_desks_on_postgresql_register_with_distinct_numbers_R1_6(pg_url):
    app_db.connect(pg_url)
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    app_db.close()
    run_two_desks(pg_url, 10)
    app_db.connect(pg_url)
    numbers = sorted(t.number for t in Ticket.select())
    assert numbers == [f"SH-20261123-{i:04d}" for i in range(1, 21)]
    t = Ticket.select().first()
    assert t.next_clock == "first_response" and t.department.code == "project"
    from app.services import lookup, ticket_list

    assert {m.customer_name for m in lookup.find_sites("1390001")} >= {"客户1-0"}
    assert ticket_list.count(ticket_list.TicketFilter(status=ticket_list.OPEN, text="客户2")) == 10
